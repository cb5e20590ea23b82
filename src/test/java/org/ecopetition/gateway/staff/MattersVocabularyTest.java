package org.ecopetition.gateway.staff;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * The matter types registration accepts are the documented vocabulary (nlp-models/routing/matters.md), and every
 * matter the pollution lexicon gives the extractor is among them: the console's form offers what /extract fills.
 */
class MattersVocabularyTest {
  @Test
  void registrationAcceptsTheDocumentedVocabularyAndEveryMatterTheLexiconGives() throws Exception {
    Set<String> documented = new TreeSet<>();
    for (String line : Files.readAllLines(Path.of("nlp-models/routing/matters.md"))) {
      if (line.startsWith("| ") && !line.startsWith("| matter") && !line.startsWith("|---")) {
        for (String m : line.split("\\|")[1].split(",")) {
          documented.add(m.strip());
        }
      }
    }
    assertThat(new TreeSet<>(Entry.MATTERS)).isEqualTo(documented);
    Set<String> lexicon = new TreeSet<>();
    for (String line : Files.readAllLines(Path.of("nlp-models/lexicon/pollution.tsv"))) {
      String[] cols = line.split("\t");
      if (!line.startsWith("#") && cols.length >= 3 && !cols[2].isBlank()) {
        lexicon.add(cols[2].strip());
      }
    }
    assertThat(Entry.MATTERS).containsAll(lexicon);
  }
}
