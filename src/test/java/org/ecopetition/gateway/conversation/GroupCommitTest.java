package org.ecopetition.gateway.conversation;

import org.ecopetition.gateway.support.Web;
import static org.assertj.core.api.Assertions.assertThat;

import io.vertx.core.Vertx;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.client.WebClient;
import io.vertx.junit5.VertxExtension;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.ecopetition.gateway.Gateway;
import org.ecopetition.gateway.channel.webchat.WebChatFlowTestSupport;
import org.ecopetition.gateway.support.ChatClient;
import org.ecopetition.gateway.support.TestGateway;
import org.ecopetition.gateway.support.TestPostgres;
import org.ecopetition.gateway.support.TurnSocket;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * Group commit (issue 16 §2, correction 8), over real WebSockets on real PostgreSQL: concurrent conversations store
 * what the same conversations store one after another; a turn that fails in a batch fails its batch, whose turns are
 * each committed alone, once; a kill -9 under
 * batched load loses nothing acknowledged; two instances with crossing conversations do not deadlock.
 */
@ExtendWith(VertxExtension.class)
class GroupCommitTest {
  private static final List<String> FIRSTS = List.of(WebChatFlowTestSupport.FIRST,
      "村口的电镀厂每天夜里往河里排黄色的废水，河里的鱼都死了不少",
      "村口的电镀厂往河里排废水，河水发臭发黑");
  private static final Pattern CASE = Pattern.compile("HB\\d{13}");
  private static final Pattern CODE = Pattern.compile("(查询码：)[23456789A-HJ-NP-Z]{8}");

  private static Map<String, String> env(String db, String key, boolean batched, int windowMillis) {
    Map<String, String> env = TestGateway.env(db, key);
    env.put("GATEWAY_CHAT_GROUP_COMMIT_ENABLED", String.valueOf(batched));
    env.put("GATEWAY_CHAT_GROUP_COMMIT_WINDOW_MILLIS", String.valueOf(windowMillis));
    return env;
  }

  @Test
  void concurrentConversationsStoreExactlyWhatSequentialOnesStore(Vertx vertx) throws Exception {
    int n = DISTRICTS.size();
    String seqDb = TestPostgres.freshDatabaseUrl();
    List<String> sequential = new ArrayList<>();
    try (Gateway gw = TestGateway.start(env(seqDb, TestGateway.newKey(), false, 1))) {
      for (int i = 0; i < n; i++) {
        sequential.add(snapshot(vertx, gw.port(), seqDb, intake(vertx, gw.port(), i)));
      }
    }
    String batchDb = TestPostgres.freshDatabaseUrl();
    String metrics;
    try (Gateway gw = TestGateway.start(env(batchDb, TestGateway.newKey(), true, 5))) {
      ExecutorService pool = Executors.newFixedThreadPool(n);
      List<String> tokens = new ArrayList<>();
      try {
        List<Future<String>> all = new ArrayList<>();
        for (int i = 0; i < n; i++) {
          int k = i;
          all.add(pool.submit(() -> intake(vertx, gw.port(), k)));
        }
        for (Future<String> f : all) {
          tokens.add(f.get(5, TimeUnit.MINUTES));
        }
      } finally {
        pool.shutdownNow();
      }
      metrics = scrape(vertx, gw);
      for (int i = 0; i < n; i++) {
        assertThat(snapshot(vertx, gw.port(), batchDb, tokens.get(i)))
            .as("conversation %d, batched vs one after another", i).isEqualTo(sequential.get(i));
      }
    }
    // Turns did share transactions: some batch held more than one turn.
    assertThat(metricValue(metrics, "gateway_turns_batch_turns_max")).isGreaterThan(1);
  }

