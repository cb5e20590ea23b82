package org.ecopetition.gateway.metrics;

import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.json.JsonObject;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.Tuple;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

/**
 * Figures of the whole deployment read from PostgreSQL every {@code metrics.refreshSeconds} (every instance
 * reports the same values): conversations waiting for staff, alerts of the last day by kind, and the written
 * notices' backlog. A failed read keeps the last values (the outage is reported elsewhere).
 */
public final class PgBacklogGauges {
  private static final String QUEUE =
      "SELECT count(*) FROM conversations WHERE waiting_reason IS NOT NULL AND closed_at IS NULL";
  private static final String ALERTS =
      "SELECT kind AS detail, count(*) AS n FROM alerts WHERE raised_at > $1 GROUP BY kind";

  private final Pool pool;
  private final Clock clock;
  private final PrometheusMetrics metrics;
  private final Supplier<Future<JsonObject>> notices;
  private final AtomicLong queue = new AtomicLong();
  private final Map<String, AtomicLong> alerts = new ConcurrentHashMap<>();
  private final Map<String, AtomicLong> backlog = new ConcurrentHashMap<>();

  private PgBacklogGauges(Pool pool, Clock clock, PrometheusMetrics metrics, Supplier<Future<JsonObject>> notices) {
    this.pool = pool;
    this.clock = clock;
    this.metrics = metrics;
    this.notices = notices;
  }

  /** {@code notices}: the written notices' backlog as readiness shows it. */
  public static void start(Vertx vertx, Pool pool, Clock clock, PrometheusMetrics metrics, int refreshSeconds,
      Supplier<Future<JsonObject>> notices) {
    PgBacklogGauges g = new PgBacklogGauges(pool, clock, metrics, notices);
    metrics.gauge("gateway.staff.queue", "conversations waiting for a person", g.queue::get);
    for (String kind : new String[] {"smsWaitingOver15Minutes", "failed", "waitingForStaff"}) {
      AtomicLong v = new AtomicLong();
      g.backlog.put(kind, v);
      metrics.gauge("gateway.notices.backlog", "written notices: SMS waiting over 15 minutes, failed, letters and "
          + "calls waiting for staff", v::get, "kind", kind);
    }
    g.refresh();
    vertx.setPeriodic(Duration.ofSeconds(Math.max(1, refreshSeconds)).toMillis(), t -> g.refresh());
  }

  private void refresh() {
    pool.query(QUEUE).execute().onSuccess(rows -> queue.set(rows.iterator().next().getLong(0)));
    pool.preparedQuery(ALERTS).execute(Tuple.of(clock.instant().minus(Duration.ofDays(1)).atOffset(ZoneOffset.UTC)))
        .onSuccess(rows -> {
          Set<String> seen = new HashSet<>();
          for (Row r : rows) {
            String alert = r.getString("detail") == null ? "unknown" : r.getString("detail");
            seen.add(alert);
            alerts.computeIfAbsent(alert, a -> {
              AtomicLong v = new AtomicLong();
              metrics.gauge("gateway.alerts.last.day", "alerts raised for the duty staff in the last 24 hours, by kind",
                  v::get, "alert", a);
              return v;
            }).set(r.getLong("n"));
          }
          alerts.forEach((a, v) -> {
            if (!seen.contains(a)) {
              v.set(0);
            }
          });
        });
    notices.get().onSuccess(b -> backlog.forEach((kind, v) -> v.set(b.getLong(kind, 0L))));
  }
}
