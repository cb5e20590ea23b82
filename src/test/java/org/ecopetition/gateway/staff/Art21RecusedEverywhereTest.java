package org.ecopetition.gateway.staff;

import static org.assertj.core.api.Assertions.assertThat;

import io.vertx.core.buffer.Buffer;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.client.HttpResponse;
import java.util.List;
import org.ecopetition.gateway.support.HttpChat;
import org.ecopetition.gateway.support.StaffClient;
import org.ecopetition.gateway.support.StaffGatewayExtension;
import org.ecopetition.gateway.support.TestClock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Issue 11 §4 (Art 21), recusal everywhere: a supervisor recused from a case gets nothing of it on any route — the
 * case and its history and documents (403 recused), supervision notes and feedback, the notices worklist, the export
 * (and its copy for the reported party), statistics and their drill-down (hotspots), the overdue lists, and the
 * conversation the case came from (404, absent from the queue) — while a colleague still has all of it; recusing a
 * login that is no member of staff is a 400 naming the field.
 */
class Art21RecusedEverywhereTest {
  @RegisterExtension
  static final StaffGatewayExtension GW = new StaffGatewayExtension(null, env -> env.put("GATEWAY_STAFF_TOKENS",
      env.get("GATEWAY_STAFF_TOKENS") + "," + StaffClient.tokenEntry("qian", StaffClient.token("qian"), "supervisor")));
  static final StaffClient staff = GW.staff();
  static final StaffClient qian = staff.as("qian");

  static JsonObject letter(String conversation) {
    JsonObject o = new JsonObject().put("channel", "letter").put("category", "申诉求决")
        .put("facts", "回避测试砖厂夜间焚烧垃圾，烟雾很大。").put("request", "请求查处").put("name", "钱宝根")
        .put("address", "河南省郑州市中牟县某村").put("polluter", "回避测试砖厂")
        .put("receivedOn", TestClock.TODAY.minusDays(20).toString());
    return conversation == null ? o : o.put("conversationId", conversation);
  }

  @Test
  void aRecusedMemberOfStaffGetsNothingOfTheCaseOnAnyRoute() {
    new HttpChat(GW.http(), GW.gateway().port()).say("人工");
    String conversation = String.valueOf(GW.value("SELECT id FROM conversations WHERE owner = 'queue' LIMIT 1"));
    String n = staff.enter(letter(conversation));
    staff.enter(letter(null));
    staff.enter(letter(null));
    long v = (Long) GW.value("SELECT version FROM cases WHERE case_number = '" + n + "'");
    staff.act(n, "accept", v, new JsonObject().put("reason", "属于本级职责"));
    String today = TestClock.TODAY.toString();
    String period = "?from=2020-01-01&to=" + today;
    List<String> lists = List.of("/notices", "/notices?caseNumber=" + n, "/export" + period,
        "/export" + period + "&forReportedParty=true", "/supervision/overdue", "/supervision/overdue/summary",
        "/supervision/hotspots" + period + "&min=1", "/supervision/undelivered", "/workspace/queue");
    for (String l : lists) {
      assertThat(qian.get(l).statusCode()).as(l).isEqualTo(200);
    }
    assertThat(qian.get("/notices").bodyAsString()).contains(n);
    assertThat(qian.get("/workspace/conversations/" + conversation).statusCode()).isEqualTo(200);

    assertThat(staff.post("/cases/" + n + "/recusals", new JsonObject().put("login", "qian")
        .put("reason", "信访人系其近亲属")).statusCode()).isEqualTo(201);

    for (String path : List.of("/cases/" + n, "/cases/" + n + "/history", "/cases/" + n + "/documents/acceptance",
        "/cases/" + n + "/documents/acceptance?format=pdf")) {
      HttpResponse<Buffer> r = qian.get(path);
      assertThat(r.statusCode()).as(path).isEqualTo(403);
      assertThat(r.bodyAsJsonObject().getJsonObject("error").getString("code")).isEqualTo("recused");
    }
    assertThat(qian.post("/supervision/notes", new JsonObject().put("caseNumber", n).put("text", "请尽快办结"))
        .statusCode()).isEqualTo(403);
    assertThat(qian.post("/supervision/feedback", new JsonObject().put("caseNumber", n).put("text", "已办结"))
        .statusCode()).isEqualTo(403);
    assertThat(GW.value("SELECT count(*) FROM case_events WHERE actor = 'staff:qian'")).isEqualTo(0L);
    for (String l : lists) {
      HttpResponse<Buffer> r = qian.get(l);
      assertThat(r.statusCode()).as(l).isEqualTo(200);
      assertThat(r.bodyAsString()).as(l).doesNotContain(n).doesNotContain(conversation);
      // A colleague still has it.
      if (!l.contains("overdue") && !l.contains("undelivered") && !l.contains("queue") && !l.contains("Reported")) {
        assertThat(staff.get(l).bodyAsString()).as(l).contains(n);
      }
    }
    assertThat(qian.get("/workspace/conversations/" + conversation).statusCode()).isEqualTo(404);
    assertThat(qian.post("/workspace/conversations/" + conversation + "/claim", new JsonObject()).statusCode())
        .isEqualTo(404);
    assertThat(staff.get("/workspace/conversations/" + conversation).statusCode()).isEqualTo(200);
    assertThat(count(qian, "/stats/channel")).isEqualTo(count(staff, "/stats/channel") - 1);
  }

  static long count(StaffClient who, String path) {
    return who.get(path).bodyAsJsonObject().getJsonArray("counts").stream()
        .mapToLong(o -> ((JsonObject) o).getLong("count")).sum();
  }

  @Test
  void recusingAnUnknownLoginIsRefusedNamingTheField() {
    String n = staff.enter(letter(null));
    HttpResponse<Buffer> r = staff.post("/cases/" + n + "/recusals", new JsonObject().put("login", "no-such-person")
        .put("reason", "利害关系"));
    assertThat(r.statusCode()).isEqualTo(400);
    assertThat(r.bodyAsJsonObject().getJsonObject("error").getString("field")).isEqualTo("login");
    assertThat(GW.value("SELECT cardinality(recused) FROM cases WHERE case_number = '" + n + "'")).isEqualTo(0);
  }
}
