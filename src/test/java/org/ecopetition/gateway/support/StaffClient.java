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
  private final java.util.function.Supplier<WebClient> http;
  private final java.util.function.IntSupplier port;
  private final java.util.function.Supplier<Vertx> vertx;

  public StaffClient(Vertx vertx, Gateway gateway) {
    WebClient client = WebClient.create(vertx);
    this.vertx = () -> vertx;
    this.http = () -> client;
    this.port = gateway::port;
  }

  /** A client for a gateway started later (by a JUnit extension), so that a test class can hold it from the start. */
  StaffClient(java.util.function.Supplier<Vertx> vertx, java.util.function.Supplier<WebClient> http,
      java.util.function.IntSupplier port) {
    this.vertx = vertx;
    this.http = http;
    this.port = port;
  }

  Vertx vertx() {
    return vertx.get();
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
    return http.get().post(port.getAsInt(), "127.0.0.1", "/api/v1/staff" + path).putHeader("Authorization", "Bearer " + TOKEN)
        .sendJsonObject(body).await();
  }

  public HttpResponse<Buffer> get(String path) {
    return http.get().get(port.getAsInt(), "127.0.0.1", "/api/v1/staff" + path).putHeader("Authorization", "Bearer " + TOKEN)
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
