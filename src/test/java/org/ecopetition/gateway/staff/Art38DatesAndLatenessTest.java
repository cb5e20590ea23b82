package org.ecopetition.gateway.staff;

import static org.assertj.core.api.Assertions.assertThat;

import io.vertx.core.json.JsonObject;
import java.time.LocalDate;
import org.ecopetition.gateway.support.StaffClient;
import org.ecopetition.gateway.support.StaffGatewayExtension;
import org.ecopetition.gateway.support.TestClock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Dates the record can trust (Art 38: no falsifying by dating; Art 17, 29, 30 windows; Art 38-41 lateness): every act
 * carries the moment it was recorded beside the day it takes effect; that day is never in the future, never before
 * receipt or the previous act; a window is checked against both days; an extension only before the limit runs out;
 * an act done late stays on record as late and supervision lists it by department and period; a case under hearing
 * is not overdue (Art 33).
 */
class Art38DatesAndLatenessTest {
  static final LocalDate TODAY = TestClock.TODAY;
  @RegisterExtension
  static final StaffGatewayExtension GW = new StaffGatewayExtension();
  static final StaffClient staff = GW.staff();

  static JsonObject letter(LocalDate received, int subtype) {
    return new JsonObject().put("channel", "letter").put("category", "申诉求决").put("subtype", subtype)
        .put("receivedOn", received.toString()).put("facts", "河道被上游工厂排放的废水染成红色。")
        .put("request", "请求查处").put("name", "吴刚").put("address", "浙江省杭州市某村");
  }

  static Object value(String sql) {
    return GW.value(sql);
  }

  static String ofCase(String n) {
    return "(SELECT id FROM cases WHERE case_number = '" + n + "')";
  }

  @Test
  void anActTakesEffectNeitherInTheFutureNorBeforeReceiptNorBeforeThePreviousAct() {
    String n = staff.enter(letter(TODAY.minusDays(10), 3));
    assertThat(GW.refusedUnchanged(n, "accept", 0, new JsonObject().put("on", TODAY.plusDays(1).toString()))
        .getString("article")).isEqualTo("第三十八条");
    assertThat(GW.refusedUnchanged(n, "accept", 0, new JsonObject().put("on", TODAY.minusDays(11).toString()))
        .getString("message")).contains("收到信访事项之日");
    long v = staff.act(n, "accept", 0, new JsonObject().put("on", TODAY.minusDays(5).toString()));
    assertThat(GW.refusedUnchanged(n, "start_handling", v, new JsonObject().put("on", TODAY.minusDays(6).toString()))
        .getString("message")).contains("上一个处理行为");
    staff.act(n, "start_handling", v, new JsonObject().put("on", TODAY.minusDays(5).toString()));
    // The act took effect five days ago; it was recorded today, by the gateway's clock.
    assertThat(value("SELECT (at AT TIME ZONE 'Asia/Shanghai')::date::text || ' ' || "
        + "(recorded_at AT TIME ZONE 'Asia/Shanghai')::date::text FROM case_events WHERE kind = 'accept' AND case_id = "
        + ofCase(n))).isEqualTo(TODAY.minusDays(5) + " " + TODAY);
    assertThat(value("SELECT accepted_date::text FROM cases WHERE case_number = '" + n + "'"))
        .isEqualTo(TODAY.minusDays(5).toString());
  }

  @Test
  void backDatingIntoAWindowThatHasClosedIsRefused() {
    // Transferred in 20 days ago: the 5 working days to object are over, even for a letter dated the next day.
    String n = staff.enter(letter(TODAY.minusDays(20), 3).put("transferredFrom", "某市信访局"));
    assertThat(GW.refusedUnchanged(n, "object", 0, new JsonObject().put("reason", "不属于本级职责")
        .put("on", TODAY.minusDays(19).toString())).getString("article")).isEqualTo("第十七条第三款");
  }

