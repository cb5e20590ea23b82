package org.ecopetition.gateway.notice;

import static org.assertj.core.api.Assertions.assertThat;

import io.vertx.core.Vertx;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.client.WebClient;
import io.vertx.junit5.VertxExtension;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.ecopetition.gateway.Gateway;
import org.ecopetition.gateway.support.StaffClient;
import org.ecopetition.gateway.support.TestClock;
import org.ecopetition.gateway.support.StaffGateway;
import org.ecopetition.gateway.support.TestPostgres;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Art 17's written notice (信息网络、手机短信、书信) with its delivery recorded: by SMS through a real HTTP
 * SMS gateway (retried after a failure, given up after the last attempt, delivery reports taken in), by
 * letter posted by staff, or recorded as the exception when there are no contact details. A matter raised
 * directly is overdue until its decision notice has gone.
 */
@ExtendWith(VertxExtension.class)
class Art17WrittenNoticeTest {
  static final LocalDate TODAY = TestClock.TODAY;
  static final String UNREACHABLE = "13900000000";
  static final String RECEIPT_TOKEN = "receipt-token-abcdef0123";
  static StaffGateway running;
  static String db;
  static Gateway gateway;
  static StaffClient staff;
  static SmsGatewayStub sms;
  static WebClient http;

  @BeforeAll
  static void start(Vertx vertx) {
    sms = new SmsGatewayStub(vertx, Set.of("13912345601"), Set.of(UNREACHABLE));
    running = StaffGateway.start(vertx, null, env -> env.putAll(Map.of("GATEWAY_SMS_URL", sms.url(),
        "GATEWAY_SMS_TOKEN", SmsGatewayStub.TOKEN, "GATEWAY_SMS_RECEIPT_TOKEN", RECEIPT_TOKEN,
        "GATEWAY_SMS_POLL_SECONDS", "1", "GATEWAY_SMS_RETRY_SECONDS", "1", "GATEWAY_SMS_MAX_ATTEMPTS", "3")));
    db = running.db();
    gateway = running.gateway();
    staff = running.staff();
    http = WebClient.create(vertx);
  }

  @AfterAll
  static void stop() {
    running.close();
    sms.close();
  }

  static JsonObject letter(LocalDate received) {
    return new JsonObject().put("channel", "letter").put("receivedOn", received.toString())
        .put("facts", "村东头的养殖场把粪水直接排进水渠，水渠发黑发臭。").put("request", "请求查处")
        .put("category", "申诉求决").put("location", "江苏省南京市江宁区");
  }

  static Object value(String sql) {
    return TestPostgres.value(db, sql);
  }

  static String noticeStatus(String n, String channel) {
    String sql = "SELECT string_agg(status, ',') FROM notices WHERE channel = '" + channel
        + "' AND case_id = (SELECT id FROM cases WHERE case_number = '" + n + "')";
    return (String) value(sql);
  }

  /** Waits for the dispatcher (it runs every second here) to bring a notice to one of the statuses. */
  static String awaitStatus(String n, String channel, String... statuses) throws InterruptedException {
    for (int i = 0; i < 150; i++) {
      String s = noticeStatus(n, channel);
      if (s != null && List.of(statuses).contains(s)) {
        return s;
      }
      Thread.sleep(100);
    }
    return noticeStatus(n, channel);
  }

  static List<String> overdueClocks(String n) {
    return staff.get("/supervision/overdue").bodyAsJsonObject().getJsonArray("cases").stream()
        .map(o -> (JsonObject) o).filter(o -> n.equals(o.getString("case_number"))).map(o -> o.getString("clock"))
        .toList();
  }

