package org.ecopetition.gateway.nlp;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * The masking of known identities as it was first written, kept as it was: each value looked for on its own, the
 * text's digits read again for each. What {@link RedactionTest} compares {@link Redaction} with, and what the
 * anonymity masking A/B ({@code bench/AnonymityMaskingAb}) measures it against.
 */
public final class RedactionBefore {
  private RedactionBefore() {}

  private static final java.util.regex.Pattern NOT_DIGIT_OR_X = java.util.regex.Pattern.compile("[^0-9X]");

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
      if (value != null && !value.isBlank() && Redaction.PLACEHOLDER.containsKey(type)) {
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
      if (!(between.isBlank() && i.type().equals(lastType) && start > 0)) {
        out.append(between).append(Redaction.PLACEHOLDER.get(i.type()));
      }
      at = i.end();
      lastType = i.type();
    }
    out.append(text, at, text.length());
    return out.toString();
  }

  public static String redactValues(String text, Map<String, ? extends java.util.Collection<String>> values) {
    if (text == null || text.isEmpty()) {
      return text;
    }
    List<Identity> spans = new ArrayList<>();
    values.forEach((type, vs) -> {
      if (Redaction.PLACEHOLDER.containsKey(type)) {
        vs.forEach(v -> {
          if (v != null && !v.isBlank()) {
            spans.addAll(occurrences(text, type, v.strip()));
          }
        });
      }
    });
    return redact(text, spans, Map.of(), null);
  }

  static List<Identity> occurrences(String text, String type, String value) {
    List<Identity> out = new ArrayList<>();
    if (Identity.PHONE.equals(type) || Identity.ID.equals(type)) {
      String want = NOT_DIGIT_OR_X.matcher(read(value).toUpperCase()).replaceAll("");
      if (want.startsWith("86") && want.length() == 13) {
        want = want.substring(2);
      }
      if (want.length() < 5) {
        return out;
      }
      StringBuilder d = new StringBuilder();
      List<Integer> pos = new ArrayList<>();
      for (int k = 0; k < text.length(); k++) {
        char c = digit(text.charAt(k));
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

  static String read(String s) {
    StringBuilder b = new StringBuilder(s.length());
    for (char c : s.toCharArray()) {
      char d = digit(c);
      b.append(d == 0 ? c : d);
    }
    return b.toString();
  }
}
