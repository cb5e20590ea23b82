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
 * Without {@code deployment.publicUrl} the privacy notice's link would be a dead relative path on a phone: the start
 * warns once, naming the setting, and WeChat and SMS are told where to read the full text instead
 * ({@link ChannelPrivacyNoticeTest} is the other way: the link, absolute).
 */
class ChannelPrivacyNoticeWithoutUrlTest {
  private static final String INBOUND = "inbound-token-nourl-0123";
  private static final List<JsonObject> SMS = new CopyOnWriteArrayList<>();
  private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
  private static final ch.qos.logback.core.read.ListAppender<ch.qos.logback.classic.spi.ILoggingEvent> LOG =
      new ch.qos.logback.core.read.ListAppender<>();
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
    env.put("GATEWAY_DEPLOYMENT_PUBLIC_URL", "");
    ch.qos.logback.classic.Logger root = (ch.qos.logback.classic.Logger) org.slf4j.LoggerFactory.getLogger(
        org.slf4j.Logger.ROOT_LOGGER_NAME);
    LOG.start();
    root.addAppender(LOG);
    try {
      gateway = TestGateway.start(env);
    } finally {
      root.detachAppender(LOG);
    }
  }

  @AfterAll
  static void stop() {
    gateway.close();
    smsGateway.close().await();
    wechat.close();
    vertx.close().await();
  }

  @Test
  void theStartWarnsOnceNamingTheSettingAndNothingElse() {
    List<ch.qos.logback.classic.spi.ILoggingEvent> warned = LOG.list.stream()
        .filter(e -> e.getLevel() == ch.qos.logback.classic.Level.WARN
            && e.getFormattedMessage().contains("deployment.publicUrl")).toList();
    assertThat(warned).hasSize(1);
    assertThat(warned.get(0).getFormattedMessage()).contains("GATEWAY_DEPLOYMENT_PUBLIC_URL").contains("privacy");
  }

  @Test
  void smsAndWeChatAreToldWhereToReadTheFullNoticeWithNoDeadLink() throws Exception {
    String phone = "1391" + String.format("%07d", Math.abs(UUID.randomUUID().getMostSignificantBits() % 10_000_000L));
    String sms = String.join("\n", sms(phone, "南京市镇上的造纸厂把黑水排进河里好几天了"));
    assertThat(sms).contains("仅承办人员可见").contains("全文可在生态环境部门网站或信访接待场所查阅")
        .doesNotContain("privacy.html").doesNotContain("全文：/");
    assertThat(sms.lines().toList()).allMatch(l -> l.codePointCount(0, l.length()) <= 120);

    WeChatClient client = new WeChatClient(gateway.port(), true);
    String user = "oNoUrl" + UUID.randomUUID().toString().replace("-", "").substring(0, 20);
    WeChatClient.Answer a = client.push(WeChatClient.text(user,
        "Since last week a factory in Nanjing dumps black water into the river", WeChatClient.nextMsgId()));
    assertThat(a.status()).isEqualTo(200);
    String first = a.content();
    for (int i = 0; i < 150 && first == null && wechat.textsTo(user).isEmpty(); i++) {
      Thread.sleep(100);
    }
    first = first != null ? first : wechat.textsTo(user).get(0);
    assertThat(first).startsWith("Your personal data").contains("petition reception office")
        .doesNotContain("privacy.html");
  }

  private static List<String> sms(String phone, String text) throws Exception {
    int before = textsTo(phone).size();
    HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + gateway.port()
            + "/api/v1/sms/inbound")).header("Authorization", "Bearer " + INBOUND)
        .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(new JsonObject()
            .put("from", phone).put("text", text).put("id", UUID.randomUUID().toString()).encode())).build(),
        HttpResponse.BodyHandlers.ofString());
    assertThat(r.statusCode()).isEqualTo(202);
    for (int i = 0; i < 150 && textsTo(phone).size() == before; i++) {
      Thread.sleep(100);
    }
    int last = -1;
    for (int i = 0; i < 20 && textsTo(phone).size() != last; i++) {
      last = textsTo(phone).size();
      Thread.sleep(250);
    }
    return textsTo(phone).subList(before, textsTo(phone).size());
  }

  private static List<String> textsTo(String phone) {
    return SMS.stream().filter(m -> phone.equals(m.getString("to"))).map(m -> m.getString("text")).toList();
  }
}
