package org.ecopetition.gateway.conversation;

import static org.assertj.core.api.Assertions.assertThat;

import io.vertx.core.Vertx;
import io.vertx.junit5.VertxExtension;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.ecopetition.gateway.Gateway;
import org.ecopetition.gateway.channel.webchat.WebChatFlowTestSupport;
import org.ecopetition.gateway.support.TestClock;
import org.ecopetition.gateway.support.TestGateway;
import org.ecopetition.gateway.support.TestPostgres;
import org.ecopetition.gateway.support.TurnSocket;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;

/**
 * The events' NOTIFY after the COMMIT (V34): a transaction that NOTIFYs holds PostgreSQL's cluster-wide notify lock
 * through its commit's flush, so the group commit's batches leave their events' NOTIFYs for after their COMMIT.
 */
@ExtendWith(VertxExtension.class)
class NotifyAfterCommitTest {
  /** The moment the events are written at: 10:00 Beijing time on the suite's fixed day, read off no clock. */
  private static final OffsetDateTime AT = TestClock.TODAY.atTime(10, 0).atZone(TestClock.CHINA).toOffsetDateTime();


  /**
   * With gateway.notify_after on, an event NOTIFYs nothing at its COMMIT; its id is kept for the writer, and an event
   * rolled back to its savepoint is not kept. Every other writer still NOTIFYs in its transaction.
   */
  @Test
  void aTransactionThatAsksGetsItsEventIdsInsteadOfNotifies() throws Exception {
    String db = TestPostgres.freshDatabaseUrl();
    OffsetDateTime at = AT;
    try (Connection listener = TestPostgres.connect(db); Connection writer = TestPostgres.connect(db)) {
      try (Statement s = listener.createStatement()) {
        s.execute("LISTEN gateway_events");
      }
      writer.setAutoCommit(false);
      try (Statement s = writer.createStatement()) {
        s.execute("SELECT set_config('gateway.notify_after', 'on', true)");
        s.execute("SAVEPOINT turn");
      }
      long dropped = event(writer, "dropped", at);
      try (Statement s = writer.createStatement()) {
        s.execute("ROLLBACK TO SAVEPOINT turn");
      }
      long kept = event(writer, "kept", at);
      String ids;
      try (Statement s = writer.createStatement(); ResultSet rs = s.executeQuery(
          "SELECT current_setting('gateway.notify_ids', true)")) {
        rs.next();
        ids = rs.getString(1);
      }
      writer.commit();
      assertThat(ids).isEqualTo(kept + ",");
      assertThat(dropped).isNotEqualTo(kept);
      // Then an event written as before, NOTIFYed at its COMMIT: notifications arrive in commit order, so it is the
      // first one the listener gets (the earlier transaction's event sent none).
      writer.setAutoCommit(true);
      long plain = event(writer, "plain", at);
      List<String> got = notifications(listener, 1);
      assertThat(got).hasSize(1);
      assertThat(got.get(0)).startsWith(plain + ",plain,");
    }
  }

  /**
   * V36: a turn's event is an id of the events' sequence and a NOTIFY, no row. With gateway.notify_after on, its
   * payload is kept for the writer (a turn rolled back to its savepoint drops its own) and nothing is NOTIFYed at the
   * COMMIT; otherwise it is NOTIFYed at the COMMIT. Either way no events row is written.
   */
  @Test
  void aTurnsEventIsAnIdAndANotifyWithoutARow() throws Exception {
    String db = TestPostgres.freshDatabaseUrl();
    UUID conversation = UUID.randomUUID();
    long rowsBefore = ((Number) TestPostgres.value(db, "SELECT count(*) FROM events")).longValue();
    try (Connection listener = TestPostgres.connect(db); Connection writer = TestPostgres.connect(db)) {
      try (Statement s = listener.createStatement()) {
        s.execute("LISTEN gateway_events");
      }
      writer.setAutoCommit(false);
      try (Statement s = writer.createStatement()) {
        s.execute("SELECT set_config('gateway.notify_after', 'on', true)");
        s.execute("SAVEPOINT turn");
      }
      long dropped = turnEvent(writer, conversation, null);
      try (Statement s = writer.createStatement()) {
        s.execute("ROLLBACK TO SAVEPOINT turn");
        s.execute("RELEASE SAVEPOINT turn");
        s.execute("SAVEPOINT turn");
      }
      long kept = turnEvent(writer, conversation, "watched");
      String turns;
      try (Statement s = writer.createStatement(); ResultSet rs = s.executeQuery(
          "SELECT current_setting('gateway.notify_turns', true)")) {
        rs.next();
        turns = rs.getString(1);
      }
      writer.commit();
      assertThat(kept).isGreaterThan(dropped);
      assertThat(turns).isEqualTo(kept + ",conversation_turn," + conversation + ",watched;");
      // Alone (no notify_after): NOTIFYed at its COMMIT, the first notification the listener gets (the batch's none).
      long alone = turnEvent(writer, conversation, null);
      writer.commit();
      List<String> got = notifications(listener, 1);
      assertThat(got).containsExactly(alone + ",conversation_turn," + conversation + ",");
      // Ids stay those of the events' sequence: a row written after them has a higher one.
      writer.setAutoCommit(true);
      long row = event(writer, "plain", AT);
      assertThat(row).isGreaterThan(alone);
    }
    assertThat(((Number) TestPostgres.value(db, "SELECT count(*) FROM events")).longValue()).isEqualTo(rowsBefore + 1);
  }

