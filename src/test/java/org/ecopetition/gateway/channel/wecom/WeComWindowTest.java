package org.ecopetition.gateway.channel.wecom;

import static org.assertj.core.api.Assertions.assertThat;

import io.vertx.core.Vertx;
import io.vertx.core.json.JsonObject;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import me.chanjar.weixin.common.util.crypto.SHA1;
import me.chanjar.weixin.cp.config.impl.WxCpDefaultConfigImpl;
import me.chanjar.weixin.cp.util.crypto.WxCpCryptUtil;
import org.ecopetition.gateway.notice.SmsGatewayStub;
import org.ecopetition.gateway.support.StaffClient;
import org.ecopetition.gateway.support.StaffGateway;
import org.ecopetition.gateway.support.TestClock;
import org.ecopetition.gateway.support.TestPostgres;
import org.ecopetition.gateway.support.WeChatStub;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * 微信客服's handover and its window, walked with the local stub: a petitioner asks for a person, staff take over and
 * reply; 微信客服 takes messages only within 48 hours of the customer's last one (wechat-protocol.md). After that a staff
 * reply or a notice is not lost without a word: it goes by SMS where the case holds a mobile, else it waits for staff,
 * and the console's log of the conversation says why.
 */
class WeComWindowTest {
  static final String CORP = "wwwindow0123456789";
  static final String TOKEN = "windowToken";
  static final String KEY = "jWmYm7qr5nMoAUwZRjGtBxmz3KA1tkAj3ykkR6q2B2C";
  static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
  static Vertx vertx;
  static WeChatStub wecom;
  static SmsGatewayStub sms;
  static StaffGateway running;
  static StaffClient staff;
  static WxCpCryptUtil crypt;

  @BeforeAll
  static void start() {
    vertx = Vertx.vertx();
    wecom = new WeChatStub(vertx);
    sms = new SmsGatewayStub(vertx, Set.of(), Set.of());
    running = StaffGateway.start(vertx, null, env -> {
      env.putAll(Map.of("GATEWAY_WECOM_CORP_ID", CORP, "GATEWAY_WECOM_TOKEN", TOKEN,
          "GATEWAY_WECOM_ENCODING_AES_KEY", KEY, "GATEWAY_WECOM_KF_SECRET", "kf-secret",
          "GATEWAY_WECOM_API_BASE", wecom.base()));
      env.putAll(Map.of("GATEWAY_SMS_URL", sms.url(), "GATEWAY_SMS_TOKEN", SmsGatewayStub.TOKEN,
          "GATEWAY_SMS_POLL_SECONDS", "1"));
    });
    staff = running.staff();
    WxCpDefaultConfigImpl cfg = new WxCpDefaultConfigImpl();
    cfg.setCorpId(CORP);
    cfg.setToken(TOKEN);
    cfg.setAesKey(KEY);
    crypt = new WxCpCryptUtil(cfg);
  }

  @AfterAll
  static void stop() {
    running.close();
    sms.close();
    wecom.close();
    vertx.close().await();
  }

  static String ts() {
    return Long.toString(TestClock.CLOCK.instant().getEpochSecond());
  }

