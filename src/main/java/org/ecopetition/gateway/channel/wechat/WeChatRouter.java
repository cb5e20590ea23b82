package org.ecopetition.gateway.channel.wechat;

import io.vertx.core.Promise;
import io.vertx.core.Vertx;
import java.util.function.Function;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.BodyHandler;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.ecopetition.gateway.channel.messaging.ChannelSpec;
import org.ecopetition.gateway.channel.messaging.ChannelTexts;
import org.ecopetition.gateway.channel.messaging.Inbound;
import org.ecopetition.gateway.channel.messaging.Intake;
import org.ecopetition.gateway.channel.messaging.Outbox;
import org.ecopetition.gateway.channel.messaging.Refusal;
import org.ecopetition.gateway.config.GatewayConfig;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The Official Account's callback, {@code /wechat/callback}: GET verifies the URL (echo {@code echostr}),
 * POST takes a push. Each push is checked before anything is done with it: timestamp within the tolerance,
 * signature, body size, safe XML (outer and, in safe mode, inner), AppId tail. The reply is passive when the
 * turn finishes within {@code wechat.passiveReplyMillis}, otherwise "success" at once and the reply follows
 * as a customer-service message. Nothing of the message (text, OpenID) is logged.
 */
public final class WeChatRouter {
  private static final Logger LOG = LoggerFactory.getLogger(WeChatRouter.class);
  private static final Pattern DIGITS = Pattern.compile("[0-9]{1,12}");
  private static final Pattern NONCE = Pattern.compile("[A-Za-z0-9_-]{1,64}");

  private final Vertx vertx;
  private final GatewayConfig.WeChat cfg;
  private final WxCrypto crypto;
  private final Intake intake;
  private final Clock clock;
  private final WeChatNoticeEvents noticeEvents;
  private final SecureRandom random = WxCrypto.drbg();

  private WeChatRouter(Vertx vertx, GatewayConfig.WeChat cfg, Intake intake, Clock clock,
      WeChatNoticeEvents noticeEvents) {
    this.vertx = vertx;
    this.cfg = cfg;
    this.crypto = new WxCrypto(cfg.token(), cfg.encodingAesKey(), cfg.appId());
    this.intake = intake;
    this.clock = clock;
    this.noticeEvents = noticeEvents;
  }

  /**
   * The Official Account: its customer-service messages registered with the outbox, and the routes to mount at
   * {@code /wechat}; {@code noticeEvents} (null: written notices do not go by WeChat) takes the subscription choices
   * and the reports of subscribe and template messages.
   */
  public static Function<Vertx, Router> routes(Vertx vertx, GatewayConfig.WeChat cfg, Intake intake, Outbox outbox,
      WeChatApi api, ChannelTexts texts, Clock clock, WeChatNoticeEvents noticeEvents) {
    ChannelSpec spec = ChannelSpec.windowed(WeChatMessage.CHANNEL, api);
    // A receipt on WeChat says where to subscribe to the written notices (the page below, on the account's JS domain).
    outbox.register(cfg.subscribePageLinked()
        ? spec.withReceiptNote(lang -> texts.get("subscribe_link", lang).replace("{url}", cfg.subscribePageUrl()))
        : spec);
    WeChatRouter w = new WeChatRouter(vertx, cfg, intake, clock, noticeEvents);
    SubscribePage page = new SubscribePage(cfg, api, texts, clock);
    // Registered once above; a router for each server instance (event loop) below.
    return v -> {
      Router r = Router.router(v);
      r.get("/subscribe.html").handler(page::page);
      r.get("/subscribe.js").handler(page::script);
      r.get("/jssdk-config").handler(page::config);
      r.get("/callback").handler(w::verifyUrl);
      r.post("/callback").handler(BodyHandler.create().setBodyLimit(cfg.maxBodyBytes()).setHandleFileUploads(false))
          .handler(w::push);
      return r;
    };
  }

  /** Signature and timestamp of the query; empty when both are good. */
  private Optional<Refusal> checkQuery(RoutingContext ctx) {
    String timestamp = ctx.request().getParam("timestamp");
    String nonce = ctx.request().getParam("nonce");
    if (timestamp == null || !DIGITS.matcher(timestamp).matches() || nonce == null || !NONCE.matcher(nonce).matches()) {
      return Optional.of(Refusal.BAD_SIGNATURE);
    }
    if (Math.abs(Long.parseLong(timestamp) - clock.instant().getEpochSecond()) > cfg.timestampToleranceSeconds()) {
      return Optional.of(Refusal.STALE_TIMESTAMP);
    }
    if (!crypto.verify(ctx.request().getParam("signature"), timestamp, nonce)) {
      return Optional.of(Refusal.BAD_SIGNATURE);
    }
    return Optional.empty();
  }

