package org.ecopetition.gateway.channel.webchat;

import static org.assertj.core.api.Assertions.assertThat;

import io.vertx.core.Vertx;
import io.vertx.junit5.VertxExtension;
import java.util.List;
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
 * Over the real WebSocket and PostgreSQL, a petitioner's supplement after the receipt: the copy on the case's history
 * is masked as the facts' copy is — by the identities the case knows too (王建国 of 某小区3栋, phone 13812345678), in the
 * forms people write them again (老王, 王先生, 建国, the phone spaced or in full-width digits, the address without its
 * divisions); and a supplement that tells of a danger (Art 19) gets the safety reply first, marks the case urgent once
 * with its history entry, and raises one duty alert, as an urgent intake does — a plain one changes none of that.
 */
@ExtendWith(VertxExtension.class)
class SupplementMaskedAndUrgentTest {
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

  /** A named report (王建国, 南京市江宁区秣陵街道某小区3栋, 138-1234-5678) registered: its case number. */
  static String registered(ChatClient chat) {
    chat.hello(null, "zh");
    chat.drain(300);
    String transcript = WebChatFlowTestSupport.report(chat);
    Matcher m = WebChatFlowTestSupport.CASE.matcher(transcript);
    assertThat(m.find()).as(transcript).isTrue();
    return m.group(1);
  }

  /** A matter of its own (no earlier case shares its place and unit: no repeat of the other tests' case). */
  static String registeredAlone(ChatClient chat) {
    chat.hello(null, "zh");
    chat.drain(300);
    String transcript = WebChatFlowTestSupport.drive(chat::say, "镇上的印染厂每天夜里往河里排红色的废水，水都变色了",
        java.util.Map.of("问题发生在哪里", "江苏省苏州市吴江区盛泽镇", "是谁造成的", "镇上的印染厂"), summary -> { });
    Matcher m = WebChatFlowTestSupport.CASE.matcher(transcript);
    assertThat(m.find()).as(transcript).isTrue();
    return m.group(1);
  }

  static String history(String number) {
    return " FROM case_events WHERE case_id = (SELECT id FROM cases WHERE case_number = '" + number + "')";
  }

  static int count(String sql) {
    return ((Number) TestPostgres.value(db, sql)).intValue();
  }

  @Test
  void theSupplementsCopyIsMaskedByTheIdentitiesTheCaseKnowsInEveryForm(Vertx vertx) {
    try (ChatClient chat = ChatClient.connect(vertx, gateway.port())) {
      String number = registered(chat);
      List<String> said = List.of(
          "我老王昨晚又看见电镀厂往河里排了一次",
          "王先生我再补充一下，他们半夜两点又排了",
          "建国我今天又去拍了照片，他们又排了",
          "还有，有事打我电话138 1234 5678，他们昨晚又排了",
          "补充一下，号码１３８１２３４５６７８随时能打通，厂里又排了",
          "还有，某小区3栋楼下都能闻到臭味，又排了一次");
      for (String s : said) {
        assertThat(WebChatFlowTestSupport.texts(chat.say(s))).as(s).contains("已把您补充的内容记入案件 " + number);
      }
      assertThat(count("SELECT count(*)" + history(number) + " AND kind = 'supplement'")).isEqualTo(said.size());
      String copies = (String) TestPostgres.value(db, "SELECT string_agg(reason, E'\\n' ORDER BY id)" + history(number)
          + " AND kind = 'supplement'");
      assertThat(copies).as("the copies others may read").doesNotContain("老王", "王先生", "建国", "王建国",
          "138 1234 5678", "１３８１２３４５６７８", "13812345678", "某小区3栋");
      // What was added stays: only the identities are masked.
      assertThat(copies).contains("又看见电镀厂往河里排了一次", "半夜两点又排了", "楼下都能闻到臭味");
      // Neither a second case nor an urgency for plain facts.
      assertThat(count("SELECT count(*) FROM cases WHERE conversation_id = (SELECT conversation_id FROM cases"
          + " WHERE case_number = '" + number + "')")).isEqualTo(1);
      assertThat(TestPostgres.value(db, "SELECT urgent FROM cases WHERE case_number = '" + number + "'"))
          .isEqualTo(false);
      assertThat(count("SELECT count(*)" + history(number) + " AND kind = 'urgent'")).isZero();
      assertThat(count("SELECT count(*) FROM alerts WHERE conversation_id = (SELECT conversation_id FROM cases"
          + " WHERE case_number = '" + number + "')")).as("alerts").isZero();
    }
  }

