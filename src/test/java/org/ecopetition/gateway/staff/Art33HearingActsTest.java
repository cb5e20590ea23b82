package org.ecopetition.gateway.staff;

import static org.assertj.core.api.Assertions.assertThat;

import io.vertx.core.json.JsonObject;
import java.time.LocalDate;
import java.util.List;
import org.ecopetition.gateway.calendar.WorkCalendar;
import org.ecopetition.gateway.lifecycle.ClockSpec;
import org.ecopetition.gateway.lifecycle.Clocks;
import org.ecopetition.gateway.lifecycle.Pause;
import org.ecopetition.gateway.support.StaffClient;
import org.ecopetition.gateway.support.StaffGatewayExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Art 33 through the staff API: the days of a hearing, from the day it opens to the day it ends, across a
 * month end, are not counted in the handling limit; the limit moves when the hearing ends, and an
 * extension (Art 29) adds to it, told to the petitioner with its reason.
 */
class Art33HearingActsTest {
  @RegisterExtension
  static final StaffGatewayExtension GW = new StaffGatewayExtension().on(LocalDate.of(2026, 11, 20));
  static final StaffClient staff = GW.staff();

  static LocalDate due(String n) {
    return LocalDate.parse((String) GW.value("SELECT handling_due::text FROM cases WHERE case_number = '"
        + n + "'"));
  }

  @Test
  void aHearingAcrossAMonthEndMovesTheLimitByItsDays() {
    LocalDate accepted = LocalDate.of(2026, 10, 15);
    LocalDate opened = LocalDate.of(2026, 10, 26);
    LocalDate ended = LocalDate.of(2026, 11, 5);
    String n = staff.enter(new JsonObject().put("channel", "letter").put("category", "申诉求决").put("subtype", 4)
        .put("facts", "化工厂扩建环评公示期间未征求周边村民意见。").put("request", "请求撤销批复").put("name", "韩梅")
        .put("address", "山东省淄博市临淄区某村").put("receivedOn", "2026-10-10"));
    long v = staff.act(n, "accept", 0, new JsonObject().put("reason", "属于本级职责").put("on", accepted.toString()));
    v = staff.act(n, "start_handling", v, new JsonObject().put("on", accepted.toString()));
    LocalDate before = due(n);
    v = staff.act(n, "start_hearing", v, new JsonObject().put("on", opened.toString()));
    assertThat(staff.refused(n, "start_hearing", v, new JsonObject()).getString("article")).isEqualTo("第三十三条");
    v = staff.act(n, "end_hearing", v, new JsonObject().put("on", ended.toString()));
    LocalDate after = due(n);
    Clocks clocks = new Clocks(WorkCalendar.official());
    ClockSpec conclude = ClockSpec.byId(ClockSpec.bundled(), "conclude").orElseThrow();
    assertThat(before).isEqualTo(clocks.due(conclude, accepted, List.of(), false, 0).lastDay());
    // Eleven days of hearing (10-26 to 11-05, both counted as paused) push the limit about as far.
    assertThat(after).isEqualTo(clocks.due(conclude, accepted, List.of(new Pause(opened, ended)), false, 0).lastDay());
    assertThat(after).isAfterOrEqualTo(before.plusDays(9)).isBeforeOrEqualTo(before.plusDays(14));

    // Art 29 on top: the extension keeps the hearing's days, and the petitioner is told why and until when.
    staff.act(n, "extend", v, new JsonObject().put("days", 20).put("reason", "需补充鉴定").put("approver", "局长 王某")
        .put("on", ended.toString()));
    LocalDate extended = due(n);
    assertThat(extended)
        .isEqualTo(clocks.due(conclude, accepted, List.of(new Pause(opened, ended)), false, 20).lastDay());
    assertThat((String) GW.value("SELECT text FROM notices WHERE act = 'extend' AND case_id = "
        + "(SELECT id FROM cases WHERE case_number = '" + n + "')")).contains("延长20日，至" + extended.getYear() + "年"
        + extended.getMonthValue() + "月" + extended.getDayOfMonth() + "日").contains("需补充鉴定");
  }
}
