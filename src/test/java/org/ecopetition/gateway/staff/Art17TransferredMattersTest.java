package org.ecopetition.gateway.staff;

import static org.assertj.core.api.Assertions.assertThat;

import io.vertx.core.json.JsonObject;
import java.time.LocalDate;
import org.ecopetition.gateway.support.StaffClient;
import org.ecopetition.gateway.support.TestClock;
import org.ecopetition.gateway.support.StaffGatewayExtension;
import org.ecopetition.gateway.support.TestPostgres;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Art 17 for matters that move between offices, over the staff API and PostgreSQL: a matter transferred in
 * owes the petitioner no 15-day notice but must still be decided; an objection within 5 working days of
 * receipt (late: refused with the day it ended), returned once the transferor agrees; a result report set
 * on a transfer out is a clock of its own, overdue until the report is recorded (Art 17(1)(4)).
 */
class Art17TransferredMattersTest {
  static final LocalDate TODAY = TestClock.TODAY;
  @RegisterExtension
  static final StaffGatewayExtension GW = new StaffGatewayExtension();
  static final StaffClient staff = GW.staff();

  static JsonObject transferredIn(LocalDate received) {
    return new JsonObject().put("transferredFrom", "测试市信访局").put("receivedOn", received.toString())
        .put("facts", "某小区旁的餐馆油烟直排，熏得住户无法开窗。").put("request", "请求责令安装油烟净化设施")
        .put("category", "申诉求决").put("name", "赵敏").put("phone", "13912345678").put("location", "江苏省南京市玄武区");
  }

  static Object value(String sql) {
    return GW.value(sql);
  }

  @Test
  void aMatterTransferredInOwesNoNoticeButMustStillBeDecided() {
    String n = staff.enter(transferredIn(TODAY.minusDays(20)));
    String row = "FROM cases WHERE case_number = '" + n + "'";
    assertThat(value("SELECT raised_directly " + row)).isEqualTo(false);
    assertThat(value("SELECT transferred_from " + row)).isEqualTo("测试市信访局");
    assertThat(value("SELECT received_date::text " + row)).isEqualTo(TODAY.minusDays(20).toString());
    JsonObject overdue = staff.get("/supervision/overdue").bodyAsJsonObject();
    JsonObject mine = overdue.getJsonArray("cases").stream().map(o -> (JsonObject) o)
        .filter(o -> n.equals(o.getString("case_number"))).findFirst().orElseThrow();
    // Undecided after 15 days: overdue as a decision, never as a notice owed to the petitioner.
    assertThat(mine.getString("clock")).isEqualTo("decision");
    assertThat(overdue.getJsonArray("cases").stream().map(o -> (JsonObject) o)
        .filter(o -> n.equals(o.getString("case_number"))).map(o -> o.getString("clock")).toList())
        .containsExactly("decision");
  }

  @Test
  void anObjectionIsRaisedWithinFiveWorkingDaysAndTheMatterGoesBackWhenTheTransferorAgrees() {
    String n = staff.enter(transferredIn(TODAY));
    JsonObject noReason = staff.refused(n, "object", 0, new JsonObject());
    assertThat(noReason.getString("message")).contains("理由");
    long v = staff.act(n, "object", 0, new JsonObject().put("reason", "餐饮油烟由城管部门监管，不属于本部门职责"));
    assertThat(value("SELECT state FROM cases WHERE case_number = '" + n + "'")).isEqualTo("objected");
    v = staff.act(n, "return", v, new JsonObject().put("reason", "信访局核实同意退回"));
    assertThat(value("SELECT state FROM cases WHERE case_number = '" + n + "'")).isEqualTo("returned");
    assertThat(value("SELECT string_agg(kind || ':' || coalesce(article, ''), ',' ORDER BY id) FROM case_events "
        + "WHERE case_id = (SELECT id FROM cases WHERE case_number = '" + n + "')").toString())
        .contains("object:第十七条第三款").contains("return:第十七条第三款");
  }

  @Test
  void aLateObjectionIsRefusedWithTheDayItEndedAndChangesNothing() {
    String n = staff.enter(transferredIn(TODAY.minusDays(20)));
    JsonObject late = staff.refused(n, "object", 0, new JsonObject().put("reason", "不属于本级职责"));
    assertThat(late.getString("message")).contains("5个工作日").contains("截至");
    assertThat(late.getString("article")).isEqualTo("第十七条第三款");
    assertThat(value("SELECT state || version FROM cases WHERE case_number = '" + n + "'")).isEqualTo("registered0");
    // A matter raised directly cannot be objected to at all.
    String direct = staff.enter(transferredIn(TODAY).copy().put("channel", "letter").putNull("transferredFrom"));
    assertThat(staff.refused(direct, "object", 0, new JsonObject().put("reason", "不属于本级职责")).getString("message"))
        .contains("转送、交办");
  }

  @Test
  void aResultReportSetOnATransferIsOverdueUntilItIsRecorded() {
    String n = staff.enter(transferredIn(TODAY).copy().put("channel", "letter").putNull("transferredFrom"));
    long v = staff.act(n, "transfer", 0, new JsonObject().put("to", "320102").put("reason", "属地管理")
        .put("reportDays", 30));
    String xuanwu = (String) value("SELECT department FROM cases WHERE case_number = '" + n + "'");
    assertThat(xuanwu).contains("玄武");
    String row = "FROM cases WHERE case_number = '" + n + "'";
    assertThat(LocalDate.parse((String) value("SELECT report_due::text " + row)))
        .isBetween(TODAY.plusDays(30), TODAY.plusDays(39));
    assertThat(value("SELECT detail ->> 'reportDue' FROM case_events WHERE kind = 'transfer' AND case_id = (SELECT id "
        + row + ")")).isEqualTo(value("SELECT report_due::text " + row));
    TestPostgres.jdbc(GW.db(), c -> c.createStatement().execute("UPDATE cases SET report_due = DATE '2026-01-05' "
        + "WHERE case_number = '" + n + "'"));
    assertThat(clocksOf(n)).contains("report");
    // The supervisor's summary counts it against the department it went to.
    assertThat(staff.get("/supervision/overdue/summary").bodyAsJsonObject().getJsonArray("summary").stream()
        .map(o -> (JsonObject) o).filter(o -> xuanwu.equals(o.getString("department"))
            && "report".equals(o.getString("clock"))).findFirst().orElseThrow().getLong("cases")).isEqualTo(1L);
    assertThat(staff.refused(n, "report_result", v, new JsonObject()).getString("message")).contains("办理结果");
    staff.act(n, "report_result", v, new JsonObject().put("reason", "玄武区生态环境局报告：已责令安装油烟净化器，复查达标"));
    assertThat(clocksOf(n)).doesNotContain("report");
  }

  static java.util.List<String> clocksOf(String n) {
    return staff.get("/supervision/overdue").bodyAsJsonObject().getJsonArray("cases").stream()
        .map(o -> (JsonObject) o).filter(o -> n.equals(o.getString("case_number"))).map(o -> o.getString("clock"))
        .toList();
  }
}
