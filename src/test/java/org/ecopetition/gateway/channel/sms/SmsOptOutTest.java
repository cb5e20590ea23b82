package org.ecopetition.gateway.channel.sms;

import static org.assertj.core.api.Assertions.assertThat;

import io.vertx.core.Vertx;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.ecopetition.gateway.notice.SmsGatewayStub;
import org.ecopetition.gateway.support.StaffClient;
import org.ecopetition.gateway.support.StaffGateway;
import org.ecopetition.gateway.support.TestClock;
import org.ecopetition.gateway.support.TestPostgres;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * SMS 退订: a petitioner who texts the keyword alone is recorded as opted out (by the number's keyed hash), told once how
 * to opt back in, and gets no message the gateway starts — a notice is failed for staff to see, not lost; a staff
 * message is held back and the console told why — until they write again (a reply is a reply) or opt back in.
 */
class SmsOptOutTest {
  private static final String INBOUND = "inbound-token-optout-0123";
  private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
  private static Vertx vertx;
  private static SmsGatewayStub sms;
  private static StaffGateway running;
  private static StaffClient staff;

  @BeforeAll
  static void start() {
    vertx = Vertx.vertx();
    sms = new SmsGatewayStub(vertx, Set.of(), Set.of());
    running = StaffGateway.start(vertx, null, env -> env.putAll(Map.of("GATEWAY_SMS_URL", sms.url(),
        "GATEWAY_SMS_TOKEN", SmsGatewayStub.TOKEN, "GATEWAY_SMS_INBOUND_TOKEN", INBOUND, "GATEWAY_SMS_POLL_SECONDS", "1",
        "GATEWAY_SMS_MAX_MESSAGES_PER_MINUTE", "100")));
    staff = running.staff();
  }

  @AfterAll
  static void stop() {
    running.close();
    sms.close();
    vertx.close().await();
  }

  private static List<String> textsTo(String phone) {
    return sms.received.stream().filter(m -> phone.equals(m.getString("to"))).map(m -> m.getString("text")).toList();
  }

  /** Sends one SMS; what reached the phone after it, once nothing more came for a while. */
  private static List<String> say(String phone, String text) throws Exception {
    int before = textsTo(phone).size();
    HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:"
            + running.gateway().port() + "/api/v1/sms/inbound")).header("Authorization", "Bearer " + INBOUND)
        .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(new JsonObject()
            .put("from", phone).put("text", text).put("id", UUID.randomUUID().toString()).encode())).build(),
        HttpResponse.BodyHandlers.ofString());
    assertThat(r.statusCode()).isEqualTo(202);
    return settle(phone, before);
  }

  private static List<String> settle(String phone, int before) throws InterruptedException {
    for (int i = 0; i < 60 && textsTo(phone).size() == before; i++) {
      Thread.sleep(100);
    }
    int last = -1;
    for (int i = 0; i < 20 && textsTo(phone).size() != last; i++) {
      last = textsTo(phone).size();
      Thread.sleep(200);
    }
    return textsTo(phone).subList(before, textsTo(phone).size());
  }

  private static Object value(String sql) {
    return TestPostgres.value(running.db(), sql);
  }

  @Test
  void anOptedOutNumberGetsNoNoticeNorStaffMessageUntilItWritesAgainAndOptingBackInWorks() throws Exception {
    String phone = "13912347001";
    ch.qos.logback.classic.Logger root = (ch.qos.logback.classic.Logger) org.slf4j.LoggerFactory.getLogger(
        org.slf4j.Logger.ROOT_LOGGER_NAME);
    ch.qos.logback.core.read.ListAppender<ch.qos.logback.classic.spi.ILoggingEvent> log =
        new ch.qos.logback.core.read.ListAppender<>();
    log.start();
    root.addAppender(log);
    try {
      assertThat(say(phone, "镇上的造纸厂往河里排黑水")).isNotEmpty();
      assertThat(say(phone, "人工")).isNotEmpty();
      String conversation = (String) value("SELECT conversation_id::text FROM channel_identities WHERE channel = 'sms' "
          + "ORDER BY created_at DESC LIMIT 1");

      // 退订 typed as people type it: recorded, and one confirmation in their language saying how to opt back in.
      List<String> confirmation = say(phone, " 退 订！");
      assertThat(confirmation).hasSize(1);
      assertThat(confirmation.get(0)).contains("已退订").contains("回复“订阅”");
      assertThat(value("SELECT count(*) FROM sms_opt_outs WHERE opted_out")).isEqualTo(1L);
      assertThat(value("SELECT count(*) FROM sms_opt_outs WHERE phone LIKE '%" + phone + "%'")).isEqualTo(0L);

      // Staff take the conversation over and write: nothing goes (the petitioner has not written since), and the
      // console's log says why.
      assertThat(staff.post("/workspace/conversations/" + conversation + "/claim", new JsonObject()).statusCode())
          .isEqualTo(200);
      int before = textsTo(phone).size();
      assertThat(staff.post("/workspace/conversations/" + conversation + "/messages",
          new JsonObject().put("text", "您好，我们会派人去看看")).statusCode()).isLessThan(300);
      // A matter registered from the conversation with this mobile, accepted: its notice is owed (Art 17).
      String number = staff.enter(new JsonObject().put("channel", "web").put("category", "申诉求决")
          .put("facts", "镇上的造纸厂往河里排黑水，水都发臭了。").put("request", "请求查处").put("name", "赵桂兰")
          .put("phone", phone).put("location", "江苏省南京市江宁区秣陵街道").put("conversationId", conversation));
      staff.act(number, "accept", 0, new JsonObject().put("reason", "属于本级职责"));
      String notices = "SELECT string_agg(n.channel || ':' || n.status || ':' || coalesce(n.last_error, ''), ',' ORDER BY n.channel)"
          + " FROM notices n JOIN cases c ON c.id = n.case_id WHERE c.case_number = '" + number + "' AND n.act = 'accept'";
      for (int i = 0; i < 100 && !"sms:failed:opted_out,web:failed:opted_out".equals(value(notices)); i++) {
        Thread.sleep(100);
      }
      assertThat(value(notices)).as("the notice is failed on both ways, not lost")
          .isEqualTo("sms:failed:opted_out,web:failed:opted_out");
      assertThat(settle(phone, before)).as("nothing the gateway starts reaches the number").isEmpty();
      JsonArray failed = staff.get("/notices?status=failed&caseNumber=" + number).bodyAsJsonObject().getJsonArray("notices");
      assertThat(failed).as("on the worklist of failed notices").isNotEmpty();
      assertThat(value("SELECT count(*) FROM case_events e JOIN cases c ON c.id = e.case_id WHERE c.case_number = '"
          + number + "' AND e.kind = 'notice_failed'")).isEqualTo(2L);
      JsonObject view = staff.get("/workspace/conversations/" + conversation).bodyAsJsonObject();
      assertThat(view.getJsonArray("log").stream().map(o -> (JsonObject) o)
          .filter(e -> "undelivered".equals(e.getString("kind"))).map(e -> e.getString("text")).toList())
          .as("the console is told why").contains("opted_out|staff");
      // The choice itself is on the log staff read, without the number.
      assertThat(view.getJsonArray("log").stream().map(o -> (JsonObject) o).map(e -> e.getString("kind")).toList())
          .as("the 退订 on the conversation's log").contains("sms_opted_out").doesNotContain("sms_opted_in");
      assertThat(view.getJsonArray("log").encode()).doesNotContain(phone);

      // The petitioner writes again: the reply to that is a reply (they started it).
      say(phone, "我想问问什么时候来查");
      before = textsTo(phone).size();
      assertThat(staff.post("/workspace/conversations/" + conversation + "/messages",
          new JsonObject().put("text", "明天上午就去现场")).statusCode()).isLessThan(300);
      assertThat(String.join("\n", settle(phone, before))).contains("明天上午就去现场");

      // Opting back in: confirmed, and what the gateway starts goes again — first the notice that failed meanwhile
      // (Art 17: it is owed; a 退订 typed by mistake must not lose it), then new ones.
      int beforeStart = textsTo(phone).size();
      List<String> back = say(phone, "ＳＴＡＲＴ");
      assertThat(back).isNotEmpty();
      JsonArray logged = staff.get("/workspace/conversations/" + conversation).bodyAsJsonObject().getJsonArray("log");
      assertThat(logged.stream().map(o -> (JsonObject) o).map(e -> e.getString("kind")).toList())
          .as("the 订阅 on the conversation's log, after the 退订").containsSubsequence("sms_opted_out", "sms_opted_in");
      assertThat(logged.encode()).doesNotContain(phone);
      String smsNotice = "SELECT n.status FROM notices n JOIN cases c ON c.id = n.case_id WHERE c.case_number = '"
          + number + "' AND n.act = 'accept' AND n.channel = 'sms'";
      for (int i = 0; i < 100 && !List.of("sent", "delivered").contains(value(smsNotice)); i++) {
        Thread.sleep(100);
      }
      assertThat(value(smsNotice)).as("the notice failed while opted out is sent once the number opts back in")
          .isIn("sent", "delivered");
      // The confirmation and the owed notice go out together, in either order (a reply and the notices' dispatcher
      // race, and SMS keeps no order either): both are there.
      List<String> since = settle(phone, beforeStart);
      assertThat(since).as("the confirmation and the notice").hasSizeGreaterThanOrEqualTo(2)
          .anySatisfy(t -> assertThat(t).contains("已恢复").contains("退订"))
          .anySatisfy(t -> assertThat(t).contains(number));
      assertThat(value("SELECT count(*) FROM case_events e JOIN cases c ON c.id = e.case_id WHERE c.case_number = '"
          + number + "' AND e.kind = 'notice_queued' AND e.reason LIKE '%opted back in%'")).isEqualTo(1L);
      before = textsTo(phone).size();
      TestPostgres.jdbc(running.db(), c -> c.createStatement().execute("INSERT INTO notices (case_id, act, channel, "
          + "status, text, article, created_at, next_attempt_at) SELECT id, 'extend', 'sms', 'pending', '延期告知', "
          + "'第十七条', " + TestClock.sqlNow() + ", " + TestClock.sqlNow() + " FROM cases WHERE case_number = '"
          + number + "'"));
      assertThat(settle(phone, before)).contains("延期告知");
    } finally {
      root.detachAppender(log);
    }
    assertThat(log.list.stream().map(ch.qos.logback.classic.spi.ILoggingEvent::getFormattedMessage))
        .as("no phone in the log").noneMatch(m -> m.contains(phone));
  }

  @Test
  void aReportThatContainsTheWordIsAReportNotAnOptOut() throws Exception {
    String phone = "13912347002";
    String reply = String.join("\n", say(phone, "工厂说要退订单，这几天夜里一直往沟里倒废水"));
    assertThat(reply).doesNotContain("已退订").contains("您提供的情况");
    assertThat(value("SELECT count(*) FROM sms_opt_outs")).as("no opt-out recorded by this test")
        .isIn(0L, 1L);
    assertThat(String.join("\n", say(phone, "T恤厂也在排"))).doesNotContain("已退订");
  }
}
