package org.ecopetition.gateway.nlp;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * Urgent recall, danger-to-life recall and false alarms per evaluation round (rounds one to twelve; round thirteen
 * and later, written blind, are never read), and the misses on the paraphrase families
 * (src/test/resources/nlp/paraphrase-families.tsv). Usage (from the project folder): UrgencyProbe [misses] —
 * "misses" also prints the ids of the rounds' misses and false alarms, with what the frames found and the
 * classifier's scores, and the paraphrases missed.
 */
public final class UrgencyProbe {
  private UrgencyProbe() {}

  /**
   * The blind round and any later one: written blind, never read here. Round twelve was opened for tuning its urgency
   * (branch r12urgent, 2026-12-05) while thirteen is written, before the test names thirteen the blind round; round
   * fourteen likewise (branch r14urgent) while fifteen is written, fifteen while sixteen is, and sixteen (branch
   * r16urgent, urgency only) while seventeen is, seventeen (branch r17urgent, urgency only) while eighteen is, and
   * eighteen (branch r18urg, opened for tuning on 2026-12-06 16:05) while nineteen is, and twenty (opened on 2026-12-06 22:15) while
   * twenty-one is, and twenty-one (opened on 2026-12-07 01:05) while twenty-two is, and twenty-two (opened on 2026-12-07) while
   * twenty-three is, and twenty-three (opened on 2026-12-07 06:08) while twenty-four is, and twenty-four (opened on 2026-12-07 09:08)
   * while twenty-five is, and twenty-five (opened on 2026-12-07 12:30) while twenty-six is, and twenty-six (opened on 2026-12-07 15:20) while
   * twenty-seven is, and twenty-seven (opened on 2026-12-07 18:10) while twenty-eight is, and twenty-eight (opened on 2026-12-07
   * 21:00) while twenty-nine is, and twenty-nine (opened on 2026-12-07 23:50) while thirty is: thirty and later are never
   * read.
   */
  static boolean blind(Path p) {
    java.util.regex.Matcher m = java.util.regex.Pattern.compile("round(\\d+)").matcher(p.toString());
    return m.find() && Integer.parseInt(m.group(1))
        >= Math.max(30, Integer.parseInt(ExtractionEvaluationTest.BLIND_ROUND.substring(5)));
  }

  /** With "misses": the situation found, the frames' features and the classifier's scores, and the text. */
  private static String detail(Extraction e, JsonNode g, boolean misses) {
    if (!misses) {
      return "\n";
    }
    String t = Normaliser.normalise(g.path("text").asText());
    String[] features = Situations.bundled().features(t);
    Classifiers c = Classifiers.bundled();
    return " situation=" + e.fields().get("situation") + "\n  features " + String.join(" ", features) + " scores "
        + (features.length == 0 ? "-" : c.scores("urgency", c.text(Tokens.of(t, HanLp.seg(Gazetteer.bundled(), t))), features))
        + "\n  " + g.path("text").asText() + "\n";
  }

  /**
   * Counts one text of label life, urgent or none into {@code c} (urgent found, urgent, life found, life, alarms,
   * look-alikes); whether it was missed or a false alarm.
   */
  static boolean count(int[] c, String label, boolean urgent, boolean life) {
    if (label.equals("none")) {
      c[5]++;
      c[4] += urgent ? 1 : 0;
      return urgent;
    }
    c[1]++;
    c[0] += urgent ? 1 : 0;
    boolean miss = !urgent;
    if (label.equals("life")) {
      c[3]++;
      c[2] += life ? 1 : 0;
      miss |= !life;
    }
    return miss;
  }

  /**
   * Counts lines of {@code label TAB text} into (urgent found, urgent, life found, life, alarms, look-alikes), each miss
   * and false alarm appended to {@code missed} with what was read ({@code HandsUrgencyTest}).
   */
  static int[] count(HanLpExtractor x, List<String> lines, StringBuilder missed) {
    int[] c = new int[6];
    for (String line : lines) {
      String[] f = line.split("\t", 2);
      if (line.startsWith("#") || f.length < 2) {
        continue;
      }
      Extraction e = x.extract(f[1]);
      boolean urgent = e.fields().containsKey("urgent");
      boolean life = e.fields().containsKey("lifeSafety");
      if (count(c, f[0], urgent, life)) {
        missed.append("  ").append(f[0]).append(" read urgent=").append(urgent).append(" life=").append(life)
            .append(" situation=").append(e.fields().get("situation")).append(" | ").append(f[1]).append('\n');
      }
    }
    return c;
  }