  /**
   * The NOTIFYs after a batch's COMMIT are one statement in a transaction of its own, which does not wait for a WAL
   * flush: it writes nothing before its commit record (PostgreSQL flushes at commit only a transaction that wrote WAL).
   * Every payload the committed batch left (V41: kept on the connection, session-level) reaches the listener, in id
   * order — the events rows' and the turns' —, and thirty of them cost a few WAL writes, where thirty events rows (a
   * write, NOTIFYed by V9's trigger) each wait for their commit's flush (pg_stat_wal).
   */
  @Test
  void theNotifiesAfterABatchAreOneStatementThatDoesNotWaitForTheFlush() throws Exception {
    String db = TestPostgres.freshDatabaseUrl();
    UUID conversation = UUID.randomUUID();
    int n = 30;
    try (Connection listener = TestPostgres.connect(db); Connection writer = TestPostgres.connect(db)) {
      try (Statement s = listener.createStatement()) {
        s.execute("LISTEN gateway_events");
      }
      long synced = walWrites(writer, () -> {
        for (int i = 0; i < n; i++) {
          event(writer, "plain", AT);
        }
      });
      assertThat(notifications(listener, n)).hasSize(n);
      long told = 0;
      List<String> expected = new ArrayList<>();
      for (int i = 0; i < n; i++) {
        writer.setAutoCommit(false);
        batchBegins(writer, "t" + i);
        long a = turnEvent(writer, conversation, "watched");
        long b = event(writer, "row", AT);
        long c = turnEvent(writer, conversation, null);
        writer.commit();
        writer.setAutoCommit(true);
        expected.addAll(List.of(a + ",conversation_turn," + conversation + ",watched", b + ",row,,row",
            c + ",conversation_turn," + conversation + ","));
        long[] untold = new long[1];
        String tag = "t" + i;
        told += walWrites(writer, () -> untold[0] = notifyUntold(writer, tag));
        assertThat(untold[0]).as("the NOTIFYs the batch left").isEqualTo(3);
        assertThat(notifyUntold(writer, tag)).as("told once: no batch left after it").isEqualTo(-1);
      }
      // Each once, in order: none NOTIFYed at its batch's COMMIT (it would come twice).
      List<String> got = notifications(listener, 3 * n);
      PGNotification[] more = listener.unwrap(PGConnection.class).getNotifications(300);
      for (int i = 0; more != null && i < more.length; i++) {
        got.add(more[i].getParameter());
      }
      assertThat(got).containsExactlyElementsOf(expected);
      assertThat(synced).as("WAL writes of %d NOTIFYs committed synchronously", n).isGreaterThanOrEqualTo(n);
      assertThat(told).as("WAL writes of %d NOTIFY statements after a batch", n).isLessThan(n / 3);
    }
  }

