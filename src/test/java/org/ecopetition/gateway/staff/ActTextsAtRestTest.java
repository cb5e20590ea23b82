package org.ecopetition.gateway.staff;

import static org.assertj.core.api.Assertions.assertThat;

import io.vertx.core.json.JsonObject;
import org.ecopetition.gateway.support.StaffClient;
import org.ecopetition.gateway.support.StaffGatewayExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * What staff write on a case's history (an act's reason, a supervision note) is stored as every case text is: an ID
 * number in it is masked before it reaches the database, not only on its way out to the reported party (staffqa2).
 */
class ActTextsAtRestTest {
  @RegisterExtension
  static final StaffGatewayExtension GW = new StaffGatewayExtension();
  static final StaffClient staff = GW.staff();
  /** A resident ID number of the right shape (Yongdeng county, a valid check digit). */
  static final String ID = "620121198807150026";

  @Test
  void anIdNumberInAnActsReasonOrANoteIsNotStoredInClear() {
    String n = staff.enter(new JsonObject().put("channel", "letter").put("category", "申诉求决")
        .put("facts", "村口的石料厂每天夜里破碎石头，噪声很大。").put("request", "请求查处").put("name", "柯文亮")
        .put("address", "甘肃省兰州市永登县城关镇"));
    long version = (Long) GW.value("SELECT version FROM cases WHERE case_number = '" + n + "'");
    staff.act(n, "accept", version, new JsonObject().put("reason", "经核实信访人柯文亮（身份证 " + ID + "）所述属实"));
    assertThat(staff.post("/supervision/notes", new JsonObject().put("caseNumber", n)
        .put("text", "请核对身份证号" + ID + "后答复")).statusCode()).isEqualTo(201);
    Object stored = GW.value("SELECT string_agg(coalesce(reason, '') || coalesce(public_text, '') || coalesce(detail::text, ''), '|')"
        + " FROM case_events e JOIN cases c ON c.id = e.case_id WHERE c.case_number = '" + n + "'");
    assertThat(stored.toString()).doesNotContain(ID).contains("【身份证号】");
  }
}
