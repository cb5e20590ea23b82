package org.ecopetition.gateway.staff;

import static org.assertj.core.api.Assertions.assertThat;

import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.client.HttpResponse;
import io.vertx.ext.web.client.WebClient;
import io.vertx.junit5.VertxExtension;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import org.ecopetition.gateway.Gateway;
import org.ecopetition.gateway.channel.webchat.WebChatFlowTestSupport;
import org.ecopetition.gateway.support.ChatClient;
import org.ecopetition.gateway.support.StaffClient;
import org.ecopetition.gateway.support.TestGateway;
import org.ecopetition.gateway.support.TestPostgres;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The staff API over real HTTP and PostgreSQL: acts through the regulation's procedure, one transaction
 * each; two staff acting at once (one wins, the other gets a conflict); refusals that change nothing; the
 * append-only history; every read of personal data logged; the overdue list.
 */
@ExtendWith(VertxExtension.class)
class StaffApiTest {
  static final String ZHANG = "token-of-zhang-0123456789abcdef";
  static final String LI = "token-of-li-0123456789abcdef0000";
  static String db;
  static Gateway gateway;
  static WebClient http;

  @BeforeAll
  static void start(Vertx vertx) {
    db = TestPostgres.freshDatabaseUrl();
    Map<String, String> env = TestGateway.env(db, TestGateway.newKey());
    // zhang in the entry form from before roles (a handler at the deployment's department), li a supervisor.
    env.put("GATEWAY_STAFF_TOKENS", StaffClient.tokenEntry("zhang", ZHANG) + "," + StaffClient.tokenEntry("li", LI,
        "supervisor"));
    gateway = TestGateway.start(env);
    http = WebClient.create(vertx);
  }

  @AfterAll
  static void stop() {
    gateway.close();
  }

  static String[] register(Vertx vertx) {
    try (ChatClient chat = ChatClient.connect(vertx, gateway.port())) {
      chat.hello(null, "zh");
      chat.drain(300);
      String receipt = WebChatFlowTestSupport.report(chat);
      Matcher n = WebChatFlowTestSupport.CASE.matcher(receipt);
      Matcher c = WebChatFlowTestSupport.CODE.matcher(receipt);
      assertThat(n.find() && c.find()).isTrue();
      return new String[] {n.group(1), c.group(1)};
    }
  }

  static Future<HttpResponse<Buffer>> act(String token, String number, JsonObject body) {
    return http.post(gateway.port(), "127.0.0.1", "/api/v1/staff/cases/" + number + "/acts")
        .putHeader("Authorization", "Bearer " + token).sendJsonObject(body);
  }

  static JsonObject ok(String token, String number, String act, long version, JsonObject extra) {
    HttpResponse<Buffer> r = act(token, number, extra.copy().put("act", act).put("version", version)).await();
    assertThat(r.statusCode()).as(act + " " + r.bodyAsString()).isEqualTo(200);
    return r.bodyAsJsonObject();
  }

  static long count(String sql) {
    return ((Number) TestPostgres.value(db, sql)).longValue();
  }

