package org.ecopetition.gateway.channel.webchat;

import static org.assertj.core.api.Assertions.assertThat;

import io.vertx.core.Vertx;
import io.vertx.junit5.VertxExtension;
import java.util.HashMap;
import java.util.Map;
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
 * The public chat is no oracle of who reported whom (Art 23's spirit, Art 24): a phone typed in a chat is not verified,
 * so anybody, the reported works included, could type a suspected petitioner's phone while reporting the works and
 * learn from the reply whether that phone reported them, and the earlier case's number. The petitioner is told of an
 * earlier case only when it came from the same conversation (a messaging channel keeps one conversation per verified
 * sender); otherwise the reply is what a random phone gets, and staff still see the repeat. The deployment accepts
 * clear matters at registration, so that the receipt's own form (accepted, or registered only) is compared too.
 */
@ExtendWith(VertxExtension.class)
class RepeatOracleTest {
  static final String PLACE = "广东省东莞市长安镇锦厦村";
  static final String WORKS = "锦厦村后面的五金电镀厂晚上偷偷往水沟里排酸水，整条沟都是刺鼻的味道";
  static String db;
  static Gateway gateway;

  @BeforeAll
  static void start() {
    db = TestPostgres.freshDatabaseUrl();
    Map<String, String> env = TestGateway.env(db, TestGateway.newKey());
    env.put("GATEWAY_ROUTING_DIVISION_CODE", "4419");
    env.put("GATEWAY_ROUTING_AUTO_ACCEPT", "true");
    gateway = TestGateway.start(env);
  }

  @AfterAll
  static void stop() {
    gateway.close();
  }

  static Map<String, String> answers(String name, String phone) {
    Map<String, String> a = new HashMap<>();
    a.put("问题发生在哪里", PLACE);
    a.put("是谁造成的", "五金电镀厂");
    a.put("您的姓名", name);
    a.put("联系电话", phone);
    a.put("您的住址", "东莞市长安镇锦厦村二巷7号");
    return a;
  }

  /** One report in {@code chat}; the transcript. */
  static String report(ChatClient chat, String name, String phone) {
    return WebChatFlowTestSupport.drive(chat::say, WORKS, answers(name, phone), s -> { });
  }

  static String caseNumber(String transcript) {
    Matcher n = WebChatFlowTestSupport.CASE.matcher(transcript);
    assertThat(n.find()).as(transcript).isTrue();
    return n.group(1);
  }

  /** What the reader learns, without what differs between any two reports (number, code, the typed phone). */
  static String shape(String transcript, String phone) {
    return transcript.replaceAll("HB\\d{13}", "HB…").replaceAll("查询码：[23456789A-HJ-NP-Z]{8}", "查询码：…")
        .replace(phone, "P");
  }

  static String row(String sql) {
    return String.valueOf(TestPostgres.value(db, sql));
  }

  @Test
  void aStrangerTypingThePetitionersPhoneLearnsNothingThePetitionerInTheSameConversationIsTold(Vertx vertx) {
    String phone = "13925806417";
    try (ChatClient petitioner = ChatClient.connect(vertx, gateway.port());
        ChatClient stranger = ChatClient.connect(vertx, gateway.port());
        ChatClient control = ChatClient.connect(vertx, gateway.port())) {
      petitioner.hello(null, "zh");
      stranger.hello(null, "zh");
      control.hello(null, "zh");
      petitioner.drain(300);
      stranger.drain(300);
      control.drain(300);
      String first = caseNumber(report(petitioner, "邝秀英", phone));

      // The works' owner, in a conversation of their own, reports their works with a random phone, then with hers.
      String random = "13761049253";
      String byRandom = report(control, "黎志坚", random);
      String byHers = report(stranger, "黎志坚", phone);
      String hers = caseNumber(byHers);

      // The test exercises the repeat: staff see the stranger's report as a repeat of the first case.
      assertThat(row("SELECT proposed_decision || ' ' || repeat_of FROM cases WHERE case_number = '" + hers + "'"))
          .isEqualTo("repeat " + first);
      // The stranger is told nothing a random phone is not told: not the number, not that it is a repeat, not even
      // a receipt of another form.
      // (A clear matter in the bureau's own city: a random phone's receipt says it was accepted at once.)
      assertThat(byRandom).contains("受理（第十七条）").doesNotContain("登记不等于受理");
      assertThat(byHers).doesNotContain(first).doesNotContain("此前反映").doesNotContain("相同");
      assertThat(shape(byHers, phone)).isEqualTo(shape(byRandom, random));

      // The petitioner raising it again in her own conversation is told it is the same matter, with its number.
      // (After a receipt the same matter typed again would be added to its case: she asks for a new report first.)
      petitioner.say("新的反映");
      String again = report(petitioner, "邝秀英", phone);
      assertThat(again).contains("案件" + first).contains("相同");
    }
  }
}
