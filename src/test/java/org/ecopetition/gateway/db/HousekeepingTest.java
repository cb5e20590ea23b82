package org.ecopetition.gateway.db;

import static org.assertj.core.api.Assertions.assertThat;

import io.vertx.core.Vertx;
import io.vertx.junit5.VertxExtension;
import io.vertx.pgclient.PgBuilder;
import io.vertx.sqlclient.Pool;
import java.sql.ResultSet;
import org.ecopetition.gateway.support.TestClock;
import org.ecopetition.gateway.support.TestPostgres;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(VertxExtension.class)
class HousekeepingTest {

  @Test
  void expiredCountsAndOldEventsGoEverythingElseStays(Vertx vertx) {
    String url = TestPostgres.freshDatabaseUrl();
    Migrations.run(PgUrl.parse(url));
    TestPostgres.jdbc(url, c -> c.createStatement().execute("""
        INSERT INTO status_failures VALUES ('client:old', NOW - interval '2 hours', 3), ('client:new', NOW, 1);
        INSERT INTO events (kind, at) VALUES ('old', NOW - interval '2 days'), ('new', NOW);"""
        .replace("NOW", TestClock.sqlNow())));
    Pool pool = PgBuilder.pool().connectingTo(PgUrl.parse(url).connectOptions()).using(vertx).build();
    new Housekeeping(pool, 60, 30, TestClock.CLOCK).run().await();
    String left = TestPostgres.jdbc(url, c -> {
      ResultSet rs = c.createStatement().executeQuery(
          "SELECT string_agg(key, ',') || '/' || (SELECT string_agg(kind, ',') FROM events) FROM status_failures");
      rs.next();
      return rs.getString(1);
    });
    assertThat(left).isEqualTo("client:new/new");
  }
}