  static void write(String user, String text) throws Exception {
    wecom.kfQueue.add(new JsonObject().put("msgid", UUID.randomUUID().toString()).put("open_kfid", "wkKF0010")
        .put("external_userid", user).put("send_time", TestClock.CLOCK.instant().getEpochSecond()).put("origin", 3)
        .put("msgtype", "text").put("text", new JsonObject().put("content", text)));
    String inner = "<xml><ToUserName><![CDATA[" + CORP + "]]></ToUserName><CreateTime>" + ts() + "</CreateTime>"
        + "<MsgType><![CDATA[event]]></MsgType><Event><![CDATA[kf_msg_or_event]]></Event><Token><![CDATA[T]]>"
        + "</Token><OpenKfId><![CDATA[wkKF0010]]></OpenKfId></xml>";
    String enc = crypt.encryptContext(inner).getEncrypt();
    String ts = ts();
    String body = "<xml><ToUserName><![CDATA[" + CORP + "]]></ToUserName><Encrypt><![CDATA[" + enc
        + "]]></Encrypt><AgentID><![CDATA[]]></AgentID></xml>";
    assertThat(HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + running.gateway().port()
            + "/wecom/callback?msg_signature=" + SHA1.gen(TOKEN, ts, "7", enc) + "&timestamp=" + ts + "&nonce=7"))
        .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString()).statusCode())
        .isEqualTo(200);
  }

  static List<String> sentTo(String user) {
    return wecom.kfSent.stream().filter(m -> user.equals(m.getString("touser")))
        .map(m -> m.getJsonObject("text").getString("content")).toList();
  }

  static List<String> smsTo(String phone) {
    return sms.received.stream().filter(m -> phone.equals(m.getString("to"))).map(m -> m.getString("text")).toList();
  }

  static void until(java.util.function.BooleanSupplier done) throws InterruptedException {
    for (int i = 0; i < 150 && !done.getAsBoolean(); i++) {
      Thread.sleep(100);
    }
  }

  static Object value(String sql) {
    return TestPostgres.value(running.db(), sql);
  }

  /** A petitioner on 微信客服 who asked for a person, taken over by staff: the conversation's id. */
  static String handedOver(String user) throws Exception {
    write(user, "人工");
    until(() -> !sentTo(user).isEmpty());
    String conversation = (String) value("SELECT conversation_id::text FROM channel_identities WHERE channel = 'wecom' "
        + "ORDER BY created_at DESC LIMIT 1");
    assertThat(staff.post("/workspace/conversations/" + conversation + "/claim", new JsonObject()).statusCode())
        .isEqualTo(200);
    return conversation;
  }

  static void staffSay(String conversation, String text) {
    assertThat(staff.post("/workspace/conversations/" + conversation + "/messages", new JsonObject().put("text", text))
        .statusCode()).isLessThan(300);
  }

  /** The customer's last message 49 hours ago: 微信客服 takes nothing more until they write. */
  static void windowCloses(String conversation) {
    TestPostgres.jdbc(running.db(), c -> c.createStatement().execute("UPDATE channel_outbox SET window_from = "
        + "window_from - interval '49 hours' WHERE conversation_id = '" + conversation + "'"));
  }

  static List<String> undelivered(String conversation) {
    JsonObject view = staff.get("/workspace/conversations/" + conversation).bodyAsJsonObject();
    return view.getJsonArray("log").stream().map(o -> (JsonObject) o)
        .filter(e -> "undelivered".equals(e.getString("kind"))).map(e -> e.getString("text")).toList();
  }

  @Test
  void afterTheWindowAStaffReplyGoesBySmsWhereTheCaseHasAMobileElseTheConsoleIsToldWhy() throws Exception {
    String user = "wmWindow01";
    String conversation = handedOver(user);
    staffSay(conversation, "您好，我是工作人员，请问具体在哪个村？");
    until(() -> String.join("\n", sentTo(user)).contains("具体在哪个村"));
    assertThat(String.join("\n", sentTo(user))).as("within the window the reply goes").contains("具体在哪个村");

    // Two days without a word from the petitioner: no mobile known yet, so the reply waits for staff, who are told.
    windowCloses(conversation);
    int before = sentTo(user).size();
    staffSay(conversation, "我们明天去现场查看");
    until(() -> !undelivered(conversation).isEmpty());
    assertThat(undelivered(conversation)).containsExactly("window_closed|none");
    assertThat(sentTo(user)).hasSize(before);

    // The matter registered from the conversation with a mobile, and accepted: the acceptance goes by SMS (its own
    // way); the copy the window did not carry is failed, not shown as told.
    String phone = "13912348001";
    String number = staff.enter(new JsonObject().put("channel", "web").put("category", "申诉求决")
        .put("facts", "村西头的砖厂烟囱天天冒黑烟。").put("request", "请求查处").put("name", "钱秀英")
        .put("phone", phone).put("location", "江苏省南京市江宁区秣陵街道").put("conversationId", conversation));
    staff.act(number, "accept", 0, new JsonObject().put("reason", "属于本级职责"));
    String notices = "SELECT string_agg(n.channel || ':' || n.status, ',' ORDER BY n.channel) FROM notices n "
        + "JOIN cases c ON c.id = n.case_id WHERE c.case_number = '" + number + "' AND n.act = 'accept'";
    until(() -> "sms:sent,web:failed".equals(value(notices)));
    assertThat(value(notices)).isEqualTo("sms:sent,web:failed");
    assertThat(smsTo(phone)).hasSize(1);

    // A staff reply now goes by SMS, carrying the message itself; the console says so.
    staffSay(conversation, "检测结果出来后我们会告诉您");
    until(() -> String.join("\n", smsTo(phone)).contains("检测结果出来后"));
    assertThat(String.join("\n", smsTo(phone))).contains("检测结果出来后我们会告诉您");
    assertThat(undelivered(conversation)).contains("window_closed|sms");
    assertThat(sentTo(user)).hasSize(before);
    assertThat(value("SELECT count(*) FROM notices WHERE act = 'staff_message' AND text LIKE '%检测结果%'"))
        .as("the message's text is not copied to the notice in clear").isEqualTo(0L);

    // The petitioner writes again: a new window, and replies go on 微信客服 again.
    write(user, "好的谢谢");
    until(() -> value("SELECT window_from > " + TestClock.sqlNow() + " - interval '1 minute' FROM channel_outbox "
        + "WHERE conversation_id = '" + conversation + "'") == Boolean.TRUE);
    staffSay(conversation, "不客气");
    until(() -> sentTo(user).contains("不客气"));
    assertThat(sentTo(user)).contains("不客气");
  }

  @Test
  void aReplyThePlatformRefusesIsRecordedForStaffNotDroppedInTheLog() throws Exception {
    String user = "wmWindow02";
    String conversation = handedOver(user);
    wecom.refuseKf = 95018;
    try {
      staffSay(conversation, "请问还在排吗？");
      until(() -> !undelivered(conversation).isEmpty());
    } finally {
      wecom.refuseKf = 0;
    }
    assertThat(undelivered(conversation)).containsExactly("refused|none");
  }
}
