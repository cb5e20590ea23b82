package org.ecopetition.gateway.staff;

import static org.assertj.core.api.Assertions.assertThat;

import io.vertx.core.buffer.Buffer;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.client.HttpResponse;
import org.ecopetition.gateway.nlp.Redaction;
import org.ecopetition.gateway.support.StaffClient;
import org.ecopetition.gateway.support.StaffGatewayExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Issue 11 §1 with canary identities (a name, a phone written in Chinese numerals, an address): registration stores a
 * redacted copy beside the facts; the copy for the reported party (export and documents) is released only after a
 * person confirmed it, carries none of the identity, never holds an accusation, and shows the petitioner only with
 * their consent (Art 23, 24); an auditor reads the redacted copy.
 */
class RedactedCopyTest {
  static final String NAME = "柏雪琴";
  static final String DIGITS = "13928465713";
  static final String ADDRESS = "城南路88号";
  static final String FACTS = "我叫柏雪琴，电话一三九 二八四六 五七一三，家住城南路88号。隔壁鑫达化工厂天天往河里排污水，柏雪琴家的井水都臭了。";
  @RegisterExtension
  static final StaffGatewayExtension GW = new StaffGatewayExtension(null, env -> env.put("GATEWAY_STAFF_TOKENS",
      env.get("GATEWAY_STAFF_TOKENS") + "," + StaffClient.tokenEntry("shen", StaffClient.token("shen"), "auditor", "")));
  static final StaffClient staff = GW.staff();

  static JsonObject letter(String category) {
    return new JsonObject().put("channel", "letter").put("category", category).put("facts", FACTS)
        .put("request", "请求查处，有事打" + DIGITS + "找我").put("name", NAME).put("phone", DIGITS)
        .put("address", "河南省郑州市中牟县" + ADDRESS).put("polluter", "鑫达化工厂");
  }

  /** Whether a text lets a reader find any of the canary identities (digits read as a person reads them). */
  static boolean leaks(String text) {
    String digits = Redaction.Digits.read(text).replaceAll("[\\s\\-]", "");
    return text.contains(NAME) || text.contains(ADDRESS) || digits.contains("9284657");
  }

  static String period() {
    String today = org.ecopetition.gateway.support.TestClock.TODAY.toString();
    return "?from=" + today + "&to=" + today;
  }

  @Test
  void theCopyIsStoredAtRegistrationAndReleasedOnlyOnceConfirmed() {
    String n = staff.enter(letter("申诉求决"));
    String copy = (String) GW.value("SELECT facts_redacted FROM cases WHERE case_number = '" + n + "'");
    assertThat(copy).contains("【姓名】", "【电话】", "【地址】", "鑫达化工厂");
    assertThat(leaks(copy)).as(copy).isFalse();
    assertThat(leaks((String) GW.value("SELECT request_redacted FROM cases WHERE case_number = '" + n + "'"))).isFalse();

    JsonObject before = staff.get("/export" + period() + "&forReportedParty=true").bodyAsJsonObject();
    assertThat(before.getJsonArray("withheld").getList()).contains(n);
    assertThat(before.getJsonArray("cases").encode()).doesNotContain(n);

    // A correction that still names the petitioner is refused, and nothing is confirmed.
    HttpResponse<Buffer> bad = staff.post("/cases/" + n + "/redaction", new JsonObject().put("facts", "柏雪琴反映排污"));
    assertThat(bad.statusCode()).isEqualTo(400);
    assertThat(bad.bodyAsJsonObject().getJsonObject("error").getString("field")).isEqualTo("facts");
    assertThat(GW.value("SELECT redaction_confirmed_by FROM cases WHERE case_number = '" + n + "'")).isNull();

    HttpResponse<Buffer> ok = staff.post("/cases/" + n + "/redaction", new JsonObject());
    assertThat(ok.statusCode()).as(ok.bodyAsString()).isEqualTo(200);
    assertThat(GW.value("SELECT actor || ' ' || article FROM case_events WHERE kind = 'redaction_confirmed' AND case_id = "
        + "(SELECT id FROM cases WHERE case_number = '" + n + "')")).isEqualTo("staff:wang 第二十三条、第二十四条");

    JsonObject after = staff.get("/export" + period() + "&forReportedParty=true").bodyAsJsonObject();
    assertThat(after.getJsonArray("withheld").getList()).doesNotContain(n);
    JsonObject row = after.getJsonArray("cases").stream().map(JsonObject.class::cast)
        .filter(o -> n.equals(o.getString("case_number"))).findFirst().orElseThrow();
    assertThat(row.getString("facts")).contains("鑫达化工厂", "【姓名】");
    assertThat(leaks(row.encode())).as(row.encode()).isFalse();
    // The full export for the national platform keeps the original.
    assertThat(staff.get("/export" + period()).bodyAsString()).contains(NAME);

    long v = staff.act(n, "accept", (Long) GW.value("SELECT version FROM cases WHERE case_number = '" + n + "'"),
        new JsonObject().put("reason", "属于本级职责"));
    assertThat(v).isPositive();
    HttpResponse<Buffer> doc = staff.get("/cases/" + n + "/documents/acceptance?forReportedParty=true");
    assertThat(doc.statusCode()).isEqualTo(200);
    assertThat(leaks(doc.bodyAsString())).isFalse();
    assertThat(staff.get("/cases/" + n + "/documents/acceptance").bodyAsString()).contains(NAME);
  }

