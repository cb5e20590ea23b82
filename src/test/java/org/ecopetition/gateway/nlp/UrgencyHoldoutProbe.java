package org.ecopetition.gateway.nlp;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Urgent recall, danger-to-life recall and false alarms on the urgency holdout (src/test/resources/nlp/
 * urgency-holdout.tsv, never trained on), the paraphrase families and the evaluation rounds one to ten, as the
 * extractor flags them and as it would at other classifier thresholds: the frames' flags (confidence 0.9) stand, the
 * classifier's probabilities are read where the extractor asks it (a situation word, no danger to life found by
 * the frames, ten letters or more). Counts only for the rounds (their texts are not printed; the blind round and
 * later never read). Holdouts one to six, each open round, and the groups TUNED4+ (rounds four to the last open one)
 * and HOLDOUTS. Usage (from the project folder): UrgencyHoldoutProbe [misses] [sources] [guards] [t=0.5,0.4,0.3] —
 * {@code sources}: where the right urgent decisions and the false alarms come from (the frames' situation or the
 * classifier); {@code guards}: each guard switched off alone ({@code Situations.probeOff}), what it silenced and
 * prevented (branch r26urg).
 */
public final class UrgencyHoldoutProbe {
  private UrgencyHoldoutProbe() {}

  /** One text read: gold, the frames' flags, whether the classifier was asked and its probabilities. */
  record Read(String id, String gold, String register, String text, boolean urgent, boolean life, boolean frameUrgent,
      boolean frameLife, boolean asked, double pLife, double pUrgent, String[] features, String situation) {
    boolean urgentAt(double t) {
      return frameUrgent || asked && pUrgent >= t;
    }

    /** Only where two kinds of situation words stand near each other (a pair feature) is the classifier heard. */
    boolean urgentPaired(double t) {
      return frameUrgent || asked && pUrgent >= t && java.util.Arrays.stream(features).anyMatch(f -> f.indexOf('+') > 0);
    }

    boolean lifeAt(double t) {
      return frameLife || asked && pLife >= t;
    }

    /** As the extractor decides a danger to life: under its urgent threshold only where nothing was guarded and a harm told. */
    boolean lifeLowAt(double t) {
      return frameLife || asked && pLife >= t
          && (pLife >= HanLpExtractor.URGENT_AT || !java.util.Arrays.asList(features).contains("@guarded")
              && HanLpExtractor.harmTold(features));
    }
  }

  static opennlp.tools.ml.model.MaxentModel OTHER;

