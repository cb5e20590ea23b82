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
 * Red team, whoever reads the history without need (an auditor, a dump: the supplement is stored readable, as the
 * redacted copy is): a petitioner's supplement was masked only by what the extractor found in it, not by the
 * identities the case holds, so the petitioner as people call him (老王, 王师傅, the given name), his street without
 * its divisions and his contact accounts stayed readable, where the facts' copy masks them ({@code CopyMask}). Over
 * the real WebSocket and PostgreSQL.
 */
@ExtendWith(VertxExtension.class)
class SupplementMaskedAsTheCopyTest {
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
  void aSupplementIsStoredAsMaskedAsTheFactsCopy(Vertx vertx) {
    try (ChatClient chat = ChatClient.connect(vertx, gateway.port())) {
      chat.hello(null, "zh");
      chat.drain(300);
      // The petitioner of WebChatFlowTestSupport: 王建国, 南京市江宁区秣陵街道某小区3栋, 138-1234-5678.
      Matcher m = WebChatFlowTestSupport.CASE.matcher(WebChatFlowTestSupport.report(chat));
      assertThat(m.find()).isTrue();
      String number = m.group(1);
      List<String> said = List.of(
          "我还想补充一下，昨天晚上又排了，老王我都拍下来了",
          "忘了说，厂里的人都叫我王师傅，他们认得我",
          "补充一下，有事可以加我微信 wjg_1975 联系",
          "还有，建国两个字一说厂里就知道是我，请保密",
          "再补充一点，排污口就在某小区3栋后面那条沟",
          "补充：我的邮箱是 wangjg1975@example.com");
      for (String s : said) {
        assertThat(WebChatFlowTestSupport.texts(chat.say(s))).as(s).contains("已把您补充的内容记入案件 " + number);
      }
      String stored = (String) TestPostgres.value(db, "SELECT string_agg(reason, '|' ORDER BY id) FROM case_events "
          + "WHERE kind = 'supplement' AND case_id = (SELECT id FROM cases WHERE case_number = '" + number + "')");
      for (String form : List.of("王建国", "老王", "王师傅", "建国", "wjg_1975", "某小区3栋", "wangjg1975@example.com")) {
        assertThat(stored).as(form).doesNotContain(form);
      }
      assertThat(stored).contains("又排了", "拍下来了", "排污口", "请保密");
    }
  }
}
