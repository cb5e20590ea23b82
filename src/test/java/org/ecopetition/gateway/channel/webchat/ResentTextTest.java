package org.ecopetition.gateway.channel.webchat;

import static org.assertj.core.api.Assertions.assertThat;

import io.vertx.core.Vertx;
import io.vertx.junit5.VertxExtension;
import org.ecopetition.gateway.Gateway;
import org.ecopetition.gateway.support.ChatClient;
import org.ecopetition.gateway.support.TestGateway;
import org.ecopetition.gateway.support.TestPostgres;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A petitioner on a weak signal: the text just answered arrives again with a new message id (the page or the phone
 * retried, over the real WebSocket). Where it is no answer to the question now asked, that question is shown again and
 * nothing is filed; where it is one (不清楚 to two questions that take it), it is taken as usual.
 */
@ExtendWith(VertxExtension.class)
class ResentTextTest {
  static Gateway gateway;

  @BeforeAll
  static void start() {
    gateway = TestGateway.start(TestGateway.env(TestPostgres.freshDatabaseUrl(), TestGateway.newKey()));
  }

  @AfterAll
  static void stop() {
    gateway.close();
  }

  static String say(ChatClient chat, String text) {
    return WebChatFlowTestSupport.texts(chat.say(text));
  }

  @Test
  void aNameSentAgainIsNotTheAddress(Vertx vertx) {
    try (ChatClient chat = ChatClient.connect(vertx, gateway.port())) {
      chat.hello(null, "zh");
      chat.drain(300);
      assertThat(say(chat, "江苏省南京市江宁区秣陵街道的河最近一个月变黑发臭，是旁边的宏达化工厂排的，二十多户受影响，希望尽快查处"))
          .contains("您愿意留下姓名");
      assertThat(say(chat, "实名反映")).contains("您的姓名");
      assertThat(say(chat, "李秀英")).contains("您的住址");
      String again = say(chat, "李秀英");
      assertThat(again).contains("已经收到").contains("您的住址").doesNotContain("联系电话");
      assertThat(say(chat, "南京市江宁区秣陵街道某小区3栋")).contains("联系电话");
      String summary = say(chat, "13912345678");
      summary = summary.contains("请核对") ? summary : say(chat, "不同意透露");
      assertThat(summary).contains("姓名：李秀英").contains("住址：南京市江宁区秣陵街道某小区3栋");
    }
  }

  @Test
  void anEnglishNameSentAgainIsNotTheAddress(Vertx vertx) {
    try (ChatClient chat = ChatClient.connect(vertx, gateway.port())) {
      chat.hello(null, "en");
      chat.drain(300);
      String first = say(chat, "The river in 江苏省南京市江宁区秣陵街道 has been black and smelly for a month, the Hongda chemical "
          + "plant next to it pours its waste in, about twenty households are affected, please investigate");
      if (first.contains("Since when")) {
        first = say(chat, "since last month");
      }
      assertThat(first).contains("Would you like to leave your name");
      assertThat(say(chat, "Give my name")).contains("your name");
      assertThat(say(chat, "Mary Chen")).contains("your address");
      String again = say(chat, "Mary Chen");
      assertThat(again).contains("We already have that message").contains("your address").doesNotContain("phone");
    }
  }

  @Test
  void theSameAnswerToTwoQuestionsThatTakeItIsTakenTwice(Vertx vertx) {
    try (ChatClient chat = ChatClient.connect(vertx, gateway.port())) {
      chat.hello(null, "zh");
      chat.drain(300);
      assertThat(say(chat, "江苏省南京市江宁区秣陵街道村口的小河上个月开始变黑了还发臭")).contains("是谁造成的");
      assertThat(say(chat, "不清楚")).contains("多少人");
      String second = say(chat, "不清楚");
      assertThat(second).doesNotContain("已经收到").contains("您希望怎样处理");
    }
  }
  /**
   * Both sides of a retry: the same frame again under its clientMsgId is the same turn (the same ack, no reply of its
   * own, nothing asked twice), while the same don't-know typed anew to the question that followed is that question's
   * reply (its own "please choose"), not "已经收到".
   */
  @Test
  void aRetryIsOneTurnButTheSameDontKnowToANewQuestionIsItsReply(Vertx vertx) {
    try (ChatClient chat = ChatClient.connect(vertx, gateway.port())) {
      chat.hello(null, "zh");
      chat.drain(300);
      assertThat(say(chat, "苏州市吴中区木渎镇有家砂石场天天半夜装车，灰尘特别大，今年春天开始的，希望管一管")).contains("多少人");
      io.vertx.core.json.JsonObject frame = new io.vertx.core.json.JsonObject().put("type", "message").put("text", "说不清")
          .put("clientMsgId", "retry-1");
      chat.send(frame);
      java.util.List<io.vertx.core.json.JsonObject> firstFrames = chat.drain(1500);
      io.vertx.core.json.JsonObject first = ack(firstFrames);
      assertThat(WebChatFlowTestSupport.texts(firstFrames)).contains("您愿意留下姓名");
      chat.send(frame);
      java.util.List<io.vertx.core.json.JsonObject> againFrames = chat.drain(1500);
      io.vertx.core.json.JsonObject again = ack(againFrames);
      assertThat(again.getLong("id")).isEqualTo(first.getLong("id"));
      assertThat(again.getLong("last")).isEqualTo(first.getLong("last"));
      assertThat(againFrames).noneMatch(m -> "message".equals(m.getString("type")));
      String reply = say(chat, "说不清");
      assertThat(reply).doesNotContain("已经收到").contains("请选择“实名反映”或“匿名反映”");
      assertThat(say(chat, "匿名反映")).contains("请核对").contains("影响范围：不清楚");
    }
  }

  private static io.vertx.core.json.JsonObject ack(java.util.List<io.vertx.core.json.JsonObject> frames) {
    return frames.stream().filter(m -> "ack".equals(m.getString("type"))).findFirst()
        .orElseThrow(() -> new AssertionError("no ack in " + frames));
  }
}
