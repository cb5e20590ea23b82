package org.ecopetition.gateway.conversation;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.vertx.core.Future;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.json.JsonObject;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.SqlClient;
import io.vertx.sqlclient.Tuple;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.ecopetition.gateway.dialog.ConversationState;
import org.ecopetition.gateway.dialog.Reply;
import org.ecopetition.gateway.nlp.Identity;
import org.ecopetition.gateway.security.AtRest;

/** Conversations and their messages in PostgreSQL. */
final class PgConversationRepository {
  /**
   * The conversation's row lock: every writer of a conversation takes it (turns, staff, housekeeping's SKIP LOCKED).
   * A batch of turns takes its conversations' locks in one statement that never waits ({@link #LOAD_BATCH}).
   */
  private static final String LOCK = "SELECT id FROM conversations WHERE id = $1 FOR UPDATE";
  /**
   * The NOTIFYs a batch's committed transaction left for after its COMMIT (V34, V41: the events rows' ids and the
   * turns' payloads, kept session-level on the connection by its triggers and the write), sent and cleared: one
   * statement, a transaction of its own that waits for no WAL flush (it writes nothing before its commit record:
   * NotifyAfterCommitTest counts the WAL writes). Pipelined behind the COMMIT: after a COMMIT that failed, the
   * connection holds nothing to send. V42's function: -1 unless the connection's flag holds this batch's tag (given to
   * {@link #LOAD_BATCH}), so that a flag a failed notify left behind is never taken for this batch's COMMIT.
   */
  static final String NOTIFY_UNTOLD = "SELECT notify_untold($1::text)";
  /** Each batch's tag: unique on a connection (a connection lives in one process), so a stale flag never matches. */
  private static final java.util.concurrent.atomic.AtomicLong TAGS = new java.util.concurrent.atomic.AtomicLong();
  /** The bounded counter of V21 under the key {@code open:<client>}, with no delay: 0, or seconds to wait. */
  private static final String ADMIT = "SELECT status_attempt(ARRAY[$1], ARRAY[$2::int], ARRAY[0], false, $3, 60, 0, 0)";
  private static final String INSERT = """
      INSERT INTO conversations (id, token_hash, channel, lang, state, created_at, updated_at, department_code)
      VALUES ($1, $2, $3, $4, $5, $6, $6, $7)""";
  private static final String BY_TOKEN = "SELECT id, lang FROM conversations WHERE token_hash = $1";
  /** The state only when it is not the one this instance holds for that version ($2; -1: none). */
  private static final String LOAD = """
      SELECT CASE WHEN version = $2 THEN NULL ELSE state END AS state, owner, version, updated_at, waiting_reason,
        waiting_told_at, channel, coalesce(department_code, '') AS department_code
      FROM conversations WHERE id = $1""";
  /**
   * The same, and the message already stored under the turn's clientMsgId ($3; null: none), if any: a turn alone
   * ({@link TurnCommit.Alone}), whose transaction waited for the lock first ({@link #LOCK}), so that the statement's
   * snapshot, taken before its lock, is taken after the wait (a retry is answered with the stored turn). FOR UPDATE
   * NOWAIT, granted at once: the transaction holds it.
   */
  static final String LOAD_TURN = """
      SELECT CASE WHEN version = $2 THEN NULL ELSE state END AS state, owner, version, updated_at, waiting_reason,
        waiting_told_at, channel, coalesce(department_code, '') AS department_code,
        (SELECT m.id FROM messages m WHERE m.conversation_id = $1 AND m.client_msg_id = $3) AS seen
      FROM conversations WHERE id = $1 FOR UPDATE NOWAIT""";
  /**
   * A batch's conversations ($1), each as {@link #LOAD_TURN} reads it ($2: the versions this instance holds, $3: the
   * turns' clientMsgIds, at the same positions), locked in id order by the batch's top transaction in one statement
   * (one statement a batch, not a savepoint, a lock and a read a turn: issue 16, "multirow"). SKIP LOCKED: a batch
   * never waits for a conversation another transaction holds (that one may wait for a row the batch holds, as the day's
   * case-serial row); its row is not returned and its turn is tried alone after the batch. The turns then update their
   * rows in that same transaction: no subtransaction, so no MultiXact. The per-conversation values are looked up by
   * position (a batch holds at most 64). V39's function, planned once per connection (as a statement of its own, its
   * custom plans always looked cheaper, and it was planned at every batch). Read committed: the
   * snapshot is taken before the locks, so a duplicate delivery committed by another instance in between is not seen
   * as {@code seen}; its message then breaks the clientMsgId's unique index (V33), the batch fails, and each of its
   * turns is tried again alone, where the lock is waited for before the read and the duplicate is answered as such.
   * V41's {@code load_batch_untold} is V39's {@code load_batch} that also leaves the batch's NOTIFYs for after its
   * COMMIT ({@link #NOTIFY_UNTOLD}): no {@code set_config} of the batch's own, sent and planned with its BEGIN; V42's
   * takes the batch's tag.
   */
  static final String LOAD_BATCH = "SELECT * FROM load_batch_untold($1::uuid[], $2::bigint[], $3::text[], $4::text)";
  /** A waiting reason set keeps the moment the wait began; cleared, the wait is over. */
  private static final String UPDATE = """
      UPDATE conversations SET state = $2, lang = $3, owner = $5, version = version + 1, updated_at = $6,
             waiting_reason = $7,
             waiting_since = CASE WHEN $7::text IS NULL THEN NULL WHEN waiting_reason IS NULL THEN $6 ELSE waiting_since END,
             waiting_told_at = $8
      WHERE id = $1 AND version = $4""";
  /**
   * Issue 16: where the intake being registered begins — after the conversation's last receipt (the reply that gave
   * the previous case's number and code, V35's index: one entry). A registration's redacted copy needs the spans of
   * its own facts and request, typed in this intake; a lifelong conversation (a WeChat follower's) no longer has all
   * its intakes' typed texts read and opened at each registration. The spans are what the extractor found, kept to
   * spare it: a text before the bound (none the dialog uses today) would only be read again, the copy the same.
   */
  static final String SINCE_RECEIPT = """
      coalesce((SELECT max(r.id) FROM messages r WHERE r.conversation_id = $1 AND r.body ? 'receipt'), 0)""";
  private static final String INSERT_MESSAGE = """
      INSERT INTO messages (conversation_id, channel, direction, author, body, client_msg_id, created_at)
      VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING id, created_at""";
  /**
   * A petitioner's message, and the typed texts stored before it with their identity spans ({@link #TYPED_SPANS}, as
   * this statement's snapshot has them: without the message it inserts): the turn that registers a case needs them
   * for the redacted copy, and reads them in the round trip of its message.
   */
  private static final String INSERT_MESSAGE_WITH_SPANS = """
      WITH m AS (
        INSERT INTO messages (conversation_id, channel, direction, author, body, client_msg_id, created_at)
        VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING id, created_at)
      SELECT m.id, m.created_at, t.typed FROM m, (
        SELECT json_agg(json_build_object('text', body ->> 'text', 'spans', body -> 'spans')) AS typed FROM messages
        WHERE conversation_id = $1 AND direction = 'in' AND body -> 'spans' IS NOT NULL AND id > """ + SINCE_RECEIPT
      + ") t";
  /**
   * What a reader has not seen (Unseen), in one statement, so in one snapshot, whose text comes back as the reader's
   * next horizon: the page after the cursor ($2), and at or below it what the reader's horizon ($4: the snapshot of its
   * last read; NULL: none, nothing below is read) did not show, less the ids the reader sent since ($5). A message id
   * is drawn at insert and shows at commit, so an id below the cursor may commit after the cursor passed it (a notice
   * written without the conversation's lock); its writer was then still running (or not yet numbered) in that
   * snapshot, so pg_visible_in_snapshot says no and it is read now, once. Rows written before V32 (writer NULL) are
   * old. The second part walks the conversation's rows below the cursor (its index, a few dozen rows) and, with no late
   * message, returns none: the read stays one round trip. A reader paging through more late ones than a page names the
   * last one it was given ($6) and the snapshot of that read ($7): at or below $6 what that snapshot did not show (its
   * writers were running then), above it what the horizon did not show; $6 = 0: the horizon alone.
   */
  private static final String UNSEEN = """
      WITH s AS (SELECT pg_current_snapshot()::text AS horizon)
      SELECT s.horizon, m.id, m.direction, m.author, m.body, m.created_at FROM s LEFT JOIN (
        (SELECT id, direction, author, body, created_at FROM messages
         WHERE conversation_id = $1 AND id > $2 ORDER BY id LIMIT $3)
        UNION ALL
        (SELECT id, direction, author, body, created_at FROM messages
        WHERE $4::text IS NOT NULL AND conversation_id = $1 AND id <= $2
          AND NOT pg_visible_in_snapshot(writer, (CASE WHEN id <= $6::bigint THEN $7::text ELSE $4::text END)::pg_snapshot)
          AND id <> ALL($5::bigint[])
        ORDER BY id LIMIT $3)
      ) m ON true ORDER BY m.id""";
  private static final String REPLIES_TO = """
      SELECT id, direction, author, body, created_at FROM messages
      WHERE conversation_id = $1 AND id >= $2
        AND id < coalesce((SELECT min(id) FROM messages WHERE conversation_id = $1 AND id > $2 AND direction = 'in'),
                          9223372036854775807)
      ORDER BY id""";
  /**
   * detail 'watched': staff are waiting on or holding the conversation, so their consoles want the message. Kind
   * 'conversation_turn': written by a petitioner's turn, whose caller delivers its replies itself (the web chat's
   * socket, a messaging channel's outbox), so that no outbox is woken by it; 'conversation_message': anything else
   * (staff, notices), which wakes the outboxes of every instance.
   */
  private static final String EVENT = "INSERT INTO events (kind, conversation_id, at, detail) VALUES ($4, $1, $2, $3)";
  /**
   * A turn's event, with the event's id (its NOTIFY carries it) and the conversation's last message as this
   * transaction sees it (under the lock, after the turn's writes): a socket that has sent that message need not read
   * again when woken by this event. No row (V36: nobody read them): an id of the events' sequence and a NOTIFY, now
   * or, in a batch, after its COMMIT.
   */
  private static final String TURN_EVENT = """
      SELECT turn_event($1, $2) AS id, (SELECT max(m.id) FROM messages m WHERE m.conversation_id = $1) AS last_message,
        NULL::bigint AS pending""";
  /**
   * The same, with the conversation's outgoing messages not yet delivered counted. Two statements, not a parameter
   * choosing: with {@code CASE WHEN $n THEN (SELECT count(*) …)} every execution's custom plan folded the choice away
   * and looked cheaper than the generic plan, so PostgreSQL planned the statement again at each turn (measured:
   * 0.21 ms of planning a turn, BENCHMARKS.md "pgturn2").
   */
  private static final String TURN_EVENT_COUNTING = """
      SELECT turn_event($1, $2) AS id, (SELECT max(m.id) FROM messages m WHERE m.conversation_id = $1) AS last_message,
        (SELECT count(*) FROM channel_pending p WHERE p.conversation_id = $1) AS pending""";
  /**
   * An ordinary turn's writes in one statement (issue 16, BENCHMARKS.md "turnstmts"): its messages in their order
   * (the petitioner's, then the replies: their ids drawn in that order, the sort before the insert's defaults), the
   * conversation's new state under the version read ({@link #UPDATE}), and the turn's event ({@link #TURN_EVENT}).
   * One statement's parts share its snapshot, so the conversation's last message is the greater of what the snapshot
   * holds and what the insert returned; the outbox trigger's rows (V31) are written at the statement's end, so a
   * count of them is a statement of its own ({@link #PENDING_COUNT}). The bodies come as text (JSON) and are cast.
   */
  static final String WRITE_TURN = """
      WITH ins AS (
        INSERT INTO messages (conversation_id, channel, direction, author, body, client_msg_id, created_at)
        SELECT $1, $2, u.direction, u.author, u.body::jsonb, u.client_msg_id, u.created_at
        FROM unnest($3::text[], $4::text[], $5::text[], $6::text[], $7::timestamptz[])
          WITH ORDINALITY AS u(direction, author, body, client_msg_id, created_at, n)
        ORDER BY u.n
        RETURNING id, created_at),
      upd AS (
        UPDATE conversations SET state = $8, lang = $9, owner = $11, version = version + 1, updated_at = $12,
               waiting_reason = $13,
               waiting_since = CASE WHEN $13::text IS NULL THEN NULL WHEN waiting_reason IS NULL THEN $12 ELSE waiting_since END,
               waiting_told_at = $14
        WHERE id = $1 AND version = $10 RETURNING id)
      SELECT turn_event($1, $15) AS id, (SELECT count(*) FROM upd) AS updated,
        (SELECT array_agg(i.id ORDER BY i.id) FROM ins i) AS ids,
        (SELECT array_agg(i.created_at ORDER BY i.id) FROM ins i) AS created,
        greatest((SELECT max(m.id) FROM messages m WHERE m.conversation_id = $1), (SELECT max(i.id) FROM ins i))
          AS last_message""";
  /**
   * The ordinary turns' writes ({@link #WRITE_TURN}'s) of a whole batch in one statement, or of one turn alone (issue
   * 16, "multirow"): every turn's messages, turn after turn and each in its order ($1–$7, one element a message: the
   * ids drawn in that order), each conversation's new state under the version its turn read ($8–$15, one element a
   * turn), and each turn's event ($16: its detail), with, per turn in its order, whether its row was updated, its
   * messages' ids and timestamps and its conversation's last message. A batch holds one turn per conversation, so a
   * turn's messages are its conversation's. The bodies and states come as text (JSON) and are cast. V39's function,
   * planned once per connection (as a statement of its own its custom plans, for the batch's real arrays, always looked
   * cheaper than the generic one, and it was planned at every batch: TurnStatementsTest).
   */
  static final String WRITE_TURNS = "SELECT * FROM write_turns($1::uuid[], $2::text[], $3::text[], $4::text[], "
      + "$5::text[], $6::text[], $7::timestamptz[], $8::uuid[], $9::text[], $10::text[], $11::bigint[], $12::text[], "
      + "$13::timestamptz[], $14::text[], $15::timestamptz[], $16::text[])";
  /** {@link #TURN_EVENT_COUNTING}'s count alone, after the statement that stored the turn's messages. */
  private static final String PENDING_COUNT = "SELECT count(*) FROM channel_pending p WHERE p.conversation_id = $1";
  /** A messaging conversation's outgoing messages not yet delivered (V31: written by the trigger on messages). */
  private static final String PENDING = """
      SELECT m.id, m.direction, m.author, m.body, m.created_at FROM channel_pending p JOIN messages m ON m.id = p.message_id
      WHERE p.conversation_id = $1 ORDER BY p.message_id LIMIT $2""";
  private static final String QUEUE_EVENT = "INSERT INTO events (kind, conversation_id, at, detail) VALUES ('queue', $1, $2, $3)";
  private static final String LINKED_SINCE_CLOSED = """
      SELECT EXISTS (SELECT 1 FROM conversation_log l WHERE l.conversation_id = $1
        AND l.kind IN ('case_registered', 'case_attached')
        AND l.id > coalesce((SELECT max(id) FROM conversation_log WHERE conversation_id = $1 AND kind = 'closed'), 0))""";
  private static final String LOG = """
      INSERT INTO conversation_log (conversation_id, at, actor, kind, text, detail) VALUES ($1, $2, $3, $4, $5, $6)""";

