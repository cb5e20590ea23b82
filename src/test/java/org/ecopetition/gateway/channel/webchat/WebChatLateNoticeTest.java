package org.ecopetition.gateway.channel.webchat;

import org.ecopetition.gateway.support.Web;
import static org.assertj.core.api.Assertions.assertThat;

import io.vertx.core.Vertx;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.pgclient.PgBuilder;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.SqlConnection;
import io.vertx.sqlclient.Transaction;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.BooleanSupplier;
import org.ecopetition.gateway.Gateway;
import org.ecopetition.gateway.casefile.PgCaseRepository;
import org.ecopetition.gateway.casefile.QueryCodes;
import org.ecopetition.gateway.db.PgUrl;
import org.ecopetition.gateway.notice.PgNoticeRepository;
import org.ecopetition.gateway.notice.Recipient;
import org.ecopetition.gateway.security.DataKeys;
import org.ecopetition.gateway.support.ChatClient;
import org.ecopetition.gateway.support.TestClock;
import org.ecopetition.gateway.support.TestGateway;
import org.ecopetition.gateway.support.TestPostgres;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A notice is written into a web conversation by a staff act (PgNoticeRepository.send, in the act's transaction) without
 * the conversation's lock: its message id is drawn at its insert, and it shows when the act commits. A turn of the
 * petitioner may draw higher ids, commit, and be sent first; the socket's cursor (the highest id sent) and a poller's
 * then pass the notice's id. Reproduced with the commit order forced by locks: a third transaction holds the
 * conversation's lock; the turn waits for it first, the notice's insert (its id drawn) second; the lock goes, the turn
 * commits and is sent, the notice's insert goes on, and the act commits only after. Read by id after a cursor, the
 * notice never reached the open socket (only a reload showed it); read as unseen since the reader's last snapshot, it
 * arrives live, once, and the HTTP fallback's next poll returns it.
 */
class WebChatLateNoticeTest {
  private static final String NOTICE = "（受理告知：一个迟提交的通知）";
  private static Vertx vertx;
  private static String db;
  private static String key;
  private static Gateway gateway;
  private static Pool pool;

  @BeforeAll
  static void start() {
    vertx = Vertx.vertx();
    db = TestPostgres.freshDatabaseUrl();
    key = TestGateway.newKey();
    gateway = TestGateway.start(TestGateway.env(db, key));
    pool = PgBuilder.pool().connectingTo(PgUrl.parse(db).connectOptions()).using(vertx).build();
  }

  @AfterAll
  static void stop() {
    pool.close().await();
    gateway.close();
    vertx.close().await();
  }

  @Test
  void aNoticeCommittedAfterALaterTurnWasSentReachesTheSocketLiveOnceAndThePoller() throws Exception {
    try (ChatClient phone = ChatClient.connect(vertx, gateway.port())) {
      String token = phone.hello(null, "zh").getString("token");
      List<JsonObject> seen = new ArrayList<>(phone.drain(300));
      // A real report, registered: the case a staff act's notice is for.
      WebChatFlowTestSupport.report(phone);
      // The case just registered is this conversation's (the class's other test may have made one before).
      UUID conversation = (UUID) TestPostgres.value(db, "SELECT conversation_id FROM cases ORDER BY id DESC LIMIT 1");
      long caseId = ((Number) TestPostgres.value(db, "SELECT id FROM cases WHERE conversation_id = '" + conversation
          + "'")).longValue();
      seen.addAll(phone.drain(300));

      PgNoticeRepository notices = notices();
      SqlConnection act = pool.getConnection().await();
      try (Connection holder = TestPostgres.connect(db)) {
        Transaction tx = act.begin().await();
        Recipient to = notices.recipient(act, caseId).await();
        holder.setAutoCommit(false);
        query(holder, "SELECT 1 FROM conversations WHERE id = '" + conversation + "' FOR UPDATE");
        long holderPid = query(holder, "SELECT pg_backend_pid()");
        // The petitioner writes: the turn waits for the conversation's lock, first in line.
        String cid = UUID.randomUUID().toString();
        phone.send(new JsonObject().put("type", "message").put("text", "请问什么时候会有结果").put("clientMsgId", cid));
        await("the turn waits for the conversation's lock", () -> waiting(holderPid) == 1);
        // The staff act writes its notice: the message's id is drawn, its insert waits behind the turn.
        io.vertx.core.Future<Void> written = notices.send(act, to, "accept", NOTICE, "第二十二条", null,
            TestClock.TODAY, false, false);
        await("the notice's insert waits behind the turn", () -> waiting(holderPid) == 2);
        holder.rollback();

        // The turn commits first and is sent on the socket: its ack and its messages up to the ack's last.
        JsonObject ack = null;
        List<JsonObject> turn = new ArrayList<>();
        while (ack == null || turn.isEmpty() || turn.get(turn.size() - 1).getLong("id") < ack.getLong("last")) {
          JsonObject m = phone.poll(10_000);
          assertThat(m).as("the turn's answer").isNotNull();
          seen.add(m);
          if ("ack".equals(m.getString("type"))) {
            ack = m;
          } else if ("message".equals(m.getString("type"))) {
            turn.add(m);
          }
        }
        // The act goes on under the conversation's key lock once the turn has committed, and holds its notice: the
        // message it wrote (seen only inside the act) drew its id before the turn's.
        written.await();
        long drawn = act.query("SELECT id FROM messages WHERE conversation_id = '" + conversation
            + "' AND xmin = pg_current_xact_id()::xid").execute().await().iterator().next().getLong(0);
        assertThat(drawn).as("the notice drew its id before the turn's messages").isLessThan(ack.getLong("id"));
        assertThat(TestPostgres.value(db, "SELECT count(*) FROM messages WHERE id = " + drawn))
            .as("not committed yet: invisible to others").isEqualTo(0L);

        // A poller reads now: its cursor passes the notice's id (drawn before the turn's), which it does not see.
        JsonObject before = poll(token, 0, null);
        assertThat(texts(before)).doesNotContain(NOTICE);
        long cursor = before.getLong("cursor");
        assertThat(cursor).isEqualTo(ack.getLong("last"));

        // Only now the act commits, its notice and the notice's event with it.
        tx.commit().await();
        act.close();

        // The socket receives it live.
        JsonObject late = null;
        for (JsonObject m = phone.poll(10_000); m != null; m = phone.poll(10_000)) {
          seen.add(m);
          if ("message".equals(m.getString("type")) && NOTICE.equals(m.getString("text"))) {
            late = m;
            break;
          }
        }
        assertThat(late).as("the late notice on the open socket").isNotNull();
        assertThat(late.getLong("id")).isEqualTo(drawn).isLessThan(ack.getLong("id"));
        // Staff write once more (another writer, with its own event): when that is here, the socket has read again.
        TestPostgres.jdbc(db, conn -> {
          try (Statement s = conn.createStatement()) {
            s.execute("INSERT INTO events (kind, conversation_id, at) VALUES ('conversation_message', '" + conversation
                + "', " + TestClock.sqlNow() + ")");
          }
          return null;
        });
        seen.addAll(phone.drain(500));
        List<Long> ids = seen.stream().filter(m -> "message".equals(m.getString("type"))).map(m -> m.getLong("id"))
            .toList();
        assertThat(ids).as("no message twice on the socket").doesNotHaveDuplicates();
        assertThat(seen.stream().filter(m -> NOTICE.equals(m.getString("text"))).count()).isEqualTo(1);

        // The poller's next read, from the cursor and horizon it was given, returns the notice, once.
        JsonObject after = poll(token, cursor, before.getString("horizon"));
        assertThat(texts(after)).containsExactly(NOTICE);
        assertThat(after.getLong("cursor")).as("a late message does not move the cursor back").isEqualTo(cursor);
        JsonObject again = poll(token, after.getLong("cursor"), after.getString("horizon"));
        assertThat(texts(again)).isEmpty();
        // A horizon is the server's own: one that is not a snapshot is refused, nothing read.
        assertThat(Web.<Integer>once(vertx, c -> c.get(gateway.port(), "127.0.0.1", "/api/v1/chat/messages?since=" + cursor
                + "&horizon=9:3:")
            .putHeader("Authorization", "Bearer " + token).send().await().statusCode())).isEqualTo(400);
      }
    }
  }

  /**
   * The same late notice, committed while the petitioner has no socket open (the phone's network dropped right after the
   * turn): the page's next socket sends `hello` with its token and `since`, and with the horizon of the last `seen` and
   * the ids received after it, as chat.js keeps them; that socket gets the notice, once, and nothing the page had. A
   * hello with `since` alone (a page from before the horizon) does not: the gap this closes.
   */
  @Test
  void aNoticeCommittedWhileNoSocketWasOpenReachesTheSocketThatReconnectsWithSince() throws Exception {
    Page page = new Page();
    String token;
    long drawn;
    UUID conversation;
    try (ChatClient phone = ChatClient.connect(vertx, gateway.port()).watch(page::frame)) {
      token = phone.hello(null, "zh").getString("token");
      phone.drain(300);
      WebChatFlowTestSupport.report(phone);
      // The case just registered is this conversation's (the other test's came before it).
      conversation = (UUID) TestPostgres.value(db, "SELECT conversation_id FROM cases ORDER BY id DESC LIMIT 1");
      phone.drain(300);
      assertThat(page.horizon).as("the page was told a horizon").isNotNull();
      long caseId = ((Number) TestPostgres.value(db, "SELECT id FROM cases WHERE conversation_id = '" + conversation
          + "'")).longValue();

      PgNoticeRepository notices = notices();
      SqlConnection act = pool.getConnection().await();
      Transaction tx;
      try (Connection holder = TestPostgres.connect(db)) {
        tx = act.begin().await();
        Recipient to = notices.recipient(act, caseId).await();
        holder.setAutoCommit(false);
        query(holder, "SELECT 1 FROM conversations WHERE id = '" + conversation + "' FOR UPDATE");
        long holderPid = query(holder, "SELECT pg_backend_pid()");
        phone.send(new JsonObject().put("type", "message").put("text", "请问什么时候会有结果")
            .put("clientMsgId", UUID.randomUUID().toString()));
        await("the turn waits for the conversation's lock", () -> waiting(holderPid) == 1);
        io.vertx.core.Future<Void> written = notices.send(act, to, "accept", NOTICE, "第二十二条", null,
            TestClock.TODAY, false, false);
        await("the notice's insert waits behind the turn", () -> waiting(holderPid) == 2);
        holder.rollback();
        JsonObject ack = phone.next("ack");
        while (page.maxId < ack.getLong("last")) {
          assertThat(phone.poll(10_000)).as("the turn's messages").isNotNull();
        }
        written.await();
        drawn = act.query("SELECT id FROM messages WHERE conversation_id = '" + conversation
            + "' AND xmin = pg_current_xact_id()::xid").execute().await().iterator().next().getLong(0);
        assertThat(drawn).as("the notice drew its id before the turn's messages").isLessThan(ack.getLong("id"));
      }
      // The phone's network drops: no socket is open when the notice commits.
      phone.close();
      await("the socket is gone", phone::isClosed);
      tx.commit().await();
      act.close();
    }
    assertThat(page.texts).doesNotContain(NOTICE);

    // A page from before the horizon: `since` alone, and the notice (below it) does not come.
    Page before = new Page();
    try (ChatClient old = ChatClient.connect(vertx, gateway.port()).watch(before::frame)) {
      old.send(new JsonObject().put("type", "hello").put("token", token).put("lang", "zh").put("since", page.maxId));
      assertThat(old.next("welcome").getBoolean("resumed")).isTrue();
      // "seen" follows the read's messages: when it is here, the resume has sent what it will.
      assertThat(old.next("seen").getString("horizon")).matches("[0-9a-z]+(\\.[0-9a-z]+)+");
    }
    assertThat(before.texts).isEmpty();

    // chat.js's reconnect: `since`, the horizon and the ids received after it.
    Page after = new Page();
    try (ChatClient again = ChatClient.connect(vertx, gateway.port()).watch(after::frame)) {
      again.send(new JsonObject().put("type", "hello").put("token", token).put("lang", "zh").put("since", page.maxId)
          .put("horizon", page.horizon).put("received", new JsonArray(new ArrayList<>(page.received))));
      assertThat(again.next("welcome").getBoolean("resumed")).isTrue();
      again.next("seen");
    }
    assertThat(after.texts).as("the late notice on the reconnected socket, once").containsExactly(NOTICE);
    assertThat(after.ids).containsExactly(drawn);
  }

  /** What chat.js keeps of a socket's frames: the last horizon, the ids received after it, the highest id, the texts. */
  private static final class Page {
    volatile String horizon;
    final List<Long> received = java.util.Collections.synchronizedList(new ArrayList<>());
    final List<Long> ids = java.util.Collections.synchronizedList(new ArrayList<>());
    final List<String> texts = java.util.Collections.synchronizedList(new ArrayList<>());
    volatile long maxId;

    void frame(JsonObject f) {
      if ("seen".equals(f.getString("type"))) {
        horizon = f.getString("horizon");
        received.clear();
      } else if ("message".equals(f.getString("type"))) {
        long id = f.getLong("id");
        if (horizon != null) {
          received.add(id);
        }
        ids.add(id);
        texts.add(f.getString("text"));
        maxId = Math.max(maxId, id);
      }
    }
  }

  /** The notice writer as the gateway builds it, on the test's own pool (sealing with the gateway's data key). */
  private static PgNoticeRepository notices() {
    DataKeys keys = DataKeys.of(TestGateway.dataKeyFor(key), List.of());
    PgCaseRepository cases = new PgCaseRepository(pool, new QueryCodes(Base64.getDecoder().decode(key)), null,
        TestClock.CLOCK, "测试市生态环境局", "", null, false, null, keys);
    return new PgNoticeRepository(pool, TestClock.CLOCK, cases, keys);
  }

  private static JsonObject poll(String token, long since, String horizon) {
    return HttpPoll.poll(vertx, gateway.port(), token, since, horizon);
  }

  private static List<String> texts(JsonObject polled) {
    JsonArray a = polled.getJsonArray("messages");
    List<String> out = new ArrayList<>();
    for (int i = 0; i < a.size(); i++) {
      out.add(a.getJsonObject(i).getString("text"));
    }
    return out;
  }

  /** Backends of the test's database waiting for a lock, other than the holder. */
  private static long waiting(long holderPid) {
    return (Long) TestPostgres.value(db, "SELECT count(*) FROM pg_stat_activity WHERE datname = current_database() "
        + "AND wait_event_type = 'Lock' AND pid <> " + holderPid);
  }

  private static long query(Connection conn, String sql) throws Exception {
    try (Statement s = conn.createStatement(); ResultSet rs = s.executeQuery(sql)) {
      rs.next();
      Object v = rs.getObject(1);
      return v instanceof Number n ? n.longValue() : 0;
    }
  }

  /** Polls for a condition (up to 20 s: a loaded machine is slow), by count; fails naming it. */
  private static void await(String what, BooleanSupplier done) throws InterruptedException {
    for (int i = 0; i < 200; i++) {
      if (done.getAsBoolean()) {
        return;
      }
      Thread.sleep(100);
    }
    throw new AssertionError("timed out waiting: " + what);
  }
}
