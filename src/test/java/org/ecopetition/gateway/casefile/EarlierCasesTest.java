package org.ecopetition.gateway.casefile;

import static org.assertj.core.api.Assertions.assertThat;

import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.pgclient.PgBuilder;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.PoolOptions;
import java.time.LocalDate;
import java.util.Base64;
import java.util.List;
import org.ecopetition.gateway.calendar.WorkCalendar;
import org.ecopetition.gateway.db.PgUrl;
import org.ecopetition.gateway.lifecycle.Lifecycle;
import org.ecopetition.gateway.nlp.Gazetteer;
import org.ecopetition.gateway.routing.DepartmentDirectory;
import org.ecopetition.gateway.routing.PriorCase;
import org.ecopetition.gateway.routing.Proposal;
import org.ecopetition.gateway.routing.Router;
import org.ecopetition.gateway.routing.RoutingPolicy;
import org.ecopetition.gateway.routing.RoutingRules;
import org.ecopetition.gateway.security.DataKeys;
import org.ecopetition.gateway.support.TestClock;
import org.ecopetition.gateway.support.TestGateway;
import org.ecopetition.gateway.support.TestPostgres;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Issue 16: registration's earlier cases through the real repository on real PostgreSQL. The decisions they make (a
 * repeat by the same phone, Art 18(1); a hotspot over Art 34's threshold, not under it, not outside its window) are
 * pinned, and so is their cost in counts: the phones opened (AES-GCM decryptions) and the rows the router is given do
 * not grow with a factory's complaints or a petitioner's own history.
 */
class EarlierCasesTest {
  /** Jiangsu's provincial department; three cases about one polluter or place and kind in 30 days are a hotspot. */
  static final RoutingPolicy POLICY = new RoutingPolicy("32", 3, 30, 15, 60);
  static Vertx vertx;
  static Pool pool;
  static DataKeys keys;
  static PgCaseRepository cases;

  @BeforeAll
  static void start() {
    String db = TestPostgres.freshDatabaseUrl();
    String key = TestGateway.newKey();
    vertx = Vertx.vertx();
    pool = PgBuilder.pool().with(new PoolOptions().setMaxSize(2)).connectingTo(PgUrl.parse(db).connectOptions())
        .using(vertx).build();
    keys = DataKeys.of(TestGateway.dataKeyFor(key), List.of());
    Gazetteer g = Gazetteer.bundled();
    Router router = new Router(DepartmentDirectory.bundled(g), g, RoutingRules.bundled(), POLICY);
    cases = new PgCaseRepository(pool, new QueryCodes(Base64.getDecoder().decode(key)),
        new Lifecycle(WorkCalendar.official(), List.of()), TestClock.CLOCK, "江苏省生态环境厅", "32", router, false,
        (c, read) -> Future.succeededFuture(new Redactor.Copy(c.facts(), c.request())), keys);
  }

  @AfterAll
  static void stop() {
    pool.close().await();
    vertx.close().await();
  }

  /** A complaint about water pollution in 南京市江宁区 ({@code county}: 320115) or elsewhere, received {@code on}. */
  static NewCase complaint(String phone, String polluter, String placeCode, String kind, LocalDate on) {
    return new NewCase("web", null, false, "王某某", null, phone, "江苏省南京市江宁区", "江苏省", "南京市", "江宁区", null,
        placeCode, null, "请依法查处", "发现" + (polluter == null ? "有人" : polluter) + "排放污水", "申诉求决", 3, kind,
        null, polluter, null, null, false, false, "zh", on == null ? null : new NewCase.Origin(on, null, null), false);
  }

  static Registered register(NewCase c) {
    return pool.withTransaction(conn -> cases.register(conn, c)).await();
  }

  static List<PriorCase> earlier(NewCase c) {
    return pool.withConnection(conn -> cases.earlier(conn, c)).await();
  }

  /** What one registration of {@code c} costs: phones opened, rows given to the router; and its proposal. */
  record Cost(long opened, int rows, Proposal proposal) {}

