package org.ecopetition.gateway.db;

import static org.assertj.core.api.Assertions.assertThat;

import org.ecopetition.gateway.support.TestPostgres;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;

/**
 * An upgrade keeps what was stored: a deployment at V5 that told petitioners before the notices table
 * existed gets those notices carried over by V6, so they are not listed as never told.
 */
class NoticesMigrationTest {

  @Test
  void noticesRecordedOnTheHistoryBeforeV6AreCarriedOver() {
    String url = TestPostgres.emptyDatabaseUrl();
    PgUrl pg = PgUrl.parse(url);
    Flyway.configure().dataSource(pg.jdbcUrl(), pg.user(), pg.password()).locations("classpath:db/migration")
        .target("5").load().migrate();
    TestPostgres.jdbc(url, c -> c.createStatement().execute("""
        INSERT INTO cases (case_number, query_code_hmac, channel, anonymous, request, facts, state, department, lang,
          received_at, received_date, notice_due)
        VALUES ('HB2026110200001', '\\x00', 'webchat', false, '请求查处', '排污', 'accepted', '测试局', 'zh',
          TIMESTAMPTZ '2026-11-02 09:00+08', DATE '2026-11-02', DATE '2026-11-17');
        INSERT INTO case_events (case_id, at, kind, actor, state_to, article)
          SELECT id, TIMESTAMPTZ '2026-11-03 10:00+08', 'accept', 'staff:zhang', 'accepted', '第十七条第一款第一项' FROM cases;
        INSERT INTO case_events (case_id, at, kind, actor, article)
          SELECT id, TIMESTAMPTZ '2026-11-03 10:00+08', 'notice_sent', 'system:webchat', '第十七条' FROM cases;
        """));
    Migrations.run(pg);
    assertThat(TestPostgres.value(url, "SELECT act || ':' || channel || ':' || status || ':' || sent_on FROM notices"))
        .isEqualTo("accept:web:sent:2026-11-03");
    assertThat(TestPostgres.value(url, "SELECT raised_directly FROM cases")).isEqualTo(true);
  }
}