  public static void main(String[] args) throws Exception {
    if (System.getProperty("other") != null) {
      try (java.io.InputStream in = Files.newInputStream(Path.of(System.getProperty("other")))) {
        OTHER = new opennlp.tools.doccat.DoccatModel(in).getMaxentModel();
      }
    }
    List<String> a = List.of(args);
    boolean misses = a.contains("misses");
    double[] ts = {0.5, 0.45, 0.4, 0.35, 0.3};
    for (String s : a) {
      if (s.startsWith("t=")) {
        String[] v = s.substring(2).split(",");
        ts = new double[v.length];
        for (int i = 0; i < v.length; i++) {
          ts[i] = Double.parseDouble(v[i]);
        }
      }
    }
    HanLpExtractor x = new HanLpExtractor(Gazetteer.bundled(), Classifiers.bundled());
    Map<String, List<Read>> sets = new LinkedHashMap<>();
    sets.put("holdout", tsv(x, Path.of("src/test/resources/nlp/urgency-holdout.tsv")));
    for (int h = 2; h <= 6; h++) {
      sets.put("holdout" + h, tsv(x, Path.of("src/test/resources/nlp/urgency-holdout" + h + ".tsv")));
    }
    sets.put("families", tsv(x, Path.of("src/test/resources/nlp/paraphrase-families.tsv")));
    List<Path> files;
    try (Stream<Path> s = Files.walk(Path.of("nlp-models/eval"))) {
      files = s.filter(p -> p.toString().endsWith(".jsonl")).sorted().toList();
    }
    ObjectMapper json = new ObjectMapper();
    for (Path f : files) {
      String round = f.getParent().getFileName().toString();
      round = round.equals("eval") ? "round1+dev" : round;
      if (round.equals(ExtractionEvaluationTest.BLIND_ROUND) || UrgencyProbe.blind(f)) {
        continue; // the blind round is read only by its evaluation (ExtractorDump and UrgencyProbe skip it too)
      }
      List<Read> reads = sets.computeIfAbsent(round, k -> new ArrayList<>());
      for (String line : Files.readAllLines(f, StandardCharsets.UTF_8)) {
        if (line.isBlank()) {
          continue;
        }
        JsonNode g = json.readTree(line);
        JsonNode gold = g.path("gold");
        String label = gold.path("lifeSafety").asBoolean(false) ? "life" : gold.path("urgent").asBoolean(false) ? "urgent" : "none";
        reads.add(read(x, g.path("id").asText(), label, "", g.path("text").asText()));
        // the round's texts are kept for the guards' second reading only, never printed
      }
    }
    int inconsistent = 0;
    for (List<Read> reads : sets.values()) {
      for (Read r : reads) {
        inconsistent += (r.urgentAt(HanLpExtractor.URGENT_AT) || r.lifeLowAt(HanLpExtractor.LIFE_AT)) != r.urgent
            || r.lifeLowAt(HanLpExtractor.LIFE_AT) != r.life ? 1 : 0;
      }
    }
    System.out.println("simulated at the extractor's threshold and not as it flagged: " + inconsistent);
    for (double t : ts) {
      System.out.printf("threshold %.2f%n", t);
      for (Map.Entry<String, List<Read>> e : groups(sets).entrySet()) {
        int[] c = new int[6];
        for (Read r : e.getValue()) {
          count(c, r.gold, r.urgentAt(t), r.lifeAt(t));
        }
        System.out.printf("  %-11s urgent %d/%d  life %d/%d  false alarms %d/%d (%.1f %%)%n", e.getKey(), c[0], c[1], c[2],
            c[3], c[4], c[5], 100.0 * c[4] / Math.max(1, c[5]));
        if (a.contains("paired")) {
          int[] d = new int[6];
          for (Read r : e.getValue()) {
            count(d, r.gold, r.urgentPaired(t), r.lifeAt(t));
          }
          System.out.printf("  %-11s paired: urgent %d/%d  false alarms %d/%d%n", e.getKey(), d[0], d[1], d[4], d[5]);
        }
      }
    }
    if (a.contains("lifegap")) {
      lifeGap(groups(sets));
    }
    if (a.contains("sources")) {
      sources(groups(sets));
    }
    if (a.contains("guards")) {
      guards(x, sets);
    }
    if (a.contains("registers")) {
      Map<String, int[]> per = new LinkedHashMap<>();
      for (Read r : sets.get("holdout")) {
        count(per.computeIfAbsent(r.register, k -> new int[6]), r.gold, r.urgent, r.life);
      }
      per.forEach((k, c) -> System.out.printf("  holdout %-9s urgent %d/%d  life %d/%d  false alarms %d/%d%n", k, c[0], c[1],
          c[2], c[3], c[4], c[5]));
    }
    if (misses) {
      for (Map.Entry<String, List<Read>> e : sets.entrySet()) {
        boolean own = e.getKey().equals("holdout") || e.getKey().equals("families");
        if (e.getKey().equals("round11")) {
          continue;
        }
        for (Read r : e.getValue()) {
          String what = !r.gold.equals("none") && !r.urgent ? "urgent missed" : r.gold.equals("life") && !r.life ? "life missed"
              : r.gold.equals("none") && r.urgent ? "false alarm" : null;
          if (what != null) {
            System.out.printf("%s %s %s%s  [asked %s life %.2f urgent %.2f]%n", e.getKey(), what, own ? r.register : r.id,
                own ? " " + r.text : "", r.asked, r.pLife, r.pUrgent);
          }
        }
      }
    }
  }

