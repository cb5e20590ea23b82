package org.ecopetition.gateway.channel.messaging;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpServer;
import io.vertx.core.json.JsonObject;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import org.ecopetition.gateway.channel.webchat.WebChatFlowTestSupport;
import org.ecopetition.gateway.nlp.Redaction;
import org.ecopetition.gateway.support.StaffGatewayExtension;
import org.ecopetition.gateway.support.TestClock;
import org.ecopetition.gateway.support.WeChatClient;
import org.ecopetition.gateway.support.WeChatStub;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.slf4j.LoggerFactory;

/**
 * Issue 11 §2 with correction 11 on the messaging channels: a petitioner on WeChat, and one by SMS, first write a
 * distinctive name, a phone in Chinese numerals and an address, then choose to report anonymously. None of it is in
 * any column of any table, the case, the case list, the conversation staff open, the export or the log; the sender's
 * OpenID or mobile number is in none of those either in clear (it is kept sealed, only to reply: the replies still
 * reach the sender).
 */
class ChannelAnonymousCanaryTest {
  private static final String INBOUND = "inbound-token-0123456789";
  private static final Vertx VERTX = Vertx.vertx();
  private static final WeChatStub WECHAT = new WeChatStub(VERTX);
  private static final List<JsonObject> SMS = new CopyOnWriteArrayList<>();
  private static final HttpServer SMS_GATEWAY = VERTX.createHttpServer().requestHandler(req -> req.body().onSuccess(b -> {
    SMS.add(b.toJsonObject());
    req.response().putHeader("Content-Type", "application/json").end("{\"id\":\"sms-" + SMS.size() + "\"}");
  })).listen(0, "127.0.0.1").await();
  private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

  @RegisterExtension
  static final StaffGatewayExtension GW = new StaffGatewayExtension(null, env -> {
    env.put("GATEWAY_WECHAT_TOKEN", WeChatClient.TOKEN);
    env.put("GATEWAY_WECHAT_ENCODING_AES_KEY", WeChatClient.AES_KEY);
    env.put("GATEWAY_WECHAT_APP_ID", WeChatClient.APP_ID);
    env.put("GATEWAY_WECHAT_APP_SECRET", "app-secret-for-tests");
    env.put("GATEWAY_WECHAT_API_BASE", WECHAT.base());
    env.put("GATEWAY_WECHAT_PASSIVE_REPLY_MILLIS", "1500");
    env.put("GATEWAY_SMS_URL", "http://127.0.0.1:" + SMS_GATEWAY.actualPort() + "/sms");
    env.put("GATEWAY_SMS_TOKEN", "out-token");
    env.put("GATEWAY_SMS_INBOUND_TOKEN", INBOUND);
  });

  @AfterAll
  static void stop() {
    WECHAT.close();
    SMS_GATEWAY.close().await();
    VERTX.close().await();
  }

  /** Answers that turn the report anonymous at the summary, after the identity was given. */
  private static final Map<String, String> ANONYMOUS = Map.of("请核对…反映方式：实名反映", "修改 反映方式", "愿意留下姓名",
      "匿名反映");

  private record Canary(String name, String address, String typedPhone, String sender) {
    String first() {
      return "我叫" + name + "，电话" + typedPhone + "，家住" + address + "。村口的电镀厂每天夜里往河里排黄色的废水，水都发黑了";
    }

    boolean leaks(String text) {
      return typedIdentityIn(text) || text.contains(sender);
    }

    boolean typedIdentityIn(String text) {
      String digits = Redaction.Digits.read(text).replaceAll("[\\s\\-]", "");
      String typed = Redaction.Digits.read(typedPhone).replaceAll("[\\s\\-]", "");
      return text.contains(name) || text.contains(address) || digits.contains(typed.substring(3));
    }
  }

  @Test
  void anAnonymousReportOnWeChatLeavesNoIdentityAndNoOpenIdInClear() {
    String openId = "oCanary" + UUID.randomUUID().toString().replace("-", "").substring(0, 20);
    Canary c = new Canary("阙秋棠", "梧桐巷17号", "一三七 四六二九 五八零一", openId);
    WeChatClient client = new WeChatClient(GW.gateway().port(), true);
    // Following the account and tapping the menu are events, de-duplicated by a key made of the OpenID.
    assertThat(client.push(WeChatClient.event(openId, "subscribe", "", WeChatClient.epochSeconds())).status()).isEqualTo(200);
    assertThat(client.push(WeChatClient.event(openId, "CLICK", "我要反映", WeChatClient.epochSeconds())).status()).isEqualTo(200);
    check(c, text -> replies(() -> WECHAT.textsTo(openId), () -> {
      WeChatClient.Answer a = client.push(WeChatClient.text(openId, text, WeChatClient.nextMsgId()));
      assertThat(a.status()).isEqualTo(200);
      return a.content();
    }), "wechat");
  }

