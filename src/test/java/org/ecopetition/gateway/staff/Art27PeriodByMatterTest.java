package org.ecopetition.gateway.staff;

import static org.assertj.core.api.Assertions.assertThat;

import io.vertx.core.json.JsonObject;
import java.time.LocalDate;
import org.ecopetition.gateway.calendar.WorkCalendar;
import org.ecopetition.gateway.support.StaffClient;
import org.ecopetition.gateway.support.StaffGatewayExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Art 27: a subtype (3) matter is performed or replied to within 60 days of acceptance, unless another law
 * sets a different period for its kind (法律、法规另有规定的，从其规定) — configured per matter type by the
 * deployment, and recorded with its basis on the acceptance.
 */
class Art27PeriodByMatterTest {
  @RegisterExtension
  static final StaffGatewayExtension GW = new StaffGatewayExtension("""
      lifecycle:
        performPeriods:
          - matter: 餐饮油烟
            days: 30
            basis: 《某省大气污染防治条例》第四十条
      """, env -> {}).on(LocalDate.of(2026, 11, 2));
  static final StaffClient staff = GW.staff();

  static JsonObject complaint(String matter) {
    return new JsonObject().put("channel", "letter").put("facts", "楼下饭店的油烟管道正对我家窗户，每天中午晚上都有油烟。")
        .put("request", "请求责令整改").put("category", "申诉求决").put("subtype", 3).put("name", "郑洁")
        .put("address", "江苏省南京市鼓楼区某路1号").put("matter", matter);
  }

  static LocalDate due(String n) {
    return LocalDate.parse((String) GW.value("SELECT handling_due::text FROM cases WHERE case_number = '"
        + n + "'"));
  }

  /** Calendar days from the acceptance, with a last day on a rest day moved to the next working day. */
  static LocalDate expected(LocalDate accepted, int days) {
    WorkCalendar cal = WorkCalendar.official();
    LocalDate d = accepted.plusDays(days);
    while (!cal.isWorkingDay(d)) {
      d = d.plusDays(1);
    }
    return d;
  }

  @Test
  void aMatterWithItsOwnStatutoryPeriodUsesItAndRecordsTheBasis() {
    LocalDate accepted = LocalDate.of(2026, 11, 2);
    String n = staff.enter(complaint("餐饮油烟"));
    staff.act(n, "accept", 0, new JsonObject().put("reason", "属于本级职责").put("on", accepted.toString()));
    assertThat(due(n)).isEqualTo(expected(accepted, 30));
    assertThat((String) GW.value("SELECT detail ->> 'period' FROM case_events WHERE kind = 'accept' AND "
        + "case_id = (SELECT id FROM cases WHERE case_number = '" + n + "')"))
        .contains("《某省大气污染防治条例》第四十条").contains("第二十七条");
  }

  @Test
  void everyOtherMatterKeepsSixtyDays() {
    LocalDate accepted = LocalDate.of(2026, 11, 2);
    String n = staff.enter(complaint("工业废气"));
    staff.act(n, "accept", 0, new JsonObject().put("reason", "属于本级职责").put("on", accepted.toString()));
    assertThat(due(n)).isEqualTo(expected(accepted, 60));
    assertThat(GW.value("SELECT handling_basis FROM cases WHERE case_number = '" + n + "'"))
        .isEqualTo("第二十七条");
  }
}
