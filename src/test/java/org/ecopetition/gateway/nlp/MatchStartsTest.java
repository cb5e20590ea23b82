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
}
