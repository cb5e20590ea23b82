package org.ecopetition.gateway.nlp;

import java.nio.file.Path;
import java.util.List;
import opennlp.tools.namefind.NameSample;
import opennlp.tools.namefind.TokenNameFinderModel;
import opennlp.tools.util.Span;

/**
 * The learned name finder on the held-out fifth of its corpus (corpus/names-heldout.txt: frames and names it never
 * saw): spans found exactly, gold names recalled (any overlap: what masking needs), at several probabilities. With
 * arguments {@code cutoff iterations}, a model trained here in memory (to compare settings); without, the bundled one.
 * Run: {@code java -cp target/test-classes:target/classes:DEPS org.ecopetition.gateway.nlp.LearnedNamesProbe [1 150]}.
 */
final class LearnedNamesProbe {
  private LearnedNamesProbe() {}

  public static void main(String[] args) throws Exception {
    Path dir = Path.of("nlp-models");
    if (args.length == 1 && args[0].equals("load")) {
      long t0 = System.nanoTime();
      LearnedNames l = LearnedNames.bundled();
      long t1 = System.nanoTime();
      l.find("我叫王建国，电话13800000000");
      System.out.printf("cold load %.0f ms, first find %.0f ms%n", (t1 - t0) / 1e6, (System.nanoTime() - t1) / 1e6);
      return;
    }
    LearnedNames finder;
    if (args.length >= 2) {
      long t0 = System.nanoTime();
      List<NameSample> samples = TrainModels.nameSamples(dir.resolve("corpus/names.txt"));
      samples.addAll(TrainModels.plainSamples(dir.resolve("corpus/urgency.tsv"), Gazetteer.bundled()));
      System.out.println(samples.size() + " samples");
      TokenNameFinderModel m = TrainModels.trainNames(samples,
          dir.resolve("lexicon/names.tsv"), Integer.parseInt(args[0]), Integer.parseInt(args[1]));
      System.out.printf("trained in %.1f s%n", (System.nanoTime() - t0) / 1e9);
      finder = LearnedNames.of(m);
    } else {
      finder = LearnedNames.bundled();
    }
    List<NameSample> held = TrainModels.nameSamples(dir.resolve(System.getProperty("probe.file", "corpus/names-heldout.txt")));
    for (double at : new double[] {0.1, 0.2, 0.3, 0.5, 0.7}) {
      int gold = 0;
      int found = 0;
      int exact = 0;
      int covered = 0;
      int wrong = 0;
      int negLines = 0;
      int negHit = 0;
      StringBuilder misses = new StringBuilder();
      for (NameSample s : held) {
        LearnedNames.Tokenised t = LearnedNames.tokens(rebuild(s));
        List<LearnedNames.Found> fs = finder.find(rebuild(s), Math.max(0.05, at)).stream().toList();
        gold += s.getNames().length;
        found += fs.size();
        if (s.getNames().length == 0) {
          negLines++;
          negHit += fs.isEmpty() ? 0 : 1;
        }
        for (Span g : s.getNames()) {
          int gs = t.starts()[g.getStart()];
          int ge = t.ends()[g.getEnd() - 1];
          boolean ex = fs.stream().anyMatch(f -> f.start() == gs && f.end() == ge);
          boolean cov = fs.stream().anyMatch(f -> f.start() <= gs && ge <= f.end());
          exact += ex ? 1 : 0;
          covered += cov ? 1 : 0;
          if (!cov && at == 0.5 && misses.length() < 3000) {
            misses.append("  miss: ").append(rebuild(s).substring(gs, ge)).append(" | ").append(rebuild(s).replace("\n", "⏎")).append('\n');
          }
        }
        for (LearnedNames.Found f : fs) {
          boolean gold1 = false;
          for (Span g : s.getNames()) {
            gold1 |= t.starts()[g.getStart()] < f.end() && f.start() < t.ends()[g.getEnd() - 1];
          }
          if (!gold1) {
            wrong++;
            if (at == 0.5 && misses.length() < 6000) {
              misses.append("  false: ").append(rebuild(s).substring(f.start(), f.end())).append(" | ").append(rebuild(s).replace("\n", "⏎")).append('\n');
            }
          }
        }
      }
      System.out.printf("p>=%.1f: gold %d, found %d, exact %d (P %.3f R %.3f), covered %d (%.3f), not a name %d; "
          + "negative lines %d with a span %d%n", at, gold, found, exact, found == 0 ? 0 : (double) exact / found,
          (double) exact / gold, covered, (double) covered / gold, wrong, negLines, negHit);
      System.out.print(misses);
    }
  }

  /** The sentence's text again from its tokens: spaces and line breaks as one space or one line break. */
  static String rebuild(NameSample s) {
    StringBuilder b = new StringBuilder();
    String[] t = s.getSentence();
    for (int k = 0; k < t.length; k++) {
      String w = t[k];
      if (w.equals("_")) {
        b.append(' ');
      } else if (w.equals("⏎")) {
        b.append('\n');
      } else if (w.startsWith("#") && w.length() > 1) {
        b.append("1".repeat(Integer.parseInt(w.substring(1))));
      } else {
        b.append(w);
      }
    }
    return b.toString();
  }
}