  /**
   * A turn that fails (its registration breaks a CHECK after its message was stored) fails its batch: the batch is
   * rolled back, and each of its turns is tried once alone — the others commit there, each exactly once (one message
   * in, one new version), the failing one fails again and leaves nothing.
   */
  @Test
  void aTurnThatFailsInABatchFailsItsBatchAndEveryOtherTurnCommitsAloneOnce(Vertx vertx) throws Exception {
    String db = TestPostgres.freshDatabaseUrl();
    int n = 6;
    // A long window, so that the six turns sent at once share one batch.
    try (Gateway gw = TestGateway.start(env(db, TestGateway.newKey(), true, 1000))) {
      List<TurnSocket> sockets = new ArrayList<>();
      try {
        // Brought to where the test starts all at once (one at a time, each turn would wait a window).
        sockets.addAll(concurrently(n, i -> {
          TurnSocket s = TurnSocket.open(vertx, gw.port(), null);
          if (i == 2) {
            // This one walks to the summary: its next turn, the confirmation, registers a case.
            try {
              WebChatFlowTestSupport.drive(s::say, WebChatFlowTestSupport.FIRST, summary -> {
                throw new AtSummary();
              });
            } catch (AtSummary expected) {
              // at the summary
            }
          } else {
            s.say(WebChatFlowTestSupport.FIRST);
          }
          return s;
        }));
        // Through data: today's case serial is at its bound, so the registration breaks the CHECK of case_serials
        // after the turn's message was stored (and again when the turn is tried alone).
        java.time.LocalDate today = org.ecopetition.gateway.support.TestClock.TODAY;
        TestPostgres.jdbc(db, c -> {
          PreparedStatement ps = c.prepareStatement("INSERT INTO case_serials (day, last_serial) SELECT d::date, 99999 "
              + "FROM generate_series(?::date - 1, ?::date + 1, interval '1 day') AS d "
              + "ON CONFLICT (day) DO UPDATE SET last_serial = 99999");
          ps.setObject(1, today);
          ps.setObject(2, today);
          return ps.executeUpdate();
        });
        Map<String, long[]> before = new HashMap<>();
        for (TurnSocket s : sockets) {
          before.put(s.token(), counts(db, s.token()));
        }
        ExecutorService pool = Executors.newFixedThreadPool(n);
        List<Future<TurnSocket.Answer>> answers = new ArrayList<>();
        try {
          for (TurnSocket s : sockets) {
            String text = s == sockets.get(2) ? "确认提交" : "江苏省南京市江宁区秣陵街道";
            answers.add(pool.submit(() -> s.turn(text, UUID.randomUUID().toString(), 60)));
          }
          for (int i = 0; i < n; i++) {
            TurnSocket.Answer a = answers.get(i).get(2, TimeUnit.MINUTES);
            long[] was = before.get(sockets.get(i).token());
            long[] now = counts(db, sockets.get(i).token());
            if (i == 2) {
              assertThat(a.error()).as("the broken turn is answered with an error").isNotNull();
              // Nothing of it stays: not its message, not a new version, no case.
              assertThat(now).containsExactly(was);
              assertThat(((Number) TestPostgres.value(db, "SELECT count(*) FROM cases")).longValue()).isZero();
            } else {
              assertThat(a.error()).as("turn %d", i).isNull();
              assertThat(a.replies()).isNotEmpty();
              assertThat(now[0]).isEqualTo(was[0] + 1);
              assertThat(now[1]).isEqualTo(was[1] + 1);
            }
          }
        } finally {
          pool.shutdownNow();
        }
      } finally {
        sockets.forEach(TurnSocket::close);
      }
      String metrics = scrape(vertx, gw);
      // The six were one batch, which failed and was rolled back as a whole (its turns then tried alone).
      assertThat(metricValue(metrics, "gateway_turns_batch_turns_max")).isEqualTo(n);
      assertThat(metricValue(metrics, "gateway_turns_batch_failed_total")).isEqualTo(1);
      assertThat(metricValue(metrics, "gateway_turns_batch_skipped_total")).isZero();
    }
  }

  /**
   * A batch sends a turn's statements behind the previous turn's last writes, without waiting for their answers: when
   * those writes fail, the next turn's statements fail with them (the transaction is aborted), the batch is rolled back,
   * and every turn of it is tried again alone: the failing one fails, the others are answered, each stored once.
   */
  @Test
  void aTurnWhoseLastWriteFailsFailsItsBatchThoughTheNextStartedBehindIt(Vertx vertx) throws Exception {
    String db = TestPostgres.freshDatabaseUrl();
    int n = 6;
    // A long window, so that the six turns sent at once share one batch.
    try (Gateway gw = TestGateway.start(env(db, TestGateway.newKey(), true, 1000))) {
      java.util.TreeMap<UUID, TurnSocket> byId = openInIdOrder(vertx, gw, db, n);
      try {
        // The batch runs its turns in id order: the first one's last write (its conversation's update, in the batch's
        // write) fails, through data: a trigger refusing that conversation's update.
        UUID failing = byId.firstKey();
        TestPostgres.jdbc(db, c -> c.createStatement().executeUpdate("""
            CREATE FUNCTION refuse_test_conversation() RETURNS trigger LANGUAGE plpgsql AS $$
            BEGIN
              IF NEW.id = '%s' THEN
                RAISE EXCEPTION 'refused by the test';
              END IF;
              RETURN NEW;
            END $$;
            CREATE TRIGGER refuse_test_conversation BEFORE UPDATE ON conversations FOR EACH ROW
              EXECUTE FUNCTION refuse_test_conversation();
            """.formatted(failing)));
        allAtOnceOneRefused(byId, db, failing, "the turn whose update is refused");
        String metrics = scrape(vertx, gw);
        assertThat(metricValue(metrics, "gateway_turns_batch_turns_max")).isEqualTo(n);
        // The batch failed as a whole (the failed turn, and the next, which had started behind its last writes, with
        // it): one batch rolled back; each turn then tried alone.
        assertThat(metricValue(metrics, "gateway_turns_batch_failed_total")).isEqualTo(1);
        assertThat(metricValue(metrics, "gateway_turns_batch_skipped_total")).isZero();
      } finally {
        byId.values().forEach(TurnSocket::close);
      }
    }
  }

