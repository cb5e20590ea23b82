package org.ecopetition.gateway.channel.messaging;

import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.RoutingContext;

/** Refusals of a platform's callback: nothing is processed, the answer is the gateway's JSON error. */
public enum Refusal {
  BAD_SIGNATURE(401, "签名不正确。", "The signature does not match."),
  STALE_TIMESTAMP(401, "时间戳超出允许范围。", "The timestamp is too old or in the future."),
  BAD_XML(400, "消息格式不正确。", "The message is not valid XML."),
  BAD_MESSAGE(400, "消息内容不正确。", "The message is not valid."),
  UNAUTHORIZED(401, "需要正确的令牌。", "A valid token is required.");

  private final int status;
  private final String zh;
  private final String en;

  Refusal(int status, String zh, String en) {
    this.status = status;
    this.zh = zh;
    this.en = en;
  }

  public int status() {
    return status;
  }

  public String code() {
    return name().toLowerCase();
  }

  /** Ends the request with the refusal; the platform reads English, people read Chinese by default. */
  public void send(RoutingContext ctx) {
    String lang = ctx.request().getHeader("Accept-Language") != null
        && ctx.request().getHeader("Accept-Language").toLowerCase().startsWith("en") ? "en" : "zh";
    ctx.response().setStatusCode(status).putHeader("Content-Type", "application/json; charset=utf-8")
        .putHeader("Cache-Control", "no-store")
        .end(new JsonObject().put("error", new JsonObject().put("code", code())
            .put("message", "en".equals(lang) ? en : zh)).encode());
  }
}
