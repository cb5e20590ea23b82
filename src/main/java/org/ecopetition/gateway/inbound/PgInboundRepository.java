package org.ecopetition.gateway.inbound;

import io.vertx.core.Future;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.Tuple;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The messaging channels' shared state in PostgreSQL: callbacks taken, pulled feeds' cursors, API tokens
 * and the outbox ledger. Every time is the gateway's clock, passed in.
 */
public final class PgInboundRepository implements Deduplication, SyncCursors, TokenStore, OutboxLedger {
  private static final String CLAIM_CALLBACK = """
      INSERT INTO inbound_seen (channel, key, claimed_at) VALUES ($1, $2, $3)
      ON CONFLICT (channel, key) DO UPDATE SET claimed_at = EXCLUDED.claimed_at
        WHERE inbound_seen.claimed_at < $4
      RETURNING claimed_at""";
  private static final String LEASE_FEED = """
      INSERT INTO sync_cursors (name, cursor, lease_owner, lease_until) VALUES ($1, '', $2, $3)
      ON CONFLICT (name) DO UPDATE SET lease_owner = $2, lease_until = $3
        WHERE sync_cursors.lease_until IS NULL OR sync_cursors.lease_until < $4 OR sync_cursors.lease_owner = $2
      RETURNING cursor""";
  private static final String ADVANCE_FEED = """
      UPDATE sync_cursors SET cursor = $3, lease_until = $4 WHERE name = $1 AND lease_owner = $2""";
  private static final String RELEASE_FEED = """
      UPDATE sync_cursors SET lease_owner = NULL, lease_until = NULL WHERE name = $1 AND lease_owner = $2""";
  private static final String READ_TOKEN = "SELECT token, expires_at FROM access_tokens WHERE name = $1 AND token IS NOT NULL";
  private static final String LEASE_TOKEN = """
      INSERT INTO access_tokens (name, lease_owner, lease_until) VALUES ($1, $2, $3)
      ON CONFLICT (name) DO UPDATE SET lease_owner = $2, lease_until = $3
        WHERE access_tokens.lease_until IS NULL OR access_tokens.lease_until < $4
      RETURNING name""";
  private static final String STORE_TOKEN = """
      UPDATE access_tokens SET token = $3, expires_at = $4, lease_owner = NULL, lease_until = NULL
      WHERE name = $1 AND lease_owner = $2""";
  private static final String INVALIDATE_TOKEN =
      "UPDATE access_tokens SET token = NULL, expires_at = NULL WHERE name = $1 AND token = $2";
  private static final String CLAIM_OUTBOX = """
      INSERT INTO channel_outbox AS o (conversation_id, channel, lease_owner, lease_until, window_from, sent_in_window)
      VALUES ($1, $2, $3, $5, CASE WHEN $6 THEN $4 END, 0)
      ON CONFLICT (conversation_id) DO UPDATE SET
        window_from = CASE WHEN $6 THEN $4 ELSE o.window_from END,
        sent_in_window = CASE WHEN $6 THEN 0 ELSE o.sent_in_window END,
        lease_owner = CASE WHEN o.lease_until IS NULL OR o.lease_until < $4 THEN $3 ELSE o.lease_owner END,
        lease_until = CASE WHEN o.lease_until IS NULL OR o.lease_until < $4 THEN $5 ELSE o.lease_until END
      RETURNING lease_owner = $3 AS won, channel, delivered_through, window_from, sent_in_window, parts_sent,
        parts_of""";
  // The callback's claim and the outbox's in one statement: the outbox row is claimed only when the callback's
  // claim was won (the CTE returned its row), so a retry claims nothing. The CTE and the INSERT share one snapshot.
  private static final String CLAIM_MESSAGE = """
      WITH seen AS (
        INSERT INTO inbound_seen (channel, key, claimed_at) VALUES ($1, $2, $3)
        ON CONFLICT (channel, key) DO UPDATE SET claimed_at = EXCLUDED.claimed_at
          WHERE inbound_seen.claimed_at < $4
        RETURNING 1)
      INSERT INTO channel_outbox AS o (conversation_id, channel, lease_owner, lease_until, window_from, sent_in_window)
      SELECT $5::uuid, $1, $6::text, $7::timestamptz, $3, 0 FROM seen
      ON CONFLICT (conversation_id) DO UPDATE SET
        window_from = $3,
        sent_in_window = 0,
        lease_owner = CASE WHEN o.lease_until IS NULL OR o.lease_until < $3 THEN $6 ELSE o.lease_owner END,
        lease_until = CASE WHEN o.lease_until IS NULL OR o.lease_until < $3 THEN $7 ELSE o.lease_until END
      RETURNING lease_owner = $6 AS won, channel, delivered_through, window_from, sent_in_window, parts_sent,
        parts_of""";
  // Only when something waits: a wake that comes after the delivery it was for takes no lease, so the follower's next
  // message is not kept from its passive reply by a delivery with nothing to deliver.
  private static final String CLAIM_EXISTING = """
      UPDATE channel_outbox o SET lease_owner = $2, lease_until = $4
      WHERE o.conversation_id = $1 AND (o.lease_until IS NULL OR o.lease_until < $3)
        AND EXISTS (SELECT 1 FROM channel_pending p WHERE p.conversation_id = $1)
      RETURNING true AS won, channel, delivered_through, window_from, sent_in_window, parts_sent, parts_of""";
  // What went is no longer pending, in the statement that checks the lease: a delivery that lost it marks nothing.
  // No lock but the outbox row's and the pending rows' own: a message's writer holds none of them (its pending row is
  // invisible until it commits, and then waits for the next delivery), so no order of locks arises with any writer.
  private static final String ADVANCE_OUTBOX = """
      WITH o AS (
        UPDATE channel_outbox SET delivered_through = greatest(delivered_through, $3), sent_in_window = sent_in_window + $4,
          parts_sent = $5, parts_of = $6
        WHERE conversation_id = $1 AND lease_owner = $2 RETURNING conversation_id)
      DELETE FROM channel_pending p USING o WHERE p.conversation_id = o.conversation_id AND p.message_id = ANY($7)""";
  private static final String RELEASE_OUTBOX = """
      UPDATE channel_outbox SET lease_owner = NULL, lease_until = NULL WHERE conversation_id = $1 AND lease_owner = $2""";
  private static final String RELEASE_AT = """
      WITH o AS (
        UPDATE channel_outbox SET delivered_through = greatest(delivered_through, $3), lease_owner = NULL,
          lease_until = NULL, parts_sent = CASE WHEN parts_of = ANY($4) THEN 0 ELSE parts_sent END,
          parts_of = CASE WHEN parts_of = ANY($4) THEN 0 ELSE parts_of END
        WHERE conversation_id = $1 AND lease_owner = $2 RETURNING conversation_id)
      DELETE FROM channel_pending p USING o WHERE p.conversation_id = o.conversation_id AND p.message_id = ANY($4)""";
  private static final String MORE = "SELECT EXISTS (SELECT 1 FROM channel_pending WHERE conversation_id = $1)";
  private static final String UNDELIVERED = """
      SELECT o.conversation_id FROM channel_outbox o
      WHERE o.window_from > $1 AND (o.lease_until IS NULL OR o.lease_until < $3)
        AND EXISTS (SELECT 1 FROM channel_pending p WHERE p.conversation_id = o.conversation_id)
      LIMIT $2""";
  private static final String CHANNEL_OF = "SELECT channel FROM channel_outbox WHERE conversation_id = $1";