  private static final String TEXTS = """
      SELECT id, direction, body ->> 'text' AS text, body -> 'spans' AS spans FROM messages WHERE conversation_id = $1
      ORDER BY id""";
  /**
   * The typed messages of the intake being registered whose identity spans were kept when they were read
   * ({@link TypedSpans}): those after the conversation's last receipt ({@link #SINCE_RECEIPT}).
   */
  private static final String TYPED_SPANS = """
      SELECT body ->> 'text' AS text, body -> 'spans' AS spans FROM messages
      WHERE conversation_id = $1 AND direction = 'in' AND body -> 'spans' IS NOT NULL AND id > """ + SINCE_RECEIPT;
  /** The spans of a typed text read again as it is stored (its spans were dropped when it was rewritten). */
  private static final String KEEP_SPANS = "UPDATE messages SET body = jsonb_set(body, '{spans}', $2::jsonb) WHERE id = $1";
  /** A text rewritten in place: the spans kept for the text before no longer index it. */
  private static final String REWRITE =
      "UPDATE messages SET body = jsonb_set(body, '{text}', to_jsonb($2::text)) - 'spans' WHERE id = $1";

  private final Pool pool;
  private final Clock clock;
  /** State and message texts are sealed at rest (issue 11 §6): at the parameters and the rows, the SQL as it was. */
  private final AtRest atRest;