  @Test
  void aComplaintIsAcceptedHandledRepliedAndClosedByNamedStaff(Vertx vertx) {
    String[] c = register(vertx);
    String n = c[0];
    assertThat(http.get(gateway.port(), "127.0.0.1", "/api/v1/staff/cases/" + n).send().await().statusCode())
        .isEqualTo(401);
    HttpResponse<Buffer> details = http.get(gateway.port(), "127.0.0.1", "/api/v1/staff/cases/" + n)
        .putHeader("Authorization", "Bearer " + ZHANG).send().await();
    assertThat(details.bodyAsJsonObject().getString("petitioner_name")).isEqualTo("王建国");
    assertThat(count("SELECT count(*) FROM access_log WHERE actor = 'staff:zhang'")).isGreaterThanOrEqualTo(1);

    JsonObject accepted = ok(ZHANG, n, "accept", 0, new JsonObject().put("reason", "属于本级职责"));
    assertThat(accepted.getString("status")).isEqualTo("accepted");
    assertThat(accepted.getString("article")).isEqualTo("第十七条第一款第一项");
    // The petitioner is told in the conversation the matter came from, and the notice is recorded.
    assertThat(org.ecopetition.gateway.support.Sealed.messageTexts(db, gateway, "true"))
        .filteredOn(t -> t.matches("(?s).*" + n + "）已由测试市生态环境局受理，办理期限至.*")).hasSize(1);
    assertThat(count("SELECT count(*) FROM case_events WHERE kind = 'notice_sent' AND case_id = (SELECT id FROM cases WHERE case_number = '" + n + "')"))
        .isEqualTo(1);
    assertThat(count("SELECT count(*) FROM cases WHERE case_number = '" + n + "' AND handling_due = accepted_date + 60"
        + " OR (case_number = '" + n + "' AND handling_due > accepted_date + 60 AND handling_due < accepted_date + 70)"))
        .isEqualTo(1);

    // Two staff take it up at once: one wins, the other is told to reload.
    List<Future<HttpResponse<Buffer>>> both = List.of(
        act(ZHANG, n, new JsonObject().put("act", "start_handling").put("version", 1)),
        act(LI, n, new JsonObject().put("act", "start_handling").put("version", 1)));
    Future.join(both).await();
    assertThat(both.stream().map(f -> f.result().statusCode()).sorted().toList()).containsExactly(200, 409);

    // An extension is only for subtype (4): refused, nothing written.
    HttpResponse<Buffer> refused = act(ZHANG, n, new JsonObject().put("act", "extend").put("version", 2)
        .put("days", 20).put("reason", "复杂").put("approver", "局长")).await();
    assertThat(refused.statusCode()).isEqualTo(422);
    assertThat(refused.bodyAsJsonObject().getJsonObject("error").getString("article")).isEqualTo("第二十九条");
    assertThat(count("SELECT version FROM cases WHERE case_number = '" + n + "'")).isEqualTo(2);

    ok(ZHANG, n, "reply", 2, new JsonObject().put("reason", "已现场检查").put("publicText", "经查，该厂已停产整改，罚款十万元。"));
    JsonObject status = http.get(gateway.port(), "127.0.0.1", "/api/v1/cases/" + n + "/status")
        .putHeader("X-Query-Code", c[1]).send().await().bodyAsJsonObject();
    assertThat(status.getString("stateLabel")).isEqualTo("已答复");
    // The petitioner sees the steps the case went through, never who acted.
    assertThat(status.getJsonArray("timeline").stream().map(o -> ((JsonObject) o).getString("label")).toList())
        .containsExactly("已登记", "已受理", "办理中", "已答复");
    assertThat(status.encode()).doesNotContain("staff:");
    assertThat(status.getJsonArray("replies").getJsonObject(0).getString("text")).contains("停产整改");
    ok(LI, n, "close", 3, new JsonObject());

    JsonObject history = http.get(gateway.port(), "127.0.0.1", "/api/v1/staff/cases/" + n + "/history")
        .putHeader("Authorization", "Bearer " + LI).send().await().bodyAsJsonObject();
    assertThat(history.getJsonArray("events").stream().map(o -> ((JsonObject) o).getString("kind")).toList())
        .containsSubsequence("registered", "routing_proposed", "accept", "start_handling", "reply_delivered", "close");
    assertThat(history.encode()).contains("staff:zhang").contains("staff:li");
    // The history is append-only.
    String deletion = TestPostgres.jdbc(db, conn -> {
      try {
        conn.createStatement().execute("DELETE FROM case_events");
        return "deleted";
      } catch (java.sql.SQLException e) {
        return e.getMessage();
      }
    });
    assertThat(deletion).contains("append-only");
  }

