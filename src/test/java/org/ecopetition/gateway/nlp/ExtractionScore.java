package org.ecopetition.gateway.nlp;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The scorer of the project's evaluation sets, field by field as the shared score.py scores them:
 * referral against a list of acceptable answers, inSystemKept, urgent and life-safety recall, ambiguous
 * places (a false alarm counts as much as a miss), polluter and subtype where the gold names one. Beyond
 * score.py, where the gold has them: the count of people affected (unit, count and bounds), the identity
 * spans (each labelled mention covered, per type, and no phone or ID number left readable once the spans are
 * masked, digits read as a person would read them), the main kind's confusions, and every field per register.
 */
final class ExtractionScore {
  private static final Pattern HONORIFICS = Pattern.compile("(先生|女士|小姐|同志|老师|师傅|阿姨|大爷|大妈)$");
  /** The fields whose mean is the overall score, as score.py's (the span, count and leak measures aside). */
  static final List<String> CONTRACT = List.of("intent", "caseNumber", "name", "phone", "idNumber", "province", "city",
      "county", "ambiguousPlace", "polluter", "kind", "category", "referral", "inSystemKept", "urgent", "urgentRecall",
      "urgentNoFalseAlarm", "lifeSafetyRecall", "subtype", "lang");

  final Map<String, int[]> fields = new LinkedHashMap<>();
  final Map<String, Map<String, int[]>> byRegister = new TreeMap<>();
  /** Main kind: gold (the acceptable one given, else the first) → predicted → cases. */
  final Map<String, Map<String, Integer>> confusion = new TreeMap<>();
  final List<String> misses = new ArrayList<>();
  /** A blind round's score: its report never lists its misses (they would quote its labels), only its counts. */
  private boolean sealed;

  ExtractionScore sealed() {
    sealed = true;
    return this;
  }

  private String register = "";

  void mark(String field, boolean ok, String id, Object want, Object got) {
    count(fields, field, ok);
    count(byRegister.computeIfAbsent(register, k -> new LinkedHashMap<>()), field, ok);
    if (!ok) {
      misses.add(id + " " + field + ": want " + want + " got " + got);
    }
  }

  private static void count(Map<String, int[]> m, String field, boolean ok) {
    int[] c = m.computeIfAbsent(field, k -> new int[2]);
    c[0] += ok ? 1 : 0;
    c[1]++;
  }

  double ratio(String field) {
    return ratio(fields, field);
  }

  static double ratio(Map<String, int[]> m, String field) {
    int[] c = m.get(field);
    return c == null || c[1] == 0 ? 1.0 : (double) c[0] / c[1];
  }

  /** The mean of the contract fields' ratios, as score.py's overall. */
  double overall() {
    return overall(fields);
  }

  static double overall(Map<String, int[]> m) {
    return CONTRACT.stream().filter(m::containsKey).mapToDouble(f -> ratio(m, f)).average().orElse(1.0);
  }

  /** The 95 % Wilson interval of a field's ratio. */
  double[] wilson(String field) {
    int[] c = fields.get(field);
    if (c == null || c[1] == 0) {
      return new double[] {1, 1};
    }
    double n = c[1];
    double p = c[0] / n;
    double z = 1.96;
    double centre = (p + z * z / (2 * n)) / (1 + z * z / n);
    double half = z * Math.sqrt(p * (1 - p) / n + z * z / (4 * n * n)) / (1 + z * z / n);
    return new double[] {Math.max(0, centre - half), Math.min(1, centre + half)};
  }

  static String s(JsonNode n, String f) {
    JsonNode v = n.get(f);
    return v == null || v.isNull() || v.asText().isEmpty() ? null : v.asText();
  }

  static String name(String s) {
    if (s == null) {
      return null;
    }
    String n = HONORIFICS.matcher(s.strip()).replaceAll("");
    return n.isEmpty() ? null : n;
  }

