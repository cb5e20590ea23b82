package org.ecopetition.gateway.nlp;

import com.hankcs.hanlp.HanLP;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Text as the extractor reads it: traditional → simplified (HanLP), full-width digits and letters →
 * half-width (Chinese punctuation stays: names need it), numbers spelled in Chinese digits ("一三九八七…")
 * → digits, and spaces or dashes inside digit runs removed. Lengths can change, so spans refer to the
 * normalised text.
 */
public final class Normaliser {
  private static final Pattern SPELLED = Pattern.compile("[零〇一二三四五六七八九幺两]{7,}");
  private static final Pattern SEPARATORS = Pattern.compile("[ \\-—–]");
  private static final Pattern DIGIT_RUN = Pattern.compile("\\d[\\d \\-—–]{6,}\\d");
  private static final Pattern PLUS86 = Pattern.compile("\\+\\s?86\\s?(?=1[3-9]\\d)");
  private static final Pattern AREA_CODE = Pattern.compile("[(（](0\\d{2,3})[)）]\\s?(?=\\d{7,8})");

  private Normaliser() {}

  public static String normalise(String raw) {
    String s = raw == null ? "" : raw;
    s = HanLP.convertToSimplifiedChinese(s);
    StringBuilder b = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c >= '０' && c <= '９' || c >= 'Ａ' && c <= 'Ｚ' || c >= 'ａ' && c <= 'ｚ' || c == '＋' || c == '－') {
        b.append((char) (c - 0xFEE0));
      } else if (c == '\u3000') {
        b.append(' ');
      } else if (Character.isISOControl(c) && c != '\n') {
        b.append(' ');
      } else {
        b.append(c);
      }
    }
    s = b.toString();
    Matcher m = SPELLED.matcher(s);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      StringBuilder digits = new StringBuilder();
      for (char c : m.group().toCharArray()) {
        digits.append(switch (c) {
          case '零', '〇' -> '0';
          case '一', '幺' -> '1';
          case '二', '两' -> '2';
          default -> (char) ('0' + "零一二三四五六七八九".indexOf(c));
        });
      }
      m.appendReplacement(out, digits.toString());
    }
    m.appendTail(out);
    s = PLUS86.matcher(out.toString()).replaceAll("");
    s = AREA_CODE.matcher(s).replaceAll("$1");
    // "138 1234 5678", "0571-88231234": one number when the run has a phone's or an ID's length, so that
    // a range such as "3-5" stays as written.
    Matcher run = DIGIT_RUN.matcher(s);
    StringBuilder joined = new StringBuilder();
    while (run.find()) {
      String digits = SEPARATORS.matcher(run.group()).replaceAll("");
      String keep = digits.length() >= 10 && digits.length() <= 18 ? digits : run.group();
      run.appendReplacement(joined, Matcher.quoteReplacement(keep));
    }
    run.appendTail(joined);
    return joined.toString();
  }
}
