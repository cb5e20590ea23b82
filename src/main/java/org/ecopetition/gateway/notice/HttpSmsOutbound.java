package org.ecopetition.gateway.notice;

import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.client.WebClient;
import io.vertx.ext.web.client.WebClientOptions;
import org.ecopetition.gateway.config.GatewayConfig;

/**
 * SMS over the HTTP protocol of docs/sms-protocol.md: {@code POST url} with a bearer token and
 * {@code {"to", "text", "reference"}}; a 2xx answer with {@code {"id"}} means accepted. A province puts its
 * SMS platform behind this small protocol (or writes another adapter of {@link Outbound}).
 */
public final class HttpSmsOutbound implements Outbound {
  private final WebClient client;
  private final String url;
  private final String token;

  public HttpSmsOutbound(Vertx vertx, GatewayConfig.Sms cfg) {
    this.client = WebClient.create(vertx, new WebClientOptions().setConnectTimeout(5_000).setIdleTimeout(15));
    this.url = cfg.url();
    this.token = cfg.token();
  }

  @Override
  public Future<String> send(String phone, String text, String reference) {
    return client.postAbs(url).putHeader("Authorization", "Bearer " + token).timeout(15_000)
        .sendJsonObject(new JsonObject().put("to", phone).put("text", text).put("reference", reference))
        .compose(r -> {
          if (r.statusCode() / 100 != 2) {
            // The status only: the body might echo the phone number, which must not reach a log.
            return Future.failedFuture("HTTP " + r.statusCode());
          }
          JsonObject body;
          try {
            body = r.bodyAsJsonObject();
          } catch (RuntimeException e) {
            body = null;
          }
          String id = body == null ? null : body.getString("id");
          return Future.succeededFuture(id == null ? reference : id);
        });
  }
}