  static String digits(String s) {
    if (s == null) {
      return null;
    }
    String d = s.replaceAll("\\D", "");
    if (d.startsWith("86") && d.length() == 13) {
      d = d.substring(2);
    }
    return d.isEmpty() ? null : d;
  }

  static List<String> list(JsonNode v) {
    List<String> out = new ArrayList<>();
    if (v == null || v.isNull()) {
      return null;
    }
    if (v.isArray()) {
      v.forEach(x -> out.add(x.isNull() ? null : x.asText()));
    } else {
      out.add(v.asText());
    }
    return out;
  }

  void add(JsonNode gold, JsonNode got, String register) {
    this.register = register;
    String id = gold.get("id").asText();
    JsonNode want = gold.get("gold");
    mark("intent", Objects.equals(s(got, "intent"), s(want, "intent")), id, s(want, "intent"), s(got, "intent"));
    if (s(want, "caseNumber") != null) {
      mark("caseNumber", Objects.equals(s(got, "caseNumber"), s(want, "caseNumber")), id, s(want, "caseNumber"), s(got, "caseNumber"));
    }
    if (want.has("identities")) {
      spans(id, gold.get("text").asText(), want.get("identities"), got.get("identities"));
    }
    if (!"report".equals(s(want, "intent"))) {
      return;
    }
    mark("name", Objects.equals(name(s(got, "name")), name(s(want, "name"))), id, s(want, "name"), s(got, "name"));
    mark("phone", Objects.equals(digits(s(got, "phone")), digits(s(want, "phone"))), id, s(want, "phone"), s(got, "phone"));
    mark("idNumber", Objects.equals(s(got, "idNumber"), s(want, "idNumber")), id, s(want, "idNumber"), s(got, "idNumber"));
    for (String f : List.of("province", "city", "county")) {
      mark(f, Objects.equals(s(got, f), s(want, f)), id, s(want, f), s(got, f));
    }
    // Scored where a county is labelled, and where the place is a town several counties share (every level null,
    // ambiguous: the convention of nlp-models/eval/README.md), where the flag is what makes the dialog ask.
    if (s(want, "county") != null || want.path("ambiguousPlace").asBoolean(false)) {
      boolean amb = want.path("ambiguousPlace").asBoolean(false);
      boolean ok = amb ? got.path("ambiguousPlace").asBoolean(false) && s(got, "city") == null
          : !got.path("ambiguousPlace").asBoolean(false);
      mark("ambiguousPlace", ok, id, amb, got.path("ambiguousPlace").asBoolean(false));
    }
    if (s(want, "polluter") != null) {
      String p = s(got, "polluter");
      mark("polluter", p != null && samePolluter(p.strip(), s(want, "polluter"), gold.get("text").asText()), id, s(want, "polluter"), p);
    }
    List<String> kinds = list(want.get("kinds"));
    if (kinds != null && !kinds.isEmpty()) {
      List<String> g = list(got.get("kinds"));
      String predicted = g == null || g.isEmpty() ? "none" : g.get(0);
      mark("kind", kinds.contains(predicted), id, kinds, g);
      String truth = kinds.contains(predicted) ? predicted : kinds.get(0);
      confusion.computeIfAbsent(truth, k -> new TreeMap<>()).merge(predicted, 1, Integer::sum);
    }
    List<String> category = list(want.get("category"));
    if (category != null) {
      mark("category", category.contains(s(got, "category")), id, category, s(got, "category"));
    }
    List<String> ref = list(want.get("referral"));
    if (ref == null) {
      ref = new ArrayList<>();
      ref.add(null);
    }
    mark("referral", ref.contains(s(got, "referral")), id, ref, s(got, "referral"));
    if (ref.size() == 1 && ref.get(0) == null) {
      mark("inSystemKept", s(got, "referral") == null, id, null, s(got, "referral"));
    }
    boolean urgent = want.path("urgent").asBoolean(false);
    mark("urgent", got.path("urgent").asBoolean(false) == urgent, id, urgent, got.path("urgent"));
    if (urgent) {
      mark("urgentRecall", got.path("urgent").asBoolean(false), id, true, got.path("urgent"));
    } else {
      mark("urgentNoFalseAlarm", !got.path("urgent").asBoolean(false), id, false, got.path("urgent"));
    }
    if (want.path("lifeSafety").asBoolean(false)) {
      mark("lifeSafetyRecall", got.path("lifeSafety").asBoolean(false), id, true, got.path("lifeSafety"));
    }
    if (want.hasNonNull("subtype")) {
      mark("subtype", got.path("subtype").asInt(-1) == want.get("subtype").asInt(), id, want.get("subtype"), got.get("subtype"));
    }
    String lang = s(got, "lang") == null ? "zh" : s(got, "lang");
    mark("lang", lang.equals(s(want, "lang")), id, s(want, "lang"), lang);
    if (want.has("affected")) {
      JsonNode a = want.get("affected");
      JsonNode b = got.get("affected");
      boolean ok = a == null || a.isNull() ? b == null || b.isNull()
          : b != null && !b.isNull() && List.of("unit", "count", "min", "max").stream().allMatch(k -> a.path(k).equals(b.path(k)));
      mark("affected", ok, id, a, b);
    }
  }

