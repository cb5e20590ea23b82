package org.ecopetition.gateway.conversation;

import io.vertx.core.Future;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.Tuple;
import java.util.Map;
import java.util.UUID;
import org.ecopetition.gateway.dialog.ConversationState;
import org.ecopetition.gateway.dialog.DialogEngine;
import org.ecopetition.gateway.security.AtRest;
import org.ecopetition.gateway.text.Catalogue;
import org.ecopetition.gateway.text.Msg;

/** What staff read of conversations: the queue, a conversation's transcript and its log. */
final class PgQueueRepository {
  /**
   * Conversations waiting for a person or held by staff, in a department's scope: the most pressing first (a danger
   * to life, then urgent, then the longest wait), each with its last three messages.
   */
  private static final String QUEUE = """
      SELECT c.id, c.channel, c.lang, c.owner, c.waiting_reason, c.waiting_since, c.updated_at, c.state,
             (SELECT coalesce(json_agg(json_build_object('direction', m.direction, 'author', m.author,
                       'text', m.body ->> 'text', 'at', m.created_at) ORDER BY m.id), '[]'::json)
                FROM (SELECT * FROM messages WHERE conversation_id = c.id ORDER BY id DESC LIMIT 3) m) AS last
      FROM conversations c
      WHERE (c.waiting_reason IS NOT NULL OR c.owner LIKE 'staff:%%') AND c.closed_at IS NULL
        AND coalesce(c.department_code, '') LIKE $1 || '%%' AND %s
      ORDER BY CASE c.waiting_reason WHEN 'life_safety' THEN 0 WHEN 'urgent' THEN 1 ELSE 2 END,
               coalesce(c.waiting_since, c.updated_at)
      LIMIT $2""";
  private static final String TRANSCRIPT = """
      SELECT id, direction, author, body ->> 'text' AS text, created_at FROM messages
      WHERE conversation_id = $1 ORDER BY id DESC LIMIT 200""";
  private static final String LOG = """
      SELECT at, actor, kind, text FROM conversation_log WHERE conversation_id = $1 AND kind <> 'read' ORDER BY id""";
  private static final String ONE = """
      SELECT id, channel, lang, owner, waiting_reason, waiting_since, updated_at, state, closed_at
      FROM conversations c WHERE id = $1 AND coalesce(department_code, '') LIKE $2 || '%%' AND %s""";

  private static final String IN_SCOPE =
      "SELECT 1 FROM conversations c WHERE id = $1 AND coalesce(department_code, '') LIKE $2 || '%%' AND %s";

  /**
   * A conversation of a case the member of staff ({@code $actor}) is recused from (Art 21), or of an accusation
   * against their unit or one above it ({@code $scope}, Art 23), is none of theirs: as if it did not exist.
   */
  static String notBarred(int scope, int actor) {
    return notBarred("$" + scope, "$" + actor);
  }

  private static String notBarred(String scope, String actor) {
    return "NOT EXISTS (SELECT 1 FROM cases k WHERE k.conversation_id = c.id AND "
        + org.ecopetition.gateway.access.CaseScope.barred("k", scope, actor) + ")";
  }

  /**
   * Which of several members of staff ({@code $2} their departments, {@code $3} their logins, in the same order) have
   * conversation {@code $1} in scope, by the rule of {@link #IN_SCOPE}: the positions (from 1) of those who do.
   */
  private static final String SEEN_BY = """
      SELECT s.i FROM unnest($2::text[], $3::text[]) WITH ORDINALITY AS s(scope, actor, i), conversations c
      WHERE c.id = $1 AND coalesce(c.department_code, '') LIKE s.scope || '%%' AND %s""";

  private final Pool pool;
  private final AtRest atRest;
  private final Catalogue words;

  /** {@code atRest}: opens the sealed state and message texts (issue 11 §6); {@code words}: the queue's own words. */
  PgQueueRepository(Pool pool, AtRest atRest, Catalogue words) {
    this.pool = pool;
    this.atRest = atRest;
    this.words = words;
  }

  Future<Boolean> inScope(UUID id, String scope, String actor) {
    return pool.preparedQuery(IN_SCOPE.formatted(notBarred(2, 3))).execute(Tuple.of(id, scope, actor))
        .map(rows -> rows.size() > 0);
  }

