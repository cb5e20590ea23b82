package org.ecopetition.gateway.channel.sms;

import io.vertx.core.Vertx;
import java.util.function.Function;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.BodyHandler;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.regex.Pattern;
import org.ecopetition.gateway.channel.messaging.ChannelSpec;
import org.ecopetition.gateway.channel.messaging.Inbound;
import org.ecopetition.gateway.channel.messaging.Intake;
import org.ecopetition.gateway.channel.messaging.Outbox;
import org.ecopetition.gateway.channel.messaging.Refusal;
import org.ecopetition.gateway.config.GatewayConfig;
import org.ecopetition.gateway.notice.HttpSmsOutbound;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code POST /api/v1/sms/inbound}: a citizen's SMS as the SMS gateway posts it (docs/sms-protocol.md),
 * {@code {"from", "text", "id"}} with {@code sms.inboundToken} as bearer. De-duplicated by {@code id}, one
 * conversation per mobile number; the replies go back as SMS through the same gateway, in short parts with
 * numbered options.
 */
public final class SmsInboundRouter {
  private static final Logger LOG = LoggerFactory.getLogger(SmsInboundRouter.class);
  static final String CHANNEL = "sms";
  private static final Pattern MOBILE = Pattern.compile("1[3-9][0-9]{9}");
  private static final Pattern ID = Pattern.compile("[A-Za-z0-9_.:-]{1,64}");

  private final Intake intake;
  private final byte[] token;

  private SmsInboundRouter(Intake intake, String token) {
    this.intake = intake;
    this.token = token.getBytes(StandardCharsets.UTF_8);
  }

  /**
   * The SMS channel: replies registered with the outbox once; the route to mount at {@code /api/v1/sms/inbound}, built
   * for each server instance (event loop).
   */
  public static Function<Vertx, Router> routes(Vertx vertx, GatewayConfig cfg, Intake intake, Outbox outbox) {
    HttpSmsOutbound sms = new HttpSmsOutbound(vertx, cfg.sms());
    outbox.register(ChannelSpec.unlimited(CHANNEL, cfg.sms().replyMaxChars(),
        (phone, text, reference) -> sms.send(phone, text, reference).mapEmpty()));
    SmsInboundRouter s = new SmsInboundRouter(intake, cfg.sms().inboundToken());
    return v -> {
      Router r = Router.router(v);
      r.post("/").handler(BodyHandler.create().setBodyLimit(16 * 1024)).handler(s::inbound);
      return r;
    };
  }

  private void inbound(RoutingContext ctx) {
    String h = ctx.request().getHeader("Authorization");
    byte[] given = (h != null && h.startsWith("Bearer ") ? h.substring(7) : "").getBytes(StandardCharsets.UTF_8);
    if (!MessageDigest.isEqual(given, token)) {
      Refusal.UNAUTHORIZED.send(ctx);
      return;
    }
    JsonObject body;
    try {
      body = ctx.body().asJsonObject();
    } catch (RuntimeException e) {
      body = null;
    }
    String from = body == null || !(body.getValue("from") instanceof String f) ? null : f.replaceFirst("^\\+?86", "");
    String text = body == null || !(body.getValue("text") instanceof String t) ? null : t.strip();
    String id = body == null || !(body.getValue("id") instanceof String i) ? null : i;
    // A text too long is taken and answered (Intake: "send it in parts"): a 400 would lose it without a word.
    if (from == null || !MOBILE.matcher(from).matches() || text == null || text.isEmpty() || id == null
        || !ID.matcher(id).matches()) {
      Refusal.BAD_MESSAGE.send(ctx);
      return;
    }
    intake.take(Inbound.text(CHANNEL, id, from, text), null)
        .onSuccess(v -> ctx.response().setStatusCode(202).putHeader("Content-Type", "application/json; charset=utf-8")
            .end(new JsonObject().put("accepted", true).encode()))
        .onFailure(err -> {
          LOG.warn("SMS message not handled: {}", err.getMessage());
          ctx.fail(err);
        });
  }
}
