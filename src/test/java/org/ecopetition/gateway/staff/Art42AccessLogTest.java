package org.ecopetition.gateway.staff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.util.List;
import org.ecopetition.gateway.support.HttpChat;
import org.ecopetition.gateway.support.StaffClient;
import org.ecopetition.gateway.support.StaffGatewayExtension;
import org.ecopetition.gateway.support.TestClock;
import org.ecopetition.gateway.support.TestPostgres;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Issue 11 §5 (Art 42): every read of personal data leaves a row in the append-only access log — the case, its
 * history, its documents (HTML and PDF), the export, the notices worklist, a conversation's transcript, the queue and
 * a prefill — with who, when, what, which case (or conversation) and the purpose where given; UPDATE and DELETE are
 * refused by a trigger; an auditor lists the log by person, case and period.
 */
class Art42AccessLogTest {
  @RegisterExtension
  static final StaffGatewayExtension GW = new StaffGatewayExtension(null, env -> env.put("GATEWAY_STAFF_TOKENS",
      env.get("GATEWAY_STAFF_TOKENS") + "," + StaffClient.tokenEntry("shen", StaffClient.token("shen"), "auditor", "")));
  static final StaffClient staff = GW.staff();

  @Test
  void everyReadOfPersonalDataIsLoggedAndTheAuditorListsIt() {
    new HttpChat(GW.http(), GW.gateway().port()).say("人工");
    String conversation = String.valueOf(GW.value("SELECT id FROM conversations WHERE owner = 'queue' LIMIT 1"));
    String n = staff.enter(new JsonObject().put("channel", "letter").put("category", "申诉求决")
        .put("facts", "砖厂夜间焚烧垃圾，烟雾很大。").put("request", "请求查处").put("name", "钟读记")
        .put("address", "河南省郑州市中牟县某村").put("conversationId", conversation));
    long v = (Long) GW.value("SELECT version FROM cases WHERE case_number = '" + n + "'");
    staff.act(n, "accept", v, new JsonObject().put("reason", "属于本级职责"));
    String today = TestClock.TODAY.toString();
    for (String path : List.of("/cases/" + n + "?purpose=" + java.net.URLEncoder.encode("核查办理进度",
            java.nio.charset.StandardCharsets.UTF_8), "/cases/" + n + "/history",
        "/cases/" + n + "/documents/acceptance", "/cases/" + n + "/documents/acceptance?format=pdf",
        "/export?from=" + today + "&to=" + today, "/notices?caseNumber=" + n,
        "/workspace/conversations/" + conversation, "/workspace/queue",
        "/workspace/conversations/" + conversation + "/prefill")) {
      assertThat(staff.get(path).statusCode()).as(path).isEqualTo(200);
    }
    String id = "(SELECT id FROM cases WHERE case_number = '" + n + "')";
    String whats = (String) GW.value("SELECT string_agg(what, '|' ORDER BY id) FROM access_log WHERE actor = 'staff:wang' "
        + "AND case_id = " + id);
    assertThat(whats.split("\\|")).contains("case details", "case history", "document acceptance (html)",
        "document acceptance (pdf)", "export", "notices worklist", "conversation transcript", "conversation queue",
        "conversation prefill");
    assertThat(GW.value("SELECT purpose FROM access_log WHERE what = 'case details' AND case_id = " + id))
        .isEqualTo("核查办理进度");

    // Append-only, like case_events.
    assertThatThrownBy(() -> TestPostgres.jdbc(GW.db(), c -> c.createStatement()
        .executeUpdate("UPDATE access_log SET actor = 'staff:nobody'"))).hasStackTraceContaining("append-only");
    assertThatThrownBy(() -> TestPostgres.jdbc(GW.db(), c -> c.createStatement()
        .executeUpdate("DELETE FROM access_log"))).hasStackTraceContaining("append-only");

    StaffClient auditor = staff.as("shen");
    JsonArray byCase = auditor.get("/audit/access?case=" + n).bodyAsJsonObject().getJsonArray("entries");
    assertThat(byCase.size()).isGreaterThanOrEqualTo(9);
    assertThat(byCase.stream().map(o -> ((JsonObject) o).getString("actor")).distinct().toList())
        .containsExactly("staff:wang");
    JsonArray byPerson = auditor.get("/audit/access?login=wang&from=" + today + "&to="
        + TestClock.TODAY.plusDays(1)).bodyAsJsonObject().getJsonArray("entries");
    assertThat(byPerson.encode()).contains(n, "核查办理进度", conversation);
    assertThat(auditor.get("/audit/access?login=wang&from=2020-01-01&to=2020-01-02").bodyAsJsonObject()
        .getJsonArray("entries")).isEmpty();
  }
}
