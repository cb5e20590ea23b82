package org.ecopetition.gateway.workspace;

import static org.assertj.core.api.Assertions.assertThat;

import io.vertx.core.Vertx;
import io.vertx.core.http.WebSocket;
import io.vertx.core.http.WebSocketConnectOptions;
import io.vertx.core.json.JsonObject;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import org.ecopetition.gateway.notice.SmsGatewayStub;
import org.ecopetition.gateway.support.HttpChat;
import org.ecopetition.gateway.support.StaffClient;
import org.ecopetition.gateway.support.StaffGateway;
import org.ecopetition.gateway.support.TestClock;
import org.ecopetition.gateway.support.TestPostgres;
import org.ecopetition.gateway.support.WeChatStub;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Art 21 and 23 outside the console's lists: a member of staff barred from a case (recused; of the unit its accusation
 * accuses) learns nothing of it by SMS, by the WeCom app or on the console's live socket — the one rule of the alerts
 * list and the queue. An urgent alert nobody entitled on duty may be told of goes to the next shift's entitled officer
 * and is marked on the alert for the consoles (a supervisor learns it); an officer not barred is still told. Nanjing's
 * bureau (3201): wang, qian and zhou, supervisors.
 */
class BarredStaffToldNothingTest {
  static final String QIAN_PHONE = "13911112222";
  static Vertx vertx;
  static SmsGatewayStub sms;
  static WeChatStub wecom;
  static StaffGateway gw;
  static StaffClient staff;

  @BeforeAll
  static void start() {
    vertx = Vertx.vertx();
    sms = new SmsGatewayStub(vertx, Set.of(), Set.of());
    wecom = new WeChatStub(vertx);
    gw = StaffGateway.start(vertx, null, env -> {
      env.put("GATEWAY_ROUTING_DIVISION_CODE", "3201");
      StaffClient.configure(env, "qian", "zhou");
      env.putAll(Map.of("GATEWAY_SMS_URL", sms.url(), "GATEWAY_SMS_TOKEN", SmsGatewayStub.TOKEN,
          "GATEWAY_WORKSPACE_ALERT_ESCALATE_MINUTES", "0"));
      env.putAll(Map.of("GATEWAY_WECOM_CORP_ID", "ww0123456789", "GATEWAY_WECOM_AGENT_ID", "1000002",
          "GATEWAY_WECOM_AGENT_SECRET", "agent-secret", "GATEWAY_WECOM_API_BASE", wecom.base()));
    });
    staff = gw.staff();
  }

  @AfterAll
  static void stop() {
    gw.close();
    sms.close();
    wecom.close();
    vertx.close().await();
  }

  static Object value(String sql) {
    return TestPostgres.value(gw.db(), sql);
  }