  /**
   * Each labelled identity mention covered by the predicted spans (the part in brackets when the label gives
   * one; separators aside), per type; and no phone or ID number readable in what the spans leave, with
   * Chinese numerals read as digits and separators between digits dropped.
   */
  private void spans(String id, String text, JsonNode gold, JsonNode predicted) {
    boolean[] covered = new boolean[text.length()];
    if (predicted != null) {
      for (JsonNode sp : predicted) {
        for (int k = Math.max(0, sp.path("start").asInt()); k < Math.min(text.length(), sp.path("end").asInt()); k++) {
          covered[k] = true;
        }
      }
    }
    StringBuilder masked = new StringBuilder(text);
    for (int k = 0; k < text.length(); k++) {
      if (covered[k]) {
        masked.setCharAt(k, '*');
      }
    }
    String left = readDigits(masked.toString());
    for (JsonNode g : gold) {
      String label = g.get("text").asText();
      String plain = label.replace("[", "").replace("]", "");
      int cs = label.indexOf('[') >= 0 ? label.indexOf('[') : 0;
      int ce = label.indexOf(']') >= 0 ? label.indexOf(']') - 1 : plain.length();
      String type = g.get("type").asText();
      for (int at = text.indexOf(plain); at >= 0; at = text.indexOf(plain, at + 1)) {
        boolean ok = true;
        for (int k = at + cs; k < at + ce; k++) {
          ok &= covered[k] || " -—–".indexOf(text.charAt(k)) >= 0;
        }
        mark("span:" + type, ok, id, plain, "uncovered");
      }
      if (type.equals("phone") || type.equals("id")) {
        String d = readDigits(plain).replaceAll("\\D", "");
        if (type.equals("phone") && d.startsWith("86") && d.length() == 13) {
          d = d.substring(2);
        }
        String tail = d.length() > 7 ? d.substring(d.length() - 7) : d;
        mark("noLeak", !left.contains(tail), id, "masked " + d, "readable");
      }
    }
  }

  /** The digits a reader reads: Chinese numerals as digits, spaces and dashes between digits gone. */
  static String readDigits(String s) {
    StringBuilder b = new StringBuilder(s.length());
    for (char c : s.toCharArray()) {
      int k = "零〇一二三四五六七八九".indexOf(c);
      if (k >= 0) {
        b.append(k <= 1 ? '0' : (char) ('0' + k - 1));
      } else if (c == '幺') {
        b.append('1');
      } else if (c == '两') {
        b.append('2');
      } else if (c >= '０' && c <= '９') {
        b.append((char) (c - '０' + '0'));
      } else {
        b.append(c);
      }
    }
    Matcher sep = Pattern.compile("(?<=\\d)[\\s\\-—–]+(?=\\d)").matcher(b);
    return sep.replaceAll("");
  }