  /**
   * Each conversation's state as stored (ID numbers masked, as {@link AtRest#openState} reads it back) with the row's
   * version it was stored under: what this instance last read or committed. A load whose row still has that version
   * takes it instead of opening and parsing the column (the database does not send it). Every write of a state bumps
   * the version, on any instance, so an entry never stands for another state; only committed states are put.
   */
  // Its upkeep runs on the thread that writes (executor): Caffeine's default hands it to the common pool after a
  // write, which woke a thread of that pool at almost every turn (1.5 context switches a turn in bench/chat.sh).
  private final Cache<UUID, Stored> states = Caffeine.newBuilder().maximumSize(20_000).executor(Runnable::run).build();

  /** A state as stored, under its row's version. */
  record Stored(long version, ConversationState state) {}

  PgConversationRepository(Pool pool, Clock clock, AtRest atRest) {
    this.pool = pool;
    this.clock = clock;
    this.atRest = atRest;
  }

  AtRest atRest() {
    return atRest;
  }

  private OffsetDateTime stamp() {
    return clock.instant().atOffset(ZoneOffset.UTC);
  }

  Pool pool() {
    return pool;
  }

  /** Counts a new conversation from {@code client}: 0 when under {@code bound} this hour, else seconds to wait. */
  Future<Integer> admit(String client, int bound) {
    return pool.preparedQuery(ADMIT).execute(Tuple.of("open:" + client, bound, stamp()))
        .map(rows -> rows.iterator().next().getInteger(0));
  }

