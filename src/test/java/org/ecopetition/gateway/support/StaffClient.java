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
  public static final String TOKEN = token("wang");
  private final java.util.function.Supplier<WebClient> http;
  private String bearer = TOKEN;
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

  /** The bearer token of a configured member of staff of the tests. */
  public static String token(String login) {
    return "token-of-" + login + "-0123456789abcdef00";
  }

  /**
   * Puts the configured client "wang" into a gateway's environment: a supervisor at the deployment's department, who
   * may register, act, and read the overdue lists, statistics and exports, as these tests need; {@code others}: more
   * supervisors of the same department (two members of staff at once).
   */
  public static void configure(Map<String, String> env, String... others) {
    java.util.List<String> entries = new java.util.ArrayList<>();
    entries.add(tokenEntry("wang", TOKEN, "supervisor"));
    for (String login : others) {
      entries.add(tokenEntry(login, token(login), "supervisor"));
    }
    env.put("GATEWAY_STAFF_TOKENS", String.join(",", entries));
  }

  /** The same client acting as another configured member of staff. */
  public StaffClient as(String login) {
    StaffClient other = new StaffClient(vertx, http, port);
    other.bearer = token(login);
    return other;
  }

  /** A {@code staff.tokens} entry: login, the SHA-256 of the token, then the role and department code if given. */
  public static String tokenEntry(String login, String token, String... roleAndDepartment) {
    return String.join(":", login, TokenClients.sha256Hex(token)) + (roleAndDepartment.length == 0 ? ""
        : ":" + String.join(":", roleAndDepartment));
  }

  public HttpResponse<Buffer> post(String path, JsonObject body) {
    return http.get().post(port.getAsInt(), "127.0.0.1", "/api/v1/staff" + path).putHeader("Authorization", "Bearer " + bearer)
        .sendJsonObject(body).await();
  }

  /** Sends without waiting: for several members of staff at once. */
  public io.vertx.core.Future<HttpResponse<Buffer>> postLater(String path, JsonObject body) {
    return http.get().post(port.getAsInt(), "127.0.0.1", "/api/v1/staff" + path).putHeader("Authorization", "Bearer " + bearer)
        .sendJsonObject(body);
  }

  public HttpResponse<Buffer> get(String path) {
    return http.get().get(port.getAsInt(), "127.0.0.1", "/api/v1/staff" + path).putHeader("Authorization", "Bearer " + bearer)
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
