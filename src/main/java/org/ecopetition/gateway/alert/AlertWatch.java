package org.ecopetition.gateway.alert;

import io.vertx.core.Future;
import io.vertx.core.Vertx;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps alerts from being missed: a danger to life or an urgent matter also goes out of the console to the duty
 * officers (by SMS, by the WeCom app), once per officer per raising (several instances may try; the alert row decides who sends); an
 * alert nobody acknowledged within the configured time is raised again to supervisors and the duty officers.
 */
public final class AlertWatch {
  private static final Logger LOG = LoggerFactory.getLogger(AlertWatch.class);
  private static final Set<String> OUT_OF_CONSOLE = Set.of("life_safety", "urgent");
  private static final DateTimeFormatter HHMM = DateTimeFormatter.ofPattern("M月d日 HH:mm");

  private final PgAlertRepository alerts;
  private final PgDutyRoster roster;
  private final List<DutyMessenger> messengers;
  private final Duration escalateAfter;
  private final Clock clock;

  /** {@code messengers}: the ways out of the console configured (SMS, WeCom app); none: said once at start. */
  public AlertWatch(PgAlertRepository alerts, PgDutyRoster roster, List<DutyMessenger> messengers,
      Duration escalateAfter, Clock clock) {
    this.alerts = alerts;
    this.roster = roster;
    this.messengers = List.copyOf(messengers);
    this.escalateAfter = escalateAfter;
    this.clock = clock;
  }

  /** Runs on every instance: escalation every 30 seconds. */
  public void start(Vertx vertx) {
    if (messengers.isEmpty()) {
      LOG.warn("neither an SMS gateway (sms.url) nor a WeCom app (wecom.agentId): danger-to-life and urgent alerts "
          + "reach the duty staff only in the console");
    }
    vertx.setPeriodic(5_000, 30_000, t -> escalate()
        .onFailure(err -> LOG.warn("alert escalation failed: {}", err.getMessage())));
  }

  Future<Void> escalate() {
    return alerts.escalate(escalateAfter).compose(list -> {
      Future<Void> chain = Future.succeededFuture();
      for (PgAlertRepository.Escalated e : list) {
        LOG.warn("alert {} ({}) not acknowledged: raised again, time {}", e.id(), e.kind(), e.escalations());
        chain = chain.compose(v -> tellDuty(e.id(), e.kind(), e.departmentCode(), e.escalations()));
      }
      return chain;
    });
  }

  /** A new alert announced by the events table (any instance raised it): the duty officers are told once. */
  public Future<Void> raised(long id) {
    return alerts.openOne(id).compose(a -> a.isEmpty() ? Future.<Void>succeededFuture()
        : tellDuty(id, a.get().kind(), a.get().departmentCode(), a.get().escalations()));
  }

  private Future<Void> tellDuty(long id, String kind, String department, int escalations) {
    if (messengers.isEmpty() || !OUT_OF_CONSOLE.contains(kind)) {
      return Future.succeededFuture();
    }
    return roster.onDuty(department).compose(officers -> {
      Future<Void> chain = Future.succeededFuture();
      for (PgDutyRoster.Officer o : officers) {
        String mark = o.login() + "#" + escalations;
        chain = chain.compose(v -> alerts.claimTelling(id, mark).compose(raised -> {
          if (raised.isEmpty()) {
            return Future.<Void>succeededFuture();
          }
          LocalDateTime at = LocalDateTime.ofInstant(raised.get(), ZoneId.of("Asia/Shanghai"));
          // Who and what only as the console shows it: no petitioner's words, name or number in an SMS.
          String text = "【生态环境信访】" + ("life_safety".equals(kind) ? "危及生命安全" : "紧急事项") + "警报（编号" + id + "，"
              + HHMM.format(at) + (escalations > 0 ? "，第" + escalations + "次提醒" : "") + "）尚未确认，请立即登录工作台处理。";
          Future<Void> all = Future.succeededFuture();
          for (DutyMessenger m : messengers) {
            all = all.compose(x -> m.send(o, text, "alert-" + id + "-" + mark).<Void>mapEmpty().recover(err -> {
              LOG.warn("alert {}: telling duty officer {} failed: {}", id, o.login(), err.getMessage());
              return Future.succeededFuture();
            }));
          }
          return all;
        }));
      }
      return chain;
    });
  }
}