  /**
   * A person confirms the facts and request; the place as typed (here the petitioner's own address, as a letter about
   * "my home's neighbour" gives it) and what staff wrote on an opinion leave with them, and name nobody either.
   */
  @Test
  void theReportedPartysCopyMasksThePlaceAndWhatStaffWrote() {
    String address = "河南省郑州市中牟县" + ADDRESS;
    String n = staff.enter(letter("申诉求决").put("subtype", 4).put("location", address));
    staff.post("/cases/" + n + "/redaction", new JsonObject());
    JsonObject row = staff.get("/export" + period() + "&forReportedParty=true").bodyAsJsonObject()
        .getJsonArray("cases").stream().map(JsonObject.class::cast)
        .filter(o -> n.equals(o.getString("case_number"))).findFirst().orElseThrow();
    assertThat(leaks(row.encode())).as(row.encode()).isFalse();
    assertThat(row.getString("location")).isEqualTo("【地址】");
    assertThat(staff.get("/export" + period() + "&forReportedParty=true&format=csv").bodyAsString())
        .doesNotContain(ADDRESS);

    long v = (Long) GW.value("SELECT version FROM cases WHERE case_number = '" + n + "'");
    v = staff.act(n, "accept", v, new JsonObject().put("reason", "属于本级职责"));
    v = staff.act(n, "start_handling", v, new JsonObject().put("reason", "开始办理"));
    staff.act(n, "issue_opinion", v, new JsonObject().put("reason", "出具意见")
        .put("publicText", "经查，柏雪琴（电话一三九二八四六五七一三）反映的情况属实。")
        .put("findings", "柏雪琴家住城南路88号，井水受到污染。").put("basis", "《水污染防治法》").put("outcome", "support"));
    HttpResponse<Buffer> copy = staff.get("/cases/" + n + "/documents/opinion?forReportedParty=true");
    assertThat(copy.statusCode()).as(copy.bodyAsString()).isEqualTo(200);
    assertThat(leaks(copy.bodyAsString())).as(copy.bodyAsString()).isFalse();
    assertThat(copy.bodyAsString()).contains("经查，【姓名】（电话【电话】）反映的情况属实", "《水污染防治法》");
    // The petitioner's own letter is theirs: as written.
    assertThat(staff.get("/cases/" + n + "/documents/opinion").bodyAsString()).contains("柏雪琴家住城南路88号");
    // An auditor reads the place masked as well.
    assertThat(leaks(staff.as("shen").get("/cases/" + n).bodyAsString())).isFalse();
  }

