package org.ecopetition.gateway.conversation;

import io.vertx.core.Future;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.json.JsonObject;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.Tuple;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.ecopetition.gateway.security.AtRest;
import org.ecopetition.gateway.security.DataKeys;

/**
 * Conversations' states, messages' texts and messaging senders sealed under the current data key (issue 11 §6,
 * correction 7): those stored readable before V23 (senders: under the query-code key before V24), or under a key
 * since rotated; a sender's lookup hash is made again with the seal. At every start and by {@code keys rotate}; in batches
 * of 500, each its own transaction. A row a turn changed meanwhile is left to the turn (the update names what it
 * read), which sealed it under the current key anyway.
 */
public final class PgConversationsAtRest {
  private static final String STATES = """
      SELECT id, state FROM conversations
      WHERE id > $2 AND NOT (state ? 'sealed' AND state ->> 'sealed' ~ ('^k' || $1 || ':'))
      ORDER BY id LIMIT 500""";
  private static final String RESEAL_STATE = "UPDATE conversations SET state = $2 WHERE id = $1 AND state = $3";
  private static final String MESSAGES = """
      SELECT id, body FROM messages
      WHERE id > $2 AND body ->> 'text' <> '' AND body ->> 'text' !~ ('^k' || $1 || ':')
      ORDER BY id LIMIT 500""";
  private static final String RESEAL_MESSAGE = "UPDATE messages SET body = $2 WHERE id = $1 AND body = $3";
  /** Senders sealed before V24 (under the query-code key) or under an older data key; by their hash, in order. */
  private static final String SENDERS = """
      SELECT key_hash, channel, address, sealed_address FROM channel_identities
      WHERE key_hash > $2 AND (sealed_address IS NULL OR sealed_address !~ ('^k' || $1 || ':'))
      ORDER BY key_hash LIMIT 500""";
  private static final String RESEAL_SENDER = """
      UPDATE channel_identities SET key_hash = $2, sealed_address = $3, address = NULL WHERE key_hash = $1""";
  private static final int BATCH = 500;

  private PgConversationsAtRest() {}

  /**
   * Seals every stale state, message text and channel sender (hashed again too); how many rows changed (states,
   * messages, senders). {@code queryCodeKey}: opens the senders sealed before V24.
   */
  public static Future<int[]> sealAll(Pool pool, DataKeys keys, byte[] queryCodeKey) {
    AtRest atRest = new AtRest(keys);
    String version = String.valueOf(keys.currentVersion());
    return batches(pool, STATES, RESEAL_STATE, version, java.util.UUID.fromString("00000000-0000-0000-0000-000000000000"),
        r -> r.getUUID("id"), r -> {
          JsonObject stored = r.getJsonObject("state");
          return atRest.sealState(atRest.openState(stored));
        }, "state")
        .compose(states -> batches(pool, MESSAGES, RESEAL_MESSAGE, version, 0L, r -> r.getLong("id"),
            r -> atRest.sealBody(atRest.openBody(r.getJsonObject("body"))), "body")
            .compose(messages -> senders(pool, keys, new AddressSeal(queryCodeKey), version, new byte[0])
                .map(senders -> new int[] {states, messages, senders})));
  }

  private static Future<Integer> senders(Pool pool, DataKeys keys, AddressSeal legacy, String version, byte[] after) {
    byte[][] last = {after};
    return pool.withTransaction(conn -> conn.preparedQuery(SENDERS).execute(Tuple.of(version, Buffer.buffer(after)))
        .compose(rows -> {
          List<Tuple> batch = new ArrayList<>();
          rows.forEach(r -> {
            last[0] = r.getBuffer("key_hash").getBytes();
            String channel = r.getString("channel");
            String sealed = r.getString("sealed_address");
            String address = sealed != null ? keys.open(AtRest.CHANNEL_ADDRESS, sealed)
                : legacy.open(r.getBuffer("address").getBytes());
            batch.add(Tuple.of(Buffer.buffer(last[0]), Buffer.buffer(keys.channelLookup(channel, address)),
                keys.seal(AtRest.CHANNEL_ADDRESS, address)));
          });
          return batch.isEmpty() ? Future.succeededFuture(0)
              : conn.preparedQuery(RESEAL_SENDER).executeBatch(batch).map(v -> batch.size());
        })).compose(n -> n == BATCH ? senders(pool, keys, legacy, version, last[0]).map(m -> n + m)
            : Future.succeededFuture(n));
  }

  private static <K> Future<Integer> batches(Pool pool, String select, String update, String version, K after,
      Function<Row, K> key, Function<Row, JsonObject> resealed, String column) {
    List<K> last = new ArrayList<>(List.of(after));
    return pool.withTransaction(conn -> conn.preparedQuery(select).execute(Tuple.of(version, after)).compose(rows -> {
      List<Tuple> batch = new ArrayList<>();
      rows.forEach(r -> {
        last.set(0, key.apply(r));
        batch.add(Tuple.of(last.get(0), resealed.apply(r), r.getJsonObject(column)));
      });
      return batch.isEmpty() ? Future.succeededFuture(0)
          : conn.preparedQuery(update).executeBatch(batch).map(v -> batch.size());
    })).compose(n -> n == BATCH
        ? batches(pool, select, update, version, last.get(0), key, resealed, column).map(m -> n + m)
        : Future.succeededFuture(n));
  }
}
