package org.ecopetition.gateway.nlp;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * What the situation frames see in texts of one's own (one a line in FILE): each word of the lists with its lists,
 * sentence and guard, the hits, and the extractor's urgency fields. Usage: SituationsExplainProbe FILE.
 */
public final class SituationsExplainProbe {
  private SituationsExplainProbe() {}

  public static void main(String[] args) throws Exception {
    HanLpExtractor x = new HanLpExtractor(Gazetteer.bundled(), Classifiers.bundled());
    for (String raw : Files.readAllLines(Path.of(args[0]), StandardCharsets.UTF_8)) {
      if (raw.isBlank()) {
        continue;
      }
      String t = Normaliser.normalise(raw);
      System.out.println("== " + raw);
      Situations.bundled().explain(t).forEach(s -> System.out.println("   " + s));
      System.out.println("   hits " + Situations.bundled().find(t));
      System.out.println("   features " + String.join(" ", Situations.bundled().features(t)));
      Extraction e = x.extract(raw);
      System.out.println("   -> urgent " + e.fields().get("urgent") + " life " + e.fields().get("lifeSafety") + " situation "
          + e.fields().get("situation"));
    }
  }
}
