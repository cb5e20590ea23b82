package org.ecopetition.gateway.channel.wechat;

import static org.assertj.core.api.Assertions.assertThat;

import io.vertx.core.Vertx;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import org.ecopetition.gateway.Gateway;
import org.ecopetition.gateway.support.TestClock;
import org.ecopetition.gateway.support.TestGateway;
import org.ecopetition.gateway.support.TestPostgres;
import org.ecopetition.gateway.support.WeChatClient;
import org.ecopetition.gateway.support.WeChatStub;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A notice written into a WeChat conversation without the conversation's lock (a staff act's acceptance notice, the
 * notice scheduler) draws its message id when it inserts, and commits when its act does. A turn's reply inserted
 * meanwhile draws a higher id and may commit, and be delivered, first. Reproduced here with the commit order forced by
 * two connections: the notice's insert waits for the turn's lock (its foreign key check), the turn commits its reply,
 * the outbox delivers it, and only then the notice commits. An outbox counting from a cursor (the last id delivered)
 * never sent that notice; one delivering what is pending sends it when it commits.
 */
class WeChatLateNoticeTest {
  private static final String NOTICE = "您的投诉已受理，案件编号HB2026061500001。";
  private static final String REPLY = "（一轮对话的回复）";
  private static final String LATER = "（之后值班员写的一句话）";
  private static Vertx vertx;
  private static WeChatStub wechat;
  private static String db;
  private static Gateway gateway;
  private static WeChatClient client;

  @BeforeAll
  static void start() {
    vertx = Vertx.vertx();
    wechat = new WeChatStub(vertx);
    db = TestPostgres.freshDatabaseUrl();
    gateway = TestGateway.start(WeChatChannelTest.env(db, TestGateway.newKey(), wechat.base()));
    client = new WeChatClient(gateway.port(), true);
  }

  @AfterAll
  static void stop() {
    gateway.close();
    wechat.close();
    vertx.close().await();
  }

  @Test
  void aNoticeThatCommitsAfterALaterReplyWasDeliveredStillReachesThePetitioner() throws Exception {
    String user = "oLate" + UUID.randomUUID().toString().replace("-", "").substring(0, 20);
    assertThat(client.push(WeChatClient.text(user, "你好", WeChatClient.nextMsgId())).status()).isEqualTo(200);
    UUID conversation = (UUID) TestPostgres.value(db, "SELECT conversation_id FROM channel_identities");
    String c = "'" + conversation + "'";
    await("the first message's turn delivered", () -> Boolean.TRUE.equals(TestPostgres.value(db,
        "SELECT lease_owner IS NULL FROM channel_outbox WHERE conversation_id = " + c)));

    ExecutorService pool = Executors.newSingleThreadExecutor();
    long noticeId;
    long replyId;
    try (Connection turn = TestPostgres.connect(db); Connection notice = TestPostgres.connect(db)) {
      turn.setAutoCommit(false);
      notice.setAutoCommit(false);
      // A turn (of another instance, or in a group commit's batch) holds the conversation's lock.
      query(turn, "SELECT id FROM conversations WHERE id = " + c + " FOR UPDATE");
      long noticePid = query(notice, "SELECT pg_backend_pid()");
      // A staff act writes its notice into the conversation (as PgNoticeRepository.send does, under its case's
      // channel: here a case registered from a call and attached to the WeChat conversation): the id is drawn, then
      // the insert waits for the turn's lock (the foreign key's check on the conversation).
      Future<Long> inserted = pool.submit(() -> insert(notice, conversation, "phone", "bot", NOTICE));
      await("the notice's insert waits for the conversation's lock", () -> "Lock".equals(TestPostgres.value(db,
          "SELECT wait_event_type FROM pg_stat_activity WHERE pid = " + noticePid)));
      // The turn stores its reply (a higher id) and commits first, with its wake.
      replyId = insert(turn, conversation, "wechat", "bot", REPLY);
      wake(turn, conversation);
      turn.commit();
      noticeId = inserted.get(30, TimeUnit.SECONDS);
      assertThat(noticeId).as("the notice drew its id before the reply").isLessThan(replyId);
      // The reply is delivered and the outbox let go while the notice is still uncommitted.
      await("the reply delivered", () -> wechat.textsTo(user).contains(REPLY) && Boolean.TRUE.equals(
          TestPostgres.value(db, "SELECT lease_owner IS NULL FROM channel_outbox WHERE conversation_id = " + c)));
      // Only now the act commits, its notice and the notice's wake with it.
      wake(notice, conversation);
      notice.commit();
    } finally {
      pool.shutdownNow();
    }
    // Staff write once more: when that has reached the petitioner, whatever was written before it had its turn.
    long laterId = TestPostgres.jdbc(db, conn -> {
      long id = insert(conn, conversation, "wechat", "staff:alice", LATER);
      wake(conn, conversation);
      return id;
    });
    await(() -> "the later message delivered (sent: " + wechat.textsTo(user) + "; outbox: " + TestPostgres.value(db,
        "SELECT row_to_json(o)::text FROM channel_outbox o WHERE conversation_id = " + c) + ")",
        () -> String.join("\n", wechat.textsTo(user)).contains(LATER));
    // Short messages pending together go in one part: the texts as the petitioner reads them, in order.
    String read = String.join("\n", wechat.textsTo(user));
    assertThat(laterId).isGreaterThan(replyId);
    // Delivered by what is still pending, not from a cursor (the last id delivered, which passed the notice's id with
    // the reply's): the notice reaches the petitioner, once, after the reply and before the later message.
    assertThat(read.split(NOTICE, -1)).as("the notice reached the petitioner once").hasSize(2);
    assertThat(read.indexOf(NOTICE)).isBetween(read.indexOf(REPLY) + REPLY.length(), read.indexOf(LATER) - 1);
    // The delivery lets go of what it sent after the API call returns, so the stub may see the text first.
    await("nothing left pending", () -> Long.valueOf(0L).equals(
        TestPostgres.value(db, "SELECT count(*) FROM channel_pending WHERE conversation_id = " + c)));
  }