  /**
   * The batch's last turn (by id) is told its row was not updated (through data: a trigger skips that conversation's
   * update) in the answer that completes every turn of the batch: the batch must not commit — it is rolled back, each
   * turn tried alone, the others committed once, the refused one answered with an error and nothing of it kept.
   */
  @Test
  void theLastTurnsFailureInTheBatchsOneWriteFailsTheBatch(Vertx vertx) throws Exception {
    String db = TestPostgres.freshDatabaseUrl();
    int n = 6;
    try (Gateway gw = TestGateway.start(env(db, TestGateway.newKey(), true, 1000))) {
      java.util.TreeMap<UUID, TurnSocket> byId = openInIdOrder(vertx, gw, db, n);
      try {
        UUID refused = byId.lastKey();
        TestPostgres.jdbc(db, c -> c.createStatement().executeUpdate("""
            CREATE FUNCTION skip_one() RETURNS trigger LANGUAGE plpgsql AS $$
            BEGIN
              IF NEW.id = '%s' AND NEW.version > OLD.version THEN
                RETURN NULL;
              END IF;
              RETURN NEW;
            END $$;
            CREATE TRIGGER skip_one BEFORE UPDATE ON conversations FOR EACH ROW EXECUTE FUNCTION skip_one();
            """.formatted(refused)));
        allAtOnceOneRefused(byId, db, refused, "the refused turn");
        String metrics = scrape(vertx, gw);
        assertThat(metricValue(metrics, "gateway_turns_batch_turns_max")).isEqualTo(n);
        assertThat(metricValue(metrics, "gateway_turns_batch_failed_total")).isEqualTo(1);
      } finally {
        byId.values().forEach(TurnSocket::close);
      }
    }
  }

  /** {@code n} conversations past their first message, by their ids (the order a batch runs its turns in). */
  private static java.util.TreeMap<UUID, TurnSocket> openInIdOrder(Vertx vertx, Gateway gw, String db, int n)
      throws Exception {
    java.util.TreeMap<UUID, TurnSocket> byId = new java.util.TreeMap<>();
    // Opened and greeted all at once: under the tests' long window, one at a time would wait a window each.
    List<TurnSocket> sockets = concurrently(n, i -> {
      TurnSocket s = TurnSocket.open(vertx, gw.port(), null);
      s.say(WebChatFlowTestSupport.FIRST);
      return s;
    });
    for (TurnSocket s : sockets) {
      byte[] hash = sha256(s.token());
      byId.put(TestPostgres.jdbc(db, c -> {
        PreparedStatement ps = c.prepareStatement("SELECT id FROM conversations WHERE token_hash = ?");
        ps.setBytes(1, hash);
        ResultSet rs = ps.executeQuery();
        rs.next();
        return (UUID) rs.getObject(1);
      }), s);
    }
    return byId;
  }

  interface Step<T> {
    T run(int i) throws Exception;
  }

