package org.ecopetition.gateway.nlp;

import com.hankcs.hanlp.seg.common.Term;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * What the classifiers read: HanLP's words (punctuation and numbers dropped) plus the character bigrams of
 * each run of Chinese characters, which carry meaning across segmentation mistakes and typos.
 */
final class Tokens {
  private Tokens() {}

  static String[] of(String text, List<Term> terms) {
    return split(text, terms).all();
  }

  /**
   * The tokens of {@link #of} with the bigrams left in the text: the classifiers hash "#" and the two characters
   * where they stand, and a string is made for none of the hundred or so bigrams of a message (most of the garbage
   * the tokens made). {@link #all} gives the same array as {@link #of}.
   */
  record Split(String[] words, String text, int[] bigrams) {
    int size() {
      return words.length + bigrams.length;
    }

    String[] all() {
      String[] out = java.util.Arrays.copyOf(words, size());
      for (int k = 0; k < bigrams.length; k++) {
        int at = bigrams[k];
        out[words.length + k] = new String(new char[] {'#', text.charAt(at), text.charAt(at + 1)});
      }
      return out;
    }
  }

  static Split split(String text, List<Term> terms) {
    List<String> out = new ArrayList<>();
    for (Term t : terms) {
      String w = t.word.strip();
      if (w.isEmpty() || t.nature.startsWith("w") || t.nature.startsWith("m")) {
        continue;
      }
      out.add(w.toLowerCase(Locale.ROOT));
    }
    int[] bigrams = new int[Math.max(0, text.length() - 1)];
    int n = 0;
    int runStart = -1;
    for (int i = 0; i <= text.length(); i++) {
      boolean han = i < text.length() && han(text.charAt(i));
      if (han && runStart < 0) {
        runStart = i;
      } else if (!han && runStart >= 0) {
        for (int k = runStart; k + 2 <= i; k++) {
          bigrams[n++] = k;
        }
        runStart = -1;
      }
    }
    return new Split(out.toArray(new String[0]), text, java.util.Arrays.copyOf(bigrams, n));
  }

  /** Whether the text has a Han character. */
  static boolean anyHan(String text) {
    for (int i = 0; i < text.length(); i++) {
      if (han(text.charAt(i))) {
        return true;
      }
    }
    return false;
  }

  /** The tokens followed by further features. */
  static String[] with(String[] tokens, String[] more) {
    String[] all = java.util.Arrays.copyOf(tokens, tokens.length + more.length);
    System.arraycopy(more, 0, all, tokens.length, more.length);
    return all;
  }

  /**
   * A Han character: the common block (U+4E00–U+9FFF) by its range, the script table (a binary search) only for
   * the rest from U+2E80, below which there are none. This runs on every character of every message.
   */
  static boolean han(int c) {
    return c >= 0x4e00 && c <= 0x9fff
        || c >= 0x2e80 && (c <= 0xffff ? (HAN_BMP[c >>> 6] & 1L << c) != 0 : Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN);
  }

  /**
   * The script table's answer for every character of the basic plane, read once: Chinese punctuation (，。、) stands in
   * every message and is above U+2E80, where the table's binary search was a good part of this test's cost.
   */
  private static final long[] HAN_BMP = new long[1024];

  static {
    for (int c = 0x2e80; c <= 0xffff; c++) {
      if (Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN) {
        HAN_BMP[c >>> 6] |= 1L << c;
      }
    }
  }
}