  @Test
  void aComplaintOnTheFastTrackHasItsNoticeAndHandlingLimitsShortened(Vertx vertx) {
    String n = register(vertx)[0];
    String row = "FROM cases WHERE case_number = '" + n + "'";
    HttpResponse<Buffer> noReason = act(ZHANG, n, new JsonObject().put("act", "fast_track").put("version", 0)).await();
    assertThat(noReason.statusCode()).isEqualTo(422);
    assertThat(noReason.bodyAsJsonObject().getJsonObject("error").getString("article")).isEqualTo("第三十二条");
    assertThat(count("SELECT count(*) " + row + " AND NOT fast_track AND version = 0")).isEqualTo(1);

    JsonObject fast = ok(ZHANG, n, "fast_track", 0, new JsonObject().put("reason", "事实清楚，可当场核查"));
    assertThat(fast.getString("status")).isEqualTo("registered");
    assertThat(fast.getString("article")).isEqualTo("第三十二条");
    // 7 days instead of 15 from receipt; a last day on a rest day rolls over to the next working day.
    assertThat(count("SELECT count(*) " + row + " AND fast_track AND notice_due BETWEEN received_date + 7 "
        + "AND received_date + 14")).isEqualTo(1);
    assertThat(org.ecopetition.gateway.support.Sealed.messageTexts(db, gateway, "true"))
        .filteredOn(t -> t.matches("(?s).*" + n + "已纳入接诉即办，将于.*前告知是否受理.*")).hasSize(1);

    ok(ZHANG, n, "accept", 1, new JsonObject().put("reason", "属于本级职责"));
    assertThat(count("SELECT count(*) " + row + " AND handling_due BETWEEN accepted_date + 30 AND accepted_date + 39"))
        .isEqualTo(1);
    JsonObject details = http.get(gateway.port(), "127.0.0.1", "/api/v1/staff/cases/" + n)
        .putHeader("Authorization", "Bearer " + ZHANG).send().await().bodyAsJsonObject();
    assertThat(details.getBoolean("fast_track")).isTrue();
    assertThat(count("SELECT count(*) FROM case_events WHERE kind = 'fast_track' AND article = '第三十二条' AND case_id = "
        + "(SELECT id " + row + ")")).isEqualTo(1);
  }

  @Test
  void theApiIsDescribedByAnOpenApiFileServedByTheGateway() {
    HttpResponse<Buffer> r = http.get(gateway.port(), "127.0.0.1", "/api/v1/openapi.yaml").send().await();
    assertThat(r.statusCode()).isEqualTo(200);
    Object doc = new org.yaml.snakeyaml.Yaml().load(r.bodyAsString());
    assertThat(doc).isInstanceOf(Map.class);
    Map<?, ?> paths = (Map<?, ?>) ((Map<?, ?>) doc).get("paths");
    assertThat(paths.keySet()).map(Object::toString).contains("/api/v1/staff/cases/{caseNumber}/acts",
        "/api/v1/cases/{caseNumber}/status", "/api/v1/chat/messages", "/api/v1/staff/export");
  }

