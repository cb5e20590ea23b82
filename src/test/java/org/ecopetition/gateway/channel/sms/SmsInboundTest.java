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
    String msg = new JsonObject().put("from", "+8613912345678").put("text", "南京市镇上的造纸厂把黑水排进河里好几天了")
        .put("id", "up-1").encode();
    assertThat(post(INBOUND, msg)).isEqualTo(202);
    assertThat(post(INBOUND, msg)).isEqualTo(202);
    waitFor("13912345678", 1);
    List<String> replies = textsTo("13912345678");
    assertThat(replies).isNotEmpty().allMatch(t -> t.codePointCount(0, t.length()) <= 120);
    assertThat(String.join("\n", replies)).contains("哪个区").containsPattern("\\n1\\. ").contains("回复数字即可选择");
    assertThat(((Number) TestPostgres.value(db, "SELECT count(*) FROM messages WHERE direction = 'in'")).longValue())
        .isEqualTo(1);

    int before = replies.size();
    assertThat(post(INBOUND, new JsonObject().put("from", "13912345678").put("text", "1").put("id", "up-2").encode()))
        .isEqualTo(202);
    waitFor("13912345678", before + 1);
    assertThat(textsTo("13912345678").size()).isGreaterThan(before);
    assertThat(((Number) TestPostgres.value(db, "SELECT count(DISTINCT conversation_id) FROM messages WHERE direction = 'in'"))
        .longValue()).as("one conversation per mobile number").isEqualTo(1);
    assertThat(((Number) TestPostgres.value(db, "SELECT count(*) FROM messages WHERE body::text LIKE '%13912345678%'"))
        .longValue()).isZero();
    assertThat(org.ecopetition.gateway.support.Sealed.messageTexts(db, g, "true"))
        .as("opened, the texts hold no sender either").isNotEmpty().noneMatch(t -> t.contains("13912345678"));
  }

  @Test
  void aWrongTokenOrAMalformedMessageIsRefused() throws Exception {
    String ok = new JsonObject().put("from", "13700000000").put("text", "你好").put("id", "up-9").encode();
    assertThat(post("wrong", ok)).isEqualTo(401);
    assertThat(post(INBOUND, "{not json")).isEqualTo(400);
    assertThat(post(INBOUND, new JsonObject().put("from", "010-1234567").put("text", "你好").put("id", "x").encode()))
        .isEqualTo(400);
    assertThat(post(INBOUND, new JsonObject().put("from", "13700000000").put("text", " ").put("id", "x").encode()))
        .isEqualTo(400);
    assertThat(textsTo("13700000000")).isEmpty();
  }
}
