package org.ecopetition.gateway.alert;

import io.vertx.core.Future;
import io.vertx.core.Vertx;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.Set;
import org.ecopetition.gateway.access.StaffPrincipal;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps alerts from being missed: a danger to life or an urgent matter also goes out of the console to the duty
 * officers (by SMS, by the WeCom app), once per officer per raising (several instances may try; the alert row decides who sends); an
 * alert nobody acknowledged within the configured time is raised again to supervisors and the duty officers.
 *
 * <p>Who is told outside the console follows the console's own rule ({@link PgAlertRepository#seenBy}): an officer on
 * duty who would not see the alert in their console — recused from its case (Art 21), of a unit its accusation
 * accuses (Art 23), or of no department it belongs to — is told nothing on any way out, SMS and WeCom alike. When no
 * officer on duty may be told, the officers of the next shift that may are told at once (an urgent alert is never
 * dropped), and the raising is recorded on the alert as a duty gap, which every console that sees the alert shows, so
 * that a supervisor learns that nobody entitled on duty was reachable.
 *
 * <p>When the lookup of who may see the alert fails (a database error) even after {@link #ATTEMPTS} tries, a poisoning
 * must still not be missed: the officers on duty (or the next shift's first) that {@link BlindRecipients} allows — none
 * recused from its cases nor of a unit they accuse; when even that cannot be read, only those of the level above — are
 * sent a content-free alert — "有紧急信访待处理，请登录查看" and the alert's number, no word of the case, no place, not
 * even its case number — and the raising is recorded on the alert ({@code blind_raisings}; a duty gap too when nobody
 * could be told), which the consoles show.
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
  private final Function<String, Future<Optional<StaffPrincipal>>> staff;
  /** Tries of the lookup of who may see an alert before the content-free alert goes out. */
  static final int ATTEMPTS = 3;
  private Vertx vertx;

  /**
   * {@code messengers}: the ways out of the console configured (SMS, WeCom app); none: said once at start.
   * {@code staff}: the member of staff of a login (empty: none that can sign in).
   */
  public AlertWatch(PgAlertRepository alerts, PgDutyRoster roster, List<DutyMessenger> messengers,
      Duration escalateAfter, Clock clock, Function<String, Future<Optional<StaffPrincipal>>> staff) {
    this.alerts = alerts;
    this.roster = roster;
    this.messengers = List.copyOf(messengers);
    this.escalateAfter = escalateAfter;
    this.clock = clock;
    this.staff = staff;
  }

  /** Runs on every instance: escalation every 30 seconds. */
  public void start(Vertx vertx) {
    this.vertx = vertx;
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
    return roster.onDuty(department).compose(officers -> checked(id, department, escalations, officers, onDuty -> {
      if (!onDuty.isEmpty()) {
        return tell(id, kind, escalations, onDuty, false);
      }
      // Nobody on duty may be told: the next shift's entitled officers are, and the consoles show the gap.
      return roster.next(department).compose(later -> checked(id, department, escalations,
          later.isEmpty() ? List.of() : List.of(later.get(0)), next -> {
            List<PgDutyRoster.Officer> first = next.isEmpty() ? List.of() : List.of(next.get(0));
            return alerts.dutyGap(id, escalations).compose(recorded -> {
              if (recorded) {
                LOG.warn("alert {} ({}, time {}): no officer on duty may be told; {}", id, kind, escalations,
                    first.isEmpty() ? "no later shift either, the consoles show it" : "the next shift's officer is told");
              }
              return tell(id, kind, escalations, first, true);
            });
          }));
    }));
  }

  /**
   * {@code then} with the officers among {@code officers} who may see the alert; when that lookup fails {@link #ATTEMPTS}
   * times, every one of {@code officers} is sent the content-free alert instead, and the raising recorded.
   */
  private Future<Void> checked(long id, String department, int escalations, List<PgDutyRoster.Officer> officers,
      Function<List<PgDutyRoster.Officer>, Future<Void>> then) {
    return tries(() -> entitled(id, officers), ATTEMPTS).transform(ar -> ar.succeeded() ? then.apply(ar.result())
        // Who is barred, read from the cases alone; if even that fails, nothing is known (BlindRecipients decides).
        : alerts.barring(id).map(Optional::of).otherwise(Optional.empty()).compose(cases ->
            blind(id, escalations, BlindRecipients.of(officers, department, cases), officers.size(), cases.isPresent(),
                ar.cause())));
  }

  private <T> Future<T> tries(java.util.function.Supplier<Future<T>> work, int left) {
    return work.get().recover(err -> {
      if (left <= 1) {
        return Future.failedFuture(err);
      }
      if (vertx == null) {
        return tries(work, left - 1);
      }
      return vertx.timer(200L * (ATTEMPTS - left + 1)).compose(t -> tries(work, left - 1));
    });
  }

  /**
   * The content-free alert to the officers given ({@link BlindRecipients}: none barred from its cases), the lookup of
   * who may see it having failed; recorded on the alert, and as a duty gap when nobody could be told.
   */
  private Future<Void> blind(long id, int escalations, List<PgDutyRoster.Officer> officers, int onDuty,
      boolean barringKnown, Throwable cause) {
    return alerts.toldWithoutCheck(id, escalations).compose(recorded -> {
      if (recorded) {
        LOG.warn("alert {} (time {}): who may see it could not be looked up ({}); {} of {} officer(s) told content-free "
            + "({})", id, escalations, cause.getMessage(), officers.size(), onDuty, barringKnown
            ? "those barred from its cases left out" : "its cases unreadable too: only the level above");
      }
      if (officers.isEmpty()) {
        return alerts.dutyGap(id, escalations).mapEmpty();
      }
      Future<Void> chain = Future.succeededFuture();
      for (PgDutyRoster.Officer o : officers) {
        String mark = o.login() + "#" + escalations;
        String text = "【生态环境信访】有紧急信访待处理，请登录查看（警报编号" + id + "）。";
        chain = chain.compose(v -> alerts.claimTelling(id, mark).compose(raised -> raised.isEmpty()
            ? Future.<Void>succeededFuture() : send(id, o, text, mark)));
      }
      return chain;
    });
  }

  private Future<Void> send(long id, PgDutyRoster.Officer o, String text, String mark) {
    Future<Void> all = Future.succeededFuture();
    for (DutyMessenger m : messengers) {
      all = all.compose(x -> m.send(o, text, "alert-" + id + "-" + mark).<Void>mapEmpty().recover(err -> {
        LOG.warn("alert {}: telling duty officer {} failed: {}", id, o.login(), err.getMessage());
        return Future.succeededFuture();
      }));
    }
    return all;
  }

  /** The officers who would see the alert in their console (the one rule), in the roster's order. */
  private Future<List<PgDutyRoster.Officer>> entitled(long id, List<PgDutyRoster.Officer> officers) {
    List<PgDutyRoster.Officer> out = new java.util.ArrayList<>();
    Future<Void> chain = Future.succeededFuture();
    for (PgDutyRoster.Officer o : officers) {
      chain = chain.compose(v -> staff.apply(o.login()).compose(p -> p.isEmpty() ? Future.succeededFuture(false)
          : alerts.seenBy(id, p.get().departmentCode(), p.get().actor())).map(seen -> {
            if (seen && out.stream().noneMatch(x -> x.equals(o))) {
              out.add(o);
            }
            return null;
          }));
    }
    return chain.map(v -> out);
  }

  private Future<Void> tell(long id, String kind, int escalations, List<PgDutyRoster.Officer> officers,
      boolean offShift) {
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
            + HHMM.format(at) + (escalations > 0 ? "，第" + escalations + "次提醒" : "") + "）尚未确认，"
            + (offShift ? "当前无可处理的值班人员，" : "") + "请立即登录工作台处理。";
        return send(id, o, text, mark);
      }));
    }
    return chain;
  }
}
