package org.ecopetition.gateway.web;

import org.ecopetition.gateway.support.Web;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.vertx.core.Vertx;
import io.vertx.core.json.JsonObject;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import org.ecopetition.gateway.Gateway;
import org.ecopetition.gateway.calendar.Deadline;
import org.ecopetition.gateway.calendar.WorkCalendar;
import org.ecopetition.gateway.support.StaffClient;
import org.ecopetition.gateway.support.TestClock;
import org.ecopetition.gateway.support.TestGateway;
import org.ecopetition.gateway.support.TestPostgres;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * calendar.file through the running gateway: /health/ready says from when deadlines are estimated; once a
 * deployment adds next year's holidays and restarts, the open cases' estimated deadlines are counted again on them
 * (correction 14), with a history entry; a malformed file stops the start.
 */
class CalendarFileGatewayTest {
  static final LocalDate DAY = LocalDate.of(2026, 12, 10);
  static final Clock CLOCK = TestClock.at(DAY);

  static JsonObject ready(Vertx vertx, Gateway g) {
    return Web.once(vertx, c -> c.get(g.port(), "127.0.0.1", "/health/ready").send().await().bodyAsJsonObject()
        .getJsonObject("parts").getJsonObject("calendar"));
  }

  static Path config(Path dir, Path calendar) throws java.io.IOException {
    return Files.writeString(dir.resolve("gateway.yaml"), "calendar:\n  file: " + calendar + "\n");
  }

  @Test
  void estimatedDeadlinesAreRecomputedWhenTheDeploymentAddsTheNextYear(@TempDir Path dir) throws Exception {
    Vertx vertx = Vertx.vertx();
    String db = TestPostgres.freshDatabaseUrl();
    Map<String, String> env = TestGateway.env(db, TestGateway.newKey());
    StaffClient.configure(env);
    String accepted;
    String waiting;
    try (Gateway first = TestGateway.start(null, env, CLOCK)) {
      assertThat(ready(vertx, first).getString("estimatedFrom")).isEqualTo("2027-01-01");
      StaffClient staff = new StaffClient(vertx, first);
      JsonObject letter = new JsonObject().put("channel", "letter").put("category", "申诉求决").put("subtype", 3)
          .put("facts", "工厂夜间排放刺鼻气体。").put("request", "请求查处").put("name", "林一").put("address", "某地");
      accepted = staff.enter(letter);
      staff.act(accepted, "accept", 0, new JsonObject());
      waiting = staff.enter(letter);
    }
    String row = "FROM cases WHERE case_number = '" + accepted + "'";
    assertThat(TestPostgres.value(db, "SELECT handling_due_estimated " + row)).isEqualTo(true);
    Object waitingDue = TestPostgres.value(db, "SELECT notice_due::text FROM cases WHERE case_number = '" + waiting + "'");

    Path calendar = Files.writeString(dir.resolve("cn-2027.tsv"),
        "2027-01-01\toff\t元旦\n2027-02-08\toff\t春节\n2027-02-09\toff\t春节\n2027-02-10\toff\t春节\n");
    try (Gateway second = TestGateway.start(config(dir, calendar), env, CLOCK)) {
      assertThat(ready(vertx, second).getString("estimatedFrom")).isEqualTo("2028-01-01");
      LocalDate expected = Deadline.calendarDays(WorkCalendar.official(calendar), DAY, 60).lastDay();
      assertThat(TestPostgres.value(db, "SELECT handling_due::text || ' ' || handling_due_estimated " + row))
          .isEqualTo(expected + " false");
      assertThat(TestPostgres.value(db, "SELECT count(*) FROM case_events WHERE kind = 'deadlines_recomputed' AND "
          + "case_id = (SELECT id " + row + ")")).isEqualTo(1L);
      // A deadline that was never estimated is left as it was.
      assertThat(TestPostgres.value(db, "SELECT notice_due::text FROM cases WHERE case_number = '" + waiting + "'"))
          .isEqualTo(waitingDue);
    } finally {
      vertx.close().await();
    }
    Path bad = Files.writeString(dir.resolve("bad.tsv"), "2027-02-31\toff\n");
    assertThatThrownBy(() -> TestGateway.start(config(dir, bad), env, CLOCK)).hasRootCauseMessage(
        "calendar.file is not valid:\n  " + bad + " line 1: '2027-02-31' is not a date (YYYY-MM-DD)");
  }
}