  /** One turn at a time per conversation, on every instance: held until the transaction ends. */
  Future<Void> lock(SqlClient conn, UUID id) {
    return conn.preparedQuery(LOCK).execute(Tuple.of(id)).mapEmpty();
  }

  /** A batch's transaction, begun and ended by hand (its COMMIT reads what to NOTIFY after it). */
  Future<Void> begin(SqlClient conn) {
    return conn.query("BEGIN").execute().mapEmpty();
  }

  Future<Void> commit(SqlClient conn) {
    return conn.query("COMMIT").execute().mapEmpty();
  }

  /**
   * A batch's COMMIT and, pipelined behind it (one round trip), the NOTIFYs its transaction left for after it
   * ({@link #NOTIFY_UNTOLD}; V34: a transaction that NOTIFYs holds PostgreSQL's cluster-wide notify lock through its
   * commit's WAL flush, so such COMMITs would flush one after another). The batch's load set the mode ({@link
   * #LOAD_BATCH}, V41) and its tag ({@link #newTag}, V42). {@code committed}: the COMMIT's outcome, answered before the NOTIFYs run; {@code told}: theirs
   * (a failure there loses a wake, not a row).
   */
  record Commit(Future<Void> committed, Future<Integer> told) {}

  /** A new batch's tag, for {@link #loadBatch} and {@link #commitThenNotify}. */
  static String newTag() {
    return Long.toString(TAGS.incrementAndGet(), 36);
  }

  Commit commitThenNotify(SqlClient conn, String tag) {
    Future<Void> committed = conn.query("COMMIT").execute().mapEmpty();
    Future<Integer> told = conn.preparedQuery(NOTIFY_UNTOLD).execute(Tuple.of(tag))
        .map(rows -> rows.iterator().next().getInteger(0));
    return new Commit(committed, told);
  }

  Future<Void> rollback(SqlClient conn) {
    return conn.query("ROLLBACK").execute().mapEmpty();
  }

  /** {@code now}: the gateway's clock, the one pauses are measured with (not the database's). */
  Future<Void> insert(SqlClient conn, UUID id, byte[] tokenHash, String channel, ConversationState state,
      java.time.Instant now, String departmentCode) {
    return conn.preparedQuery(INSERT)
        .execute(Tuple.of(id, Buffer.buffer(tokenHash), channel, state.lang(), atRest.sealState(state.toMap()),
            now.atOffset(java.time.ZoneOffset.UTC), departmentCode))
        .mapEmpty();
  }

  Future<Optional<ConversationRef>> byToken(byte[] tokenHash) {
    return pool.preparedQuery(BY_TOKEN).execute(Tuple.of(Buffer.buffer(tokenHash))).map(rows -> rows.size() == 0
        ? Optional.empty()
        : Optional.of(new ConversationRef(rows.iterator().next().getUUID("id"))));
  }

  Future<Loaded> load(SqlClient conn, UUID id) {
    Stored held = states.getIfPresent(id);
    return conn.preparedQuery(LOAD).execute(Tuple.of(id, held == null ? -1L : held.version())).map(rows -> loaded(id,
        held, rows.iterator().next(), false));
  }

  /**
   * A batch's conversations locked and read ({@link #LOAD_BATCH}), by id; {@code clientMsgIds} at the positions of
   * {@code ids}. A conversation another transaction holds is absent.
   */
  Future<Map<UUID, Loaded>> loadBatch(SqlClient conn, List<UUID> ids, List<String> clientMsgIds, String tag) {
    int n = ids.size();
    Stored[] held = new Stored[n];
    Long[] versions = new Long[n];
    Map<UUID, Integer> at = new java.util.HashMap<>(2 * n);
    for (int i = 0; i < n; i++) {
      held[i] = states.getIfPresent(ids.get(i));
      versions[i] = held[i] == null ? -1L : held[i].version();
      at.put(ids.get(i), i);
    }
    return conn.preparedQuery(LOAD_BATCH).execute(Tuple.from(new Object[] {ids.toArray(UUID[]::new), versions,
        clientMsgIds.toArray(String[]::new), tag})).map(rows -> {
          Map<UUID, Loaded> out = new java.util.HashMap<>(2 * n);
          for (Row r : rows) {
            UUID id = r.getUUID("id");
            out.put(id, loaded(id, held[at.get(id)], r, true));
          }
          return out;
        });
  }

  /**
   * A turn's reads: the conversation as {@link #load} reads it, and the id of the message already stored under
   * {@code clientMsgId} (null: none, or no clientMsgId) in {@link Loaded#seen}.
   */
  Future<Loaded> loadTurn(SqlClient conn, UUID id, String clientMsgId) {
    Stored held = states.getIfPresent(id);
    return conn.preparedQuery(LOAD_TURN).execute(Tuple.of(id, held == null ? -1L : held.version(), clientMsgId))
        .map(rows -> loaded(id, held, rows.iterator().next(), true));
  }

  private Loaded loaded(UUID id, Stored held, Row r, boolean withSeen) {
    {
      long version = r.getLong("version");
      ConversationState state;
      if (held != null && held.version() == version) {
        state = held.state();
      } else {
        // A committed row (read committed; no turn of this conversation wrote before it in this transaction).
        state = ConversationState.fromMap(atRest.openState(r.getJsonObject("state")));
        states.put(id, new Stored(version, state));
      }
      OffsetDateTime told = r.getOffsetDateTime("waiting_told_at");
      return new Loaded(state, r.getString("owner"), version,
          r.getOffsetDateTime("updated_at").toInstant(), r.getString("waiting_reason"),
          told == null ? null : told.toInstant(), r.getString("channel"), r.getString("department_code"),
          withSeen ? r.getLong("seen") : null);
    }
  }

