package org.ecopetition.gateway.db;

import io.vertx.core.Future;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.Tuple;
import java.time.Clock;
import java.time.ZoneOffset;

/**
 * Deletes what only matters for a while: failure counts whose window has passed, and cross-instance event
 * rows old enough that no listener can still be catching up on them, and messaging callbacks' keys a day old. Cases, messages and case history are
 * never touched.
 */
public final class Housekeeping {
  private static final String EXPIRED_FAILURES =
      "DELETE FROM status_failures WHERE window_start < $2::timestamptz - make_interval(mins => $1)";
  private static final String OLD_EVENTS = "DELETE FROM events WHERE at < $1::timestamptz - interval '1 day'";
  /** Messaging platforms retry a callback within seconds; a day later its key guards nothing. */
  private static final String OLD_CALLBACKS = "DELETE FROM inbound_seen WHERE claimed_at < $1::timestamptz - interval '1 day'";

  private final Pool pool;
  private final int failureWindowMinutes;
  private final Clock clock;

  public Housekeeping(Pool pool, int failureWindowMinutes, Clock clock) {
    this.pool = pool;
    this.failureWindowMinutes = failureWindowMinutes;
    this.clock = clock;
  }

  public Future<Void> run() {
    var at = clock.instant().atOffset(ZoneOffset.UTC);
    return pool.preparedQuery(EXPIRED_FAILURES).execute(Tuple.of(failureWindowMinutes, at))
        .compose(v -> pool.preparedQuery(OLD_EVENTS).execute(Tuple.of(at)))
        .compose(v -> pool.preparedQuery(OLD_CALLBACKS).execute(Tuple.of(at)))
        .mapEmpty();
  }
}
