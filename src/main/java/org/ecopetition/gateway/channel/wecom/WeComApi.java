package org.ecopetition.gateway.channel.wecom;

import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.client.WebClient;
import io.vertx.ext.web.client.WebClientOptions;
import java.time.Clock;
import java.time.Duration;
import java.util.Set;
import org.ecopetition.gateway.channel.messaging.AccessToken;
import org.ecopetition.gateway.channel.messaging.MediaSource;
import org.ecopetition.gateway.inbound.TokenStore;

/**
 * WeCom's API at {@code wecom.apiBase} for one secret (微信客服's, or a self-built app's): the token by
 * {@code gettoken} (shared by every instance through the token store), and JSON calls that succeed with
 * {@code errcode} 0. 40014/42001 (token refused or expired) fetch the token again once.
 */
final class WeComApi {
  private static final Set<Integer> TOKEN_REFUSED = Set.of(40014, 42001);

  private final WebClient client;
  private final String base;
  private final AccessToken token;

  WeComApi(Vertx vertx, String base, String corpId, String secret, String name, TokenStore tokens, Clock clock) {
    this.client = WebClient.create(vertx, new WebClientOptions().setConnectTimeout(5_000).setIdleTimeout(30));
    this.base = base;
    this.token = new AccessToken("wecom:" + corpId + ":" + name, tokens, () -> client.getAbs(base + "/cgi-bin/gettoken")
        .addQueryParam("corpid", corpId).addQueryParam("corpsecret", secret).timeout(10_000).send()
        .compose(r -> {
          JsonObject b = json(r.bodyAsString());
          if (r.statusCode() != 200 || b == null || b.getInteger("errcode", 0) != 0 || b.getString("access_token") == null) {
            return Future.failedFuture("gettoken refused: HTTP " + r.statusCode() + " errcode "
                + (b == null ? "?" : b.getValue("errcode")));
          }
          return Future.succeededFuture(new AccessToken.Issued(b.getString("access_token"),
              Duration.ofSeconds(b.getLong("expires_in", 7200L))));
        }), vertx, clock);
  }

  /** A POST to {@code path}; fails with the errcode (never WeCom's message, which may echo what was sent). */
  Future<JsonObject> post(String path, JsonObject body) {
    return post(path, body, true);
  }

  private Future<JsonObject> post(String path, JsonObject body, boolean retryToken) {
    return token.get().compose(t -> client.postAbs(base + path).addQueryParam("access_token", t).timeout(10_000)
        .putHeader("Content-Type", "application/json; charset=utf-8").sendBuffer(Buffer.buffer(body.encode()))
        .recover(err -> Future.failedFuture(AccessToken.withoutToken(err)))
        .compose(r -> {
          JsonObject b = json(r.bodyAsString());
          int code = b == null ? -1 : b.getInteger("errcode", 0);
          if (r.statusCode() == 200 && code == 0) {
            return Future.succeededFuture(b);
          }
          if (retryToken && TOKEN_REFUSED.contains(code)) {
            return token.refused(t).compose(v -> post(path, body, false));
          }
          return Future.failedFuture(new WeComError(path, r.statusCode(), code));
        }));
  }

  /** A file by its media_id ({@code GET /cgi-bin/media/get}): the bytes, or a {@link MediaSource.MediaError}. */
  Future<Buffer> media(String mediaId) {
    return media(mediaId, true);
  }

  private Future<Buffer> media(String mediaId, boolean retryToken) {
    return token.get().compose(t -> client.getAbs(base + "/cgi-bin/media/get").addQueryParam("access_token", t)
        .addQueryParam("media_id", mediaId).timeout(30_000).send()
        .recover(err -> Future.failedFuture(AccessToken.withoutToken(err))).compose(MediaSource::read)
        .recover(err -> retryToken && err instanceof MediaSource.MediaError e && TOKEN_REFUSED.contains(e.errcode())
            ? token.refused(t).compose(v -> media(mediaId, false)) : Future.failedFuture(err)));
  }

  static JsonObject json(String s) {
    try {
      return s == null ? null : new JsonObject(s);
    } catch (RuntimeException e) {
      return null;
    }
  }

  /** A refused call: the path, the HTTP status and WeCom's errcode. */
  static final class WeComError extends RuntimeException {
    final int errcode;

    WeComError(String path, int status, int errcode) {
      super("WeCom " + path + ": HTTP " + status + " errcode " + errcode, null, false, false);
      this.errcode = errcode;
    }
  }
}