  @Test
  void anExtensionIsGrantedOnlyBeforeTheHandlingPeriodRanOut() {
    String n = staff.enter(letter(TODAY.minusDays(90), 4));
    long v = staff.act(n, "accept", 0, new JsonObject().put("on", TODAY.minusDays(80).toString()));
    v = staff.act(n, "start_handling", v, new JsonObject().put("on", TODAY.minusDays(80).toString()));
    LocalDate due = LocalDate.parse((String) value("SELECT handling_due::text FROM cases WHERE case_number = '" + n + "'"));
    assertThat(due).isBefore(TODAY);
    JsonObject late = GW.refusedUnchanged(n, "extend", v, new JsonObject().put("days", 30).put("reason", "案情复杂")
        .put("approver", "李局长"));
    assertThat(late.getString("article")).isEqualTo("第二十九条");
    assertThat(late.getString("message")).contains("届满");
    // Back-dated to a day inside the limit: still refused, the record is made today.
    GW.refusedUnchanged(n, "extend", v, new JsonObject().put("days", 30).put("reason", "案情复杂")
        .put("approver", "李局长").put("on", due.minusDays(1).toString()));
  }

  @Test
  void anActDoneLateStaysOnRecordAndSupervisionListsItByDepartmentAndPeriod() {
    String n = staff.enter(letter(TODAY.minusDays(30), 3));
    JsonObject done = staff.post("/cases/" + n + "/acts", new JsonObject().put("act", "accept").put("version", 0))
        .bodyAsJsonObject();
    assertThat(done.getJsonObject("late").getString("clock")).isEqualTo("notice");
    String onTime = staff.enter(letter(TODAY.minusDays(1), 3));
    staff.act(onTime, "accept", 0, new JsonObject());
    String period = "?from=" + TODAY.minusDays(1) + "&to=" + TODAY;
    String listed = staff.get("/supervision/late" + period).bodyAsJsonObject().encode();
    assertThat(listed).contains(n).doesNotContain(onTime);
    JsonObject act = staff.get("/supervision/late" + period).bodyAsJsonObject().getJsonArray("acts").stream()
        .map(o -> (JsonObject) o).filter(o -> n.equals(o.getString("case_number"))).findFirst().orElseThrow();
    assertThat(act.getString("act")).isEqualTo("accept");
    assertThat(act.getString("due")).isEqualTo(value("SELECT notice_due::text FROM cases WHERE case_number = '" + n + "'"));
    assertThat(act.getString("done_on")).isEqualTo(TODAY.toString());
    // The deployment's department (the ministry by default: code "") and an unrelated one; an earlier period.
    assertThat(staff.get("/supervision/late" + period + "&department=").bodyAsJsonObject().encode()).contains(n);
    assertThat(staff.get("/supervision/late" + period + "&department=3201").bodyAsJsonObject().encode())
        .doesNotContain(n);
    assertThat(staff.get("/supervision/late?to=" + TODAY.minusDays(2)).bodyAsJsonObject().encode()).doesNotContain(n);
    // The overdue list forgets it once the letter is posted; the late list does not.
    long letter = (Long) value("SELECT id FROM notices WHERE act = 'accept' AND case_id = " + ofCase(n));
    assertThat(staff.post("/notices/" + letter + "/delivery", new JsonObject().put("status", "sent")).statusCode())
        .isEqualTo(200);
    assertThat(staff.get("/supervision/overdue").bodyAsJsonObject().encode()).doesNotContain(n);
    assertThat(staff.get("/supervision/late").bodyAsJsonObject().encode()).contains(n);
  }

  /**
   * A supervisor filters the overdue list by a department's code, as the case list and the late acts take it: the
   * list compared the code with the department's name and answered nothing, and an unknown clock answered nothing too
   * (read as "nothing overdue"); now the code lists that department and those below, and an unknown clock is a 400.
   */
  @Test
  void theOverdueListFiltersByADepartmentsCodeAndRefusesAClockItDoesNotKnow() {
    // Transferred to Zhejiang's department with a result report due in 10 days, 85 days ago: overdue as "report".
    String n = staff.enter(letter(TODAY.minusDays(90), 3).put("location", "杭州萧山区"));
    staff.act(n, "transfer", 0, new JsonObject().put("on", TODAY.minusDays(85).toString()).put("to", "33")
        .put("reportDays", 10).put("reason", "属地管理"));
    assertThat(value("SELECT responsible_code FROM cases WHERE case_number = '" + n + "'")).isEqualTo("33");
    String department = (String) value("SELECT department FROM cases WHERE case_number = '" + n + "'");
    assertThat(staff.get("/supervision/overdue?clock=report").bodyAsJsonObject().encode()).contains(n);
    assertThat(staff.get("/supervision/overdue?department=33").bodyAsJsonObject().encode()).contains(n);
    assertThat(staff.get("/supervision/overdue?department=33&clock=report").bodyAsJsonObject().encode()).contains(n);
    assertThat(staff.get("/supervision/overdue?department=3301").bodyAsJsonObject().encode()).doesNotContain(n);
    assertThat(staff.get("/supervision/overdue?department=11").bodyAsJsonObject().encode()).doesNotContain(n);
    assertThat(staff.get("/supervision/overdue?department="
        + java.net.URLEncoder.encode(department, java.nio.charset.StandardCharsets.UTF_8)).bodyAsJsonObject().encode())
        .contains(n);
    var bad = staff.get("/supervision/overdue?clock=handeling");
    assertThat(bad.statusCode()).isEqualTo(400);
    assertThat(bad.bodyAsJsonObject().getJsonObject("error").getString("field")).isEqualTo("clock");
  }

