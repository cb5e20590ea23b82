package org.ecopetition.gateway.conversation;

import static org.assertj.core.api.Assertions.assertThat;

import io.vertx.core.Vertx;
import io.vertx.junit5.VertxExtension;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.ecopetition.gateway.Gateway;
import org.ecopetition.gateway.channel.webchat.WebChatFlowTestSupport;
import org.ecopetition.gateway.support.PgWire;
import org.ecopetition.gateway.support.TestGateway;
import org.ecopetition.gateway.support.TestPostgres;
import org.ecopetition.gateway.support.TurnSocket;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * What an ordinary chat turn (the bot answers; no effect, no alert, no change of queue) costs PostgreSQL in statement
 * executions, counted on the wire between the gateway and PostgreSQL ({@link PgWire}: each Execute and each simple
 * Query a client sends, whatever code sent it). Issue 16: with the gateway's CPU, PostgreSQL's per turn is half of
 * the 2 cores, and each execution is parsed, run and answered (BENCHMARKS.md "turnstmts").
 */
@ExtendWith(VertxExtension.class)
class TurnStatementsTest {
  /** An answer to the question the first report leaves: where. */
  private static final String PLACE = "江苏省南京市江宁区秣陵街道";

  private static Map<String, String> env(String db, boolean batched) {
    Map<String, String> env = TestGateway.env(db, TestGateway.newKey());
    env.put("GATEWAY_CHAT_GROUP_COMMIT_ENABLED", String.valueOf(batched));
    // A long window: the turns sent at once share one batch.
    env.put("GATEWAY_CHAT_GROUP_COMMIT_WINDOW_MILLIS", "1000");
    return env;
  }

  /**
   * A batch of ordinary turns is four statements whatever its size: its BEGIN, one load that locks and reads all its
   * conversations, one write of all its turns' messages, states and events, and its COMMIT — no savepoint, no lock,
   * read or write of a turn's own (issue 16, "multirow": 1 + 3n executions before). Then the NOTIFYs it left for
   * after its COMMIT, one statement. In three round trips (turnpg, V41): BEGIN and the load written together, the
   * write, the COMMIT and the NOTIFYs written together — no set_config sent with the BEGIN, no settings read back
   * with the COMMIT, no round trip of the NOTIFYs' own after the COMMIT's answer.
   */
  @Test
  void aBatchOfOrdinaryTurnsIsFourStatementsAndItsNotifiesInThreeRoundTrips(Vertx vertx) throws Exception {
    String db = TestPostgres.freshDatabaseUrl();
    int n = 3;
    try (PgWire wire = new PgWire(PgWire.portOf(db));
        Gateway gw = TestGateway.start(env(PgWire.through(db, wire), true))) {
      List<TurnSocket> sockets = new ArrayList<>();
      try {
        for (int i = 0; i < n; i++) {
          TurnSocket s = TurnSocket.open(vertx, gw.port(), null);
          s.say(WebChatFlowTestSupport.FIRST);
          sockets.add(s);
        }
        // The first turns' NOTIFYs follow their answers: counted from when they are sent.
        int mark = quiet(wire);
        answerAtOnce(sockets, PLACE);
        List<List<PgWire.Sent>> batches = transactions(wire.since(mark), "BEGIN").stream()
            .filter(t -> t.size() > 1 && t.get(1).text().equals(PgConversationRepository.LOAD_BATCH)).toList();
        assertThat(batches).as("the turns' batch, in %s", wire.since(mark)).hasSize(1);
        List<PgWire.Sent> batch = batches.get(0);
        assertThat(batch.stream().filter(s -> s.text().contains("SAVEPOINT")).count())
            .as("no savepoint, in %s", batch).isZero();
        // BEGIN, the batch's load, per turn its writes, COMMIT: each alone, nothing read or set beside them.
        assertThat(batch.get(0).text()).as("the batch's BEGIN").isEqualTo("BEGIN");
        assertThat(batch.get(1).text()).as("the batch's load").isEqualTo(PgConversationRepository.LOAD_BATCH);
        assertThat(batch.stream().filter(s -> s.text().equals(PgConversationRepository.LOAD_TURN)).count())
            .as("no turn's own load").isZero();
        assertThat(batch.get(2).text()).as("the batch's writes").isEqualTo(PgConversationRepository.WRITE_TURNS);
        assertThat(batch.get(3).text()).as("the batch's COMMIT").isEqualTo("COMMIT");
        assertThat(batch).as("the batch's executions").hasSize(4);
        assertThat(batch.stream().filter(s -> s.kind() == 'E').count()).as("prepared executions, %s", batch)
            .isEqualTo(2L);
        // After its COMMIT, the batch's NOTIFYs (V34, V41): one statement, in a transaction of its own.
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        List<PgWire.Sent> after = List.of();
        while (after.isEmpty() && System.nanoTime() < deadline) {
          Thread.sleep(20);
          after = wire.since(mark).stream()
              .filter(s -> s.text().equals(PgConversationRepository.NOTIFY_UNTOLD)).toList();
        }
        assertThat(after).as("the batch's NOTIFYs, in %s", wire.since(mark)).hasSize(1);
        int connection = after.get(0).connection();
        List<PgWire.Sent> all = wire.since(mark).stream().filter(s -> s.connection() == connection).toList();
        assertThat(all.get(all.indexOf(batch.get(batch.size() - 1)) + 1)).as("what follows the COMMIT, in %s", all)
            .isEqualTo(after.get(0));
        assertThat(all.subList(all.indexOf(after.get(0)) + 1, all.size())).as("what follows the NOTIFYs").isEmpty();
        // Round trips: what the gateway wrote without waiting for an answer arrives in one read.
        assertThat(batch.get(1).read()).as("BEGIN and the load written together, %s", all)
            .isEqualTo(batch.get(0).read());
        assertThat(after.get(0).read()).as("the COMMIT and the NOTIFYs written together, %s", all)
            .isEqualTo(batch.get(3).read());
        List<PgWire.Sent> whole = new ArrayList<>(batch);
        whole.add(after.get(0));
        assertThat(whole.stream().map(PgWire.Sent::read).distinct().count()).as("round trips, %s", whole)
            .isEqualTo(3L);
      } finally {
        sockets.forEach(TurnSocket::close);
      }
    }
  }

