package org.ecopetition.gateway.nlp;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A cheap pre-check before a pattern scan: a pattern whose every match starts with one of a few characters
 * cannot match a text that has none of them. The extractor runs some thirty patterns on every message; most
 * of them find nothing, and this is how they find nothing quickly.
 */
final class Cues {
  private Cues() {}

  /** Whether the text contains any of the characters (case-sensitive). */
  static boolean any(String text, String chars) {
    long[] f = filter(chars);
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if ((f[c >>> 6 & 15] & 1L << c) != 0 && chars.indexOf(c) >= 0) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether one of the words (ASCII letters) stands in the text in any case: a pre-check for a case-insensitive pattern
   * every match of which holds one of them. {@code regionMatches}' case folding matches what (?i) matches, and more
   * (ſ, K): never less, so a text it passes over has no match.
   */
  static boolean anyIgnoreCase(String text, String[] words) {
    for (String w : words) {
      char lo = w.charAt(0);
      char up = Character.toUpperCase(lo);
      for (int i = 0, last = text.length() - w.length(); i <= last; i++) {
        char c = text.charAt(i);
        if ((c == lo || c == up || c > 127) && text.regionMatches(true, i, w, 0, w.length())) {
          return true;
        }
      }
    }
    return false;
  }

  /**
   * The same first match as {@code pattern.matcher(text).find()} for a pattern whose every match starts
   * with one of {@code firsts}, tried only where one of them stands: java.util.regex tries every
   * alternative of an alternation at every position, which is most of the cost of the name and address
   * patterns. Null when there is none. (CuesTest checks each such pair against find().)
   */
  static Matcher find(Pattern pattern, String text, String firsts) {
    long[] f = filter(firsts);
    int i = 0;
    while (i < text.length() && !in(f, firsts, text.charAt(i))) {
      i++;
    }
    if (i == text.length()) {
      return null; // most texts: no matcher made (one per pattern and message was a good part of the garbage)
    }
    Matcher m = pattern.matcher(text);
    return find(m, text, i, firsts) ? m : null;
  }

  /** The next match of a matcher over text at or after {@code from}, as find() would give it; the region is changed. */
  static boolean find(Matcher m, String text, int from, String firsts) {
    return find(m, text, from, text.length(), firsts);
  }

  /** The same within [from, to), as find() in that region would give it (for patterns without look-around or anchors). */
  static boolean find(Matcher m, String text, int from, int to, String firsts) {
    // Transparent and non-anchoring bounds: look-behind, look-ahead and ^ see the whole text, as with find().
    m.useTransparentBounds(true).useAnchoringBounds(false);
    long[] f = filter(firsts);
    for (int i = from; i < to; i++) {
      if (in(f, firsts, text.charAt(i)) && m.region(i, to).lookingAt()) {
        return true;
      }
    }
    return false;
  }

  /**
   * As {@link #find(Matcher, String, int, String)}, tried only where the pair of characters there may begin a match
   * ({@link MatchStarts} of the same pattern and firsts): for a pattern whose first characters are common ones.
   */
  static boolean find(Matcher m, String text, int from, String firsts, MatchStarts starts) {
    m.useTransparentBounds(true).useAnchoringBounds(false);
    long[] f = filter(firsts);
    int to = text.length();
    for (int i = from; i < to; i++) {
      if (in(f, firsts, text.charAt(i)) && starts.may(text, i) && m.region(i, to).lookingAt()) {
        return true;
      }
    }
    return false;
  }

  /**
   * As {@link #find(Matcher, String, int, String)} for a pattern whose every match starts with an upper-case letter
   * ({@code \p{Lu}}, read as the pattern reads it at that index) or one of {@code firsts}: the English unit patterns,
   * tried at every letter of a message otherwise. (CuesTest checks each such pattern against find().)
   */
  static boolean findUpper(Matcher m, String text, int from, String firsts) {
    m.useTransparentBounds(true).useAnchoringBounds(false);
    int to = text.length();
    for (int i = from; i < to; i++) {
      char c = text.charAt(i);
      boolean may = c >= '\u4e00' && c <= '\u9fff' ? false // CJK ideographs: no case
          : Character.getType(text.codePointAt(i)) == Character.UPPERCASE_LETTER || firsts.indexOf(c) >= 0;
      if (may && m.region(i, to).lookingAt()) {
        return true;
      }
    }
    return false;
  }

  /**
   * A character's bit in a 1,024-bit filter of the given characters (by its low ten bits): most characters of a
   * text are none of them and are told so by one bit, without a scan of the string; made once per string.
   */
  private static final java.util.concurrent.ConcurrentHashMap<String, long[]> FILTERS = new java.util.concurrent.ConcurrentHashMap<>();

  private static long[] filter(String chars) {
    long[] f = FILTERS.get(chars);
    if (f == null) {
      f = new long[16];
      for (int i = 0; i < chars.length(); i++) {
        char c = chars.charAt(i);
        f[c >>> 6 & 15] |= 1L << c;
      }
      if (FILTERS.size() < 1024) { // the callers' constants; a string made per call would only pass through
        FILTERS.putIfAbsent(chars, f);
      }
    }
    return f;
  }

  private static boolean in(long[] filter, String chars, char c) {
    return (filter[c >>> 6 & 15] & 1L << c) != 0 && chars.indexOf(c) >= 0;
  }
}