  @Test
  void documentsArePrintedFromTemplatesAsHtmlAndPdfWithChineseText(Vertx vertx) {
    String n = register(vertx)[0];
    String base = "/api/v1/staff/cases/" + n + "/documents/";
    HttpResponse<Buffer> none = http.get(gateway.port(), "127.0.0.1", base + "acceptance")
        .putHeader("Authorization", "Bearer " + ZHANG).send().await();
    assertThat(none.statusCode()).isEqualTo(409);
    // An opinion letter is for subtype (4): make this one such a matter, then act through the procedure.
    TestPostgres.jdbc(db, c -> c.createStatement().execute("UPDATE cases SET subtype = 4 WHERE case_number = '" + n + "'"));
    ok(ZHANG, n, "accept", 0, new JsonObject().put("reason", "属于本级职责"));
    String acceptance = http.get(gateway.port(), "127.0.0.1", base + "acceptance")
        .putHeader("Authorization", "Bearer " + ZHANG).send().await().bodyAsString();
    assertThat(acceptance).contains("受理告知书").contains(n).contains("王建国").contains("第十七条第一款第一项")
        .contains("测试市生态环境局");
    ok(ZHANG, n, "start_handling", 1, new JsonObject());
    ok(ZHANG, n, "issue_opinion", 2, new JsonObject().put("publicText", "经调查，该厂确有夜间超标排放<废水>的行为，已责令停产整改。")
        .put("basis", "《中华人民共和国水污染防治法》第八十三条").put("outcome", "support")
        .put("findings", "经夜间突击检查，该厂化学需氧量超标2.1倍。"));
    String opinion = http.get(gateway.port(), "127.0.0.1", base + "opinion")
        .putHeader("Authorization", "Bearer " + ZHANG).send().await().bodyAsString();
    assertThat(opinion).contains("信访处理意见书").contains("信访人诉求").contains("事实和理由").contains("处理意见及依据")
        .contains("请尽快查处").contains("水污染防治法》第八十三条").contains("予以支持").contains("&lt;废水&gt;")
        .doesNotContain("<废水>").contains("三十日内").contains("查明的事实").contains("化学需氧量超标2.1倍");
    HttpResponse<Buffer> pdf = http.get(gateway.port(), "127.0.0.1", base + "opinion?format=pdf")
        .putHeader("Authorization", "Bearer " + ZHANG).send().await();
    assertThat(pdf.getHeader("Content-Type")).isEqualTo("application/pdf");
    byte[] bytes = pdf.body().getBytes();
    assertThat(new String(bytes, 0, 5, java.nio.charset.StandardCharsets.ISO_8859_1)).isEqualTo("%PDF-");
    // The shipped CJK font is embedded (as a subset), so Chinese prints and reads back on any machine.
    try (org.apache.pdfbox.pdmodel.PDDocument doc = org.apache.pdfbox.Loader.loadPDF(bytes)) {
      String text = new org.apache.pdfbox.text.PDFTextStripper().getText(doc);
      assertThat(text).contains("处理意见及依据").contains("予以支持").contains("第八十三条").contains(n);
      org.apache.pdfbox.pdmodel.font.PDFont font = doc.getPage(0).getResources().getFont(
          doc.getPage(0).getResources().getFontNames().iterator().next());
      assertThat(font.getName()).contains("WenQuanYiMicroHei");
      assertThat(font.isEmbedded()).isTrue();
    } catch (java.io.IOException e) {
      throw new AssertionError(e);
    }
    assertThat(http.get(gateway.port(), "127.0.0.1", base + "poem").putHeader("Authorization", "Bearer " + ZHANG)
        .send().await().statusCode()).isEqualTo(404);
  }

  @Test
  void badActsAreRefusedClearly(Vertx vertx) {
    String n = register(vertx)[0];
    HttpResponse<Buffer> missing = act(ZHANG, "HB2020010100001", new JsonObject().put("act", "accept").put("version", 0))
        .await();
    assertThat(missing.statusCode()).isEqualTo(404);
    // Staff give no query code: a case, notice or alert not found is told in their words, not the status page's.
    for (String[] route : new String[][] {{"GET", "/cases/HB2020010100001"}, {"POST", "/notices/987654/delivery"},
        {"POST", "/workspace/alerts/987654/ack"}, {"POST", "/workspace/alerts/abc/ack"}}) {
      HttpResponse<Buffer> r = http.request(io.vertx.core.http.HttpMethod.valueOf(route[0]), gateway.port(), "127.0.0.1",
          "/api/v1/staff" + route[1]).putHeader("Authorization", "Bearer " + ZHANG)
          .sendJsonObject(new JsonObject().put("status", "sent")).await();
      assertThat(r.statusCode()).as(route[1]).isEqualTo(404);
      JsonObject error = r.bodyAsJsonObject().getJsonObject("error");
      assertThat(error.getString("code")).isEqualTo("not_found");
      assertThat(error.getString("message")).as(route[1]).doesNotContain("查询码").contains("职责范围");
    }
    assertThat(missing.bodyAsJsonObject().getJsonObject("error").getString("message")).doesNotContain("查询码");
    assertThat(act(ZHANG, n, new JsonObject().put("act", "dance").put("version", 0)).await().statusCode()).isEqualTo(400);
    assertThat(act(ZHANG, n, new JsonObject().put("act", "accept")).await().statusCode()).isEqualTo(400);
    HttpResponse<Buffer> r = act(ZHANG, n, new JsonObject().put("act", "not_accept").put("version", 0)).await();
    assertThat(r.statusCode()).isEqualTo(422);
    assertThat(r.bodyAsJsonObject().getJsonObject("error").getString("message")).contains("第十八条");
    r = act(ZHANG, n, new JsonObject().put("act", "not_accept").put("ground", "18(3)").put("version", 0)).await();
    assertThat(r.statusCode()).isEqualTo(422);
    assertThat(r.bodyAsJsonObject().getJsonObject("error").getString("message")).contains("理由");
    assertThat(act("wrong-token", n, new JsonObject().put("act", "accept").put("version", 0)).await().statusCode())
        .isEqualTo(401);
  }

