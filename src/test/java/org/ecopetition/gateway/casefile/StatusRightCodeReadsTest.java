package org.ecopetition.gateway.casefile;

import static org.assertj.core.api.Assertions.assertThat;

import io.vertx.core.Vertx;
import io.vertx.ext.web.client.WebClient;
import io.vertx.pgclient.PgBuilder;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.PoolOptions;
import io.vertx.sqlclient.Row;
import io.vertx.junit5.VertxExtension;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.ecopetition.gateway.Gateway;
import org.ecopetition.gateway.casefile.StatusLimitTest.Reported;
import org.ecopetition.gateway.config.ConfigLoader;
import org.ecopetition.gateway.db.PgUrl;
import org.ecopetition.gateway.metrics.Metrics;
import org.ecopetition.gateway.security.DataKeys;
import org.ecopetition.gateway.support.MovableClock;
import org.ecopetition.gateway.support.TestClock;
import org.ecopetition.gateway.support.TestGateway;
import org.ecopetition.gateway.support.TestPostgres;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Issue 16 §4: a status query with the right code reads and writes nothing — no failure row, no row lock, no
 * transaction id, so no commit to flush — while wrong codes are still counted in PostgreSQL, lock the case and the
 * asker out on every instance, spare the case's own device, and stop counting when their window has passed.
 */
@ExtendWith(VertxExtension.class)
class StatusRightCodeReadsTest {

  @Test
  void aRightCodeAssignsNoTransactionIdAndLeavesNoFailureRow(Vertx vertx) throws Exception {
    String db = TestPostgres.freshDatabaseUrl();
    String key = TestGateway.newKey();
    Map<String, String> env = StatusLimitTest.env(db, key);
    try (Gateway a = TestGateway.start(env); Gateway b = TestGateway.start(env)) {
      Reported r = StatusLimitTest.report(vertx, a.port());
      String path = "/api/v1/cases/" + r.number() + "/status?code=" + r.code();
      WebClient http = WebClient.create(vertx);
      for (int i = 0; i < 10; i++) {
        Gateway g = i % 2 == 0 ? a : b;
        assertThat(StatusLimitTest.ask(http, g.port(), path, "10.9.0." + i, i % 3 == 0 ? r.device() : null).await()
            .statusCode()).isEqualTo(200);
      }
      // Before issue 16 §4 every right query inserted (or locked) a row per key.
      assertThat(TestPostgres.value(db, "SELECT count(*) FROM status_failures WHERE key NOT LIKE 'open:%'")).isEqualTo(0L);

      // The gateway's own statements, on a connection whose transaction we can look into.
      Pool pool = PgBuilder.pool().with(new PoolOptions().setMaxSize(1)).connectingTo(PgUrl.parse(db).connectOptions())
          .using(vertx).build();
      try {
        StatusQueries queries = queries(pool, db, key, TestClock.CLOCK);
        Asker stranger = Asker.web("10.9.1.1", null);
        // Uncached (read and bound together), then cached (the bound alone): neither takes a transaction id.
        assertThat(xidAfter(pool, queries, r.number(), r.code(), stranger)).isNull();
        assertThat(xidAfter(pool, queries, r.number(), r.code(), stranger)).isNull();
        assertThat(xidAfter(pool, queries, r.number(), r.code(),
            Asker.web("10.9.1.2", sha256(r.device())))).isNull();
        // The check can fail: a wrong code writes its count, in one statement.
        assertThat(xidAfter(pool, queries, r.number(), "ZZZZZZZZ", stranger)).isNotNull();
        assertThat(TestPostgres.value(db, "SELECT count(*) FROM status_failures WHERE key NOT LIKE 'open:%'")).isEqualTo(3L);
      } finally {
        pool.close().await();
      }
    }
  }

  @Test
  void wrongCodesOnOneInstanceLockTheOtherUntilTheWindowHasPassed(Vertx vertx) {
    String db = TestPostgres.freshDatabaseUrl();
    Map<String, String> env = StatusLimitTest.env(db, TestGateway.newKey());
    env.put("GATEWAY_STATUS_MAX_FAILURES_PER_CASE", "8");
    env.put("GATEWAY_STATUS_FAILURE_WINDOW_MINUTES", "60");
    MovableClock clock = new MovableClock();
    try (Gateway a = TestGateway.start(null, env, clock); Gateway b = TestGateway.start(null, env, clock)) {
      Reported r = StatusLimitTest.report(vertx, a.port());
      String base = "/api/v1/cases/" + r.number() + "/status?code=";
      WebClient http = WebClient.create(vertx);
      // One guesser: five wrong codes on instance a (the per (case, client) bound) ...
      for (int i = 0; i < 5; i++) {
        assertThat(StatusLimitTest.status(http, a.port(), base + "WRONGAA" + "CDEFG".charAt(i), "10.7.0.1"))
            .isEqualTo(404);
      }
      // ... and instance b refuses them even the right code, while everyone else is answered.
      assertThat(StatusLimitTest.status(http, b.port(), base + r.code(), "10.7.0.1")).isEqualTo(429);
      assertThat(StatusLimitTest.status(http, b.port(), base + r.code(), "10.7.0.2")).isEqualTo(200);
      // Three strangers more on b reach the per-case bound of 8: the case is locked on a for everyone ...
      for (int i = 0; i < 3; i++) {
        assertThat(StatusLimitTest.status(http, b.port(), base + "WRONGBB" + "CDE".charAt(i), "10.7.1." + i))
            .isEqualTo(404);
      }
      assertThat(StatusLimitTest.status(http, a.port(), base + r.code(), "10.7.0.3")).isEqualTo(429);
      // ... but its own device, even from the guesser's address.
      assertThat(StatusLimitTest.ask(http, a.port(), base + r.code(), "10.7.0.1", r.device()).await().statusCode())
          .isEqualTo(200);
      // The right codes counted nothing: eight failures on the case, no more.
      assertThat(TestPostgres.value(db, "SELECT failures FROM status_failures WHERE key = 'case:" + r.number() + "'"))
          .isEqualTo(8);

      clock.advance(Duration.ofMinutes(59));
      assertThat(StatusLimitTest.status(http, b.port(), base + r.code(), "10.7.0.3")).isEqualTo(429);
      clock.advance(Duration.ofMinutes(2));
      // The window has passed: the same askers are answered, on either instance.
      assertThat(StatusLimitTest.status(http, b.port(), base + r.code(), "10.7.0.3")).isEqualTo(200);
      assertThat(StatusLimitTest.status(http, a.port(), base + r.code(), "10.7.0.1")).isEqualTo(200);
      // And a wrong code starts a new window at one.
      assertThat(StatusLimitTest.status(http, a.port(), base + "WRONGCCC", "10.7.0.1")).isEqualTo(404);
      assertThat(TestPostgres.value(db, "SELECT failures FROM status_failures WHERE key = 'case:" + r.number() + "'"))
          .isEqualTo(1);
    }
  }