  /**
   * A letter that names a third person — a neighbour, with his mobile, ID number and address — as well as the writer:
   * the place as typed (the neighbour's door) and what staff wrote on the opinion name him too, and the export, the
   * documents and the auditor's read give none of him, as they give none of the petitioner.
   */
  @Test
  void thirdPersonsNamedInTheLetterAreMaskedEverywhereTheCopyGoes() {
    String neighbour = "顾长海";
    String mobile = "15861237904";
    String id = "320102197803154412";
    String home = "梧桐巷6号";
    java.util.function.Predicate<String> names = t -> t.contains(neighbour) || t.contains(home) || t.contains(id)
        || Redaction.Digits.read(t).replaceAll("[\\s\\-]", "").contains("5861237");
    String n = staff.enter(letter("申诉求决").put("subtype", 4)
        .put("facts", "我叫柏雪琴，电话13928465713，家住城南路88号。对门的邻居顾长海和他母亲也深受其害，顾长海的手机是"
            + mobile + "，身份证号" + id + "，住在" + home + "。隔壁鑫达化工厂天天往河里排污水，我们两家的井水都臭了。")
        .put("location", home + "门前的河边"));
    String copy = (String) GW.value("SELECT facts_redacted FROM cases WHERE case_number = '" + n + "'");
    assertThat(names.test(copy)).as(copy).isFalse();
    staff.post("/cases/" + n + "/redaction", new JsonObject());
    JsonObject row = staff.get("/export" + period() + "&forReportedParty=true").bodyAsJsonObject()
        .getJsonArray("cases").stream().map(JsonObject.class::cast)
        .filter(o -> n.equals(o.getString("case_number"))).findFirst().orElseThrow();
    assertThat(names.test(row.encode())).as(row.encode()).isFalse();
    assertThat(row.getString("location")).isEqualTo("【地址】门前的河边");
    assertThat(names.test(staff.get("/export" + period() + "&forReportedParty=true&format=csv").bodyAsString())).isFalse();

    long v = (Long) GW.value("SELECT version FROM cases WHERE case_number = '" + n + "'");
    v = staff.act(n, "accept", v, new JsonObject().put("reason", "属于本级职责"));
    v = staff.act(n, "start_handling", v, new JsonObject().put("reason", "开始办理"));
    staff.act(n, "issue_opinion", v, new JsonObject().put("reason", "出具意见")
        .put("publicText", "经查，顾长海（手机158 6123 7904）反映的情况属实。")
        .put("findings", "顾长海（身份证号" + id + "）家住梧桐巷6号，井水受到污染。").put("basis", "《水污染防治法》")
        .put("outcome", "support"));
    HttpResponse<Buffer> doc = staff.get("/cases/" + n + "/documents/opinion?forReportedParty=true");
    assertThat(doc.statusCode()).as(doc.bodyAsString()).isEqualTo(200);
    assertThat(names.test(doc.bodyAsString())).as(doc.bodyAsString()).isFalse();
    assertThat(doc.bodyAsString()).contains("经查，【姓名】（手机【电话】）反映的情况属实", "【姓名】（身份证号【身份证号】）家住【地址】");
    // The staff's own copy keeps what they wrote; an auditor reads none of the neighbour.
    assertThat(staff.get("/cases/" + n + "/documents/opinion").bodyAsString()).contains(neighbour);
    assertThat(names.test(staff.as("shen").get("/cases/" + n).bodyAsString())).isFalse();
  }

  @Test
  void anAccusationNeverReachesTheReportedPartysCopy() {
    String n = staff.enter(letter("检举控告").put("accused", "某县生态环境局执法大队"));
    staff.post("/cases/" + n + "/redaction", new JsonObject());
    JsonObject out = staff.get("/export" + period() + "&forReportedParty=true").bodyAsJsonObject();
    assertThat(out.encode()).doesNotContain(n);
    long v = (Long) GW.value("SELECT version FROM cases WHERE case_number = '" + n + "'");
    staff.act(n, "accept", v, new JsonObject().put("reason", "属于本级职责"));
    HttpResponse<Buffer> doc = staff.get("/cases/" + n + "/documents/acceptance?forReportedParty=true");
    assertThat(doc.statusCode()).isEqualTo(422);
    assertThat(doc.bodyAsJsonObject().getJsonObject("error").getString("article")).isEqualTo("第二十三条");
  }

  @Test
  void withConsentThePetitionerMayShowWithoutItOnlyTheCopy() {
    String n = staff.enter(letter("申诉求决").put("disclosureConsent", true));
    JsonObject out = staff.get("/export" + period() + "&forReportedParty=true").bodyAsJsonObject();
    assertThat(out.getJsonArray("cases").encode()).contains(n, NAME);
  }

  @Test
  void anAuditorReadsTheRedactedCopy() {
    String n = staff.enter(letter("申诉求决"));
    HttpResponse<Buffer> r = staff.as("shen").get("/cases/" + n);
    assertThat(r.statusCode()).as(r.bodyAsString()).isEqualTo(200);
    assertThat(leaks(r.bodyAsString())).as(r.bodyAsString()).isFalse();
    assertThat(r.bodyAsJsonObject().getString("facts")).contains("【姓名】");
  }
}