  /**
   * {@code tsv [misses] FILE…}: urgent recall, danger-to-life recall and false alarms on files of {@code label TAB text}
   * (labels life, urgent, none, as corpus/urgency.tsv: training text of other hands measured before it is trained on)
   * or of {@code label TAB id TAB register TAB text} (the holdouts of src/test/resources/nlp), these also per register.
   */
  static void tsv(List<String> args) throws Exception {
    boolean misses = !args.isEmpty() && args.get(0).equals("misses");
    HanLpExtractor x = new HanLpExtractor(Gazetteer.bundled(), Classifiers.bundled());
    for (String file : args.subList(misses ? 1 : 0, args.size())) {
      StringBuilder missed = new StringBuilder();
      Map<String, int[]> per = new java.util.LinkedHashMap<>();
      int[] c = new int[6];
      for (String line : Files.readAllLines(Path.of(file), StandardCharsets.UTF_8)) {
        String[] f = line.split("\t", 4);
        if (line.startsWith("#") || f.length < 2) {
          continue;
        }
        String text = f[f.length - 1];
        Extraction e = x.extract(text);
        boolean urgent = e.fields().containsKey("urgent");
        boolean life = e.fields().containsKey("lifeSafety");
        if (f.length == 4) {
          count(per.computeIfAbsent(f[2], k -> new int[6]), f[0], urgent, life);
        }
        if (count(c, f[0], urgent, life)) {
          missed.append("  ").append(f.length == 4 ? f[1] + " " + f[2] + " " : "").append(f[0]).append(" read urgent=")
              .append(urgent).append(" life=").append(life).append(" situation=").append(e.fields().get("situation"))
              .append(" | ").append(text).append('\n');
        }
      }
      System.out.printf("%-40s urgent %d/%d  life %d/%d  false alarms %d/%d%n", file, c[0], c[1], c[2], c[3], c[4], c[5]);
      per.forEach((register, r) -> System.out.printf("  %-38s urgent %d/%d  life %d/%d  false alarms %d/%d%n", register,
          r[0], r[1], r[2], r[3], r[4], r[5]));
      if (misses) {
        System.out.print(missed);
      }
    }
  }

  public static void main(String[] args) throws Exception {
    if (args.length > 0 && args[0].equals("tsv")) {
      tsv(List.of(args).subList(1, args.length));
      return;
    }
    boolean misses = args.length > 0 && args[0].equals("misses");
    HanLpExtractor x = new HanLpExtractor(Gazetteer.bundled(), Classifiers.bundled());
    ObjectMapper json = new ObjectMapper();
    Map<String, int[]> per = new TreeMap<>(); // urgent found, urgent, life found, life, alarms, look-alikes
    List<Path> files;
    try (Stream<Path> s = Files.walk(Path.of("nlp-models/eval"))) {
      files = s.filter(p -> p.toString().endsWith(".jsonl") && !blind(p)).sorted().toList();
    }
    StringBuilder missed = new StringBuilder();
    for (Path f : files) {
      String round = f.getParent().getFileName().toString();
      round = round.equals("eval") ? "round1+dev" : round;
      int[] c = per.computeIfAbsent(round, k -> new int[6]);
      for (String line : Files.readAllLines(f, StandardCharsets.UTF_8)) {
        if (line.isBlank()) {
          continue;
        }
        JsonNode g = json.readTree(line);
        JsonNode gold = g.path("gold");
        Extraction e = x.extract(g.path("text").asText());
        boolean urgent = e.fields().containsKey("urgent");
        boolean life = e.fields().containsKey("lifeSafety");
        if (gold.path("urgent").asBoolean(false)) {
          c[1]++;
          c[0] += urgent ? 1 : 0;
          if (!urgent) {
            missed.append(round).append(" urgent missed ").append(g.path("id").asText()).append(detail(e, g, misses));
          }
        } else {
          c[5]++;
          c[4] += urgent ? 1 : 0;
          if (urgent) {
            missed.append(round).append(" false alarm ").append(g.path("id").asText()).append(detail(e, g, misses));
          }
        }
        if (gold.path("lifeSafety").asBoolean(false)) {
          c[3]++;
          c[2] += life ? 1 : 0;
          if (!life) {
            missed.append(round).append(" life missed ").append(g.path("id").asText()).append(detail(e, g, misses));
          }
        }
      }
    }
    per.forEach((r, c) -> System.out.printf("%-11s urgent %d/%d  life %d/%d  false alarms %d/%d%n", r, c[0], c[1], c[2],
        c[3], c[4], c[5]));
    int[] p = new int[6];
    for (String line : Files.readAllLines(Path.of("src/test/resources/nlp/paraphrase-families.tsv"), StandardCharsets.UTF_8)) {
      if (line.startsWith("#") || line.isBlank()) {
        continue;
      }
      String[] f = line.split("\t", 4);
      Extraction e = x.extract(f[3]);
      boolean urgent = e.fields().containsKey("urgent");
      boolean life = e.fields().containsKey("lifeSafety");
      boolean miss = count(p, f[0], urgent, life);
      if (miss && misses) {
        String t = Normaliser.normalise(f[3]);
        String[] features = Situations.bundled().features(t);
        Classifiers c = Classifiers.bundled();
        missed.append("  features ").append(String.join(" ", features)).append(" scores ")
            .append(features.length == 0 ? "-" : c.scores("urgency", c.text(Tokens.of(t, HanLp.seg(Gazetteer.bundled(), t))), features))
            .append('\n');
      }
      if (miss) {
        missed.append("paraphrase ").append(f[0]).append(' ').append(f[1]).append(' ').append(f[2]).append(" (urgent=")
            .append(urgent).append(", life=").append(life).append(") ").append(f[3]).append('\n');
      }
    }
    System.out.printf("paraphrase  urgent %d/%d  life %d/%d  false alarms %d/%d%n", p[0], p[1], p[2], p[3], p[4], p[5]);
    if (misses) {
      System.out.print(missed);
    }
  }
}
