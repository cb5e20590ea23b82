package org.ecopetition.gateway.staff;

import static org.assertj.core.api.Assertions.assertThat;

import io.vertx.core.buffer.Buffer;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.client.HttpResponse;
import java.util.List;
import org.ecopetition.gateway.nlp.Redaction;
import org.ecopetition.gateway.support.StaffClient;
import org.ecopetition.gateway.support.StaffGatewayExtension;
import org.ecopetition.gateway.support.TestPostgres;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Red team, a role without need of the petitioner's identity (an auditor): the case page gave the redacted copy, but
 * its history (the reasons staff wrote on acts, a reply's text, a supervision note, a petitioner's supplement) and its
 * documents (the acceptance letter as the handler prints it), the notices worklist (a reply's text) and the access log (the purpose staff gave for a read) gave the petitioner's name, phone and address as staff
 * typed them, and the witness the copy masked. Every route of READ_CASE an auditor may call now reads through the one
 * masking path; staff with need still read what they wrote.
 */
class AuditorReadsNoIdentityTest {
  static final String NAME = "甄慧敏";
  static final String PHONE = "13761824095";
  static final String WITNESS = "邵国栋";
  @RegisterExtension
  static final StaffGatewayExtension GW = new StaffGatewayExtension(null, env -> env.put("GATEWAY_STAFF_TOKENS",
      env.get("GATEWAY_STAFF_TOKENS") + "," + StaffClient.tokenEntry("shen", StaffClient.token("shen"), "auditor", "")));
  static final StaffClient staff = GW.staff();
  static final StaffClient auditor = staff.as("shen");
  /** Every form of the petitioner and the witness that staff wrote below; none may reach the auditor. */
  static final List<String> FORMS = List.of(NAME, "甄女士", "老甄", "慧敏", "龙池路17号", "zhenhm@example.com",
      "zhenhm_77", WITNESS);

  static void noForm(String what, String text) {
    for (String form : FORMS) {
      assertThat(text).as(what + ": " + form).doesNotContain(form);
    }
    assertThat(Redaction.Digits.read(text).replaceAll("[^0-9]", "")).as(what + ": the phone").doesNotContain("7618240");
  }

  static long version(String n) {
    return (Long) GW.value("SELECT version FROM cases WHERE case_number = '" + n + "'");
  }

  @Test
  void theHistoryAndTheDocumentsReadByAnAuditorNameNobody() {
    String n = staff.enter(new JsonObject().put("channel", "letter").put("category", "申诉求决")
        .put("facts", "我叫甄慧敏，住龙池路17号。龙池化工厂每天夜里往河里排黄水，我丈夫邵国栋也看见了。")
        .put("request", "请求查处").put("name", NAME).put("phone", PHONE)
        .put("address", "江苏省南京市六合区雄州街道龙池路17号").put("polluter", "龙池化工厂"));
    assertThat((String) GW.value("SELECT facts_redacted FROM cases WHERE case_number = '" + n + "'"))
        .doesNotContain(WITNESS);
    // What staff write about the petitioner, each in another form: the full name and the phone spaced, the surname with
    // a title and the street, the given name, an e-mail, the witness the copy masked, the phone in Chinese numerals.
    long v = staff.act(n, "accept", version(n), new JsonObject()
        .put("reason", "已电话联系信访人甄慧敏（137 6182 4095），核实属实"));
    assertThat(staff.post("/supervision/notes", new JsonObject().put("caseNumber", n)
        .put("text", "请回访甄女士，地址龙池路17号，她丈夫邵国栋是厂里职工")).statusCode()).isEqualTo(201);
    v = staff.act(n, "start_handling", v, new JsonObject().put("reason", "慧敏反映的问题交执法大队现场核查，老甄要求保密"));
    staff.act(n, "reply", v, new JsonObject().put("reason", "答复已发 zhenhm@example.com，证人邵国栋已询问")
        .put("publicText", "甄慧敏：经查，您反映的龙池化工厂问题属实，已责令整改。回电一三七六一八二四零九五。")
        .put("feedback", "written"));
    // A petitioner's supplement stored before the supplement was masked with the case's identities, as written then.
    TestPostgres.jdbc(GW.db(), c -> c.createStatement().execute("INSERT INTO case_events (case_id, at, kind, actor, "
        + "reason, recorded_at) SELECT id, now(), 'supplement', 'petitioner:web', '昨晚又排了，老甄都拍下来了，加我微信 zhenhm_77',"
        + " now() FROM cases WHERE case_number = '" + n + "'"));

    HttpResponse<Buffer> history = auditor.get("/cases/" + n + "/history");
    assertThat(history.statusCode()).isEqualTo(200);
    noForm("history", history.bodyAsString());
    assertThat(history.bodyAsString()).contains("核实属实", "现场核查", "已责令整改", "都拍下来了", "【姓名】", "【地址】");

    HttpResponse<Buffer> letter = auditor.get("/cases/" + n + "/documents/acceptance");
    assertThat(letter.statusCode()).isEqualTo(200);
    noForm("acceptance letter", letter.bodyAsString());
    assertThat(letter.bodyAsString()).contains("受理告知书", "龙池化工厂");
    assertThat(auditor.get("/cases/" + n + "/documents/acceptance?format=pdf").statusCode()).isEqualTo(200);

    // The notices worklist repeats the reply to the petitioner, her name first.
    HttpResponse<Buffer> notices = auditor.get("/notices?caseNumber=" + n);
    assertThat(notices.statusCode()).isEqualTo(200);
    noForm("notices worklist", notices.bodyAsString());
    assertThat(notices.bodyAsString()).contains("已责令整改");
    assertThat(staff.get("/notices?caseNumber=" + n).bodyAsString()).contains(NAME);

    // The purpose a member of staff gave for a read, as auditors read it in the access log.
    assertThat(staff.get("/cases/" + n + "?purpose=" + java.net.URLEncoder.encode("回访甄女士，核对龙池路17号",
        java.nio.charset.StandardCharsets.UTF_8)).statusCode()).isEqualTo(200);
    HttpResponse<Buffer> log = auditor.get("/audit/access?case=" + n);
    assertThat(log.statusCode()).isEqualTo(200);
    noForm("access log", log.bodyAsString());
    assertThat(log.bodyAsString()).contains("回访【姓名】");

    // Staff with need read what was written, as written.
    assertThat(staff.get("/cases/" + n + "/history").bodyAsString()).contains(NAME, "龙池路17号", WITNESS, "老甄");
    assertThat(staff.get("/cases/" + n + "/documents/acceptance").bodyAsString()).contains(NAME);
  }
}
