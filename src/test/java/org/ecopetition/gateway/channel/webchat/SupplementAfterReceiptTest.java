package org.ecopetition.gateway.channel.webchat;

import static org.assertj.core.api.Assertions.assertThat;

import io.vertx.core.Vertx;
import io.vertx.junit5.VertxExtension;
import java.util.regex.Matcher;
import org.ecopetition.gateway.Gateway;
import org.ecopetition.gateway.support.ChatClient;
import org.ecopetition.gateway.support.TestGateway;
import org.ecopetition.gateway.support.TestPostgres;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Over the real WebSocket and PostgreSQL: after the receipt, a petitioner adding to the matter ("我还想补充一下…")
 * gets it on the case just registered (an entry of its history, kind {@code supplement}, with the identity typed in
 * it masked), never a second case; the reply names the case.
 */
@ExtendWith(VertxExtension.class)
class SupplementAfterReceiptTest {
  static Gateway gateway;
  static String db;

  @BeforeAll
  static void start() {
    db = TestPostgres.freshDatabaseUrl();
    gateway = TestGateway.start(TestGateway.env(db, TestGateway.newKey()));
  }

  @AfterAll
  static void stop() {
    gateway.close();
  }

  @Test
  void aSupplementAfterTheReceiptIsOnTheCaseHistoryAndNoSecondCaseIsOpened(Vertx vertx) {
    try (ChatClient chat = ChatClient.connect(vertx, gateway.port())) {
      chat.hello(null, "zh");
      chat.drain(300);
      String transcript = WebChatFlowTestSupport.report(chat);
      Matcher m = WebChatFlowTestSupport.CASE.matcher(transcript);
      assertThat(m.find()).as(transcript).isTrue();
      String number = m.group(1);
      Object conversation = TestPostgres.value(db, "SELECT conversation_id FROM cases WHERE case_number = '" + number + "'");

      String reply = WebChatFlowTestSupport.texts(
          chat.say("我还想补充一下，昨天晚上电镀厂又排了一次，邻居李小红拍了视频，她电话13987654321"));
      assertThat(reply).contains("已把您补充的内容记入案件 " + number).doesNotContain("请核对");
      String more = WebChatFlowTestSupport.texts(chat.say("忘了说，他们一般都是半夜两三点排"));
      assertThat(more).contains(number);

      assertThat(((Number) TestPostgres.value(db, "SELECT count(*) FROM cases WHERE conversation_id = '"
          + conversation + "'")).intValue()).as("cases of the conversation").isEqualTo(1);
      String history = "FROM case_events WHERE kind = 'supplement' AND case_id = (SELECT id FROM cases WHERE case_number = '"
          + number + "')";
      assertThat(((Number) TestPostgres.value(db, "SELECT count(*) " + history)).intValue()).isEqualTo(2);
      String first = (String) TestPostgres.value(db, "SELECT reason " + history + " ORDER BY id LIMIT 1");
      assertThat(first).contains("又排了一次").doesNotContain("13987654321");
      assertThat((String) TestPostgres.value(db, "SELECT actor " + history + " ORDER BY id LIMIT 1"))
          .startsWith("petitioner:");
    }
  }

  /**
   * The case raised here quoted by its number with new facts is a supplement of it (on its history, no status query);
   * with a question of progress it is the status query.
   */
  @Test
  void theCaseNumberQuotedWithNewFactsIsASupplementAndWithAQuestionAStatusQuery(Vertx vertx) {
    try (ChatClient chat = ChatClient.connect(vertx, gateway.port())) {
      chat.hello(null, "zh");
      chat.drain(300);
      Matcher m = WebChatFlowTestSupport.CASE.matcher(WebChatFlowTestSupport.report(chat));
      assertThat(m.find()).isTrue();
      String number = m.group(1);
      String history = "FROM case_events WHERE kind = 'supplement' AND case_id = (SELECT id FROM cases WHERE case_number = '"
          + number + "')";
      String added = WebChatFlowTestSupport.texts(chat.say(number + " 那个厂昨晚又排了，河面上一层黄沫"));
      assertThat(added).contains("已把您补充的内容记入案件 " + number).doesNotContain("查询码");
      assertThat((String) TestPostgres.value(db, "SELECT reason " + history + " ORDER BY id DESC LIMIT 1"))
          .contains("那个厂昨晚又排了");
      String asked = WebChatFlowTestSupport.texts(chat.say(number + " 进展如何"));
      assertThat(asked).doesNotContain("已把您补充的内容记入案件");
      assertThat(((Number) TestPostgres.value(db, "SELECT count(*) " + history)).intValue()).isEqualTo(1);
    }
  }

  /**
   * "这是另一件事" to a message held after the receipt: the new report starts from what that message said, read by the
   * gateway's extractor — the place and the polluter are not asked again.
   */
  @Test
  void anotherMatterStartsFromWhatTheHeldMessageSaid(Vertx vertx) {
    try (ChatClient chat = ChatClient.connect(vertx, gateway.port())) {
      chat.hello(null, "zh");
      chat.drain(300);
      assertThat(WebChatFlowTestSupport.CASE.matcher(WebChatFlowTestSupport.report(chat)).find()).isTrue();
      String asked = WebChatFlowTestSupport.texts(chat.say("另外，浙江省杭州市萧山区瓜沥镇的明辉印染厂也天天往河里排污水"));
      assertThat(asked).contains("还是另一件事");
      StringBuilder summary = new StringBuilder();
      String transcript = WebChatFlowTestSupport.drive(chat::say, "这是另一件事", summary::append);
      assertThat(transcript).doesNotContain("已把您补充的内容记入案件", "请描述发生了什么", "问题发生在哪里", "是谁造成的");
      // Not the answers the driver would give (江苏省南京市…, 村口的电镀厂): what the held message said.
      assertThat(summary.toString()).contains("问题发生地：浙江省杭州市萧山区瓜沥镇", "明辉印染厂")
          .doesNotContain("问题发生地：江苏", "电镀厂");
    }
  }

  /**
   * A question about the case just registered, read by the gateway's extractor (which proposes a kind for any
   * message), is answered as its progress query and never stored on the case; a question beside new facts is.
   */
  @Test
  void aQuestionAfterTheReceiptIsNotStoredOnTheCase(Vertx vertx) {
    try (ChatClient chat = ChatClient.connect(vertx, gateway.port())) {
      chat.hello(null, "zh");
      chat.drain(300);
      Matcher m = WebChatFlowTestSupport.CASE.matcher(WebChatFlowTestSupport.report(chat));
      assertThat(m.find()).isTrue();
      String number = m.group(1);
      String history = "FROM case_events WHERE kind = 'supplement' AND case_id = (SELECT id FROM cases WHERE case_number = '"
          + number + "')";
      for (String question : new String[] {"请问什么时候会有结果", "什么时候能处理好", "大概多久能有回复？", "你们会派人来吗",
          "会不会有人来查看一下啊"}) {
        String reply = WebChatFlowTestSupport.texts(chat.say(question));
        assertThat(reply).as(question).doesNotContain("已把您补充的内容记入案件").contains("查询码");
        WebChatFlowTestSupport.texts(chat.say("取消"));
      }
      assertThat(((Number) TestPostgres.value(db, "SELECT count(*) " + history)).intValue()).isZero();
      String added = WebChatFlowTestSupport.texts(chat.say("又排了，什么时候来查？"));
      assertThat(added).contains("已把您补充的内容记入案件 " + number);
      assertThat((String) TestPostgres.value(db, "SELECT reason " + history + " ORDER BY id DESC LIMIT 1"))
          .contains("又排了");
    }
  }
}