  /**
   * Alone (group commit off, and a batch's turn tried again after its batch failed), the turn's transaction waits for
   * its conversation's lock before its reads: BEGIN, the lock, the locked read, the writes (the batch's statement, for
   * one turn), COMMIT.
   */
  @Test
  void anOrdinaryTurnAloneIsItsLockAndTwoStatements(Vertx vertx) throws Exception {
    String db = TestPostgres.freshDatabaseUrl();
    try (PgWire wire = new PgWire(PgWire.portOf(db));
        Gateway gw = TestGateway.start(env(PgWire.through(db, wire), false));
        TurnSocket s = TurnSocket.open(vertx, gw.port(), null)) {
      s.say(WebChatFlowTestSupport.FIRST);
      int mark = quiet(wire);
      answerAtOnce(List.of(s), PLACE);
      List<List<PgWire.Sent>> turns = transactions(wire.since(mark), "BEGIN");
      assertThat(turns).as("the turn's transaction, in %s", wire.since(mark)).hasSize(1);
      assertThat(turns.get(0)).as("BEGIN, lock, read, writes, COMMIT").hasSize(5);
      assertThat(turns.get(0).get(3).text()).isEqualTo(PgConversationRepository.WRITE_TURNS);
    }
  }

  /**
   * The turn's two statements (and the batch's load) keep one generic plan per connection after PostgreSQL's five custom ones, and are not
   * planned again at each turn (pgturn2 found a statement of the turn planned at every execution, 0.2 ms a turn).
   * Executed as the gateway's client executes them: prepared once with their parameters' types inferred.
   */
  @Test
  void theTurnsTwoStatementsArePlannedOnce() throws Exception {
    String db = TestPostgres.freshDatabaseUrl();
    try (java.sql.Connection c = TestPostgres.connect(db); java.sql.Statement s = c.createStatement()) {
      c.setAutoCommit(false);
      UUID id = UUID.randomUUID();
      String at = "'2026-03-02T02:00:00Z'";
      s.execute("INSERT INTO conversations (id, token_hash, channel, lang, state, created_at, updated_at) VALUES ('"
          + id + "', decode('01', 'hex'), 'web', 'zh', '{}', " + at + ", " + at + ")");
      UUID[] two = {UUID.randomUUID(), UUID.randomUUID()};
      for (int k = 0; k < 2; k++) {
        s.execute("INSERT INTO conversations (id, token_hash, channel, lang, state, created_at, updated_at) VALUES ('"
            + two[k] + "', decode('0" + (k + 2) + "', 'hex'), 'web', 'zh', '{}', " + at + ", " + at + ")");
      }
      s.execute("PREPARE load_turn AS " + PgConversationRepository.LOAD_TURN);
      s.execute("PREPARE write_turn AS " + PgConversationRepository.WRITE_TURN);
      s.execute("PREPARE load_batch AS " + PgConversationRepository.LOAD_BATCH);
      s.execute("PREPARE write_turns AS " + PgConversationRepository.WRITE_TURNS);
      for (int v = 0; v < 10; v++) {
        try (java.sql.ResultSet rs = s.executeQuery("EXECUTE load_batch(ARRAY['" + UUID.randomUUID() + "', '" + id
            + "']::uuid[], ARRAY[-1, " + v + "]::bigint[], ARRAY[NULL, 'c" + (v - 1) + "']::text[], 'tag')")) {
          assertThat(rs.next()).isTrue();
          assertThat(rs.getObject("id")).isEqualTo(id);
          assertThat(rs.getLong("version")).isEqualTo(v);
          assertThat(rs.getString("state")).as("the version held: no state sent").isNull();
          // The message stored under the clientMsgId by the turn before (none before the first).
          if (v == 0) {
            assertThat(rs.getObject("seen")).isNull();
          } else {
            assertThat(rs.getLong("seen")).isPositive();
          }
          assertThat(rs.next()).isFalse();
        }
        try (java.sql.ResultSet rs = s.executeQuery("EXECUTE load_turn('" + id + "', -1, 'c" + v + "')")) {
          assertThat(rs.next()).isTrue();
          assertThat(rs.getLong("version")).isEqualTo(v);
        }
        try (java.sql.ResultSet rs = s.executeQuery("EXECUTE write_turn('" + id + "', 'web', ARRAY['in', 'out', 'out'], "
            + "ARRAY['petitioner', 'bot', 'bot'], ARRAY['{\"text\": \"a\"}', '{\"text\": \"b\"}', '{\"text\": \"c\"}'], "
            + "ARRAY['c" + v + "', NULL, NULL], ARRAY[" + at + ", " + at + ", " + at + "]::timestamptz[], '{}', 'zh', " + v
            + ", 'bot', " + at + ", NULL, NULL, NULL)")) {
          assertThat(rs.next()).isTrue();
          assertThat(rs.getLong("updated")).isEqualTo(1);
          Long[] ids = (Long[]) rs.getArray("ids").getArray();
          assertThat(ids).hasSize(3);
          assertThat(ids[0]).isLessThan(ids[1]);
          assertThat(ids[1]).isLessThan(ids[2]);
          assertThat(rs.getLong("last_message")).isEqualTo(ids[2]);
        }
        // Two conversations' turns in one statement, in their order: the first's two messages, the second's one.
        try (java.sql.ResultSet rs = s.executeQuery(writeTurns(two, v, v, at))) {
          assertThat(rs.next()).isTrue();
          assertThat(rs.getObject("conversation")).isEqualTo(two[0]);
          assertThat(rs.getBoolean("updated")).isTrue();
          Long[] first = (Long[]) rs.getArray("ids").getArray();
          assertThat(first).hasSize(2);
          assertThat(first[0]).isLessThan(first[1]);
          assertThat(rs.getLong("last_message")).isEqualTo(first[1]);
          assertThat(rs.next()).isTrue();
          assertThat(rs.getObject("conversation")).isEqualTo(two[1]);
          assertThat(rs.getBoolean("updated")).isTrue();
          Long[] second = (Long[]) rs.getArray("ids").getArray();
          assertThat(second).hasSize(1);
          assertThat(second[0]).isGreaterThan(first[1]);
          assertThat(rs.getLong("last_message")).isEqualTo(second[0]);
          assertThat(rs.next()).isFalse();
        }
      }
      // A turn whose row is not at the version it read is told so (its batch then fails and is rolled back).
      try (java.sql.ResultSet rs = s.executeQuery(writeTurns(two, 10, 3, at))) {
        assertThat(rs.next()).isTrue();
        assertThat(rs.getBoolean("updated")).isTrue();
        assertThat(rs.next()).isTrue();
        assertThat(rs.getBoolean("updated")).isFalse();
      }
      try (java.sql.ResultSet rs = s.executeQuery("SELECT string_agg(body ->> 'text', '' ORDER BY id) FROM messages "
          + "WHERE conversation_id = '" + two[0] + "'")) {
        assertThat(rs.next()).isTrue();
        assertThat(rs.getString(1)).isEqualTo("de".repeat(11));
      }
      // In the order inserted: the petitioner's message, then the replies.
      try (java.sql.ResultSet rs = s.executeQuery("SELECT string_agg(body ->> 'text', '' ORDER BY id) FROM messages "
          + "WHERE conversation_id = '" + id + "'")) {
        assertThat(rs.next()).isTrue();
        assertThat(rs.getString(1)).isEqualTo("abc".repeat(10));
      }
      try (java.sql.ResultSet rs = s.executeQuery(
          "SELECT name, generic_plans, custom_plans FROM pg_prepared_statements ORDER BY name")) {
        int seen = 0;
        while (rs.next()) {
          seen++;
          assertThat(rs.getLong("custom_plans")).as(rs.getString("name")).isLessThanOrEqualTo(5);
          assertThat(rs.getLong("generic_plans")).as(rs.getString("name")).isGreaterThanOrEqualTo(5);
        }
        assertThat(seen).isEqualTo(4);
      }
      c.rollback();
    }
  }

