package org.ecopetition.gateway.nlp;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Prints, for each line of a file, the words of the lists the frames see and the situations found. */
public final class SituationsExplain {
  private SituationsExplain() {}

  public static void main(String[] args) throws Exception {
    HanLpExtractor x = new HanLpExtractor(Gazetteer.bundled(), Classifiers.bundled());
    for (String line : Files.readAllLines(Path.of(args[0]), StandardCharsets.UTF_8)) {
      if (line.isBlank()) {
        continue;
      }
      String t = Normaliser.normalise(line);
      Extraction e = x.extract(line);
      System.out.println(line + "\n  urgent=" + e.fields().containsKey("urgent") + " life=" + e.fields().containsKey("lifeSafety")
          + " hits=" + Situations.bundled().find(t) + "\n  " + String.join(" | ", Situations.bundled().explain(t)));
    }
  }
}
