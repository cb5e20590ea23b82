package org.ecopetition.gateway.db;

import io.vertx.core.Future;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.Tuple;
import java.time.Clock;
import java.time.ZoneOffset;

/**
 * Deletes what only matters for a while: failure counts whose window has passed, cross-instance event rows old
 * enough that no listener can still be catching up on them, failed staff sign-ins a day old, staff sessions 90
 * days after they ended, messaging callbacks' keys a day old, and abandoned conversations: untouched for
 * {@code chat.abandonedAfterDays}, with no case, no alert and no staff involvement (taken over, queued, logged by
 * staff or written to by staff) — deleted with their messages and channel identity, so an unfinished intake's
 * personal data goes with them (correction 6: a conversation with an alert, staff or a case never expires). Cases
 * and case history are never touched.
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

  /**
   * At most 1000 a run, each locked (a turn holding its row is skipped, and waits on nothing); the messages,
   * identity and outbox rows go in the same statement.
   */
  private static final String ABANDONED = """
      WITH gone AS (
        SELECT c.id FROM conversations c
        WHERE c.updated_at < $1::timestamptz - make_interval(days => $2)
          AND c.owner = 'bot' AND c.waiting_reason IS NULL
          AND NOT EXISTS (SELECT 1 FROM cases k WHERE k.conversation_id = c.id)
          AND NOT EXISTS (SELECT 1 FROM alerts a WHERE a.conversation_id = c.id)
          AND NOT EXISTS (SELECT 1 FROM conversation_log l WHERE l.conversation_id = c.id)
          AND NOT EXISTS (SELECT 1 FROM messages m WHERE m.conversation_id = c.id AND m.author <> 'petitioner'
                          AND m.author <> 'bot')
        LIMIT 1000 FOR UPDATE SKIP LOCKED),
      m AS (DELETE FROM messages WHERE conversation_id IN (SELECT id FROM gone)),
      i AS (DELETE FROM channel_identities WHERE conversation_id IN (SELECT id FROM gone)),
      o AS (DELETE FROM channel_outbox WHERE conversation_id IN (SELECT id FROM gone)),
      p AS (DELETE FROM evidence_photos WHERE conversation_id IN (SELECT id FROM gone)),
      cm AS (DELETE FROM channel_media WHERE conversation_id IN (SELECT id FROM gone))
      DELETE FROM conversations WHERE id IN (SELECT id FROM gone)""";

  private final Pool pool;
  private final int failureWindowMinutes;
  private final int abandonedAfterDays;
  private final Clock clock;

  /**
   * {@code failureWindowMinutes}: how long failure counts matter (at least the hour new conversations are counted
   * in); {@code abandonedAfterDays}: 0 keeps every conversation.
   */
  public Housekeeping(Pool pool, int failureWindowMinutes, int abandonedAfterDays, Clock clock) {
    this.pool = pool;
    this.failureWindowMinutes = Math.max(60, failureWindowMinutes);
    this.abandonedAfterDays = abandonedAfterDays;
    this.clock = clock;
  }

  public Future<Void> run() {
    var at = clock.instant().atOffset(ZoneOffset.UTC);
    return pool.preparedQuery(EXPIRED_FAILURES).execute(Tuple.of(failureWindowMinutes, at))
        .compose(v -> pool.preparedQuery(OLD_EVENTS).execute(Tuple.of(at)))
        .compose(v -> pool.preparedQuery(OLD_SIGN_IN_FAILURES).execute(Tuple.of(at)))
        .compose(v -> pool.preparedQuery(OLD_SESSIONS).execute(Tuple.of(at)))
        .compose(v -> pool.preparedQuery(OLD_CALLBACKS).execute(Tuple.of(at)))
        .compose(v -> abandonedAfterDays == 0 ? Future.succeededFuture()
            : pool.preparedQuery(ABANDONED).execute(Tuple.of(at, abandonedAfterDays)))
        .mapEmpty();
  }
}
