package org.ecopetition.gateway.channel.wechat;

import static org.assertj.core.api.Assertions.assertThat;

import io.vertx.core.Vertx;
import io.vertx.core.json.JsonObject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import org.ecopetition.gateway.channel.webchat.WebChatFlowTestSupport;
import org.ecopetition.gateway.notice.SmsGatewayStub;
import org.ecopetition.gateway.support.StaffClient;
import org.ecopetition.gateway.support.StaffGateway;
import org.ecopetition.gateway.support.TestClock;
import org.ecopetition.gateway.support.TestPostgres;
import org.ecopetition.gateway.support.WeChatClient;
import org.ecopetition.gateway.support.WeChatStub;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Written notices to a petitioner who came on WeChat (Art 17; correction 10): by subscribe message (订阅通知) once
 * they subscribed to the deployment's notice template in WeChat's popup (the choice recorded, and withdrawn by a
 * later change), SMS only as the fallback when WeChat refuses, and the delivery recorded from WeChat's report. The
 * pushes are built, signed and encrypted by WxJava; the API is a local server speaking WeChat's protocol.
 */
class WeChatNoticeTest {
  static final String TEMPLATE = "Tmpl-notice-0123456789abcdefghijklmnopq";
  static Vertx vertx;
  static WeChatStub wechat;
  static SmsGatewayStub sms;
  static StaffGateway running;
  static StaffClient staff;
  static WeChatClient client;
  static String db;

  @BeforeAll
  static void start() {
    vertx = Vertx.vertx();
    wechat = new WeChatStub(vertx);
    sms = new SmsGatewayStub(vertx, Set.of(), Set.of());
    running = StaffGateway.start(vertx, null, env -> {
      env.put("GATEWAY_WECHAT_TOKEN", WeChatClient.TOKEN);
      env.put("GATEWAY_WECHAT_ENCODING_AES_KEY", WeChatClient.AES_KEY);
      env.put("GATEWAY_WECHAT_APP_ID", WeChatClient.APP_ID);
      env.put("GATEWAY_WECHAT_APP_SECRET", "app-secret-for-tests");
      env.put("GATEWAY_WECHAT_API_BASE", wechat.base());
      env.put("GATEWAY_WECHAT_NOTICE_TEMPLATE_ID", TEMPLATE);
      env.putAll(Map.of("GATEWAY_SMS_URL", sms.url(), "GATEWAY_SMS_TOKEN", SmsGatewayStub.TOKEN,
          "GATEWAY_SMS_POLL_SECONDS", "1", "GATEWAY_SMS_RETRY_SECONDS", "1", "GATEWAY_SMS_MAX_ATTEMPTS", "3"));
    });
    staff = running.staff();
    db = running.db();
    client = new WeChatClient(running.gateway().port(), true);
  }

  @AfterAll
  static void stop() {
    running.close();
    sms.close();
    wechat.close();
    vertx.close().await();
  }

  static String openId() {
    return "oNote" + UUID.randomUUID().toString().replace("-", "").substring(0, 20);
  }

  /** What the petitioner reads after a message: the passive reply and the customer-service messages that follow. */
  static List<JsonObject> say(String openId, String text) {
    int before = wechat.textsTo(openId).size();
    WeChatClient.Answer answer = client.push(WeChatClient.text(openId, text, WeChatClient.nextMsgId()));
    assertThat(answer.status()).isEqualTo(200);
    List<JsonObject> out = new ArrayList<>();
    if (answer.content() != null) {
      out.add(new JsonObject().put("text", answer.content()));
    }
    // A slow turn is answered "success" and its reply follows as customer-service messages: wait for the first.
    for (int i = 0; i < 100 && out.isEmpty() && wechat.textsTo(openId).size() == before; i++) {
      sleep(100);
    }
    int last = -1;
    for (int i = 0; i < 40 && wechat.textsTo(openId).size() != last; i++) {
      last = wechat.textsTo(openId).size();
      sleep(250);
    }
    wechat.textsTo(openId).stream().skip(before).forEach(t -> out.add(new JsonObject().put("text", t)));
    return out;
  }

