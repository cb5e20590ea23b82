package org.ecopetition.gateway.nlp;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * What the learned name finder adds to the rules' redaction on the tuned sets (nlp-models/eval and its rounds, never
 * the blind one; the two identity holdouts): per set, gold names left readable with the rules alone and with the model
 * at each probability; the model's spans that are no gold name (on the sets that label every mention: over-masking);
 * the holdouts' look-alikes masked; and the writer's name field where the model's rule gives one. Prints counts and,
 * with -Dprobe.show=true, the model's non-names and the leaks it closed (tuned sets only).
 * Run: {@code java -cp target/test-classes:target/classes:DEPS org.ecopetition.gateway.nlp.LearnedNamesTunedProbe 0.2 0.3 0.5}.
 */
final class LearnedNamesTunedProbe {
  private LearnedNamesTunedProbe() {}

  public static void main(String[] args) throws Exception {
    boolean show = Boolean.getBoolean("probe.show");
    Gazetteer g = Gazetteer.bundled();
    Classifiers c = Classifiers.bundled();
    Map<String, HanLpExtractor> xs = new LinkedHashMap<>();
    xs.put("rules", new HanLpExtractor(g, c, null, 1));
    for (String a : args) {
      xs.put("model@" + a, new HanLpExtractor(g, c, LearnedNames.bundled(), Double.parseDouble(a)));
    }
    Map<String, int[]> total = new LinkedHashMap<>(); // per extractor {names left, names, non-names, look-alikes masked}
    xs.keySet().forEach(k -> total.put(k, new int[6]));
    List<Path> files;
    try (Stream<Path> s = Files.walk(Path.of("nlp-models/eval"))) {
      files = s.filter(p -> p.toString().endsWith(".jsonl"))
          .filter(p -> !p.getParent().getFileName().toString().equals(ExtractionEvaluationTest.BLIND_ROUND)).sorted().toList();
    }
    Map<String, List<String[]>> sets = new LinkedHashMap<>(); // set → {text, gold names joined by |, labelsAll, looks}
    for (Path f : files) {
      String set = f.getParent().getFileName() + "/" + f.getFileName();
      for (String line : Files.readAllLines(f, StandardCharsets.UTF_8)) {
        if (line.isBlank()) {
          continue;
        }
        JsonNode n = RedactionEvaluationTest.JSON.readTree(line);
        String text = n.get("text").asText();
        List<String> names = new ArrayList<>();
        for (String[] m : RedactionEvaluationTest.mentions(n.path("gold"), text)) {
          if (m[0].equals(Identity.NAME)) {
            names.add(m[1]);
          }
        }
        JsonNode gn = n.path("gold").path("name");
        sets.computeIfAbsent(set, k -> new ArrayList<>()).add(new String[] {text, String.join("|", names),
            n.path("gold").has("identities") ? "all" : "", "", n.path("gold").has("name") ? (gn.isTextual() ? gn.asText() : "\u0000") : null});
      }
    }
    for (String res : new String[] {"/nlp/identity-holdout.tsv", "/nlp/identity-holdout2.tsv"}) {
      try (InputStream in = LearnedNamesTunedProbe.class.getResourceAsStream(res)) {
        for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList()) {
          if (line.startsWith("#") || line.isBlank()) {
            continue;
          }
          String[] col = line.split("\t", -1);
          List<String> names = new ArrayList<>();
          if (!col[2].isBlank()) {
            for (String m : col[2].split("\\|")) {
              if (m.startsWith("name:")) {
                String label = m.substring(5);
                String plain = label.replace("[", "").replace("]", "");
                int open = label.indexOf('[');
                String core = open >= 0 ? label.substring(open + 1, label.indexOf(']')) : plain;
                names.add(core.length() >= 2 ? core : plain);
              }
            }
          }
          sets.computeIfAbsent(res, k -> new ArrayList<>()).add(new String[] {col[1].replace("\\n", "\n"),
              String.join("|", names), "all", col.length > 3 ? col[3] : "", null});
        }
      }
    }
    for (Map.Entry<String, List<String[]>> e : sets.entrySet()) {
      StringBuilder row = new StringBuilder(String.format("%-34s", e.getKey()));
      StringBuilder detail = new StringBuilder();
      for (Map.Entry<String, HanLpExtractor> x : xs.entrySet()) {
        int[] n = new int[6];
        for (String[] c1 : e.getValue()) {
          String text = c1[0];
          Extraction ex = x.getValue().extract(text);
          Map<String, String> known = new HashMap<>();
          known.put(Identity.NAME, ex.field("name").map(Extraction.Field::value).orElse(null));
          known.put(Identity.PHONE, ex.field("phone").map(Extraction.Field::value).orElse(null));
          known.put(Identity.ID, ex.field("idNumber").map(Extraction.Field::value).orElse(null));
          known.put(Identity.ADDRESS, ex.field("address").map(Extraction.Field::value).orElse(null));
          String red = Redaction.redact(text, x.getValue().forRedaction(text, ex.identities()), known, null);
          if (c1[4] != null) {
            String want = c1[4].equals("\u0000") ? null : c1[4];
            String got = ex.field("name").map(Extraction.Field::value).orElse(null);
            n[4]++;
            if (java.util.Objects.equals(want, got)) {
              n[5]++;
            } else if (show) {
              detail.append("    ").append(x.getKey()).append(" name field: want ").append(want).append(" got ").append(got).append('\n');
            }
          }
          List<String> gold = c1[1].isEmpty() ? List.of() : List.of(c1[1].split("\\|"));
          for (String name : gold) {
            n[1]++;
            if (red.contains(name)) {
              n[0]++;
              if (show && !x.getKey().equals("rules")) {
                detail.append("    ").append(x.getKey()).append(" left: ").append(name).append('\n');
              }
            }
          }
          if (c1[2].equals("all")) {
            for (Identity i : x.getValue().forRedaction(text, ex.identities())) {
              if (!i.type().equals(Identity.NAME)) {
                continue;
              }
              String w = text.substring(i.start(), i.end());
              boolean isGold = gold.stream().anyMatch(gn -> overlapsAny(text, gn, i.start(), i.end()));
              if (!isGold && !x.getKey().equals("rules")) {
                n[2]++;
                if (show) {
                  detail.append("    ").append(x.getKey()).append(" not a gold name: ").append(w).append("  in ")
                      .append(text.substring(Math.max(0, i.start() - 12), Math.min(text.length(), i.end() + 12)).replace("\n", "⏎")).append('\n');
                }
              } else if (!isGold) {
                n[2]++;
              }
            }
          }
          if (!c1[3].isBlank()) {
            for (String keep : c1[3].split("\\|")) {
              if (!red.contains(keep)) {
                n[3]++;
                if (show) {
                  detail.append("    ").append(x.getKey()).append(" look-alike masked: ").append(keep).append('\n');
                }
              }
            }
          }
        }
        row.append(String.format(" | %s left %d/%d non-names %d looks %d name %d/%d", x.getKey(), n[0], n[1], n[2], n[3], n[5], n[4]));
        int[] t = total.get(x.getKey());
        for (int k = 0; k < 6; k++) {
          t[k] += n[k];
        }
      }
      System.out.println(row);
      System.out.print(detail);
    }
    // The held-out fifth of the corpus: each gold name's characters masked (char for char) or not, and spans masked
    // that are no gold name's, per extractor.
    for (String file : new String[] {"corpus/names-heldout.txt"}) {
      List<opennlp.tools.namefind.NameSample> held = TrainModels.nameSamples(Path.of("nlp-models").resolve(file));
      for (Map.Entry<String, HanLpExtractor> x : xs.entrySet()) {
        int left = 0;
        int all = 0;
        int extra = 0;
        int negatives = 0;
        int negativesMasked = 0;
        StringBuilder d = new StringBuilder();
        for (opennlp.tools.namefind.NameSample sample : held) {
          String text = LearnedNamesProbe.rebuild(sample);
          LearnedNames.Tokenised t = LearnedNames.tokens(text);
          Extraction ex = x.getValue().extract(text);
          String masked = Identity.mask(text, x.getValue().forRedaction(text, ex.identities()).stream().filter(i -> i.type().equals(Identity.NAME)).toList(), '※');
          boolean[] gold = new boolean[text.length()];
          for (opennlp.tools.util.Span g1 : sample.getNames()) {
            int gs = t.starts()[g1.getStart()];
            int ge = t.ends()[g1.getEnd() - 1];
            all++;
            boolean readable = false;
            for (int k = gs; k < ge; k++) {
              gold[k] = true;
              readable |= masked.charAt(k) != '※' && !Character.isWhitespace(masked.charAt(k));
            }
            if (readable) {
              left++;
              if (show) {
                d.append("    ").append(x.getKey()).append(" held-out left: ").append(text, gs, ge).append(" | ").append(text.replace("\n", "⏎")).append('\n');
              }
            }
          }
          if (sample.getNames().length == 0) {
            negatives++;
          }
          boolean any = false;
          for (Identity i : x.getValue().forRedaction(text, ex.identities())) {
            boolean g2 = false;
            for (int k = i.start(); k < i.end(); k++) {
              g2 |= gold[k];
            }
            if (i.type().equals(Identity.NAME) && !g2) {
              extra++;
              any = true;
            }
          }
          negativesMasked += sample.getNames().length == 0 && any ? 1 : 0;
        }
        System.out.printf("HELD-OUT %s %s: names left readable %d/%d, name spans that are no name %d, name-free lines with a mask %d/%d%n",
            file, x.getKey(), left, all, extra, negativesMasked, negatives);
        System.out.print(d);
      }
    }
    total.forEach((k, t) -> System.out.printf("TOTAL %s: names left %d/%d, name spans that are no gold name %d "
        + "(sets labelling every mention), look-alikes masked %d, name field right %d/%d%n", k, t[0], t[1], t[2], t[3], t[5], t[4]));
  }

  /** Whether start…end overlaps an occurrence of {@code name} in {@code text}. */
  static boolean overlapsAny(String text, String name, int start, int end) {
    for (int i = text.indexOf(name); i >= 0; i = text.indexOf(name, i + 1)) {
      if (i < end && start < i + name.length()) {
        return true;
      }
    }
    return false;
  }
}
