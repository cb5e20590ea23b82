package org.ecopetition.gateway.nlp;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Whether a text in Latin letters is Chinese written in pinyin (wo men cun de he bei wu ran le): nearly every word
 * splits into pinyin syllables, which English words seldom do (the, of, factory, smoke).
 */
public final class PinyinText {
  private static final Pattern WORD = Pattern.compile("[a-z]+");
  private static final Pattern SYLLABLES = Pattern.compile("(?:(?:zh|ch|sh|[bpmfdtnlgkhjqxrzcsyw])?"
      + "(?:iang|iong|uang|ang|eng|ing|ong|ian|iao|uai|uan|ai|ei|ao|ou|an|en|in|un|ia|ie|iu|ua|uo|ui|ue|ve|er|a|o|e|i|u|v))+");

  private PinyinText() {}

  private static boolean letter(char c) {
    return c >= 'a' && c <= 'z';
  }

  /** Pinyin when at least four words are written and nine in ten of them split into syllables. */
  public static boolean is(String text) {
    String lower = text.toLowerCase(Locale.ROOT);
    int all = 0; // the words WORD finds, counted first: the syllables are read only until too many words fail
    for (int i = 0; i < lower.length(); i++) {
      if (letter(lower.charAt(i)) && (i == 0 || !letter(lower.charAt(i - 1)))) {
        all++;
      }
    }
    if (all < 4) {
      return false;
    }
    Matcher w = WORD.matcher(lower);
    Matcher syllables = SYLLABLES.matcher(lower); // one matcher over each word's region: no string per word
    int words = 0;
    int pinyin = 0;
    while (w.find()) {
      words++;
      if (syllables.region(w.start(), w.end()).matches()) {
        pinyin++;
      } else if ((all - (words - pinyin)) * 10 < all * 9) {
        return false; // English (the, factory): nine in ten can no longer split
      }
    }
    return words >= 4 && pinyin * 10 >= words * 9;
  }
}