  /**
   * A right code must not be answered on a count read before a wrong code of the same key, in flight on another
   * connection, has been counted: it waits for that attempt's commit, then sees the bound reached.
   */
  @Test
  void aRightCodeWaitsForAWrongCodeInFlightOnTheSameKey() throws Exception {
    String db = TestPostgres.freshDatabaseUrl();
    // The schema: a gateway migrates the fresh database.
    TestGateway.start(StatusLimitTest.env(db, TestGateway.newKey())).close();
    Timestamp now = Timestamp.from(TestClock.CLOCK.instant());
    String attempt = "SELECT status_attempt(ARRAY['pair:X|dev', 'client:c'], ARRAY[1, 30], ARRAY[0, 0], ?, ?, 60, 1, 300)";
    try (Connection wrong = TestPostgres.connect(db); Connection right = TestPostgres.connect(db)) {
      wrong.setAutoCommit(false);
      assertThat(attempt(wrong, attempt, false, now)).isZero();
      CompletableFuture<Integer> answered = CompletableFuture.supplyAsync(() -> {
        try {
          return attempt(right, attempt, true, now);
        } catch (java.sql.SQLException e) {
          throw new IllegalStateException(e);
        }
      });
      Thread.sleep(500);
      assertThat(answered).as("the right code waits for the wrong one in flight").isNotDone();
      wrong.commit();
      assertThat(answered.get(10, TimeUnit.SECONDS)).as("seconds to wait").isPositive();
    }
    // A right code of other keys is not held up by it, and is answered.
    try (Connection c = TestPostgres.connect(db)) {
      assertThat(attempt(c, "SELECT status_attempt(ARRAY['pair:Y|dev'], ARRAY[1], ARRAY[0], ?, ?, 60, 1, 300)",
          true, now)).isZero();
    }
  }

  private static int attempt(Connection c, String sql, boolean right, Timestamp now) throws java.sql.SQLException {
    try (PreparedStatement s = c.prepareStatement(sql)) {
      s.setBoolean(1, right);
      s.setTimestamp(2, now);
      try (ResultSet rs = s.executeQuery()) {
        rs.next();
        return rs.getInt(1);
      }
    }
  }

  /** The transaction id a status query took inside a transaction of its own (null: it wrote and locked nothing). */
  private static Object xidAfter(Pool pool, StatusQueries queries, String number, String code, Asker asker) {
    return pool.withConnection(conn -> conn.query("BEGIN").execute()
        .compose(v -> queries.query(conn, number, code, asker))
        .compose(result -> conn.query("SELECT pg_current_xact_id_if_assigned()::text").execute())
        .map(rows -> {
          Row row = rows.iterator().next();
          return (Object) row.getString(0);
        })
        .eventually(() -> conn.query("COMMIT").execute())).await();
  }

  /** The status queries as the gateway builds them (caching a case's view), on a pool of the test's own. */
  private static StatusQueries queries(Pool pool, String db, String key, java.time.Clock clock) throws Exception {
    QueryCodes codes = new QueryCodes(Base64.getDecoder().decode(key));
    PgCaseRepository repo = new PgCaseRepository(pool, codes, null, clock, "测试市生态环境局", "", null, false, null,
        DataKeys.of(TestGateway.dataKeyFor(key), List.of()));
    Map<String, String> env = StatusLimitTest.env(db, key);
    env.put("GATEWAY_STATUS_CACHE_SECONDS", "60");
    var limits = ConfigLoader.load(null, env).status();
    return new StatusQueries(repo, codes, limits, Metrics.NONE, clock);
  }

  private static byte[] sha256(String token) throws Exception {
    return java.security.MessageDigest.getInstance("SHA-256")
        .digest(token.getBytes(java.nio.charset.StandardCharsets.UTF_8));
  }
}
