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
    Starts starts = starts(m.pattern(), firsts);
    for (int i = from; i < to; i++) {
      if (in(f, firsts, text.charAt(i)) && starts.mayGoOn(text, i, to) && m.region(i, to).lookingAt()) {
        return true;
      }
    }
    return false;
  }

  /**
   * For each first character of a pattern's matches, the characters that may come second, as the pattern itself
   * says: a match that starts at i with c, d also matches, or reads past the end of, the two-character text "cd"
   * ({@link Matcher#hitEnd()}). Most places where a first character stands are then passed over without a match
   * attempt: Since's sixty alternatives were tried at every 一, 上, 有, 大 of a message, whatever followed. Only for
   * patterns whose every construct the filter can account for (see {@link #UNVOUCHED}); others keep the first
   * characters alone. Made once per pattern, then read-only.
   */
  static final class Starts {
    /**
     * Characters outside the pattern's own that its constructs tell apart (a Han character, upper- and lower-case letters
     * of another script, a letter of neither case, a digit, none of these, a Han numeral (no letter, yet Han)): each
     * stands for all of its class.
     */
    private static final String[][] CLASSES = {{"\u9fa0", "\u9fa1", "\u9fa2"}, {"\u03a9", "\u0416"}, {"\u03c9", "\u0436"},
        {"\uac00", "\uac01"}, {"\u0663", "\u0664"}, {"\ue000", "\ue001"},
        {"\u3007", "\u3021", "\u3022"}};
    /** Characters the pattern may treat apart from the rest: every ASCII character, the pattern's own, line ends. */
    private final String alphabet;
    /** The alphabet's 1,024-bit filter: most characters of a Chinese text are outside it, told by one bit. */
    private final long[] alphabetBits;
    /** Per character of {@code firsts}: the characters of the alphabet that may follow it, null when any may. */
    private final String[] seconds;
    /** Per character of {@code firsts}: whether a character outside the alphabet may follow it. */
    private final boolean[] others;
    private final String firsts;

    private Starts(Pattern pattern, String firsts) {
      this.firsts = firsts;
      StringBuilder a = new StringBuilder("\u0085\u2028\u2029"); // what '.' and $ tell apart beyond ASCII
      for (char c = 0; c < 128; c++) {
        a.append(c);
      }
      pattern.pattern().chars().filter(c -> c >= 128).distinct().forEach(c -> a.append((char) c));
      alphabet = a.toString();
      alphabetBits = filter(alphabet);
      StringBuilder reps = new StringBuilder();
      for (String[] cls : CLASSES) {
        reps.append(java.util.Arrays.stream(cls).filter(r -> alphabet.indexOf(r.charAt(0)) < 0).findFirst()
            .orElseThrow(() -> new IllegalStateException("no stand-in outside " + pattern)));
      }
      // A character before the match: none, a letter, a space (look-behind and \b read it; the union of the three).
      String[] before = pattern.pattern().contains("\\b") || pattern.pattern().contains("\\B") || pattern.pattern().contains("(?<!")
          ? new String[] {"", "a", " "} : new String[] {""};
      seconds = new String[firsts.length()];
      others = new boolean[firsts.length()];
      for (int k = 0; k < firsts.length(); k++) {
        char c = firsts.charAt(k);
        if (Character.isSurrogate(c) || matchesAlone(pattern, before, c)) {
          continue; // a match of one character: any second may follow (null: the pattern is asked)
        }
        StringBuilder may = new StringBuilder();
        for (int j = 0; j < alphabet.length(); j++) {
          if (mayFollow(pattern, before, c, alphabet.charAt(j))) {
            may.append(alphabet.charAt(j));
          }
        }
        seconds[k] = may.toString();
        for (int r = 0; r < reps.length(); r++) {
          others[k] |= mayFollow(pattern, before, c, reps.charAt(r));
        }
      }
    }

    /** Lets every place through: for a pattern the filter cannot vouch for. */
    private Starts() {
      alphabet = "";
      alphabetBits = new long[16];
      seconds = null;
      others = null;
      firsts = "";
    }

    private static boolean matchesAlone(Pattern pattern, String[] before, char first) {
      for (String b : before) {
        Matcher m = pattern.matcher(b + first).useTransparentBounds(true).useAnchoringBounds(false);
        if (m.region(b.length(), b.length() + 1).lookingAt()) {
          return true;
        }
      }
      return false;
    }

    private static boolean mayFollow(Pattern pattern, String[] before, char first, char second) {
      for (String b : before) {
        Matcher m = pattern.matcher(b + first + second).useTransparentBounds(true).useAnchoringBounds(false);
        if (m.region(b.length(), b.length() + 2).lookingAt() || m.hitEnd()) {
          return true;
        }
      }
      return false;
    }

    /** Whether a match may start at i (where a first character stands) as far as the next character shows. */
    boolean mayGoOn(String text, int i, int to) {
      if (seconds == null || i + 1 >= to) {
        return true;
      }
      int k = firsts.indexOf(text.charAt(i));
      String may = seconds[k];
      char d = text.charAt(i + 1);
      return may == null || Character.isSurrogate(d)
          || (d < 128 || in(alphabetBits, alphabet, d) ? may.indexOf(d) >= 0 : others[k]);
    }
  }

  /**
   * What the pair filter cannot vouch for: escapes but \d \D \s \S \w \W \b \B \n \t \r \f, escaped ASCII punctuation and the
   * classes \p{L}, \p{Lu}, \p{Ll}, \p{IsHan}, \p{Punct} (each told by a stand-in of {@link Starts#CLASSES}); Unicode
   * case folding or classes; look-behind that must find something; a range with a non-ASCII end. (Case-insensitive
   * matching folds ASCII only, which the alphabet holds whole.)
   */
  private static final Pattern UNVOUCHED = Pattern.compile("\\\\(?![dDsSwWbBntrf\\p{Punct}]|p\\{(?:L|Lu|Ll|IsHan|Punct)\\})"
      + "|\\(\\?[a-z]*[uU]|\\(\\?<=|[^\\x00-\\x7f]-|-[^\\x00-\\x7f]");
  private static final int UNVOUCHED_FLAGS = Pattern.UNICODE_CASE | Pattern.UNICODE_CHARACTER_CLASS | Pattern.CANON_EQ;
  private static final Starts NONE = new Starts();
  private static final java.util.Map<Pattern, Starts> STARTS = new java.util.concurrent.ConcurrentHashMap<>();

  /** Whether the pattern is searched with the pair filter (for CuesTest). */
  static boolean paired(Pattern pattern, String firsts) {
    return starts(pattern, firsts) != NONE;
  }

  /** The pattern's pair filter for these first characters, or one that lets every place through. */
  private static Starts starts(Pattern pattern, String firsts) {
    Starts s = STARTS.get(pattern);
    if (s == null) {
      s = (pattern.flags() & UNVOUCHED_FLAGS) == 0 && !UNVOUCHED.matcher(pattern.pattern()).find() ? new Starts(pattern, firsts) : NONE;
      if (STARTS.size() < 1024) {
        STARTS.putIfAbsent(pattern, s);
      }
    }
    return s.firsts.equals(firsts) || s == NONE ? s : NONE; // asked with other first characters: the pattern decides
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
