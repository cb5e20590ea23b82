package org.ecopetition.gateway.channel.webchat;

import static org.assertj.core.api.Assertions.assertThat;

import io.vertx.core.json.JsonObject;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.ecopetition.gateway.support.ChatClient;

/** A petitioner's way through the intake dialog, shared by the tests that need a registered case. */
public final class WebChatFlowTestSupport {
  public static final Pattern CASE = Pattern.compile("案件编号：(HB\\d{13})");
  public static final Pattern CODE = Pattern.compile("查询码：([23456789A-HJ-NP-Z]{8})");

  /** What the petitioner answers to each question, by a phrase of the question (checked in this order). */
  public static final Map<String, String> ANSWERS = new LinkedHashMap<>();

  static {
    ANSWERS.put("请核对", "确认提交");
    ANSWERS.put("先告诉您", "继续在这里登记");
    ANSWERS.put("对吗", "是");
    ANSWERS.put("哪个区（县）", "1");
    ANSWERS.put("是哪个市的", "1");
    ANSWERS.put("您这次是想", "投诉污染或提出诉求");
    ANSWERS.put("问题发生在哪里", "江苏省南京市江宁区秣陵街道");
    ANSWERS.put("主要是哪一类", "水污染");
    ANSWERS.put("从什么时候开始", "上个月");
    ANSWERS.put("是谁造成的", "村口的电镀厂");
    ANSWERS.put("多少人", "20");
    ANSWERS.put("怎样处理", "请尽快查处，让工厂停止偷排");
    ANSWERS.put("愿意留下姓名", "实名反映");
    ANSWERS.put("您的姓名", "王建国");
    ANSWERS.put("您的住址", "南京市江宁区秣陵街道某小区3栋");
    ANSWERS.put("联系电话", "138-1234-5678");
    ANSWERS.put("透露您的身份", "不同意透露");
    ANSWERS.put("如何送达您", "邮寄书面文书");
  }

  public static final String FIRST = "村口的电镀厂每天夜里往河里排黄色的废水，水都发黑了";

  private WebChatFlowTestSupport() {}

  public static String texts(List<JsonObject> replies) {
    return String.join("\n", replies.stream().map(m -> m.getString("text")).toList());
  }

  /** The answer to the question a reply burst ends with (the phrase found last), or null. */
  public static String answerTo(String replies) {
    return answerTo(replies, ANSWERS);
  }

  static String answerTo(String replies, Map<String, String> answers) {
    if (replies.contains("请核对")) {
      // "请核对…X": a summary still showing X gets this answer (a change at the summary) instead of the confirmation.
      for (Map.Entry<String, String> e : answers.entrySet()) {
        if (e.getKey().startsWith("请核对…") && replies.contains(e.getKey().substring(4))) {
          return e.getValue();
        }
      }
      return answers.get("请核对");
    }
    String best = null;
    int at = -1;
    for (Map.Entry<String, String> e : answers.entrySet()) {
      int i = replies.lastIndexOf(e.getKey());
      if (i > at) {
        at = i;
        best = e.getValue();
      }
    }
    return best;
  }

  /**
   * Answers the intake as a named petitioner, whatever the extractor already understood; checks the
   * summary; returns the receipt text.
   */
  public static String report(ChatClient chat) {
    return drive(chat::say, FIRST, WebChatFlowTestSupport::assertSummary);
  }

  /** Drives any chat transport: {@code say} sends a text and returns the replies; returns the transcript. */
  public static String drive(Function<String, List<JsonObject>> say, String first, Consumer<String> onSummary) {
    return drive(say, first, Map.of(), onSummary);
  }

  /** As above, with some answers changed ({@code overrides}: question phrase → answer). */
  public static String drive(Function<String, List<JsonObject>> say, String first, Map<String, String> overrides,
      Consumer<String> onSummary) {
    Map<String, String> answers = new LinkedHashMap<>(ANSWERS);
    answers.putAll(overrides);
    String replies = texts(say.apply(first));
    StringBuilder transcript = new StringBuilder(replies);
    for (int i = 0; i < 30; i++) {
      if (CASE.matcher(replies).find()) {
        return transcript.toString();
      }
      String answer = answerTo(replies, answers);
      if (answer == null) {
        throw new AssertionError("no answer for: " + replies);
      }
      if (answer.equals("确认提交")) {
        onSummary.accept(replies);
      }
      replies = texts(say.apply(answer));
      transcript.append('\n').append(replies);
    }
    throw new AssertionError("no receipt after 30 answers: " + transcript);
  }

  public static void assertSummary(String summary) {
    assertThat(summary).contains("事情经过：村口的电镀厂").contains("问题发生地：江苏省南京市江宁区秣陵街道")
        .contains("诉求：请尽快查处").contains("姓名：王建国").contains("住址：南京市江宁区秣陵街道某小区3栋")
        .contains("联系电话：13812345678").contains("客观真实").contains("向被投诉方透露身份：不同意透露")
        .contains("书面答复送达方式：邮寄书面文书");
  }
}