  /** The members of staff (department code, actor) who have the conversation in scope: their positions from 0. */
  Future<java.util.Set<Integer>> seenBy(UUID id, java.util.List<String> scopes, java.util.List<String> actors) {
    return pool.preparedQuery(SEEN_BY.formatted(notBarred("s.scope", "s.actor")))
        .execute(Tuple.of(id, scopes.toArray(new String[0]), actors.toArray(new String[0]))).map(rows -> {
          java.util.Set<Integer> out = new java.util.HashSet<>();
          rows.forEach(r -> out.add(r.getLong(0).intValue() - 1));
          return out;
        });
  }

  Future<JsonArray> queue(String scope, String actor, int limit) {
    return pool.preparedQuery(QUEUE.formatted(notBarred(1, 3))).execute(Tuple.of(scope, limit, actor)).map(rows -> {
      JsonArray a = new JsonArray();
      for (Row r : rows) {
        Object last = r.getValue("last");
        JsonArray texts = last instanceof JsonArray j ? j : new JsonArray(String.valueOf(last));
        texts.forEach(m -> ((JsonObject) m).put("text", atRest.open(AtRest.MESSAGE, ((JsonObject) m).getString("text"))));
        a.add(summary(r).put("last", texts));
      }
      return a;
    });
  }

  /** A conversation in the scope, with its transcript (oldest first) and log; empty outside the scope. */
  Future<java.util.Optional<JsonObject>> view(UUID id, String scope, String actor) {
    return pool.preparedQuery(ONE.formatted(notBarred(2, 3))).execute(Tuple.of(id, scope, actor)).compose(rows -> {
      if (rows.size() == 0) {
        return Future.succeededFuture(java.util.Optional.<JsonObject>empty());
      }
      JsonObject c = summary(rows.iterator().next());
      return pool.preparedQuery(TRANSCRIPT).execute(Tuple.of(id)).compose(msgs -> {
        JsonArray t = new JsonArray();
        msgs.forEach(m -> t.add(0, new JsonObject().put("id", m.getLong("id")).put("direction", m.getString("direction"))
            .put("author", m.getString("author")).put("text", atRest.open(AtRest.MESSAGE, m.getString("text")))
            .put("at", m.getOffsetDateTime("created_at").toInstant().toString())));
        return pool.preparedQuery(LOG).execute(Tuple.of(id)).map(log -> {
          JsonArray l = new JsonArray();
          log.forEach(e -> l.add(new JsonObject().put("at", e.getOffsetDateTime("at").toInstant().toString())
              .put("actor", e.getString("actor")).put("kind", e.getString("kind")).put("text", e.getString("text"))));
          return java.util.Optional.of(c.put("messages", t).put("log", l));
        });
      });
    });
  }

  /** The conversation as the queue shows it; what the petitioner said so far, as the dialog holds it. */
  private JsonObject summary(Row r) {
    ConversationState s = ConversationState.fromMap(atRest.openState(r.getJsonObject("state")));
    JsonObject slots = new JsonObject();
    if (s.current() != null) {
      for (Map.Entry<String, String> e : s.current().slots().entrySet()) {
        if (!e.getKey().startsWith("_")) {
          // "I don't know" is kept as a mark, not words: the queue shows it as the petitioner's language says it.
          slots.put(e.getKey(), DialogEngine.unknown(e.getValue())
              ? words.text(Msg.CHAT_ITEM_UNKNOWN, s.lang()) : e.getValue());
        }
      }
    }
    return new JsonObject().put("id", r.getUUID("id").toString()).put("channel", r.getString("channel"))
        .put("lang", r.getString("lang")).put("owner", r.getString("owner"))
        .put("reason", r.getString("waiting_reason"))
        .put("waitingSince", r.getOffsetDateTime("waiting_since") == null ? null
            : r.getOffsetDateTime("waiting_since").toInstant().toString())
        .put("updatedAt", r.getOffsetDateTime("updated_at").toInstant().toString())
        .put("dialog", s.current() == null ? null : s.current().dialog())
        .put("step", s.current() == null ? null : s.current().step())
        .put("urgent", s.flagged("urgent"))
        .put("slots", slots);
  }
}
