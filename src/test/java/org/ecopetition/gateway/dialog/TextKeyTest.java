package org.ecopetition.gateway.dialog;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Issue 16: {@link Text#key} skips its rewrites (half-width, edge punctuation, runs of spaces) when a text has
 * nothing they would change; the key is the one the rewrites always made.
 */
class TextKeyTest {
  /** The key as it was computed before the prechecks: every rewrite on every text. */
  private static String everyRewrite(String s) {
    StringBuilder b = new StringBuilder();
    for (char c : Text.simplified(s).toCharArray()) {
      if (c >= '\uFF01' && c <= '\uFF5E' && (Character.isLetterOrDigit(c - 0xFEE0) || c == '\uFF0B')) {
        b.append((char) (c - 0xFEE0));
      } else {
        b.append(c == '\u3000' ? ' ' : c);
      }
    }
    String k = b.toString().strip().toLowerCase(Locale.ROOT);
    String bare = Pattern.compile("^[\\p{Punct}\\p{IsPunctuation}\\s]+|[\\p{Punct}\\p{IsPunctuation}\\s]+$")
        .matcher(k).replaceAll("");
    return Pattern.compile("\\s+").matcher(bare.isEmpty() ? k : bare).replaceAll(" ");
  }

  @Test
  void keysAsEveryRewriteMadeThem() {
    for (String s : List.of("", " ", "?", "？？", "确认提交", " 確認提交！", "「修改」", "修改  电话", "修改\t电话\n",
        "ＹＥＳ", "ｙｅｓ　please", "Change Phone.", "...ok...", "1", "１２", "（是）", "-", "a - b", "😀好", "好😀",
        "𠀀确认", "江苏省南京市江宁区秣陵街道。", "HB2026112900001", "＋86 138 0000 1111")) {
      assertThat(Text.key(s)).as("[%s]", s).isEqualTo(everyRewrite(s));
    }
    String pool = " \t\n\u3000.,!?？。，！「」()（）-_~*ａＺ０９＋＃abcXYZ019是否确認修改電話😀";
    Random r = new Random(16);
    for (int i = 0; i < 20_000; i++) {
      StringBuilder b = new StringBuilder();
      int n = r.nextInt(8);
      for (int j = 0; j < n; j++) {
        int at = r.nextInt(pool.length());
        b.append(Character.isHighSurrogate(pool.charAt(at)) ? pool.substring(at, at + 2)
            : Character.isLowSurrogate(pool.charAt(at)) ? "" : String.valueOf(pool.charAt(at)));
      }
      String s = b.toString();
      assertThat(Text.key(s)).as("[%s]", s).isEqualTo(everyRewrite(s));
    }
  }
}
