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
    String bare = EDGES.matcher(k).replaceAll("");
    // A message of punctuation only ("?") keeps it: it may be a command.
    return SPACES.matcher(bare.isEmpty() ? k : bare).replaceAll(" ");
  }
}
