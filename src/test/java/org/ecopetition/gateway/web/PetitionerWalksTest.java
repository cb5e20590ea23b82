package org.ecopetition.gateway.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.vertx.core.Vertx;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.client.WebClient;
import io.vertx.junit5.VertxExtension;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.ecopetition.gateway.Gateway;
import org.ecopetition.gateway.support.ChatClient;
import org.ecopetition.gateway.support.HttpChat;
import org.ecopetition.gateway.support.TestGateway;
import org.ecopetition.gateway.support.TestPostgres;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * dialogfix8: whole intakes as petitioners write them, over the real WebSocket and the HTTP fallback, read as the
 * petitioner reads the replies — an English message naming a place in characters, a report put as a question, an
 * anonymous report whose "since when" holds a surname's character.
 */
@ExtendWith(VertxExtension.class)
class PetitionerWalksTest {
  static Gateway gateway;
  static WebClient http;
  static Vertx vertx;
  static final Pattern HAN = Pattern.compile("\\p{IsHan}");
  /** Quoted or bracketed spans, where Chinese may stand in an English reply (the petitioner's own words). */
  static final Pattern ALLOWED = Pattern.compile("“[^”]*”|\"[^\"]*\"|「[^」]*」|\\([^)]*\\)|（[^）]*）");

  @BeforeAll
  static void start(Vertx v) {
    vertx = v;
    gateway = TestGateway.start(TestGateway.env(TestPostgres.freshDatabaseUrl(), TestGateway.newKey()));
    http = WebClient.create(v);
  }

  @AfterAll
  static void stop() {
    gateway.close();
  }

  static final Map<String, String> EN = new LinkedHashMap<>();
  static final Map<String, String> ZH = new LinkedHashMap<>();

  static {
    EN.put("Is that right?", "yes");
    EN.put("Which district or county", "1");
    EN.put("Which one is it?", "1");
    EN.put("Is this:", "A complaint or a demand");
    EN.put("Where is the problem?", "Jiangning District, Nanjing");
    EN.put("What kind of problem", "smoke");
    EN.put("Since when", "two weeks ago");
    EN.put("Who causes it?", "the Huaxin foundry");
    EN.put("About how many people", "50");
    EN.put("What would you like us to do?", "Make them stop at night");
    EN.put("Would you like to leave your name", "Stay anonymous");
    ZH.put("对吗", "对");
    ZH.put("请选择", "1");
    ZH.put("您这次是想", "投诉污染或提出诉求");
    ZH.put("问题发生在哪里", "南京市江宁区");
    ZH.put("哪一类问题", "黑烟");
    ZH.put("从什么时候开始", "两周前");
    ZH.put("是谁造成的", "华新铸造厂");
    ZH.put("大概有多少人", "五十人左右");
    ZH.put("您希望怎样处理", "让他们晚上停工");
    ZH.put("您愿意留下姓名", "匿名");
  }

  final List<String> transcript = new ArrayList<>();

  String joined(List<JsonObject> replies) {
    String t = replies.stream().map(m -> m.getString("text", "")).collect(Collectors.joining("\n"));
    transcript.add(t);
    return t;
  }

  /** Answers each question by the phrase it holds (the last found wins) until the summary; returns the summary. */
  String toSummary(Function<String, String> say, Map<String, String> answers, String replies, String summaryWord) {
    for (int i = 0; i < 20 && !replies.contains(summaryWord); i++) {
      String answer = null;
      int at = -1;
      for (Map.Entry<String, String> e : answers.entrySet()) {
        int k = replies.lastIndexOf(e.getKey());
        if (k > at) {
          at = k;
          answer = e.getValue();
        }
      }
      assertThat(answer).as("no answer for:\n" + String.join("\n", transcript)).isNotNull();
      transcript.add("YOU: " + answer);
      replies = say.apply(answer);
    }
    assertThat(replies).as(String.join("\n", transcript)).contains(summaryWord);
    return replies.substring(replies.lastIndexOf(summaryWord));
  }

