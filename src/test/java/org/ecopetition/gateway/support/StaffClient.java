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

  /** Puts the configured members of staff ("wang" by default) into a gateway's environment. */
  public static void configure(Map<String, String> env, String... logins) {
    java.util.List<String> all = new java.util.ArrayList<>(java.util.List.of("wang"));
    all.addAll(java.util.List.of(logins));
    java.util.List<String> entries = new java.util.ArrayList<>();
    try {
      for (String login : all) {
        byte[] h = java.security.MessageDigest.getInstance("SHA-256")
            .digest(token(login).getBytes(java.nio.charset.StandardCharsets.UTF_8));
        entries.add(login + ":" + HexFormat.of().formatHex(h));
      }
    } catch (java.security.NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
    env.put("GATEWAY_STAFF_TOKENS", String.join(",", entries));
  }

  /** The same client acting as another configured member of staff. */
  public StaffClient as(String login) {
    StaffClient other = new StaffClient(vertx, http, port);
    other.bearer = token(login);
    return other;
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
