package org.ecopetition.gateway.staff;

import static org.assertj.core.api.Assertions.assertThat;

import io.vertx.core.buffer.Buffer;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.client.HttpResponse;
import org.ecopetition.gateway.support.StaffGatewayExtension;
import org.ecopetition.gateway.support.StaffClient;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Art 23, 24 red-teamed from the reported party's side: the copy a member of staff prints for the party complained
 * about (the opinion letter, HTML and PDF's source, and the export) after a person confirmed the redacted copy. The
 * petitioner's identity written otherwise than the case holds it — a phone with full-width spaces, full-width dashes,
 * dots or slashes; an ID number in full-width digits or broken over a line; the petitioner called by surname and title
 * (宋女士, 老宋) or by the given name alone; an e-mail address, a WeChat account, their own licence plate — reaches the
 * reported party in none of its forms.
 */
class Art24IdentityWrittenOtherwiseTest {
  static final String NAME = "宋晚晴";
  static final String PHONE = "18651307729";
  @RegisterExtension
  static final StaffGatewayExtension GW = new StaffGatewayExtension();
  static final StaffClient staff = GW.staff();

  static long version(String n) {
    return (Long) GW.value("SELECT version FROM cases WHERE case_number = '" + n + "'");
  }

  /** Whether a text still lets the reported party find the petitioner by any of the forms written below. */
  static String leak(String text) {
    String digits = org.ecopetition.gateway.nlp.Redaction.Digits.read(text).replaceAll("[^0-9]", "");
    for (String s : new String[] {NAME, "晚晴", "宋女士", "老宋", "宋大姐", "wanqing_song", "songwq77", "苏E", "6Q3M8"}) {
      if (text.contains(s)) {
        return s;
      }
    }
    return digits.contains("8651307729") ? "phone" : digits.contains("3205") && digits.contains("19870921") ? "id" : null;
  }

  @Test
  void theReportedPartysCopyNamesThePetitionerInNoForm() {
    String n = staff.enter(new JsonObject().put("channel", "letter").put("category", "申诉求决").put("subtype", 4)
        .put("facts", "我是宋晚晴，住在枫桥镇。村东头的恒昌印染厂晚上偷排废水，河水发黑发臭。有问题可发邮件到wanqing_song@126.com，"
            + "或者加我微信songwq77。厂门口那天我的车牌苏E6Q3M8的车也被溅了污水。")
        .put("request", "请求依法查处").put("name", NAME).put("phone", PHONE)
        .put("address", "江苏省苏州市吴中区枫桥镇新桥村12号").put("polluter", "恒昌印染厂"));
    assertThat(staff.post("/cases/" + n + "/redaction", new JsonObject()).statusCode()).isEqualTo(200);
    long v = version(n);
    v = staff.act(n, "accept", v, new JsonObject().put("reason", "属于本级职责"));
    v = staff.act(n, "start_handling", v, new JsonObject().put("reason", "开始办理"));
    staff.act(n, "issue_opinion", v, new JsonObject().put("reason", "出具意见")
        .put("publicText", "经查，宋女士（联系电话186　5130　7729，备用186－5130－7729，又186.5130.7729）反映属实；"
            + "老宋与宋大姐所说的排污时间一致。")
        .put("findings", "来访时出示身份证３２０５０６１９８７０９２１３３２７，复印件上号码为320506198709\n213327；"
            + "晚晴称其井水已不能饮用。邮件wanqing_song@126.com已回复。")
        .put("basis", "《水污染防治法》").put("outcome", "support"));

    for (String path : new String[] {"/cases/" + n + "/documents/opinion?forReportedParty=true",
        "/export?from=2020-01-01&to=2099-12-31&forReportedParty=true",
        "/export?from=2020-01-01&to=2099-12-31&forReportedParty=true&format=csv"}) {
      HttpResponse<Buffer> r = staff.get(path);
      assertThat(r.statusCode()).as(path).isEqualTo(200);
      // This case's row alone (another test's petitioner consented to be named).
      String mine = r.bodyAsString().lines().filter(l -> !path.endsWith("csv") || l.contains(n))
          .collect(java.util.stream.Collectors.joining("\n"));
      if (path.startsWith("/export") && !path.endsWith("csv")) {
        mine = r.bodyAsJsonObject().getJsonArray("cases").stream().map(JsonObject.class::cast)
            .filter(o -> n.equals(o.getString("case_number"))).findFirst().orElseThrow().encode();
      }
      assertThat(leak(mine)).as(path + "\n" + mine).isNull();
    }
    String doc = staff.get("/cases/" + n + "/documents/opinion?forReportedParty=true").bodyAsString();
    // What the reported party needs stays: the polluter, what happened, the basis.
    assertThat(doc).contains("恒昌印染厂", "偷排废水", "《水污染防治法》", "【邮箱】", "【车牌号】", "【身份证号】");
    // The ID number was never stored, whatever its digits: what staff wrote is masked at rest as well.
    assertThat(staff.get("/cases/" + n + "/history").bodyAsString()).doesNotContain("３２０５０６", "320506198709");
    // The handling department's own copy keeps what the petitioner wrote.
    assertThat(staff.get("/cases/" + n + "/documents/opinion").bodyAsString()).contains(NAME, "songwq77");
  }

  /**
   * A petitioner who consented to be named (Art 24) consented for herself: the neighbour she names as a witness, with
   * his mobile and his door, reaches the reported party in neither the export nor the document.
   */
  @Test
  void consentToBeNamedIsNoConsentForTheNeighbourSheNames() {
    String neighbour = "褚立峰";
    String n = staff.enter(new JsonObject().put("channel", "letter").put("category", "申诉求决").put("subtype", 4)
        .put("disclosureConsent", true)
        .put("facts", "我叫宋晚晴。恒昌印染厂晚上偷排废水。邻居褚立峰也看见了，他的手机是15962040817，住在新桥村14号。")
        .put("request", "请求依法查处").put("name", NAME).put("phone", PHONE)
        .put("address", "江苏省苏州市吴中区枫桥镇新桥村12号").put("polluter", "恒昌印染厂"));
    long v = version(n);
    v = staff.act(n, "accept", v, new JsonObject().put("reason", "属于本级职责"));
    v = staff.act(n, "start_handling", v, new JsonObject().put("reason", "开始办理"));
    staff.act(n, "issue_opinion", v, new JsonObject().put("reason", "出具意见")
        .put("publicText", "经查，宋晚晴反映属实，证人褚立峰（159 6204 0817）所述一致。")
        .put("findings", "褚师傅家住新桥村14号，亲眼所见。").put("basis", "《水污染防治法》").put("outcome", "support"));
    java.util.function.Function<String, String> third = t -> t.contains(neighbour) ? neighbour
        : t.contains("褚师傅") ? "褚师傅" : t.contains("新桥村14号") ? "his door"
        : org.ecopetition.gateway.nlp.Redaction.Digits.read(t).replaceAll("[^0-9]", "").contains("5962040817") ? "his phone"
        : null;
    HttpResponse<Buffer> doc = staff.get("/cases/" + n + "/documents/opinion?forReportedParty=true");
    assertThat(doc.statusCode()).isEqualTo(200);
    assertThat(third.apply(doc.bodyAsString())).as(doc.bodyAsString()).isNull();
    // She is named, as she agreed.
    assertThat(doc.bodyAsString()).contains(NAME);
    JsonObject row = staff.get("/export?from=2020-01-01&to=2099-12-31&forReportedParty=true").bodyAsJsonObject()
        .getJsonArray("cases").stream().map(JsonObject.class::cast)
        .filter(o -> n.equals(o.getString("case_number"))).findFirst().orElseThrow();
    assertThat(third.apply(row.encode())).as(row.encode()).isNull();
    assertThat(row.getString("petitioner_name")).isEqualTo(NAME);
    assertThat(row.getString("facts")).contains("我叫宋晚晴", "邻居【姓名】");
  }
}