  static String outsideQuotes(String text) {
    return ALLOWED.matcher(text).replaceAll("");
  }

  ChatClient socket(String lang) {
    ChatClient ws = ChatClient.connect(vertx, gateway.port());
    ws.hello(null, lang);
    ws.drain(300);
    return ws;
  }

  /** Fault 1: a place or a firm named in characters inside English is a name; the page opened in Chinese. */
  @Test
  void anEnglishFirstMessageNamingAPlaceInCharactersStaysEnglish() {
    for (String first : List.of("Smoke from 南京市江宁区禄口街道石埝村砖厂 every night",
        "The 金陵化工厂 in 江宁区禄口街道 dumps waste into the river",
        "The chemical plant in 江宁区 dumps waste into the river")) {
      try (ChatClient ws = socket("zh")) {
        String reply = joined(ws.say(first));
        assertThat(HAN.matcher(outsideQuotes(reply)).find()).as(first + " →\n" + reply).isFalse();
        assertThat(reply).as(first).containsPattern("[A-Za-z]{4,} [A-Za-z]{2,}");
      }
    }
  }

  /**
   * A one-word English account on a page opened in Chinese ("smoke", "dust"): the conversation is English and the word
   * is what happened (the whole intake was asked in Chinese, and "dust", under five letters, was asked again).
   */
  @Test
  void aOneWordEnglishAccountIsEnglishAndTaken() {
    for (String first : List.of("smoke", "dust", "Noise!")) {
      HttpChat chat = new HttpChat(http, gateway.port());
      String reply = chat.text(first);
      assertThat(reply).as(first + " →\n" + reply).contains("Where is the problem?");
      assertThat(HAN.matcher(reply).find()).as(reply).isFalse();
    }
    // Look-alike: a word that is no kind of problem is not taken; the rest is asked for, in English (kept as a piece of
    // the story, read with what follows).
    HttpChat chat = new HttpChat(http, gateway.port());
    assertThat(chat.text("blah")).contains("Go on: what happened").doesNotContain("Where is the problem?");
  }

  /**
   * What should be done, said when asked how many or since when ("叫他们停工", "make them stop"): kept as the request and
   * the question asked again (it was asked again with nothing kept, and then asked for the request once more).
   */
  @Test
  void aRequestSaidAtACountOrATimeQuestionIsKept() {
    HttpChat zh = new HttpChat(http, gateway.port());
    zh.text("搅拌站天天晚上灰尘特别大，窗户都不敢开，在广州市白云区太和镇，是华新搅拌站，三个月了");
    String at = zh.text("叫他们晚上停工");
    assertThat(at).as(at).contains("已记下：诉求：叫他们晚上停工").containsAnyOf("大概有多少人", "从什么时候开始");
    HttpChat en = new HttpChat(http, gateway.port());
    String asked = en.text("The concrete plant next to our estate makes dust every night, in Baiyun District, Guangzhou");
    assertThat(asked).contains("Since when");
    String kept = en.text("make them stop the night work");
    assertThat(kept).as(kept).contains("Noted: Request: make them stop the night work").contains("Since when");
    // Look-alike: a time is still the time.
    assertThat(en.text("since last summer")).doesNotContain("Request:").doesNotContain("Since when");
  }

