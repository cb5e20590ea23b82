package org.ecopetition.gateway.notice;

import io.vertx.core.Vertx;
import io.vertx.core.http.HttpServer;
import io.vertx.core.json.JsonObject;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A real local HTTP server speaking the SMS protocol of docs/sms-protocol.md, standing in for the SMS
 * platform that cannot be reached here: it checks the bearer token, keeps what it was asked to send, fails
 * the first request to each number in {@code flaky} with 503 and every one to the numbers in {@code unreachable}.
 */
public final class SmsGatewayStub implements AutoCloseable {
  public static final String TOKEN = "sms-token-0123456789";
  public final List<JsonObject> received = new CopyOnWriteArrayList<>();
  private final Set<String> flaky = java.util.concurrent.ConcurrentHashMap.newKeySet();
  private final Set<String> unreachable;
  private final HttpServer server;

  public SmsGatewayStub(Vertx vertx, Set<String> flaky, Set<String> unreachable) {
    this.flaky.addAll(flaky);
    this.unreachable = unreachable;
    this.server = vertx.createHttpServer().requestHandler(req -> req.body().onSuccess(body -> {
      if (!("Bearer " + TOKEN).equals(req.getHeader("Authorization"))) {
        req.response().setStatusCode(401).end();
        return;
      }
      JsonObject sms = body.toJsonObject();
      received.add(sms);
      if (this.flaky.remove(sms.getString("to")) || this.unreachable.contains(sms.getString("to"))) {
        req.response().setStatusCode(503).end("{\"error\":\"busy\"}");
        return;
      }
      req.response().putHeader("Content-Type", "application/json")
          .end(new JsonObject().put("id", "gw-" + received.size()).encode());
    })).listen(0, "127.0.0.1").await();
  }

  public String url() {
    return "http://127.0.0.1:" + server.actualPort() + "/sms";
  }

  @Override
  public void close() {
    server.close().await();
  }
}
