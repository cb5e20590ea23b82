package org.ecopetition.gateway.db;

import io.vertx.core.Future;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.Tuple;

/**
 * Deletes what only matters for a while: failure counts whose window has passed, and cross-instance event
 * rows old enough that no listener can still be catching up on them. Cases, messages and case history are
 * never touched.
 */
public final class Housekeeping {
  private static final String EXPIRED_FAILURES =
      "DELETE FROM status_failures WHERE window_start < now() - make_interval(mins => $1)";
  private static final String OLD_EVENTS = "DELETE FROM events WHERE at < now() - interval '1 day'";

  private final Pool pool;
  private final int failureWindowMinutes;

  public Housekeeping(Pool pool, int failureWindowMinutes) {
    this.pool = pool;
    this.failureWindowMinutes = failureWindowMinutes;
  }

  public Future<Void> run() {
    return pool.preparedQuery(EXPIRED_FAILURES).execute(Tuple.of(failureWindowMinutes))
        .compose(v -> pool.query(OLD_EVENTS).execute())
        .mapEmpty();
  }
}
