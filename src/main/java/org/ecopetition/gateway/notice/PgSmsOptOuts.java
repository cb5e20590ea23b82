package org.ecopetition.gateway.notice;

import io.vertx.core.Future;
import io.vertx.core.buffer.Buffer;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.SqlClient;
import io.vertx.sqlclient.Tuple;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import org.ecopetition.gateway.security.DataKeys;

/**
 * SMS 退订 (V44): numbers that asked for no more messages the gateway starts itself. Kept by the phone's keyed hash
 * and sealed, never in clear; the latest choice stands (opting back in keeps the row, {@code opted_out} false).
 */
public final class PgSmsOptOuts {
  private static final String SET = """
      INSERT INTO sms_opt_outs (phone_hash, phone, opted_out, changed_at) VALUES ($1, $2, $3, $4)
      ON CONFLICT (phone_hash) DO UPDATE SET phone = $2, opted_out = $3, changed_at = $4""";
  /** Rows of the same number under a key since rotated: the row under the current key replaces them. */
  private static final String STALE = "DELETE FROM sms_opt_outs WHERE phone_hash = ANY($1) AND phone_hash <> $2";
  private static final String SINCE = """
      SELECT changed_at FROM sms_opt_outs WHERE phone_hash = ANY($1) AND opted_out ORDER BY changed_at DESC LIMIT 1""";

  /** Rows sealed under a key since rotated (their hash under it too), a batch at a time. */
  private static final String STALE_KEY = """
      SELECT phone_hash, phone FROM sms_opt_outs WHERE phone !~ ('^k' || $1 || ':') ORDER BY phone_hash LIMIT 500""";
  private static final String REHASH = """
      UPDATE sms_opt_outs SET phone_hash = $2, phone = $3 WHERE phone_hash = $1""";

  /** What opting back in does, in the same transaction: the notices failed meanwhile are due again (the notices' own SQL). */
  interface OnOptIn {
    Future<Void> resume(SqlClient conn, Buffer[] hashes, OffsetDateTime at);
  }

  private final Pool pool;
  private final DataKeys keys;
  private final Clock clock;
  private final OnOptIn onOptIn;

  PgSmsOptOuts(Pool pool, DataKeys keys, Clock clock, OnOptIn onOptIn) {
    this.pool = pool;
    this.keys = keys;
    this.clock = clock;
    this.onOptIn = onOptIn;
  }

  /**
   * Records the number's choice now: {@code optedOut} true for 退订, false for opting back in — which also sends again,
   * by SMS, the notices that failed because the number had opted out (an Art 17 notice is owed, and a 退订 typed by
   * mistake must not lose it).
   */
  public Future<Void> set(String phone, boolean optedOut) {
    byte[] current = keys.phoneLookup(phone);
    Buffer[] all = keys.phoneLookups(phone).stream().map(Buffer::buffer).toArray(Buffer[]::new);
    OffsetDateTime at = clock.instant().atOffset(ZoneOffset.UTC);
    return pool.withTransaction(conn -> conn.preparedQuery(STALE).execute(Tuple.of(all, Buffer.buffer(current)))
        .compose(v -> conn.preparedQuery(SET).execute(Tuple.of(Buffer.buffer(current),
            keys.seal("sms_opt_outs.phone", phone), optedOut, at)))
        .compose(v -> optedOut ? Future.<Void>succeededFuture() : onOptIn.resume(conn, all, at)));
  }

  /**
   * After a key rotation (at start, with the cases' phones): every number opened, hashed and sealed again under the
   * current key, so that it is still found once the old key is retired. How many rows changed.
   */
  public static Future<Integer> sealAll(Pool pool, DataKeys keys) {
    String version = String.valueOf(keys.currentVersion());
    return pool.preparedQuery(STALE_KEY).execute(Tuple.of(version)).compose(rows -> {
      if (rows.size() == 0) {
        return Future.succeededFuture(0);
      }
      java.util.List<Tuple> batch = new java.util.ArrayList<>();
      rows.forEach(r -> {
        String phone = keys.open("sms_opt_outs.phone", r.getString("phone"));
        batch.add(Tuple.of(r.getBuffer("phone_hash"), Buffer.buffer(keys.phoneLookup(phone)),
            keys.seal("sms_opt_outs.phone", phone)));
      });
      int n = rows.size();
      return pool.preparedQuery(REHASH).executeBatch(batch).compose(v -> sealAll(pool, keys)).map(more -> n + more);
    });
  }

  /** Empty: the number takes the gateway's messages; else when it opted out. */
  public Future<Optional<Instant>> optedOutSince(String phone) {
    Buffer[] all = keys.phoneLookups(phone).stream().map(Buffer::buffer).toArray(Buffer[]::new);
    if (all.length == 0) {
      return Future.succeededFuture(Optional.empty());
    }
    return pool.preparedQuery(SINCE).execute(Tuple.of(all)).map(rows -> rows.size() == 0 ? Optional.<Instant>empty()
        : Optional.of(rows.iterator().next().getOffsetDateTime(0).toInstant()));
  }
}