  /**
   * A batch that did not commit leaves nothing to NOTIFY, and says so: rolled back, or ended by a COMMIT in a
   * transaction an error aborted (which PostgreSQL answers with ROLLBACK, not an error) — the payloads and the load's
   * flag are session settings made in the transaction, undone with it. A turn rolled back to its savepoint drops its
   * own payload.
   */
  @Test
  void aBatchThatDidNotCommitLeavesNothingToTell() throws Exception {
    String db = TestPostgres.freshDatabaseUrl();
    UUID conversation = UUID.randomUUID();
    try (Connection listener = TestPostgres.connect(db); Connection writer = TestPostgres.connect(db);
        Statement s = writer.createStatement()) {
      try (Statement l = listener.createStatement()) {
        l.execute("LISTEN gateway_events");
      }
      s.execute("BEGIN");
      batchBegins(writer, "a");
      turnEvent(writer, conversation, null);
      s.execute("ROLLBACK");
      assertThat(notifyUntold(writer, "a")).as("rolled back").isEqualTo(-1);
      s.execute("BEGIN");
      batchBegins(writer, "b");
      turnEvent(writer, conversation, null);
      try {
        s.execute("SELECT 1 / 0");
      } catch (java.sql.SQLException expected) {
        // the transaction is aborted: its COMMIT will answer ROLLBACK
      }
      s.execute("COMMIT");
      assertThat(notifyUntold(writer, "b")).as("aborted, then COMMIT").isEqualTo(-1);
      s.execute("BEGIN");
      batchBegins(writer, "c");
      s.execute("SAVEPOINT turn");
      turnEvent(writer, conversation, "dropped");
      s.execute("ROLLBACK TO SAVEPOINT turn");
      long kept = turnEvent(writer, conversation, null);
      s.execute("COMMIT");
      assertThat(notifyUntold(writer, "c")).as("committed, one payload kept").isEqualTo(1);
      assertThat(notifications(listener, 1)).containsExactly(kept + ",conversation_turn," + conversation + ",");
      assertThat(notifyUntold(writer, "c")).as("not a batch since").isEqualTo(-1);
    }
  }

  /** As a batch's load begins it ({@link PgConversationRepository#LOAD_BATCH}), with no conversation. */
  private static void batchBegins(Connection c, String tag) throws Exception {
    try (java.sql.PreparedStatement s = c.prepareStatement(
        "SELECT * FROM load_batch_untold('{}'::uuid[], '{}'::bigint[], '{}'::text[], ?)")) {
      s.setString(1, tag);
      try (ResultSet rs = s.executeQuery()) {
        assertThat(rs.next()).isFalse();
      }
    }
  }

  private static int notifyUntold(Connection c, String tag) throws Exception {
    try (java.sql.PreparedStatement s = c.prepareStatement(PgConversationRepository.NOTIFY_UNTOLD.replace("$1", "?"))) {
      s.setString(1, tag);
      try (ResultSet rs = s.executeQuery()) {
        rs.next();
        return rs.getInt(1);
      }
    }
  }

  /**
   * A gateway of the previous version (V41's calls, no tag) during a rolling upgrade: its batch is still told as
   * committed once, and an aborted one as not (V42 keeps V41's functions as calls of its own with the tag 'on').
   */
  @Test
  void theUntaggedCallsOfTheVersionBeforeStillWork() throws Exception {
    String db = TestPostgres.freshDatabaseUrl();
    UUID conversation = UUID.randomUUID();
    try (Connection writer = TestPostgres.connect(db); Statement s = writer.createStatement()) {
      s.execute("BEGIN");
      s.executeQuery("SELECT * FROM load_batch_untold('{}'::uuid[], '{}'::bigint[], '{}'::text[])").close();
      turnEvent(writer, conversation, null);
      s.execute("COMMIT");
      assertThat(untagged(writer)).as("committed, one payload").isEqualTo(1);
      assertThat(untagged(writer)).as("told once").isEqualTo(-1);
      s.execute("BEGIN");
      s.executeQuery("SELECT * FROM load_batch_untold('{}'::uuid[], '{}'::bigint[], '{}'::text[])").close();
      try {
        s.execute("SELECT 1 / 0");
      } catch (java.sql.SQLException expected) {
        // aborted: its COMMIT answers ROLLBACK
      }
      s.execute("COMMIT");
      assertThat(untagged(writer)).as("aborted").isEqualTo(-1);
    }
  }

