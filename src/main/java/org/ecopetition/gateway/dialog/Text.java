package org.ecopetition.gateway.dialog;

import java.util.Locale;
import java.util.regex.Pattern;

/** Small text helpers shared by the engine's matching. */
final class Text {
  /** Compiled once: {@link #key} runs many times a turn, and compiling these on each call was a hot spot. */
  private static final Pattern EDGES =
      Pattern.compile("^[\\p{Punct}\\p{IsPunctuation}\\s]+|[\\p{Punct}\\p{IsPunctuation}\\s]+$");
  private static final Pattern SPACES = Pattern.compile("\\s+");

  private Text() {}

  /** Traditional characters as simplified ones, only where there are any (HanLP's table, nothing else changed). */
  static String simplified(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (Character.UnicodeScript.of(s.charAt(i)) == Character.UnicodeScript.HAN) {
        return org.ecopetition.gateway.nlp.Normaliser.simplified(s);
      }
    }
    return s;
  }

  /** Full-width ASCII (digits, letters, signs) to half-width; Chinese punctuation stays. */
  static String halfWidth(String s) {
    int i0 = 0;
    while (i0 < s.length() && !(s.charAt(i0) >= '\uFF01' && s.charAt(i0) <= '\uFF5E' || s.charAt(i0) == '\u3000')) {
      i0++;
    }
    if (i0 == s.length()) {
      return s; // nothing full-width: most messages, and every key compared
    }
    StringBuilder b = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c >= '\uFF01' && c <= '\uFF5E' && (Character.isLetterOrDigit(c - 0xFEE0) || c == '\uFF0B')) {
        b.append((char) (c - 0xFEE0));
      } else if (c == '\u3000') {
        b.append(' ');
      } else {
        b.append(c);
      }
    }
    return b.toString();
  }

  /**
   * The form commands and choices are compared in: simplified characters (an option typed in traditional ones
   * is understood), half-width, lower case, no edge punctuation or space.
   */
  static String key(String s) {
    return CallMemo.key(s, Text::keyOf);
  }

  private static String keyOf(String s) {
    String k = halfWidth(simplified(s)).strip().toLowerCase(Locale.ROOT);
    String bare = atEdge(k) ? EDGES.matcher(k).replaceAll("") : k;
    // A message of punctuation only ("?") keeps it: it may be a command.
    String spaced = bare.isEmpty() ? k : bare;
    return oneSpaces(spaced) ? spaced : SPACES.matcher(spaced).replaceAll(" ");
  }

  /** The characters {@link #EDGES} strips, as its own class says (read from it once: the same set, no copy). */
  private static final java.util.BitSet EDGE_CHARS = edgeChars();

  private static java.util.BitSet edgeChars() {
    Pattern one = Pattern.compile("[\\p{Punct}\\p{IsPunctuation}\\s]");
    java.util.BitSet set = new java.util.BitSet(0x10000);
    for (int c = 0; c < 0x10000; c++) {
      if (!Character.isSurrogate((char) c) && one.matcher(String.valueOf((char) c)).matches()) {
        set.set(c);
      }
    }
    return set;
  }

  /** Whether {@link #EDGES} may strip something: the first or last character is one it strips (or not plain). */
  private static boolean atEdge(String k) {
    if (k.isEmpty()) {
      return false;
    }
    char first = k.charAt(0);
    char last = k.charAt(k.length() - 1);
    return Character.isSurrogate(first) || Character.isSurrogate(last) || EDGE_CHARS.get(first) || EDGE_CHARS.get(last);
  }

  /** Whether every run of {@link #SPACES} is already one plain space (so the replacement changes nothing). */
  private static boolean oneSpaces(String k) {
    for (int i = 0; i < k.length(); i++) {
      char c = k.charAt(i);
      if (c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r'
          || c == ' ' && i + 1 < k.length() && k.charAt(i + 1) == ' ') {
        return false;
      }
    }
    return true;
  }
}
