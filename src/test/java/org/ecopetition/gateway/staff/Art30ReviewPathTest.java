package org.ecopetition.gateway.staff;

import static org.assertj.core.api.Assertions.assertThat;

import io.vertx.core.json.JsonObject;
import org.ecopetition.gateway.support.HttpChat;
import org.ecopetition.gateway.support.StaffClient;
import org.ecopetition.gateway.support.StaffGatewayExtension;
import org.ecopetition.gateway.support.TestClock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The review path whole (Art 25, 30, 31; corrections 5): a written opinion is delivered (送达) as a fact — a letter
 * recorded as delivered, or, only with the petitioner's recorded consent, the letter opened with the query code —
 * and until then it waits on the worklist of undelivered opinions and no review window runs; the review opinion is
 * sent like any reply; a re-review may be asked for after it even once the case is closed (in the chat too), and
 * its opinion makes the matter final; a second review of the same opinion is refused; a body never reviews its own
 * opinion. Repeat matters (Art 18(1), 31) are refused by routing for real petitions. A deployment of 南京市生态环境局
 * (3201): its opinions are reviewed by the province's department and re-reviewed by the ministry.
 */
class Art30ReviewPathTest {
  static final String OWN = "测试市生态环境局";
  @RegisterExtension
  static final StaffGatewayExtension GW = new StaffGatewayExtension(null, e -> {
    e.put("GATEWAY_ROUTING_DIVISION_CODE", "3201");
    e.put("GATEWAY_STATUS_CACHE_SECONDS", "0");
  });
  static final StaffClient staff = GW.staff();

  static JsonObject opinionMatter(String phone, String polluter) {
    JsonObject m = new JsonObject().put("channel", "letter").put("category", "申诉求决").put("subtype", 4)
        .put("facts", "上游化工厂排污导致我家鱼塘死鱼。").put("request", "请求依法处理并赔偿损失").put("name", "孙立")
        .put("polluter", polluter).put("location", "江苏省南京市");
    return phone == null ? m.put("address", "江苏省南京市江宁区某村8号") : m.put("phone", phone);
  }

  static JsonObject opinion() {
    return new JsonObject().put("publicText", "已责令该厂整改。").put("findings", "经监测，该厂外排废水化学需氧量超标。")
        .put("basis", "《中华人民共和国水污染防治法》第八十三条").put("outcome", "support");
  }

  static String row(String n, String column) {
    return String.valueOf(GW.value("SELECT " + column + " FROM cases WHERE case_number = '" + n + "'"));
  }

  static long version(String n) {
    return Long.parseLong(row(n, "version"));
  }

  /** Delivers the latest letter notice of a written reply (staff record it). */
  static void letterDelivered(String n, String status) {
    long id = (Long) GW.value("SELECT max(id) FROM notices WHERE act = 'reply_delivered' AND channel = 'letter' AND "
        + "case_id = (SELECT id FROM cases WHERE case_number = '" + n + "')");
    assertThat(staff.post("/notices/" + id + "/delivery", new JsonObject().put("status", status)).statusCode())
        .isEqualTo(200);
  }

  static String undelivered() {
    return staff.get("/supervision/undelivered").bodyAsJsonObject().encode();
  }

  static HttpChat chat() {
    return new HttpChat(GW.http(), GW.gateway().port());
  }

  /** Accepted, handled, answered with an opinion letter. */
  static void opinionIssued(String n) {
    long v = staff.act(n, "accept", 0, new JsonObject());
    v = staff.act(n, "start_handling", v, new JsonObject());
    staff.act(n, "issue_opinion", v, opinion());
  }

  /** A matter taken through review and re-review to its final opinion (Art 31), by letter. */
  static String toFinal(String phone, String polluter) {
    String n = staff.enter(opinionMatter(null, polluter).put("phone", phone));
    opinionIssued(n);
    letterDelivered(n, "delivered");
    staff.act(n, "request_review", version(n), new JsonObject().put("reason", "信访人来信请求复查"));
    staff.act(n, "reply_review", version(n), new JsonObject().put("publicText", "维持原处理意见。"));
    letterDelivered(n, "delivered");
    staff.act(n, "request_rereview", version(n), new JsonObject().put("reason", "信访人来信请求复核"));
    staff.act(n, "reply_rereview", version(n), new JsonObject().put("publicText", "维持复查意见。"));
    assertThat(row(n, "state")).isEqualTo("final");
    return n;
  }