  /** A whole report on WeChat, named with a mobile; its case number. */
  static String report(String openId) {
    String transcript = WebChatFlowTestSupport.drive(t -> say(openId, t), WebChatFlowTestSupport.FIRST,
        WebChatFlowTestSupport::assertSummary);
    Matcher n = WebChatFlowTestSupport.CASE.matcher(transcript);
    assertThat(n.find()).isTrue();
    return n.group(1);
  }

  /** The petitioner's choice in the subscribe popup (or, {@code change}, later in WeChat's settings). */
  static WeChatClient.Answer choose(String openId, boolean change, String status, long created) {
    String event = change ? "subscribe_msg_change_event" : "subscribe_msg_popup_event";
    String list = change ? "SubscribeMsgChangeEvent" : "SubscribeMsgPopupEvent";
    return client.push("<xml><ToUserName><![CDATA[" + WeChatClient.ACCOUNT + "]]></ToUserName><FromUserName><![CDATA["
        + openId + "]]></FromUserName><CreateTime>" + created + "</CreateTime><MsgType><![CDATA[event]]></MsgType>"
        + "<Event><![CDATA[" + event + "]]></Event><" + list + ">"
        + "<List><TemplateId><![CDATA[another-template]]></TemplateId><SubscribeStatusString><![CDATA[reject]]>"
        + "</SubscribeStatusString><PopupScene>0</PopupScene></List>"
        + "<List><TemplateId><![CDATA[" + TEMPLATE + "]]></TemplateId><SubscribeStatusString><![CDATA[" + status
        + "]]></SubscribeStatusString><PopupScene>0</PopupScene></List></" + list + "></xml>");
  }

  static WeChatClient.Answer sentReport(String openId, String msgId, int errorCode, String errorStatus) {
    return client.push("<xml><ToUserName><![CDATA[" + WeChatClient.ACCOUNT + "]]></ToUserName><FromUserName><![CDATA["
        + openId + "]]></FromUserName><CreateTime>" + WeChatClient.epochSeconds() + "</CreateTime>"
        + "<MsgType><![CDATA[event]]></MsgType><Event><![CDATA[subscribe_msg_sent_event]]></Event>"
        + "<SubscribeMsgSentEvent><List><TemplateId><![CDATA[" + TEMPLATE + "]]></TemplateId><MsgID>" + msgId
        + "</MsgID><ErrorCode>" + errorCode + "</ErrorCode><ErrorStatus><![CDATA[" + errorStatus + "]]></ErrorStatus>"
        + "</List></SubscribeMsgSentEvent></xml>");
  }

  static Object value(String sql) {
    return TestPostgres.value(db, sql);
  }

  static String notices(String n) {
    return (String) value("SELECT string_agg(channel || ':' || status, ',' ORDER BY id) FROM notices WHERE act = 'accept'"
        + " AND case_id = (SELECT id FROM cases WHERE case_number = '" + n + "')");
  }

  static String await(Supplier<String> what, String expected) {
    String now = what.get();
    for (int i = 0; i < 150 && !expected.equals(now); i++) {
      sleep(100);
      now = what.get();
    }
    return now;
  }