  @Test
  void anAnonymousReportBySmsLeavesNoIdentityAndNoSenderNumberInClear() {
    String phone = "1392" + String.format("%07d", Math.abs(UUID.randomUUID().getMostSignificantBits() % 10_000_000L));
    Canary c = new Canary("甄暮云", "银杏里23号", "一五八 三七二六 九一四零", phone);
    check(c, text -> replies(() -> SMS.stream().filter(m -> phone.equals(m.getString("to")))
        .map(m -> m.getString("text")).toList(), () -> {
          sms(phone, text, UUID.randomUUID().toString());
          return null;
        }), "sms");
  }

  private static void check(Canary c, Function<String, List<JsonObject>> say, String channel) {
    Logger root = (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
    ListAppender<ILoggingEvent> appender = new ListAppender<>();
    appender.start();
    root.addAppender(appender);
    String transcript;
    List<String> summaries = new ArrayList<>();
    try {
      transcript = WebChatFlowTestSupport.drive(say, c.first(), ANONYMOUS, summaries::add);
    } finally {
      root.detachAppender(appender);
    }
    Matcher m = WebChatFlowTestSupport.CASE.matcher(transcript);
    assertThat(m.find()).as(transcript).isTrue();
    String number = m.group(1);
    assertThat(summaries).hasSize(1);
    assertThat(c.leaks(summaries.get(0))).as(summaries.get(0)).isFalse();
    assertThat(GW.value("SELECT anonymous FROM cases WHERE case_number = '" + number + "'")).isEqualTo(true);
    assertThat(GW.value("SELECT channel FROM cases WHERE case_number = '" + number + "'")).isEqualTo(channel);
    // The sender is kept to reply, sealed: the identity row exists, and the receipt reached the sender.
    assertThat(((Number) GW.value("SELECT count(*) FROM channel_identities i JOIN cases k ON k.conversation_id = "
        + "i.conversation_id WHERE k.case_number = '" + number + "'")).intValue()).isEqualTo(1);

    // As stored, neither the identity typed nor the sender; opened, the identity nowhere, the sender only in the
    // sealed row kept to reply (correction 11).
    for (String t : org.ecopetition.gateway.support.Sealed.everyTableAsStored(GW.db())) {
      assertThat(c.leaks(t)).as(t).isFalse();
    }
    for (String t : org.ecopetition.gateway.support.Sealed.everyTable(GW.db(), GW.gateway())) {
      assertThat(t.startsWith("channel_identities:") ? c.typedIdentityIn(t) : c.leaks(t)).as(t).isFalse();
    }
    String conversation = String.valueOf(GW.value("SELECT conversation_id FROM cases WHERE case_number = '" + number
        + "'"));
    String today = TestClock.TODAY.toString();
    for (String view : new String[] {"/cases/" + number, "/cases?q=" + number, "/cases", "/cases/" + number + "/history",
        "/workspace/conversations/" + conversation, "/export?from=" + today + "&to=" + today}) {
      var r = GW.staff().get(view);
      assertThat(r.statusCode()).as(view + " " + r.bodyAsString()).isEqualTo(200);
      assertThat(c.leaks(r.bodyAsString())).as(view + ": " + r.bodyAsString()).isFalse();
    }
    assertThat(GW.staff().get("/export?from=" + today + "&to=" + today).bodyAsString()).contains(number);

    StringBuilder log = new StringBuilder();
    for (ILoggingEvent e : appender.list) {
      log.append(e.getFormattedMessage()).append('\n');
      if (e.getThrowableProxy() != null) {
        log.append(e.getThrowableProxy().getMessage()).append('\n');
      }
    }
    assertThat(c.leaks(log.toString())).as(log.toString()).isFalse();
  }

  /** Sends one message and gathers what comes back: the passive reply, then what the platform delivers. */
  private static List<JsonObject> replies(Supplier<List<String>> delivered, Supplier<String> send) {
    int before = delivered.get().size();
    String passive = send.get();
    List<JsonObject> out = new ArrayList<>();
    if (passive != null) {
      out.add(new JsonObject().put("text", passive));
    } else {
      long end = System.nanoTime() + 15_000_000_000L;
      while (delivered.get().size() == before && System.nanoTime() < end) {
        sleep(50);
      }
    }
    int last = -1;
    for (int i = 0; i < 40 && delivered.get().size() != last; i++) {
      last = delivered.get().size();
      sleep(250);
    }
    delivered.get().stream().skip(before).forEach(t -> out.add(new JsonObject().put("text", t)));
    return out;
  }

  private static void sms(String phone, String text, String id) {
    try {
      HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + GW.gateway().port()
              + "/api/v1/sms/inbound")).header("Authorization", "Bearer " + INBOUND)
          .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(new JsonObject()
              .put("from", phone).put("text", text).put("id", id).encode())).build(),
          HttpResponse.BodyHandlers.ofString());
      assertThat(r.statusCode()).as(r.body()).isEqualTo(202);
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }


  private static void sleep(long ms) {
    try {
      Thread.sleep(ms);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