  /**
   * The state this instance last read or committed for the conversation, if it holds one: possibly older than the
   * row's (another instance may have written since), so only for what any state of it may answer.
   */
  Optional<ConversationState> held(UUID id) {
    Stored held = states.getIfPresent(id);
    return held == null ? Optional.empty() : Optional.of(held.state());
  }

  /**
   * The state a turn wrote under {@code version}, once its transaction is committed (never before: a rolled-back
   * write's version is written again with another state): held as it reads back, its ID numbers masked.
   */
  void committed(UUID id, long version, Map<String, Object> asStored) {
    ConversationState stored = ConversationState.fromMap(asStored);
    states.asMap().merge(id, new Stored(version, stored), (old, now) -> old.version() > now.version() ? old : now);
  }

  /** A state as {@link #update} stores it: its map with ID numbers masked, made once per turn and not changed after. */
  static Map<String, Object> asStored(ConversationState state) {
    return AtRest.stateAsStored(state.toMap());
  }

  /** The new state and owner; {@code waiting}: why it waits for a person (null: it does not); when last told so. */
  Future<Void> update(SqlClient conn, UUID id, ConversationState state, String owner, long version,
      java.time.Instant now, String waiting, java.time.Instant toldAt) {
    return update(conn, id, asStored(state), state.lang(), owner, version, now, waiting, toldAt);
  }

  /** As above, the state given as stored ({@link #asStored}) with its language. */
  Future<Void> update(SqlClient conn, UUID id, Map<String, Object> asStored, String lang, String owner, long version,
      java.time.Instant now, String waiting, java.time.Instant toldAt) {
    return conn.preparedQuery(UPDATE)
        .execute(Tuple.from(new Object[] {id, atRest.sealStored(asStored), lang, version, owner,
            now.atOffset(java.time.ZoneOffset.UTC), waiting,
            toldAt == null ? null : toldAt.atOffset(java.time.ZoneOffset.UTC)}))
        .compose(rows -> rows.rowCount() == 1 ? Future.<Void>succeededFuture()
            : Future.failedFuture(new IllegalStateException("conversation changed concurrently")));
  }

  Future<StoredMessage> insertMessage(SqlClient conn, UUID id, String channel, String direction, String author,
      String text, List<Reply.Button> buttons, String clientMsgId) {
    return insertMessage(conn, id, channel, direction, author, text, buttons, clientMsgId, null, null);
  }

  /**
   * A petitioner's message; {@code spans}: the identity spans read in it, kept with it ({@link TypedSpans}), or null.
   */
  Future<StoredMessage> insertTyped(SqlClient conn, UUID id, String channel, String text, List<Identity> spans,
      String clientMsgId) {
    NewMessage m = new NewMessage("in", "petitioner", text, List.of(), clientMsgId, null, null, spans);
    return conn.preparedQuery(INSERT_MESSAGE).execute(messageRow(id, channel, m)).map(rows -> stored(m, rows));
  }

  /**
   * What {@link #writeTurn} stored: the messages in their order, and the turn's event as {@link #turnEvent} gives it
   * (its id, the conversation's last message; the third value -1, not counted).
   */
  record TurnWritten(List<StoredMessage> messages, long[] seen) {}

  /**
   * A turn's last writes in one statement ({@link #WRITE_TURN}): {@code messages} (an ordinary turn's own first), the
   * state as {@link #update} stores it, and the turn's event, {@code watched} as in {@link #turnEvent}. Fails as
   * {@link #update} does when the row is not at {@code version}.
   */
  Future<TurnWritten> writeTurn(SqlClient conn, UUID id, String channel, List<NewMessage> messages,
      Map<String, Object> asStored, String lang, String owner, long version, java.time.Instant now, String waiting,
      java.time.Instant toldAt, boolean watched) {
    int n = messages.size();
    String[] direction = new String[n];
    String[] author = new String[n];
    String[] body = new String[n];
    String[] clientMsgId = new String[n];
    OffsetDateTime[] at = new OffsetDateTime[n];
    for (int i = 0; i < n; i++) {
      NewMessage m = messages.get(i);
      direction[i] = m.direction();
      author[i] = m.author();
      body[i] = sealedBody(m).encode();
      clientMsgId[i] = m.clientMsgId();
      at[i] = stamp();
    }
    return conn.preparedQuery(WRITE_TURN).execute(Tuple.from(new Object[] {id, channel, direction, author, body,
            clientMsgId, at, atRest.sealStored(asStored), lang, version, owner, now.atOffset(ZoneOffset.UTC), waiting,
            toldAt == null ? null : toldAt.atOffset(ZoneOffset.UTC), watched ? "watched" : null}))
        .compose(rows -> {
          Row r = rows.iterator().next();
          if (r.getLong("updated") != 1) {
            return Future.failedFuture(new IllegalStateException("conversation changed concurrently"));
          }
          // No messages (a turn's writes with no reply): no ids.
          Long[] ids = n == 0 ? new Long[0] : r.getArrayOfLongs("ids");
          OffsetDateTime[] created = n == 0 ? new OffsetDateTime[0] : r.getArrayOfOffsetDateTimes("created");
          List<StoredMessage> out = new ArrayList<>(n);
          for (int i = 0; i < n; i++) {
            out.add(stored(messages.get(i), ids[i], created[i]));
          }
          Long last = r.getLong("last_message");
          return Future.succeededFuture(new TurnWritten(out, new long[] {r.getLong("id"), last == null ? 0 : last, -1}));
        });
  }

  /**
   * An ordinary turn's last writes as {@link #writeTurn} takes them: {@code messages} (its own first), the state as
   * {@link #update} stores it, {@code at} the gateway's clock then, and {@code watched} as in {@link #turnEvent}.
   */
  record TurnRows(UUID id, String channel, List<NewMessage> messages, Map<String, Object> asStored, String lang,
      String owner, long version, java.time.Instant at, String waiting, java.time.Instant toldAt, boolean watched) {}

