package org.ecopetition.gateway.staff;

import static org.assertj.core.api.Assertions.assertThat;

import io.vertx.core.buffer.Buffer;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.client.HttpResponse;
import org.ecopetition.gateway.support.StaffClient;
import org.ecopetition.gateway.support.StaffGatewayExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Art 21 and the records of handling over the staff API: a member of staff recused for a direct interest
 * can neither open the case nor act on it, while others can; how a subtype (3) reply reached the petitioner
 * is recorded (Art 28); a report that helped is rewarded once concluded (Art 36); the overdue list filters
 * by department and clock.
 */
class Art21RecusalTest {
  static final String QIAN = "token-of-qian-0123456789abcdef00";
  @RegisterExtension
  static final StaffGatewayExtension GW = new StaffGatewayExtension(null, env -> env.put("GATEWAY_STAFF_TOKENS",
      env.get("GATEWAY_STAFF_TOKENS") + "," + StaffClient.tokenEntry("qian", QIAN)));
  static final StaffClient staff = GW.staff();

  static JsonObject letter(String category) {
    return new JsonObject().put("channel", "letter").put("category", category)
        .put("facts", "某砖厂夜间焚烧垃圾，烟雾很大。").put("request", "请求查处").put("name", "钱多")
        .put("address", "河南省郑州市中牟县某村");
  }

  static HttpResponse<Buffer> asQian(String path) {
    return GW.http().get(GW.gateway().port(), "127.0.0.1", "/api/v1/staff" + path)
        .putHeader("Authorization", "Bearer " + QIAN)
        .send().await();
  }

  @Test
  void aRecusedMemberOfStaffCanNeitherOpenNorActOnTheCase() {
    String n = staff.enter(letter("申诉求决"));
    assertThat(asQian("/cases/" + n).statusCode()).isEqualTo(200);
    assertThat(staff.post("/cases/" + n + "/recusals", new JsonObject().put("login", "qian")).statusCode())
        .isEqualTo(400);
    assertThat(staff.post("/cases/" + n + "/recusals", new JsonObject().put("login", "qian")
        .put("reason", "信访人系其近亲属")).statusCode()).isEqualTo(201);
    assertThat(staff.post("/cases/" + n + "/recusals", new JsonObject().put("login", "qian")
        .put("reason", "信访人系其近亲属")).statusCode()).isEqualTo(200);
    HttpResponse<Buffer> barred = asQian("/cases/" + n);
    assertThat(barred.statusCode()).isEqualTo(403);
    assertThat(barred.bodyAsJsonObject().getJsonObject("error").getString("message")).contains("回避");
    assertThat(asQian("/cases/" + n + "/history").statusCode()).isEqualTo(403);
    long version = (Long) GW.value("SELECT version FROM cases WHERE case_number = '" + n + "'");
    assertThat(GW.http().post(GW.gateway().port(), "127.0.0.1", "/api/v1/staff/cases/" + n + "/acts")
        .putHeader("Authorization", "Bearer " + QIAN)
        .sendJsonObject(new JsonObject().put("act", "accept").put("version", version)).await().statusCode())
        .isEqualTo(403);
    // Everyone else still handles it; the recusal is on the history with who decided it.
    staff.act(n, "accept", version, new JsonObject().put("reason", "属于本级职责"));
    assertThat(GW.value("SELECT actor || ':' || article FROM case_events WHERE kind = 'recused'"))
        .isEqualTo("staff:wang:第二十一条第三款");
    assertThat(staff.post("/cases/HB2020010100001/recusals", new JsonObject().put("login", "qian")
        .put("reason", "x")).statusCode()).isEqualTo(404);
  }

  @Test
  void theFeedbackChannelOfAReplyAndTheRewardOfAReportAreRecorded() {
    String n = staff.enter(letter("申诉求决"));
    long v = staff.act(n, "accept", 0, new JsonObject().put("reason", "属于本级职责"));
    v = staff.act(n, "start_handling", v, new JsonObject());
    assertThat(staff.post("/cases/" + n + "/acts", new JsonObject().put("act", "reply").put("version", v)
        .put("feedback", "carrier_pigeon")).bodyAsJsonObject().getJsonObject("error").getString("field"))
        .isEqualTo("feedback");
    staff.act(n, "reply", v, new JsonObject().put("feedback", "phone").put("publicText", "已责令砖厂停止焚烧。"));
    assertThat(GW.value("SELECT detail ->> 'feedback' FROM case_events WHERE kind = 'reply_delivered' "
        + "AND case_id = (SELECT id FROM cases WHERE case_number = '" + n + "')")).isEqualTo("phone");

    String report = staff.enter(letter("检举控告").put("polluter", "某砖厂"));
    long r = staff.act(report, "accept", 0, new JsonObject().put("reason", "属于本级职责"));
    assertThat(staff.refused(report, "reward", r, new JsonObject().put("reason", "线索属实")).getString("message"))
        .contains("办结");
    r = staff.act(report, "start_handling", r, new JsonObject());
    r = staff.act(report, "reply", r, new JsonObject().put("publicText", "经查属实，已立案处罚。"));
    assertThat(staff.refused(report, "reward", r, new JsonObject()).getString("article")).isEqualTo("第三十六条");
    staff.act(report, "reward", r, new JsonObject().put("finding", "举报线索属实，查处非法焚烧")
        .put("rule", "《某省生态环境违法行为举报奖励办法》第五条").put("decidedBy", "李局长"));
  }

  @Test
  void theOverdueListFiltersByDepartmentAndClock() {
    String received = org.ecopetition.gateway.support.TestClock.TODAY.minusDays(20).toString();
    String n = staff.enter(letter("申诉求决").put("receivedOn", received));
    String department = (String) GW.value("SELECT department FROM cases WHERE case_number = '" + n + "'");
    assertThat(staff.get("/supervision/overdue?clock=notice&department=" + java.net.URLEncoder.encode(department,
        java.nio.charset.StandardCharsets.UTF_8)).bodyAsJsonObject().encode()).contains(n);
    assertThat(staff.get("/supervision/overdue?clock=handling").bodyAsJsonObject().encode()).doesNotContain(n);
    assertThat(staff.get("/supervision/overdue?department=other").bodyAsJsonObject().encode()).doesNotContain(n);
  }
}