  private static int untagged(Connection c) throws Exception {
    try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT notify_untold()")) {
      rs.next();
      return rs.getInt(1);
    }
  }

  /**
   * A flag left behind by a notify that failed (its clearing undone with it: here it is simply never sent) is another
   * batch's: when the next batch on the connection is aborted, its COMMIT (answered ROLLBACK) undoes its own flag back
   * to that stale one, and the tag tells them apart (V42). Untagged, the aborted batch was taken for committed.
   */
  @Test
  void aFlagAFailedNotifyLeftIsNotTakenForTheNextBatchs() throws Exception {
    String db = TestPostgres.freshDatabaseUrl();
    UUID conversation = UUID.randomUUID();
    try (Connection writer = TestPostgres.connect(db); Statement s = writer.createStatement()) {
      s.execute("BEGIN");
      batchBegins(writer, "first");
      turnEvent(writer, conversation, null);
      s.execute("COMMIT");
      // notify_untold("first") failed here: the connection still holds the first batch's flag.
      s.execute("BEGIN");
      batchBegins(writer, "second");
      turnEvent(writer, conversation, null);
      try {
        s.execute("SELECT 1 / 0");
      } catch (java.sql.SQLException expected) {
        // aborted: its COMMIT answers ROLLBACK
      }
      s.execute("COMMIT");
      assertThat(notifyUntold(writer, "second")).as("the aborted batch is not taken for committed").isEqualTo(-1);
      assertThat(notifyUntold(writer, "first")).as("the first batch's flag, still there, told when asked").isEqualTo(1);
    }
  }

  private interface Work {
    void run() throws Exception;
  }

  /** pg_stat_wal's WAL writes during {@code work}, this connection's statistics flushed before each reading. */
  private static long walWrites(Connection c, Work work) throws Exception {
    long before = walWrites(c);
    work.run();
    return walWrites(c) - before;
  }

  private static long walWrites(Connection c) throws Exception {
    try (Statement s = c.createStatement()) {
      s.execute("SELECT pg_stat_force_next_flush()");
      s.execute("SELECT 1");
      try (ResultSet rs = s.executeQuery("SELECT wal_write FROM pg_stat_wal")) {
        rs.next();
        return rs.getLong(1);
      }
    }
  }

  /**
   * A turn committed in a batch still wakes every listener, with the payload V9's trigger gave (id, kind, conversation,
   * detail); and it leaves no events row (V36).
   */
  @Test
  void aBatchedTurnsEventIsNotifiedAfterItsCommit(Vertx vertx) throws Exception {
    turnIsNotifiedWithoutARow(vertx, true);
  }

  /** The same with group commit off: the turn's own transaction NOTIFYs at its COMMIT. */
  @Test
  void aTurnAloneIsNotifiedAtItsCommitWithoutARow(Vertx vertx) throws Exception {
    turnIsNotifiedWithoutARow(vertx, false);
  }

  private static void turnIsNotifiedWithoutARow(Vertx vertx, boolean batched) throws Exception {
    String db = TestPostgres.freshDatabaseUrl();
    Map<String, String> env = TestGateway.env(db, TestGateway.newKey());
    env.put("GATEWAY_CHAT_GROUP_COMMIT_ENABLED", String.valueOf(batched));
    try (Gateway gw = TestGateway.start(env); TurnSocket s = TurnSocket.open(vertx, gw.port(), null);
        Connection listener = TestPostgres.connect(db)) {
      try (Statement st = listener.createStatement()) {
        st.execute("LISTEN gateway_events");
      }
      String conversation = TestPostgres.value(db, "SELECT id::text FROM conversations").toString();
      TurnSocket.Answer a = s.turn(WebChatFlowTestSupport.FIRST, UUID.randomUUID().toString(), 60);
      assertThat(a.error()).isNull();
      List<String> got = new ArrayList<>();
      long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
      while (got.stream().noneMatch(p -> p.contains(",conversation_turn," + conversation + ","))
          && System.nanoTime() < deadline) {
        got.addAll(notifications(listener, 1));
      }
      assertThat(got).anyMatch(p -> p.matches("\\d+,conversation_turn," + conversation + ","));
      assertThat(((Number) TestPostgres.value(db,
          "SELECT count(*) FROM events WHERE kind = 'conversation_turn'")).longValue()).isZero();
    }
  }

  private static long turnEvent(Connection c, UUID conversation, String detail) throws Exception {
    try (PreparedStatement ps = c.prepareStatement("SELECT turn_event(?, ?)")) {
      ps.setObject(1, conversation);
      ps.setString(2, detail);
      try (ResultSet rs = ps.executeQuery()) {
        rs.next();
        return rs.getLong(1);
      }
    }
  }

  private static long event(Connection c, String detail, OffsetDateTime at) throws Exception {
    try (PreparedStatement ps = c.prepareStatement(
        "INSERT INTO events (kind, detail, at) VALUES (?, ?, ?) RETURNING id")) {
      ps.setString(1, detail);
      ps.setString(2, detail);
      ps.setObject(3, at);
      try (ResultSet rs = ps.executeQuery()) {
        rs.next();
        return rs.getLong(1);
      }
    }
  }

  /** The notifications received, waiting until at least {@code least} came (up to 30 s). */
  private static List<String> notifications(Connection c, int least) throws Exception {
    List<String> out = new ArrayList<>();
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
    while (out.size() < least && System.nanoTime() < deadline) {
      PGNotification[] n = c.unwrap(PGConnection.class).getNotifications(500);
      if (n != null) {
        for (PGNotification x : n) {
          out.add(x.getParameter());
        }
      }
    }
    return out;
  }
}