  /**
   * The turns' writes in one statement ({@link #WRITE_TURNS}), one turn a conversation: per turn in order, what
   * {@link #writeTurn} gives, or null for a turn whose row was not at its version (nothing of it is to be committed).
   */
  Future<List<TurnWritten>> writeTurns(SqlClient conn, List<TurnRows> turns) {
    int m = 0;
    for (TurnRows t : turns) {
      m += t.messages().size();
    }
    UUID[] conversation = new UUID[m];
    String[] channel = new String[m];
    String[] direction = new String[m];
    String[] author = new String[m];
    String[] body = new String[m];
    String[] clientMsgId = new String[m];
    OffsetDateTime[] at = new OffsetDateTime[m];
    int n = turns.size();
    UUID[] id = new UUID[n];
    String[] state = new String[n];
    String[] lang = new String[n];
    Long[] version = new Long[n];
    String[] owner = new String[n];
    OffsetDateTime[] now = new OffsetDateTime[n];
    String[] waiting = new String[n];
    OffsetDateTime[] toldAt = new OffsetDateTime[n];
    String[] detail = new String[n];
    int k = 0;
    for (int i = 0; i < n; i++) {
      TurnRows t = turns.get(i);
      for (NewMessage msg : t.messages()) {
        conversation[k] = t.id();
        channel[k] = t.channel();
        direction[k] = msg.direction();
        author[k] = msg.author();
        body[k] = sealedBody(msg).encode();
        clientMsgId[k] = msg.clientMsgId();
        at[k] = stamp();
        k++;
      }
      id[i] = t.id();
      state[i] = atRest.sealStored(t.asStored()).encode();
      lang[i] = t.lang();
      version[i] = t.version();
      owner[i] = t.owner();
      now[i] = t.at().atOffset(ZoneOffset.UTC);
      waiting[i] = t.waiting();
      toldAt[i] = t.toldAt() == null ? null : t.toldAt().atOffset(ZoneOffset.UTC);
      detail[i] = t.watched() ? "watched" : null;
    }
    return conn.preparedQuery(WRITE_TURNS).execute(Tuple.from(new Object[] {conversation, channel, direction, author,
            body, clientMsgId, at, id, state, lang, version, owner, now, waiting, toldAt, detail}))
        .map(rows -> {
          List<TurnWritten> out = new ArrayList<>(n);
          int i = 0;
          for (Row r : rows) {
            TurnRows t = turns.get(i++);
            if (!r.getBoolean("updated")) {
              out.add(null);
              continue;
            }
            int c = t.messages().size();
            Long[] ids = c == 0 ? new Long[0] : r.getArrayOfLongs("ids");
            OffsetDateTime[] created = c == 0 ? new OffsetDateTime[0] : r.getArrayOfOffsetDateTimes("created");
            List<StoredMessage> stored = new ArrayList<>(c);
            for (int j = 0; j < c; j++) {
              stored.add(stored(t.messages().get(j), ids[j], created[j]));
            }
            Long last = r.getLong("last_message");
            out.add(new TurnWritten(stored, new long[] {r.getLong("id"), last == null ? 0 : last, -1}));
          }
          return out;
        });
  }

  /** The conversation's outgoing messages not yet delivered, as this transaction sees them now. */
  Future<Long> pendingCount(SqlClient conn, UUID id) {
    return conn.preparedQuery(PENDING_COUNT).execute(Tuple.of(id)).map(rows -> rows.iterator().next().getLong(0));
  }

  /** A typed message as stored, and the conversation's typed texts with their spans ({@link #typedSpans}). */
  record Typed(StoredMessage message, Map<String, List<Identity>> spans) {}

  /**
   * As {@link #insertTyped}, in the same statement reading what {@link #typedSpans} reads after it: the typed texts
   * stored before, and this one (with its {@code spans}, when kept).
   */
  Future<Typed> insertTypedReadingSpans(SqlClient conn, UUID id, String channel, String text, List<Identity> spans,
      String clientMsgId) {
    NewMessage m = new NewMessage("in", "petitioner", text, List.of(), clientMsgId, null, null, spans);
    return conn.preparedQuery(INSERT_MESSAGE_WITH_SPANS).execute(messageRow(id, channel, m)).map(rows -> {
      Map<String, List<Identity>> out = new java.util.HashMap<>();
      io.vertx.core.json.JsonArray typed = rows.iterator().next().getJsonArray("typed");
      for (int i = 0; typed != null && i < typed.size(); i++) {
        JsonObject t = typed.getJsonObject(i);
        out.put(atRest.open(AtRest.MESSAGE, t.getString("text")), TypedSpans.of(t.getJsonArray("spans")));
      }
      if (spans != null) {
        // As read back from the row it was just stored in.
        out.put(text, TypedSpans.of(TypedSpans.json(spans)));
      }
      return new Typed(stored(m, rows), out);
    });
  }

  /**
   * As above; {@code receiptCase}: the case this message's receipt registered (kept with it), or null; {@code kind}:
   * what a page may draw it as ({@link Reply#kind()}), or null.
   */
  Future<StoredMessage> insertMessage(SqlClient conn, UUID id, String channel, String direction, String author,
      String text, List<Reply.Button> buttons, String clientMsgId, String receiptCase, String kind) {
    NewMessage m = new NewMessage(direction, author, text, buttons, clientMsgId, receiptCase, kind);
    return conn.preparedQuery(INSERT_MESSAGE).execute(messageRow(id, channel, m)).map(rows -> stored(m, rows));
  }

  /**
   * A message to insert: {@code receiptCase} and {@code kind} as in {@link #insertMessage}; {@code spans} as in
   * {@link #insertTyped}.
   */
  record NewMessage(String direction, String author, String text, List<Reply.Button> buttons, String clientMsgId,
      String receiptCase, String kind, List<Identity> spans) {
    NewMessage(String direction, String author, String text, List<Reply.Button> buttons, String clientMsgId,
        String receiptCase, String kind) {
      this(direction, author, text, buttons, clientMsgId, receiptCase, kind, null);
    }
  }