  static void waitFor(String what, java.util.function.BooleanSupplier done) {
    long until = System.nanoTime() + Duration.ofSeconds(90).toNanos();
    while (!done.getAsBoolean()) {
      if (System.nanoTime() > until) {
        throw new AssertionError("not within 90 s: " + what);
      }
      try {
        Thread.sleep(200);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
  }

  /** A new conversation that says {@code text}; its id once its alert of {@code kind} is raised. */
  static String alerted(HttpChat chat, String text, String kind) {
    chat.say(text);
    String id = String.valueOf(value("SELECT conversation_id FROM alerts WHERE kind = '" + kind
        + "' ORDER BY id DESC LIMIT 1"));
    assertThat(id).isNotEqualTo("null");
    return id;
  }

  static long alertOf(String conversation, String kind) {
    return (Long) value("SELECT id FROM alerts WHERE kind = '" + kind + "' AND conversation_id = '" + conversation + "'");
  }

  static int gaps(long alert) {
    return ((Number) value("SELECT cardinality(duty_gaps) FROM alerts WHERE id = " + alert)).intValue();
  }

  static HttpChat chat() {
    return new HttpChat(io.vertx.ext.web.client.WebClient.create(vertx), gw.gateway().port());
  }

  @Test
  void dutyAlertsFollowTheConsolesRuleAndAnAlertNobodyEntitledOnDutyMayHaveGoesToTheNextShiftAndIsShown() {
    // Two dangers to life raised while nobody is on duty: each raising is a gap, shown on the alert to wang.
    String recusal = alerted(chat(), "厂区围墙外的液氨管道漏气了，路过的两个学生倒在地上叫不醒", "life_safety");
    long recusalAlert = alertOf(recusal, "life_safety");
    String accusation = alerted(chat(), "化工园区排污口冒出刺鼻黄烟，隔壁车间三个工人晕过去了", "life_safety");
    long accusationAlert = alertOf(accusation, "life_safety");
    waitFor("the first raisings recorded as gaps", () -> gaps(recusalAlert) >= 1 && gaps(accusationAlert) >= 1);
    JsonObject shown = staff.get("/workspace/alerts").bodyAsJsonObject().getJsonArray("alerts").stream()
        .map(o -> (JsonObject) o).filter(a -> a.getLong("id") == recusalAlert).findFirst().orElseThrow();
    assertThat(shown.getBoolean("dutyGap")).isTrue();

    // The cases: qian recused from the first; the second an accusation against the bureau itself (Art 23).
    String complaint = staff.enter(new JsonObject().put("channel", "phone").put("category", "申诉求决")
        .put("facts", "栖霞区龙潭街道的冷库液氨管道泄漏，两个学生被熏倒。").put("request", "请求立即处置")
        .put("name", "蔺秀梅").put("phone", "13705183391").put("polluter", "龙潭冷链物流园")
        .put("location", "江苏省南京市栖霞区龙潭街道").put("conversationId", recusal));
    assertThat(staff.post("/cases/" + complaint + "/recusals", new JsonObject().put("login", "qian")
        .put("reason", "其兄系冷链物流园股东")).statusCode()).isEqualTo(201);
    staff.enter(new JsonObject().put("channel", "phone").put("category", "检举控告")
        .put("facts", "南京市生态环境局的执法人员收了化工园区的好处，排污口冒黄烟从来不查。").put("request", "请求调查处理")
        .put("name", "濮建新").put("phone", "13951722640").put("accused", "南京市生态环境局执法人员")
        .put("location", "江苏省南京市六合区").put("conversationId", accusation));
    int accusationGapsBefore = gaps(accusationAlert);
    int recusalGapsBefore = gaps(recusalAlert);

    // The roster: qian on duty now (SMS), zhou on the next shift (WeCom app).
    Instant now = TestClock.CLOCK.instant();
    assertThat(staff.post("/workspace/duty", new JsonObject().put("login", "qian").put("phone", QIAN_PHONE)
        .put("from", now.minusSeconds(3600).toString()).put("to", now.plusSeconds(7200).toString())).statusCode())
        .isEqualTo(201);
    assertThat(staff.post("/workspace/duty", new JsonObject().put("login", "zhou").put("wecomUser", "ZhouDuty")
        .put("from", now.plusSeconds(7200).toString()).put("to", now.plusSeconds(14 * 3600).toString())).statusCode())
        .isEqualTo(201);

    // A look-alike with no case: qian, on duty and barred from nothing, is told by SMS.
    String plain = alerted(chat(), "加油站油罐车翻了，油流进小区下水道，有人闻了直接晕倒", "life_safety");
    long plainAlert = alertOf(plain, "life_safety");
    waitFor("qian told of the alert barred from nobody", () -> sms.received.stream().anyMatch(m ->
        QIAN_PHONE.equals(m.getString("to")) && m.getString("text").contains("编号" + plainAlert + "，")));

    // The recused case's alert, raised again: qian is told nothing; zhou, the next shift's, is, by the WeCom app.
    waitFor("zhou told of the recused case's alert", () -> wecom.appMessages.stream().anyMatch(m ->
        "ZhouDuty".equals(m.getString("touser"))
            && m.getJsonObject("text").getString("content").contains("编号" + recusalAlert + "，")));
    JsonObject toZhou = wecom.appMessages.stream().filter(m -> "ZhouDuty".equals(m.getString("touser"))).findFirst()
        .orElseThrow();
    assertThat(toZhou.getJsonObject("text").getString("content")).contains("当前无可处理的值班人员")
        .doesNotContain("液氨").doesNotContain("蔺秀梅");
    waitFor("a later raising of the accusation's alert done", () -> gaps(accusationAlert) > accusationGapsBefore
        && gaps(recusalAlert) > recusalGapsBefore);
    assertThat(sms.received.stream().filter(m -> QIAN_PHONE.equals(m.getString("to")))
        .map(m -> m.getString("text"))).noneMatch(t -> t.contains("编号" + recusalAlert + "，"))
        .noneMatch(t -> t.contains("编号" + accusationAlert + "，"));
    // The accusation's: nobody of the accused bureau on any way out, nor by the next shift.
    assertThat(wecom.appMessages.stream().map(m -> m.getJsonObject("text").getString("content")))
        .noneMatch(t -> t.contains("编号" + accusationAlert + "，"));
    assertThat(value("SELECT cardinality(notified) FROM alerts WHERE id = " + accusationAlert)).isEqualTo(0);
    assertThat(value("SELECT array_to_string(notified, ',') FROM alerts WHERE id = " + recusalAlert).toString())
        .doesNotContain("qian");
  }

  @Test
  void aConsoleGetsNoLiveHintNamingAConversationBarredFromItsMember() throws Exception {
    HttpChat petitioner = chat();
    String recusal = alerted(petitioner, "我要找人工客服", "handoff");
    String complaint = staff.enter(new JsonObject().put("channel", "phone").put("category", "申诉求决")
        .put("facts", "江宁区汤山街道的石料厂每天半夜放炮，窗户玻璃震裂了。").put("request", "请求查处")
        .put("name", "邰春燕").put("phone", "13815962730").put("polluter", "汤山石料厂")
        .put("location", "江苏省南京市江宁区汤山街道").put("conversationId", recusal));
    assertThat(staff.post("/cases/" + complaint + "/recusals", new JsonObject().put("login", "qian")
        .put("reason", "曾在该石料厂任职")).statusCode()).isEqualTo(201);
    HttpChat other = chat();
    String open = alerted(other, "我要找人工客服", "handoff");

    List<JsonObject> toQian = new CopyOnWriteArrayList<>();
    List<JsonObject> toWang = new CopyOnWriteArrayList<>();
    WebSocket qianWs = console("qian", toQian);
    WebSocket wangWs = console("wang", toWang);
    try {
      // The petitioner of the recused case writes again (staff are waiting on the conversation), and wang takes it.
      petitioner.say("石料厂今晚又在放炮了，快来人看看");
      assertThat(staff.post("/workspace/conversations/" + recusal + "/claim", new JsonObject()).statusCode())
          .isEqualTo(200);
      // The look-alike: the other conversation, barred from nobody.
      other.say("还有人在吗");
      waitFor("wang hinted of both conversations", () -> named(toWang, recusal) && named(toWang, open));
      waitFor("qian hinted of the conversation barred from nobody", () -> named(toQian, open));
      Thread.sleep(500);
      assertThat(toQian).noneMatch(f -> recusal.equals(f.getString("conversationId")));
      assertThat(toQian.toString()).doesNotContain(recusal);
    } finally {
      qianWs.close().await();
      wangWs.close().await();
    }
  }

  static boolean named(List<JsonObject> frames, String conversation) {
    return frames.stream().anyMatch(f -> conversation.equals(f.getString("conversationId")));
  }

  static WebSocket console(String login, List<JsonObject> frames) throws Exception {
    WebSocket ws = vertx.createWebSocketClient().connect(new WebSocketConnectOptions().setHost("127.0.0.1")
            .setPort(gw.gateway().port()).setURI("/api/v1/staff/workspace/live")
            .addHeader("Authorization", "Bearer " + StaffClient.token(login)))
        .map(w -> w.textMessageHandler(t -> frames.add(new JsonObject(t)))).await();
    waitFor("hello to " + login, () -> frames.stream().anyMatch(f -> "hello".equals(f.getString("type"))));
    return ws;
  }
}