  @Test
  void aNoticeBySmsIsRetriedAfterAFailureAndItsDeliveryIsRecorded() throws InterruptedException {
    String n = staff.enter(letter(TODAY).put("name", "钱伟").put("phone", "139 1234 5601"));
    staff.act(n, "accept", 0, new JsonObject().put("reason", "属于本级职责"));
    assertThat(awaitStatus(n, "sms", "sent")).isEqualTo("sent");
    List<JsonObject> mine = sms.received.stream().filter(s -> s.getString("text").contains(n)).toList();
    // The first attempt met a busy gateway; the retry carried the same reference so it can be dropped if both arrive.
    assertThat(mine).hasSize(2);
    assertThat(mine.get(0).getString("reference")).isEqualTo(mine.get(1).getString("reference")).startsWith("notice-");
    assertThat(mine.get(1).getString("to")).isEqualTo("13912345601");
    assertThat(mine.get(1).getString("text")).contains("受理").contains("办理期限至");
    // Sent today, with the SMS gateway's own id kept for its delivery reports.
    assertThat(value("SELECT sent_on::text || ' ' || provider_ref FROM notices WHERE channel = 'sms' AND case_id = "
        + "(SELECT id FROM cases WHERE case_number = '" + n + "')").toString()).matches(TODAY + " gw-\\d+");

    String reference = mine.get(1).getString("reference");
    assertThat(http.post(gateway.port(), "127.0.0.1", "/api/v1/sms/receipts").putHeader("Authorization", "Bearer wrong")
        .sendJsonObject(new JsonObject().put("reference", reference).put("status", "delivered")).await().statusCode())
        .isEqualTo(401);
    assertThat(http.post(gateway.port(), "127.0.0.1", "/api/v1/sms/receipts")
        .putHeader("Authorization", "Bearer " + RECEIPT_TOKEN)
        .sendJsonObject(new JsonObject().put("reference", reference).put("status", "delivered")).await().statusCode())
        .isEqualTo(204);
    assertThat(noticeStatus(n, "sms")).isEqualTo("delivered");
    assertThat(value("SELECT count(*) FROM case_events WHERE kind = 'notice_delivered' AND case_id = "
        + "(SELECT id FROM cases WHERE case_number = '" + n + "')")).isEqualTo(1L);
    assertThat(http.post(gateway.port(), "127.0.0.1", "/api/v1/sms/receipts")
        .putHeader("Authorization", "Bearer " + RECEIPT_TOKEN)
        .sendJsonObject(new JsonObject().put("reference", "notice-999999").put("status", "delivered")).await()
        .statusCode()).isEqualTo(404);
  }

  /**
   * Correction 5: with the petitioner's recorded consent a written opinion goes by SMS, carrying its text, and is
   * delivered (送达) when the SMS gateway's delivery report comes back; the review window runs from that day.
   */
  @Test
  void aWrittenOpinionBySmsIsDeliveredWhenItsReportComesBack() throws InterruptedException {
    String n = staff.enter(letter(TODAY).put("name", "冯七").put("phone", "13912345602").put("subtype", 4)
        .put("address", "江苏省南京市江宁区某村"));
    String ofCase = "(SELECT id FROM cases WHERE case_number = '" + n + "')";
    long v = staff.act(n, "accept", 0, new JsonObject());
    v = staff.act(n, "start_handling", v, new JsonObject());
    assertThat(staff.post("/cases/" + n + "/electronic-delivery", new JsonObject().put("consent", true)
        .put("how", "信访人来信同意以短信送达")).statusCode()).isEqualTo(200);
    staff.act(n, "issue_opinion", v + 1, new JsonObject().put("publicText", "已责令养殖场停止排放。")
        .put("findings", "现场检查发现养殖场粪污直排。").put("basis", "《畜禽规模养殖污染防治条例》第二十条")
        .put("outcome", "support"));
    String sql = "SELECT status FROM notices WHERE act = 'reply_delivered' AND channel = 'sms' AND case_id = " + ofCase;
    for (int i = 0; i < 150 && !"sent".equals(value(sql)); i++) {
      Thread.sleep(100);
    }
    assertThat(value(sql)).isEqualTo("sent");
    // With consent and an SMS that carries it, no letter; not delivered until the report comes back.
    assertThat(value("SELECT count(*) FROM notices WHERE act = 'reply_delivered' AND channel = 'letter' AND case_id = "
        + ofCase)).isEqualTo(0L);
    assertThat(value("SELECT last_delivery FROM cases WHERE case_number = '" + n + "'")).isNull();
    JsonObject opinion = sms.received.stream().filter(m -> m.getString("text").contains(n)
        && m.getString("text").contains("信访处理意见书")).findFirst().orElseThrow();
    assertThat(opinion.getString("text")).contains("已责令养殖场停止排放").contains("现场检查发现养殖场粪污直排");
    assertThat(http.post(gateway.port(), "127.0.0.1", "/api/v1/sms/receipts")
        .putHeader("Authorization", "Bearer " + RECEIPT_TOKEN)
        .sendJsonObject(new JsonObject().put("reference", opinion.getString("reference")).put("status", "delivered"))
        .await().statusCode()).isEqualTo(204);
    assertThat(value("SELECT last_delivery::text FROM cases WHERE case_number = '" + n + "'"))
        .isEqualTo(TODAY.toString());
    assertThat(value("SELECT actor FROM case_events WHERE kind = 'reply_received' AND case_id = " + ofCase))
        .isEqualTo("system:sms");
  }