  static void sleep(long ms) {
    try {
      Thread.sleep(ms);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  static long events(String n, String kind) {
    return (Long) value("SELECT count(*) FROM case_events WHERE kind = '" + kind + "' AND case_id = "
        + "(SELECT id FROM cases WHERE case_number = '" + n + "')");
  }

  @Test
  void aSubscribedPetitionerIsToldBySubscribeMessageAndItsDeliveryIsRecordedFromWeChatsReport() {
    String user = openId();
    String n = report(user);
    assertThat(choose(user, false, "accept", WeChatClient.epochSeconds()).body()).isEqualTo("success");
    assertThat(value("SELECT accepted::text FROM wechat_subscriptions WHERE template_id = '" + TEMPLATE
        + "' AND conversation_id = (SELECT conversation_id FROM cases WHERE case_number = '" + n + "')"))
        .isEqualTo("true");
    assertThat(events(n, "wechat_subscribed")).as("the subscription is on the case's record").isEqualTo(1);
    // A retried push records nothing twice.
    choose(user, false, "accept", WeChatClient.epochSeconds());
    assertThat(events(n, "wechat_subscribed")).isEqualTo(1);

    int smsBefore = sms.received.size();
    staff.act(n, "accept", 0, new JsonObject().put("reason", "属于本级职责"));
    assertThat(await(() -> notices(n), "web:sent,wechat:sent")).isEqualTo("web:sent,wechat:sent");
    JsonObject sent = wechat.subscribeMessages.stream().filter(m -> user.equals(m.getString("touser"))).findFirst()
        .orElseThrow();
    assertThat(sent.getString("template_id")).isEqualTo(TEMPLATE);
    JsonObject data = sent.getJsonObject("data");
    assertThat(data.getJsonObject("character_string1").getString("value")).isEqualTo(n);
    assertThat(data.getJsonObject("thing2").getString("value")).isEqualTo("已受理");
    assertThat(data.getJsonObject("time3").getString("value")).isEqualTo(TestClock.TODAY.getYear() + "年"
        + TestClock.TODAY.getMonthValue() + "月" + TestClock.TODAY.getDayOfMonth() + "日");
    // SMS is the fallback, not a second copy.
    sleep(1500);
    assertThat(sms.received.subList(smsBefore, sms.received.size())).noneMatch(s -> s.getString("text").contains(n));

    // WeChat's report names the message by its msgid, above 2^53: kept as its digits.
    String msgId = sent.getString("given_msgid");
    String ref = (String) value("SELECT provider_ref FROM notices WHERE channel = 'wechat' AND act = 'accept' AND case_id = "
        + "(SELECT id FROM cases WHERE case_number = '" + n + "')");
    assertThat(ref).isEqualTo(msgId);
    assertThat(sentReport(user, msgId, 0, "success").body()).isEqualTo("success");
    assertThat(notices(n)).isEqualTo("web:sent,wechat:delivered");
    assertThat(events(n, "notice_delivered")).isEqualTo(1);
    // The OpenID is nowhere in clear in the notices or the case's history.
    assertThat((Long) value("SELECT count(*) FROM notices WHERE text LIKE '%" + user + "%' OR provider_ref LIKE '%"
        + user + "%'")).isZero();
    assertThat((Long) value("SELECT count(*) FROM case_events WHERE detail::text LIKE '%" + user + "%' OR reason LIKE '%"
        + user + "%'")).isZero();
  }

  @Test
  void aWithdrawnSubscriptionMeansNoWeChatNoticeAndSmsCarriesIt() {
    String user = openId();
    String n = report(user);
    long t = WeChatClient.epochSeconds();
    choose(user, false, "accept", t - 60);
    choose(user, true, "reject", t);
    // A late push of the earlier choice does not undo the later one.
    choose(user, false, "accept", t - 60);
    assertThat(value("SELECT accepted::text FROM wechat_subscriptions WHERE conversation_id = "
        + "(SELECT conversation_id FROM cases WHERE case_number = '" + n + "')")).isEqualTo("false");
    assertThat(events(n, "wechat_unsubscribed")).isEqualTo(1);

    staff.act(n, "accept", 0, new JsonObject());
    assertThat(await(() -> notices(n), "web:sent,sms:sent")).isEqualTo("web:sent,sms:sent");
    assertThat(wechat.subscribeMessages).noneMatch(m -> user.equals(m.getString("touser")));
  }

  @Test
  void whenWeChatRefusesTheSubscribeMessageAnSmsTakesItsPlace() {
    String user = openId();
    String n = report(user);
    choose(user, false, "accept", WeChatClient.epochSeconds());
    wechat.refuseSubscribe = 43101;
    try {
      staff.act(n, "accept", 0, new JsonObject());
      assertThat(await(() -> notices(n), "web:sent,wechat:failed,sms:sent")).isEqualTo("web:sent,wechat:failed,sms:sent");
    } finally {
      wechat.refuseSubscribe = 0;
    }
    assertThat(sms.received).anyMatch(s -> s.getString("text").contains(n) && "13812345678".equals(s.getString("to")));
    assertThat(value("SELECT last_error FROM notices WHERE channel = 'wechat' AND case_id = "
        + "(SELECT id FROM cases WHERE case_number = '" + n + "')")).isEqualTo("errcode 43101");
  }

  /**
   * An account with template messages (wechat.templateNotices): every follower is told without a subscription; a
   * TEMPLATESENDJOBFINISH that reports a block fails the notice and queues the SMS fallback.
   */
  @Test
  void templateMessagesGoToEveryFollowerAndABlockedOneFallsBackToSms() {
    StaffGateway templated = StaffGateway.start(vertx, null, env -> {
      env.put("GATEWAY_WECHAT_TOKEN", WeChatClient.TOKEN);
      env.put("GATEWAY_WECHAT_ENCODING_AES_KEY", WeChatClient.AES_KEY);
      env.put("GATEWAY_WECHAT_APP_ID", WeChatClient.APP_ID);
      env.put("GATEWAY_WECHAT_APP_SECRET", "app-secret-for-tests");
      env.put("GATEWAY_WECHAT_API_BASE", wechat.base());
      env.put("GATEWAY_WECHAT_NOTICE_TEMPLATE_ID", TEMPLATE);
      env.put("GATEWAY_WECHAT_TEMPLATE_NOTICES", "true");
      env.put("GATEWAY_WECHAT_NOTICE_FIELDS", "keyword1, keyword2, keyword3");
      env.putAll(Map.of("GATEWAY_SMS_URL", sms.url(), "GATEWAY_SMS_TOKEN", SmsGatewayStub.TOKEN,
          "GATEWAY_SMS_POLL_SECONDS", "1"));
    });
    WeChatClient saved = client;
    String savedDb = db;
    try {
      client = new WeChatClient(templated.gateway().port(), true);
      db = templated.db();
      String user = openId();
      String n = report(user);
      templated.staff().act(n, "accept", 0, new JsonObject());
      assertThat(await(() -> notices(n), "web:sent,wechat:sent")).isEqualTo("web:sent,wechat:sent");
      JsonObject sent = wechat.templateMessages.stream().filter(m -> user.equals(m.getString("touser"))).findFirst()
          .orElseThrow();
      assertThat(sent.getJsonObject("data").getJsonObject("keyword1").getString("value")).isEqualTo(n);
      String ref = (String) value("SELECT provider_ref FROM notices WHERE channel = 'wechat' AND case_id = "
          + "(SELECT id FROM cases WHERE case_number = '" + n + "')");
      assertThat(ref).as("the msgid of this message").isEqualTo(sent.getString("given_msgid"));
      assertThat(client.push("<xml><ToUserName><![CDATA[" + WeChatClient.ACCOUNT + "]]></ToUserName><FromUserName>"
          + "<![CDATA[" + user + "]]></FromUserName><CreateTime>" + WeChatClient.epochSeconds() + "</CreateTime><MsgType>"
          + "<![CDATA[event]]></MsgType><Event><![CDATA[TEMPLATESENDJOBFINISH]]></Event><MsgID>" + ref + "</MsgID>"
          + "<Status><![CDATA[failed:user block]]></Status></xml>").body()).isEqualTo("success");
      assertThat(await(() -> notices(n), "web:sent,wechat:failed,sms:sent")).isEqualTo("web:sent,wechat:failed,sms:sent");
    } finally {
      client = saved;
      db = savedDb;
      templated.close();
    }
  }
}