  private void verifyUrl(RoutingContext ctx) {
    Optional<Refusal> bad = checkQuery(ctx);
    String echo = ctx.request().getParam("echostr");
    if (bad.isPresent() || echo == null) {
      refuse(ctx, bad.orElse(Refusal.BAD_MESSAGE));
      return;
    }
    ctx.response().putHeader("Content-Type", "text/plain; charset=utf-8").end(echo);
  }

  private void push(RoutingContext ctx) {
    Optional<Refusal> bad = checkQuery(ctx);
    if (bad.isPresent()) {
      refuse(ctx, bad.get());
      return;
    }
    // The body decoded once: the envelope, and in plaintext mode the message itself.
    String xml = ctx.body().asString(StandardCharsets.UTF_8.name());
    Optional<Map<String, String>> outer = SafeXml.parse(xml);
    if (outer.isEmpty()) {
      refuse(ctx, Refusal.BAD_XML);
      return;
    }
    boolean encrypted = "aes".equals(ctx.request().getParam("encrypt_type"));
    Optional<Map<String, String>> message;
    if (crypto.safeMode()) {
      String enc = outer.get().get("Encrypt");
      if (!encrypted || enc == null) {
        refuse(ctx, Refusal.BAD_MESSAGE);
        return;
      }
      if (!crypto.verify(ctx.request().getParam("msg_signature"), ctx.request().getParam("timestamp"),
          ctx.request().getParam("nonce"), enc)) {
        refuse(ctx, Refusal.BAD_SIGNATURE);
        return;
      }
      Optional<String> inner = crypto.decrypt(enc);
      if (inner.isEmpty()) {
        refuse(ctx, Refusal.BAD_MESSAGE);
        return;
      }
      xml = inner.get();
      message = SafeXml.parse(xml);
    } else {
      message = encrypted ? Optional.empty() : outer;
    }
    if (message.isEmpty()) {
      refuse(ctx, Refusal.BAD_XML);
      return;
    }
    Optional<Inbound> in = WeChatMessage.read(message.get());
    if (in.isEmpty()) {
      refuse(ctx, Refusal.BAD_MESSAGE);
      return;
    }
    Map<String, String> m = message.get();
    if (noticeEvents != null && WeChatNoticeEvents.handles(m)) {
      noticeEvents.take(m, xml).onComplete(r -> {
        if (r.failed()) {
          LOG.warn("WeChat notice event not recorded: {}", r.cause().getMessage());
        }
        // Answered only once recorded: a failure is answered 503 so that WeChat tries again.
        if (!ctx.response().ended()) {
          if (r.succeeded()) {
            ctx.response().putHeader("Content-Type", "text/plain; charset=utf-8").end("success");
          } else {
            ctx.response().setStatusCode(503).end();
          }
        }
      });
      return;
    }
    Promise<String> passive = Promise.promise();
    long timer = vertx.setTimer(cfg.passiveReplyMillis(), t -> passive.tryComplete(null));
    passive.future().onComplete(r -> {
      vertx.cancelTimer(timer);
      answer(ctx, r.succeeded() ? r.result() : null, m.get("FromUserName"), m.get("ToUserName"));
    });
    intake.take(in.get(), passive).onFailure(err -> LOG.warn("WeChat message not handled: {}", err.getMessage()));
  }

  /** The passive reply, encrypted in safe mode; "success" when there is nothing to say now. */
  private void answer(RoutingContext ctx, String text, String openId, String account) {
    if (ctx.response().ended() || ctx.response().closed()) {
      return;
    }
    ctx.response().putHeader("Content-Type", "application/xml; charset=utf-8");
    if (text == null) {
      ctx.response().putHeader("Content-Type", "text/plain; charset=utf-8").end("success");
      return;
    }
    String now = Long.toString(clock.instant().getEpochSecond());
    String reply = "<xml><ToUserName>" + SafeXml.cdata(openId) + "</ToUserName><FromUserName>" + SafeXml.cdata(account)
        + "</FromUserName><CreateTime>" + now + "</CreateTime><MsgType><![CDATA[text]]></MsgType><Content>"
        + SafeXml.cdata(text) + "</Content></xml>";
    if (!crypto.safeMode()) {
      ctx.response().end(reply);
      return;
    }
    byte[] n = new byte[8];
    random.nextBytes(n);
    String nonce = HexFormat.of().formatHex(n);
    String enc = crypto.encrypt(reply);
    ctx.response().end("<xml><Encrypt>" + SafeXml.cdata(enc) + "</Encrypt><MsgSignature>"
        + SafeXml.cdata(crypto.sign(now, nonce, enc)) + "</MsgSignature><TimeStamp>" + now + "</TimeStamp><Nonce>"
        + SafeXml.cdata(nonce) + "</Nonce></xml>");
  }

  private static void refuse(RoutingContext ctx, Refusal r) {
    // The reason only: the body and the query may carry a citizen's message or OpenID.
    LOG.warn("WeChat callback refused: {}", r.code());
    r.send(ctx);
  }
}
