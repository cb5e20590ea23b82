package org.ecopetition.gateway.nlp;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * The scorer of the project's evaluation sets, field by field as the shared score.py scores them:
 * referral against a list of acceptable answers, inSystemKept, urgent and life-safety recall, ambiguous
 * places (a false alarm counts as much as a miss), polluter and subtype where the gold names one.
 */
final class ExtractionScore {
  private static final Pattern HONORIFICS = Pattern.compile("(先生|女士|小姐|同志|老师|师傅|阿姨|大爷|大妈)$");

  final Map<String, int[]> fields = new LinkedHashMap<>();
  final List<String> misses = new ArrayList<>();

  void mark(String field, boolean ok, String id, Object want, Object got) {
    int[] c = fields.computeIfAbsent(field, k -> new int[2]);
    c[0] += ok ? 1 : 0;
    c[1]++;
    if (!ok) {
      misses.add(id + " " + field + ": want " + want + " got " + got);
    }
  }

  double ratio(String field) {
    int[] c = fields.get(field);
    return c == null || c[1] == 0 ? 1.0 : (double) c[0] / c[1];
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

  void add(JsonNode gold, JsonNode got) {
    String id = gold.get("id").asText();
    JsonNode want = gold.get("gold");
    mark("intent", Objects.equals(s(got, "intent"), s(want, "intent")), id, s(want, "intent"), s(got, "intent"));
    if (s(want, "caseNumber") != null) {
      mark("caseNumber", Objects.equals(s(got, "caseNumber"), s(want, "caseNumber")), id, s(want, "caseNumber"), s(got, "caseNumber"));
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
    if (s(want, "county") != null) {
      boolean amb = want.path("ambiguousPlace").asBoolean(false);
      boolean ok = amb ? got.path("ambiguousPlace").asBoolean(false) && s(got, "city") == null
          : !got.path("ambiguousPlace").asBoolean(false);
      mark("ambiguousPlace", ok, id, amb, got.path("ambiguousPlace").asBoolean(false));
    }
    if (s(want, "polluter") != null) {
      String p = s(got, "polluter");
      mark("polluter", p != null && p.strip().equals(s(want, "polluter")), id, s(want, "polluter"), p);
    }
    List<String> kinds = list(want.get("kinds"));
    if (kinds != null && !kinds.isEmpty()) {
      List<String> g = list(got.get("kinds"));
      mark("kind", g != null && !g.isEmpty() && kinds.contains(g.get(0)), id, kinds, g);
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
    }
    if (want.path("lifeSafety").asBoolean(false)) {
      mark("lifeSafetyRecall", got.path("lifeSafety").asBoolean(false), id, true, got.path("lifeSafety"));
    }
    if (want.hasNonNull("subtype")) {
      mark("subtype", got.path("subtype").asInt(-1) == want.get("subtype").asInt(), id, want.get("subtype"), got.get("subtype"));
    }
    String lang = s(got, "lang") == null ? "zh" : s(got, "lang");
    mark("lang", lang.equals(s(want, "lang")), id, s(want, "lang"), lang);
  }

  String report() {
    StringBuilder b = new StringBuilder();
    fields.forEach((f, c) -> b.append(String.format("%-16s %3d/%-3d %.2f%n", f, c[0], c[1], (double) c[0] / c[1])));
    misses.forEach(m -> b.append("  miss ").append(m).append('\n'));
    return b.toString();
  }
}
