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
  private static final String LINK = """
      INSERT INTO channel_identities (key_hash, channel, conversation_id, sealed_address, created_at)
      VALUES ($1, $2, $3, $4, $5) ON CONFLICT (key_hash) DO NOTHING RETURNING conversation_id""";
  private static final String ADDRESS =
      "SELECT channel, address, sealed_address FROM channel_identities WHERE conversation_id = $1";
  private static final String DROP_MESSAGES = "DELETE FROM messages WHERE conversation_id = $1";
  private static final String DROP_CONVERSATION = "DELETE FROM conversations WHERE id = $1";

  private final Pool pool;

  PgChannelIdentityRepository(Pool pool) {
    this.pool = pool;
  }

  Future<Optional<UUID>> find(java.util.List<byte[]> keys) {
    return pool.preparedQuery(FIND).execute(Tuple.of(keys.stream().map(Buffer::buffer).toArray(Buffer[]::new)))
        .map(rows -> rows.size() == 0 ? Optional.empty() : Optional.of(rows.iterator().next().getUUID(0)));
  }

  /** False: another instance linked the identity first. */
  Future<Boolean> link(byte[] key, String channel, UUID conversation, String sealed, Instant now) {
    return pool.preparedQuery(LINK)
        .execute(Tuple.of(Buffer.buffer(key), channel, conversation, sealed, now.atOffset(ZoneOffset.UTC)))
        .map(rows -> rows.size() == 1);
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

  /** A conversation opened in a race another instance won: nothing but its greeting was stored. */
  Future<Void> drop(UUID conversation) {
    return pool.withTransaction(conn -> conn.preparedQuery(DROP_MESSAGES).execute(Tuple.of(conversation))
        .compose(v -> conn.preparedQuery(DROP_CONVERSATION).execute(Tuple.of(conversation))).mapEmpty());
  }

  /** {@code legacy}: sealed before V24 (under the query-code key), else null; {@code sealed}: under the data key. */
  record Sealed(String channel, byte[] legacy, String sealed) {}
}
