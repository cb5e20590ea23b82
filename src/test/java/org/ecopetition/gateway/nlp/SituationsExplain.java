package org.ecopetition.gateway.nlp;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Prints, for each line of a file (texts of one's own), the extractor's urgency fields, the situations found, the
 * classifier's probabilities (as near as a probe reads them) and situation features, and each word of the lists the frames see with its lists, sentence and guard.
 * Usage: SituationsExplain FILE.
 */
public final class SituationsExplain {
  private SituationsExplain() {}

  public static void main(String[] args) throws Exception {
    Classifiers models = Classifiers.bundled();
    HanLpExtractor x = new HanLpExtractor(Gazetteer.bundled(), models);
    for (String line : Files.readAllLines(Path.of(args[0]), StandardCharsets.UTF_8)) {
      if (line.isBlank()) {
        continue;
      }
      String t = Normaliser.normalise(line);
      Extraction e = x.extract(line);
      System.out.println(line + "\n  urgent=" + e.fields().containsKey("urgent") + " life=" + e.fields().containsKey("lifeSafety")
          + " situation=" + e.fields().get("situation") + " hits=" + Situations.bundled().find(t)
          + "\n  classifier " + models.scores("urgency", models.text(Tokens.split(t, HanLp.seg(Gazetteer.bundled(), t))),
              Situations.bundled().features(t))
          + "\n  features " + String.join(" ", Situations.bundled().features(t))
          + "\n  " + String.join(" | ", Situations.bundled().explain(t)));
    }
  }
}
