package org.ecopetition.gateway.nlp;

import java.util.concurrent.atomic.AtomicReferenceArray;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The first two characters a pattern's matches may begin with, read off the pattern itself: for one of its first
 * characters, each character it could read second, whether the matcher given those two alone matches or asks for more
 * ({@link Matcher#hitEnd()}). Where it does neither, no text that begins so matches. A pattern whose first characters
 * are common (一, 上, 大, 有, 多 for the times of {@link Since}) is then tried where a time may begin, not at each of
 * them: its sixty alternatives were most of the cost of reading when a matter began.
 * Each first character is read where it is first met (some 250 short matches; all of them at start would add a good
 * part of a second to the extractor's cold load on a busy machine).
 * Only for patterns that read no character not written in them but ASCII (no ., \p, \w, \S, negated classes, ranges
 * of non-ASCII characters, escapes of code points, flags) and see nothing before their start (no look-behind, anchors or
 * boundaries). Thread-safe: a first character read twice at once reads the same.
 */
final class MatchStarts {
  private static final String[] UNREAD = {".", "\\p", "\\P", "\\w", "\\W", "\\S", "\\D", "\\s", "\\h", "\\H", "\\v",
      "\\V", "\\R", "\\X", "\\N", "\\u", "\\x", "\\0", "\\c", "[^", "(?<=", "(?<!", "^", "$", "\\b", "\\B", "\\A", "\\G",
      "\\Z", "\\z", "\\Q", "(?i", "(?u", "(?U", "(?x", "(?s", "(?m", "(?d", "&&"};
  /** Marks a first character that is a match alone: any second character may follow. */
  private static final long[] ALONE = new long[0];

  private final Pattern pattern;
  private final String firsts;
  /** The characters a match may read second: ASCII (\d, [a-z]) and those written in the pattern. */
  private final String seconds;
  /**
   * Per first character (its index in firsts): the characters that may follow it, by their low ten bits (a bit set may
   * be another character's: it only lets a position through); null until it is first met.
   */
  private final AtomicReferenceArray<long[]> after;
  /**
   * For a pattern whose every match begun at an ASCII digit reads the rest of that run of digits and then one of these
   * characters: null where not said ({@link #afterDigits}).
   */
  private final String digitsGoOn;

  private MatchStarts(Pattern pattern, String firsts, String seconds, String digitsGoOn) {
    this.pattern = pattern;
    this.firsts = firsts;
    this.seconds = seconds;
    this.digitsGoOn = digitsGoOn;
    this.after = new AtomicReferenceArray<>(firsts.length());
  }

  /**
   * The same starts, and none inside a run of ASCII digits that is not followed by one of {@code goOn}: for a pattern
   * none of whose matches begun at a digit ends among digits or reads a non-digit before the run's end (a time such as
   * 3月, 2026年, 两个多月 never begins inside a phone number, each of whose eleven digits the pair test lets through).
   * The caller vouches for it (SinceTest reads it off the pattern for every character the pattern can tell apart).
   */
  MatchStarts afterDigits(String goOn) {
    return new MatchStarts(pattern, firsts, seconds, goOn);
  }

  /**
   * The starts of {@code pattern}'s matches, every one of which begins with one of {@code firsts}.
   *
   * @throws IllegalArgumentException for a pattern that may read characters not written in it, or before its start
   */
  static MatchStarts of(Pattern pattern, String firsts) {
    String source = pattern.pattern();
    for (String u : UNREAD) {
      if (pattern.flags() != 0 || source.contains(u)) {
        throw new IllegalArgumentException("a pattern whose reading MatchStarts cannot bound: " + u);
      }
    }
    for (int k = source.indexOf('-'); k >= 0; k = source.indexOf('-', k + 1)) {
      if (k > 0 && source.charAt(k - 1) > 127 || k + 1 < source.length() && source.charAt(k + 1) > 127) {
        throw new IllegalArgumentException("a pattern with a range of characters not written in it");
      }
    }
    StringBuilder seconds = new StringBuilder();
    for (char c = 0; c < 128; c++) {
      seconds.append(c);
    }
    source.chars().filter(c -> c >= 128).distinct().forEach(c -> seconds.append((char) c));
    return new MatchStarts(pattern, firsts, seconds.toString(), null);
  }

  /**
   * Whether a match may begin at {@code i}, where one of the firsts stands (the caller has looked): it is a match alone,
   * or the last character, or the character after it may follow it in a match.
   */
  boolean may(String text, int i) {
    if (digitsGoOn != null && digit(text.charAt(i))) {
      int j = i + 1;
      while (j < text.length() && digit(text.charAt(j))) {
        j++;
      }
      if (j == text.length() || digitsGoOn.indexOf(text.charAt(j)) < 0) {
        return false;
      }
    }
    int f = firsts.indexOf(text.charAt(i));
    if (f < 0 || i + 1 >= text.length()) {
      return true;
    }
    long[] next = after.get(f);
    if (next == null) {
      next = read(text.charAt(i));
      after.set(f, next);
    }
    char x = text.charAt(i + 1);
    return next == ALONE || (next[x >>> 6 & 15] & 1L << x) != 0;
  }

  private static boolean digit(char c) {
    return c >= '0' && c <= '9';
  }

  /** The characters that may follow {@code c} at the start of a match, or ALONE. */
  private long[] read(char c) {
    Matcher m = pattern.matcher("");
    if (m.reset(String.valueOf(c)).lookingAt()) {
      return ALONE;
    }
    long[] next = new long[16];
    for (int k = 0; k < seconds.length(); k++) {
      char x = seconds.charAt(k);
      if (m.reset(new String(new char[] {c, x})).lookingAt() || m.hitEnd()) {
        next[x >>> 6 & 15] |= 1L << x;
      }
    }
    return next;
  }
}