  /**
   * The overdue list as CSV for the supervisor's spreadsheet, with the same filters; a mistyped department code (Latin
   * letters or digits that are no code) is a 400 naming it, as a mistyped clock is, not an empty list.
   */
  @Test
  void theOverdueListExportsAsCsvWithItsFiltersAndRefusesAMistypedDepartmentCode() {
    String n = staff.enter(letter(TODAY.minusDays(95), 3).put("location", "宁波鄞州区"));
    staff.act(n, "transfer", 0, new JsonObject().put("on", TODAY.minusDays(88).toString()).put("to", "33")
        .put("reportDays", 10).put("reason", "属地管理"));
    var csv = staff.get("/supervision/overdue?department=33&clock=report&format=csv");
    assertThat(csv.statusCode()).isEqualTo(200);
    assertThat(csv.getHeader("Content-Type")).startsWith("text/csv");
    assertThat(csv.getHeader("Content-Disposition")).contains("attachment", "overdue-" + TODAY + ".csv");
    String[] lines = csv.bodyAsString().split("\r\n");
    // UTF-8 with its BOM, so that Excel on a Chinese Windows does not read it as GBK.
    assertThat(lines[0]).isEqualTo("\uFEFFcase_number,clock,due,state,department,responsible_code,sent_to,received_date,"
        + "notes,answered");
    assertThat(lines).anyMatch(l -> l.startsWith(n + ",report,"));
    var none = staff.get("/supervision/overdue?department=11&format=csv");
    assertThat(none.bodyAsString()).startsWith("\uFEFFcase_number,").doesNotContain(n);
    for (String typo : new String[] {"320", "32O1", "3201x"}) {
      var bad = staff.get("/supervision/overdue?department=" + typo);
      assertThat(bad.statusCode()).as(typo).isEqualTo(400);
      assertThat(bad.bodyAsJsonObject().getJsonObject("error").getString("field")).isEqualTo("department");
    }
    assertThat(staff.get("/supervision/overdue?format=xlsx").statusCode()).isEqualTo(400);
  }

  @Test
  void aCaseUnderHearingIsNotShownOverdue() {
    String n = staff.enter(letter(TODAY.minusDays(90), 4));
    long v = staff.act(n, "accept", 0, new JsonObject().put("on", TODAY.minusDays(80).toString()));
    v = staff.act(n, "start_handling", v, new JsonObject().put("on", TODAY.minusDays(80).toString()));
    assertThat(staff.get("/supervision/overdue?clock=handling").bodyAsJsonObject().encode()).contains(n);
    v = staff.act(n, "start_hearing", v, new JsonObject().put("on", TODAY.minusDays(40).toString()));
    assertThat(staff.get("/supervision/overdue?clock=handling").bodyAsJsonObject().encode()).doesNotContain(n);
    staff.act(n, "end_hearing", v, new JsonObject());
    // Forty days of hearing are not counted: the limit moves past today.
    LocalDate due = LocalDate.parse((String) value("SELECT handling_due::text FROM cases WHERE case_number = '" + n + "'"));
    assertThat(due).isAfterOrEqualTo(TODAY);
    assertThat(staff.get("/supervision/overdue?clock=handling").bodyAsJsonObject().encode()).doesNotContain(n);
  }
}
