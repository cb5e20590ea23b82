package org.ecopetition.gateway.channel.wechat;

import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.client.WebClient;
import io.vertx.ext.web.client.WebClientOptions;
import java.time.Clock;
import java.time.Duration;
import java.util.Set;
import org.ecopetition.gateway.channel.messaging.AccessToken;
import org.ecopetition.gateway.channel.messaging.MediaSource;
import org.ecopetition.gateway.channel.messaging.Sender;
import org.ecopetition.gateway.config.GatewayConfig;
import org.ecopetition.gateway.inbound.TokenStore;

/**
 * The Official Account's API at {@code wechat.apiBase}: the access token by {@code stable_token} (the same
 * token for every instance), customer-service messages (客服消息), subscribe messages (订阅通知),
 * template messages, the menu and media downloads. Errors are WeChat's {@code errcode}: 40001/40014/42001 a token refused
 * (fetched again once), 45015 out of the 48-hour window or unsubscribed, 45047 over the 5-message quota.
 */
public final class WeChatApi implements Sender, MediaSource {
  private static final Set<Integer> TOKEN_REFUSED = Set.of(40001, 40014, 42001);
  private static final Set<Integer> NOT_NOW = Set.of(45015, 45047, 43004, 43101);

  private final WebClient client;
  private final GatewayConfig.WeChat cfg;
  private final AccessToken token;
  private final AccessToken jsapi;

  public WeChatApi(Vertx vertx, GatewayConfig.WeChat cfg, TokenStore tokens, Clock clock) {
    this.client = WebClient.create(vertx, new WebClientOptions().setConnectTimeout(5_000).setIdleTimeout(30));
    this.cfg = cfg;
    this.token = new AccessToken("wechat:" + cfg.appId(), tokens, this::stableToken, vertx, clock);
    // The JS-SDK's ticket is kept and refreshed exactly like the access token: shared, one refresh at a time.
    this.jsapi = new AccessToken("wechat-jsapi:" + cfg.appId(), tokens, () -> ticket(true), vertx, clock);
  }

  /** The jsapi_ticket that signs {@code wx.config} for the JS-SDK (valid 2 hours, the same for every page). */
  public Future<String> jsapiTicket() {
    return jsapi.get();
  }

  private Future<AccessToken.Issued> ticket(boolean retryToken) {
    return token.get().compose(t -> client.getAbs(cfg.apiBase() + "/cgi-bin/ticket/getticket")
        .addQueryParam("access_token", t).addQueryParam("type", "jsapi").timeout(10_000).send()
        .recover(err -> Future.failedFuture(AccessToken.withoutToken(err))).compose(r -> {
          JsonObject b = json(r.bodyAsString());
          int code = b == null ? -1 : b.getInteger("errcode", 0);
          if (r.statusCode() == 200 && code == 0 && b.getString("ticket") != null) {
            return Future.succeededFuture(new AccessToken.Issued(b.getString("ticket"),
                Duration.ofSeconds(b.getLong("expires_in", 7200L))));
          }
          if (retryToken && TOKEN_REFUSED.contains(code)) {
            return token.refused(t).compose(v -> ticket(false));
          }
          return Future.failedFuture("getticket refused: HTTP " + r.statusCode() + " errcode " + code);
        }));
  }

  private Future<AccessToken.Issued> stableToken() {
    return client.postAbs(cfg.apiBase() + "/cgi-bin/stable_token").timeout(10_000)
        .sendJsonObject(new JsonObject().put("grant_type", "client_credential").put("appid", cfg.appId())
            .put("secret", cfg.appSecret()).put("force_refresh", false))
        .compose(r -> {
          JsonObject b = json(r.bodyAsString());
          if (r.statusCode() != 200 || b == null || b.getString("access_token") == null) {
            return Future.failedFuture("stable_token refused: HTTP " + r.statusCode() + " errcode "
                + (b == null ? "?" : b.getValue("errcode")));
          }
          return Future.succeededFuture(new AccessToken.Issued(b.getString("access_token"),
              Duration.ofSeconds(b.getLong("expires_in", 7200L))));
        });
  }

  /** A customer-service text message (客服消息). */
  @Override
  public Future<Void> send(String openId, String text, String reference) {
    return call("/cgi-bin/message/custom/send", new JsonObject().put("touser", openId).put("msgtype", "text")
        .put("text", new JsonObject().put("content", text)), true).mapEmpty();
  }

  /** A subscribe message (订阅通知, bizsend) of the configured template; {@code data} as the template names it. */
  public Future<JsonObject> subscribeMessage(String openId, String templateId, JsonObject data) {
    return call("/cgi-bin/message/subscribe/bizsend", new JsonObject().put("touser", openId)
        .put("template_id", templateId).put("data", data), true);
  }

  /** A template message (模板消息), for accounts that have them. */
  public Future<JsonObject> templateMessage(String openId, String templateId, JsonObject data) {
    return call("/cgi-bin/message/template/send", new JsonObject().put("touser", openId)
        .put("template_id", templateId).put("data", data), true);
  }

  /** Publishes the menu ({@code {"button": [...]}} as WeChat defines it). */
  public Future<JsonObject> createMenu(JsonObject menu) {
    return call("/cgi-bin/menu/create", menu, true);
  }

  /** A picture the citizen sent (临时素材), by its MediaId: {@code GET /cgi-bin/media/get}. */
  @Override
  public Future<io.vertx.core.buffer.Buffer> fetch(String mediaId) {
    return fetch(mediaId, true);
  }

  private Future<io.vertx.core.buffer.Buffer> fetch(String mediaId, boolean retryToken) {
    return token.get().compose(t -> client.getAbs(cfg.apiBase() + "/cgi-bin/media/get").addQueryParam("access_token", t)
        .addQueryParam("media_id", mediaId).timeout(30_000).send()
        .recover(err -> Future.failedFuture(AccessToken.withoutToken(err))).compose(MediaSource::read)
        .recover(err -> retryToken && err instanceof MediaError e && TOKEN_REFUSED.contains(e.errcode())
            ? token.refused(t).compose(v -> fetch(mediaId, false)) : Future.failedFuture(err)));
  }

  private Future<JsonObject> call(String path, JsonObject body, boolean retryToken) {
    return token.get().compose(t -> client.postAbs(cfg.apiBase() + path).addQueryParam("access_token", t)
        .timeout(10_000).sendBuffer(io.vertx.core.buffer.Buffer.buffer(body.encode()))
        .recover(err -> Future.failedFuture(AccessToken.withoutToken(err)))
        .compose(r -> {
          JsonObject b = json(r.bodyAsString());
          int code = b == null ? -1 : b.getInteger("errcode", 0);
          if (r.statusCode() == 200 && code == 0) {
            return Future.succeededFuture(b);
          }
          if (retryToken && TOKEN_REFUSED.contains(code)) {
            return token.refused(t).compose(v -> call(path, body, false));
          }
          if (NOT_NOW.contains(code)) {
            return Future.failedFuture(new Undeliverable("errcode " + code));
          }
          // Only the code: WeChat's message may echo what was sent.
          return Future.failedFuture("WeChat " + path + ": HTTP " + r.statusCode() + " errcode " + code);
        }));
  }

  private static JsonObject json(String s) {
    try {
      return s == null ? null : new JsonObject(s);
    } catch (RuntimeException e) {
      return null;
    }
  }
}
