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
   * In a batch, an ordinary turn is its savepoint, its lock with its reads (one statement) and its writes (its
   * message, the replies, the state and its event: one statement); the batch adds its BEGIN and its COMMIT.
   */
  @Test
  void anOrdinaryTurnInABatchIsASavepointAndTwoStatements(Vertx vertx) throws Exception {
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
        int mark = wire.mark();
        answerAtOnce(sockets, PLACE);
        List<List<PgWire.Sent>> batches = transactions(wire.since(mark), "gateway.notify_after");
        assertThat(batches).as("the turns' batch, in %s", wire.since(mark)).hasSize(1);
        List<PgWire.Sent> batch = batches.get(0);
        assertThat(batch.stream().filter(s -> s.text().contains("SAVEPOINT turn")).count())
            .as("one savepoint a turn, in %s", batch).isEqualTo(n);
        // BEGIN, then per turn: its savepoint, its locked read, its writes; then COMMIT.
        assertThat(batch).as("the batch's executions").hasSize(2 + 3 * n);
        assertThat(batch.stream().filter(s -> s.kind() == 'E').count()).as("prepared executions, %s", batch)
            .isEqualTo(2L * n);
      } finally {
        sockets.forEach(TurnSocket::close);
      }
    }
  }

  /**
   * Alone (group commit off, and a batch's turn tried again after its batch failed), the turn's transaction waits for
   * its conversation's lock before its reads: BEGIN, the lock, the locked read, the writes, COMMIT.
   */
  @Test
  void anOrdinaryTurnAloneIsItsLockAndTwoStatements(Vertx vertx) throws Exception {
    String db = TestPostgres.freshDatabaseUrl();
    try (PgWire wire = new PgWire(PgWire.portOf(db));
        Gateway gw = TestGateway.start(env(PgWire.through(db, wire), false));
        TurnSocket s = TurnSocket.open(vertx, gw.port(), null)) {
      s.say(WebChatFlowTestSupport.FIRST);
      int mark = wire.mark();
      answerAtOnce(List.of(s), PLACE);
      List<List<PgWire.Sent>> turns = transactions(wire.since(mark), "BEGIN");
      assertThat(turns).as("the turn's transaction, in %s", wire.since(mark)).hasSize(1);
      assertThat(turns.get(0)).as("BEGIN, lock, read, writes, COMMIT").hasSize(5);
    }
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