  /** Several messages of one conversation, in order, in one round trip (the statement of {@link #insertMessage}). */
  Future<List<StoredMessage>> insertMessages(SqlClient conn, UUID id, String channel, List<NewMessage> messages) {
    if (messages.isEmpty()) {
      return Future.succeededFuture(new ArrayList<>());
    }
    List<Tuple> rows = messages.stream().map(m -> messageRow(id, channel, m)).toList();
    return conn.preparedQuery(INSERT_MESSAGE).executeBatch(rows).map(first -> {
      List<StoredMessage> out = new ArrayList<>();
      io.vertx.sqlclient.RowSet<Row> each = first;
      for (NewMessage m : messages) {
        out.add(stored(m, each));
        each = each.next();
      }
      return out;
    });
  }

  /** The one place a messages row's parameters are built. */
  private Tuple messageRow(UUID id, String channel, NewMessage m) {
    return Tuple.of(id, channel, m.direction(), m.author(), sealedBody(m), m.clientMsgId(), stamp());
  }

  /** A message's body column as stored (its text sealed at rest). */
  JsonObject sealedBody(NewMessage m) {
    JsonObject body = StoredMessage.body(m.text(), m.buttons(), m.receiptCase(), m.kind());
    if (m.spans() != null) {
      body.put("spans", TypedSpans.json(m.spans()));
    }
    return atRest.sealOwnBody(body);
  }

  private static StoredMessage stored(NewMessage m, io.vertx.sqlclient.RowSet<Row> rows) {
    Row r = rows.iterator().next();
    return stored(m, r.getLong("id"), r.getOffsetDateTime("created_at"));
  }

  private static StoredMessage stored(NewMessage m, long id, OffsetDateTime createdAt) {
    return new StoredMessage(id, m.direction(), m.author(), m.text(), m.buttons(), createdAt.toInstant(),
        m.receiptCase() == null ? null : new StoredMessage.Receipt(m.receiptCase(), null), m.kind());
  }

  /** The inbound message with that id and the replies stored after it, up to the next inbound one. */
  Future<List<StoredMessage>> turnOf(SqlClient conn, UUID id, long inboundId) {
    return conn.preparedQuery(REPLIES_TO).execute(Tuple.of(id, inboundId)).map(this::messages);
  }

  Future<Unseen> unseen(UUID id, long cursor, int limit, String horizon, long[] sentSince) {
    return unseen(id, cursor, limit, horizon, sentSince, 0, null);
  }

  /** {@link #unseen}, for a reader that was given late ones up to {@code given} by the read of snapshot {@code then}. */
  Future<Unseen> unseen(UUID id, long cursor, int limit, String horizon, long[] sentSince, long given, String then) {
    Long[] sent = new Long[sentSince.length];
    for (int i = 0; i < sent.length; i++) {
      sent[i] = sentSince[i];
    }
    return pool.preparedQuery(UNSEEN).execute(Tuple.from(new Object[] {id, cursor, limit, horizon, sent, given, then})).map(rows -> {
      List<Row> found = new ArrayList<>();
      String seen = null;
      int newer = 0;
      for (Row r : rows) {
        seen = r.getString("horizon");
        Long mid = r.getLong("id");
        if (mid != null) {
          found.add(r);
          newer += mid > cursor ? 1 : 0;
        }
      }
      return new Unseen(messages(found), newer, found.size() - newer, seen);
    });
  }

  Future<List<StoredMessage>> pending(UUID id, int limit) {
    return pool.preparedQuery(PENDING).execute(Tuple.of(id, limit)).map(this::messages);
  }

  /**
   * Art 42: staff read conversations' personal data (a transcript, the queue's summaries, a prefill): one row of the
   * access log each, naming the conversation and its case if it has one.
   */
  Future<Void> logReads(SqlClient conn, List<UUID> conversations, String actor, String what) {
    return logReads(conn, conversations, actor, what, null);
  }

  /** As above, with the purpose staff gave for the read (null: none). */
  Future<Void> logReads(SqlClient conn, List<UUID> conversations, String actor, String what, String purpose) {
    if (conversations.isEmpty()) {
      return Future.succeededFuture();
    }
    return conn.preparedQuery("""
        INSERT INTO access_log (actor, case_id, conversation_id, what, at, purpose)
        SELECT $1, (SELECT k.id FROM cases k WHERE k.conversation_id = x ORDER BY k.id LIMIT 1), x, $2, $3, $5
        FROM unnest($4::uuid[]) AS x""")
        .execute(Tuple.of(actor, what, stamp(), conversations.toArray(new UUID[0]), purpose)).mapEmpty();
  }

  /**
   * Every stored message's text by its id as stored, still sealed (to mask an identity in place): opened by
   * {@link #open(List)} off the event loop. A long conversation holds hundreds, each an AES-GCM open and its spans'
   * parse: on the event loop inside a batch they held every turn of the batch (turn3's profile: 40 of the loops' 41
   * samples of DataKeys.open).
   */
  Future<List<SealedText>> texts(SqlClient conn, UUID id) {
    return conn.preparedQuery(TEXTS).execute(Tuple.of(id)).map(rows -> {
      List<SealedText> out = new ArrayList<>(rows.size());
      rows.forEach(r -> out.add(new SealedText(r.getLong("id"), "in".equals(r.getString("direction")),
          r.getString("text"), r.getJsonArray("spans"))));
      return out;
    });
  }

  /** A stored message's text as {@link #texts} reads it: sealed, its spans as stored (JSON), or null. */
  record SealedText(long id, boolean typed, String sealed, io.vertx.core.json.JsonArray spans) {}

