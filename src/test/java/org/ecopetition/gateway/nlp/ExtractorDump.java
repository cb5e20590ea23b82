package org.ecopetition.gateway.nlp;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * The extractor's whole output (every field with value, confidence and span; kinds; identity spans; the count)
 * for every text of the evaluation sets and training corpora, and for variants of each (halves, a prefix, a
 * suffix, a cut at the analysed length), one line per text: a change meant to make extraction faster must
 * leave this file byte for byte the same. Usage: ExtractorDump OUTPUT_FILE (run from the project folder).
 * Round five of the evaluation is left out: it is read only by the evaluation it was written for; so is the blind
 * round ({@link ExtractionEvaluationTest#BLIND_ROUND}), never opened outside its evaluation. The hand-written
 * holdouts of src/test/resources/nlp (each line's longest column) are dumped too.
 */
public final class ExtractorDump {
  private ExtractorDump() {}

  public static void main(String[] args) throws Exception {
    Set<String> texts = new LinkedHashSet<>(ExtractorBench.MESSAGES);
    ObjectMapper json = new ObjectMapper();
    List<Path> files = new ArrayList<>();
    try (Stream<Path> s = Files.walk(Path.of("nlp-models/eval"))) {
      s.filter(p -> p.toString().endsWith(".jsonl") && !p.toString().contains("round5")
          && !p.startsWith(Path.of("nlp-models/eval", ExtractionEvaluationTest.BLIND_ROUND))).sorted().forEach(files::add);
    }
    for (Path p : files) {
      for (String line : Files.readAllLines(p)) {
        if (line.isBlank()) {
          continue;
        }
        var node = json.readTree(line);
        if (node.hasNonNull("text")) {
          texts.add(node.get("text").asText());
        }
        if (node.has("turns")) {
          node.get("turns").forEach(t -> texts.add(t.isTextual() ? t.asText() : t.path("text").asText()));
        }
      }
    }
    try (Stream<Path> s = Files.list(Path.of("nlp-models/corpus"))) {
      for (Path p : s.filter(q -> q.toString().endsWith(".tsv")).sorted().toList()) {
        for (String line : Files.readAllLines(p)) {
          int tab = line.indexOf('\t');
          if (!line.startsWith("#") && tab >= 0) {
            texts.add(line.substring(tab + 1));
          }
        }
      }
    }
    try (Stream<Path> s = Files.list(Path.of("src/test/resources/nlp"))) {
      for (Path p : s.filter(q -> q.toString().endsWith(".tsv")).sorted().toList()) {
        for (String line : Files.readAllLines(p)) {
          if (!line.startsWith("#") && !line.isBlank()) { // the text: the longest column, wherever it stands
            texts.add(java.util.Arrays.stream(line.split("\t")).max(java.util.Comparator.comparingInt(String::length)).get());
          }
        }
      }
    }
    List<String> all = new ArrayList<>();
    for (String t : texts) {
      all.add(t);
      all.add(t.substring(0, t.length() / 2));
      all.add(t.substring(t.length() / 2));
      all.add("你好，" + t);
      all.add(t + " 我叫李明，电话13800001111");
      all.add(t.toUpperCase(java.util.Locale.ROOT));
    }
    all.add("");
    all.add(null);
    all.add("x".repeat(5000));
    all.add(String.join("", texts).substring(0, 3000));
    HanLpExtractor x = new HanLpExtractor(Gazetteer.bundled(), Classifiers.bundled());
    try (PrintWriter out = new PrintWriter(Files.newBufferedWriter(Path.of(args[0]), StandardCharsets.UTF_8))) {
      for (String t : all) {
        Extraction e = x.extract(t);
        StringBuilder sb = new StringBuilder();
        sb.append(t == null ? "<null>" : t.replace('\n', ' ')).append("\n  ");
        for (Map.Entry<String, Extraction.Field> f : new TreeMap<>(e.fields()).entrySet()) {
          Extraction.Field v = f.getValue();
          sb.append(f.getKey()).append('=').append(v.value()).append('|').append(v.confidence()).append('|')
              .append(v.start()).append('-').append(v.end()).append("; ");
        }
        sb.append("\n  kinds=").append(e.kinds()).append(" ids=").append(e.identities()).append(" affected=")
            .append(e.affected());
        out.println(sb);
      }
    }
    System.out.println(all.size() + " texts dumped to " + args[0]);
  }
}
