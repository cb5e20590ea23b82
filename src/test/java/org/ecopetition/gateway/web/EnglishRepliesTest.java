package org.ecopetition.gateway.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.vertx.core.Vertx;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.client.WebClient;
import io.vertx.junit5.VertxExtension;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.ecopetition.gateway.Gateway;
import org.ecopetition.gateway.support.HttpChat;
import org.ecopetition.gateway.support.TestGateway;
import org.ecopetition.gateway.support.TestPostgres;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Issue 13 §5: no Chinese left in an English reply. English conversations through a real gateway (a deployment
 * whose published details are configured in Chinese with their English variants) — the intake to the receipt,
 * the published channels, a status query, a matter for another organ (Art 17(3)) and a danger to life — and not
 * one Chinese character in any reply or button, except inside quotation marks (the petitioner's own words) or
 * brackets (an official Chinese name given beside its English one).
 */
@ExtendWith(VertxExtension.class)
class EnglishRepliesTest {
  static Gateway gateway;
  static WebClient http;
  static final Pattern CASE = Pattern.compile("Case number: (HB\\d{13})");
  static final Pattern CODE = Pattern.compile("Query code: ([23456789A-HJ-NP-Z]{8})");
  /** Quoted or bracketed spans, where Chinese may stand (the petitioner's words, a name given both ways). */
  static final Pattern ALLOWED = Pattern.compile("“[^”]*”|\"[^\"]*\"|「[^」]*」|\\([^)]*\\)|（[^）]*）");

  @BeforeAll
  static void start(Vertx vertx) {
    Map<String, String> env = TestGateway.env(TestPostgres.freshDatabaseUrl(), TestGateway.newKey());
    env.put("GATEWAY_DEPLOYMENT_ADDRESS", "南京市鼓楼区某路1号");
    env.put("GATEWAY_DEPLOYMENT_ADDRESS_EN", "1 Mou Road, Gulou District, Nanjing");
    env.put("GATEWAY_DEPLOYMENT_RECEPTION_PLACE", "一楼信访接待室");
    env.put("GATEWAY_DEPLOYMENT_RECEPTION_PLACE_EN", "Petition reception room, ground floor");
    env.put("GATEWAY_DEPLOYMENT_RECEPTION_HOURS", "工作日 9:00-17:00");
    env.put("GATEWAY_DEPLOYMENT_RECEPTION_HOURS_EN", "Working days 9:00-17:00");
    env.put("GATEWAY_DEPLOYMENT_CHANNELS", "网上信访,12345热线,来信");
    env.put("GATEWAY_DEPLOYMENT_CHANNELS_EN", "web chat,12345 hotline,letters");
    gateway = TestGateway.start(env);
    http = WebClient.create(vertx);
  }

  @AfterAll
  static void stop() {
    gateway.close();
  }

  /** What an English petitioner answers, by a phrase of the question (the last phrase found wins). */
  static final Map<String, String> ANSWERS = new LinkedHashMap<>();

  static {
    ANSWERS.put("Is that right?", "yes");
    ANSWERS.put("Before we go on", "Register it here");
    ANSWERS.put("Which district or county", "1");
    ANSWERS.put("Which one is it?", "1");
    ANSWERS.put("Is this:", "A complaint or a demand");
    ANSWERS.put("Where is the problem?", "Jiangning District, Nanjing");
    ANSWERS.put("What kind of problem", "Water pollution");
    ANSWERS.put("Since when", "last month");
    ANSWERS.put("Who causes it?", "the plating works at the village entrance");
    ANSWERS.put("About how many people", "20");
    ANSWERS.put("What would you like us to do?", "Investigate and stop the discharges");
    ANSWERS.put("Would you like to leave your name", "Give my name");
    ANSWERS.put("What is your name", "Wang Jianguo");
    ANSWERS.put("What is your address", "3 Moling Street, Jiangning District, Nanjing");
    ANSWERS.put("leave a phone number", "13812345678");
    ANSWERS.put("May investigators tell", "Do not disclose");
    ANSWERS.put("Please check:", "Submit");
  }

  final List<String> transcript = new ArrayList<>();

  /** Sends a message and checks every reply and button for Chinese outside quotes and brackets. */
  String say(HttpChat chat, String text) {
    transcript.add("YOU: " + text);
    StringBuilder all = new StringBuilder();
    for (JsonObject m : chat.say(text)) {
      String t = m.getString("text", "");
      transcript.add("BOT: " + t);
      assertNoChinese(t);
      JsonArray buttons = m.getJsonArray("buttons", new JsonArray());
      for (Object b : buttons) {
        String label = b instanceof JsonObject o ? o.getString("label", "") : String.valueOf(b);
        assertNoChinese(label);
      }
      all.append(t).append('\n');
    }
    return all.toString();
  }

  void assertNoChinese(String text) {
    String outside = ALLOWED.matcher(text).replaceAll("");
    assertThat(outside.codePoints().filter(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN).count())
        .as("Chinese outside quotes and brackets in an English reply:\n" + text + "\n--- conversation:\n"
            + String.join("\n", transcript))
        .isZero();
  }

  /** Answers each question until the receipt; returns the receipt's text. */
  String drive(HttpChat chat, String first) {
    String replies = say(chat, first);
    for (int i = 0; i < 30 && !CASE.matcher(replies).find(); i++) {
      String answer = null;
      int at = -1;
      for (Map.Entry<String, String> e : ANSWERS.entrySet()) {
        int k = replies.lastIndexOf(e.getKey());
        if (k > at) {
          at = k;
          answer = e.getValue();
        }
      }
      assertThat(answer).as("no answer for:\n" + String.join("\n", transcript)).isNotNull();
      replies = say(chat, answer);
    }
    assertThat(replies).as(String.join("\n", transcript)).containsPattern(CASE);
    return replies;
  }

  @Test
  void anIntakeTheChannelsAndAStatusQueryAnswerInEnglishOnly() {
    HttpChat chat = new HttpChat(http, gateway.port());
    String receipt = drive(chat, "A plating works near our village pours yellow waste water into the river every night");
    Matcher n = CASE.matcher(receipt);
    Matcher c = CODE.matcher(receipt);
    assertThat(n.find()).isTrue();
    assertThat(c.find()).isTrue();
    String info = say(chat, "contact");
    assertThat(info).contains("1 Mou Road, Gulou District, Nanjing").contains("Working days 9:00-17:00")
        .contains("Petition reception room, ground floor").contains("web chat, 12345 hotline, letters")
        .contains("Test City Ecology and Environment Bureau");
    say(chat, "status");
    say(chat, n.group(1));
    String status = say(chat, c.group(1));
    assertThat(status).contains(n.group(1)).contains("Test City Ecology and Environment Bureau");
  }

  @Test
  void anotherOrgansMatterIsSaidInEnglish() {
    HttpChat chat = new HttpChat(http, gateway.port());
    String told = say(chat, "The building site next to our estate in Jiangning District, Nanjing runs pile drivers all night, "
        + "construction noise every night");
    assertThat(told).contains("Before we go on");
    String stopped = say(chat, "No, I will go to them");
    assertThat(stopped).contains("still registered");
  }

  @Test
  void aDangerToLifeIsAnsweredInEnglish() {
    HttpChat chat = new HttpChat(http, gateway.port());
    String first = say(chat, "Our tap water has turned black and smells of petrol since yesterday, the whole village drinks it");
    assertThat(first).contains("stop drinking");
    drive(chat, "Jiangning District, Nanjing");
  }

  /**
   * An English receipt says its dates as English readers read them everywhere else ("22 December 2026"): the
   * anonymous one's "after {noticeDue}" said an ISO date ("after 2026-12-22"), found by dialogfix5.
   */
  @Test
  void anAnonymousReceiptSaysItsDateInEnglish() {
    HttpChat chat = new HttpChat(http, gateway.port());
    ANSWERS.put("Would you like to leave your name", "Stay anonymous");
    try {
      String receipt = drive(chat, "A dye works beside our estate lets red water run into the canal after dark");
      assertThat(receipt).as(receipt).containsPattern("after \\d{1,2} (January|February|March|April|May|June|July|August"
          + "|September|October|November|December) \\d{4}").doesNotContainPattern("\\d{4}-\\d{2}-\\d{2}");
    } finally {
      ANSWERS.put("Would you like to leave your name", "Give my name");
    }
  }
}
