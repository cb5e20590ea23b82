package org.ecopetition.gateway.staff;

import static org.assertj.core.api.Assertions.assertThat;

import io.vertx.core.buffer.Buffer;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.client.HttpResponse;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.ecopetition.gateway.nlp.Redaction;
import org.ecopetition.gateway.support.HttpChat;
import org.ecopetition.gateway.support.StaffClient;
import org.ecopetition.gateway.support.StaffGatewayExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Red team, second round (conf2), over real HTTP and PostgreSQL: what still reached the reported party or a role
 * without need of the petitioner's identity. Each test failed before its fix.
 */
class Conf2LeaksTest {
  @RegisterExtension
  static final StaffGatewayExtension GW = new StaffGatewayExtension(null, env -> env.put("GATEWAY_STAFF_TOKENS",
      env.get("GATEWAY_STAFF_TOKENS") + "," + StaffClient.tokenEntry("shen", StaffClient.token("shen"), "auditor", "")));
  static final StaffClient staff = GW.staff();
  static final StaffClient auditor = staff.as("shen");

  static long version(String n) {
    return (Long) GW.value("SELECT version FROM cases WHERE case_number = '" + n + "'");
  }

  static String reportedPartysCopy(String n) {
    HttpResponse<Buffer> doc = staff.get("/cases/" + n + "/documents/acceptance?forReportedParty=true");
    assertThat(doc.statusCode()).as(doc.bodyAsString()).isEqualTo(200);
    HttpResponse<Buffer> export = staff.get("/export?from=2020-01-01&to=2099-12-31&forReportedParty=true");
    assertThat(export.statusCode()).isEqualTo(200);
    String row = export.bodyAsJsonObject().getJsonArray("cases").stream().map(JsonObject.class::cast)
        .filter(o -> n.equals(o.getString("case_number"))).findFirst().orElseThrow().encode();
    return doc.bodyAsString() + "\n" + row;
  }

  /**
   * Item 1: the writer's own role at the polluter, or their home at its gate, identifies them to the reported party as
   * surely as a name. The copies that can reach it mask the self-description; what the report says stays; staff with
   * need read the original.
   */
  @Test
  void theWritersRoleAtThePolluterOrHomeAtItsGateDoesNotReachTheReportedParty() {
    String n = staff.enter(new JsonObject().put("channel", "letter").put("category", "申诉求决").put("subtype", 4)
        .put("facts", "我是厂里的电工，天天看见他们半夜往河里排黄水。我家就在厂门口第一家，臭得没法住。")
        .put("request", "请求依法查处").put("name", "闻少卿").put("phone", "13861728054")
        .put("address", "江苏省南京市六合区龙袍街道新河村5号").put("polluter", "新河化工厂"));
    String m = staff.enter(new JsonObject().put("channel", "letter").put("category", "申诉求决").put("subtype", 4)
        .put("facts", "I work night shifts there and see them dump waste into the creek. The smell is unbearable.")
        .put("request", "Please stop them.").put("name", "Jia Wen").put("phone", "13861728055")
        .put("address", "江苏省南京市六合区龙袍街道新河村7号").put("polluter", "Xinhe Chemical"));
    for (String k : new String[] {n, m}) {
      assertThat(staff.post("/cases/" + k + "/redaction", new JsonObject()).statusCode()).isEqualTo(200);
      staff.act(k, "accept", version(k), new JsonObject().put("reason", "属于本级职责"));
    }
    String copy = reportedPartysCopy(n);
    assertThat(copy).doesNotContain("电工", "厂门口第一家", "我家就在");
    // What the report says stays readable.
    assertThat(copy).contains("半夜往河里排黄水", "臭得没法住", "【本人情况】");
    String english = reportedPartysCopy(m);
    assertThat(english).doesNotContain("night shift", "I work").contains("dump waste into the creek");
    // The stored copy is as masked as its releases.
    assertThat((String) GW.value("SELECT facts_redacted FROM cases WHERE case_number = '" + n + "'"))
        .doesNotContain("电工");
    // Staff who handle the case read what was written.
    assertThat(staff.get("/cases/" + n).bodyAsString()).contains("我是厂里的电工");
  }

  /**
   * Item 2: a third person named only by staff (a witness a handler found and wrote into the opinion) reached the
   * reported party's copy of the document: only the names the case's own texts held were masked.
   */
  @Test
  void aWitnessNamedOnlyByStaffDoesNotReachTheReportedParty() {
    String n = staff.enter(new JsonObject().put("channel", "letter").put("category", "申诉求决").put("subtype", 4)
        .put("facts", "村东头的恒昌印染厂晚上偷排废水，河水发黑发臭。").put("request", "请求依法查处")
        .put("name", "宋晚晴").put("phone", "18651307730").put("address", "江苏省苏州市吴中区枫桥镇新桥村12号")
        .put("polluter", "恒昌印染厂"));
    assertThat(staff.post("/cases/" + n + "/redaction", new JsonObject()).statusCode()).isEqualTo(200);
    long v = staff.act(n, "accept", version(n), new JsonObject().put("reason", "经询问证人刘桂芳，情况属实"));
    v = staff.act(n, "start_handling", v, new JsonObject().put("reason", "开始办理"));
    staff.act(n, "issue_opinion", v, new JsonObject().put("reason", "出具意见")
        .put("publicText", "经查，恒昌印染厂夜间排放属实，已责令整改。")
        .put("findings", "执法人员走访了下游住户孙德胜，他证实每晚十点后有黑水排出。")
        .put("basis", "《水污染防治法》").put("outcome", "support"));
    for (String doc : new String[] {"acceptance", "opinion"}) {
      HttpResponse<Buffer> r = staff.get("/cases/" + n + "/documents/" + doc + "?forReportedParty=true");
      assertThat(r.statusCode()).isEqualTo(200);
      assertThat(r.bodyAsString()).as(doc).doesNotContain("刘桂芳", "孙德胜");
    }
    assertThat(staff.get("/cases/" + n + "/documents/opinion?forReportedParty=true").bodyAsString())
        .contains("恒昌印染厂", "已责令整改", "每晚十点后有黑水排出");
    // The handling department's own document keeps what staff wrote.
    assertThat(staff.get("/cases/" + n + "/documents/opinion").bodyAsString()).contains("孙德胜");
  }