  private final Pool pool;

  public PgInboundRepository(Pool pool) {
    this.pool = pool;
  }

  private static OffsetDateTime at(Instant i) {
    return i.atOffset(ZoneOffset.UTC);
  }

  @Override
  public Future<Boolean> claim(String channel, String key, Instant now, Duration retakeAfter) {
    return pool.preparedQuery(CLAIM_CALLBACK).execute(Tuple.of(channel, key, at(now), at(now.minus(retakeAfter))))
        .map(rows -> rows.size() == 1);
  }

  @Override
  public Future<Optional<String>> leaseFeed(String feed, String owner, Instant now, Duration lease) {
    return pool.preparedQuery(LEASE_FEED).execute(Tuple.of(feed, owner, at(now.plus(lease)), at(now)))
        .map(rows -> rows.size() == 0 ? Optional.empty()
            : Optional.of(String.valueOf(rows.iterator().next().getValue("cursor") == null ? ""
                : rows.iterator().next().getString("cursor"))));
  }

  @Override
  public Future<Void> advanceFeed(String feed, String owner, String cursor, Instant now, Duration lease) {
    return pool.preparedQuery(ADVANCE_FEED).execute(Tuple.of(feed, owner, cursor, at(now.plus(lease)))).mapEmpty();
  }

  @Override
  public Future<Void> releaseFeed(String feed, String owner) {
    return pool.preparedQuery(RELEASE_FEED).execute(Tuple.of(feed, owner)).mapEmpty();
  }

  @Override
  public Future<Optional<Stored>> read(String name) {
    return pool.preparedQuery(READ_TOKEN).execute(Tuple.of(name)).map(rows -> {
      if (rows.size() == 0) {
        return Optional.empty();
      }
      Row r = rows.iterator().next();
      return Optional.of(new Stored(r.getString("token"), r.getOffsetDateTime("expires_at").toInstant()));
    });
  }

