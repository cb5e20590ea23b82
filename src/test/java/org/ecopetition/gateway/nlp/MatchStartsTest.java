package org.ecopetition.gateway.nlp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * A pattern tried only where its match starts allow must find what find() finds: on texts made of the pattern's own
 * characters (where its matches are dense), and on a small pattern whose pairs are known; and patterns whose reading
 * the pairs cannot bound are refused.
 */
class MatchStartsTest {
  @Test
  void aSmallPatternLetsThroughThePairsItsMatchesBeginWith() {
    MatchStarts s = MatchStarts.of(Pattern.compile("去年|今年(?:春天)?|三个?月|[五六]"), "去今三五六");
    assertThat(s.may("去年", 0)).isTrue();
    assertThat(s.may("去过", 0)).isFalse(); // no match begins 去过
    assertThat(s.may("三个", 0)).isTrue(); // 三个月 goes on
    assertThat(s.may("三月", 0)).isTrue();
    assertThat(s.may("三天", 0)).isFalse();
    assertThat(s.may("五天", 0)).isTrue(); // 五 is a match alone: anything may follow
    assertThat(s.may("今", 0)).isTrue(); // the last character: tried
  }

  @Test
  void theTimesOfSinceAreFoundAsFindFindsThem() {
    Random r = new Random(19);
    String source = Since.CHINESE.pattern();
    StringBuilder alphabet = new StringBuilder("0123456789 ，。a");
    source.chars().filter(c -> c >= 128).distinct().forEach(c -> alphabet.append((char) c));
    int matches = 0;
    for (int t = 0; t < 20_000; t++) {
      StringBuilder text = new StringBuilder();
      int len = 1 + r.nextInt(12);
      for (int i = 0; i < len; i++) {
        // the first characters often, so that times begin everywhere
        text.append(r.nextBoolean() ? Since.CHINESE_FIRSTS.charAt(r.nextInt(Since.CHINESE_FIRSTS.length()))
            : alphabet.charAt(r.nextInt(alphabet.length())));
      }
      String s = text.toString();
      Matcher want = Since.CHINESE.matcher(s);
      Matcher got = Since.CHINESE.matcher(s);
      int from = 0;
      while (want.find()) {
        assertThat(Cues.find(got, s, from, Since.CHINESE_FIRSTS, Since.CHINESE_STARTS)).as(s).isTrue();
        assertThat(got.start()).as(s).isEqualTo(want.start());
        assertThat(got.end()).as(s).isEqualTo(want.end());
        from = want.end();
        matches++;
      }
      assertThat(Cues.find(got, s, from, Since.CHINESE_FIRSTS, Since.CHINESE_STARTS)).as(s).isFalse();
    }
    assertThat(matches).isGreaterThan(300); // 407 with this seed
  }

  @Test
  void refusesPatternsThatReadCharactersNotWrittenInThem() {
    for (String p : new String[] {"年.", "\\p{IsHan}年", "[^a]年", "(?<=从)今年", "[一-龥]年", "今年\\b", "(?i)since"}) {
      assertThatThrownBy(() -> MatchStarts.of(Pattern.compile(p), "年今从一s")).as(p)
          .isInstanceOf(IllegalArgumentException.class);
    }
    assertThatThrownBy(() -> MatchStarts.of(Pattern.compile("since", Pattern.CASE_INSENSITIVE), "s"))
        .isInstanceOf(IllegalArgumentException.class);
  }

  /**
   * A time is not tried inside a run of digits that nothing of a time can follow (a phone number, an ID, a case
   * number's digits), but is where one can (3月, 2026年, 15天前, 3十, 两个多月).
   */
  @Test
  void noTimeIsTriedInsideDigitsThatNoTimeGoesOnFrom() {
    for (String s : new String[] {"电话13812345678，", "我的电话是15870001234。", "0571-88231234", "门牌号128号", "尾号5678",
        "call 138 5001 2345", "编号20261017", "13812345678"}) {
      for (int i = 0; i < s.length(); i++) {
        if (Character.isDigit(s.charAt(i)) && s.charAt(i) < 128) {
          assertThat(Since.CHINESE_STARTS.may(s, i)).as("%s at %d", s, i).isFalse();
        }
      }
    }
    for (String s : new String[] {"3月", "2026年", "15天前", "3十天", "2个多月", "20263月", "3多年", "5来天", "2星期", "3礼拜"}) {
      assertThat(Since.CHINESE_STARTS.may(s, 0)).as(s).isTrue();
    }
  }

