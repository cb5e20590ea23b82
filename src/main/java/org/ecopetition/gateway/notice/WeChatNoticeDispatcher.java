package org.ecopetition.gateway.notice;

import io.vertx.core.Future;
import io.vertx.core.Vertx;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.ecopetition.gateway.lifecycle.CaseStatus;
import org.ecopetition.gateway.text.Catalogue;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends queued WeChat notices (subscribe or template messages), every {@code sms.pollSeconds} like the SMS ones, on
 * every instance (rows are leased, so each notice goes from one). A refusal by WeChat (the petitioner withdrew the
 * subscription or unfollowed) fails the notice at once and queues an SMS in its place where a mobile is on record; any
 * other failure is retried with a doubling wait, and after {@code sms.maxAttempts} treated the same way.
 */
public final class WeChatNoticeDispatcher {
  private static final Logger LOG = LoggerFactory.getLogger(WeChatNoticeDispatcher.class);
  private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");
  private static final int BATCH = 20;

  private final PgNoticeRepository notices;
  private final WeChatOutbound wechat;
  private final Catalogue words;
  private final boolean smsEnabled;
  private final int maxAttempts;
  private final int retrySeconds;
  private final Clock clock;
  private boolean running;

  private WeChatNoticeDispatcher(PgNoticeRepository notices, WeChatOutbound wechat, Catalogue words,
      boolean smsEnabled, int maxAttempts, int retrySeconds, Clock clock) {
    this.notices = notices;
    this.wechat = wechat;
    this.words = words;
    this.smsEnabled = smsEnabled;
    this.maxAttempts = maxAttempts;
    this.retrySeconds = retrySeconds;
    this.clock = clock;
  }

  /** Starts the periodic dispatch when WeChat notices are configured ({@link PgNoticeRepository#wechat()}). */
  public static void start(Vertx vertx, PgNoticeRepository notices, WeChatOutbound wechat, Catalogue words,
      org.ecopetition.gateway.config.GatewayConfig.Sms sms, Clock clock) {
    if (!notices.wechat().enabled()) {
      return;
    }
    WeChatNoticeDispatcher d = new WeChatNoticeDispatcher(notices, wechat, words, sms.enabled(),
        Math.max(1, sms.maxAttempts()), Math.max(1, sms.retrySeconds()), clock);
    vertx.setPeriodic(1_000, Math.max(1, sms.pollSeconds()) * 1_000L, t -> d.tick());
  }

  private void tick() {
    if (running) {
      return;
    }
    running = true;
    notices.claimWeChat(BATCH, smsEnabled).compose(batch -> {
      Future<Void> all = Future.succeededFuture();
      for (PgNoticeRepository.WeChatClaimed n : batch) {
        all = all.compose(v -> sendOne(n));
      }
      return all;
    }).onComplete(r -> {
      running = false;
      if (r.failed() && !org.ecopetition.gateway.ops.Outage.isUnavailable(r.cause())) {
        LOG.warn("WeChat notice dispatch failed: {}", r.cause().getMessage());
      }
    });
  }

  private Future<Void> sendOne(PgNoticeRepository.WeChatClaimed n) {
    OffsetDateTime at = clock.instant().atOffset(ZoneOffset.UTC);
    LocalDate today = LocalDate.ofInstant(clock.instant(), CHINA);
    String what = words.label(CaseStatus.of(n.state()), n.lang());
    String how = notices.wechat().templateMessages() ? "template message" : "subscribe message";
    return wechat.send(n.conversation(), new WeChatOutbound.Card(n.caseNumber(), what, today))
        .compose(msgId -> notices.wechatSent(n, msgId, today, at, how))
        .recover(err -> {
          boolean refused = err instanceof WeChatOutbound.Refused;
          LOG.warn("WeChat notice {} attempt {} failed: {}", n.id(), n.attempts(), err.getMessage());
          return notices.wechatFailed(n, String.valueOf(err.getMessage()), refused, maxAttempts, retrySeconds, at);
        });
  }
}
