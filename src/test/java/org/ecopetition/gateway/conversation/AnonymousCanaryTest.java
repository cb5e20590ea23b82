package org.ecopetition.gateway.conversation;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import org.ecopetition.gateway.channel.webchat.WebChatFlowTestSupport;
import org.ecopetition.gateway.nlp.Redaction;
import org.ecopetition.gateway.support.HttpChat;
import org.ecopetition.gateway.support.StaffGatewayExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.slf4j.LoggerFactory;

/**
 * Issue 11 §2, anonymous means anonymous: a petitioner who first writes their name, a phone in Chinese numerals and
 * their address, then chooses to report anonymously, leaves none of them anywhere — every column of every table of
 * the database (walked through information_schema), the summary they confirm, the staff's view of the case and the
 * application log.
 */
class AnonymousCanaryTest {
  static final String NAME = "柏雪琴";
  static final String ADDRESS = "城南路88号";
  static final String FIRST = "我叫柏雪琴，电话一三九 二八四六 五七一三，家住城南路88号。村口的电镀厂每天夜里往河里排黄色的废水，水都发黑了";
  @RegisterExtension
  static final StaffGatewayExtension GW = new StaffGatewayExtension();

  static boolean leaks(String text) {
    String digits = Redaction.Digits.read(text).replaceAll("[\\s\\-]", "");
    return text.contains(NAME) || text.contains(ADDRESS) || digits.contains("9284657");
  }

  /** Every call through the gateway's extractor is counted (its timer); a turn's own message is one. */
  private static double extractions() {
    return org.ecopetition.gateway.ops.MetricsProbe.value(GW.gateway(), "gateway_extraction_seconds_count");
  }

  /** {@code say} that records, for each text sent, how many extractions its turn made. */
  private static java.util.function.Function<String, List<io.vertx.core.json.JsonObject>> counting(HttpChat chat,
      List<Map.Entry<String, Double>> made) {
    return t -> {
      double before = extractions();
      List<io.vertx.core.json.JsonObject> replies = chat.say(t);
      made.add(Map.entry(t, extractions() - before));
      return replies;
    };
  }

  /**
   * Each typed message is read once, in its turn: the registration's redacted copy reuses what was found in the
   * facts and the typed request (the confirming turn reads only its own message), and the copy is the one the
   * extractor makes reading them again — a third person's name found only by the extractor masked.
   */
  @Test
  void registrationReadsNoTypedMessageAgain() {
    String first = "我叫王建国，电话13812345678。村口的电镀厂每天夜里往河里排黄色的废水，邻居李秀英家的孩子喝了井水生病了";
    List<Map.Entry<String, Double>> made = new ArrayList<>();
    String transcript = WebChatFlowTestSupport.drive(counting(new HttpChat(GW.http(), GW.gateway().port()), made),
        first, s -> { });
    Matcher m = WebChatFlowTestSupport.CASE.matcher(transcript);
    assertThat(m.find()).as(transcript).isTrue();
    // At most one reading a turn: a button press (here the confirmation) at most once per instance.
    Map.Entry<String, Double> confirm = made.stream().filter(e -> e.getKey().equals("确认提交")).findFirst().orElseThrow();
    assertThat(confirm.getValue()).as(made.toString()).isLessThanOrEqualTo(1.0);
    assertThat(made.stream().allMatch(e -> e.getValue() <= 1.0)).as(made.toString()).isTrue();
    assertThat(made.get(0)).isEqualTo(Map.entry(first, 1.0));

    String where = " FROM cases WHERE case_number = '" + m.group(1) + "'";
    String facts = org.ecopetition.gateway.support.Sealed.caseText(GW.db(), GW.gateway(), m.group(1), "facts");
    String request = org.ecopetition.gateway.support.Sealed.caseText(GW.db(), GW.gateway(), m.group(1), "request");
    assertThat(facts).isEqualTo(first);
    assertThat(made.stream().map(Map.Entry::getKey)).contains(request);
    org.ecopetition.gateway.nlp.Extractor again = new org.ecopetition.gateway.nlp.HanLpExtractor(
        org.ecopetition.gateway.nlp.Gazetteer.bundled(), org.ecopetition.gateway.nlp.Classifiers.bundled());
    Map<String, String> known = Map.of(org.ecopetition.gateway.nlp.Identity.NAME, "王建国",
        org.ecopetition.gateway.nlp.Identity.PHONE, "13812345678",
        org.ecopetition.gateway.nlp.Identity.ADDRESS, WebChatFlowTestSupport.ANSWERS.get("您的住址"));
    String copy = (String) GW.value("SELECT facts_redacted" + where);
    assertThat(copy).isEqualTo(org.ecopetition.gateway.casefile.CaseRedaction.text(again, first, known, null))
        .contains("【姓名】", "【电话】").doesNotContain("王建国", "李秀英");
    assertThat(GW.value("SELECT request_redacted" + where))
        .isEqualTo(org.ecopetition.gateway.casefile.CaseRedaction.text(again, request, known, null));
  }

  /** A text sent, whether the reply before it offered it (a button's value, or an option's number), its readings. */
  record Said(String text, boolean option, double readings) {}

  /** {@code say} that records each text sent as {@link Said}. */
  private static java.util.function.Function<String, List<io.vertx.core.json.JsonObject>> classifying(HttpChat chat,
      List<Said> said) {
    List<String> offered = new ArrayList<>();
    return t -> {
      boolean option = offered.contains(t) || !offered.isEmpty() && t.matches("\\d{1,2}");
      double before = extractions();
      List<io.vertx.core.json.JsonObject> replies = chat.say(t);
      said.add(new Said(t, option, extractions() - before));
      offered.clear();
      if (!replies.isEmpty()) {
        replies.get(replies.size() - 1).getJsonArray("buttons").forEach(b ->
            offered.add(((io.vertx.core.json.JsonObject) b).getString("value")));
      }
      return replies;
    };
  }

