package org.ecopetition.gateway.staff;

import static org.assertj.core.api.Assertions.assertThat;

import io.vertx.core.buffer.Buffer;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.client.HttpResponse;
import java.util.List;
import org.ecopetition.gateway.support.StaffClient;
import org.ecopetition.gateway.support.StaffGatewayExtension;
import org.ecopetition.gateway.support.TestClock;
import org.ecopetition.gateway.support.TestPostgres;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Issue 11 §3 over HTTP, a sample of the role × scope × route matrix (the property over the whole directory is
 * lifecycle/AccusationNeverReachesTheAccusedTest): in a provincial deployment (32), an accusation against
 * 南京市生态环境局 (3201) is invisible to every role of 3201 and of 江宁 (320115) below it on every route — read,
 * history, documents, acts, notes, notices, export, statistics, overdue lists (404 or absent, no count) — while the
 * province handles it; a transfer, referral or forwarded review to the accused unit or below is 422 naming Art 23;
 * and an accusation is not transferred before its accused unit is confirmed.
 */
class Art23AccusationTest {
  static final String[] ROLES = {"intake", "handler", "supervisor", "auditor"};
  @RegisterExtension
  static final StaffGatewayExtension GW = new StaffGatewayExtension(null, env -> {
    env.put("GATEWAY_ROUTING_DIVISION_CODE", "32");
    StringBuilder tokens = new StringBuilder(env.get("GATEWAY_STAFF_TOKENS"));
    for (String unit : new String[] {"3201", "320115"}) {
      for (String role : ROLES) {
        tokens.append(',').append(StaffClient.tokenEntry(login(role, unit), StaffClient.token(login(role, unit)), role,
            unit));
      }
    }
    env.put("GATEWAY_STAFF_TOKENS", tokens.toString());
  });
  static final StaffClient staff = GW.staff();

  static String login(String role, String unit) {
    return role + unit;
  }

  static JsonObject accusation() {
    return new JsonObject().put("channel", "letter").put("category", "检举控告")
        .put("facts", "南京市生态环境局执法人员收受企业好处，对偷排废水不予查处。").put("request", "请求查处相关人员")
        .put("name", "严守正").put("phone", "13900002323").put("accused", "南京市生态环境局执法人员")
        .put("location", "江苏省南京市江宁区");
  }

  static long version(String n) {
    return (Long) GW.value("SELECT version FROM cases WHERE case_number = '" + n + "'");
  }

  @Test
  void theAccusedUnitAndThoseUnderItSeeNothingOfTheAccusation() {
    String n = staff.enter(accusation());
    HttpResponse<Buffer> confirmed = staff.post("/cases/" + n + "/accused", new JsonObject().put("department", "3201"));
    assertThat(confirmed.statusCode()).as(confirmed.bodyAsString()).isEqualTo(200);
    // Even held at the accused unit itself (as a mistaken entry would put it), its staff are never shown it.
    TestPostgres.jdbc(GW.db(), c -> c.createStatement().execute(
        "UPDATE cases SET responsible_code = '3201' WHERE case_number = '" + n + "'"));
    String today = TestClock.TODAY.toString();
    for (String unit : new String[] {"3201", "320115"}) {
      for (String role : ROLES) {
        StaffClient m = staff.as(login(role, unit));
        String who = role + " of " + unit;
        for (String path : List.of("/cases/" + n, "/cases/" + n + "/history", "/cases/" + n + "/documents/acceptance",
            "/cases/" + n + "/documents/acceptance?format=pdf")) {
          // Every one of these roles may read cases: this one is answered as if it did not exist.
          assertThat(m.get(path).statusCode()).as(who + " GET " + path).isEqualTo(404);
        }
        assertThat(m.post("/cases/" + n + "/acts", new JsonObject().put("act", "accept").put("version", version(n))
            .put("reason", "x")).statusCode()).as(who).isIn(403, 404);
        assertThat(m.post("/supervision/notes", new JsonObject().put("caseNumber", n).put("text", "x")).statusCode())
            .as(who).isIn(403, 404);
        for (String list : List.of("/notices", "/export?from=2020-01-01&to=" + today,
            "/export?from=2020-01-01&to=" + today + "&forReportedParty=true", "/supervision/overdue",
            "/supervision/undelivered", "/audit/access", "/stats/category")) {
          HttpResponse<Buffer> r = m.get(list);
          assertThat(r.bodyAsString()).as(who + " " + list).doesNotContain(n).doesNotContain("严守正")
              .doesNotContain("检举控告");
        }
      }
    }
    // The province sees and handles it.
    assertThat(staff.get("/cases/" + n).statusCode()).isEqualTo(200);
    assertThat(staff.get("/stats/category").bodyAsString()).contains("检举控告");
  }

  @Test
  void noActSendsTheAccusationToTheAccusedUnitOrBelowIt() {
    String n = staff.enter(accusation());
    JsonObject unconfirmed = staff.refused(n, "transfer", version(n), new JsonObject().put("to", "3202"));
    assertThat(unconfirmed.getString("article")).isEqualTo("第二十三条");
    assertThat(staff.post("/cases/" + n + "/accused", new JsonObject().put("department", "3201")).statusCode())
        .isEqualTo(200);
    assertThat(GW.value("SELECT actor || ' ' || (detail ->> 'code') FROM case_events WHERE kind = 'accused_confirmed' "
        + "AND case_id = (SELECT id FROM cases WHERE case_number = '" + n + "')")).isEqualTo("staff:wang 3201");
    String before = GW.snapshot(n);
    for (String to : List.of("3201", "320115")) {
      JsonObject e = staff.refused(n, "transfer", version(n), new JsonObject().put("to", to));
      assertThat(e.getString("article")).isEqualTo("第二十三条");
      assertThat(e.getString("message")).contains("检举控告");
    }
    JsonObject byName = staff.refused(n, "refer", version(n), new JsonObject().put("to", "南京市生态环境局")
        .put("reason", "由其办理"));
    assertThat(byName.getString("article")).isEqualTo("第二十三条");
    assertThat(GW.snapshot(n)).isEqualTo(before);
    // Elsewhere it may go.
    staff.act(n, "transfer", version(n), new JsonObject().put("to", "3202"));
    // A complaint has no accused unit to confirm: 400 naming the field.
    String complaint = staff.enter(accusation().put("category", "申诉求决"));
    HttpResponse<Buffer> r = staff.post("/cases/" + complaint + "/accused", new JsonObject().put("department", "3201"));
    assertThat(r.statusCode()).isEqualTo(400);
    assertThat(r.bodyAsJsonObject().getJsonObject("error").getString("field")).isEqualTo("department");
  }
}
