package org.ecopetition.gateway.conversation;

import static org.assertj.core.api.Assertions.assertThat;

import io.vertx.core.json.JsonObject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.ecopetition.gateway.channel.webchat.WebChatFlowTestSupport;
import org.ecopetition.gateway.support.HttpChat;
import org.ecopetition.gateway.support.StaffGatewayExtension;
import org.ecopetition.gateway.support.TestPostgres;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Issue 16: a WeChat follower's one lifelong conversation holds many intakes. What a registration reads of it (the
 * typed texts' identity spans for the redacted copy) is the intake's own, so its cost does not grow with the
 * conversation: counted as the stored texts the gateway opens (AES-GCM decryptions) in the turn that confirms the
 * report, at 1, 10 and 50 intakes. The turn that chooses anonymity masks every stored message (issue 11 §2), so it
 * opens each one: counted too, and left growing.
 */
class LongConversationCostTest {
  @RegisterExtension
  static final StaffGatewayExtension GW = new StaffGatewayExtension();

  /** One intake's counts: texts opened by its confirming turn and by its choice of anonymity (-1: named). */
  record Intake(int n, long confirming, long anonymity, long messages, double read, double confirmingRead) {}

  /** Every call through the gateway's extractor is counted (its timer). */
  private static double extractions() {
    return org.ecopetition.gateway.ops.MetricsProbe.value(GW.gateway(), "gateway_extraction_seconds_count");
  }

  /**
   * Each anonymous intake masks its first message (a name and a phone in it) in place, which drops the spans kept
   * with it; a later choice of anonymity must read such a text again. It is read once and its spans kept again: the
   * extractor's reads in the turn choosing anonymity do not grow with the anonymous intakes before it (each intake's
   * first message its own text, so no reading is shared).
   */
  @Test
  void aTextMaskedByAnEarlierAnonymityChoiceIsReadOnceMoreNotAtEveryLaterChoice() {
    HttpChat chat = new HttpChat(GW.http(), GW.gateway().port());
    String[] names = {"张秀英", "李国强", "王淑芬", "赵志刚", "陈桂兰", "刘建华", "杨丽娟", "黄德明"};
    List<Double> reads = new ArrayList<>();
    for (int n = 0; n < names.length; n++) {
      double[] read = {-1};
      boolean[] changedMind = {false};
      Function<String, List<JsonObject>> say = t -> {
        // A name given in the first message means a named report: at the summary the petitioner changes their mind.
        if (t.equals("确认提交") && !changedMind[0]) {
          changedMind[0] = true;
          t = "修改 匿名";
        }
        double extracted = extractions();
        List<JsonObject> replies = chat.say(t);
        // The choice is made by "修改 匿名" itself (an option named at the summary chooses it), or by the answer to the
        // question it asks: the later turn of the two is the choice's.
        if (t.equals("匿名反映") || t.equals("修改 匿名")) {
          read[0] = extractions() - extracted;
        }
        return replies;
      };
      String first = "我叫" + names[n] + "，电话1390000123" + n + "。" + WebChatFlowTestSupport.FIRST + "，这是第" + (n + 1) + "次反映";
      if (n > 0) {
        // After a receipt, more about the same matter is added to its case: another report is asked for in so many words.
        chat.say("新的反映");
      }
      String transcript = WebChatFlowTestSupport.drive(say, first, Map.of("愿意留下姓名", "匿名反映"), s -> { });
      assertThat(WebChatFlowTestSupport.CASE.matcher(transcript).find()).as(transcript).isTrue();
      reads.add(read[0]);
    }
    System.out.println("anonymity turns, extractor reads by intake: " + reads);
    assertThat(reads).allMatch(r -> r >= 0);
    // The last choice reads no more than the third did: the masked texts of intakes before are not read again.
    assertThat(reads.get(names.length - 1)).isLessThanOrEqualTo(reads.get(2));
    // And no masked identity is left in any stored message (the texts were masked, then kept with their spans).
    List<String> stored = openedTexts();
    for (String name : names) {
      assertThat(stored).noneMatch(t -> t.contains(name));
    }
  }

  /** Every stored message's text, opened. */
  private static List<String> openedTexts() {
    var keys = GW.gateway().atRest().keys();
    List<String> out = new ArrayList<>();
    TestPostgres.jdbc(GW.db(), c -> {
      try (var st = c.createStatement(); var rs = st.executeQuery("SELECT body ->> 'text' FROM messages")) {
        while (rs.next()) {
          String t = rs.getString(1);
          out.add(t == null ? "" : keys.open(org.ecopetition.gateway.security.AtRest.MESSAGE, t));
        }
      }
      return null;
    });
    return out;
  }

  @Test
  void aRegistrationReadsTheIntakeNotTheConversation() {
    HttpChat chat = new HttpChat(GW.http(), GW.gateway().port());
    var keys = GW.gateway().atRest().keys();
    List<Intake> intakes = new ArrayList<>();
    for (int n = 1; n <= 50; n++) {
      long[] confirming = {-1};
      long[] anonymity = {-1};
      double[] read = {-1};
      double[] confirmingRead = {-1};
      Function<String, List<JsonObject>> say = t -> {
        long before = keys.opened();
        double extracted = extractions();
        List<JsonObject> replies = chat.say(t);
        if (t.equals("确认提交")) {
          confirming[0] = keys.opened() - before;
          confirmingRead[0] = extractions() - extracted;
        } else if (t.equals("匿名反映")) {
          anonymity[0] = keys.opened() - before;
          read[0] = extractions() - extracted;
        }
        return replies;
      };
      // Every fifth intake anonymous; the same factory each time (each a repeat of the open case before it).
      Map<String, String> answers = n % 5 == 0 ? Map.of("愿意留下姓名", "匿名反映") : Map.of();
      if (n > 1) {
        // After a receipt, more about the same matter is added to its case: another report is asked for in so many words.
        chat.say("新的反映");
      }
      String transcript = WebChatFlowTestSupport.drive(say, WebChatFlowTestSupport.FIRST, answers, s -> { });
      assertThat(WebChatFlowTestSupport.CASE.matcher(transcript).find()).as(transcript).isTrue();
      long messages = (Long) TestPostgres.value(GW.db(), "SELECT count(*) FROM messages");
      intakes.add(new Intake(n, confirming[0], anonymity[0], messages, read[0], confirmingRead[0]));
    }
    for (int n : new int[] {1, 2, 5, 10, 45, 49, 50}) {
      Intake i = intakes.get(n - 1);
      System.out.printf("intake %d (%d messages stored): confirming turn opened %d texts; anonymity turn opened %d,"
          + " extractor read %.0f%n", i.n(), i.messages(), i.confirming(), i.anonymity(), i.read());
    }
    Intake second = intakes.get(1);
    // A registration opens the same number of texts at the 49th intake as at the second (both named, both repeats).
    assertThat(intakes.get(48).confirming()).isLessThanOrEqualTo(second.confirming());
    assertThat(intakes.stream().mapToLong(Intake::confirming).max().orElseThrow())
        .isLessThanOrEqualTo(second.confirming() + 1);
    // And the intake's own typed texts are still found with their spans: the redacted copy reads none again (a
    // button press is read at most once per instance).
    assertThat(intakes.stream().mapToDouble(Intake::confirmingRead).max().orElseThrow()).isLessThanOrEqualTo(1.0);
    assertThat(intakes.get(48).confirmingRead()).isZero();
  }
}