  /**
   * A count answered when asked who causes it ("about 50", "五十来个"): how many, and the question asked again ("Caused
   * by: about 50" was in the summary). A unit named with a number ("798厂", "3M") is still who causes it.
   */
  @Test
  void aCountSaidAtTheWhoQuestionIsTheCount() {
    HttpChat en = new HttpChat(http, gateway.port());
    en.text("Black smoke from a factory behind our estate every night, Jiangning District, Nanjing, since two weeks ago");
    String kept = en.text("about 50");
    assertThat(kept).as(kept).contains("Noted: Affected").contains("Who causes it?");
    HttpChat zh = new HttpChat(http, gateway.port());
    zh.text("小区后面有个厂天天晚上冒黑烟，在南京市江宁区，两周了");
    String zhKept = zh.text("五十来个");
    assertThat(zhKept).as(zhKept).contains("已记下：影响范围").contains("是谁造成的");
    HttpChat unit = new HttpChat(http, gateway.port());
    unit.text("小区后面有个厂天天晚上冒黑烟，在南京市江宁区，两周了");
    assertThat(unit.text("798厂")).doesNotContain("影响范围").doesNotContain("是谁造成的");
  }

  /** Look-alikes: Chinese with a Latin brand or a few English words is Chinese. */
  @Test
  void chineseWithLatinWordsStaysChinese() {
    for (String first : List.of("楼下的KTV每天晚上吵到凌晨两三点", "我们村 chemical plant 天天往河里排污水", "小区旁边 Apple Store 的空调外机很吵")) {
      try (ChatClient ws = socket("en")) {
        String reply = joined(ws.say(first));
        assertThat(reply).as(first + " →\n" + reply).containsPattern("\\p{IsHan}{6,}");
      }
    }
  }

  /** Fault 2 in English, over HTTP: the question is answered, and what happened is the matter, not the question. */
  @Test
  void anEnglishReportPutAsAQuestionIsAnsweredAndSummarisedAsTheMatter() {
    HttpChat chat = new HttpChat(http, gateway.port());
    String first = "Can you do anything about the black smoke from the foundry behind our estate at night?";
    String told = chat.text(first);
    assertThat(told).contains("Yes, you can report it here");
    String summary = toSummary(t -> { transcript.add(t); return chat.text(t); }, EN, told, "Please check:");
    assertThat(summary).as(String.join("\n", transcript))
        .contains("What happened: The black smoke from the foundry behind our estate at night\n")
        .doesNotContain("Can you");
  }

  /** Fault 2 in Chinese, over the WebSocket, the question's words after the matter. */
  @Test
  void aChineseReportPutAsAQuestionIsAnsweredAndSummarisedAsTheMatter() {
    try (ChatClient ws = socket("zh")) {
      String told = joined(ws.say("小区后面的铸造厂天天晚上冒黑烟，你们管不管？"));
      assertThat(told).contains("可以在这里反映");
      String summary = toSummary(t -> joined(ws.say(t)), ZH, told, "请核对");
      assertThat(summary).as(String.join("\n", transcript)).contains("事情经过：小区后面的铸造厂天天晚上冒黑烟\n")
          .doesNotContain("管不管");
    }
  }

  /** Look-alikes: a statement is kept as written and not answered as a question; a progress question is still one. */
  @Test
  void aStatementIsKeptAsWrittenAndAProgressQuestionIsStillOne() {
    HttpChat chat = new HttpChat(http, gateway.port());
    String told = chat.text("The foundry behind our estate sends black smoke over us every night and nobody does anything");
    assertThat(told).doesNotContain("Yes, you can report it here");
    HttpChat other = new HttpChat(http, gateway.port());
    String status = other.text("我上个月反映的那个事情现在咋样了？");
    assertThat(status).doesNotContain("可以在这里反映").contains("案件编号").contains("HB");
  }

  /**
   * An anonymous report's "since when" keeps its words: "两周前" was masked as a name ("两【姓名】", 周 being a surname)
   * when anonymity was chosen, in the summary and on the case.
   */
  @Test
  void anAnonymousReportKeepsATimeThatHoldsASurnamesCharacter() {
    HttpChat chat = new HttpChat(http, gateway.port());
    String summary = toSummary(t -> { transcript.add(t); return chat.text(t); }, ZH, chat.text("化工厂往河里排黄水，臭得很"),
        "请核对");
    assertThat(summary).as(String.join("\n", transcript)).contains("开始时间：两周前").doesNotContain("【姓名】");
  }
}