  /** {@code n} steps run at once, their results in order; the first failure is thrown. */
  private static <T> List<T> concurrently(int n, Step<T> step) throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(n);
    try {
      List<Future<T>> running = new ArrayList<>();
      for (int i = 0; i < n; i++) {
        int k = i;
        running.add(pool.submit(() -> step.run(k)));
      }
      List<T> done = new ArrayList<>();
      for (Future<T> f : running) {
        try {
          done.add(f.get(3, TimeUnit.MINUTES));
        } catch (java.util.concurrent.ExecutionException e) {
          throw e.getCause() instanceof Exception x ? x : e;
        }
      }
      return done;
    } finally {
      pool.shutdownNow();
    }
  }

  /**
   * A turn in every conversation at once (so in one batch): the {@code refused} one answers an error and leaves nothing,
   * every other is answered and stored exactly once.
   */
  private static void allAtOnceOneRefused(Map<UUID, TurnSocket> byId, String db, UUID refused, String what)
      throws Exception {
    Map<UUID, long[]> before = new HashMap<>();
    byId.forEach((id, s) -> before.put(id, counts(db, s.token())));
    ExecutorService pool = Executors.newFixedThreadPool(byId.size());
    try {
      Map<UUID, Future<TurnSocket.Answer>> answers = new HashMap<>();
      byId.forEach((id, s) -> answers.put(id,
          pool.submit(() -> s.turn("江苏省南京市江宁区秣陵街道", UUID.randomUUID().toString(), 60))));
      for (Map.Entry<UUID, TurnSocket> e : byId.entrySet()) {
        TurnSocket.Answer a = answers.get(e.getKey()).get(2, TimeUnit.MINUTES);
        long[] was = before.get(e.getKey());
        long[] now = counts(db, e.getValue().token());
        if (e.getKey().equals(refused)) {
          assertThat(a.error()).as(what).isNotNull();
          assertThat(now).as("nothing of it stays").containsExactly(was);
        } else {
          assertThat(a.error()).as("conversation %s", e.getKey()).isNull();
          assertThat(a.replies()).isNotEmpty();
          assertThat(now[0]).as("its message, stored once").isEqualTo(was[0] + 1);
          assertThat(now[1]).isEqualTo(was[1] + 1);
        }
      }
    } finally {
      pool.shutdownNow();
    }
  }

  /**
   * A batch's turns lock and update their conversations' rows in one transaction, with no subtransaction: a lock held
   * by the batch's top transaction and an update by a subtransaction (a savepoint) would make PostgreSQL record both in
   * a MultiXact, two or three of them on every turn (WAL, pg_multixact, and read back by every later look at the row).
   */
  @Test
  void aBatchOfTurnsCreatesNoMultiXactPerTurn(Vertx vertx) throws Exception {
    String db = TestPostgres.freshDatabaseUrl();
    int n = 6;
    // A long window, so that the six turns sent at once share one batch.
    try (Gateway gw = TestGateway.start(env(db, TestGateway.newKey(), true, 1000))) {
      List<TurnSocket> sockets = new ArrayList<>();
      try {
        sockets.addAll(concurrently(n, i -> {
          TurnSocket s = TurnSocket.open(vertx, gw.port(), null);
          s.say(WebChatFlowTestSupport.FIRST);
          return s;
        }));
        // template1's horizon never moves here, so its age counts the MultiXacts created since.
        String age = "SELECT mxid_age(datminmxid) FROM pg_database WHERE datname = 'template1'";
        long before = ((Number) TestPostgres.value(db, age)).longValue();
        ExecutorService pool = Executors.newFixedThreadPool(n);
        try {
          List<Future<TurnSocket.Answer>> answers = new ArrayList<>();
          for (TurnSocket s : sockets) {
            answers.add(pool.submit(() -> s.turn("江苏省南京市江宁区秣陵街道", UUID.randomUUID().toString(), 60)));
          }
          for (Future<TurnSocket.Answer> a : answers) {
            assertThat(a.get(2, TimeUnit.MINUTES).error()).isNull();
          }
        } finally {
          pool.shutdownNow();
        }
        long created = ((Number) TestPostgres.value(db, age)).longValue() - before;
        assertThat(metricValue(scrape(vertx, gw), "gateway_turns_batch_turns_max")).isEqualTo(n);
        assertThat(created).as("MultiXacts created by a batch of %d turns", n).isLessThan(n);
      } finally {
        sockets.forEach(TurnSocket::close);
      }
    }
  }

  /**
   * A batch never waits for a conversation whose row another transaction holds (that transaction may be waiting for a
   * row the batch holds, such as the day's case-serial row): the held conversation's turn is tried alone after the
   * batch, and the batch's other turns are answered meanwhile.
   */
  @Test
  void aBatchDoesNotWaitForAConversationHeldElsewhere(Vertx vertx) throws Exception {
    String db = TestPostgres.freshDatabaseUrl();
    // A long window, so that the two turns sent at once share one batch.
    try (Gateway gw = TestGateway.start(env(db, TestGateway.newKey(), true, 1000));
        TurnSocket held = TurnSocket.open(vertx, gw.port(), null);
        TurnSocket free = TurnSocket.open(vertx, gw.port(), null);
        java.sql.Connection other = TestPostgres.connect(db)) {
      held.say(WebChatFlowTestSupport.FIRST);
      free.say(WebChatFlowTestSupport.FIRST);
      other.setAutoCommit(false);
      PreparedStatement lock = other.prepareStatement("SELECT id FROM conversations WHERE token_hash = ? FOR UPDATE");
      lock.setBytes(1, sha256(held.token()));
      assertThat(lock.executeQuery().next()).isTrue();
      ExecutorService pool = Executors.newFixedThreadPool(2);
      try {
        Future<TurnSocket.Answer> heldAnswer =
            pool.submit(() -> held.turn("江苏省南京市江宁区秣陵街道", UUID.randomUUID().toString(), 120));
        Future<TurnSocket.Answer> freeAnswer =
            pool.submit(() -> free.turn("江苏省南京市江宁区秣陵街道", UUID.randomUUID().toString(), 120));
        assertThat(freeAnswer.get(30, TimeUnit.SECONDS).error()).as("the free conversation's turn").isNull();
        assertThat(heldAnswer.isDone()).as("the held conversation's turn waits for its row").isFalse();
        other.rollback();
        TurnSocket.Answer alone = heldAnswer.get(2, TimeUnit.MINUTES);
        assertThat(alone.error()).as("the held conversation's turn, alone").isNull();
        assertThat(alone.replies()).isNotEmpty();
      } finally {
        pool.shutdownNow();
      }
      // Left out of the batch by its load (SKIP LOCKED), committed alone after it: its message stored once.
      String metrics = scrape(vertx, gw);
      assertThat(metricValue(metrics, "gateway_turns_batch_skipped_total")).isEqualTo(1);
      assertThat(metricValue(metrics, "gateway_turns_batch_failed_total")).isZero();
      assertThat(counts(db, held.token())[0]).as("the held conversation's messages in").isEqualTo(2);
      assertThat(counts(db, free.token())[0]).as("the free conversation's messages in").isEqualTo(2);
    }
  }

  /**
   * A turn that registers a case holds the day's case-serial row until its transaction ends, and every other
   * registration (any batch, any instance) waits for that row: so its batch commits right after it, and the batch's
   * turns that cannot register are not run behind it. So the turns that may register (their conversation at its
   * summary) run after the others, together: two registrations sent in one window, the lowest ids of five (by id
   * alone they would run first, each ending a batch, and the three other turns would wait two batches), commit in one
   * batch with the three others, numbered 1 and 2 (dense, unique).
   */
  @Test
  void registrationsRunLastInTheirBatchAndTogether(Vertx vertx) throws Exception {
    String db = TestPostgres.freshDatabaseUrl();
    int n = 5;
    // A long window, so that the five turns sent at once are taken together.
    try (Gateway gw = TestGateway.start(env(db, TestGateway.newKey(), true, 1000))) {
      List<TurnSocket> sockets = new ArrayList<>();
      try {
        sockets.addAll(concurrently(n, i -> TurnSocket.open(vertx, gw.port(), null)));
        // The two lowest ids are the ones that register: in id order alone they would run first.
        List<String> ids = new ArrayList<>();
        for (TurnSocket s : sockets) {
          ids.add(TestPostgres.jdbc(db, c -> {
            PreparedStatement ps = c.prepareStatement("SELECT id::text FROM conversations WHERE token_hash = ?");
            ps.setBytes(1, sha256(s.token()));
            ResultSet rs = ps.executeQuery();
            assertThat(rs.next()).isTrue();
            return rs.getString(1);
          }));
        }
        List<String> sorted = ids.stream().sorted(java.util.Comparator.comparing(UUID::fromString)).toList();
        Set<TurnSocket> registering = new java.util.HashSet<>();
        for (int i = 0; i < n; i++) {
          if (sorted.indexOf(ids.get(i)) < 2) {
            registering.add(sockets.get(i));
          }
        }
        // The conversations brought to where the test starts all at once (one at a time, each turn waits a window).
        concurrently(n, i -> {
          TurnSocket s = sockets.get(i);
          if (registering.contains(s)) {
            try {
              WebChatFlowTestSupport.drive(s::say, WebChatFlowTestSupport.FIRST, summary -> {
                throw new AtSummary();
              });
            } catch (AtSummary expected) {
              // at the summary: the next turn, the confirmation, registers a case
            }
          } else {
            s.say(WebChatFlowTestSupport.FIRST);
          }
          return s;
        });
        String before = scrape(vertx, gw);
        ExecutorService pool = Executors.newFixedThreadPool(n);
        try {
          List<Future<TurnSocket.Answer>> answers = new ArrayList<>();
          for (TurnSocket s : sockets) {
            String text = registering.contains(s) ? "确认提交" : "江苏省南京市江宁区秣陵街道";
            answers.add(pool.submit(() -> s.turn(text, UUID.randomUUID().toString(), 60)));
          }
          for (int i = 0; i < n; i++) {
            TurnSocket.Answer a = answers.get(i).get(2, TimeUnit.MINUTES);
            assertThat(a.error()).as("turn %d", i).isNull();
            assertThat(a.replies()).isNotEmpty();
          }
        } finally {
          pool.shutdownNow();
        }
        String after = scrape(vertx, gw);
        assertThat(metricValue(after, "gateway_turns_batch_turns_count")
            - metricValue(before, "gateway_turns_batch_turns_count")).as("batches").isEqualTo(1);
        assertThat(metricValue(after, "gateway_turns_batch_turns_sum")
            - metricValue(before, "gateway_turns_batch_turns_sum")).as("turns in them").isEqualTo(n);
        assertThat(metricValue(after, "gateway_turns_batch_deferred_total")
            - metricValue(before, "gateway_turns_batch_deferred_total")).as("sent on behind a registration").isZero();
        assertThat(metricValue(after, "gateway_turns_batch_skipped_total")).isZero();
        assertThat(metricValue(after, "gateway_turns_batch_failed_total")).isZero();
        List<String> numbers = TestPostgres.jdbc(db, c -> {
          List<String> out = new ArrayList<>();
          ResultSet rs = c.createStatement().executeQuery("SELECT case_number FROM cases ORDER BY case_number");
          while (rs.next()) {
            out.add(rs.getString(1));
          }
          return out;
        });
        assertThat(numbers).hasSize(2);
        assertThat(numbers.get(0)).endsWith("00001");
        assertThat(numbers.get(1)).endsWith("00002");
        assertThat(numbers.get(0).substring(0, 10)).isEqualTo(numbers.get(1).substring(0, 10));
      } finally {
        sockets.forEach(TurnSocket::close);
      }
    }
  }

  @Test
  void twoInstancesWithCrossingConversationsDoNotDeadlock(Vertx vertx) throws Exception {
    String db = TestPostgres.freshDatabaseUrl();
    Map<String, String> env = env(db, TestGateway.newKey(), true, 2);
    int n = 16;
    int each = 5;
    try (Gateway a = TestGateway.start(env); Gateway b = TestGateway.start(env)) {
      List<String> tokens = new ArrayList<>();
      for (int i = 0; i < n; i++) {
        try (TurnSocket s = TurnSocket.open(vertx, a.port(), null)) {
          tokens.add(s.token());
        }
      }
      ExecutorService pool = Executors.newFixedThreadPool(2 * n);
      List<Future<Integer>> done = new ArrayList<>();
      try {
        for (String token : tokens) {
          for (Gateway g : List.of(a, b)) {
            done.add(pool.submit(() -> {
              try (TurnSocket s = TurnSocket.open(vertx, g.port(), token)) {
                int ok = 0;
                for (int k = 0; k < each; k++) {
                  TurnSocket.Answer r = s.turn("补充情况第" + k + "条，" + g.port(), UUID.randomUUID().toString(), 60);
                  ok += r.error() == null ? 1 : 0;
                }
                return ok;
              }
            }));
          }
        }
        for (Future<Integer> f : done) {
          assertThat(f.get(5, TimeUnit.MINUTES)).isEqualTo(each);
        }
      } finally {
        pool.shutdownNow();
      }
      for (String token : tokens) {
        long[] c = counts(db, token);
        assertThat(c[0]).as("inbound messages").isEqualTo(2L * each);
      }
      Object deadlocks = TestPostgres.value(db, "SELECT deadlocks FROM pg_stat_database WHERE datname = current_database()");
      assertThat(((Number) deadlocks).longValue()).as("deadlocks detected by PostgreSQL").isZero();
    }
  }

  /** The child JVM of the kill -9 test: a gateway (batched) on the given database, its port on stdout. */
  public static void main(String[] args) throws Exception {
    Map<String, String> env = new HashMap<>(System.getenv());
    try (Gateway gw = TestGateway.start(env)) {
      System.out.println("PORT " + gw.port());
      System.out.flush();
      Thread.sleep(600_000);
    }
  }

  @Test
  void killNineUnderBatchedLoadLosesNothingAcknowledged(Vertx vertx, @TempDir Path dir) throws Exception {
    String db = TestPostgres.freshDatabaseUrl();
    String key = TestGateway.newKey();
    Map<String, String> env = env(db, key, true, 2);
    Path log = dir.resolve("child.log");
    ProcessBuilder pb = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-Xmx512m", "-cp", System.getProperty("java.class.path"), GroupCommitTest.class.getName())
        .redirectErrorStream(true).redirectOutput(log.toFile());
    pb.environment().putAll(env);
    Process child = pb.start();
    int port = -1;
    long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(2);
    while (port < 0 && System.nanoTime() < deadline && child.isAlive()) {
      Matcher m = Pattern.compile("PORT (\\d+)").matcher(Files.exists(log) ? Files.readString(log) : "");
      if (m.find()) {
        port = Integer.parseInt(m.group(1));
      } else {
        Thread.sleep(100);
      }
    }
    assertThat(port).as("the child gateway started").isPositive();

    int n = 16;
    // Every acknowledged message (id → text) and every case number a receipt gave, by conversation token.
    Map<String, Map<Long, String>> acked = new ConcurrentHashMap<>();
    Map<String, String> cases = new ConcurrentHashMap<>();
    AtomicBoolean stop = new AtomicBoolean();
    ExecutorService pool = Executors.newFixedThreadPool(n);
    List<Future<?>> load = new ArrayList<>();
    int gw = port;
    try {
      for (int i = 0; i < n; i++) {
        int k = i;
        load.add(pool.submit(() -> {
          try (TurnSocket s = TurnSocket.open(vertx, gw, null)) {
            Map<Long, String> mine = acked.computeIfAbsent(s.token(), t -> new ConcurrentHashMap<>());
            Function<String, List<JsonObject>> say = text -> {
              TurnSocket.Answer a = s.turn(text, UUID.randomUUID().toString(), 60);
              if (a.error() != null) {
                throw new IllegalStateException(a.error().encode());
              }
              // The query code is shown once and stored masked: compared as stored.
              a.messages().forEach(m -> mine.put(m.getLong("id"),
                  WebChatFlowTestSupport.CODE.matcher(line(m)).replaceAll("查询码：********")));
              a.replies().forEach(m -> {
                Matcher c = WebChatFlowTestSupport.CASE.matcher(m.getString("text"));
                Matcher q = WebChatFlowTestSupport.CODE.matcher(m.getString("text"));
                if (c.find() && q.find()) {
                  cases.put(c.group(1), q.group(1));
                }
              });
              return a.replies();
            };
            while (!stop.get()) {
              WebChatFlowTestSupport.drive(say, FIRSTS.get(k % FIRSTS.size()), summary -> { });
              say.apply("新的反映");
            }
          } catch (RuntimeException | AssertionError e) {
            // The gateway was killed under this petitioner: what it acknowledged before is what counts.
          }
          return null;
        }));
      }
      // Load until some intakes have reached their receipt, then kill -9 in the middle of it.
      long until = System.nanoTime() + TimeUnit.MINUTES.toNanos(3);
      while (cases.size() < 3 && System.nanoTime() < until) {
        Thread.sleep(50);
      }
      Thread.sleep(300);
      child.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
      stop.set(true);
      for (Future<?> f : load) {
        f.get(2, TimeUnit.MINUTES);
      }
    } finally {
      pool.shutdownNow();
      child.destroyForcibly();
    }
    assertThat(cases).as("receipts given before the kill").isNotEmpty();
    long ackedMessages = acked.values().stream().mapToLong(Map::size).sum();
    assertThat(ackedMessages).isPositive();

    try (Gateway again = TestGateway.start(env)) {
      for (Map.Entry<String, Map<Long, String>> e : acked.entrySet()) {
        Map<Long, String> stored = history(vertx, again.port(), db, e.getKey());
        e.getValue().forEach((id, text) -> assertThat(stored.get(id)).as("acknowledged message %d", id)
            .isEqualTo(text));
      }
      WebClient http = WebClient.create(vertx);
      for (Map.Entry<String, String> c : cases.entrySet()) {
        JsonObject status = http.get(again.port(), "127.0.0.1", "/api/v1/cases/" + c.getKey() + "/status?code="
            + c.getValue()).send().await().bodyAsJsonObject();
        assertThat(status.getString("caseNumber")).isEqualTo(c.getKey());
      }
    }
  }

  /** Stops a walk at the summary. */
  private static final class AtSummary extends RuntimeException {}

  private static final List<String> DISTRICTS = List.of("江宁区", "玄武区", "秦淮区", "建邺区", "鼓楼区", "浦口区",
      "栖霞区", "雨花台区", "六合区", "溧水区");

  /**
   * Walks a whole intake on a new conversation; returns its token. Each petitioner has a phone and a place of their
   * own: a repeat (same phone) or a hotspot (same place and polluter) depends on which case came first, which
   * concurrent conversations do not fix.
   */
  private static String intake(Vertx vertx, int port, int i) {
    try (TurnSocket s = TurnSocket.open(vertx, port, null)) {
      WebChatFlowTestSupport.drive(s::say, FIRSTS.get(i % FIRSTS.size()), Map.of(
          "问题发生在哪里", "江苏省南京市" + DISTRICTS.get(i) + "某路口",
          "联系电话", String.format("138123456%02d", i)), summary -> { });
      return s.token();
    }
  }

  /** A message as the comparisons see it: direction, text, buttons. */
  private static String line(JsonObject m) {
    return m.getString("direction") + ":" + m.getString("text")
        + (m.containsKey("buttons") ? m.getValue("buttons").toString() : "");
  }

  /**
   * What a conversation stored, as the gateway gives it back (its replayed history, so that values sealed at rest
   * compare as read) and as the tables say it (version, owner, waiting, cases, events), case numbers and query
   * codes left out (they differ with the order of registration).
   */
  private static String snapshot(Vertx vertx, int port, String db, String token) throws Exception {
    StringBuilder out = new StringBuilder();
    history(vertx, port, db, token).values().forEach(t -> out.append(normalise(t)).append('\n'));
    out.append(TestPostgres.<String>jdbc(db, c -> {
      PreparedStatement ps = c.prepareStatement("""
          SELECT c.version, c.owner, coalesce(c.waiting_reason, ''), c.lang,
            (SELECT string_agg(k.anonymous || '/' || coalesce(k.category, '') || '/' || k.state || '/' || k.department
                || '/' || k.lang || '/' || k.notice_due, ';' ORDER BY k.id) FROM cases k WHERE k.conversation_id = c.id),
            (SELECT string_agg(e.kind, ',' ORDER BY e.id) FROM case_events e JOIN cases k ON k.id = e.case_id
              WHERE k.conversation_id = c.id),
            (SELECT count(*) FROM events v WHERE v.conversation_id = c.id),
            (SELECT string_agg(a.kind, ',' ORDER BY a.id) FROM alerts a WHERE a.conversation_id = c.id)
          FROM conversations c WHERE c.token_hash = ?""");
      ps.setBytes(1, sha256(token));
      ResultSet rs = ps.executeQuery();
      rs.next();
      List<String> cols = new ArrayList<>();
      for (int k = 1; k <= 8; k++) {
        cols.add(String.valueOf(rs.getObject(k)));
      }
      return String.join("|", cols);
    }));
    return out.toString();
  }

  private static String normalise(String text) {
    return CODE.matcher(CASE.matcher(text).replaceAll("HB#")).replaceAll("$1#");
  }

  /**
   * The conversation's stored messages by id, as a resumed socket replays them: read until as many have come as the
   * table holds (the replay pages through all of them), each within ten seconds.
   */
  private static Map<Long, String> history(Vertx vertx, int port, String db, String token) throws Exception {
    long stored = TestPostgres.<Long>jdbc(db, c -> {
      PreparedStatement ps = c.prepareStatement("SELECT count(*) FROM messages m JOIN conversations c "
          + "ON c.id = m.conversation_id WHERE c.token_hash = ?");
      ps.setBytes(1, sha256(token));
      ResultSet rs = ps.executeQuery();
      rs.next();
      return rs.getLong(1);
    });
    try (ChatClient chat = ChatClient.connect(vertx, port)) {
      assertThat(chat.hello(token, "zh").getString("type")).isEqualTo("welcome");
      Map<Long, String> out = new java.util.TreeMap<>();
      while (out.size() < stored) {
        JsonObject m = chat.poll(10_000);
        assertThat(m).as("message %d of %d replayed", out.size() + 1, stored).isNotNull();
        if ("message".equals(m.getString("type"))) {
          out.put(m.getLong("id"), line(m));
        }
      }
      return out;
    }
  }

  /** Inbound messages and state version of the conversation with that token. */
  private static long[] counts(String db, String token) {
    return TestPostgres.jdbc(db, c -> {
      PreparedStatement ps = c.prepareStatement("""
          SELECT (SELECT count(*) FROM messages m WHERE m.conversation_id = c.id AND m.direction = 'in'), c.version
          FROM conversations c WHERE c.token_hash = ?""");
      ps.setBytes(1, sha256(token));
      ResultSet rs = ps.executeQuery();
      rs.next();
      return new long[] {rs.getLong(1), rs.getLong(2)};
    });
  }

  private static String scrape(Vertx vertx, Gateway gw) {
    return Web.once(vertx, c -> c.get(gw.metricsPort(), "127.0.0.1", "/metrics").send().await().bodyAsString());
  }

  private static double metricValue(String scrape, String name) {
    Matcher m = Pattern.compile("(?m)^" + Pattern.quote(name) + "(?:\\{[^}]*\\})? (\\S+)$").matcher(scrape);
    assertThat(m.find()).as("metric %s in %s", name, scrape.lines().filter(l -> l.contains("batch")).toList()).isTrue();
    return Double.parseDouble(m.group(1));
  }

  private static byte[] sha256(String token) throws Exception {
    return MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.US_ASCII));
  }

}
