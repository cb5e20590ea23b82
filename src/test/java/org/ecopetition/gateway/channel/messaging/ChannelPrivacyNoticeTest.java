package org.ecopetition.gateway.channel.messaging;

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
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import org.ecopetition.gateway.Gateway;
import org.ecopetition.gateway.support.TestGateway;
import org.ecopetition.gateway.support.TestPostgres;
import org.ecopetition.gateway.support.WeChatClient;
import org.ecopetition.gateway.support.WeChatStub;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Issue 13 §11 on WeChat and SMS: a new conversation is told the privacy notice (what is collected, why, who sees it,
 * Art 23/24/42, the full text's address) before any question, once; by SMS in its short form, each line within one
 * SMS (70 characters), so that parts cut between lines at {@code sms.replyMaxChars} keep it whole.
 */
class ChannelPrivacyNoticeTest {
  private static final String INBOUND = "inbound-token-0123456789";
  private static final String FULL = "https://petition.example.gov.cn/privacy.html";
  private static final List<JsonObject> SMS = new CopyOnWriteArrayList<>();
  private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
  private static Vertx vertx;
  private static HttpServer smsGateway;
  private static WeChatStub wechat;
  private static Gateway gateway;

  @BeforeAll
  static void start() {
    vertx = Vertx.vertx();
    wechat = new WeChatStub(vertx);
    smsGateway = vertx.createHttpServer().requestHandler(req -> req.body().onSuccess(b -> {
      SMS.add(b.toJsonObject());
      req.response().putHeader("Content-Type", "application/json").end("{\"id\":\"sms-" + SMS.size() + "\"}");
    })).listen(0, "127.0.0.1").await();
    Map<String, String> env = TestGateway.env(TestPostgres.freshDatabaseUrl(), TestGateway.newKey());
    env.put("GATEWAY_WECHAT_TOKEN", WeChatClient.TOKEN);
    env.put("GATEWAY_WECHAT_ENCODING_AES_KEY", WeChatClient.AES_KEY);
    env.put("GATEWAY_WECHAT_APP_ID", WeChatClient.APP_ID);
    env.put("GATEWAY_WECHAT_APP_SECRET", "app-secret-for-tests");
    env.put("GATEWAY_WECHAT_API_BASE", wechat.base());
    env.put("GATEWAY_WECHAT_PASSIVE_REPLY_MILLIS", "3000");
    env.put("GATEWAY_SMS_URL", "http://127.0.0.1:" + smsGateway.actualPort() + "/sms");
    env.put("GATEWAY_SMS_TOKEN", "out-token");
    env.put("GATEWAY_SMS_INBOUND_TOKEN", INBOUND);
    env.put("GATEWAY_SMS_REPLY_MAX_CHARS", "120");
    env.put("GATEWAY_DEPLOYMENT_PUBLIC_URL", "https://petition.example.gov.cn/");
    gateway = TestGateway.start(env);
  }

  @AfterAll
  static void stop() {
    gateway.close();
    smsGateway.close().await();
    wechat.close();
    vertx.close().await();
  }

  @Test
  void theShortNoticeFitsOneSmsPerLineAndNamesWhatTheLawRequires() {
    ChannelTexts texts = ChannelTexts.bundled();
    for (String lang : new String[] {"zh", "en"}) {
      String sms = texts.get("privacy_notice_sms", lang);
      for (String line : sms.split("\n")) {
        assertThat(line.replace("{url}", FULL).codePointCount(0, line.replace("{url}", FULL).length())).as(line)
            .isLessThanOrEqualTo(70);
      }
      for (String key : new String[] {"privacy_notice", "privacy_notice_sms"}) {
        String t = texts.get(key, lang);
        assertThat(t).containsAnyOf("23", "二十三").containsAnyOf("24", "二十四").containsAnyOf("42", "四十二")
            .contains("{url}");
      }
    }
  }

  @Test
  void aNewSmsConversationIsToldTheNoticeFirstAndOnce() throws Exception {
    String phone = "1391" + String.format("%07d", Math.abs(UUID.randomUUID().getMostSignificantBits() % 10_000_000L));
    List<String> first = sms(phone, "南京市镇上的造纸厂把黑水排进河里好几天了");
    assertThat(first).isNotEmpty().allMatch(t -> t.codePointCount(0, t.length()) <= 120);
    // Several parts: each headed by its marker, "(1/n) ".
    assertThat(first.get(0)).startsWith("(1/" + first.size() + ") 您提供的情况和身份信息仅用于办理答复").contains("第23、24条")
        .contains("第42条");
    assertThat(String.join("\n", first)).contains("全文：" + FULL);
    int notice = String.join("\n", first).indexOf("全文：");
    assertThat(String.join("\n", first).substring(notice)).as("the dialog's question follows the notice").contains("？");
    List<String> second = sms(phone, "1");
    assertThat(second).isNotEmpty().noneMatch(t -> t.contains("仅用于办理答复") || t.contains(FULL));
  }

  @Test
  void aNewWeChatConversationIsToldTheNoticeInItsFirstReplyAndOnce() {
    String user = "oPriv" + UUID.randomUUID().toString().replace("-", "").substring(0, 20);
    WeChatClient client = new WeChatClient(gateway.port(), true);
    String first = reply(client, user, "Since last week a factory in Nanjing dumps black water into the river");
    assertThat(first).startsWith("Your personal data").contains("(Art 23, 24)").contains("(Art 42)")
        .contains("Full notice: " + FULL);
    assertThat(reply(client, user, "Jiangning District, Nanjing")).doesNotContain("Your personal data")
        .doesNotContain(FULL);

    String zh = "oPriv" + UUID.randomUUID().toString().replace("-", "").substring(0, 20);
    assertThat(reply(client, zh, "村口的电镀厂每天夜里往河里排黄色的废水")).startsWith("个人信息说明")
        .contains("第二十三、二十四条").contains("第四十二条").contains("全文：" + FULL);
  }

  /** The first part of the answer: the passive reply, or the first customer-service message. */
  private static String reply(WeChatClient client, String user, String text) {
    int before = wechat.textsTo(user).size();
    WeChatClient.Answer a = client.push(WeChatClient.text(user, text, WeChatClient.nextMsgId()));
    assertThat(a.status()).isEqualTo(200);
    if (a.content() != null) {
      return a.content();
    }
    long end = System.nanoTime() + 15_000_000_000L;
    while (wechat.textsTo(user).size() == before && System.nanoTime() < end) {
      sleep(50);
    }
    return wechat.textsTo(user).get(before);
  }

  private static List<String> sms(String phone, String text) throws Exception {
    int before = textsTo(phone).size();
    HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + gateway.port()
            + "/api/v1/sms/inbound")).header("Authorization", "Bearer " + INBOUND)
        .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(new JsonObject()
            .put("from", phone).put("text", text).put("id", UUID.randomUUID().toString()).encode())).build(),
        HttpResponse.BodyHandlers.ofString());
    assertThat(r.statusCode()).isEqualTo(202);
    long end = System.nanoTime() + 15_000_000_000L;
    while (textsTo(phone).size() == before && System.nanoTime() < end) {
      sleep(50);
    }
    int last = -1;
    for (int i = 0; i < 20 && textsTo(phone).size() != last; i++) {
      last = textsTo(phone).size();
      sleep(250);
    }
    return textsTo(phone).subList(before, textsTo(phone).size());
  }

  private static List<String> textsTo(String phone) {
    return SMS.stream().filter(m -> phone.equals(m.getString("to"))).map(m -> m.getString("text")).toList();
  }

  private static void sleep(long ms) {
    try {
      Thread.sleep(ms);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
