package org.ecopetition.gateway.support;

import static org.assertj.core.api.Assertions.assertThat;

import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.client.HttpResponse;
import io.vertx.ext.web.client.WebClient;
import java.util.Map;
import org.ecopetition.gateway.Gateway;
import org.ecopetition.gateway.account.TokenClients;

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

  /**
   * Puts the configured client "wang" into a gateway's environment: a supervisor at the deployment's department, who
   * may register, act, and read the overdue lists, statistics and exports, as these tests need.
   */
  public static void configure(Map<String, String> env) {
    env.put("GATEWAY_STAFF_TOKENS", tokenEntry("wang", TOKEN, "supervisor"));
  }

  /** A {@code staff.tokens} entry: login, the SHA-256 of the token, then the role and department code if given. */
  public static String tokenEntry(String login, String token, String... roleAndDepartment) {
    return String.join(":", login, TokenClients.sha256Hex(token)) + (roleAndDepartment.length == 0 ? ""
        : ":" + String.join(":", roleAndDepartment));
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