  /** A message out to the petitioner as the gateway stores it (sealed), in the caller's transaction; its id. */
  private static long insert(Connection conn, UUID conversation, String channel, String author, String text)
      throws Exception {
    String body = gateway.atRest().sealBody(new JsonObject().put("text", text).put("buttons", new JsonArray()))
        .encode();
    try (PreparedStatement s = conn.prepareStatement("INSERT INTO messages (conversation_id, channel, direction, author, "
        + "body, created_at) VALUES (?, ?, 'out', ?, ?::jsonb, " + TestClock.sqlNow() + ") RETURNING id")) {
      s.setObject(1, conversation);
      s.setString(2, channel);
      s.setString(3, author);
      s.setString(4, body);
      try (ResultSet rs = s.executeQuery()) {
        rs.next();
        return rs.getLong(1);
      }
    }
  }

  /** What every writer of a conversation's message adds: the event whose NOTIFY wakes the outboxes. */
  private static void wake(Connection conn, UUID conversation) throws Exception {
    try (Statement s = conn.createStatement()) {
      s.execute("INSERT INTO events (kind, conversation_id, at) VALUES ('conversation_message', '" + conversation
          + "', " + TestClock.sqlNow() + ")");
    }
  }

  private static long query(Connection conn, String sql) throws Exception {
    try (Statement s = conn.createStatement(); ResultSet rs = s.executeQuery(sql)) {
      rs.next();
      Object v = rs.getObject(1);
      return v instanceof Number n ? n.longValue() : 0;
    }
  }

  /** Polls for a condition (up to 20 s: a loaded machine is slow); fails naming it. */
  private static void await(String what, BooleanSupplier done) throws InterruptedException {
    await(() -> what, done);
  }

  private static void await(java.util.function.Supplier<String> what, BooleanSupplier done)
      throws InterruptedException {
    for (int i = 0; i < 200; i++) {
      if (done.getAsBoolean()) {
        return;
      }
      Thread.sleep(100);
    }
    throw new AssertionError("timed out waiting: " + what.get());
  }
}