  /** Each set, then the tuned rounds (four to the last open one) and the six holdouts together. */
  static Map<String, List<Read>> groups(Map<String, List<Read>> sets) {
    Map<String, List<Read>> g = new LinkedHashMap<>(sets);
    List<Read> tuned = new ArrayList<>();
    List<Read> holdouts = new ArrayList<>();
    sets.forEach((k, v) -> {
      if (k.matches("round([4-9]|[1-9][0-9])")) {
        tuned.addAll(v);
      } else if (k.startsWith("holdout")) {
        holdouts.addAll(v);
      }
    });
    g.put("TUNED4+", tuned);
    g.put("HOLDOUTS", holdouts);
    return g;
  }

  /**
   * Where the right urgent decisions and the false alarms come from: the first situation the frames name, or the
   * classifier alone ("other"); per group of {@link #groups}.
   */
  static void sources(Map<String, List<Read>> groups) {
    for (String k : List.of("TUNED4+", "HOLDOUTS")) {
      Map<String, int[]> by = new java.util.TreeMap<>(); // right urgent, false alarms, right life
      for (Read r : groups.get(k)) {
        if (!r.urgent) {
          continue;
        }
        String src = r.situation == null ? "?" : r.situation.split(",")[0];
        int[] c = by.computeIfAbsent(src, s -> new int[3]);
        c[r.gold.equals("none") ? 1 : 0]++;
        c[2] += r.gold.equals("life") && r.life ? 1 : 0;
      }
      System.out.println("sources " + k + " (situation: right urgent, of them life, false alarms)");
      by.forEach((s, c) -> System.out.printf("  %-16s %4d %4d %4d%n", s, c[0], c[2], c[1]));
    }
  }

  /**
   * Urgent texts read without a danger to life, by gold (life missed, or rightly urgent only), and how many of them
   * hold a word of an acute or strong symptom among the classifier's features: what a rule "urgent and a symptom is a
   * danger to life" would gain and cost; and the life threshold alone lowered (urgent kept at the extractor's).
   */
  static void lifeGap(Map<String, List<Read>> groups) {
    for (String k : List.of("TUNED4+", "HOLDOUTS")) {
      int[] c = new int[4]; // life missed though urgent, of them with a symptom; urgent-only read so, of them with a symptom
      for (Read r : groups.get(k)) {
        if (!r.urgent || r.life || r.gold.equals("none")) {
          continue;
        }
        boolean symptom = java.util.Arrays.stream(r.features).anyMatch(f -> f.equals("@acute") || f.equals("@strong"));
        int g = r.gold.equals("life") ? 0 : 2;
        c[g]++;
        c[g + 1] += symptom ? 1 : 0;
      }
      System.out.printf("lifegap %-9s life missed though urgent %d (with a symptom word %d); urgent only %d (with one %d)%n", k,
          c[0], c[1], c[2], c[3]);
      for (double t : new double[] {0.5, 0.45, 0.4, 0.35, 0.3, 0.25, 0.2}) {
        int[] d = new int[6];
        int[] e = new int[6]; // the same where nothing was guarded (HanLpExtractor's rule)
        for (Read r : groups.get(k)) {
          boolean life = r.lifeAt(t);
          count(d, r.gold, r.urgentAt(HanLpExtractor.URGENT_AT) || life, life);
          boolean low = r.lifeLowAt(t);
          count(e, r.gold, r.urgentAt(HanLpExtractor.URGENT_AT) || low, low);
        }
        System.out.printf("  life at %.2f: urgent %d/%d  life %d/%d  false alarms %d/%d | nothing guarded: %d, %d, %d%n", t,
            d[0], d[1], d[2], d[3], d[4], d[5], e[0], e[2], e[4]);
      }
    }
  }

  /** The names {@code Situations.probeOff} knows: each guard or filter switched off alone. */
  static final List<String> GUARDS = List.of("negated", "denied", "year", "hearsay", "guardword", "believed", "after",
      "modal", "experienced", "daily", "lasting", "passing", "elsewhere", "figurative", "nobody", "simile", "explained");

