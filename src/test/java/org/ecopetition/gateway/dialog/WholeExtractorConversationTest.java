package org.ecopetition.gateway.dialog;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.ecopetition.gateway.nlp.Classifiers;
import org.ecopetition.gateway.nlp.HanLpExtractor;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Conversation scripts ({@code dialogs/tests/whole-extractor}) whose behaviour depends on what the gateway's own
 * extractor reads by meaning (its classifiers), not only on the rules {@link DialogConversationTest} runs with: each
 * message is read by the {@link HanLpExtractor} the gateway builds.
 */
class WholeExtractorConversationTest {
  static final HanLpExtractor EXTRACTOR = new HanLpExtractor(DialogConversationTest.GAZETTEER, Classifiers.bundled());

  @TestFactory
  Stream<DynamicTest> conversations() throws IOException {
    try (Stream<Path> files = Files.list(DialogConversationTest.TESTS.resolve("whole-extractor"))) {
      List<Path> list = files.filter(p -> p.toString().endsWith(".yaml")).sorted().toList();
      assertThat(list).isNotEmpty();
      return list.stream().map(f -> DynamicTest.dynamicTest(f.getFileName().toString(),
          () -> DialogConversationTest.run(f, EXTRACTOR)));
    }
  }
}
