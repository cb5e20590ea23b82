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
import org.ecopetition.gateway.notice.PgSmsOptOuts;
import org.ecopetition.gateway.channel.messaging.ChannelTexts;
import io.vertx.core.Future;
import java.util.Optional;
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
  private final PgSmsOptOuts optOuts;
  private final HttpSmsOutbound sms;
  private final ChannelTexts texts;

  private SmsInboundRouter(Intake intake, String token, PgSmsOptOuts optOuts, HttpSmsOutbound sms, ChannelTexts texts) {
    this.intake = intake;
    this.token = token.getBytes(StandardCharsets.UTF_8);
    this.optOuts = optOuts;
    this.sms = sms;
    this.texts = texts;
  }

  /**
   * The SMS channel: replies registered with the outbox once; the route to mount at {@code /api/v1/sms/inbound}, built
   * for each server instance (event loop).
   */
  public static Function<Vertx, Router> routes(Vertx vertx, GatewayConfig cfg, Intake intake, Outbox outbox,
      PgSmsOptOuts optOuts, ChannelTexts texts) {
    HttpSmsOutbound sms = new HttpSmsOutbound(vertx, cfg.sms());
    outbox.register(ChannelSpec.unlimited(CHANNEL, cfg.sms().replyMaxChars(),
        (phone, text, reference) -> sms.send(phone, text, reference).mapEmpty(), optOuts::optedOutSince));
    SmsInboundRouter s = new SmsInboundRouter(intake, cfg.sms().inboundToken(), optOuts, sms, texts);
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
    if (from == null || !MOBILE.matcher(from).matches() || text == null || id == null || !ID.matcher(id).matches()) {
      Refusal.BAD_MESSAGE.send(ctx);
      return;
    }
    if (text.isEmpty()) {
      // Nothing to read (an old phone's empty message, an MMS whose picture the platform dropped): answered, "please
      // send text", as the other channels answer what they cannot read — a 400 would leave the sender without a word.
      intake.take(Inbound.notice(CHANNEL, id, from, "unsupported"), null).onComplete(r -> accepted(ctx, r));
      return;
    }
    Optional<SmsKeywords.Keyword> keyword = SmsKeywords.of(text);
    if (keyword.isPresent()) {
      consent(ctx, from, id, keyword.get());
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

  private static void accepted(RoutingContext ctx, io.vertx.core.AsyncResult<Void> r) {
    if (r.failed()) {
      LOG.warn("SMS message not handled: {}", r.cause().getMessage());
      ctx.fail(r.cause());
      return;
    }
    ctx.response().setStatusCode(202).putHeader("Content-Type", "application/json; charset=utf-8")
        .end(new JsonObject().put("accepted", true).encode());
  }

  /**
   * 退订 or 订阅 alone: the number's choice recorded (by its keyed hash), and one confirmation in the petitioner's
   * language (their conversation's, else the keyword's) saying how to undo it. Not a turn: nothing of it enters the
   * conversation, and it opens none. A retry of the same message is taken once.
   */
  private void consent(RoutingContext ctx, String from, String id, SmsKeywords.Keyword keyword) {
    boolean out = keyword.choice() == SmsKeywords.Choice.OPT_OUT;
    intake.takeOnce(CHANNEL, id, from).compose(first -> !first ? Future.<Void>succeededFuture()
            : optOuts.set(from, out)
                // On the conversation's log for staff (no number), in the turn's stead: the choice needs no turn.
                .compose(v -> intake.consentChosen(CHANNEL, from, out))
                .compose(lang -> {
                  // Never the number in the log.
                  LOG.info("an SMS number {}", out ? "opted out (退订)" : "opted back in (订阅)");
                  return sms.send(from, texts.get(out ? "sms_opted_out" : "sms_opted_in", lang.orElse(keyword.lang())),
                      "consent-" + id).<Void>mapEmpty().recover(err -> {
                        // Recorded all the same: the choice stands without its confirmation.
                        LOG.warn("SMS confirmation of a consent choice not sent: {}", err.getMessage());
                        return Future.succeededFuture();
                      });
                }))
        .onSuccess(v -> ctx.response().setStatusCode(202).putHeader("Content-Type", "application/json; charset=utf-8")
            .end(new JsonObject().put("accepted", true).encode()))
        .onFailure(err -> {
          LOG.warn("SMS consent choice not recorded: {}", err.getMessage());
          ctx.fail(err);
        });
  }
}
