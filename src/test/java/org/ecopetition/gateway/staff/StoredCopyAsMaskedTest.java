package org.ecopetition.gateway.staff;

import static org.assertj.core.api.Assertions.assertThat;

import io.vertx.core.buffer.Buffer;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.client.HttpResponse;
import java.util.List;
import org.ecopetition.gateway.support.StaffClient;
import org.ecopetition.gateway.support.StaffGatewayExtension;
import org.ecopetition.gateway.support.TestClock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The stored redacted copy (cases.facts_redacted, request_redacted: readable at rest, "what roles without need read")
 * is at least as masked as every release of it: the petitioner as people call her (宋大姐, 老宋, 晚晴), her address
 * without its divisions, her e-mail, WeChat account and own plate — at registration, when a person writes the copy, and
 * when a correction makes it again. Each reader of the copy (the column, an auditor's view, the export and a document
 * for the reported party) is checked for every form.
 */
class StoredCopyAsMaskedTest {
  static final String NAME = "宋晚晴";
  static final String FACTS = "我是宋晚晴，家住城南路88号，隔壁的恒旺铸造厂半夜冲天炉冒黑烟。厂里的人都认识老宋，"
      + "邻居们叫我宋大姐，晚晴两个字一报他们就知道是谁。有事加我微信号 songwq_1988 或发邮件 songwq@example.com，"
      + "我的车牌是豫A8K2J7，停在厂门口被他们拍过。";
  /** Every form a release masks; none may be in the column either. */
  static final List<String> FORMS = List.of(NAME, "老宋", "宋大姐", "晚晴", "城南路88号", "songwq_1988",
      "songwq@example.com", "豫A8K2J7", "13673925186");

  @RegisterExtension
  static final StaffGatewayExtension GW = new StaffGatewayExtension(null, env -> env.put("GATEWAY_STAFF_TOKENS",
      env.get("GATEWAY_STAFF_TOKENS") + "," + StaffClient.tokenEntry("shen", StaffClient.token("shen"), "auditor", "")));
  static final StaffClient staff = GW.staff();

  static JsonObject letter() {
    return new JsonObject().put("channel", "letter").put("category", "申诉求决").put("facts", FACTS)
        .put("request", "请求查处，结果请告诉老宋").put("name", NAME).put("phone", "13673925186")
        .put("address", "河南省郑州市中牟县城南路88号").put("polluter", "恒旺铸造厂");
  }

  static String column(String n, String column) {
    return (String) GW.value("SELECT " + column + " FROM cases WHERE case_number = '" + n + "'");
  }

  static void noForm(String what, String text) {
    for (String form : FORMS) {
      assertThat(text).as(what + ": " + form).doesNotContain(form);
    }
  }

  @Test
  void theStoredCopyHoldsNoFormAReleaseMasksAndNeitherDoesAnyReader() {
    String n = staff.enter(letter());
    noForm("facts_redacted", column(n, "facts_redacted"));
    noForm("request_redacted", column(n, "request_redacted"));
    assertThat(column(n, "facts_redacted")).contains("恒旺铸造厂", "冲天炉");
    // The readers: an auditor, the export and a document for the reported party.
    HttpResponse<Buffer> audit = staff.as("shen").get("/cases/" + n);
    assertThat(audit.statusCode()).isEqualTo(200);
    noForm("auditor", audit.bodyAsJsonObject().getString("facts") + audit.bodyAsJsonObject().getString("request"));
    assertThat(staff.post("/cases/" + n + "/redaction", new JsonObject()).statusCode()).isEqualTo(200);
    String today = TestClock.TODAY.toString();
    JsonObject row = staff.get("/export?from=" + today + "&to=" + today + "&forReportedParty=true").bodyAsJsonObject()
        .getJsonArray("cases").stream().map(JsonObject.class::cast).filter(o -> n.equals(o.getString("case_number")))
        .findFirst().orElseThrow();
    noForm("export", row.encode());
    staff.act(n, "accept", (Long) GW.value("SELECT version FROM cases WHERE case_number = '" + n + "'"),
        new JsonObject().put("reason", "属于本级职责"));
    HttpResponse<Buffer> doc = staff.get("/cases/" + n + "/documents/acceptance?forReportedParty=true");
    assertThat(doc.statusCode()).isEqualTo(200);
    noForm("document", doc.bodyAsString());
  }

  @Test
  void aCopyAPersonWritesIsStoredAsMasked() {
    String n = staff.enter(letter());
    HttpResponse<Buffer> r = staff.post("/cases/" + n + "/redaction", new JsonObject()
        .put("facts", "恒旺铸造厂半夜冒黑烟，老宋说可加微信号 songwq_1988 联系。").put("request", "请求查处"));
    assertThat(r.statusCode()).as(r.bodyAsString()).isEqualTo(200);
    noForm("confirmed facts_redacted", column(n, "facts_redacted"));
    assertThat(column(n, "facts_redacted")).contains("恒旺铸造厂");
  }

  @Test
  void aCorrectedNameMakesTheCopyAgainAsMasked() {
    // Not confirmed: made again as registration makes it.
    String n = staff.enter(letter());
    HttpResponse<Buffer> r = staff.post("/cases/" + n + "/corrections", new JsonObject().put("version", 0)
        .put("name", "宋婉晴").put("reason", "姓名笔误"));
    assertThat(r.statusCode()).as(r.bodyAsString()).isEqualTo(200);
    noForm("corrected facts_redacted", column(n, "facts_redacted"));
    noForm("corrected request_redacted", column(n, "request_redacted"));
    // Confirmed first: the person's copy stays theirs, masked further with the new name in every form.
    String m = staff.enter(letter());
    assertThat(staff.post("/cases/" + m + "/redaction", new JsonObject()
        .put("facts", "恒旺铸造厂半夜冒黑烟，投诉人称邻居叫她婉晴。").put("request", "请求查处")).statusCode()).isEqualTo(200);
    HttpResponse<Buffer> c = staff.post("/cases/" + m + "/corrections", new JsonObject().put("version",
        (Long) GW.value("SELECT version FROM cases WHERE case_number = '" + m + "'")).put("name", "宋婉晴")
        .put("reason", "姓名笔误"));
    assertThat(c.statusCode()).as(c.bodyAsString()).isEqualTo(200);
    assertThat(column(m, "facts_redacted")).doesNotContain("婉晴").contains("恒旺铸造厂");
  }
}