  @Test
  void statisticsAndTheExportKeepIdentityFromTheReportedParty(Vertx vertx) throws Exception {
    String n = register(vertx)[0];
    JsonObject byKind = http.get(gateway.port(), "127.0.0.1", "/api/v1/staff/stats/kind")
        .putHeader("Authorization", "Bearer " + ZHANG).send().await().bodyAsJsonObject();
    assertThat(byKind.getJsonArray("counts").encode()).contains("water");
    String csv = http.get(gateway.port(), "127.0.0.1", "/api/v1/staff/stats/month?format=csv")
        .putHeader("Authorization", "Bearer " + ZHANG).send().await().bodyAsString();
    assertThat(csv).startsWith("\uFEFFmonth,count\r\n").contains(org.ecopetition.gateway.support.TestClock.TODAY.toString().substring(0, 7));
    // Places are keyed with their parents; a period counts only what was received in it.
    JsonObject byCounty = http.get(gateway.port(), "127.0.0.1", "/api/v1/staff/stats/county?from=2020-01-01")
        .putHeader("Authorization", "Bearer " + ZHANG).send().await().bodyAsJsonObject();
    String county = (String) TestPostgres.value(db, "SELECT concat_ws('/', province, city, county) FROM cases "
        + "WHERE case_number = '" + n + "'");
    assertThat(county).matches("[^/]+/[^/]+/[^/]+");
    assertThat(byCounty.getJsonArray("counts").stream().map(o -> ((JsonObject) o).getString("key")).toList())
        .contains(county);
    JsonObject before = http.get(gateway.port(), "127.0.0.1", "/api/v1/staff/stats/department?to=2020-01-01")
        .putHeader("Authorization", "Bearer " + ZHANG).send().await().bodyAsJsonObject();
    assertThat(before.getJsonArray("counts")).isEmpty();
    HttpResponse<Buffer> badDate = http.get(gateway.port(), "127.0.0.1", "/api/v1/staff/stats/city?from=2026-13-01")
        .putHeader("Authorization", "Bearer " + ZHANG).send().await();
    assertThat(badDate.statusCode()).isEqualTo(400);
    assertThat(badDate.bodyAsString()).contains("年-月-日");
    assertThat(http.get(gateway.port(), "127.0.0.1", "/api/v1/staff/stats/password")
        .putHeader("Authorization", "Bearer " + ZHANG).send().await().statusCode()).isEqualTo(404);
    String today = org.ecopetition.gateway.support.TestClock.TODAY.toString();
    JsonObject full = http.get(gateway.port(), "127.0.0.1", "/api/v1/staff/export?from=2020-01-01&to=" + today)
        .putHeader("Authorization", "Bearer " + ZHANG).send().await().bodyAsJsonObject();
    assertThat(full.encode()).contains(n).contains("王建国");
    JsonObject redacted = http.get(gateway.port(), "127.0.0.1",
        "/api/v1/staff/export?forReportedParty=true&from=2020-01-01&to=" + today)
        .putHeader("Authorization", "Bearer " + ZHANG).send().await().bodyAsJsonObject();
    assertThat(redacted.encode()).contains(n).doesNotContain("王建国").doesNotContain("13812345678");
    // The same export as CSV (Commons CSV): one record per case, read back with the same library.
    String exported = http.get(gateway.port(), "127.0.0.1", "/api/v1/staff/export?format=csv&from=2020-01-01&to="
        + today).putHeader("Authorization", "Bearer " + ZHANG).send().await().bodyAsString();
    java.util.List<org.apache.commons.csv.CSVRecord> records = org.apache.commons.csv.CSVFormat.DEFAULT.builder()
        .setHeader().get().parse(new java.io.StringReader(exported.substring(1))).getRecords();
    assertThat(exported).startsWith("\uFEFF");
    assertThat(records).extracting(r -> r.get("case_number")).contains(n);
    // A period backwards or a format it cannot give is named, not answered with nothing or with JSON.
    for (String[] bad : new String[][] {{"/export?from=" + today + "&to=2020-01-01", "from"},
        {"/export?format=xlsx&from=2020-01-01&to=" + today, "format"}, {"/stats/kind?from=" + today + "&to=2020-01-01", "from"},
        {"/supervision/late?from=" + today + "&to=2020-01-01", "from"}}) {
      HttpResponse<Buffer> r = http.get(gateway.port(), "127.0.0.1", "/api/v1/staff" + bad[0])
          .putHeader("Authorization", "Bearer " + ZHANG).send().await();
      assertThat(r.statusCode()).as(bad[0]).isEqualTo(400);
      assertThat(r.bodyAsJsonObject().getJsonObject("error").getString("field")).as(bad[0]).isEqualTo(bad[1]);
    }
  }

