package org.ecopetition.gateway.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The English patterns of {@link Since} are run only where a word every match of them holds stands
 * ({@link Cues#anyIgnoreCase}): every match, over the evaluation and training texts and English sentences made of the
 * patterns' own words in any case, holds one; and the pre-check passes every text that has a match, so Since reads the
 * same. Also Situations' year guard ("in 2019") and English-only pre-checks of Polluters and the intent's dense text.
 */
class WordPrechecksTest {
  private static final String[] PIECES = {"since", "last", "week", "month", "for", "the", "past", "three", "days", "years",
      "ago", "two", "weeks", "has", "been", "going", "on", "a", "year", "now", "already", "about", "half", "yesterday",
      "morning", "this", "tonight", "recently", "lately", "it's", "we've", "have", "had", "like", "way", "several", "5",
      "2019", "in", "early", "winter", "january", "more", "than", "or", "so", "smell", "factory", "night", "ſince", "K"};

  private static List<String> texts() throws Exception {
    List<String> texts = new ArrayList<>(CuesTest.distinctTexts());
    Random r = new Random(31);
    for (int t = 0; t < 20_000; t++) {
      StringBuilder s = new StringBuilder();
      for (int n = 1 + r.nextInt(9), i = 0; i < n; i++) {
        String w = PIECES[r.nextInt(PIECES.length)];
        s.append(i > 0 ? r.nextInt(8) == 0 ? "  " : " " : "").append(switch (r.nextInt(3)) {
          case 0 -> w.toUpperCase(java.util.Locale.ROOT);
          case 1 -> Character.toUpperCase(w.charAt(0)) + w.substring(1);
          default -> w;
        });
      }
      texts.add(s.toString());
    }
    return texts;
  }

  @Test
  void everyEnglishTimeHoldsAWordItsPrecheckAsksFor() throws Exception {
    int matches = 0;
    for (String t : texts()) {
      matches += check(Since.EN_START, Since.EN_START_WORDS, t);
      matches += check(Since.EN_STRETCH, Since.EN_STRETCH_WORDS, t);
      matches += check(Since.EN_TIME, Since.EN_TIME_WORDS, t);
    }
    assertThat(matches).isGreaterThan(2_000);
  }

  private static int check(Pattern p, String[] words, String text) {
    Matcher m = p.matcher(text);
    int n = 0;
    while (m.find()) {
      String found = m.group();
      assertThat(Cues.anyIgnoreCase(found, words)).as("%s in %s", found, text).isTrue();
      assertThat(Cues.anyIgnoreCase(text, words)).as(text).isTrue();
      n++;
    }
    return n;
  }

  @Test
  void theCaseFreeCheckFindsAWordInAnyCaseAndOnlyThen() {
    assertThat(Cues.anyIgnoreCase("It has BEEN three months", Since.EN_STRETCH_WORDS)).isTrue();
    assertThat(Cues.anyIgnoreCase("Since Last Week", Since.EN_START_WORDS)).isTrue();
    assertThat(Cues.anyIgnoreCase("two years AGO", Since.EN_START_WORDS)).isTrue();
    assertThat(Cues.anyIgnoreCase("ago", Since.EN_START_WORDS)).isTrue();
    assertThat(Cues.anyIgnoreCase("a paper mill is dumping wastewater every night", Since.EN_START_WORDS)).isFalse();
    assertThat(Cues.anyIgnoreCase("a paper mill is dumping wastewater every night", Since.EN_TIME_WORDS)).isFalse();
    assertThat(Cues.anyIgnoreCase("ag", Since.EN_START_WORDS)).isFalse();
    assertThat(Cues.anyIgnoreCase("", Since.EN_TIME_WORDS)).isFalse();
  }

  /** An English message naming no time is read as before: no time; one that names one, the same time. */
  @Test
  void sinceReadsEnglishTimesAsBefore() {
    assertThat(Since.find("A paper mill in Fuzhou is dumping wastewater into the Min River every night.")).isNull();
    assertThat(Since.find("It has been going on for three months now, the smell is awful.").text())
        .isEqualTo("for three months");
    assertThat(Since.find("The factory started dumping two weeks ago.").text()).isEqualTo("two weeks ago");
    assertThat(Since.find("The smell was terrible last night.").text()).isEqualTo("last night");
  }

  /** A year said before a danger word ("back in 2019 thousands of fish died") still guards it: the same answers. */
  @Test
  void aYearBeforeADangerWordStillGuardsIt() {
    Situations s = Situations.bundled();
    assertThat(s.read("Back in 2019 thousands of fish died in this river.").hits()).isEmpty();
    assertThat(s.read("Thousands of fish died in this river this morning.").hits()).isNotEmpty();
  }

  /** The intent's dense text: the same as the pattern over every text, English ones now passed over without it. */
  @Test
  void theDenseTextIsThePatternsOverEveryText() throws Exception {
    Pattern spaceInHan = Pattern.compile("(?<=[\\p{IsHan}，。？！])\\s+(?=[\\p{IsHan}，。？！])");
    List<String> texts = texts();
    Random r = new Random(37);
    String alphabet = "举报 污染\t\n，。？！ab 12\u2e80\u2e7f\ud840\udc00";
    for (int t = 0; t < 20_000; t++) {
      StringBuilder s = new StringBuilder();
      for (int n = r.nextInt(12), i = 0; i < n; i++) {
        s.append(alphabet.charAt(r.nextInt(alphabet.length())));
      }
      texts.add(s.toString());
    }
    int changed = 0;
    for (String t : texts) {
      String want = t.indexOf(' ') < 0 ? t : spaceInHan.matcher(t).replaceAll("");
      assertThat(HanLpExtractor.dense(t)).as(t).isEqualTo(want);
      changed += want.equals(t) ? 0 : 1;
    }
    assertThat(changed).isGreaterThan(1_000);
  }
}
