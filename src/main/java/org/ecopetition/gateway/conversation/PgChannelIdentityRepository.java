package org.ecopetition.gateway.conversation;

import io.vertx.core.Future;
import io.vertx.core.buffer.Buffer;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.Tuple;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.UUID;

/** Channel identities: keyed hash → conversation, and the sealed address to reply to. */
final class PgChannelIdentityRepository {
  /** By the sender's keyed hash under any configured data key (a rotation may be under way). */
  private static final String FIND =
      "SELECT conversation_id FROM channel_identities WHERE key_hash = ANY($1) ORDER BY created_at LIMIT 1";
  private static final String ADDRESS =
      "SELECT channel, address, sealed_address FROM channel_identities WHERE conversation_id = $1";

  /**
   * A sender's message taken once and its conversation found or opened, in one statement (one commit): the callback's
   * de-duplication claim (as {@code PgInboundRepository}'s); only when it is won, the sender's conversation by any of
   * their keyed hashes, or else the new conversation — its identity link, its row and its greeting — and, when asked
   * ($16), the outbox's lease as {@code PgInboundRepository.CLAIM_MESSAGE} takes it. The link is inserted first and the
   * conversation only from its RETURNING: an instance that lost the race for a new sender (the other's link committed
   * after this statement's snapshot) waits on the key, inserts nothing — no second conversation, no second greeting —
   * and gets a row with no conversation. The foreign keys are checked at the end of the statement, when all are there.
   * No row: the message was taken already (a retry).
   */
  private static final String TAKE = """
      WITH seen AS (
        INSERT INTO inbound_seen (channel, key, claimed_at) VALUES ($1, $2, $3)
        ON CONFLICT (channel, key) DO UPDATE SET claimed_at = EXCLUDED.claimed_at
          WHERE inbound_seen.claimed_at < $4
        RETURNING 1),
      found AS (
        SELECT conversation_id AS id FROM channel_identities WHERE key_hash = ANY($5) ORDER BY created_at LIMIT 1),
      linked AS (
        INSERT INTO channel_identities (key_hash, channel, conversation_id, sealed_address, created_at)
        SELECT $6, $1, $7, $8, $3 FROM seen WHERE NOT EXISTS (SELECT 1 FROM found)
        ON CONFLICT (key_hash) DO NOTHING
        RETURNING conversation_id AS id),
      opened AS (
        INSERT INTO conversations (id, token_hash, channel, lang, state, created_at, updated_at, department_code)
        SELECT id, $9, $1, $10, $11, $3, $3, $12 FROM linked
        RETURNING id),
      greeting AS (
        INSERT INTO messages (conversation_id, channel, direction, author, body, client_msg_id, created_at)
        SELECT o.id, $1, 'out', 'bot', g.body, NULL, $3
        FROM opened o, jsonb_array_elements($13::jsonb) WITH ORDINALITY AS g(body, n) ORDER BY g.n
        RETURNING id),
      conv AS (SELECT id, false AS opened FROM found UNION ALL SELECT id, true FROM opened),
      claimed AS (
        INSERT INTO channel_outbox AS o (conversation_id, channel, lease_owner, lease_until, window_from, sent_in_window)
        SELECT conv.id, $1, $14::text, $15::timestamptz, $3, 0 FROM conv, seen WHERE $16
        ON CONFLICT (conversation_id) DO UPDATE SET
          window_from = $3,
          sent_in_window = 0,
          lease_owner = CASE WHEN o.lease_until IS NULL OR o.lease_until < $3 THEN $14 ELSE o.lease_owner END,
          lease_until = CASE WHEN o.lease_until IS NULL OR o.lease_until < $3 THEN $15 ELSE o.lease_until END
        RETURNING lease_owner = $14 AS won, channel, delivered_through, window_from, sent_in_window, parts_sent, parts_of)
      SELECT conv.id, conv.opened, (SELECT array_agg(id ORDER BY id) FROM greeting) AS greeting, c.*
      FROM seen LEFT JOIN conv ON true LEFT JOIN claimed c ON true""";

  private final Pool pool;

  PgChannelIdentityRepository(Pool pool) {
    this.pool = pool;
  }

  Future<Optional<UUID>> find(java.util.List<byte[]> keys) {
    return pool.preparedQuery(FIND).execute(Tuple.of(keys.stream().map(Buffer::buffer).toArray(Buffer[]::new)))
        .map(rows -> rows.size() == 0 ? Optional.empty() : Optional.of(rows.iterator().next().getUUID(0)));
  }

  /** The channel and sealed address of a conversation opened by a channel identity. */
  Future<Optional<Sealed>> address(UUID conversation) {
    return pool.preparedQuery(ADDRESS).execute(Tuple.of(conversation)).map(rows -> {
      if (rows.size() == 0) {
        return Optional.empty();
      }
      Row r = rows.iterator().next();
      Buffer legacy = r.getBuffer("address");
      return Optional.of(new Sealed(r.getString("channel"), legacy == null ? null : legacy.getBytes(),
          r.getString("sealed_address")));
    });
  }

  /**
   * What a sender's first message on this instance needs stored: {@code lookups} find an existing conversation,
   * {@code key} and {@code sealedAddress} link a new one, {@code opening} is it; {@code owner} (null: no claim) and
   * {@code leaseUntil} the outbox's lease.
   */
  record First(String channel, String messageKey, Instant at, Instant retakeBefore, java.util.List<byte[]> lookups,
      byte[] key, String sealedAddress, ConversationService.Opening opening, String owner, Instant leaseUntil) {}

  /**
   * What {@link #take} came to: {@code conversation} the sender's (null: another instance opened it at the same time,
   * and nothing was claimed but the message); {@code opened}: by this statement, whose greeting's message ids are
   * {@code greeting} (in order; else empty); {@code claim}: the outbox's, or null.
   */
  record Took(UUID conversation, boolean opened, java.util.List<Long> greeting,
      org.ecopetition.gateway.inbound.OutboxLedger.Claim claim) {}

  /** Empty: the message was taken already (a retry); nothing was stored. */
  Future<Optional<Took>> take(First f) {
    ConversationService.Opening o = f.opening();
    return pool.preparedQuery(TAKE).execute(Tuple.from(new Object[] {f.channel(), f.messageKey(), at(f.at()),
            at(f.retakeBefore()), f.lookups().stream().map(Buffer::buffer).toArray(Buffer[]::new), Buffer.buffer(f.key()),
            o.id(), f.sealedAddress(), Buffer.buffer(o.tokenHash()), o.lang(), o.sealedState(), o.departmentCode(),
            o.sealedGreeting(), f.owner() == null ? "" : f.owner(), at(f.leaseUntil() == null ? f.at() : f.leaseUntil()),
            f.owner() != null}))
        .map(rows -> {
          if (rows.size() == 0) {
            return Optional.empty();
          }
          Row r = rows.iterator().next();
          UUID id = r.getUUID("id");
          Long[] greeting = r.getArrayOfLongs("greeting");
          return Optional.of(new Took(id, id != null && Boolean.TRUE.equals(r.getBoolean("opened")),
              greeting == null ? java.util.List.of() : java.util.List.of(greeting), r.getValue("won") == null ? null : org.ecopetition.gateway.inbound.PgInboundRepository.claimOf(r)));
        });
  }

  private static java.time.OffsetDateTime at(Instant i) {
    return i.atOffset(ZoneOffset.UTC);
  }

  /** {@code legacy}: sealed before V24 (under the query-code key), else null; {@code sealed}: under the data key. */
  record Sealed(String channel, byte[] legacy, String sealed) {}
}