  @Test
  void anOpinionIsDeliveredOnlyAsAFactAndElectronicallyOnlyWithConsent() {
    // A petitioner with a mobile and no address, no SMS gateway: no consent, so nothing can deliver the opinion.
    JsonObject entered = staff.post("/cases", opinionMatter("13912345678", "某化工厂")).bodyAsJsonObject();
    String n = entered.getString("caseNumber");
    String code = entered.getString("queryCode");
    opinionIssued(n);
    assertThat(row(n, "last_delivery")).isEqualTo("null");
    assertThat(undelivered()).contains(n);
    assertThat(GW.refusedUnchanged(n, "request_review", version(n), new JsonObject().put("reason", "不服"))
        .getString("message")).contains("尚未送达");
    // Opened with the query code, but without consent: not delivered.
    JsonObject status = GW.status(n, code, "zh");
    assertThat(status.getJsonObject("letter").getString("findings")).contains("化学需氧量超标");
    assertThat(row(n, "last_delivery")).isEqualTo("null");
    assertThat(staff.post("/cases/" + n + "/electronic-delivery", new JsonObject().put("consent", true)).statusCode())
        .isEqualTo(400);
    assertThat(staff.post("/cases/" + n + "/electronic-delivery", new JsonObject().put("consent", true)
        .put("how", "信访人来电表示同意通过网络查阅送达")).statusCode()).isEqualTo(200);
    // With consent, opening the full letter in the chat with the query code delivers it today.
    HttpChat chat = chat();
    chat.say("查询进度");
    chat.say(n);
    assertThat(chat.text(code)).contains("已责令该厂整改");
    assertThat(row(n, "last_delivery")).isEqualTo(TestClock.TODAY.toString());
    assertThat(GW.value("SELECT actor FROM case_events WHERE kind = 'reply_received' AND case_id = "
        + "(SELECT id FROM cases WHERE case_number = '" + n + "')")).isEqualTo("system:web");
    assertThat(undelivered()).doesNotContain(n);
    // The review window now runs: asked in the chat, recorded, naming the body above.
    chat.say("申请复查");
    chat.say(n);
    chat.say(code);
    assertThat(chat.text("处理意见对赔偿问题没有答复")).contains("复查申请已登记").contains("江苏");
    assertThat(row(n, "state")).isEqualTo("review_requested");

    // By letter: a failed delivery delivers nothing, a recorded one does.
    String byLetter = staff.enter(opinionMatter(null, "另一化工厂"));
    opinionIssued(byLetter);
    letterDelivered(byLetter, "failed");
    assertThat(undelivered()).contains(byLetter);
    letterDelivered(byLetter, "delivered");
    assertThat(row(byLetter, "last_delivery")).isEqualTo(TestClock.TODAY.toString());
    assertThat(undelivered()).doesNotContain(byLetter);
  }

  @Test
  void theReviewPathRunsWholeToAFinalOpinion() {
    JsonObject entered = staff.post("/cases", opinionMatter(null, "第三化工厂")).bodyAsJsonObject();
    String n = entered.getString("caseNumber");
    String code = entered.getString("queryCode");
    opinionIssued(n);
    letterDelivered(n, "delivered");
    staff.act(n, "request_review", version(n), new JsonObject().put("reason", "信访人来信请求复查"));
    assertThat(row(n, "review_body")).contains("江苏");
    // A body never reviews its own opinion.
    JsonObject own = GW.refusedUnchanged(n, "reply_review", version(n), new JsonObject().put("publicText", "维持。")
        .put("by", OWN));
    assertThat(own.getString("message")).contains(OWN).contains("上一级");
    assertThat(own.getString("article")).isEqualTo("第三十条");
    GW.refusedUnchanged(n, "reply_review", version(n), new JsonObject());
    staff.act(n, "reply_review", version(n), new JsonObject().put("publicText", "维持原处理意见。"));
    // Sent like any reply (a letter to post), naming who reviewed and where a re-review goes.
    String sent = (String) GW.value("SELECT text FROM notices WHERE act = 'reply_delivered' AND article = '第三十条' "
        + "AND case_id = (SELECT id FROM cases WHERE case_number = '" + n + "')");
    assertThat(sent).contains("复查意见").contains("江苏").contains("维持原处理意见").contains("生态环境部");
    assertThat(undelivered()).contains(n);
    letterDelivered(n, "delivered");
    long v = staff.act(n, "close", version(n), new JsonObject());
    // A second review of the same opinion is refused; the re-review is asked for even though the case is closed.
    assertThat(GW.refusedUnchanged(n, "request_review", v, new JsonObject().put("reason", "再次请求复查"))
        .getString("article")).isEqualTo("第三十条");
    HttpChat chat = chat();
    chat.say("申请复核");
    chat.say(n);
    chat.say(code);
    assertThat(chat.text("复查意见没有解决赔偿问题")).contains("复核申请已登记").contains("生态环境部");
    assertThat(row(n, "state")).isEqualTo("rereview_requested");
    // The reviewer cannot re-review its own review opinion.
    assertThat(GW.refusedUnchanged(n, "reply_rereview", version(n), new JsonObject().put("publicText", "维持。")
        .put("by", row(n, "opinion_by"))).getString("article")).isEqualTo("第三十一条");
    staff.act(n, "reply_rereview", version(n), new JsonObject().put("publicText", "维持复查意见。"));
    assertThat(row(n, "state")).isEqualTo("final");
    assertThat((String) GW.value("SELECT text FROM notices WHERE act = 'reply_delivered' AND article = '第三十一条' "
        + "AND case_id = (SELECT id FROM cases WHERE case_number = '" + n + "')")).contains("终结").contains("维持复查意见");
    assertThat(staff.get("/cases/" + n + "/documents/rereview_opinion").bodyAsString()).contains("复核意见书")
        .contains("维持复查意见").contains("不再受理");
    chat.say("申请复查");
    chat.say(n);
    chat.say(code);
    assertThat(chat.text("还是不服复核意见")).contains("不再受理");
  }

