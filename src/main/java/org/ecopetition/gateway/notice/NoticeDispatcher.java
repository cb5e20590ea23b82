package org.ecopetition.gateway.notice;

import io.vertx.core.Future;
import io.vertx.core.Vertx;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.ecopetition.gateway.config.GatewayConfig;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends queued SMS notices, every {@code sms.pollSeconds}, on every instance (rows are leased, so each
 * notice goes from one). A failure is retried with a doubling wait, and after {@code sms.maxAttempts} the
 * notice is marked failed, where the overdue list and the notice worklist show it to staff.
 */
public final class NoticeDispatcher {
  private static final Logger LOG = LoggerFactory.getLogger(NoticeDispatcher.class);
  private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");
  private static final int BATCH = 20;

  private final PgNoticeRepository notices;
  private final Outbound sms;
  private final GatewayConfig.Sms cfg;
  private final Clock clock;
  private boolean running;

  private NoticeDispatcher(PgNoticeRepository notices, Outbound sms, GatewayConfig.Sms cfg, Clock clock) {
    this.notices = notices;
    this.sms = sms;
    this.cfg = cfg;
    this.clock = clock;
  }

  /** Starts the periodic dispatch when an SMS gateway is configured. */
  public static void start(Vertx vertx, PgNoticeRepository notices, GatewayConfig.Sms cfg, Clock clock) {
    if (!cfg.enabled()) {
      return;
    }
    NoticeDispatcher d = new NoticeDispatcher(notices, new HttpSmsOutbound(vertx, cfg), cfg, clock);
    vertx.setPeriodic(1_000, Math.max(1, cfg.pollSeconds()) * 1_000L, t -> d.tick());
  }

  private void tick() {
    if (running) {
      return;
    }
    running = true;
    notices.claim(BATCH).compose(batch -> {
      Future<Void> all = Future.succeededFuture();
      for (PgNoticeRepository.Claimed n : batch) {
        all = all.compose(v -> sendOne(n));
      }
      return all;
    }).onComplete(r -> {
      running = false;
      // A database outage is logged once by whoever meets it on a request, not every poll.
      if (r.failed() && !org.ecopetition.gateway.ops.Outage.isUnavailable(r.cause())) {
        LOG.warn("SMS dispatch failed: {}", r.cause().getMessage());
      }
    });
  }

  private Future<Void> sendOne(PgNoticeRepository.Claimed n) {
    OffsetDateTime at = clock.instant().atOffset(ZoneOffset.UTC);
    LocalDate today = LocalDate.ofInstant(clock.instant(), CHINA);
    // A number that opted out (退订) gets nothing the gateway starts: the notice fails at once, for staff to see.
    return notices.optOuts().optedOutSince(n.phone()).compose(out -> out.isPresent() ? notices.optedOut(n, at)
        : sms.send(n.phone(), n.text(), "notice-" + n.id())
            .compose(ref -> notices.sent(n, ref, today, at))
            .recover(err -> {
              LOG.warn("SMS notice {} attempt {} failed: {}", n.id(), n.attempts(), err.getMessage());
              return notices.failed(n, String.valueOf(err.getMessage()), cfg.maxAttempts(), cfg.retrySeconds(), at);
            }));
  }
}