  @Test
  void casesPastTheirNoticeDeadlineAreListedAsOverdue(Vertx vertx) {
    String n = register(vertx)[0];
    TestPostgres.jdbc(db, conn -> conn.createStatement().execute(
        "UPDATE cases SET notice_due = DATE '2026-01-05' WHERE case_number = '" + n + "'"));
    JsonObject overdue = http.get(gateway.port(), "127.0.0.1", "/api/v1/staff/supervision/overdue")
        .putHeader("Authorization", "Bearer " + ZHANG).send().await().bodyAsJsonObject();
    assertThat(overdue.encode()).contains(n).contains("notice");
    // A supervisor notes it; the list shows it unanswered until the written feedback comes.
    assertThat(http.post(gateway.port(), "127.0.0.1", "/api/v1/staff/supervision/notes")
        .putHeader("Authorization", "Bearer " + LI)
        .sendJsonObject(new JsonObject().put("caseNumber", n).put("text", "请于三日内告知信访人受理情况")).await()
        .statusCode()).isEqualTo(201);
    JsonObject noted = http.get(gateway.port(), "127.0.0.1", "/api/v1/staff/supervision/overdue")
        .putHeader("Authorization", "Bearer " + ZHANG).send().await().bodyAsJsonObject();
    JsonObject row = noted.getJsonArray("cases").stream().map(o -> (JsonObject) o)
        .filter(o -> n.equals(o.getString("case_number"))).findFirst().orElseThrow();
    assertThat(row.getLong("notes")).isEqualTo(1);
    assertThat(row.getBoolean("answered")).isNotEqualTo(Boolean.TRUE);
    assertThat(http.post(gateway.port(), "127.0.0.1", "/api/v1/staff/supervision/feedback")
        .putHeader("Authorization", "Bearer " + ZHANG)
        .sendJsonObject(new JsonObject().put("caseNumber", n).put("text", "已电话告知信访人，已受理")).await()
        .statusCode()).isEqualTo(201);
    JsonObject answered = http.get(gateway.port(), "127.0.0.1", "/api/v1/staff/supervision/overdue")
        .putHeader("Authorization", "Bearer " + ZHANG).send().await().bodyAsJsonObject();
    assertThat(answered.getJsonArray("cases").stream().map(o -> (JsonObject) o)
        .filter(o -> n.equals(o.getString("case_number"))).findFirst().orElseThrow().getBoolean("answered")).isTrue();
    assertThat(http.post(gateway.port(), "127.0.0.1", "/api/v1/staff/supervision/notes")
        .putHeader("Authorization", "Bearer " + LI).sendJsonObject(new JsonObject().put("caseNumber", n)).await()
        .statusCode()).isEqualTo(400);
  }
}
