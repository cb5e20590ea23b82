package org.ecopetition.gateway.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The masking of known identities, prepared once for many texts ({@link Redaction.Values}), masks exactly what the
 * first version did (each text's digits read again for each value): both run on generated texts holding several
 * phones, ID numbers, names and addresses, written as people write them (Chinese numerals, full-width digits,
 * separators, +86, a lower-case x), next to near misses and other numbers.
 */
class RedactionTest {
  private static final String[] NAMES = {"王建国", "李秀英", "张伟", "赵", "陈晓明"};
  private static final String[] ADDRESSES = {"幸福路12号3单元", "城南新村5栋", "河东区花园街"};
  private static final String[] FILLER = {"我家附近的工厂", "每天晚上排放", "黑烟", "，", "。", " ", "气味很大", "请尽快处理",
      "电话", "身份证", "联系我", "Room ", "x", "X", "(", "）", "—", "–", "-", "第3车间", "2024年5月", "１２", "幺", "两",
      "叁", "零", "〇", "八", "\n", "ABC", "ß"};

  @Test
  void masksManyTextsAsTheFirstVersionDid() {
    Random random = new Random(16);
    int masked = 0;
    for (int round = 0; round < 400; round++) {
      List<String> phones = List.of(phone(random), phone(random), phone(random));
      List<String> ids = List.of(id(random), id(random));
      Map<String, Set<String>> values = new LinkedHashMap<>();
      values.put(Identity.PHONE, new LinkedHashSet<>(List.of(phones.get(0), phones.get(1), "+86 " + phones.get(2))));
      values.put(Identity.ID, new LinkedHashSet<>(List.of(ids.get(0), ids.get(1).toLowerCase(), "123")));
      values.put(Identity.NAME, new LinkedHashSet<>(List.of(NAMES[random.nextInt(NAMES.length)], NAMES[0], " ", "张")));
      values.put(Identity.ADDRESS, new LinkedHashSet<>(List.of(ADDRESSES[random.nextInt(ADDRESSES.length)])));
      values.put("other", new LinkedHashSet<>(List.of("工厂")));
      Map<String, String> known = new HashMap<>();
      known.put(Identity.PHONE, " " + phones.get(0) + " ");
      known.put(Identity.NAME, NAMES[random.nextInt(NAMES.length)]);
      known.put(Identity.ADDRESS, random.nextBoolean() ? null : ADDRESSES[0]);
      known.put(Identity.ID, ids.get(1));
      Redaction.Values prepared = Redaction.values(values);
      Redaction.Values preparedKnown = Redaction.known(known);
      for (int t = 0; t < 30; t++) {
        String text = text(random, phones, ids);
        String expected = RedactionBefore.redactValues(text, values);
        assertThat(Redaction.redactValues(text, values)).as(text).isEqualTo(expected);
        assertThat(prepared.redact(text)).as(text).isEqualTo(expected);
        masked += expected.equals(text) ? 0 : 1;
        List<Identity> spans = spans(random, text);
        String keep = random.nextBoolean() ? null : text.substring(0, Math.min(3, text.length()));
        String expectedKnown = RedactionBefore.redact(text, spans, known, keep);
        assertThat(Redaction.redact(text, spans, known, keep)).as(text).isEqualTo(expectedKnown);
        assertThat(Redaction.redact(text, spans, preparedKnown, keep)).as(text).isEqualTo(expectedKnown);
      }
    }
    // The generated texts do hold the identities: most are masked somewhere.
    assertThat(masked).isGreaterThan(400 * 30 / 2);
  }

  @Test
  void readsEveryNumeralAsTheFirstVersionDid() {
    for (char c = 0; c < Character.MAX_VALUE; c++) {
      assertThat(Redaction.Digits.digit(c)).as("U+%04X", (int) c).isEqualTo(RedactionBefore.digit(c));
    }
  }

  @Test
  void masksAPhoneHoweverWrittenAndEveryNameAndId() {
    Map<String, Set<String>> values = Map.of(Identity.PHONE, Set.of("13812345678"), Identity.ID,
        Set.of("11010519491231002X"), Identity.NAME, Set.of("王建国"));
    assertThat(Redaction.redactValues("王建国说：打幺三八 一二三四 五六七八，证件11010519491231002x。", values))
        .isEqualTo("【姓名】说：打【电话】，证件【身份证号】。");
    assertThat(Redaction.redactValues("没有可以遮盖的内容 1381234", values)).isEqualTo("没有可以遮盖的内容 1381234");
  }

  private static String phone(Random r) {
    StringBuilder b = new StringBuilder("1").append(3 + r.nextInt(6));
    for (int k = 0; k < 9; k++) {
      b.append(r.nextInt(10));
    }
    return b.toString();
  }

  private static String id(Random r) {
    StringBuilder b = new StringBuilder();
    for (int k = 0; k < 17; k++) {
      b.append(r.nextInt(10));
    }
    return b.append(r.nextInt(4) == 0 ? 'X' : (char) ('0' + r.nextInt(10))).toString();
  }

  /** A number as a person may write it: digits, Chinese or full-width numerals, grouped by spaces or dashes. */
  private static String written(Random r, String digits) {
    StringBuilder b = new StringBuilder();
    if (r.nextInt(5) == 0) {
      b.append(r.nextBoolean() ? "+86 " : "86");
    }
    int style = r.nextInt(4);
    for (int k = 0; k < digits.length(); k++) {
      char c = digits.charAt(k);
      if (k > 0 && k % 4 == 3 && r.nextInt(3) == 0) {
        b.append(" -—–()（）".charAt(r.nextInt(8)));
      }
      if (c == 'X') {
        b.append(r.nextBoolean() ? 'x' : 'X');
      } else if (style == 1) {
        b.append("零一二三四五六七八九".charAt(c - '0') == '一' && r.nextBoolean() ? '幺' : "零一二三四五六七八九".charAt(c - '0'));
      } else if (style == 2) {
        b.append((char) ('０' + c - '0'));
      } else if (style == 3 && r.nextInt(6) == 0) {
        b.append("〇壹贰叁肆伍陆柒捌玖".charAt(c - '0'));
      } else {
        b.append(c);
      }
    }
    return b.toString();
  }

  private static String text(Random r, List<String> phones, List<String> ids) {
    StringBuilder b = new StringBuilder();
    int parts = 1 + r.nextInt(12);
    for (int k = 0; k < parts; k++) {
      switch (r.nextInt(9)) {
        case 0 -> b.append(written(r, phones.get(r.nextInt(phones.size()))));
        case 1 -> b.append(written(r, ids.get(r.nextInt(ids.size()))));
        case 2 -> b.append(NAMES[r.nextInt(NAMES.length)]);
        case 3 -> b.append(ADDRESSES[r.nextInt(ADDRESSES.length)]);
        // A near miss: part of a number, or one with a digit changed.
        case 4 -> {
          String p = phones.get(r.nextInt(phones.size()));
          b.append(r.nextBoolean() ? p.substring(0, 4 + r.nextInt(6)) : p.substring(0, 10) + (p.charAt(10) == '9' ? '0' : '9'));
        }
        default -> b.append(FILLER[r.nextInt(FILLER.length)]);
      }
    }
    return b.toString();
  }

  /** Spans as the extractor gives them: some of a third person's names, some out of the text or empty. */
  private static List<Identity> spans(Random r, String text) {
    List<Identity> out = new ArrayList<>();
    String[] types = {Identity.NAME, Identity.PHONE, Identity.ID, Identity.ADDRESS};
    for (int k = r.nextInt(4); k > 0; k--) {
      int start = r.nextInt(text.length() + 2) - 1;
      int end = start + r.nextInt(6) - 1;
      out.add(new Identity(types[r.nextInt(types.length)], r.nextBoolean() ? Identity.THIRD : Identity.PETITIONER,
          start, end));
    }
    return out;
  }
}
