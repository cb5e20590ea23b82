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
 * Art 30: the window to ask for a review runs from the delivery of the written reply (a letter: when staff
 * record it); a review request runs the reviewer's 30 days from its receipt; when the body above is outside this
 * deployment the request is forwarded and recorded, the petitioner told where, and the 30 days stay on the
 * overdue list until the review reply is recorded.
 */
class Art30ForwardedReviewTest {
  static final LocalDate TODAY = TestClock.TODAY;
  @RegisterExtension
  static final StaffGatewayExtension GW = new StaffGatewayExtension();
  static final StaffClient staff = GW.staff();

  static void sleep(long ms) {
    try {
      Thread.sleep(ms);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  @Test
  void aForwardedReviewKeepsItsThirtyDaysOnTheOverdueList() {
    JsonObject entered = staff.post("/cases", new JsonObject().put("channel", "letter").put("category", "申诉求决")
        .put("subtype", 4)
        .put("facts", "我家鱼塘因上游企业排污死鱼，要求赔偿损失未果。").put("request", "请求责令赔偿").put("name", "冯军")
        .put("address", "安徽省合肥市肥西县某村")).bodyAsJsonObject();
    String n = entered.getString("caseNumber");
    String code = entered.getString("queryCode");
    long v = staff.act(n, "accept", 0, new JsonObject().put("reason", "属于本级职责"));
    v = staff.act(n, "start_handling", v, new JsonObject());
    v = staff.act(n, "issue_opinion", v, new JsonObject().put("publicText", "经调查，损失与排污的因果关系不能确认，不予支持。")
        .put("outcome", "not_support").put("findings", "鱼塘死鱼原因经检测为缺氧。").put("basis", "《水污染防治法》第九十六条"));
    // The opinion goes by letter: the 30 days to ask for a review wait for its delivery (送达), recorded by staff.
    assertThat(staff.refused(n, "request_review", v, new JsonObject().put("reason", "信访人来信申请复查"))
        .getString("message")).contains("尚未送达");
    long letter = (Long) GW.value("SELECT id FROM notices WHERE act = 'reply_delivered' AND channel = "
        + "'letter' AND case_id = (SELECT id FROM cases WHERE case_number = '" + n + "')");
    assertThat(staff.post("/notices/" + letter + "/delivery", new JsonObject().put("status", "delivered")).statusCode())
        .isEqualTo(200);
    assertThat(GW.value("SELECT last_delivery::text FROM cases WHERE case_number = '" + n + "'"))
        .isEqualTo(TODAY.toString());
    v++;
    v = staff.act(n, "request_review", v, new JsonObject().put("reason", "信访人来信申请复查"));
    String row = "FROM cases WHERE case_number = '" + n + "'";
    LocalDate due = LocalDate.parse((String) GW.value("SELECT handling_due::text " + row));
    assertThat(due).isBetween(TODAY.plusDays(30), TODAY.plusDays(39));

    // The petitioner's status shows by when the review opinion is due (the status cache lives 2 s).
    JsonObject status = null;
    for (int i = 0; i < 40 && (status == null || !"review_requested".equals(status.getString("state"))); i++) {
      status = GW.status(n, code, "zh");
      sleep(100);
    }
    assertThat(status.getJsonObject("dates").getString("复查意见期限"))
        .isEqualTo(TestClock.zh(due));
    assertThat(staff.refused(n, "forward_review", v, new JsonObject()).getString("message")).contains("上一级");
    v = staff.act(n, "forward_review", v, new JsonObject().put("to", "安徽省生态环境厅").put("reason", "复查机关为上一级"));
    assertThat(GW.value("SELECT state " + row)).isEqualTo("review_requested");
    // The petitioner is told where it went and by when the answer is due (a letter: no phone, no chat).
    assertThat((String) GW.value("SELECT text FROM notices WHERE act = 'forward_review' AND case_id = "
        + "(SELECT id " + row + ")")).contains("安徽省生态环境厅")
        .contains(TestClock.zh(due));

    TestPostgres.jdbc(GW.db(), c -> c.createStatement().execute("UPDATE cases SET handling_due = DATE '2026-01-05' "
        + "WHERE case_number = '" + n + "'"));
    JsonObject late = staff.get("/supervision/overdue").bodyAsJsonObject().getJsonArray("cases").stream()
        .map(o -> (JsonObject) o).filter(o -> n.equals(o.getString("case_number"))).findFirst().orElseThrow();
    assertThat(late.getString("clock")).isEqualTo("review");
    assertThat(late.getString("sent_to")).isEqualTo("安徽省生态环境厅");

    staff.act(n, "reply_review", v, new JsonObject().put("publicText", "安徽省生态环境厅复查意见：维持原处理意见。"));
    // The review opinion is sent like any reply, naming the body that gave it.
    assertThat((String) GW.value("SELECT text FROM notices WHERE act = 'reply_delivered' AND article = '第三十条' "
        + "AND case_id = (SELECT id " + row + ")")).contains("安徽省生态环境厅").contains("维持原处理意见");
    assertThat(staff.get("/supervision/overdue").bodyAsJsonObject().encode()).doesNotContain(n);
  }
}
