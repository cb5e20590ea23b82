package org.ecopetition.gateway.alert;

import static org.assertj.core.api.Assertions.assertThat;

import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.json.JsonObject;
import io.vertx.pgclient.PgBuilder;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.PoolOptions;
import io.vertx.sqlclient.Tuple;
import java.sql.Connection;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import org.ecopetition.gateway.access.Role;
import org.ecopetition.gateway.access.StaffPrincipal;
import org.ecopetition.gateway.db.PgUrl;
import org.ecopetition.gateway.support.StaffClient;
import org.ecopetition.gateway.support.StaffGateway;
import org.ecopetition.gateway.support.TestClock;
import org.ecopetition.gateway.support.TestPostgres;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The alert look-up of who may see an alert, against the real PostgreSQL, failing as it fails in production:
 *
 * <ul>
 *   <li>Its connection dropped (pg_terminate_backend) while it waits on a lock of the accounts table, once or twice,
 *       then the lock released: the normal alert goes out once to each entitled officer, no content-free alert, nothing
 *       twice (Art 19, without a false "told without check" for the consoles).
 *   <li>The accounts table gone for good: the content-free alert goes out, but never to an officer recused from the
 *       alert's case (Art 21); with the cases table gone too, who is barred cannot be known, and only the officer on
 *       duty for the level above is told ({@link BlindRecipients}).
 * </ul>
 *
 * The gateway (Nanjing's bureau, 3201) registers the cases and records the recusal; a watch of the test's own, with a
 * recording messenger, is told of alerts raised in the database, and looks staff up in the real accounts table.
 */
class AlertLookupRecoveryTest {
  static Vertx vertx;
  static StaffGateway gw;
  static Pool pool;
  static final List<String[]> sent = new CopyOnWriteArrayList<>();
  static AlertWatch watch;
  static String complaint;
  static long caseId;

  @BeforeAll
  static void start() {
    vertx = Vertx.vertx();
    gw = StaffGateway.start(vertx, null, env -> {
      env.put("GATEWAY_ROUTING_DIVISION_CODE", "3201");
      StaffClient.configure(env);
    });
    pool = PgBuilder.pool().with(new PoolOptions().setMaxSize(2)).connectingTo(PgUrl.parse(gw.db()).connectOptions())
        .using(vertx).build();
    // Connected before the tests: a pool's first connection is not what is tested.
    pool.query("SELECT 1").execute().await();
    for (String[] s : List.of(new String[] {"qian", "3201"}, new String[] {"sun", "3201"},
        new String[] {"zhao", "32"})) {
      sql("INSERT INTO staff_users (login, display_name, role, department_code, password_hash, must_change_password, "
          + "created_at, updated_at) VALUES ('" + s[0] + "', '" + s[0] + "', 'supervisor', '" + s[1]
          + "', 'x', false, '2026-01-01T00:00:00Z', '2026-01-01T00:00:00Z')");
    }
    complaint = gw.staff().enter(new JsonObject().put("channel", "phone").put("category", "申诉求决")
        .put("facts", "鼓楼区热河南路的印染厂排出的废水把护城河染红了，下游泵站的人闻了头晕。").put("request", "请求立即处置")
        .put("name", "滕玉芳").put("phone", "13770419285").put("polluter", "热河南路印染厂")
        .put("location", "江苏省南京市鼓楼区热河南路"));
    assertThat(gw.staff().post("/cases/" + complaint + "/recusals", new JsonObject().put("login", "qian")
        .put("reason", "其妻系印染厂会计")).statusCode()).isEqualTo(201);
    caseId = ((Number) TestPostgres.value(gw.db(), "SELECT id FROM cases WHERE case_number = '" + complaint + "'"))
        .longValue();
    // On duty now: qian and sun for the bureau (3201), zhao for the province (32), the level above.
    Instant now = TestClock.CLOCK.instant();
    roster("qian", "13911110001", "3201", now);
    roster("sun", "13911110002", "3201", now);
    roster("zhao", "13911110003", "32", now);
    DutyMessenger record = (officer, text, reference) -> {
      sent.add(new String[] {officer.login(), text});
      return Future.succeededFuture(true);
    };
    watch = new AlertWatch(new PgAlertRepository(pool, TestClock.CLOCK), new PgDutyRoster(pool, TestClock.CLOCK),
        List.of(record), Duration.ofDays(1), TestClock.CLOCK, AlertLookupRecoveryTest::principal);
    watch.start(vertx);
  }

  @AfterAll
  static void stop() {
    pool.close().await();
    gw.close();
    vertx.close().await();
  }

  /** The member of staff of a login, read from the accounts table (the lookup that fails here). */
  static Future<Optional<StaffPrincipal>> principal(String login) {
    return pool.preparedQuery("SELECT role, department_code FROM staff_users WHERE login = $1").execute(Tuple.of(login))
        .map(rows -> rows.size() == 0 ? Optional.<StaffPrincipal>empty() : Optional.of(new StaffPrincipal(login,
            Role.of(rows.iterator().next().getString("role")).orElseThrow(),
            rows.iterator().next().getString("department_code"))));
  }

  static void sql(String statement) {
    TestPostgres.jdbc(gw.db(), c -> c.createStatement().execute(statement));
  }

  static void roster(String login, String phone, String department, Instant now) {
    sql("INSERT INTO duty_roster (login, phone, department_code, starts_at, ends_at, created_by, created_at) VALUES ('"
        + login + "', '" + phone + "', '" + department + "', '" + now.minusSeconds(3600) + "', '" + now.plusSeconds(7200)
        + "', 'staff:wang', '" + now + "')");
  }

  /** A danger-to-life alert on the case, raised in the database (its department the bureau's). */
  static long alert() {
    return ((Number) TestPostgres.value(gw.db(), "INSERT INTO alerts (kind, case_id, department_code, raised_at) "
        + "VALUES ('life_safety', " + caseId + ", '3201', '" + TestClock.CLOCK.instant() + "') RETURNING id")).longValue();
  }

  static List<String> told(long alert, String marker) {
    return sent.stream().filter(m -> m[1].contains("编号" + alert + marker)).map(m -> m[0]).sorted().toList();
  }

  static Object value(String sql) {
    return TestPostgres.value(gw.db(), sql);
  }

  /**
   * Raises {@code alert} while a lock on the accounts table makes the look-up wait, and drops the look-up's connection
   * {@code drops} times as it waits; then releases the lock.
   */
  static void raisedThroughDrops(long alert, int drops) throws Exception {
    try (Connection locker = TestPostgres.connect(gw.db())) {
      locker.setAutoCommit(false);
      locker.createStatement().execute("LOCK TABLE staff_users IN ACCESS EXCLUSIVE MODE");
      Future<Void> done = watch.raised(alert);
      for (int i = 0; i < drops; i++) {
        long until = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        boolean dropped = false;
        while (!dropped) {
          assertThat(System.nanoTime()).as("the look-up waiting on the lock").isLessThan(until);
          // The look-up waits on the lock while its statement is parsed (pg_stat_activity still shows the one before).
          try (var rs = locker.createStatement().executeQuery("SELECT pg_terminate_backend(pid) FROM pg_locks "
              + "WHERE NOT granted AND relation = 'staff_users'::regclass AND pid <> pg_backend_pid()")) {
            dropped = rs.next() && rs.getBoolean(1);
          }
          if (!dropped) {
            Thread.sleep(50);
          }
        }
      }
      // The last drop's retry waits on the lock (or is about to): released, it reads the accounts.
      locker.commit();
      done.await();
    }
  }

  @Test
  void aLookupThatFailsOnceThenSucceedsRaisesTheNormalAlertOnceAndNoContentFreeOne() throws Exception {
    checkRecovery(1);
  }

  @Test
  void aLookupThatFailsTwiceThenSucceedsRaisesTheNormalAlertOnceAndNoContentFreeOne() throws Exception {
    checkRecovery(2);
  }

  static void checkRecovery(int drops) throws Exception {
    long alert = alert();
    raisedThroughDrops(alert, drops);
    // sun and zhao see the alert (qian is recused from its case): each told once, by the normal alert.
    assertThat(told(alert, "，")).containsExactly("sun", "zhao");
    assertThat(told(alert, "）")).as("no content-free alert").isEmpty();
    assertThat(sent.stream().filter(m -> m[1].contains("有紧急信访待处理"))
        .filter(m -> m[1].contains("编号" + alert + "）"))).isEmpty();
    assertThat(value("SELECT cardinality(blind_raisings) FROM alerts WHERE id = " + alert)).isEqualTo(0);
    assertThat(value("SELECT cardinality(duty_gaps) FROM alerts WHERE id = " + alert)).isEqualTo(0);
    assertThat(value("SELECT array_to_string(notified, ',') FROM alerts WHERE id = " + alert)).isEqualTo("sun#0,zhao#0");
    // Told again (another instance announcing the same raising): nobody is told twice.
    watch.raised(alert).await();
    assertThat(told(alert, "，")).containsExactly("sun", "zhao");
  }

  @Test
  void theContentFreeAlertNeverReachesAnOfficerBarredFromItsCaseAndWhenNothingCanBeReadOnlyTheLevelAbove() {
    long alert = alert();
    sql("ALTER TABLE staff_users RENAME TO staff_users_unreachable");
    try {
      watch.raised(alert).await();
    } finally {
      sql("ALTER TABLE staff_users_unreachable RENAME TO staff_users");
    }
    // The cases could still be read: qian, recused from the case, is told nothing; sun and zhao content-free.
    assertThat(told(alert, "）")).containsExactly("sun", "zhao");
    assertThat(sent.stream().filter(m -> m[0].equals("qian")).filter(m -> m[1].contains("编号" + alert))).isEmpty();
    assertThat(value("SELECT array_to_string(blind_raisings, ',') FROM alerts WHERE id = " + alert)).isEqualTo("0");

    // Neither accounts nor cases can be read: only zhao, on duty for the province above the bureau, is told.
    long unknown = alert();
    sql("ALTER TABLE staff_users RENAME TO staff_users_unreachable");
    sql("ALTER TABLE cases RENAME TO cases_unreachable");
    try {
      watch.raised(unknown).await();
    } finally {
      sql("ALTER TABLE cases_unreachable RENAME TO cases");
      sql("ALTER TABLE staff_users_unreachable RENAME TO staff_users");
    }
    assertThat(told(unknown, "）")).containsExactly("zhao");
    assertThat(value("SELECT array_to_string(blind_raisings, ',') FROM alerts WHERE id = " + unknown)).isEqualTo("0");
  }

  @Test
  void theRuleOfWhoIsSentTheContentFreeAlert() {
    PgDutyRoster.Officer bureau = new PgDutyRoster.Officer("sun", "1", null, "3201");
    PgDutyRoster.Officer recused = new PgDutyRoster.Officer("qian", "2", null, "3201");
    PgDutyRoster.Officer branch = new PgDutyRoster.Officer("li", "3", null, "320116");
    PgDutyRoster.Officer province = new PgDutyRoster.Officer("zhao", "4", null, "32");
    List<PgDutyRoster.Officer> all = List.of(bureau, recused, branch, province);
    var accusation = new org.ecopetition.gateway.access.CaseView("3201", "检举控告", List.of("staff:qian"),
        List.of("320116", "320111"));
    assertThat(BlindRecipients.of(all, "3201", Optional.of(List.of(accusation)))).containsExactly(bureau, province);
    // No case yet (a conversation still talking): nobody is barred.
    assertThat(BlindRecipients.of(all, "3201", Optional.of(List.of()))).containsExactlyElementsOf(all);
    // Nothing known: the level above only.
    assertThat(BlindRecipients.of(all, "3201", Optional.empty())).containsExactly(province);
    assertThat(BlindRecipients.of(all, "32", Optional.empty())).isEmpty();
  }
}