  @Test
  void aSupplementTellingOfADangerMarksTheCaseUrgentOnceAndAlertsTheDutyOnce(Vertx vertx) {
    try (ChatClient chat = ChatClient.connect(vertx, gateway.port())) {
      String number = registeredAlone(chat);
      String conversation = "(SELECT conversation_id FROM cases WHERE case_number = '" + number + "')";
      assertThat(count("SELECT count(*) FROM alerts WHERE conversation_id = " + conversation)).isZero();
      String articles = "SELECT proposal->>'articles' FROM cases WHERE case_number = '" + number + "'";
      assertThat((String) TestPostgres.value(db, articles)).doesNotContain("第十九条");

      String reply = WebChatFlowTestSupport.texts(chat.say("现在村里好几个人中毒送医了"));
      // The safety reply first, then what became of the message.
      assertThat(reply).contains("120", "已把您补充的内容记入案件 " + number);
      assertThat(reply.indexOf("120")).isLessThan(reply.indexOf("已把您补充的内容记入案件"));
      assertThat(TestPostgres.value(db, "SELECT urgent FROM cases WHERE case_number = '" + number + "'"))
          .isEqualTo(true);
      assertThat(count("SELECT count(*)" + history(number) + " AND kind = 'urgent' AND article = '第十九条'"))
          .isEqualTo(1);
      assertThat(count("SELECT count(*)" + history(number) + " AND kind = 'supplement'")).isEqualTo(1);
      // dialog2: where it must go and who is told follow (Art 19), as for an urgent intake: the proposal made again,
      // urgent — the level above told — on the history.
      assertThat((String) TestPostgres.value(db, articles)).contains("第十九条");
      assertThat((String) TestPostgres.value(db, "SELECT proposal->>'alsoNotify' FROM cases WHERE case_number = '"
          + number + "'")).isNotEqualTo("[]");
      assertThat(count("SELECT count(*)" + history(number) + " AND kind = 'routing_proposed' AND detail->>'after' = 'urgent'"))
          .isEqualTo(1);
      // One alert, as for an urgent intake: a danger to life says the urgency too.
      assertThat(count("SELECT count(*) FROM alerts WHERE conversation_id = " + conversation)).isEqualTo(1);
      assertThat(TestPostgres.value(db, "SELECT kind FROM alerts WHERE conversation_id = " + conversation))
          .isEqualTo("life_safety");

      // The danger told again while the alert is open: answered again, no second alert, no second marking.
      String again = WebChatFlowTestSupport.texts(chat.say("厂里着火了，火已经烧到旁边的学校了"));
      assertThat(again).contains("119", number);
      assertThat(count("SELECT count(*) FROM alerts WHERE conversation_id = " + conversation)).isEqualTo(1);
      assertThat(count("SELECT count(*)" + history(number) + " AND kind = 'urgent'")).isEqualTo(1);
      assertThat(count("SELECT count(*)" + history(number) + " AND kind = 'supplement'")).isEqualTo(2);
      assertThat(count("SELECT count(*)" + history(number) + " AND kind = 'routing_proposed' AND detail->>'after' = 'urgent'"))
          .isEqualTo(1);
      assertThat(count("SELECT count(*) FROM cases WHERE conversation_id = " + conversation)).isEqualTo(1);
    }
  }

  /**
   * A staff act holds the case's row (it then takes the conversation's lock for its notice) while the petitioner tells
   * of a danger: the turn, holding the conversation's lock, does not wait for the row — the petitioner is answered at
   * once, the alert raised — and the case is marked urgent once the act lets the row go.
   */
  @Test
  void aDangerToldWhileAStaffActHoldsTheCaseIsAnsweredAtOnceAndMarkedAfter(Vertx vertx) throws Exception {
    try (ChatClient chat = ChatClient.connect(vertx, gateway.port())) {
      String number = registered(chat);
      try (java.sql.Connection act = TestPostgres.connect(db)) {
        act.setAutoCommit(false);
        try (java.sql.Statement st = act.createStatement()) {
          // As a staff act holds it (CaseActions: the row locked, then the notice to the conversation).
          st.execute("SELECT 1 FROM cases WHERE case_number = '" + number + "' FOR NO KEY UPDATE");
        }
        long start = System.nanoTime();
        String reply = WebChatFlowTestSupport.texts(chat.say("他们的储罐在漏气，闻着头晕，有人昏过去了"));
        assertThat(reply).contains("120", "已把您补充的内容记入案件 " + number);
        assertThat(java.time.Duration.ofNanos(System.nanoTime() - start)).as("answered without waiting for the row")
            .isLessThan(java.time.Duration.ofSeconds(9));
        assertThat(count("SELECT count(*) FROM alerts WHERE conversation_id = (SELECT conversation_id FROM cases"
            + " WHERE case_number = '" + number + "')")).isEqualTo(1);
        act.rollback();
      }
      long until = System.nanoTime() + java.util.concurrent.TimeUnit.SECONDS.toNanos(20);
      while (System.nanoTime() < until && !Boolean.TRUE.equals(TestPostgres.value(db,
          "SELECT urgent FROM cases WHERE case_number = '" + number + "'"))) {
        Thread.sleep(200);
      }
      assertThat(TestPostgres.value(db, "SELECT urgent FROM cases WHERE case_number = '" + number + "'"))
          .as("marked once the row was let go").isEqualTo(true);
      assertThat(count("SELECT count(*)" + history(number) + " AND kind = 'urgent'")).isEqualTo(1);
    }
  }
}
