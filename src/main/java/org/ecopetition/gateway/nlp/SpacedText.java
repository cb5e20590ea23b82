package org.ecopetition.gateway.nlp;

import java.util.function.Predicate;

/**
 * A text written word by word (a hotline transcript, voice-to-text, an OCR'd letter: 叫 金泰 化肥 的厂, 恒德纺织 厂)
 * with the spaces taken out that stand before a unit word or a trade word written whole, and the way back to the text as
 * written. The polluter's rules read a name written on to its unit word; in such a text a space splits the name from
 * the word (r27pol). Only those spaces: elsewhere a space is the writer's comma (火锅店叫巴适得板 那个排烟管子…), and a
 * word said twice stays apart (恒源 恒源纸业).
 */
final class SpacedText {
  final String joined;
  /** For each character of {@link #joined}, its index in the text as written. */
  private final int[] at;
  private final String text;

  private SpacedText(String text, String joined, int[] at) {
    this.text = text;
    this.joined = joined;
    this.at = at;
  }

  /** The text joined where a space splits a word from the unit word after it, or null where none does. */
  static SpacedText of(String text, Predicate<String> unitPiece) {
    if (text.indexOf(' ') < 0) {
      return null;
    }
    StringBuilder b = null;
    int[] at = null;
    for (int i = 0; i < text.length(); i++) {
      if (i > 0 && i + 1 < text.length() && text.charAt(i) == ' ' && joins(text, i, unitPiece)) {
        if (b == null) {
          b = new StringBuilder(text.length()).append(text, 0, i);
          at = new int[text.length()];
          for (int k = 0; k < i; k++) {
            at[k] = k;
          }
        }
        continue;
      }
      if (b != null) {
        at[b.length()] = i;
        b.append(text.charAt(i));
      }
    }
    return b == null ? null : new SpacedText(text, b.toString(), at);
  }

  /** Whether the space at {@code i} stands between a word and a unit word written whole, not the same word again. */
  private static boolean joins(String text, int i, Predicate<String> unitPiece) {
    if (!Tokens.han(text.charAt(i - 1)) || !Tokens.han(text.charAt(i + 1))) {
      return false;
    }
    int a = i;
    while (a > 0 && Tokens.han(text.charAt(a - 1))) {
      a--;
    }
    int e = i + 1;
    while (e < text.length() && Tokens.han(text.charAt(e))) {
      e++;
    }
    String before = text.substring(a, i);
    String after = text.substring(i + 1, e);
    return after.length() <= 4 && unitPiece.test(after) && !after.startsWith(before) && !before.endsWith(after);
  }

  /** Where joined[start, end) starts in the text as written. */
  int start(int start) {
    return at[start];
  }

  /** Where joined[start, end) ends in the text as written. */
  int end(int end) {
    return at[end - 1] + 1;
  }

  /** A span of the joined text as written, its spaces kept (金泰 化肥), when {@code value} is the span read as joined. */
  String written(String value, int start, int end) {
    return value.equals(joined.substring(start, end)) ? text.substring(start(start), end(end)) : value;
  }
}