  @Test
  void anOpinionLetterStatesFindingsBasisAndOutcomeApartFromThePetitionersFacts() {
    String n = staff.enter(opinionMatter(null, "第四化工厂"));
    long v = staff.act(n, "accept", 0, new JsonObject());
    v = staff.act(n, "start_handling", v, new JsonObject());
    for (String missing : new String[] {"publicText", "findings", "basis", "outcome"}) {
      JsonObject incomplete = opinion().copy();
      incomplete.remove(missing);
      assertThat(GW.refusedUnchanged(n, "issue_opinion", v, incomplete).getString("article")).as(missing)
          .isEqualTo("第二十五条");
    }
    GW.refusedUnchanged(n, "issue_opinion", v, opinion().copy().put("outcome", "maybe"));
    staff.act(n, "issue_opinion", v, opinion().copy().put("outcome", "explain"));
    String letter = staff.get("/cases/" + n + "/documents/opinion").bodyAsString();
    assertThat(letter).contains("信访人反映的事实和理由").contains("上游化工厂排污导致我家鱼塘死鱼")
        .contains("查明的事实").contains("经监测，该厂外排废水化学需氧量超标").contains("水污染防治法》第八十三条")
        .contains("作出解释说明").contains(OWN);
    assertThat(letter.indexOf("查明的事实")).isGreaterThan(letter.indexOf("上游化工厂排污导致我家鱼塘死鱼"));
    assertThat((String) GW.value("SELECT text FROM notices WHERE act = 'reply_delivered' AND case_id = "
        + "(SELECT id FROM cases WHERE case_number = '" + n + "')")).contains("化学需氧量超标").contains("第八十三条")
        .contains("作出解释说明").contains("江苏");
  }

  @Test
  void aFinalMatterRaisedAgainIsProposedNotAcceptedUnderArticle31() {
    String first = toFinal("13800001111", "第五化工厂");
    JsonObject again = staff.post("/cases", opinionMatter(null, "第五化工厂").put("phone", "13800001111"))
        .bodyAsJsonObject().getJsonObject("proposal");
    assertThat(again.getString("decision")).isEqualTo("not_accepted");
    assertThat(again.getJsonArray("articles").getList()).contains("第三十一条");
    assertThat(again.getString("duplicateOf")).isEqualTo(first);
  }

  @Test
  void theSameMatterAcceptedBelowAndRaisedAgainHereIsProposedNotAcceptedUnderArticle18() {
    JsonObject matter = new JsonObject().put("channel", "letter").put("category", "申诉求决").put("subtype", 3)
        .put("facts", "某砂石厂粉尘污染严重。").put("request", "请求查处").put("name", "钱多")
        .put("phone", "13700002222").put("polluter", "玄武砂石厂").put("location", "江苏省南京市玄武区");
    String first = staff.enter(matter);
    staff.act(first, "transfer", 0, new JsonObject().put("reason", "属地管理"));
    assertThat(row(first, "responsible_code")).isEqualTo("320102");
    JsonObject again = staff.post("/cases", matter).bodyAsJsonObject().getJsonObject("proposal");
    assertThat(again.getString("decision")).isEqualTo("not_accepted");
    assertThat(again.getJsonArray("articles").getList()).contains("第十八条第一项");
    assertThat(again.getString("duplicateOf")).isEqualTo(first);
  }
}
