package org.ecopetition.gateway.conversation;

import io.vertx.core.Future;
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
 * Conversations' states and messages' texts sealed under the current data key (issue 11 §6, correction 7): those
 * stored readable before V901, or under a key since rotated. At every start and by {@code keys rotate}; in batches
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
  private static final int BATCH = 500;

  private PgConversationsAtRest() {}

  /** Seals every stale state and message text; how many rows changed (states, messages). */
  public static Future<int[]> sealAll(Pool pool, DataKeys keys) {
    AtRest atRest = new AtRest(keys);
    String version = String.valueOf(keys.currentVersion());
    return batches(pool, STATES, RESEAL_STATE, version, java.util.UUID.fromString("00000000-0000-0000-0000-000000000000"),
        r -> r.getUUID("id"), r -> {
          JsonObject stored = r.getJsonObject("state");
          return atRest.sealState(atRest.openState(stored));
        }, "state")
        .compose(states -> batches(pool, MESSAGES, RESEAL_MESSAGE, version, 0L, r -> r.getLong("id"),
            r -> atRest.sealBody(atRest.openBody(r.getJsonObject("body"))), "body")
            .map(messages -> new int[] {states, messages}));
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
