package org.ecopetition.gateway.channel.webchat;

import static org.assertj.core.api.Assertions.assertThat;

import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.client.HttpResponse;
import io.vertx.ext.web.client.WebClient;
import io.vertx.junit5.VertxExtension;
import java.sql.ResultSet;
import java.util.List;
import org.ecopetition.gateway.Gateway;
import org.ecopetition.gateway.support.ChatClient;
import org.ecopetition.gateway.support.TestGateway;
import org.ecopetition.gateway.support.TestPostgres;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Bad input gets a clear message in the user's language, changes nothing, and the connection stays usable. */
@ExtendWith(VertxExtension.class)
class WebChatBadInputTest {
  static String dbUrl;
  static Gateway gateway;

  @BeforeAll
  static void start() {
    dbUrl = TestPostgres.freshDatabaseUrl();
    gateway = TestGateway.start(TestGateway.env(dbUrl, TestGateway.newKey()));
  }

  @AfterAll
  static void stop() {
    gateway.close();
  }

  static long messageCount() {
    return TestPostgres.jdbc(dbUrl, c -> {
      ResultSet rs = c.createStatement().executeQuery("SELECT count(*) FROM messages");
      rs.next();
      return rs.getLong(1);
    });
  }

  @Test
  void refusedFramesChangeNothingAndTheSocketStaysOpen(Vertx vertx) {
    try (ChatClient chat = ChatClient.connect(vertx, gateway.port())) {
      chat.send(new JsonObject().put("type", "message").put("text", "你好"));
      assertThat(chat.next("error").getString("code")).isEqualTo("not_started");

      chat.hello(null, "zh");
      chat.drain(300);
      chat.say("工厂排放刺鼻的废气，晚上特别严重");
      long before = messageCount();

      chat.sendRaw("{not json");
      JsonObject e1 = chat.next("error");
      assertThat(e1.getString("code")).isEqualTo("bad_json");
      assertThat(e1.getString("message")).contains("格式不正确");

      chat.send(new JsonObject().put("type", "message").put("text", "   "));
      assertThat(chat.next("error").getString("code")).isEqualTo("empty_message");

      chat.send(new JsonObject().put("type", "message").put("text", "长".repeat(1500)));
      JsonObject e3 = chat.next("error");
      assertThat(e3.getString("code")).isEqualTo("message_too_long");
      assertThat(e3.getString("message")).contains("太长");

      chat.send(new JsonObject().put("type", "dance"));
      assertThat(chat.next("error").getString("code")).isEqualTo("unknown_type");

      chat.send(new JsonObject().put("type", "message").put("text", 42));
      assertThat(chat.next("error").getString("code")).isEqualTo("bad_json");

      assertThat(messageCount()).isEqualTo(before);
      assertThat(chat.isClosed()).isFalse();
      // Still usable: the dialog goes on where it was (asking the place the first message did not give).
      assertThat(before).isPositive();
      List<JsonObject> replies = chat.say("江苏省南京市江宁区秣陵街道");
      assertThat(WebChatFlowTest.texts(replies)).doesNotContain("问题发生在哪里").doesNotContain("没能识别");
    }
  }

  @Test
  void aForgedTokenIsRefusedInTheUsersLanguageAndANewConversationCanStart(Vertx vertx) {
    try (ChatClient chat = ChatClient.connect(vertx, gateway.port())) {
      JsonObject err = chat.hello("A".repeat(43), "en");
      assertThat(err.getString("type")).isEqualTo("error");
      assertThat(err.getString("code")).isEqualTo("unknown_conversation");
      assertThat(err.getString("message")).contains("unknown");
      JsonObject err2 = chat.hello("not-even-a-token", "zh");
      assertThat(err2.getString("message")).contains("会话已失效");
      JsonObject welcome = chat.hello(null, "zh");
      assertThat(welcome.getString("type")).isEqualTo("welcome");
    }
  }

  @Test
  void aWrongQueryCodeInTheChatIsAnsweredAndTheDialogGoesOn(Vertx vertx) {
    try (ChatClient chat = ChatClient.connect(vertx, gateway.port())) {
      chat.hello(null, "zh");
      chat.drain(300);
      chat.say("查询进度");
      assertThat(WebChatFlowTest.texts(chat.say("HB123"))).contains("案件编号格式不对");
      chat.say("HB2026010100001");
      List<JsonObject> answered = chat.say("ABCDEFGH");
      String answer = WebChatFlowTest.texts(answered);
      assertThat(answered.get(answered.size() - 1).encode()).contains("查询其他案件").contains("新的反映");
      assertThat(answer).contains("未找到该案件，或查询码不正确");
      // Nothing had been answered in the report yet: what may come next is offered, not the intake's question
      // (issue 13 §7).
      assertThat(answer).doesNotContain("请描述发生了什么")
          .doesNotContain("我们继续刚才的反映");
    }
  }

  @Test
  void httpFallbackRefusalsAreClearAndInTheUsersLanguage(Vertx vertx) {
    WebClient http = WebClient.create(vertx);
    int port = gateway.port();
    HttpResponse<Buffer> opened = http.post(port, "127.0.0.1", "/api/v1/chat/conversations")
        .sendJsonObject(new JsonObject().put("lang", "en")).await();
    assertThat(opened.statusCode()).isEqualTo(201);
    String token = opened.bodyAsJsonObject().getString("token");
    long before = messageCount();

    HttpResponse<Buffer> badJson = http.post(port, "127.0.0.1", "/api/v1/chat/messages")
        .putHeader("Accept-Language", "en").sendBuffer(Buffer.buffer("{oops")).await();
    assertThat(badJson.statusCode()).isEqualTo(400);
    assertThat(badJson.bodyAsJsonObject().getJsonObject("error").getString("message")).contains("not valid JSON");

    HttpResponse<Buffer> tooLong = http.post(port, "127.0.0.1", "/api/v1/chat/messages")
        .sendJsonObject(new JsonObject().put("token", token).put("text", "x".repeat(5000))).await();
    assertThat(tooLong.statusCode()).isEqualTo(413);
    assertThat(tooLong.bodyAsJsonObject().getJsonObject("error").getString("code")).isEqualTo("message_too_long");

    HttpResponse<Buffer> empty = http.post(port, "127.0.0.1", "/api/v1/chat/messages")
        .sendJsonObject(new JsonObject().put("token", token).put("text", "")).await();
    assertThat(empty.statusCode()).isEqualTo(400);

    HttpResponse<Buffer> forged = http.post(port, "127.0.0.1", "/api/v1/chat/messages")
        .sendJsonObject(new JsonObject().put("token", "B".repeat(43)).put("text", "hello")).await();
    assertThat(forged.statusCode()).isEqualTo(404);
    assertThat(forged.bodyAsJsonObject().getJsonObject("error").getString("code")).isEqualTo("unknown_conversation");

    HttpResponse<Buffer> huge = http.post(port, "127.0.0.1", "/api/v1/chat/messages")
        .sendBuffer(Buffer.buffer("{\"text\":\"" + "x".repeat(200_000) + "\"}")).await();
    assertThat(huge.statusCode()).isEqualTo(413);

    assertThat(messageCount()).isEqualTo(before);

    HttpResponse<Buffer> ok = http.post(port, "127.0.0.1", "/api/v1/chat/messages")
        .sendJsonObject(new JsonObject().put("token", token).put("text", "The factory dumps waste water into the river at night")
            .put("clientMsgId", "m-1")).await();
    assertThat(ok.statusCode()).isEqualTo(200);
    assertThat(ok.bodyAsString()).contains("Where is the problem?");
  }
}
