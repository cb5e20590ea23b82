package org.ecopetition.gateway.channel.sms;

import static org.assertj.core.api.Assertions.assertThat;

import io.vertx.core.Vertx;
import io.vertx.core.http.HttpServer;
import io.vertx.core.json.JsonObject;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.ecopetition.gateway.Gateway;
import org.ecopetition.gateway.support.TestGateway;
import org.ecopetition.gateway.support.TestPostgres;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A citizen writing by SMS: the SMS gateway posts each message to the gateway, which answers by SMS through
 * the same protocol as the notices (docs/sms-protocol.md): short parts, options numbered, one conversation
 * per mobile number, a message posted twice handled once.
 */
class SmsInboundTest {
  private static final String INBOUND = "inbound-token-0123456789";
  private static Vertx vertx;
  private static HttpServer smsGateway;
  private static final List<JsonObject> SENT = new CopyOnWriteArrayList<>();
  private static String db;
  private static Gateway g;
  private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

  @BeforeAll
  static void start() {
    vertx = Vertx.vertx();
    smsGateway = vertx.createHttpServer().requestHandler(req -> req.body().onSuccess(b -> {
      SENT.add(b.toJsonObject());
      req.response().putHeader("Content-Type", "application/json").end("{\"id\":\"sms-" + SENT.size() + "\"}");
    })).listen(0, "127.0.0.1").await();
    db = TestPostgres.freshDatabaseUrl();
    Map<String, String> env = TestGateway.env(db, TestGateway.newKey());
    env.put("GATEWAY_SMS_URL", "http://127.0.0.1:" + smsGateway.actualPort() + "/sms");
    env.put("GATEWAY_SMS_TOKEN", "out-token");
    env.put("GATEWAY_SMS_INBOUND_TOKEN", INBOUND);
    env.put("GATEWAY_SMS_REPLY_MAX_CHARS", "120");
    // A whole intake is answered faster than any person types: the per-sender limit is not what is tested here.
    env.put("GATEWAY_SMS_MAX_MESSAGES_PER_MINUTE", "100");
    g = TestGateway.start(env);
  }

  @AfterAll
  static void stop() {
    g.close();
    smsGateway.close().await();
    vertx.close().await();
  }

