package org.ecopetition.gateway.web;

import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.sqlclient.Pool;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import org.ecopetition.gateway.calendar.WorkCalendar;
import org.ecopetition.gateway.notice.PgNoticeRepository;
import org.ecopetition.gateway.ops.Outage;

/**
 * {@code /health/live}: the process answers. {@code /health/ready}: migrations ran, dialogs loaded, DB
 * reachable; with how far the official calendar reaches and the written notices' backlog, which warn but
 * never make the gateway DOWN.
 */
public final class HealthRouter {
  private final Readiness readiness;
  private final Pool pool;
  private final WorkCalendar calendar;
  private final Clock clock;
  private final PgNoticeRepository notices;
  private final Outage outage;

  private HealthRouter(Readiness readiness, Pool pool, WorkCalendar calendar, Clock clock, PgNoticeRepository notices,
      Outage outage) {
    this.outage = outage;
    this.readiness = readiness;
    this.pool = pool;
    this.notices = notices;
    this.calendar = calendar;
    this.clock = clock;
  }

  /** {@code notices}: whose backlog readiness reports; {@code outage}: told when the database does not answer. */
  public static Router create(Vertx vertx, Readiness readiness, Pool pool, WorkCalendar calendar, Clock clock,
      PgNoticeRepository notices, Outage outage) {
    HealthRouter h = new HealthRouter(readiness, pool, calendar, clock, notices, outage);
    Router r = Router.router(vertx);
    r.get("/live").handler(h::live);
    r.get("/ready").handler(h::ready);
    return r;
  }

  private void live(RoutingContext ctx) {
    ctx.json(new JsonObject().put("status", "UP"));
  }

  /**
   * Deadlines up to 90 days ahead must be computed on the official calendar: when the calendar does not
   * reach that far, the gateway says so here (and estimates by weekends, marked as such) until the next
   * year's holidays are added to calendar/cn-work-calendar.tsv.
   */
  private JsonObject calendarCheck() {
    LocalDate horizon = LocalDate.ofInstant(clock.instant(), ZoneId.of("Asia/Shanghai")).plusDays(90);
    boolean covered = calendar.covers(horizon);
    LocalDate today = LocalDate.ofInstant(clock.instant(), ZoneId.of("Asia/Shanghai"));
    return new JsonObject().put("lastYear", calendar.lastYear()).put("coversNext90Days", covered)
        .put("estimatedFrom", calendar.estimatedFrom(today).toString())
        .put("warning", covered ? null
            : "the official work calendar ends with " + calendar.lastYear() + ": deadlines after it are estimated by weekends only; add the State Council's holidays for " + (calendar.lastYear() + 1) + " (calendar.file)");
  }

  private void ready(RoutingContext ctx) {
    JsonObject parts = new JsonObject();
    readiness.parts().forEach(parts::put);
    parts.put("calendar", calendarCheck());
    if (!readiness.ready()) {
      ctx.response().setStatusCode(503);
      ctx.json(new JsonObject().put("status", "DOWN").put("draining", readiness.draining()).put("parts", parts));
      return;
    }
    pool.query("SELECT 1").execute()
        .compose(rows -> notices.backlog().map(b -> parts.put("database", true).put("notices", b))
            .recover(err -> Future.succeededFuture(parts.put("database", true))))
        .onSuccess(p -> ctx.json(new JsonObject().put("status", "UP").put("parts", p)))
        .onFailure(err -> {
          outage.report(err);
          ctx.response().setStatusCode(503);
          ctx.json(new JsonObject().put("status", "DOWN").put("parts", parts.put("database", false)));
        });
  }
}
