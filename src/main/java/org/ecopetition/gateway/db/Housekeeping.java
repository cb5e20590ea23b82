package org.ecopetition.gateway.db;

import io.vertx.core.Future;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.Tuple;
import java.time.Clock;
import java.time.ZoneOffset;

/**
 * Deletes what only matters for a while: failure counts whose window has passed, cross-instance event rows old
 * enough that no listener can still be catching up on them, failed staff sign-ins a day old, staff sessions 90
 * days after they ended, and messaging callbacks' keys a day old. Cases, messages and case history are
 * never touched.
 */
public final class Housekeeping {
  private static final String EXPIRED_FAILURES =
      "DELETE FROM status_failures WHERE window_start < $2::timestamptz - make_interval(mins => $1)";
  private static final String OLD_EVENTS = "DELETE FROM events WHERE at < $1::timestamptz - interval '1 day'";
  /** Failed sign-ins stop counting after a day without one, and no lock outlives that. */
  private static final String OLD_SIGN_IN_FAILURES = """
      DELETE FROM staff_login_failures WHERE last_failure_at < $1::timestamptz - interval '1 day'
        AND (locked_until IS NULL OR locked_until < $1::timestamptz)""";
  /** Staff sessions are kept 90 days after they ended or expired, as a record of who was signed in when. */
  private static final String OLD_SESSIONS = """
      DELETE FROM staff_sessions WHERE least(coalesce(ended_at, expires_at), expires_at) < $1::timestamptz - interval '90 days'""";
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
        .compose(v -> pool.preparedQuery(OLD_SIGN_IN_FAILURES).execute(Tuple.of(at)))
        .compose(v -> pool.preparedQuery(OLD_SESSIONS).execute(Tuple.of(at)))
        .compose(v -> pool.preparedQuery(OLD_CALLBACKS).execute(Tuple.of(at)))
        .mapEmpty();
  }
}
