package org.ecopetition.gateway.casefile;

import static org.assertj.core.api.Assertions.assertThat;

import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.pgclient.PgBuilder;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.PoolOptions;
import io.vertx.sqlclient.Row;
import java.util.Base64;
import java.util.List;
import org.ecopetition.gateway.calendar.WorkCalendar;
import org.ecopetition.gateway.db.PgUrl;
import org.ecopetition.gateway.lifecycle.Lifecycle;
import org.ecopetition.gateway.nlp.Gazetteer;
import org.ecopetition.gateway.routing.DepartmentDirectory;
import org.ecopetition.gateway.routing.Router;
import org.ecopetition.gateway.routing.RoutingRules;
import org.ecopetition.gateway.security.DataKeys;
import org.ecopetition.gateway.support.TestClock;
import org.ecopetition.gateway.support.TestGateway;
import org.ecopetition.gateway.support.TestPostgres;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Issue 16: what a registration writes of the status read model (V30, V37), counted inside its own transaction
 * (PostgreSQL's per-transaction statistics; its WAL printed): the status row written once — inserted, never rewritten with the same
 * values by the history entries of the same statement — and equal to the status computed from the tables.
 */
class RegistrationWritesTest {
  static Vertx vertx;
  static Pool pool;
  static PgCaseRepository cases;

  @BeforeAll
  static void start() {
    String db = TestPostgres.freshDatabaseUrl();
    String key = TestGateway.newKey();
    vertx = Vertx.vertx();
    pool = PgBuilder.pool().with(new PoolOptions().setMaxSize(8)).connectingTo(PgUrl.parse(db).connectOptions())
        .using(vertx).build();
    DataKeys keys = DataKeys.of(TestGateway.dataKeyFor(key), List.of());
    Gazetteer g = Gazetteer.bundled();
    // Nanjing's department: a complaint in one of its districts is its own.
    Router router = new Router(DepartmentDirectory.bundled(g), g, RoutingRules.bundled(),
        new org.ecopetition.gateway.routing.RoutingPolicy("3201", 3, 30, 15, 60));
    // Auto-acceptance on: a clear matter is registered and accepted in the one statement (two steps in its history).
    cases = new PgCaseRepository(pool, new QueryCodes(Base64.getDecoder().decode(key)),
        new Lifecycle(WorkCalendar.official(), List.of()), TestClock.CLOCK, "南京市生态环境局", "3201", router, true,
        (c, read) -> Future.succeededFuture(new Redactor.Copy(c.facts(), c.request())), keys);
  }

  @AfterAll
  static void stop() {
    pool.close().await();
    vertx.close().await();
  }

  /** The status row's inserts and updates and the refresh's calls in this transaction, and whether the row is right. */
  record Writes(String state, long inserted, long updated, long refreshes, boolean fresh, long walBytes) {}

  private static final String COUNTS = """
      coalesce((SELECT n_tup_ins FROM pg_stat_xact_user_tables WHERE relname = 'case_status'), 0),
      coalesce((SELECT n_tup_upd FROM pg_stat_xact_user_tables WHERE relname = 'case_status'), 0),
      coalesce((SELECT calls FROM pg_stat_xact_user_functions WHERE funcname = 'case_status_refresh'), 0)""";

  static Writes registerCounting(NewCase c) {
    String[] lsn = new String[1];
    long[] counted = new long[3];
    return pool.withTransaction(conn -> conn.query("SET LOCAL track_functions = 'pl'").execute()
        // Before and after, in the transaction: the per-transaction views also hold counts of the connection's
        // earlier transactions not yet flushed to the statistics (PostgreSQL 15 on).
        .compose(v -> conn.query("SELECT pg_current_wal_insert_lsn()::text, " + COUNTS).execute())
        .compose(rows -> {
          Row b = rows.iterator().next();
          lsn[0] = b.getString(0);
          counted[0] = b.getLong(1);
          counted[1] = b.getLong(2);
          counted[2] = b.getLong(3);
          return cases.register(conn, c);
        })
        .compose(r -> conn.query("""
            SELECT (SELECT state FROM case_status WHERE id = %d),
              %s,
              (SELECT l::text = s::text FROM case_status_live l JOIN case_status s USING (id) WHERE id = %d),
              pg_wal_lsn_diff(pg_current_wal_insert_lsn(), '%s')::bigint"""
            .formatted(r.id(), COUNTS, r.id(), lsn[0])).execute())
        .map(rows -> {
          Row x = rows.iterator().next();
          return new Writes(x.getString(0), x.getLong(1) - counted[0], x.getLong(2) - counted[1], x.getLong(3) - counted[2],
              x.getBoolean(4), x.getLong(5));
        })).await();
  }

  /**
   * The numbering rules as they stand (DESIGN.md: HB + the registration day + a 5-digit daily serial; kept dense and
   * unique): 24 registrations on 8 connections at once, and one rolled back among them, number the day's cases
   * 1..23 with no gap and none twice, in the order the cases were stored (their ids).
   */
  @Test
  void concurrentRegistrationsNumberTheDayDenselyUniquelyAndInOrder() {
    String day = "HB" + java.time.format.DateTimeFormatter.BASIC_ISO_DATE.format(TestClock.TODAY);
    int before = ((Number) pool.query("SELECT count(*) FROM cases WHERE case_number LIKE '" + day + "%'").execute()
        .await().iterator().next().getValue(0)).intValue();
    List<Future<?>> all = new java.util.ArrayList<>();
    for (int i = 0; i < 24; i++) {
      NewCase c = EarlierCasesTest.complaint("1391234" + String.format("%04d", i), "秦淮印染厂" + i, "3201", "water",
          null);
      all.add(i == 11
          // Registered, then the transaction fails: its number goes back with it.
          ? pool.withTransaction(conn -> cases.register(conn, c).compose(r -> Future.failedFuture("rolled back")))
          : pool.withTransaction(conn -> cases.register(conn, c)));
    }
    Future.join(all).transform(ar -> Future.succeededFuture()).await();
    List<String> byId = new java.util.ArrayList<>();
    pool.query("SELECT case_number FROM cases WHERE case_number LIKE '" + day + "%' ORDER BY id").execute().await()
        .forEach(r -> byId.add(r.getString(0)));
    List<String> expected = new java.util.ArrayList<>();
    for (int n = 1; n <= before + 23; n++) {
      expected.add(CaseNumber.of(TestClock.TODAY, n));
    }
    assertThat(byId).containsExactlyElementsOf(expected);
  }

  /** A case inserted without a history entry the status shows (an old import, a test's row) still gets its row. */
  @Test
  void aCaseInsertedWithoutHistoryGetsItsStatusRowToo() {
    Object stale = pool.withTransaction(conn -> conn.query("""
        WITH c AS (INSERT INTO cases (case_number, query_code_hmac, channel, anonymous, request, facts, state, department,
            lang, received_at, received_date, notice_due, updated_at)
          VALUES ('HB2026010100999', '\\x00', 'letter', true, '', '', 'registered', '南京市生态环境局', 'zh',
            '2026-01-01T02:00:00Z', '2026-01-01', '2026-01-16', '2026-01-01T02:00:00Z') RETURNING id),
        e AS (INSERT INTO case_events (case_id, at, kind, actor, recorded_at)
          SELECT id, '2026-01-01T02:00:00Z', 'routing_proposed', 'system:routing', '2026-01-01T02:00:00Z' FROM c)
        SELECT 1""").execute()
        .compose(v -> conn.query("""
            SELECT count(*) FROM case_status_live l FULL JOIN case_status s USING (id)
            WHERE l.case_number = 'HB2026010100999' AND (s.id IS NULL OR l::text IS DISTINCT FROM s::text)""")
            .execute())
        .map(rows -> rows.iterator().next().getValue(0))).await();
    assertThat(((Number) stale).longValue()).isZero();
    assertThat(pool.query("SELECT state FROM case_status WHERE case_number = 'HB2026010100999'").execute().await()
        .iterator().next().getString(0)).isEqualTo("registered");
  }

  @Test
  void aRegistrationWritesItsStatusRowOnceAndRight() {
    // Accepted at once (registered, then accepted: two steps in the statement's history entries).
    Writes accepted = registerCounting(EarlierCasesTest.complaint("13912345678", "金陵化工有限公司", "3201", "water",
        null));
    System.out.println("registration accepted at once: " + accepted);
    assertThat(accepted.state()).isEqualTo("accepted");
    assertThat(accepted.fresh()).as("the stored row is the one computed from the tables").isTrue();
    assertThat(accepted.inserted()).isEqualTo(1);
    assertThat(accepted.updated()).as("not rewritten with the same values").isZero();
    // Once for the case and its history: not once for the case and again per history entry that shows a step.
    assertThat(accepted.refreshes()).isEqualTo(1);
  }
}