  /** WRITE_TURNS of a turn of two messages on {@code two[0]} (at version v0) and one of one on {@code two[1]} (v1). */
  private static String writeTurns(UUID[] two, int v0, int v1, String at) {
    return "EXECUTE write_turns(ARRAY['" + two[0] + "', '" + two[0] + "', '" + two[1] + "']::uuid[], "
        + "ARRAY['web', 'web', 'web'], ARRAY['in', 'out', 'in'], ARRAY['petitioner', 'bot', 'petitioner'], "
        + "ARRAY['{\"text\": \"d\"}', '{\"text\": \"e\"}', '{\"text\": \"f\"}'], ARRAY[NULL, NULL, NULL]::text[], "
        + "ARRAY[" + at + ", " + at + ", " + at + "]::timestamptz[], "
        + "ARRAY['" + two[0] + "', '" + two[1] + "']::uuid[], ARRAY['{}', '{}'], ARRAY['zh', 'zh'], "
        + "ARRAY[" + v0 + ", " + v1 + "]::bigint[], ARRAY['bot', 'bot'], ARRAY[" + at + ", " + at + "]::timestamptz[], "
        + "ARRAY[NULL, NULL]::text[], ARRAY[NULL, NULL]::timestamptz[], ARRAY[NULL, NULL]::text[])";
  }

