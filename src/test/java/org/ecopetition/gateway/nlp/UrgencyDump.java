package org.ecopetition.gateway.nlp;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * One line per urgency text of the tuned rounds (never round eighteen or later, nor the blind round once the lead names
 * a later one), the holdouts, the class sentences and the paraphrase families: set, id, gold label, what the extractor
 * flagged, the situation, the classifier's life and urgent scores and the features, as TSV for measuring a decision
 * rule offline. Usage: UrgencyDump out.tsv [FILE…] — each FILE ({@code label TAB text}, as corpus/urgency.tsv: other
 * hands' text) dumped too, its name as its set; {@code -Ddump.only=true}: those files alone.
 */
public final class UrgencyDump {
  private UrgencyDump() {}

  public static void main(String[] args) throws Exception {
    HanLpExtractor x = new HanLpExtractor(Gazetteer.bundled(), Classifiers.bundled());
    ObjectMapper json = new ObjectMapper();
    Pattern round = Pattern.compile("round(\\d+)");
    try (PrintWriter out = new PrintWriter(Files.newBufferedWriter(Path.of(args[0]), StandardCharsets.UTF_8))) {
      for (int k = 1; k < args.length; k++) {
        int n = 0;
        for (String line : Files.readAllLines(Path.of(args[k]), StandardCharsets.UTF_8)) {
          String[] f = line.split("\t", 2);
          if (line.startsWith("#") || f.length < 2) {
            continue;
          }
          n++;
          row(out, x, args[k], args[k] + "-" + n, f[0], f[1]);
        }
      }
      if (Boolean.getBoolean("dump.only")) {
        return;
      }
      List<Path> files;
      try (Stream<Path> s = Files.walk(Path.of("nlp-models/eval"))) {
        files = s.filter(p -> p.toString().endsWith(".jsonl")).sorted().toList();
      }
      for (Path f : files) {
        if (UrgencyProbe.blind(f)) {
          continue; // the blind round and any later one: never read
        }
        Matcher m = round.matcher(f.toString());
        String set = m.find() ? "round" + m.group(1) : "round1+dev";
        for (String line : Files.readAllLines(f, StandardCharsets.UTF_8)) {
          if (line.isBlank()) {
            continue;
          }
          JsonNode g = json.readTree(line);
          JsonNode gold = g.path("gold");
          String label = gold.path("lifeSafety").asBoolean(false) ? "life" : gold.path("urgent").asBoolean(false) ? "urgent" : "none";
          row(out, x, set, g.path("id").asText(), label, g.path("text").asText());
        }
      }
      String[] tsvs = {"urgency-holdout.tsv", "urgency-holdout2.tsv", "urgency-holdout3.tsv", "urgency-holdout4.tsv",
          "urgency-holdout5.tsv", "urgency-classes.tsv", "urgency-classes-urgfa.tsv", "paraphrase-families.tsv"};
      for (String t : tsvs) {
        int n = 0;
        for (String line : Files.readAllLines(Path.of("src/test/resources/nlp", t), StandardCharsets.UTF_8)) {
          if (line.startsWith("#") || line.isBlank()) {
            continue;
          }
          String[] f = line.split("\t", 4);
          n++;
          row(out, x, t.replace(".tsv", ""), t.replace(".tsv", "") + "-" + n, f[0], f[3]);
        }
      }
    }
  }

  static void row(PrintWriter out, HanLpExtractor x, String set, String id, String label, String text) {
    Extraction e = x.extract(text);
    String t = Normaliser.normalise(text);
    String[] features = Situations.bundled().features(t);
    Classifiers c = Classifiers.bundled();
    Map<String, Double> p = features.length == 0 ? Map.of()
        : c.scores("urgency", c.text(Tokens.of(t, HanLp.seg(Gazetteer.bundled(), t))), features);
    Object sit = e.fields().get("situation");
    String situation = sit == null ? "-" : ((Extraction.Field) sit).value();
    out.println(String.join("\t", set, id, label, String.valueOf(e.fields().containsKey("urgent")),
        String.valueOf(e.fields().containsKey("lifeSafety")), situation,
        String.format("%.4f", p.getOrDefault("life", 0.0)), String.format("%.4f", p.getOrDefault("urgent", 0.0)),
        String.join(" ", features), text.replace('\t', ' ').replace('\n', ' ')));
  }
}