  /**
   * Each guard switched off alone and every set read again: the urgent matters (and dangers to life) it silenced, the
   * false alarms it prevented, over the tuned rounds and over the holdouts.
   */
  static void guards(HanLpExtractor x, Map<String, List<Read>> sets) {
    System.out.println("guard off alone: TUNED4+ urgent gained, life gained, alarms added | HOLDOUTS the same");
    for (String guard : GUARDS) {
      Situations.probeOff = java.util.Set.of(guard);
      try {
        int[][] d = new int[2][3];
        for (Map.Entry<String, List<Read>> e : sets.entrySet()) {
          int g = e.getKey().matches("round([4-9]|[1-9][0-9])") ? 0 : e.getKey().startsWith("holdout") ? 1 : -1;
          if (g < 0) {
            continue;
          }
          for (Read r : e.getValue()) {
            Extraction ex = x.extract(r.text);
            boolean u = ex.fields().containsKey("urgent");
            boolean l = ex.fields().containsKey("lifeSafety");
            if (r.gold.equals("none")) {
              d[g][2] += (u ? 1 : 0) - (r.urgent ? 1 : 0);
            } else {
              d[g][0] += (u ? 1 : 0) - (r.urgent ? 1 : 0);
              d[g][1] += r.gold.equals("life") ? (l ? 1 : 0) - (r.life ? 1 : 0) : 0;
            }
          }
        }
        System.out.printf("  %-12s %+4d %+4d %+4d | %+4d %+4d %+4d%n", guard, d[0][0], d[0][1], d[0][2], d[1][0], d[1][1],
            d[1][2]);
      } finally {
        Situations.probeOff = java.util.Set.of();
      }
    }
  }

  private static void count(int[] c, String gold, boolean urgent, boolean life) {
    if (gold.equals("none")) {
      c[5]++;
      c[4] += urgent ? 1 : 0;
      return;
    }
    c[1]++;
    c[0] += urgent ? 1 : 0;
    if (gold.equals("life")) {
      c[3]++;
      c[2] += life ? 1 : 0;
    }
  }

  private static List<Read> tsv(HanLpExtractor x, Path file) throws Exception {
    List<Read> out = new ArrayList<>();
    int n = 0;
    for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
      if (line.startsWith("#") || line.isBlank()) {
        continue;
      }
      String[] f = line.split("\t", 4);
      out.add(read(x, String.valueOf(++n), f[0], f[2], f[3]));
    }
    return out;
  }

  private static Read read(HanLpExtractor x, String id, String gold, String register, String raw) {
    Extraction e = x.extract(raw);
    Extraction.Field u = e.fields().get("urgent");
    Extraction.Field l = e.fields().get("lifeSafety");
    boolean frameUrgent = u != null && u.confidence() >= 0.9;
    boolean frameLife = l != null && l.confidence() >= 0.9;
    String t = Normaliser.normalise(raw);
    t = t.length() > HanLpExtractor.MAX_CHARS ? t.substring(0, HanLpExtractor.MAX_CHARS) : t;
    String[] features = Situations.bundled().features(t);
    Classifiers c = Classifiers.bundled();
    boolean asked = c.has("urgency") && features.length > 0 && !frameLife
        && HanLpExtractor.letters(t) >= HanLpExtractor.CLASSIFIER_MIN_LETTERS;
    double pl = 0;
    double pu = 0;
    if (asked) {
      Map<String, Double> p = c.scores("urgency", c.text(Tokens.of(t, HanLp.seg(Gazetteer.bundled(), t))), features);
      pl = p.getOrDefault("life", 0.0);
      pu = pl + p.getOrDefault("urgent", 0.0);
      if (OTHER != null) { // a committee with another model (-Dother=file): the mean of the two
        String[] tokens = Tokens.with(Tokens.of(t, HanLp.seg(Gazetteer.bundled(), t)), features);
        String[] ctx = new String[tokens.length];
        for (int i = 0; i < tokens.length; i++) {
          ctx[i] = "bow=" + tokens[i];
        }
        double[] q = OTHER.eval(ctx);
        double ql = q[OTHER.getIndex("life")];
        double qu = ql + q[OTHER.getIndex("urgent")];
        pl = (pl + ql) / 2;
        pu = (pu + qu) / 2;
      }
    }
    Extraction.Field sit = e.fields().get("situation");
    return new Read(id, gold, register, raw, u != null, l != null, frameUrgent, frameLife, asked, pl, pu, features,
        sit == null ? null : sit.value());
  }
}