  String report() {
    StringBuilder b = new StringBuilder();
    fields.forEach((f, c) -> b.append(String.format("%-18s %4d/%-4d %.3f%n", f, c[0], c[1], (double) c[0] / c[1])));
    b.append(String.format("overall            %.3f%n", overall()));
    double[] u = wilson("urgentRecall");
    double[] l = wilson("lifeSafetyRecall");
    b.append(String.format("urgentRecall 95%% interval %.3f–%.3f; lifeSafetyRecall %.3f–%.3f; false alarms %.1f %%%n",
        u[0], u[1], l[0], l[1], 100 * (1 - ratio("urgentNoFalseAlarm"))));
    b.append("per register (overall, intent, name, polluter, kind, county, urgentRecall, lifeSafetyRecall, false alarms, spans, affected):\n");
    byRegister.forEach((r, m) -> b.append(String.format("  %-18s %.3f %s %s %s %s %s %s %s %s %s %s%n", r, overall(m),
        cell(m, "intent"), cell(m, "name"), cell(m, "polluter"), cell(m, "kind"), cell(m, "county"), cell(m, "urgentRecall"),
        cell(m, "lifeSafetyRecall"), falseAlarms(m), spanCell(m), cell(m, "affected"))));
    b.append("main kind confusion (gold → predicted):\n");
    confusion.forEach((g, row) -> b.append("  ").append(g).append(" → ").append(row).append('\n'));
    if (!sealed) {
      misses.forEach(m -> b.append("  miss ").append(m).append('\n'));
    }
    return b.toString();
  }

  private static String cell(Map<String, int[]> m, String f) {
    int[] c = m.get(f);
    return c == null ? "-" : c[0] + "/" + c[1];
  }

  private static String falseAlarms(Map<String, int[]> m) {
    int[] c = m.get("urgentNoFalseAlarm");
    return c == null ? "-" : (c[1] - c[0]) + "/" + c[1];
  }

  private static String spanCell(Map<String, int[]> m) {
    int ok = 0;
    int all = 0;
    for (Map.Entry<String, int[]> e : m.entrySet()) {
      if (e.getKey().startsWith("span:")) {
        ok += e.getValue()[0];
        all += e.getValue()[1];
      }
    }
    return all == 0 ? "-" : ok + "/" + all;
  }

  /** Quote marks, which are no part of a name (PolluterNameProbe leaves them out of both sides too). */
  private static final java.util.regex.Pattern QUOTES = java.util.regex.Pattern.compile("[“”\"「」『』‘’]");

  /**
   * The polluter as the conventions (nlp-models/eval/README.md) allow it: as written, quote marks aside; and where the
   * text quotes a name right before its unit word (“金嗓子”KTV), either the name with the unit word (as the hands write
   * it) or the name alone (as the rounds' writers did): the conventions did not say which until 2026-12-06, and the
   * writers split on it (nlp-models/README.md, "The polluter's misses by mechanism").
   */
  static boolean samePolluter(String got, String want, String text) {
    String g = QUOTES.matcher(got).replaceAll("");
    String w = QUOTES.matcher(want).replaceAll("");
    if (g.equals(w)) {
      return true;
    }
    String shorter = g.length() < w.length() ? g : w;
    String longer = g.length() < w.length() ? w : g;
    int unit = longer.length() - shorter.length();
    if (shorter.isEmpty() || unit < 1 || unit > 6 || !longer.startsWith(shorter)) {
      return false;
    }
    String tail = longer.substring(shorter.length());
    java.util.regex.Pattern quoted = java.util.regex.Pattern.compile("[“\"「『‘]" + java.util.regex.Pattern.quote(shorter)
        + "[”\"」』’]" + java.util.regex.Pattern.quote(tail));
    // A text in traditional characters has its gold in simplified ones (eval/README.md), and so is the extractor's
    // answer: the quoted name and its unit word are looked for in the text as simplified too (「金山」化工廠 → 化工厂).
    return quoted.matcher(text).find() || quoted.matcher(Normaliser.simplified(text)).find();
  }
}