  @Test
  void anSmsThatNeverGoesIsMarkedFailedAndTheCaseStaysOverdue() throws InterruptedException {
    ch.qos.logback.classic.Logger root = (ch.qos.logback.classic.Logger) org.slf4j.LoggerFactory.getLogger(
        org.slf4j.Logger.ROOT_LOGGER_NAME);
    ch.qos.logback.core.read.ListAppender<ch.qos.logback.classic.spi.ILoggingEvent> log =
        new ch.qos.logback.core.read.ListAppender<>();
    log.start();
    root.addAppender(log);
    String n;
    try {
      n = staff.enter(letter(TODAY.minusDays(20)).put("name", "孙丽").put("phone", UNREACHABLE));
      assertThat(overdueClocks(n)).containsExactly("notice");
      staff.act(n, "accept", 0, new JsonObject().put("reason", "属于本级职责"));
      assertThat(awaitStatus(n, "sms", "failed")).isEqualTo("failed");
    } finally {
      root.detachAppender(log);
    }
    // The failed attempts are logged, without the number or the name.
    String logged = log.list.stream().map(e -> e.getFormattedMessage()).reduce("", (a, b) -> a + b + "\n");
    assertThat(logged).contains("SMS notice").doesNotContain(UNREACHABLE).doesNotContain("孙丽");
    assertThat(value("SELECT attempts FROM notices WHERE case_id = (SELECT id FROM cases WHERE case_number = '" + n + "')"))
        .isEqualTo(3);
    assertThat(value("SELECT count(*) FROM case_events WHERE kind = 'notice_failed' AND case_id = "
        + "(SELECT id FROM cases WHERE case_number = '" + n + "')")).isEqualTo(1L);
    // Decided, but the petitioner was never told: still overdue, and on the worklist of failed notices.
    assertThat(overdueClocks(n)).containsExactly("notice");
    assertThat(staff.get("/notices?status=failed").bodyAsJsonObject().encode()).contains(n);
    // Operations see failed notices on /health/ready, which stays UP.
    JsonObject ready = http.get(gateway.port(), "127.0.0.1", "/health/ready").send().await().bodyAsJsonObject();
    assertThat(ready.getString("status")).isEqualTo("UP");
    assertThat(ready.getJsonObject("parts").getJsonObject("notices").getLong("failed"))
        .isEqualTo(value("SELECT count(*) FROM notices WHERE status = 'failed'"));
  }

  @Test
  void aLetterWaitsForStaffToPostItAndTheCaseIsOverdueUntilItIsSent() {
    String n = staff.enter(letter(TODAY.minusDays(20)).put("name", "周强").put("address", "江苏省南京市江宁区某村12号"));
    staff.act(n, "accept", 0, new JsonObject().put("reason", "属于本级职责"));
    assertThat(overdueClocks(n)).containsExactly("notice");
    JsonObject work = staff.get("/notices?status=pending&channel=letter").bodyAsJsonObject();
    JsonObject notice = work.getJsonArray("notices").stream().map(o -> (JsonObject) o)
        .filter(o -> n.equals(o.getString("case_number"))).findFirst().orElseThrow();
    assertThat(notice.getString("text")).contains("受理");
    // The clerk prints the acceptance notice to post it.
    assertThat(notice.getString("document")).isEqualTo("acceptance");
    assertThat(staff.get("/cases/" + n + "/documents/" + notice.getString("document")).bodyAsString())
        .contains("受理告知书").contains("周强");
    assertThat(notice.getString("due")).isEqualTo(value("SELECT notice_due::text FROM cases WHERE case_number = '" + n + "'"));
    long id = notice.getLong("id");
    assertThat(staff.post("/notices/" + id + "/delivery", new JsonObject().put("status", "lost")).statusCode()).isEqualTo(400);
    assertThat(staff.post("/notices/" + id + "/delivery", new JsonObject().put("status", "sent")
        .put("on", TODAY.plusDays(3).toString())).statusCode()).isEqualTo(400);
    assertThat(staff.post("/notices/999999/delivery", new JsonObject().put("status", "sent")).statusCode()).isEqualTo(404);
    assertThat(noticeStatus(n, "letter")).isEqualTo("pending");
    assertThat(staff.post("/notices/" + id + "/delivery", new JsonObject().put("status", "sent")
        .put("note", "挂号信 XA123")).bodyAsJsonObject().getString("status")).isEqualTo("sent");
    assertThat(overdueClocks(n)).isEmpty();
    staff.post("/notices/" + id + "/delivery", new JsonObject().put("status", "delivered"));
    assertThat(value("SELECT status || delivered_on::text FROM notices WHERE id = " + id)).isEqualTo("delivered" + TODAY);
  }

  @Test
  void withoutContactDetailsTheExceptionOfArt17IsRecorded() {
    String n = staff.enter(letter(TODAY.minusDays(20)).put("anonymous", true));
    assertThat(overdueClocks(n)).containsExactly("notice");
    staff.act(n, "accept", 0, new JsonObject().put("reason", "属于本级职责"));
    assertThat(value("SELECT channel || ':' || status FROM notices WHERE case_id = (SELECT id FROM cases "
        + "WHERE case_number = '" + n + "')")).isEqualTo("none:exempt");
    assertThat(value("SELECT count(*) FROM case_events WHERE kind = 'notice_exempt' AND article = '第十七条' AND case_id = "
        + "(SELECT id FROM cases WHERE case_number = '" + n + "')")).isEqualTo(1L);
    assertThat(overdueClocks(n)).isEmpty();
  }
}
