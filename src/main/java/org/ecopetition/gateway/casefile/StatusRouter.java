package org.ecopetition.gateway.casefile;

import io.vertx.core.Vertx;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import java.util.function.BiFunction;
import org.ecopetition.gateway.http.ApiError;
import org.ecopetition.gateway.http.Requests;
import org.ecopetition.gateway.http.TrustedProxies;

/**
 * {@code GET /api/v1/cases/{caseNumber}/status} with the code in {@code X-Query-Code} (or {@code ?code=}):
 * the public status, never personal data.
 */
public final class StatusRouter {
  private final StatusQueries queries;
  private final TrustedProxies proxies;
  private final BiFunction<String, String, String> departmentName;

  private StatusRouter(StatusQueries queries, TrustedProxies proxies, BiFunction<String, String, String> departmentName) {
    this.queries = queries;
    this.proxies = proxies;
    this.departmentName = departmentName;
  }

  /** To mount at {@code /api/v1/cases}. {@code departmentName}: (stored name, lang) → name to show. */
  public static Router create(Vertx vertx, StatusQueries queries, TrustedProxies proxies,
      BiFunction<String, String, String> departmentName) {
    StatusRouter s = new StatusRouter(queries, proxies, departmentName);
    Router r = Router.router(vertx);
    r.get("/:caseNumber/status").handler(s::status);
    return r;
  }

  private void status(RoutingContext ctx) {
    String lang = Requests.lang(ctx);
    String device = ctx.request().getHeader("X-Device-Token");
    Asker asker = Asker.web(proxies.client(ctx.request()), device == null || device.isBlank()
        ? null : sha256(device.strip()));
    // The header keeps the code out of access logs; ?code= is accepted for simple clients.
    String code = ctx.request().getHeader("X-Query-Code");
    if (code == null) {
      code = ctx.request().getParam("code");
    }
    queries.query(ctx.pathParam("caseNumber"), code, asker)
        .onSuccess(result -> {
          ctx.response().putHeader("Cache-Control", "no-store");
          if (result instanceof StatusResult.Found f) {
            ctx.json(json(new StatusText(Requests.words(ctx)), f.view(), lang));
          } else if (result instanceof StatusResult.Limited l) {
            ctx.response().putHeader("Retry-After", String.valueOf(l.retryAfterSeconds()));
            Requests.fail(ctx, ApiError.TOO_MANY_ATTEMPTS, lang);
          } else {
            Requests.fail(ctx, ApiError.NOT_FOUND, lang);
          }
        })
        .onFailure(ctx::fail);
  }

  private static byte[] sha256(String token) {
    try {
      return java.security.MessageDigest.getInstance("SHA-256")
          .digest(token.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    } catch (java.security.NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  private JsonObject json(StatusText text, StatusView v, String lang) {
    JsonObject dates = new JsonObject();
    text.dates(v, lang).forEach(dates::put);
    JsonArray replies = new JsonArray();
    v.replies().forEach(r -> replies.add(new JsonObject().put("at", r.at().toString()).put("text", r.text())));
    JsonArray timeline = new JsonArray();
    v.timeline().forEach(t -> timeline.add(new JsonObject().put("at", t.at().toString()).put("state", t.state().code())
        .put("label", text.label(t.state(), lang))));
    return new JsonObject()
        .put("caseNumber", v.caseNumber())
        .put("state", v.state().code())
        .put("stateLabel", text.label(v.state(), lang))
        .put("department", departmentName.apply(v.department(), lang))
        .put("receivedDate", v.received().toString())
        .put("noticeDue", v.noticeDue().toString())
        .put("noticeDueEstimated", v.noticeDueEstimated())
        .put("dates", dates)
        .put("replies", replies)
        .put("timeline", timeline)
        .put("handlingDue", v.handlingDue() == null ? null : v.handlingDue().toString())
        .put("nextDeadline", text.next(v, lang).map(n -> new JsonObject().put("label", n.label())
            .put("date", n.date().toString()).put("text", text.deadline(n.date(), n.estimated(), lang))
            .put("estimated", n.estimated())).orElse(null))
        .put("referral", v.referredTo() == null ? null
            : new JsonObject().put("to", v.referredTo()).put("why", v.referralReason()))
        .put("delivered", v.lastDelivery() == null ? null : v.lastDelivery().toString())
        .put("letter", v.letter() == null ? null : new JsonObject().put("findings", v.letter().findings())
            .put("basis", v.letter().basis()).put("outcome", v.letter().outcome()).put("by", v.letter().by()))
        // Issue 13 §12: how many photos the case carries ("照片 N 张"), never the photos.
        .put("photos", v.photos());
  }
}
