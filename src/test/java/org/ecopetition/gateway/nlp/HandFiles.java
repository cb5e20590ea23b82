package org.ecopetition.gateway.nlp;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** The lines of a hand's file among the test resources (src/test/resources/nlp/hands-…/NAME.tsv). */
final class HandFiles {
  private HandFiles() {}

  static List<String> lines(String folder, String hand) throws IOException {
    try (InputStream in = HandFiles.class.getResourceAsStream("/nlp/" + folder + "/" + hand + ".tsv")) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
    }
  }
}