  /**
   * The rows PostgreSQL reads for {@code c}'s earlier cases (EXPLAIN ANALYZE of the statement with its parameters):
   * every scan's rows returned and removed by its filter, times its loops.
   */
  static long rowsRead(NewCase c) {
    LocalDate day = TestClock.TODAY;
    Object plan = pool.withConnection(conn -> conn.preparedQuery("EXPLAIN (ANALYZE, FORMAT JSON) " + PgCaseRepository.PRIORS)
        .execute(cases.priorsOf(c, day)).map(rows -> rows.iterator().next().getValue(0))).await();
    io.vertx.core.json.JsonArray json = plan instanceof io.vertx.core.json.JsonArray a ? a
        : new io.vertx.core.json.JsonArray(String.valueOf(plan));
    return scanned(json.getJsonObject(0).getJsonObject("Plan"));
  }

  private static long scanned(io.vertx.core.json.JsonObject node) {
    long n = 0;
    if (node.getString("Node Type").contains("Scan") && node.containsKey("Relation Name")) {
      n += (node.getLong("Actual Rows", 0L) + node.getLong("Rows Removed by Filter", 0L)
          + node.getLong("Rows Removed by Index Recheck", 0L)) * node.getLong("Actual Loops", 1L);
    }
    io.vertx.core.json.JsonArray plans = node.getJsonArray("Plans");
    for (int i = 0; plans != null && i < plans.size(); i++) {
      n += scanned(plans.getJsonObject(i));
    }
    return n;
  }

  static Cost cost(NewCase c) {
    int rows = earlier(c).size();
    long before = keys.opened();
    Proposal p = register(c).proposal();
    return new Cost(keys.opened() - before, rows, p);
  }

  @Test
  void aRepeatBySamePhoneIsLinkedToTheOpenCaseAndAnotherWayOfWritingItIsNot() {
    String mine = "13912340001";
    Registered first = register(complaint(mine, "金陵化工有限公司", "320115", "water", null));
    assertThat(first.proposal().duplicateOf()).isNull();
    Cost again = cost(complaint(mine, "金陵化工 有限公司", "320115", "water", null));
    assertThat(again.proposal().decision()).isEqualTo(Proposal.Decision.REPEAT);
    assertThat(again.proposal().duplicateOf()).isEqualTo(first.caseNumber());
    // The phone of the one case that is the same matter is opened to compare it exactly; no other.
    assertThat(again.opened()).isEqualTo(1);
    // The same digits written otherwise find the cases by their keyed hash, but are not the same phone as routing
    // compares phones (the text as given): no repeat, as before.
    Cost spaced = cost(complaint("139 1234 0001", "金陵化工有限公司", "320115", "water", null));
    assertThat(spaced.proposal().duplicateOf()).isNull();
    // A stranger's complaint about the same factory opens no phone at all.
    Cost stranger = cost(complaint("13912340002", "金陵化工有限公司", "320115", "water", null));
    assertThat(stranger.proposal().duplicateOf()).isNull();
    assertThat(stranger.opened()).isZero();
    assertThat(stranger.proposal().hotspot()).isTrue();
  }

  /** The polluter is stripped by hand as the regular expression {@code \s} did, full-width spaces kept alike. */
  @Test
  void polluterWhitespaceIsStrippedAsBefore() {
    for (String p : new String[] {"金陵化工有限公司", " 金陵 化工\t有限\n公司 ", "金陵\u3000化工", "\u000B\f\r", "", "a b"}) {
      assertThat(Router.stripped(p)).isEqualTo(p.replaceAll("\\s", ""));
    }
    assertThat(Router.stripped(null)).isNull();
  }

  /** A phone written without digits has no keyed hash: it is still compared as written, as before. */
  @Test
  void aPhoneWithoutDigitsIsComparedAsWritten() {
    Registered first = register(complaint("不方便留", "钟山水泥有限公司", "320102", "dust", null));
    Cost again = cost(complaint("不方便留", "钟山水泥有限公司", "320102", "dust", null));
    assertThat(again.proposal().duplicateOf()).isEqualTo(first.caseNumber());
    assertThat(cost(complaint("以后再说", "钟山水泥有限公司", "320102", "dust", null)).proposal().duplicateOf())
        .isNull();
  }

