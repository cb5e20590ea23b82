package org.ecopetition.gateway.notice;

import io.vertx.core.Vertx;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.BodyHandler;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.ecopetition.gateway.config.GatewayConfig;
import org.ecopetition.gateway.http.ApiError;
import org.ecopetition.gateway.http.Requests;

/**
 * {@code POST /api/v1/sms/receipts}: the SMS gateway's delivery reports (状态报告), with the receipt token
 * as bearer: {@code {"reference": "notice-42" or the gateway's id, "status": "delivered" | "failed",
 * "error"?}}. Off (404) unless {@code sms.receiptToken} is set.
 */
public final class SmsReceiptRouter {
  private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

  private final PgNoticeRepository notices;
  private final byte[] token;
  private final Clock clock;

  private SmsReceiptRouter(PgNoticeRepository notices, String token, Clock clock) {
    this.notices = notices;
    this.token = token.getBytes(StandardCharsets.UTF_8);
    this.clock = clock;
  }

  public static Router create(Vertx vertx, PgNoticeRepository notices, GatewayConfig.Sms cfg, Clock clock) {
    Router r = Router.router(vertx);
    if (cfg.receiptToken() == null || cfg.receiptToken().isBlank()) {
      return r;
    }
    SmsReceiptRouter s = new SmsReceiptRouter(notices, cfg.receiptToken(), clock);
    r.post("/receipts").handler(BodyHandler.create().setBodyLimit(8 * 1024)).handler(s::receipt);
    return r;
  }

  private void receipt(RoutingContext ctx) {
    String h = ctx.request().getHeader("Authorization");
    byte[] given = (h != null && h.startsWith("Bearer ") ? h.substring(7) : "").getBytes(StandardCharsets.UTF_8);
    if (!MessageDigest.isEqual(given, token)) {
      ctx.response().setStatusCode(401).end();
      return;
    }
    JsonObject body = Requests.jsonBody(ctx);
    String reference = body == null ? null : body.getString("reference");
    String status = body == null ? null : body.getString("status");
    if (reference == null || !("delivered".equals(status) || "failed".equals(status))) {
      Requests.fail(ctx, ApiError.BAD_JSON, "en");
      return;
    }
    notices.receipt(reference, "delivered".equals(status), body.getString("error"),
            LocalDate.ofInstant(clock.instant(), CHINA), clock.instant().atOffset(ZoneOffset.UTC))
        .onSuccess(found -> {
          if (found) {
            ctx.response().setStatusCode(204).end();
          } else {
            Requests.fail(ctx, ApiError.NOT_FOUND, "en");
          }
        })
        .onFailure(ctx::fail);
  }
}
