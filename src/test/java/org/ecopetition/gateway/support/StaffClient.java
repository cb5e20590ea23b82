package org.ecopetition.gateway.support;

import static org.assertj.core.api.Assertions.assertThat;

import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.client.HttpResponse;
import io.vertx.ext.web.client.WebClient;
import java.util.HexFormat;
import java.util.Map;
import org.ecopetition.gateway.Gateway;

/** The staff API over real HTTP, as the console calls it, with one member of staff's bearer token. */
public final class StaffClient {
  public static final String TOKEN = "token-of-wang-0123456789abcdef00";
  private final WebClient http;
  private final int port;
  private final Vertx vertx;

  public StaffClient(Vertx vertx, Gateway gateway) {
    this.vertx = vertx;
    this.http = WebClient.create(vertx);
    this.port = gateway.port();
  }

  Vertx vertx() {
    return vertx;
  }

  /** Puts the configured member of staff "wang" into a gateway's environment. */
  public static void configure(Map<String, String> env) {
    try {
      byte[] h = java.security.MessageDigest.getInstance("SHA-256").digest(TOKEN.getBytes(java.nio.charset.StandardCharsets.UTF_8));
      env.put("GATEWAY_STAFF_TOKENS", "wang:" + HexFormat.of().formatHex(h));
    } catch (java.security.NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  public HttpResponse<Buffer> post(String path, JsonObject body) {
    return http.post(port, "127.0.0.1", "/api/v1/staff" + path).putHeader("Authorization", "Bearer " + TOKEN)
        .sendJsonObject(body).await();
  }

  public HttpResponse<Buffer> get(String path) {
    return http.get(port, "127.0.0.1", "/api/v1/staff" + path).putHeader("Authorization", "Bearer " + TOKEN)
        .send().await();
  }

  /** Registers a matter entered by staff and returns its case number. */
  public String enter(JsonObject matter) {
    HttpResponse<Buffer> r = post("/cases", matter);
    assertThat(r.statusCode()).as(r.bodyAsString()).isEqualTo(201);
    return r.bodyAsJsonObject().getString("caseNumber");
  }

  /** An act that must succeed; returns the new version. */
  public long act(String caseNumber, String act, long version, JsonObject extra) {
    HttpResponse<Buffer> r = post("/cases/" + caseNumber + "/acts", extra.copy().put("act", act).put("version", version));
    assertThat(r.statusCode()).as(act + " " + r.bodyAsString()).isEqualTo(200);
    return r.bodyAsJsonObject().getLong("version");
  }

  /** An act the procedure must refuse; returns the error. */
  public JsonObject refused(String caseNumber, String act, long version, JsonObject extra) {
    HttpResponse<Buffer> r = post("/cases/" + caseNumber + "/acts", extra.copy().put("act", act).put("version", version));
    assertThat(r.statusCode()).as(act + " " + r.bodyAsString()).isEqualTo(422);
    return r.bodyAsJsonObject().getJsonObject("error");
  }
}