  @Test
  void aHotspotNeedsThreeCasesInThirtyDays() {
    LocalDate today = TestClock.TODAY;
    // Long ago: outside the window, counts for nothing.
    register(complaint("13912350000", "栖霞纸业有限公司", "320113", "air", today.minusDays(40)));
    register(complaint("13912350001", "栖霞纸业有限公司", "320113", "air", today.minusDays(31)));
    Cost one = cost(complaint("13912350002", "栖霞纸业有限公司", "320113", "air", today.minusDays(1)));
    assertThat(one.proposal().hotspot()).isFalse();
    // Two earlier in the window (one by polluter, one by place and kind): the third is a hotspot.
    register(complaint("13912350003", null, "320113", "air", today.minusDays(2)));
    Cost three = cost(complaint("13912350004", "栖霞纸业有限公司", "320113", "air", today));
    assertThat(three.proposal().hotspot()).isTrue();
    assertThat(three.opened()).isZero();
    // Others' cases are found by the same polluter or the same place and kind, as before: a polluter named within
    // another's name, at another place and of another kind, makes no hotspot.
    Cost within = cost(complaint("13912350005", "南京栖霞纸业有限公司", "320111", "noise", today));
    assertThat(within.proposal().hotspot()).isFalse();
  }

  /**
   * A factory with many complaints, and a petitioner with many of their own: a registration opens at most the one
   * phone of the matter it repeats, and the router is given at most the threshold's cases of others, whatever the
   * history (1, 10, 50 earlier cases).
   */
  @Test
  void theCostOfARegistrationDoesNotGrowWithHistory() {
    int[] sizes = {1, 10, 50};
    int done = 0;
    for (int size : sizes) {
      for (; done < size; done++) {
        // Others' complaints about the factory, and the petitioner's own about other things.
        register(complaint("1381111" + String.format("%04d", done), "秦淮印染有限公司", "320104", "water", null));
        register(complaint("13822220000", stone(done), "3201" + (14 + done % 3), "noise", null));
      }
      NewCase stranger = complaint("1383333" + String.format("%04d", size), "秦淮印染有限公司", "320104", "water", null);
      NewCase again = complaint("13822220000", stone(size - 1), "320116", "dust", null);
      long strangerRead = rowsRead(stranger);
      long ownRead = rowsRead(again);
      Cost c = cost(stranger);
      Cost own = cost(again);
      System.out.printf("earlier cases %d: a stranger's complaint about the factory opened %d phones, the router got %d"
          + " rows (PostgreSQL read %d); the petitioner's own repeat opened %d, got %d (read %d)%n", size, c.opened(),
          c.rows(), strangerRead, own.opened(), own.rows(), ownRead);
      assertThat(c.proposal().hotspot()).isEqualTo(size >= 2);
      assertThat(c.opened()).isZero();
      assertThat(c.rows()).isLessThanOrEqualTo(POLICY.hotspotCases() - 1);
      assertThat(own.proposal().decision()).isEqualTo(Proposal.Decision.REPEAT);
      assertThat(own.opened()).isEqualTo(1);
      assertThat(own.rows()).isLessThanOrEqualTo(1 + POLICY.hotspotCases() - 1);
    }
  }

  /**
   * PostgreSQL's plan cache may keep a statement's generic plan (parameters unknown) once it looks no dearer than the
   * custom ones, and for the earlier cases that plan read the whole cases table (pgcpu: a sequential scan at 393 of
   * 397 slow calls in the chat benchmark): the statement is planned with its parameters at every call — the client
   * keeps it unprepared, so no connection holds a plan of it after any number of registrations.
   */
  @Test
  void theEarlierCasesArePlannedWithTheirParametersAtEveryCall() {
    NewCase c = complaint("13866660001", "建邺第一化工厂", "320105", "water", null);
    long kept = pool.withConnection(conn -> {
      // A statement the client does keep prepared, beside it.
      Future<?> chain = conn.preparedQuery("SELECT count(*) FROM cases WHERE id = $1").execute(
          io.vertx.sqlclient.Tuple.of(1L));
      for (int i = 0; i < 8; i++) {
        chain = chain.compose(v -> cases.earlier(conn, c));
      }
      return chain.compose(v -> conn.query("SELECT count(*) FILTER (WHERE statement LIKE '%WITH mine AS%' "
          + "AND statement NOT LIKE 'EXPLAIN%'), count(*) "
          + "FROM pg_prepared_statements").execute())
          .map(rows -> {
            io.vertx.sqlclient.Row r = rows.iterator().next();
            // The other statement is kept: the count is of a cache that works.
            assertThat(r.getLong(1)).isPositive();
            return r.getLong(0);
          });
    }).await();
    assertThat(kept).isZero();
  }

  /** The petitioner's own polluters: names of one length, none within another. */
  static String stone(int n) {
    return "雨花石材厂" + String.format("%03d", n);
  }
}