  /**
   * Item 3: a member of staff reading a conversation that has no case gives a purpose naming the petitioner; the
   * auditor read it as typed (only purposes of case reads were masked).
   */
  @Test
  void anAccessLogPurposeOfAConversationWithoutACaseIsMasked() {
    HttpChat chat = new HttpChat(GW.http(), GW.gateway().port());
    chat.say("我叫苗采薇，手机13952846017，新河化工厂天天半夜排废水");
    chat.say("人工");
    String id = String.valueOf(GW.value("SELECT id FROM conversations c WHERE NOT EXISTS (SELECT 1 FROM cases k "
        + "WHERE k.conversation_id = c.id) ORDER BY updated_at DESC LIMIT 1"));
    String purpose = URLEncoder.encode("回访苗采薇（139 5284 6017）", StandardCharsets.UTF_8);
    assertThat(staff.get("/workspace/conversations/" + id + "?purpose=" + purpose).statusCode()).isEqualTo(200);
    HttpResponse<Buffer> log = auditor.get("/audit/access?limit=200");
    assertThat(log.statusCode()).isEqualTo(200);
    JsonObject entry = log.bodyAsJsonObject().getJsonArray("entries").stream().map(JsonObject.class::cast)
        .filter(e -> id.equals(e.getString("conversationId")) && e.getString("purpose") != null).findFirst()
        .orElseThrow(() -> new AssertionError("the purpose was not logged: " + log.bodyAsString()));
    assertThat(entry.getString("purpose")).doesNotContain("苗采薇", "采薇", "苗女士").contains("回访");
    assertThat(Redaction.Digits.read(entry.getString("purpose")).replaceAll("[^0-9]", "")).doesNotContain("5284");
  }

  /** Item 5: an auditor sees that a case has photos, not the photos (what they show can name the petitioner). */
  @Test
  void anAuditorSeesThatAPhotoExistsNotThePhoto() {
    String n = staff.enter(new JsonObject().put("channel", "letter").put("category", "申诉求决").put("subtype", 4)
        .put("facts", "河边的石料厂夜里冲洗石料，泥水直接排进河里。").put("request", "请求查处")
        .put("name", "韩雪松").put("phone", "13861728056").put("address", "江苏省南京市六合区龙袍街道新河村9号"));
    String photo = String.valueOf(GW.value("INSERT INTO evidence_photos (case_id, content_type, bytes, size, width,"
        + " height, sha256, created_at) SELECT id, 'image/jpeg', '\\xffd8ffd9'::bytea, 4, 1, 1, '\\x00'::bytea,"
        + " TIMESTAMPTZ '2026-06-15 10:00+08' FROM cases WHERE case_number = '" + n + "' RETURNING id"));
    HttpResponse<Buffer> list = auditor.get("/cases/" + n + "/photos");
    assertThat(list.statusCode()).isEqualTo(200);
    assertThat(list.bodyAsJsonObject().getJsonArray("photos")).hasSize(1);
    assertThat(auditor.get("/cases/" + n + "/photos/" + photo).statusCode()).isEqualTo(403);
    assertThat(staff.get("/cases/" + n + "/photos/" + photo).statusCode()).isEqualTo(200);
  }

  /**
   * Item 6: an auditor's search of the case list by a phone number answered which case the phone belongs to — who
   * petitioned — though the auditor reads every case without the petitioner's identity. The search by case number
   * stays.
   */
  @Test
  void anAuditorsSearchByPhoneDoesNotTieAPhoneToACase() {
    String phone = "13861728057";
    String n = staff.enter(new JsonObject().put("channel", "letter").put("category", "申诉求决").put("subtype", 4)
        .put("facts", "养猪场的粪水流进了水渠。").put("request", "请求查处").put("name", "邬向东").put("phone", phone)
        .put("address", "江苏省南京市六合区龙袍街道新河村11号"));
    assertThat(staff.get("/cases?q=" + phone).bodyAsString()).contains(n);
    HttpResponse<Buffer> byPhone = auditor.get("/cases?q=" + phone);
    assertThat(byPhone.statusCode()).isEqualTo(200);
    assertThat(byPhone.bodyAsString()).doesNotContain(n);
    assertThat(auditor.get("/cases?q=" + n).bodyAsString()).contains(n);
  }
}
