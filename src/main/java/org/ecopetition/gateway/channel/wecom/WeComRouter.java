package org.ecopetition.gateway.channel.wecom;

import io.vertx.core.Vertx;
import java.util.function.Function;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.BodyHandler;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.ecopetition.gateway.channel.messaging.ChannelSpec;
import org.ecopetition.gateway.channel.messaging.Intake;
import org.ecopetition.gateway.channel.messaging.Outbox;
import org.ecopetition.gateway.channel.messaging.Refusal;
import org.ecopetition.gateway.channel.wechat.SafeXml;
import org.ecopetition.gateway.channel.wechat.WxCrypto;
import org.ecopetition.gateway.config.GatewayConfig;
import org.ecopetition.gateway.inbound.SyncCursors;
import org.ecopetition.gateway.inbound.TokenStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * WeCom's callback for 微信客服, {@code /wecom/callback}. GET verifies the URL: the query is URL-decoded,
 * {@code echostr} is decrypted and its plaintext returned as it is (no quotes, BOM or newline). POST carries
 * an encrypted {@code kf_msg_or_event} with no content: it is answered at once and the messages are pulled.
 */
public final class WeComRouter {
  private static final Logger LOG = LoggerFactory.getLogger(WeComRouter.class);
  private static final Pattern DIGITS = Pattern.compile("[0-9]{1,12}");
  private static final Pattern NONCE = Pattern.compile("[A-Za-z0-9_-]{1,64}");

  private final GatewayConfig.WeCom cfg;
  private final WxCrypto crypto;
  private final KfSync sync;
  private final Clock clock;

  private WeComRouter(GatewayConfig.WeCom cfg, KfSync sync, Clock clock) {
    this.cfg = cfg;
    this.crypto = new WxCrypto(cfg.token(), cfg.encodingAesKey(), cfg.corpId());
    this.sync = sync;
    this.clock = clock;
  }

  /**
   * The 微信客服 channel: its API client and sync made and registered with the outbox once, and the routes to mount at
   * {@code /wecom}, built for each server instance (event loop) over them.
   */
  public static Function<Vertx, Router> routes(Vertx vertx, GatewayConfig.WeCom cfg, Intake intake, Outbox outbox,
      SyncCursors cursors, TokenStore tokens, Clock clock) {
    WeComApi api = new WeComApi(vertx, cfg.apiBase(), cfg.corpId(), cfg.kfSecret(), "kf", tokens, clock);
    KfSync sync = new KfSync(api, cursors, intake, vertx, clock);
    outbox.register(ChannelSpec.windowed(KfSync.CHANNEL, sync));
    intake.pictures().register(KfSync.CHANNEL, sync);
    WeComRouter w = new WeComRouter(cfg, sync, clock);
    return v -> {
      Router r = Router.router(v);
      r.get("/callback").handler(w::verifyUrl);
      r.post("/callback").handler(BodyHandler.create().setBodyLimit(cfg.maxBodyBytes()).setHandleFileUploads(false))
          .handler(w::event);
      return r;
    };
  }

  private Optional<Refusal> check(RoutingContext ctx, String encrypted) {
    String timestamp = ctx.request().getParam("timestamp");
    String nonce = ctx.request().getParam("nonce");
    if (timestamp == null || !DIGITS.matcher(timestamp).matches() || nonce == null || !NONCE.matcher(nonce).matches()
        || encrypted == null) {
      return Optional.of(Refusal.BAD_SIGNATURE);
    }
    if (Math.abs(Long.parseLong(timestamp) - clock.instant().getEpochSecond()) > cfg.timestampToleranceSeconds()) {
      return Optional.of(Refusal.STALE_TIMESTAMP);
    }
    if (!crypto.verify(ctx.request().getParam("msg_signature"), timestamp, nonce, encrypted)) {
      return Optional.of(Refusal.BAD_SIGNATURE);
    }
    return Optional.empty();
  }

  private void verifyUrl(RoutingContext ctx) {
    // The query is URL-decoded by the router; a '+' left raw by a proxy arrives as a space.
    String echo = Optional.ofNullable(ctx.request().getParam("echostr")).map(s -> s.replace(' ', '+')).orElse(null);
    Optional<Refusal> bad = check(ctx, echo);
    if (bad.isPresent()) {
      refuse(ctx, bad.get());
      return;
    }
    Optional<String> plain = crypto.decrypt(echo);
    if (plain.isEmpty()) {
      refuse(ctx, Refusal.BAD_MESSAGE);
      return;
    }
    ctx.response().putHeader("Content-Type", "text/plain; charset=utf-8").end(plain.get());
  }

  private void event(RoutingContext ctx) {
    Optional<Map<String, String>> outer = SafeXml.parse(ctx.body().asString(StandardCharsets.UTF_8.name()));
    if (outer.isEmpty()) {
      refuse(ctx, Refusal.BAD_XML);
      return;
    }
    String enc = outer.get().get("Encrypt");
    Optional<Refusal> bad = check(ctx, enc);
    if (bad.isPresent()) {
      refuse(ctx, bad.get());
      return;
    }
    Optional<Map<String, String>> inner = crypto.decrypt(enc).flatMap(SafeXml::parse);
    if (inner.isEmpty()) {
      refuse(ctx, Refusal.BAD_XML);
      return;
    }
    Map<String, String> m = inner.get();
    ctx.response().putHeader("Content-Type", "text/plain; charset=utf-8").end("success");
    if ("event".equals(m.get("MsgType")) && "kf_msg_or_event".equals(m.get("Event")) && m.get("OpenKfId") != null) {
      sync.pull(m.get("OpenKfId"), m.get("Token"))
          .onFailure(err -> LOG.warn("WeCom sync_msg failed: {}", err.getMessage()));
    }
  }

  private static void refuse(RoutingContext ctx, Refusal r) {
    LOG.warn("WeCom callback refused: {}", r.code());
    r.send(ctx);
  }
}