  /**
   * What {@link Since#AFTER_DIGITS} says, read off the pattern: after a run of digits (every run of one to three digits,
   * and longer ones at random), no character outside it lets a match begun at the run's first digit succeed or read
   * on. The characters tried are every one the pattern can tell apart: ASCII, those written in it, and one written
   * nowhere in it (it reads no class beyond those: {@link MatchStarts#of} refuses a pattern that does).
   */
  @Test
  void afterARunOfDigitsOnlyTheCharactersSaidCanGoOnIntoATime() {
    StringBuilder chars = new StringBuilder();
    for (char c = 0; c < 128; c++) {
      if (c < '0' || c > '9') {
        chars.append(c);
      }
    }
    Since.CHINESE.pattern().chars().filter(c -> c >= 128).distinct().forEach(c -> chars.append((char) c));
    chars.append('\u732b'); // 猫: a character the pattern does not write
    java.util.List<String> runs = new java.util.ArrayList<>();
    for (int n = 0; n < 1110; n++) {
      runs.add(n < 10 ? String.valueOf(n) : n < 110 ? String.format("%02d", n - 10) : String.format("%03d", n - 110));
    }
    Random r = new Random(23);
    for (int k = 0; k < 300; k++) {
      StringBuilder run = new StringBuilder();
      for (int len = 4 + r.nextInt(15), i = 0; i < len; i++) {
        run.append((char) ('0' + r.nextInt(10)));
      }
      runs.add(run.toString());
    }
    Matcher m = Since.CHINESE.matcher("");
    int goOn = 0;
    for (String run : runs) {
      for (int i = 0; i < chars.length(); i++) {
        char x = chars.charAt(i);
        boolean reads = m.reset(run + x).lookingAt() || m.hitEnd();
        if (Since.AFTER_DIGITS.indexOf(x) < 0) {
          assertThat(reads).as("%s then %s", run, x).isFalse();
        } else if (reads) {
          goOn++;
        }
      }
      // nothing after the digits: no time ends among them
      assertThat(m.reset(run).matches()).as(run).isFalse();
    }
    assertThat(goOn).isGreaterThan(1000); // the characters said do go on, for most runs
  }

  /** Texts dense in digits and in what follows them in a time: the same matches as find(), digits skipped or not. */
  @Test
  void timesAmongDigitsAreFoundAsFindFindsThem() {
    Random r = new Random(29);
    String alphabet = "0123456789" + Since.AFTER_DIGITS + "前以之了开始起来就从自已经有 ，。-+号点日底初份";
    int matches = 0;
    for (int t = 0; t < 20_000; t++) {
      StringBuilder text = new StringBuilder();
      for (int len = 1 + r.nextInt(16), i = 0; i < len; i++) {
        text.append(r.nextInt(3) > 0 ? (char) ('0' + r.nextInt(10)) : alphabet.charAt(r.nextInt(alphabet.length())));
      }
      String s = text.toString();
      Matcher want = Since.CHINESE.matcher(s);
      Matcher got = Since.CHINESE.matcher(s);
      int from = 0;
      while (want.find()) {
        assertThat(Cues.find(got, s, from, Since.CHINESE_FIRSTS, Since.CHINESE_STARTS)).as(s).isTrue();
        assertThat(got.start()).as(s).isEqualTo(want.start());
        assertThat(got.end()).as(s).isEqualTo(want.end());
        from = want.end();
        matches++;
      }
      assertThat(Cues.find(got, s, from, Since.CHINESE_FIRSTS, Since.CHINESE_STARTS)).as(s).isFalse();
    }
    assertThat(matches).isGreaterThan(500); // 775 with this seed
  }
}