  /**
   * Issue 16: a button press or an option's number is read once per instance — a second petitioner pressing the same
   * buttons makes no extraction — while every text typed in words is read in its own turn, even the same words
   * again (the second petitioner's report and answers are read afresh).
   */
  @Test
  void aButtonPressIsReadOnceAndWhatIsTypedEveryTime() {
    List<Said> one = new ArrayList<>();
    List<Said> two = new ArrayList<>();
    WebChatFlowTestSupport.drive(classifying(new HttpChat(GW.http(), GW.gateway().port()), one),
        WebChatFlowTestSupport.FIRST, s -> { });
    WebChatFlowTestSupport.drive(classifying(new HttpChat(GW.http(), GW.gateway().port()), two),
        WebChatFlowTestSupport.FIRST, s -> { });
    assertThat(two.stream().map(Said::text).toList()).isEqualTo(one.stream().map(Said::text).toList());
    assertThat(two.stream().filter(Said::option).map(Said::text))
        .as(two.toString()).contains("实名反映", "不同意透露", "确认提交");
    for (List<Said> run : List.of(one, two)) {
      for (Said s : run) {
        if (!s.option()) {
          assertThat(s.readings()).as("typed: " + s).isEqualTo(1.0);
        }
      }
    }
    for (Said s : one) {
      assertThat(s.readings()).as(s.toString()).isLessThanOrEqualTo(1.0);
    }
    for (Said s : two) {
      if (s.option()) {
        assertThat(s.readings()).as("pressed again: " + s).isZero();
      }
    }
  }

  private static List<String> everyTable() {
    return org.ecopetition.gateway.support.Sealed.everyTable(GW.db(), GW.gateway());
  }

  @Test
  void anIdentityGivenBeforeChoosingAnonymityIsNowhere() {
    Logger root = (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
    ListAppender<ILoggingEvent> appender = new ListAppender<>();
    appender.start();
    root.addAppender(appender);
    String transcript;
    List<String> summaries = new ArrayList<>();
    try {
      HttpChat chat = new HttpChat(GW.http(), GW.gateway().port());
      transcript = WebChatFlowTestSupport.drive(chat::say, FIRST, Map.of("请核对…反映方式：实名反映", "修改 反映方式", "愿意留下姓名", "匿名反映"), summaries::add);
    } finally {
      root.detachAppender(appender);
    }
    Matcher m = WebChatFlowTestSupport.CASE.matcher(transcript);
    assertThat(m.find()).as(transcript).isTrue();
    String number = m.group(1);
    assertThat(summaries).hasSize(1);
    assertThat(leaks(summaries.get(0))).as(summaries.get(0)).isFalse();
    assertThat(GW.value("SELECT anonymous FROM cases WHERE case_number = '" + number + "'")).isEqualTo(true);
    assertThat(org.ecopetition.gateway.support.Sealed.caseText(GW.db(), GW.gateway(), number, "facts")).contains("电镀厂");

    List<String> tables = everyTable();
    assertThat(tables.size()).isGreaterThan(15);
    // The first message is still there, masked in place.
    assertThat(String.join("", tables)).contains(number, "我叫【姓名】，电话【电话】，家住【地址】");
    for (String t : tables) {
      assertThat(leaks(t)).as(t).isFalse();
    }
    String staffView = GW.staff().get("/cases/" + number).bodyAsString();
    assertThat(staffView).contains("电镀厂");
    assertThat(leaks(staffView)).as(staffView).isFalse();

    StringBuilder log = new StringBuilder();
    for (ILoggingEvent e : appender.list) {
      log.append(e.getFormattedMessage()).append('\n');
      if (e.getThrowableProxy() != null) {
        log.append(e.getThrowableProxy().getMessage()).append('\n');
      }
    }
    assertThat(leaks(log.toString())).as(log.toString()).isFalse();
  }

  /**
   * A firm named after its place and a given name ("黄岩永盛化工": the extractor reads 黄岩永 as a person) is the reported
   * party: choosing anonymity masks the petitioner's name wherever it stands, never part of the firm's name — the summary
   * shows "黄岩永盛化工", not "【姓名】盛化工", and so does the registered copy.
   */
  @Test
  void aFirmNamedLikeAPersonIsNotCutWhenAnonymous() {
    HttpChat chat = new HttpChat(GW.http(), GW.gateway().port());
    List<String> summaries = new ArrayList<>();
    String first = "我叫柏雪琴，电话13928465713。台州市黄岩区北城街道的黄岩永盛化工每天夜里往河里排黄色的废水，水都发黑了";
    String transcript = WebChatFlowTestSupport.drive(chat::say, first,
        Map.of("请核对…反映方式：实名反映", "修改 反映方式", "愿意留下姓名", "匿名反映"), summaries::add);
    Matcher m = WebChatFlowTestSupport.CASE.matcher(transcript);
    assertThat(m.find()).as(transcript).isTrue();
    assertThat(summaries).hasSize(1);
    assertThat(summaries.get(0)).contains("黄岩永盛化工").doesNotContain("【姓名】盛化工").doesNotContain(NAME);
    String facts = org.ecopetition.gateway.support.Sealed.caseText(GW.db(), GW.gateway(), m.group(1), "facts");
    assertThat(facts).contains("黄岩永盛化工").doesNotContain(NAME).doesNotContain("13928465713");
  }
}
