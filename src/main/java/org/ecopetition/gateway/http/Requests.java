package org.ecopetition.gateway.http;

import io.vertx.core.http.HttpServerRequest;
import io.vertx.ext.web.RoutingContext;
import org.ecopetition.gateway.dialog.ConversationState;

/** What every handler needs to know of a request: the client's language and who the client is. */
public final class Requests {
  private Requests() {}

  /** {@code lang} parameter first, then Accept-Language; Chinese by default. */
  public static String lang(RoutingContext ctx) {
    String p = ctx.request().getParam("lang");
    if (p != null) {
      return ConversationState.normaliseLang(p);
    }
    String accept = ctx.request().getHeader("Accept-Language");
    return accept != null && accept.toLowerCase().startsWith("en") ? "en" : "zh";
  }

  /** The client's address; the first X-Forwarded-For hop only behind a trusted proxy. */
  public static String client(HttpServerRequest req, boolean trustForwardedFor) {
    if (trustForwardedFor) {
      String xff = req.getHeader("X-Forwarded-For");
      if (xff != null && !xff.isBlank()) {
        return xff.split(",")[0].strip();
      }
    }
    return req.remoteAddress() == null ? "unknown" : req.remoteAddress().hostAddress();
  }

  public static void fail(RoutingContext ctx, ApiError e, String lang) {
    ctx.response().setStatusCode(e.status())
        .putHeader("Content-Type", "application/json; charset=utf-8")
        .putHeader("Cache-Control", "no-store")
        .end(e.body(lang).encode());
  }

  /** The request body as a JSON object; null when it is missing, not JSON, or not an object. */
  public static io.vertx.core.json.JsonObject jsonBody(RoutingContext ctx) {
    try {
      return ctx.body().asJsonObject();
    } catch (RuntimeException e) {
      return null;
    }
  }

  /** A refusal with its own status and code, the message in the caller's language; never cached. */
  public static void refuse(RoutingContext ctx, int status, String code, String zh, String en) {
    ctx.response().setStatusCode(status).putHeader("Content-Type", "application/json; charset=utf-8")
        .putHeader("Cache-Control", "no-store")
        .end(new io.vertx.core.json.JsonObject().put("error", new io.vertx.core.json.JsonObject().put("code", code)
            .put("message", "en".equals(lang(ctx)) ? en : zh)).encode());
  }

  /** A 400 naming the field at fault, with the message in the caller's language. */
  public static void invalidField(RoutingContext ctx, String field, String zh, String en) {
    ctx.response().setStatusCode(400).putHeader("Content-Type", "application/json; charset=utf-8")
        .end(new io.vertx.core.json.JsonObject().put("error", new io.vertx.core.json.JsonObject()
            .put("code", "invalid_field").put("field", field).put("message", "en".equals(lang(ctx)) ? en : zh)).encode());
  }
}
