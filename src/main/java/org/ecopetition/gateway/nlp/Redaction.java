package org.ecopetition.gateway.nlp;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * The copy of a petitioner's text that others may read (Art 23, 24): every identity span the extractor found —
 * the writer's and any third person's names, phones, ID numbers and residence addresses — replaced by a placeholder
 * ({@code 【姓名】}, {@code 【电话】}, {@code 【身份证号】}, {@code 【地址】}), and every further occurrence of an identity
 * the case already knows (the name, phone and address collected by the dialog or typed by staff) as well, a phone
 * however its digits are written. Pure: the caller runs the extractor (on a worker pool) and passes its spans.
 */
public final class Redaction {
  /** Compiled once: read for every value against every text when a conversation is masked. */
  private static final java.util.regex.Pattern NOT_DIGIT_OR_X = java.util.regex.Pattern.compile("[^0-9X]");
  public static final Map<String, String> PLACEHOLDER = Map.of(Identity.NAME, "【姓名】", Identity.PHONE, "【电话】",
      Identity.ID, "【身份证号】", Identity.ADDRESS, "【地址】");

  private Redaction() {}

  /**
   * {@code text} with {@code spans} and every occurrence of the {@code known} identities (type → value; null values
   * ignored) replaced by their placeholders. {@code keep}: a name not to mask (the reported party's, when it is a
   * person the report is about), or null.
   */
  public static String redact(String text, List<Identity> spans, Map<String, String> known, String keep) {
    if (text == null || text.isEmpty()) {
      return text;
    }
    List<Identity> all = new ArrayList<>();
    for (Identity i : spans) {
      if (i.start() < 0 || i.end() > text.length() || i.start() >= i.end()) {
        continue;
      }
      if (keep != null && !keep.isBlank() && Identity.NAME.equals(i.type()) && Identity.THIRD.equals(i.whose())
          && keep.contains(text.substring(i.start(), i.end()))) {
        continue;
      }
      all.add(i);
    }
    known.forEach((type, value) -> {
      if (value != null && !value.isBlank() && PLACEHOLDER.containsKey(type)) {
        all.addAll(occurrences(text, type, value.strip()));
      }
    });
    all.sort(Comparator.comparingInt(Identity::start).thenComparing(Comparator.comparingInt(Identity::end).reversed()));
    StringBuilder out = new StringBuilder(text.length());
    int at = 0;
    String lastType = null;
    for (Identity i : all) {
      if (i.end() <= at) {
        continue;
      }
      int start = Math.max(at, i.start());
      String between = text.substring(at, start);
      // Two spans of one kind side by side (a number split by a space) read as one placeholder.
      if (!(between.isBlank() && i.type().equals(lastType) && start > 0)) {
        out.append(between).append(PLACEHOLDER.get(i.type()));
      }
      at = i.end();
      lastType = i.type();
    }
    out.append(text, at, text.length());
    return out.toString();
  }

  /**
   * {@code text} with every occurrence of the given identities (type → the values as written) replaced by their
   * placeholders: for texts that only repeat what was read elsewhere (what the gateway said back), masked without
   * reading them again.
   */
  public static String redactValues(String text, Map<String, ? extends java.util.Collection<String>> values) {
    if (text == null || text.isEmpty()) {
      return text;
    }
    List<Identity> spans = new ArrayList<>();
    values.forEach((type, vs) -> {
      if (PLACEHOLDER.containsKey(type)) {
        vs.forEach(v -> {
          if (v != null && !v.isBlank()) {
            spans.addAll(occurrences(text, type, v.strip()));
          }
        });
      }
    });
    return redact(text, spans, Map.of(), null);
  }

  /** Where {@code value} occurs in {@code text}: a phone or ID number by its digits, however written. */
  static List<Identity> occurrences(String text, String type, String value) {
    List<Identity> out = new ArrayList<>();
    if (Identity.PHONE.equals(type) || Identity.ID.equals(type)) {
      String want = NOT_DIGIT_OR_X.matcher(Digits.read(value).toUpperCase()).replaceAll("");
      if (want.startsWith("86") && want.length() == 13) {
        want = want.substring(2);
      }
      if (want.length() < 5) {
        return out;
      }
      // The text's digits with the positions they came from: separators between digits are skipped.
      StringBuilder d = new StringBuilder();
      List<Integer> pos = new ArrayList<>();
      for (int k = 0; k < text.length(); k++) {
        char c = Digits.digit(text.charAt(k));
        if (c == 0 && (text.charAt(k) == 'X' || text.charAt(k) == 'x')) {
          c = 'X';
        }
        if (c != 0) {
          d.append(c);
          pos.add(k);
        } else if (" -—–()（）".indexOf(text.charAt(k)) < 0) {
          d.append('|');
          pos.add(k);
        }
      }
      String digits = d.toString();
      for (int f = digits.indexOf(want); f >= 0; f = digits.indexOf(want, f + 1)) {
        out.add(new Identity(type, Identity.PETITIONER, pos.get(f), pos.get(f + want.length() - 1) + 1));
      }
      return out;
    }
    if (value.length() < 2) {
      return out;
    }
    for (int f = text.indexOf(value); f >= 0; f = text.indexOf(value, f + 1)) {
      out.add(new Identity(type, Identity.PETITIONER, f, f + value.length()));
    }
    return out;
  }

  /** Digits as a reader reads them: Arabic, full-width and Chinese numerals (幺 one, 两 two). */
  public static final class Digits {
    private Digits() {}

    /** The digit {@code c} stands for, or 0 when it is none. */
    public static char digit(char c) {
      if (c >= '0' && c <= '9') {
        return c;
      }
      if (c >= '０' && c <= '９') {
        return (char) ('0' + c - '０');
      }
      int k = "零〇一二三四五六七八九".indexOf(c);
      if (k >= 0) {
        return k <= 1 ? '0' : (char) ('0' + k - 1);
      }
      return switch (c) {
        case '幺' -> '1';
        case '两' -> '2';
        case '壹' -> '1';
        case '贰' -> '2';
        case '叁' -> '3';
        case '肆' -> '4';
        case '伍' -> '5';
        case '陆' -> '6';
        case '柒' -> '7';
        case '捌' -> '8';
        case '玖' -> '9';
        default -> 0;
      };
    }

    /** {@code s} with every numeral read as its digit. */
    public static String read(String s) {
      StringBuilder b = new StringBuilder(s.length());
      for (char c : s.toCharArray()) {
        char d = digit(c);
        b.append(d == 0 ? c : d);
      }
      return b.toString();
    }
  }
}