  @Override
  public Future<Boolean> leaseRefresh(String name, String owner, Instant now, Duration lease) {
    return pool.preparedQuery(LEASE_TOKEN).execute(Tuple.of(name, owner, at(now.plus(lease)), at(now)))
        .map(rows -> rows.size() == 1);
  }

  @Override
  public Future<Void> store(String name, String owner, String token, Instant expiresAt) {
    return pool.preparedQuery(STORE_TOKEN).execute(Tuple.of(name, owner, token, at(expiresAt))).mapEmpty();
  }

  @Override
  public Future<Void> invalidate(String name, String token) {
    return pool.preparedQuery(INVALIDATE_TOKEN).execute(Tuple.of(name, token)).mapEmpty();
  }

  @Override
  public Future<Claim> claim(UUID conversation, String channel, String owner, Instant now, Duration lease,
      boolean citizenWrote) {
    return pool.preparedQuery(CLAIM_OUTBOX)
        .execute(Tuple.of(conversation, channel, owner, at(now), at(now.plus(lease)), citizenWrote))
        .map(rows -> claimOf(rows.iterator().next()));
  }

  @Override
  public Future<Optional<Claim>> claimMessage(String channel, String key, Instant now, Duration retakeAfter,
      UUID conversation, String owner, Duration lease) {
    return pool.preparedQuery(CLAIM_MESSAGE).execute(Tuple.of(channel, key, at(now), at(now.minus(retakeAfter)),
            conversation, owner, at(now.plus(lease))))
        .map(rows -> rows.size() == 0 ? Optional.empty() : Optional.of(claimOf(rows.iterator().next())));
  }

  @Override
  public Future<Optional<Claim>> claimExisting(UUID conversation, String owner, Instant now, Duration lease) {
    return pool.preparedQuery(CLAIM_EXISTING).execute(Tuple.of(conversation, owner, at(now), at(now.plus(lease))))
        .map(rows -> rows.size() == 0 ? Optional.empty() : Optional.of(claimOf(rows.iterator().next())));
  }

  /** An outbox claim as the claiming statements return it (also the channel identities' first-contact statement's). */
  public static Claim claimOf(Row r) {
    OffsetDateTime from = r.getOffsetDateTime("window_from");
    return new Claim(Boolean.TRUE.equals(r.getBoolean("won")), r.getString("channel"), r.getLong("delivered_through"),
        from == null ? null : from.toInstant(), r.getInteger("sent_in_window"), r.getInteger("parts_sent"),
        r.getLong("parts_of"));
  }

  @Override
  public Future<Void> advance(UUID conversation, String owner, List<Long> done, int sent, int partsSent, long partsOf) {
    return pool.preparedQuery(ADVANCE_OUTBOX).execute(Tuple.from(new Object[] {conversation, owner, highest(done), sent,
        partsSent, partsOf, done.toArray(new Long[0])})).mapEmpty();
  }

  private static long highest(List<Long> ids) {
    return ids.stream().mapToLong(Long::longValue).max().orElse(0);
  }

  @Override
  public Future<Void> release(UUID conversation, String owner) {
    return pool.preparedQuery(RELEASE_OUTBOX).execute(Tuple.of(conversation, owner)).mapEmpty();
  }

  @Override
  public Future<Boolean> release(UUID conversation, String owner, List<Long> done) {
    // Two statements pipelined on one connection (one round trip), each committed alone and in order: the check's
    // snapshot is taken after the lease was let go, so a message committed before it is seen here, and a writer whose
    // wake came before the release committed had committed its message before the check.
    return pool.withConnection(conn -> {
      Future<?> released = conn.preparedQuery(RELEASE_AT).execute(Tuple.of(conversation, owner, highest(done),
          done.toArray(new Long[0])));
      Future<Boolean> more = conn.preparedQuery(MORE).execute(Tuple.of(conversation))
          .map(rows -> Boolean.TRUE.equals(rows.iterator().next().getBoolean(0)));
      return Future.all(released, more).map(v -> more.result());
    });
  }

  @Override
  public Future<List<UUID>> undelivered(Instant now, Duration recent, int limit) {
    return pool.preparedQuery(UNDELIVERED).execute(Tuple.of(at(now.minus(recent)), limit, at(now)))
        .map(rows -> {
          List<UUID> out = new ArrayList<>();
          rows.forEach(r -> out.add(r.getUUID(0)));
          return out;
        });
  }

  @Override
  public Future<Optional<String>> channelOf(UUID conversation) {
    return pool.preparedQuery(CHANNEL_OF).execute(Tuple.of(conversation))
        .map(rows -> rows.size() == 0 ? Optional.empty() : Optional.of(rows.iterator().next().getString(0)));
  }
}
