package org.ecopetition.gateway.channel.wechat;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import io.vertx.core.Vertx;
import io.vertx.core.json.JsonObject;
import java.sql.Connection;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import me.chanjar.weixin.common.util.crypto.SHA1;
import me.chanjar.weixin.common.util.crypto.WxCryptUtil;
import org.ecopetition.gateway.Gateway;
import org.ecopetition.gateway.channel.webchat.WebChatFlowTestSupport;
import org.ecopetition.gateway.support.TestClock;
import org.ecopetition.gateway.support.TestGateway;
import org.ecopetition.gateway.support.TestPostgres;
import org.ecopetition.gateway.support.WeChatClient;
import org.ecopetition.gateway.support.WeChatStub;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

/**
 * The Official Account end to end, against two gateway instances on one PostgreSQL and a local server
 * speaking WeChat's API; every push is built, signed and encrypted by WxJava, and every passive reply
 * checked and decrypted by it.
 */
class WeChatChannelTest {
  private static Vertx vertx;
  private static WeChatStub wechat;
  private static String db;
  private static Gateway a;
  private static Gateway b;
  private static WeChatClient toA;
  private static WeChatClient toB;

  @BeforeAll
  static void start() {
    vertx = Vertx.vertx();
    wechat = new WeChatStub(vertx);
    db = TestPostgres.freshDatabaseUrl();
    Map<String, String> env = env(db, TestGateway.newKey(), wechat.base());
    a = TestGateway.start(env);
    b = TestGateway.start(env);
    toA = new WeChatClient(a.port(), true);
    toB = new WeChatClient(b.port(), true);
  }

  static Map<String, String> env(String db, String key, String api) {
    Map<String, String> env = TestGateway.env(db, key);
    env.put("GATEWAY_WECHAT_TOKEN", WeChatClient.TOKEN);
    env.put("GATEWAY_WECHAT_ENCODING_AES_KEY", WeChatClient.AES_KEY);
    env.put("GATEWAY_WECHAT_APP_ID", WeChatClient.APP_ID);
    env.put("GATEWAY_WECHAT_APP_SECRET", "app-secret-for-tests");
    env.put("GATEWAY_WECHAT_API_BASE", api);
    env.put("GATEWAY_WECHAT_PASSIVE_REPLY_MILLIS", "1500");
    return env;
  }

  @AfterAll
  static void stop() {
    a.close();
    b.close();
    wechat.close();
    vertx.close().await();
  }

  private static String openId() {
    return "oUser" + UUID.randomUUID().toString().replace("-", "").substring(0, 20);
  }

  /** What the petitioner reads after a message: the passive reply and the customer-service messages that follow. */
  private static List<JsonObject> say(WeChatClient client, String openId, String text) {
    int before = wechat.textsTo(openId).size();
    WeChatClient.Answer answer = client.push(WeChatClient.text(openId, text, WeChatClient.nextMsgId()));
    assertThat(answer.status()).isEqualTo(200);
    List<JsonObject> out = new ArrayList<>();
    if (answer.content() != null) {
      assertThat(answer.msgType()).isEqualTo("text");
      out.add(new JsonObject().put("text", answer.content()));
    }
    settle(openId, before, answer.content() == null);
    wechat.textsTo(openId).stream().skip(before).forEach(t -> out.add(new JsonObject().put("text", t)));
    return out;
  }

  /**
   * Waits until no more customer-service messages arrive for a moment; when the push got no passive reply, first
   * waits (up to 10 s, a loaded machine is slow) for the reply that must then come as a customer-service message.
   */
  private static void settle(String openId, int before, boolean replyExpected) {
    for (int i = 0; replyExpected && i < 100 && wechat.textsTo(openId).size() == before; i++) {
      sleep(100);
    }
    int last = -1;
    for (int i = 0; i < 40; i++) {
      int now = wechat.textsTo(openId).size();
      if (now == last) {
        return;
      }
      last = now;
      sleep(250);
    }
  }