  private static int post(String token, String body) throws Exception {
    return HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + g.port() + "/api/v1/sms/inbound"))
        .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString()).statusCode();
  }

  private static List<String> textsTo(String phone) {
    return SENT.stream().filter(m -> phone.equals(m.getString("to"))).map(m -> m.getString("text")).toList();
  }

  private static void waitFor(String phone, int n) throws InterruptedException {
    for (int i = 0; i < 100 && textsTo(phone).size() < n; i++) {
      Thread.sleep(50);
    }
    Thread.sleep(200);
  }

  @Test
  void aMessageIsAnsweredBySmsInShortPartsWithNumberedOptionsAndARepeatIsHandledOnce() throws Exception {
    // Other tests of this class share the database: counted from here.
    long inBefore = ((Number) TestPostgres.value(db, "SELECT count(*) FROM messages WHERE direction = 'in'")).longValue();
    long conversationsBefore = ((Number) TestPostgres.value(db,
        "SELECT count(DISTINCT conversation_id) FROM messages WHERE direction = 'in'")).longValue();
    String msg = new JsonObject().put("from", "+8613912345678").put("text", "南京市镇上的造纸厂把黑水排进河里好几天了")
        .put("id", "up-1").encode();
    assertThat(post(INBOUND, msg)).isEqualTo(202);
    assertThat(post(INBOUND, msg)).isEqualTo(202);
    waitFor("13912345678", 1);
    List<String> replies = textsTo("13912345678");
    assertThat(replies).isNotEmpty().allMatch(t -> t.codePointCount(0, t.length()) <= 120);
    assertThat(String.join("\n", replies)).contains("哪个区").containsPattern("\\n1\\. ").contains("回复数字即可选择");
    assertThat(((Number) TestPostgres.value(db, "SELECT count(*) FROM messages WHERE direction = 'in'")).longValue())
        .isEqualTo(inBefore + 1);

    int before = replies.size();
    assertThat(post(INBOUND, new JsonObject().put("from", "13912345678").put("text", "1").put("id", "up-2").encode()))
        .isEqualTo(202);
    waitFor("13912345678", before + 1);
    assertThat(textsTo("13912345678").size()).isGreaterThan(before);
    assertThat(((Number) TestPostgres.value(db, "SELECT count(DISTINCT conversation_id) FROM messages WHERE direction = 'in'"))
        .longValue()).as("one conversation per mobile number").isEqualTo(conversationsBefore + 1);
    assertThat(((Number) TestPostgres.value(db, "SELECT count(*) FROM messages WHERE body::text LIKE '%13912345678%'"))
        .longValue()).isZero();
    assertThat(org.ecopetition.gateway.support.Sealed.messageTexts(db, g, "true"))
        .as("opened, the texts hold no sender either").isNotEmpty().noneMatch(t -> t.contains("13912345678"));
  }

  private static final java.util.concurrent.atomic.AtomicInteger IDS = new java.util.concurrent.atomic.AtomicInteger();

  /** Sends one SMS and returns what the petitioner's phone received after it (once nothing more comes for a while). */
  private static List<JsonObject> say(String phone, String text) {
    try {
      int before = textsTo(phone).size();
      assertThat(post(INBOUND, new JsonObject().put("from", phone).put("text", text).put("id", "walk-" + IDS.incrementAndGet())
          .encode())).isEqualTo(202);
      int last = -1;
      for (int i = 0; i < 60; i++) {
        Thread.sleep(100);
        int now = textsTo(phone).size();
        if (now == last && now > before) {
          break;
        }
        last = now;
      }
      return textsTo(phone).stream().skip(before).map(t -> new JsonObject().put("text", t)).toList();
    } catch (Exception e) {
      throw new AssertionError(e);
    }
  }

  /** Words for a screen with buttons or a web page, which an SMS reader cannot follow. */
  static final java.util.regex.Pattern WEB_ONLY =
      java.util.regex.Pattern.compile("点“|点选|请点|本页|[Tt]ap [\"“]|[Tt]ap or|[Cc]lick|on this page");

  @Test
  void aWholeIntakeBySmsAsksNothingToTapAndTheStatusQueryTakesTheNumberAndCodeInASentence() {
    String phone = "13912340001";
    ch.qos.logback.classic.Logger root = (ch.qos.logback.classic.Logger) org.slf4j.LoggerFactory.getLogger(
        org.slf4j.Logger.ROOT_LOGGER_NAME);
    ch.qos.logback.core.read.ListAppender<ch.qos.logback.classic.spi.ILoggingEvent> log =
        new ch.qos.logback.core.read.ListAppender<>();
    log.start();
    root.addAppender(log);
    String transcript;
    String found;
    java.util.regex.Matcher caseNumber;
    try {
      transcript = org.ecopetition.gateway.channel.webchat.WebChatFlowTestSupport.drive(t -> say(phone, t),
          org.ecopetition.gateway.channel.webchat.WebChatFlowTestSupport.FIRST,
          org.ecopetition.gateway.channel.webchat.WebChatFlowTestSupport::assertSummary);
      caseNumber = org.ecopetition.gateway.channel.webchat.WebChatFlowTestSupport.CASE.matcher(transcript);
      java.util.regex.Matcher code = org.ecopetition.gateway.channel.webchat.WebChatFlowTestSupport.CODE.matcher(transcript);
      assertThat(caseNumber.find()).isTrue();
      assertThat(code.find()).isTrue();
      assertThat(textsTo(phone)).allMatch(t -> t.codePointCount(0, t.length()) <= 120);

      // A status query as typed on a phone: the number and the code each in a few words.
      assertThat(org.ecopetition.gateway.channel.webchat.WebChatFlowTestSupport.texts(say(phone, "查询进度")))
          .contains("请输入案件编号");
      assertThat(org.ecopetition.gateway.channel.webchat.WebChatFlowTestSupport.texts(say(phone,
          "查询 " + caseNumber.group(1)))).contains("请输入 8 位查询码").doesNotContain("格式不对");
      found = org.ecopetition.gateway.channel.webchat.WebChatFlowTestSupport.texts(say(phone, "查询码是" + code.group(1)));
    } finally {
      root.detachAppender(log);
    }
    assertThat(found).contains("案件 " + caseNumber.group(1)).contains("状态：");
    assertThat(transcript).as("no button or page to find on a phone's SMS").doesNotContainPattern(WEB_ONLY);
    assertThat(log.list.stream().map(ch.qos.logback.classic.spi.ILoggingEvent::getFormattedMessage))
        .as("no sender, name or phone in the log").noneMatch(m -> m.contains(phone) || m.contains("13812345678")
            || m.contains("王建国") || m.contains("秣陵街道某小区"));
  }

  @Test
  void aReplyInSeveralPartsIsNumberedInOrderAndEachPartWithItsMarkerStaysWithinTheLimit() {
    // A new conversation's first reply: the privacy notice, the greeting and the first question, over 120 characters.
    List<String> parts = say("13912340005", "河边的化工厂晚上偷偷排废水，鱼都死了").stream()
        .map(m -> m.getString("text")).toList();
    assertThat(parts.size()).isGreaterThan(1);
    for (int i = 0; i < parts.size(); i++) {
      assertThat(parts.get(i)).as("part %d", i + 1).startsWith("(" + (i + 1) + "/" + parts.size() + ") ");
      assertThat(parts.get(i).codePointCount(0, parts.get(i).length())).as("part %d", i + 1).isLessThanOrEqualTo(120);
    }
    // A look-alike: a reply that fits one SMS carries no marker.
    List<String> one = say("13912340005", "1").stream().map(m -> m.getString("text")).toList();
    assertThat(one).hasSize(1);
    assertThat(one.get(0)).doesNotStartWith("(1/");
  }

  /**
   * An elderly petitioner on an old phone: short texts, traditional characters, full-width digits from the phone's
   * input method, numbers for options; the intake still ends with a receipt that holds what they said.
   */
  @Test
  void anOldPhonesShortTraditionalFullWidthAnswersStillRegisterTheMatter() {
    String phone = "13912340006";
    Map<String, String> old = new java.util.LinkedHashMap<>();
    old.put("问题发生在哪里", "江蘇省南京市江寧區秣陵街道");
    old.put("是谁造成的", "村口電鍍廠");
    old.put("从什么时候开始", "上個月");
    old.put("联系电话", "１３８１２３４５６７８");
    old.put("哪个区（县）", "１");
    old.put("是哪个市的", "１");
    old.put("您这次是想", "１");
    String transcript = org.ecopetition.gateway.channel.webchat.WebChatFlowTestSupport.drive(t -> say(phone, t),
        "電鍍廠夜裡排黃水", old, summary -> assertThat(summary).contains("联系电话：13812345678").contains("秣陵街道"));
    assertThat(org.ecopetition.gateway.channel.webchat.WebChatFlowTestSupport.CASE.matcher(transcript).find()).isTrue();
    assertThat(textsTo(phone)).allMatch(t -> t.codePointCount(0, t.length()) <= 120);
  }

  @Test
  void aBlankSmsIsAnsweredNotRefused() throws Exception {
    // An old phone's empty message, or an MMS whose picture the platform dropped: taken and answered, not a 400 that
    // leaves the sender without a word.
    String phone = "13912340007";
    assertThat(post(INBOUND, new JsonObject().put("from", phone).put("text", " \n ").put("id", "blank-1").encode()))
        .isEqualTo(202);
    waitFor(phone, 1);
    assertThat(String.join("\n", textsTo(phone))).contains("请发送文字");
    // Malformed (no text at all) is still refused.
    assertThat(post(INBOUND, new JsonObject().put("from", phone).put("id", "blank-2").encode())).isEqualTo(400);
  }

  @Test
  void anEnglishWritersFirstSmsIsAnsweredInEnglishFromTheFirstLine() {
    String first = org.ecopetition.gateway.channel.webchat.WebChatFlowTestSupport.texts(say("13912340002",
        "A plating factory near our village dumps yellow waste water into the river every night"));
    assertThat(first).contains("You may report anonymously").contains("Hello")
        .doesNotContain("您好").doesNotContain("请描述");
    // A look-alike: a Chinese first message is greeted in Chinese, as before.
    assertThat(org.ecopetition.gateway.channel.webchat.WebChatFlowTestSupport.texts(say("13912340003",
        "村东头的养猪场天天往沟里排粪水，臭得没法开窗"))).contains("您好").doesNotContain("Hello");
  }

  @Test
  void anSmsLongerThanAChatMessageIsTakenAndAnsweredToSendItInPartsNotRefused() {
    long in = ((Number) TestPostgres.value(db, "SELECT count(*) FROM messages WHERE direction = 'in'")).longValue();
    // Taken (202: a 400 would leave the petitioner without a word), answered, not kept.
    String reply = org.ecopetition.gateway.channel.webchat.WebChatFlowTestSupport.texts(say("13912340004",
        "造纸厂的黑水流进了我们村的河里。".repeat(200)));
    assertThat(reply).contains("太长").contains("分几次发送");
    assertThat(((Number) TestPostgres.value(db, "SELECT count(*) FROM messages WHERE direction = 'in'")).longValue())
        .isEqualTo(in);
  }

  @Test
  void aWrongTokenOrAMalformedMessageIsRefused() throws Exception {
    String ok = new JsonObject().put("from", "13700000000").put("text", "你好").put("id", "up-9").encode();
    assertThat(post("wrong", ok)).isEqualTo(401);
    assertThat(post(INBOUND, "{not json")).isEqualTo(400);
    assertThat(post(INBOUND, new JsonObject().put("from", "010-1234567").put("text", "你好").put("id", "x").encode()))
        .isEqualTo(400);
    assertThat(post(INBOUND, new JsonObject().put("from", "13700000000").put("text", 5).put("id", "x").encode()))
        .isEqualTo(400);
    assertThat(textsTo("13700000000")).isEmpty();
  }
}
