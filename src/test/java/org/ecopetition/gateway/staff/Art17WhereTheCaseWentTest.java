package org.ecopetition.gateway.staff;

import static org.assertj.core.api.Assertions.assertThat;

import io.vertx.core.json.JsonObject;
import org.ecopetition.gateway.support.StaffClient;
import org.ecopetition.gateway.support.StaffGatewayExtension;
import org.ecopetition.gateway.support.TestClock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Art 17(1)(2)(3) and 18: where the case went. A deployment of 南京市生态环境局 (3201): a transfer goes to a department
 * of the directory below it (by default the routing proposal's) and the case's responsibility follows; a referral
 * names the organ — outside the system, or another region or level inside it — and why; a non-acceptance rests on
 * one of the grounds the regulation allows. The notice, the public status and the documents name where the matter
 * went; the public status shows the department now responsible and the next deadline. Every refusal is a 422 with
 * its article and changes nothing.
 */
class Art17WhereTheCaseWentTest {
  @RegisterExtension
  static final StaffGatewayExtension GW = new StaffGatewayExtension(null, e -> {
    e.put("GATEWAY_ROUTING_DIVISION_CODE", "3201");
    e.put("GATEWAY_STATUS_CACHE_SECONDS", "0");
  });
  static final StaffClient staff = GW.staff();

  static JsonObject letter(String place) {
    return new JsonObject().put("channel", "letter").put("category", "申诉求决").put("subtype", 3)
        .put("facts", "小区旁的砖厂夜间焚烧垃圾，浓烟呛人。").put("request", "请求查处").put("name", "周红")
        .put("address", "江苏省南京市玄武区某路1号").put("location", place);
  }

  static String row(String n, String column) {
    return String.valueOf(GW.value("SELECT " + column + " FROM cases WHERE case_number = '" + n + "'"));
  }

  static String notice(String n, String act) {
    return (String) GW.value("SELECT text FROM notices WHERE act = '" + act + "' AND case_id = (SELECT id FROM cases "
        + "WHERE case_number = '" + n + "') ORDER BY id DESC LIMIT 1");
  }

  static String document(String n, String type) {
    return staff.get("/cases/" + n + "/documents/" + type).bodyAsString();
  }

  @Test
  void aTransferGoesToADepartmentBelowByDefaultTheProposalsAndResponsibilityFollowsIt() {
    JsonObject entered = staff.post("/cases", letter("江苏省南京市玄武区")).bodyAsJsonObject();
    String n = entered.getString("caseNumber");
    assertThat(entered.getJsonObject("proposal").getString("decision")).isEqualTo("transfer");
    // Unknown codes and departments that are not below this one are refused, and nothing changes.
    assertThat(GW.refusedUnchanged(n, "transfer", 0, new JsonObject().put("to", "329999").put("reason", "属地管理"))
        .getString("message")).contains("329999");
    JsonObject notBelow = GW.refusedUnchanged(n, "transfer", 0, new JsonObject().put("to", "3202").put("reason", "x"));
    assertThat(notBelow.getString("message")).contains("无锡").contains("不是本级的下级部门");
    assertThat(notBelow.getString("article")).isEqualTo("第十七条第一款第二项");

    JsonObject done = staff.post("/cases/" + n + "/acts", new JsonObject().put("act", "transfer").put("version", 0)
        .put("reason", "按照属地管理原则")).bodyAsJsonObject();
    String xuanwu = done.getString("department");
    assertThat(xuanwu).contains("玄武");
    assertThat(done.getString("responsibleCode")).isEqualTo("320102");
    assertThat(row(n, "responsible_code")).isEqualTo("320102");
    assertThat(row(n, "department")).isEqualTo(xuanwu);
    // The petitioner's notice, the document and the public status name where it went.
    assertThat(notice(n, "transfer")).contains(xuanwu).contains("按照属地管理原则");
    assertThat(document(n, "transfer")).contains(xuanwu);
    JsonObject status = GW.status(n, entered.getString("queryCode"), "zh");
    assertThat(status.getString("state")).isEqualTo("transferred");
    assertThat(status.getString("department")).isEqualTo(xuanwu);
    // The petitioner asking in the chat reads the same.
    org.ecopetition.gateway.support.HttpChat chat = new org.ecopetition.gateway.support.HttpChat(GW.http(),
        GW.gateway().port());
    chat.say("查询进度");
    chat.say(n);
    assertThat(chat.text(entered.getString("queryCode"))).contains(xuanwu);
  }

  /** Issue 13 §5: an English reader's notice and status name the department in English, its official name beside. */
  @Test
  void anEnglishReaderIsToldWhereTheCaseWentInEnglish() {
    JsonObject entered = staff.post("/cases", letter("江苏省南京市玄武区").put("lang", "en")).bodyAsJsonObject();
    String n = entered.getString("caseNumber");
    staff.act(n, "transfer", 0, new JsonObject().put("reason", "by the place"));
    String xuanwu = row(n, "department");
    String told = notice(n, "transfer");
    assertThat(told).contains("Xuanwu").contains("(" + xuanwu + ")");
    assertThat(told.replaceAll("\\([^)]*\\)", "")).doesNotContainPattern("\\p{IsHan}");
    JsonObject status = GW.status(n, entered.getString("queryCode"), "en");
    assertThat(status.getString("department")).contains("Xuanwu").contains("(" + xuanwu + ")");
  }

  @Test
  void aReferralNamesTheOrganAndWhyInsideOrOutsideTheSystem() {
    JsonObject entered = staff.post("/cases", letter("江苏省南京市玄武区")).bodyAsJsonObject();
    String n = entered.getString("caseNumber");
    assertThat(GW.refusedUnchanged(n, "refer", 0, new JsonObject().put("reason", "属城管职责")).getString("article"))
        .isEqualTo("第十七条第一款第三项");
    assertThat(GW.refusedUnchanged(n, "refer", 0, new JsonObject().put("to", "城市管理部门")).getString("message"))
        .contains("理由");
    // A department below is accepted or transferred to, never referred to.
    assertThat(GW.refusedUnchanged(n, "refer", 0, new JsonObject().put("to", "320102").put("reason", "x"))
        .getString("message")).contains("玄武");
    // Another region inside the system (Art 17(3) as corrected): the petitioner is told to turn there.
    JsonObject done = staff.post("/cases/" + n + "/acts", new JsonObject().put("act", "refer").put("version", 0)
        .put("to", "3202").put("reason", "问题发生地在无锡市")).bodyAsJsonObject();
    String wuxi = done.getString("referredTo");
    assertThat(wuxi).contains("无锡");
    assertThat(notice(n, "refer")).contains(wuxi).contains("问题发生地在无锡市");
    JsonObject status = GW.status(n, entered.getString("queryCode"), "zh");
    assertThat(status.getJsonObject("referral").getString("to")).isEqualTo(wuxi);
    assertThat(status.getJsonObject("referral").getString("why")).isEqualTo("问题发生地在无锡市");
    assertThat(document(n, "referral")).contains(wuxi).contains("问题发生地在无锡市").contains("第十七条第一款第三项");

    String outside = staff.enter(letter("江苏省南京市玄武区"));
    staff.act(outside, "refer", 0, new JsonObject().put("to", "南京市城市管理局").put("reason", "餐饮油烟由城管部门监管"));
    assertThat(row(outside, "referred_to")).isEqualTo("南京市城市管理局");
    assertThat(notice(outside, "refer")).contains("南京市城市管理局").contains("餐饮油烟由城管部门监管");
  }

  @Test
  void aNonAcceptanceRestsOnAGroundTheRegulationAllows() {
    String n = staff.enter(letter("江苏省南京市"));
    assertThat(GW.refusedUnchanged(n, "not_accept", 0, new JsonObject().put("reason", "已起诉")).getString("message"))
        .contains("第十八条第一项").contains("第三十一条");
    GW.refusedUnchanged(n, "not_accept", 0, new JsonObject().put("ground", "18(4)").put("reason", "已起诉"));
    assertThat(GW.refusedUnchanged(n, "not_accept", 0, new JsonObject().put("ground", "18(3)")).getString("article"))
        .isEqualTo("第十八条第三项");
    JsonObject done = staff.post("/cases/" + n + "/acts", new JsonObject().put("act", "not_accept").put("version", 0)
        .put("ground", "18(3)").put("reason", "该争议已由人民法院受理")).bodyAsJsonObject();
    assertThat(done.getString("article")).isEqualTo("第十八条第三项");
    assertThat(notice(n, "not_accept")).contains("第十八条第三项").contains("该争议已由人民法院受理");
    assertThat(document(n, "non_acceptance")).contains("第十八条第三项").contains("该争议已由人民法院受理");
  }

  @Test
  void thePublicStatusShowsTheDepartmentNowResponsibleAndTheNextDeadline() {
    JsonObject entered = staff.post("/cases", letter("江苏省南京市")).bodyAsJsonObject();
    String n = entered.getString("caseNumber");
    String code = entered.getString("queryCode");
    JsonObject registered = GW.status(n, code, "zh");
    assertThat(registered.getJsonObject("nextDeadline").getString("date")).isEqualTo(entered.getString("decisionDue"));
    assertThat(registered.getJsonObject("nextDeadline").getString("label")).isEqualTo("告知受理情况期限");
    staff.act(n, "accept", 0, new JsonObject().put("reason", "属于本级职责"));
    JsonObject accepted = GW.status(n, code, "en");
    assertThat(accepted.getString("department")).isEqualTo("Test City Ecology and Environment Bureau");
    assertThat(accepted.getJsonObject("nextDeadline").getString("date")).isEqualTo(row(n, "handling_due"));
    // The date as English text says it (the JSON's date stays ISO).
    assertThat(accepted.getJsonObject("nextDeadline").getString("text")).startsWith(java.time.LocalDate
        .parse(row(n, "handling_due")).format(java.time.format.DateTimeFormatter.ofPattern("d MMMM yyyy", java.util.Locale.ENGLISH)));
    assertThat(accepted.getJsonObject("nextDeadline").getBoolean("estimated"))
        .isEqualTo(TestClock.estimated(java.time.LocalDate.parse(row(n, "handling_due"))));
  }
}
