package org.ecopetition.gateway.nlp;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.ecopetition.gateway.cli.Commands;

/**
 * The evaluation's report for the rounds named (folders under nlp-models/eval, or "round1" for the files at its top),
 * with their miss lines, and the gold names and addresses its redacted copy leaves readable (as
 * {@link RedactionEvaluationTest} counts them), for working on a tuned round without running every set. Refuses the
 * blind round. Usage: RoundProbe round19 [round18 ...]; {@code RoundProbe intent} prints only the intent misses of every
 * tuned round (the blind round skipped, never read) and, per urgency holdout of nlp-models/corpus/hands, how many of its
 * lines read as each intent (with -Dlines=true each line): a change's moves each way show as a diff of two runs.
 */
public final class RoundProbe {
  private RoundProbe() {}

  /** The redacted copy's readable gold mentions of names and addresses, per type and each one left. */
  static String redactionLeft(List<JsonNode> gold) {
    HanLpExtractor extractor = new HanLpExtractor(Gazetteer.bundled(), Classifiers.bundled());
    Map<String, int[]> tally = new java.util.TreeMap<>();
    List<String> leaks = new ArrayList<>();
    for (JsonNode g : gold) {
      String text = g.get("text").asText();
      String redacted = RedactionEvaluationTest.redacted(extractor, text);
      for (String[] m : RedactionEvaluationTest.mentions(g.path("gold"), text)) {
        RedactionEvaluationTest.check(g.get("id").asText(), m[0], m[1], m[2], redacted, tally, leaks);
      }
    }
    StringBuilder b = new StringBuilder("redacted copy: gold mentions left readable\n");
    tally.forEach((type, n) -> b.append(String.format("  %-8s %d/%d%n", type, n[0], n[1])));
    leaks.forEach(l -> b.append("  left: ").append(l).append('\n'));
    return b.toString();
  }

  /** The intent misses of the tuned rounds and the intents read on the urgency holdouts (all reports or look-alikes). */
  static void intents() throws Exception {
    HanLpExtractor extractor = new HanLpExtractor(Gazetteer.bundled(), Classifiers.bundled());
    List<Path> files;
    try (Stream<Path> all = Files.walk(Path.of("nlp-models/eval"))) {
      files = all.filter(p -> p.toString().endsWith(".jsonl"))
          .filter(p -> !p.getParent().getFileName().toString().equals(ExtractionEvaluationTest.BLIND_ROUND)).sorted().toList();
    }
    Map<String, int[]> perRound = new java.util.TreeMap<>();
    for (Path f : files) {
      String round = f.getParent().getFileName().toString().startsWith("round") ? f.getParent().getFileName().toString() : "round1";
      for (String line : Files.readAllLines(f, StandardCharsets.UTF_8)) {
        if (line.isBlank()) {
          continue;
        }
        JsonNode g = ExtractionEvaluationTest.JSON.readTree(line);
        String want = g.path("gold").path("intent").asText("");
        if (want.isEmpty()) {
          continue;
        }
        String got = extractor.extract(g.get("text").asText()).field("intent").map(Extraction.Field::value).orElse("");
        int[] n = perRound.computeIfAbsent(round, r -> new int[2]);
        n[1]++;
        if (want.equals(got)) {
          n[0]++;
        } else {
          System.out.println("  miss " + g.get("id").asText() + " intent: want " + want + " got " + got);
        }
      }
    }
    perRound.forEach((r, n) -> System.out.println(r + " intent " + n[0] + "/" + n[1]));
    try (Stream<Path> all = Files.list(Path.of("nlp-models/corpus/hands"))) {
      for (Path f : all.filter(p -> p.toString().endsWith("-urgency.tsv")).sorted().toList()) {
        Map<String, Integer> read = new java.util.TreeMap<>();
        for (String line : Files.readAllLines(f, StandardCharsets.UTF_8)) {
          int tab = line.indexOf('\t');
          if (line.isBlank() || line.startsWith("#") || tab < 0) {
            continue;
          }
          String got = extractor.extract(line.substring(tab + 1)).field("intent").map(Extraction.Field::value).orElse("");
          read.merge(line.substring(0, tab) + ":" + got, 1, Integer::sum);
          if (Boolean.getBoolean("lines")) { // -Dlines=true: each holdout line with its intent, to diff two runs
            System.out.println("  " + f.getFileName() + " " + line.substring(0, tab) + ":" + got + " " + line.substring(tab + 1));
          }
        }
        System.out.println(f.getFileName() + " " + read);
      }
    }
  }

  public static void main(String[] args) throws Exception {
    if (args.length == 1 && args[0].equals("intent")) {
      intents();
      return;
    }
    for (String round : args) {
      if (round.equals(ExtractionEvaluationTest.BLIND_ROUND)) {
        throw new IllegalArgumentException("the blind round is read only by its evaluation");
      }
      Path dir = round.equals("round1") ? Path.of("nlp-models/eval") : Path.of("nlp-models/eval", round);
      List<JsonNode> gold = new ArrayList<>();
      Map<String, String> registers = new HashMap<>();
      try (Stream<Path> files = Files.list(dir)) {
        for (Path f : files.filter(p -> p.toString().endsWith(".jsonl")).sorted().toList()) {
          for (String line : Files.readAllLines(f, StandardCharsets.UTF_8)) {
            if (!line.isBlank()) {
              JsonNode g = ExtractionEvaluationTest.JSON.readTree(line);
              gold.add(g);
              registers.put(g.get("id").asText(), ExtractionEvaluationTest.register(f, g));
            }
          }
        }
      }
      StringBuilder in = new StringBuilder();
      for (JsonNode g : gold) {
        ObjectNode o = ExtractionEvaluationTest.JSON.createObjectNode();
        o.put("id", g.get("id").asText());
        o.put("text", g.get("text").asText());
        in.append(ExtractionEvaluationTest.JSON.writeValueAsString(o)).append('\n');
      }
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      Commands.extract(new ByteArrayInputStream(in.toString().getBytes(StandardCharsets.UTF_8)), out);
      Map<String, JsonNode> got = new HashMap<>();
      for (String line : out.toString(StandardCharsets.UTF_8).split("\n")) {
        if (!line.isBlank()) {
          JsonNode n = ExtractionEvaluationTest.JSON.readTree(line);
          got.put(n.get("id").asText(), n);
        }
      }
      ExtractionScore score = new ExtractionScore();
      for (JsonNode g : gold) {
        String id = g.get("id").asText();
        score.add(g, got.getOrDefault(id, ExtractionEvaluationTest.JSON.createObjectNode()), registers.get(id));
      }
      System.out.println(round + "\n" + score.report());
      System.out.print(redactionLeft(gold));
    }
  }
}