  /** A mark once nothing has been sent for 300 ms. */
  private static int quiet(PgWire wire) throws InterruptedException {
    int mark;
    do {
      mark = wire.mark();
      Thread.sleep(300);
    } while (wire.mark() != mark);
    return mark;
  }

  private static void answerAtOnce(List<TurnSocket> sockets, String text) throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(sockets.size());
    try {
      List<Future<TurnSocket.Answer>> answers = new ArrayList<>();
      for (TurnSocket s : sockets) {
        answers.add(pool.submit(() -> s.turn(text, UUID.randomUUID().toString(), 60)));
      }
      for (Future<TurnSocket.Answer> a : answers) {
        TurnSocket.Answer answer = a.get(2, TimeUnit.MINUTES);
        assertThat(answer.error()).isNull();
        assertThat(answer.replies()).as("the bot answers").isNotEmpty();
      }
    } finally {
      pool.shutdownNow();
    }
  }

  /**
   * The transactions in {@code sent} that begin with an execution holding {@code begin}: each from it to the COMMIT on
   * its connection, both included.
   */
  private static List<List<PgWire.Sent>> transactions(List<PgWire.Sent> sent, String begin) {
    List<List<PgWire.Sent>> out = new ArrayList<>();
    java.util.Map<Integer, List<PgWire.Sent>> open = new java.util.HashMap<>();
    for (PgWire.Sent s : sent) {
      List<PgWire.Sent> t = open.get(s.connection());
      if (t == null && s.kind() == 'Q' && s.text().contains(begin) && s.text().startsWith("BEGIN")) {
        t = new ArrayList<>();
        open.put(s.connection(), t);
      }
      if (t != null) {
        t.add(s);
        if (s.kind() == 'Q' && (s.text().contains("COMMIT") || s.text().contains("ROLLBACK"))) {
          out.add(t);
          open.remove(s.connection());
        }
      }
    }
    return out;
  }
}