  private static void sleep(long ms) {
    try {
      Thread.sleep(ms);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private static long count(String sql) {
    return ((Number) TestPostgres.value(db, sql)).longValue();
  }

  @Test
  void theUrlIsVerifiedByEchoingEchostrOnlyWhenSigned() throws Exception {
    assertThat(toA.verify("1234567890abc", WeChatClient.epochSeconds(), WeChatClient.TOKEN).body()).isEqualTo("1234567890abc");
    assertThat(toA.verify("1234567890abc", WeChatClient.epochSeconds(), "not-the-token").statusCode()).isEqualTo(401);
  }

  @Test
  void aWholeReportFromTheFirstMessageToTheReceiptThenAStatusQuery() {
    String user = openId();
    WeChatClient.Answer welcome = toA.push(WeChatClient.event(user, "subscribe", "", WeChatClient.epochSeconds()));
    assertThat(welcome.content()).contains("您好");

    String transcript = WebChatFlowTestSupport.drive(t -> say(toA, user, t), WebChatFlowTestSupport.FIRST,
        WebChatFlowTestSupport::assertSummary);
    Matcher caseNumber = WebChatFlowTestSupport.CASE.matcher(transcript);
    Matcher code = WebChatFlowTestSupport.CODE.matcher(transcript);
    assertThat(caseNumber.find()).isTrue();
    assertThat(code.find()).as("the query code is shown once, in clear, on WeChat too").isTrue();
    assertThat(count("SELECT count(*) FROM cases WHERE channel = 'wechat' AND case_number = '" + caseNumber.group(1) + "'"))
        .isEqualTo(1);

    // A typed number picks an option: the buttons went out numbered.
    assertThat(transcript).containsPattern("\\n1\\. ").contains("回复数字即可选择");

    String status = WebChatFlowTestSupport.texts(say(toB, user, "查询进度"));
    assertThat(status).contains("案件编号");
    say(toB, user, caseNumber.group(1));
    String found = WebChatFlowTestSupport.texts(say(toA, user, code.group(1)));
    assertThat(found).contains("案件 " + caseNumber.group(1)).contains("状态：");

    // The OpenID is nowhere in clear: not in the conversation, its messages, nor the identity table.
    assertThat(count("SELECT count(*) FROM conversations WHERE state::text LIKE '%" + user + "%'")).isZero();
    assertThat(count("SELECT count(*) FROM messages WHERE body::text LIKE '%" + user + "%'")).isZero();
    assertThat(count("SELECT count(*) FROM channel_identities WHERE position(convert_to('" + user
        + "', 'UTF8') in address) > 0 OR position(convert_to('" + user + "', 'UTF8') in key_hash) > 0")).isZero();
    assertThat(count("SELECT count(*) FROM status_failures WHERE key LIKE '%" + user + "%'")).isZero();
  }

  /** The most times one conversation stored a message with this text (opened: texts are sealed at rest). */
  private static long perConversation(String text) {
    return TestPostgres.jdbc(db, c -> {
      java.sql.ResultSet rs = c.createStatement().executeQuery(
          "SELECT conversation_id::text, body::text FROM messages WHERE direction = 'in'");
      java.util.Map<String, Long> n = new java.util.HashMap<>();
      while (rs.next()) {
        if (text.equals(a.atRest().openBody(new io.vertx.core.json.JsonObject(rs.getString(2))).getString("text"))) {
          n.merge(rs.getString(1), 1L, Long::sum);
        }
      }
      return n.values().stream().mapToLong(Long::longValue).max().orElse(0L);
    });
  }

  @Test
  void eachCallbackThreeTimesInARowAndSixteenTimesConcurrentlyOnTwoInstancesIsOneTurnAndOneCase() throws Exception {
    String user = openId();
    String first = WeChatClient.text(user, WebChatFlowTestSupport.FIRST, WeChatClient.nextMsgId());
    WeChatClient.Answer one = toA.push(first);
    WeChatClient.Answer two = toA.push(first);
    WeChatClient.Answer three = toB.push(first);
    assertThat(one.content()).isNotNull();
    assertThat(two.body()).isEqualTo("success");
    assertThat(three.body()).isEqualTo("success");
    assertThat(perConversation(WebChatFlowTestSupport.FIRST)).isEqualTo(1);

    // Up to the summary, then the confirmation pushed 16 times at once, half to each instance.
    String replies = one.content() + "\n" + String.join("\n", wechat.textsTo(user));
    for (int i = 0; i < 30 && !replies.contains("请核对"); i++) {
      replies = WebChatFlowTestSupport.texts(say(toA, user, WebChatFlowTestSupport.answerTo(replies)));
    }
    assertThat(replies).contains("请核对");
    long casesBefore = count("SELECT count(*) FROM cases");
    String confirm = WeChatClient.text(user, "确认提交", WeChatClient.nextMsgId());
    ExecutorService pool = Executors.newFixedThreadPool(16);
    List<Callable<WeChatClient.Answer>> pushes = new ArrayList<>();
    for (int i = 0; i < 16; i++) {
      WeChatClient c = i % 2 == 0 ? toA : toB;
      pushes.add(() -> c.push(confirm));
    }
    List<WeChatClient.Answer> answers = new ArrayList<>();
    for (Future<WeChatClient.Answer> f : pool.invokeAll(pushes)) {
      answers.add(f.get());
    }
    pool.shutdown();
    assertThat(answers).allMatch(x -> x.status() == 200);
    assertThat(answers.stream().filter(x -> x.content() != null && x.content().contains("案件编号"))).hasSize(1);
    assertThat(count("SELECT count(*) FROM cases")).isEqualTo(casesBefore + 1);
    assertThat(perConversation("确认提交")).isEqualTo(1);
  }

  /** A follower's conversation, by their keyed hash (the OpenID is not stored in clear). */
  private static String conversationOf(String openId) {
    return TestPostgres.jdbc(db, c -> {
      java.sql.PreparedStatement ps = c.prepareStatement(
          "SELECT conversation_id::text FROM channel_identities WHERE key_hash = ?");
      ps.setBytes(1, a.atRest().keys().channelLookup("wechat", openId));
      java.sql.ResultSet rs = ps.executeQuery();
      return rs.next() ? rs.getString(1) : null;
    });
  }

  /** The texts of a conversation's messages in one direction, in order (opened: texts are sealed at rest). */
  private static List<String> texts(String conversation, String direction) {
    return TestPostgres.jdbc(db, c -> {
      java.sql.ResultSet rs = c.createStatement().executeQuery("SELECT body::text FROM messages WHERE conversation_id = '"
          + conversation + "' AND direction = '" + direction + "' ORDER BY id");
      List<String> out = new ArrayList<>();
      while (rs.next()) {
        out.add(a.atRest().openBody(new JsonObject(rs.getString(1))).getString("text"));
      }
      return out;
    });
  }

  private static final String ORPHANS = "SELECT count(*) FROM conversations c WHERE c.channel = 'wechat' "
      + "AND NOT EXISTS (SELECT 1 FROM channel_identities i WHERE i.conversation_id = c.id)";

  /** Runs the calls at once (each thread released together) and returns their answers in order. */
  private static List<WeChatClient.Answer> atOnce(List<Callable<WeChatClient.Answer>> calls) throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(calls.size());
    java.util.concurrent.CyclicBarrier start = new java.util.concurrent.CyclicBarrier(calls.size());
    List<Callable<WeChatClient.Answer>> gated = calls.stream().<Callable<WeChatClient.Answer>>map(c -> () -> {
      start.await();
      return c.call();
    }).toList();
    List<WeChatClient.Answer> answers = new ArrayList<>();
    for (Future<WeChatClient.Answer> f : pool.invokeAll(gated)) {
      answers.add(f.get());
    }
    pool.shutdown();
    return answers;
  }

  @Test
  void aNewFollowersFirstMessageSixteenTimesConcurrentlyOnTwoInstancesOpensOneConversationWithOneGreetingAndOneTurn()
      throws Exception {
    String user = openId();
    long conversationsBefore = count("SELECT count(*) FROM conversations WHERE channel = 'wechat'");
    String first = WeChatClient.text(user, WebChatFlowTestSupport.FIRST, WeChatClient.nextMsgId());
    List<Callable<WeChatClient.Answer>> pushes = new ArrayList<>();
    for (int i = 0; i < 16; i++) {
      WeChatClient c = i % 2 == 0 ? toA : toB;
      pushes.add(() -> c.push(first));
    }
    List<WeChatClient.Answer> answers = atOnce(pushes);
    assertThat(answers).allMatch(x -> x.status() == 200);
    long passive = answers.stream().filter(x -> x.content() != null).count();
    assertThat(passive).as("one push runs the turn; the others are answered success").isLessThanOrEqualTo(1);
    settle(user, 0, passive == 0);

    assertThat(count("SELECT count(*) FROM conversations WHERE channel = 'wechat'")).isEqualTo(conversationsBefore + 1);
    assertThat(count(ORPHANS)).isZero();
    String conversation = conversationOf(user);
    assertThat(conversation).isNotNull();
    assertThat(texts(conversation, "in")).as("one turn").containsExactly(WebChatFlowTestSupport.FIRST);
    List<String> out = texts(conversation, "out");
    String greeting = out.get(0);
    assertThat(out.stream().filter(greeting::equals)).as("one greeting stored").hasSize(1);
    assertThat(count("SELECT count(*) FROM channel_outbox WHERE conversation_id = '" + conversation + "'")).isEqualTo(1);

    // What the follower read: the greeting once, then the turn's reply.
    List<String> read = new ArrayList<>();
    answers.stream().filter(x -> x.content() != null).forEach(x -> read.add(x.content()));
    read.addAll(wechat.textsTo(user));
    String head = greeting.substring(0, Math.min(12, greeting.length()));
    String all = String.join("\n", read);
    assertThat(all.split(java.util.regex.Pattern.quote(head), -1)).as("the greeting delivered once").hasSize(2);
  }

  @Test
  void aNewFollowersSubscribeAndFirstTextRacingOnTwoInstancesOpenOneConversationWithOneGreeting() throws Exception {
    long conversationsBefore = count("SELECT count(*) FROM conversations WHERE channel = 'wechat'");
    List<String> users = new ArrayList<>();
    for (int k = 0; k < 6; k++) {
      String user = openId();
      users.add(user);
      // Two first messages of one new follower, one on each instance, at the same moment: both find no conversation.
      String subscribe = WeChatClient.event(user, "subscribe", "", WeChatClient.epochSeconds());
      String text = WeChatClient.text(user, WebChatFlowTestSupport.FIRST, WeChatClient.nextMsgId());
      List<WeChatClient.Answer> answers = k % 2 == 0
          ? atOnce(List.of(() -> toA.push(subscribe), () -> toB.push(text)))
          : atOnce(List.of(() -> toB.push(subscribe), () -> toA.push(text)));
      assertThat(answers).allMatch(x -> x.status() == 200);
    }
    assertThat(count("SELECT count(*) FROM conversations WHERE channel = 'wechat'"))
        .as("one conversation per follower, none leaked by the instance that lost").isEqualTo(conversationsBefore + 6);
    assertThat(count(ORPHANS)).isZero();
    for (String user : users) {
      String conversation = conversationOf(user);
      assertThat(conversation).isNotNull();
      assertThat(texts(conversation, "in")).as("the text's turn, once").containsExactly(WebChatFlowTestSupport.FIRST);
      List<String> out = texts(conversation, "out");
      assertThat(out.stream().filter(out.get(0)::equals)).as("one greeting stored").hasSize(1);
    }
  }

  @Test
  void aSlowTurnIsAnsweredSuccessAndItsReplyFollowsAsACustomerServiceMessage() throws Exception {
    String user = openId();
    toA.push(WeChatClient.text(user, "你好", WeChatClient.nextMsgId()));
    UUID conversation = (UUID) TestPostgres.value(db, "SELECT id FROM conversations WHERE channel = 'wechat' "
        + "ORDER BY created_at DESC, id LIMIT 1");
    int before = wechat.textsTo(user).size();
    // Another turn of the same conversation holds its lock for longer than the passive budget.
    try (Connection c = TestPostgres.connect(db)) {
      c.setAutoCommit(false);
      try (Statement s = c.createStatement()) {
        s.execute("SELECT id FROM conversations WHERE id = '" + conversation + "' FOR UPDATE");
      }
      ExecutorService one = Executors.newSingleThreadExecutor();
      Future<WeChatClient.Answer> slow = one.submit(() -> toA.push(WeChatClient.text(user, "查询进度",
          WeChatClient.nextMsgId())));
      WeChatClient.Answer answer = slow.get();
      assertThat(answer.body()).isEqualTo("success");
      c.rollback();
      one.shutdown();
    }
    for (int i = 0; i < 50 && wechat.textsTo(user).size() == before; i++) {
      sleep(100);
    }
    assertThat(wechat.textsTo(user).stream().skip(before)).anyMatch(t -> t.contains("案件编号"));
  }

  @Test
  void staffWritingIntoATakenOverConversationReachesWeChatOnceAndTheBotStaysSilent() {
    String user = openId();
    // Everything the gateway answers to the request for a person has arrived before staff write.
    say(toA, user, "人工");
    UUID conversation = (UUID) TestPostgres.value(db, "SELECT id FROM conversations WHERE channel = 'wechat' "
        + "ORDER BY created_at DESC, id LIMIT 1");
    int before = wechat.textsTo(user).size();
    // What the staff API does when a member of staff takes over and writes.
    TestPostgres.jdbc(db, c -> {
      try (Statement s = c.createStatement()) {
        s.execute("UPDATE conversations SET owner = 'staff:alice' WHERE id = '" + conversation + "'");
        s.execute("INSERT INTO messages (conversation_id, channel, direction, author, body, created_at) VALUES ('"
            + conversation + "', 'wechat', 'out', 'staff:alice', '" + a.atRest().sealBody(new io.vertx.core.json.JsonObject()
                .put("text", "您好，我是值班员，请问河水现在是什么颜色？").put("buttons", new io.vertx.core.json.JsonArray())).encode()
            + "', "
            + TestClock.sqlNow() + ")");
        s.execute("INSERT INTO events (kind, conversation_id, at) VALUES ('conversation_message', '" + conversation
            + "', " + TestClock.sqlNow() + ")");
      }
      return null;
    });
    for (int i = 0; i < 50 && wechat.textsTo(user).size() == before; i++) {
      sleep(100);
    }
    sleep(500);
    List<String> sent = wechat.textsTo(user).subList(before, wechat.textsTo(user).size());
    assertThat(sent).as("delivered once although both instances were woken").containsExactly(
        "您好，我是值班员，请问河水现在是什么颜色？");

    WeChatClient.Answer reply = toB.push(WeChatClient.text(user, "黑色的，还有臭味", WeChatClient.nextMsgId()));
    assertThat(reply.body()).isEqualTo("success");
    sleep(300);
    assertThat(wechat.textsTo(user)).hasSize(before + 1);
    assertThat(org.ecopetition.gateway.support.Sealed.messageTexts(db, a, "conversation_id = '" + conversation
        + "' AND direction = 'in'")).filteredOn("黑色的，还有臭味"::equals).hasSize(1);
    assertThat(wechat.tokenCalls.get("wechat:" + WeChatClient.APP_ID).get()).as("one stable_token for both instances")
        .isEqualTo(1);
  }

  @Test
  void aTextLongerThanAChatMessageIsAnsweredToSendItInPartsAndIsNotKept() {
    String user = openId();
    // A pasted document: 4,500 characters, about 13 KB (the chat's limit is 4,096 bytes; WeChat's envelope 64 KB).
    String pasted = "河边那家化工厂每天夜里偷排废水，".repeat(280);
    WeChatClient.Answer answer = toA.push(WeChatClient.text(user, pasted, WeChatClient.nextMsgId()));
    assertThat(answer.status()).isEqualTo(200);
    assertThat(answer.content()).contains("太长").contains("分几次发送");
    assertThat(perConversation(pasted)).as("not kept").isZero();
    // A look-alike within the limit (1,200 characters, 3.6 KB) is a turn as any message.
    String within = "河边那家化工厂每天夜里偷排废水，".repeat(75);
    assertThat(WebChatFlowTestSupport.texts(say(toA, user, within))).doesNotContain("太长");
    assertThat(perConversation(within)).isEqualTo(1);
  }

  @Test
  void forgedStaleHostileOrOversizedPushesAreRefusedWithNothingProcessedAndNoStackTrace() {
    Logger root = (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
    ListAppender<ILoggingEvent> log = new ListAppender<>();
    log.start();
    root.addAppender(log);
    long conversations = count("SELECT count(*) FROM conversations");
    long seen = count("SELECT count(*) FROM inbound_seen");
    try {
      String user = openId();
      String msg = WeChatClient.text(user, "村口的电镀厂往河里排废水", WeChatClient.nextMsgId());
      assertThat(toA.push(msg, WeChatClient.epochSeconds(), "forged-token").status()).isEqualTo(401);
      assertThat(toA.push(msg, WeChatClient.epochSeconds() - 3_600, WeChatClient.TOKEN).status()).isEqualTo(401);
      assertThat(toA.push(msg, WeChatClient.epochSeconds() + 3_600, WeChatClient.TOKEN).status()).isEqualTo(401);

      String xxe = "<?xml version=\"1.0\"?><!DOCTYPE xml [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>"
          + "<xml><ToUserName><![CDATA[" + WeChatClient.ACCOUNT + "]]></ToUserName><FromUserName><![CDATA[" + user
          + "]]></FromUserName><CreateTime>" + WeChatClient.epochSeconds() + "</CreateTime><MsgType><![CDATA[text]]></MsgType>"
          + "<Content>&x;</Content><MsgId>" + WeChatClient.nextMsgId() + "</MsgId></xml>";
      // Inner: a hostile message encrypted and signed correctly.
      assertThat(toA.push(xxe).status()).isEqualTo(400);
      // Outer: the envelope itself carries the entity.
      String ts = Long.toString(WeChatClient.epochSeconds());
      String enc = new WxCryptUtil(WeChatClient.TOKEN, WeChatClient.AES_KEY, WeChatClient.APP_ID).encryptContext(msg)
          .getEncrypt();
      String query = "signature=" + SHA1.gen(WeChatClient.TOKEN, ts, "5") + "&timestamp=" + ts + "&nonce=5"
          + "&encrypt_type=aes&msg_signature=" + SHA1.gen(WeChatClient.TOKEN, ts, "5", enc);
      assertThat(toA.post(query, "<!DOCTYPE xml [<!ENTITY x SYSTEM \"file:///etc/passwd\">]><xml><Encrypt><![CDATA["
          + enc + "]]></Encrypt><X>&x;</X></xml>").status()).isEqualTo(400);
      // A billion laughs never expands: the DOCTYPE alone is refused.
      assertThat(toA.post(query, "<!DOCTYPE xml [<!ENTITY a \"aaaaaaaaaa\"><!ENTITY b \"&a;&a;&a;&a;&a;&a;\">]>"
          + "<xml><Encrypt><![CDATA[" + enc + "]]></Encrypt><X>&b;</X></xml>").status()).isEqualTo(400);
      assertThat(toA.post(query, "<xml><Encrypt>" + enc + "</Encrypt").status()).isEqualTo(400);
      assertThat(toA.post(query, "<xml><Encrypt><![CDATA[" + enc + "]]></Encrypt><Pad>" + "x".repeat(70_000)
          + "</Pad></xml>").status()).isEqualTo(413);
      // The right envelope, but encrypted for another AppId.
      String other = new WxCryptUtil(WeChatClient.TOKEN, WeChatClient.AES_KEY, "wx0000000000000000").encryptContext(msg)
          .getEncrypt();
      assertThat(toA.post("signature=" + SHA1.gen(WeChatClient.TOKEN, ts, "6") + "&timestamp=" + ts
          + "&nonce=6&encrypt_type=aes&msg_signature=" + SHA1.gen(WeChatClient.TOKEN, ts, "6", other),
          "<xml><Encrypt><![CDATA[" + other + "]]></Encrypt></xml>").status()).isEqualTo(400);
    } finally {
      root.detachAppender(log);
    }
    assertThat(count("SELECT count(*) FROM conversations")).isEqualTo(conversations);
    assertThat(count("SELECT count(*) FROM inbound_seen")).isEqualTo(seen);
    assertThat(log.list).noneMatch(e -> e.getThrowableProxy() != null);
    assertThat(log.list.stream().map(ILoggingEvent::getFormattedMessage)).noneMatch(m -> m.contains("Exception")
        || m.contains("passwd") || m.contains("电镀厂"));
  }
}