  /** The texts opened, in their order: blocking work (on the worker pool that masks them). */
  List<Text> open(List<SealedText> sealed) {
    List<Text> out = new ArrayList<>(sealed.size());
    sealed.forEach(t -> out.add(new Text(t.id(), t.typed(), atRest.open(AtRest.MESSAGE, t.sealed()),
        TypedSpans.of(t.spans()))));
    return out;
  }

  /**
   * A stored message's text; {@code typed}: the petitioner's own (not the gateway's or the staff's); {@code spans}:
   * the identity spans kept when it was read ({@link TypedSpans}), or null.
   */
  record Text(long id, boolean typed, String text, List<Identity> spans) {}

  /** The typed texts of a conversation that were read in their turns, each with the identity spans found in it. */
  Future<Map<String, List<Identity>>> typedSpans(SqlClient conn, UUID id) {
    return conn.preparedQuery(TYPED_SPANS).execute(Tuple.of(id)).map(rows -> {
      Map<String, List<Identity>> out = new java.util.HashMap<>();
      rows.forEach(r -> out.put(atRest.open(AtRest.MESSAGE, r.getString("text")),
          TypedSpans.of(r.getJsonArray("spans"))));
      return out;
    });
  }

  /** Typed messages' identity spans kept beside their text as stored ({@link TypedSpans}), by message id. */
  Future<Void> keepSpans(SqlClient conn, Map<Long, List<Identity>> spans) {
    if (spans.isEmpty()) {
      return Future.succeededFuture();
    }
    List<Tuple> batch = new ArrayList<>();
    spans.forEach((k, v) -> batch.add(Tuple.of(k, TypedSpans.json(v))));
    return conn.preparedQuery(KEEP_SPANS).executeBatch(batch).mapEmpty();
  }

  /** Stored messages' texts replaced in place (an identity masked, as a query code is). */
  Future<Void> rewrite(SqlClient conn, Map<Long, String> texts) {
    if (texts.isEmpty()) {
      return Future.succeededFuture();
    }
    List<Tuple> batch = new ArrayList<>();
    texts.forEach((k, v) -> batch.add(Tuple.of(k, atRest.seal(AtRest.MESSAGE, v))));
    return conn.preparedQuery(REWRITE).executeBatch(batch).mapEmpty();
  }

  /**
   * A message in or out: listeners wake the petitioner's sockets, staff consoles when {@code watched}, and the
   * messaging channels' outboxes.
   */
  Future<Void> event(SqlClient conn, UUID id, boolean watched) {
    return event(conn, id, watched, "conversation_message");
  }

  /**
   * A petitioner's turn, as {@link #event} but for the outboxes: the turn's caller delivers what it stored. (On a
   * messaging channel the callback's delivery does, or wakes its own outbox when another delivery holds the lease,
   * whose release then sees the turn's messages; a wake from the NOTIFY found nothing to send, on every instance.)
   * Returns the event's id and the conversation's last message id then ({@link Received#event},
   * {@link Received#lastMessage}).
   */
  Future<long[]> turnEvent(SqlClient conn, UUID id, boolean watched) {
    return turnEvent(conn, id, watched, false);
  }

  /**
   * As above, and with {@code countPending} the conversation's outgoing messages not yet delivered as this transaction
   * sees them after the turn's writes, as the third value (-1: not counted).
   */
  Future<long[]> turnEvent(SqlClient conn, UUID id, boolean watched, boolean countPending) {
    return conn.preparedQuery(countPending ? TURN_EVENT_COUNTING : TURN_EVENT).execute(Tuple.of(id,
            watched ? "watched" : null))
        .map(rows -> {
          Row r = rows.iterator().next();
          Long last = r.getLong("last_message");
          Long pending = r.getLong("pending");
          return new long[] {r.getLong("id"), last == null ? 0 : last, pending == null ? -1 : pending};
        });
  }

  private Future<Void> event(SqlClient conn, UUID id, boolean watched, String kind) {
    return conn.preparedQuery(EVENT).execute(Tuple.of(id, stamp(), watched ? "watched" : null, kind)).mapEmpty();
  }

  /** The queue changed (a conversation joined it, was taken over, handed back or closed). */
  Future<Void> queueEvent(SqlClient conn, UUID id, String what) {
    return conn.preparedQuery(QUEUE_EVENT).execute(Tuple.of(id, stamp(), what)).mapEmpty();
  }

  /**
   * Whether staff registered a case from the conversation, or linked one to it, since it was last closed: the report
   * it holds is then on a case.
   */
  Future<Boolean> linkedSinceClosed(SqlClient conn, UUID id) {
    return conn.preparedQuery(LINKED_SINCE_CLOSED).execute(Tuple.of(id)).map(rows -> rows.iterator().next().getBoolean(0));
  }

  /** Who did what to the conversation, and when (append-only). */
  Future<Void> log(SqlClient conn, UUID id, String actor, String kind, String text, JsonObject detail) {
    return conn.preparedQuery(LOG).execute(Tuple.of(id, stamp(), actor, kind, text, detail)).mapEmpty();
  }

  private List<StoredMessage> messages(Iterable<Row> rows) {
    List<StoredMessage> out = new ArrayList<>();
    for (Row r : rows) {
      JsonObject body = atRest.openBody(r.getJsonObject("body"));
      OffsetDateTime at = r.getOffsetDateTime("created_at");
      out.add(new StoredMessage(r.getLong("id"), r.getString("direction"), r.getString("author"),
          body.getString("text"), StoredMessage.buttons(body), at.toInstant(), StoredMessage.receipt(body),
          body.getString("kind")));
    }
    return out;
  }

  /**
   * A conversation as a turn finds it: state, owner, version, when it last changed, why it waits for a person (null:
   * it does not) and since when the petitioner was last told so, its channel and its department's directory code.
   */
  /** {@code seen}: the message stored before under the turn's clientMsgId ({@link #loadTurn}), or null. */
  record Loaded(ConversationState state, String owner, long version, java.time.Instant updatedAt, String waiting,
      java.time.Instant toldAt, String channel, String departmentCode, Long seen) {

    boolean heldByStaff() {
      return owner.startsWith("staff:");
    }
  }
}
