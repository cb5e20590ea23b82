package org.ecopetition.gateway.channel;

import io.vertx.core.Vertx;
import io.vertx.ext.web.Router;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import org.ecopetition.gateway.channel.messaging.ChannelTexts;
import org.ecopetition.gateway.channel.messaging.Intake;
import org.ecopetition.gateway.channel.messaging.Outbox;
import org.ecopetition.gateway.channel.messaging.Pictures;
import org.ecopetition.gateway.evidence.EvidencePhotos;
import org.ecopetition.gateway.evidence.PgPhotoRepository;
import org.ecopetition.gateway.inbound.PgMediaRepository;
import org.ecopetition.gateway.channel.messaging.SenderLimits;
import org.ecopetition.gateway.channel.sms.SmsInboundRouter;
import org.ecopetition.gateway.channel.wechat.WeChatApi;
import org.ecopetition.gateway.channel.wechat.WeChatNoticeEvents;
import org.ecopetition.gateway.channel.wechat.WeChatNoticeSender;
import org.ecopetition.gateway.notice.PgNoticeRepository;
import org.ecopetition.gateway.notice.WeChatNoticeDispatcher;
import org.ecopetition.gateway.text.Catalogue;
import org.ecopetition.gateway.channel.wechat.WeChatRouter;
import org.ecopetition.gateway.channel.wecom.WeComRouter;
import org.ecopetition.gateway.config.GatewayConfig;
import org.ecopetition.gateway.conversation.ChannelConversations;
import org.ecopetition.gateway.conversation.ConversationService;
import org.ecopetition.gateway.inbound.PgInboundRepository;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The messaging channels a deployment configured (WeChat Official Account, WeCom 微信客服, SMS), over one
 * intake and one outbox: their routes, and the wake-up for what staff or notices write into their
 * conversations.
 */
public final class Channels {
  private static final Logger LOG = LoggerFactory.getLogger(Channels.class);

  private final Outbox outbox;
  private final Map<String, Function<Vertx, Router>> routes;

  private Channels(Outbox outbox, Map<String, Function<Vertx, Router>> routes) {
    this.outbox = outbox;
    this.routes = routes;
  }

  /**
   * {@code notices}: written notices, sent by WeChat subscribe or template message where {@code wechat.noticeTemplateId}
   * is set (their dispatcher started here, with the callback taking subscriptions and reports). {@code photos} and
   * {@code media}: pictures sent on WeChat and WeCom become evidence photos of the conversation's report.
   */
  public static Channels start(Vertx vertx, GatewayConfig cfg, PgInboundRepository inbound,
      ConversationService conversations, ChannelConversations identities, PgNoticeRepository notices,
      PgPhotoRepository photos, PgMediaRepository media, Catalogue words, Clock clock) {
    ChannelTexts texts = ChannelTexts.bundled();
    Outbox outbox = new Outbox(inbound, conversations, identities, texts, privacyUrl(cfg), clock);
    outbox.undelivered(new UndeliveredMessages(notices, conversations, cfg.sms().enabled()));
    SenderLimits limits = new SenderLimits(Map.of("wechat", cfg.wechat().maxMessagesPerMinute(),
        "wecom", cfg.wecom().maxMessagesPerMinute(), "sms", cfg.sms().maxMessagesPerMinute()), clock);
    // Pictures are cleaned on the photos' worker pool, the one the web chat's uploads use.
    Pictures pictures = new Pictures(media, new EvidencePhotos(photos,
        vertx.createSharedWorkerExecutor("photos", 2)), PgPhotoRepository.MAX_PHOTOS, outbox, conversations, texts,
        vertx, clock);
    Intake intake = new Intake(conversations, identities, inbound, outbox, texts, limits, pictures,
        cfg.chat().maxMessageBytes(), clock);
    Map<String, Function<Vertx, Router>> routes = new LinkedHashMap<>();
    if (cfg.wechat().enabled()) {
      WeChatApi api = new WeChatApi(vertx, cfg.wechat(), inbound, clock);
      pictures.register("wechat", api);
      WeChatNoticeEvents events = null;
      if (cfg.wechat().noticesEnabled()) {
        events = new WeChatNoticeEvents(notices, identities, cfg.wechat().noticeTemplateId(), cfg.sms().enabled());
        WeChatNoticeDispatcher.start(vertx, notices, new WeChatNoticeSender(api, identities, cfg.wechat()), words,
            cfg.sms(), clock);
      }
      WeChatNoticeEvents noticeEvents = events;
      routes.put("/wechat/*", WeChatRouter.routes(vertx, cfg.wechat(), intake, outbox, api, texts, clock,
          noticeEvents));
    }
    if (cfg.wecom().kfEnabled()) {
      routes.put("/wecom/*", WeComRouter.routes(vertx, cfg.wecom(), intake, outbox, inbound, inbound, clock));
    }
    if (cfg.sms().inboundEnabled()) {
      routes.put("/api/v1/sms/inbound*", SmsInboundRouter.routes(vertx, cfg, intake, outbox,
          notices.optOuts(), texts));
    }
    Channels c = new Channels(outbox, Map.copyOf(routes));
    if (!routes.isEmpty()) {
      // A safety net for a send that failed or a wake lost while the listener reconnected.
      vertx.setPeriodic(30_000, t -> {
        outbox.sweep().onFailure(err -> LOG.warn("outbox sweep failed: {}", err.getMessage()));
        pictures.sweep().onFailure(err -> LOG.warn("picture sweep failed: {}", err.getMessage()));
      });
    }
    return c;
  }

  /**
   * Where the privacy notice sent on WeChat, WeCom and SMS links: {@code deployment.publicUrl}/privacy.html. Without a
   * public address a relative link would be dead on a phone: the notice then says where to read it instead, and the
   * start says so once (the setting's name only).
   */
  static String privacyUrl(GatewayConfig cfg) {
    String site = cfg.deployment().publicUrl() == null ? "" : cfg.deployment().publicUrl().strip().replaceAll("/+$", "");
    if (site.isEmpty()) {
      if (cfg.wechat().enabled() || cfg.wecom().kfEnabled() || cfg.sms().inboundEnabled()) {
        LOG.warn("deployment.publicUrl is empty: the privacy notice on WeChat, WeCom and SMS carries no link to the full "
            + "text (set deployment.publicUrl / GATEWAY_DEPLOYMENT_PUBLIC_URL to the deployment's https address)");
      }
      return null;
    }
    return site + "/privacy.html";
  }

  /**
   * Sub-routers by mount path: each function builds a router for one server instance (event loop) over the channel's
   * parts, made and registered with the outbox once.
   */
  public Map<String, Function<Vertx, Router>> routes() {
    return routes;
  }

  /** A conversation changed on some instance: deliver what is new, if it belongs to a messaging channel. */
  public void wake(UUID conversation) {
    if (!routes.isEmpty()) {
      outbox.wake(conversation).onFailure(err -> LOG.warn("delivery to {} failed: {}", conversation, err.getMessage()));
    }
  }
}
