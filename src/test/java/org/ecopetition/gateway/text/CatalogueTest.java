package org.ecopetition.gateway.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.ecopetition.gateway.lifecycle.Act;
import org.ecopetition.gateway.lifecycle.CaseStatus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The message catalogues: complete in both languages, checked at start with file and line, rendered as read. */
class CatalogueTest {
  static final Path PROJECT = Path.of("dialogs/messages");

  /** A copy of the project's catalogues with one more file, to break on purpose. */
  static Path withExtra(Path dir, String name, String yaml) throws IOException {
    try (Stream<Path> files = Files.list(PROJECT)) {
      for (Path f : files.toList()) {
        Files.copy(f, dir.resolve(f.getFileName()));
      }
    }
    Files.writeString(dir.resolve(name), yaml);
    return dir;
  }

  @Test
  void theProjectsCataloguesHaveEveryKeyTheGatewayUsesInBothLanguages() {
    Catalogue c = Catalogue.load(PROJECT).require(CaseStatus.values()).require(Act.values());
    for (Msg m : Msg.values()) {
      assertThat(c.text(m, "zh")).isNotBlank();
      assertThat(c.text(m, "en")).isNotBlank();
    }
  }

  @Test
  void noChineseIsLeftInAnEnglishText() throws IOException {
    Pattern han = Pattern.compile("\\p{IsHan}");
    Catalogue c = Catalogue.load(PROJECT);
    for (Msg m : Msg.values()) {
      // The one Chinese term an English text may keep is the category's legal name, given beside its English.
      assertThat(han.matcher(c.text(m, "en").replace("检举控告", "")).find()).as(m.key()).isFalse();
    }
  }

  @Test
  void placeholdersAreFilledLabelsAndDatesInTheReadersLanguage() {
    Catalogue c = Catalogue.load(PROJECT);
    Map<String, Object> vars = Map.of("state", CaseStatus.CLOSED, "act", Act.ACCEPT);
    assertThat(c.text(Msg.REFUSAL_WRONG_STATE, "zh", vars)).isEqualTo("案件当前为“已办结”，不能受理。");
    assertThat(c.text(Msg.REFUSAL_WRONG_STATE, "en", vars)).isEqualTo("A case that is Closed cannot be accepted.");
    assertThat(c.text(Msg.REFUSAL_REVIEW_TOO_LATE, "zh", Map.of("lastDay", LocalDate.of(2026, 4, 1))))
        .contains("2026年4月1日");
    assertThat(c.text(Msg.REFUSAL_REVIEW_TOO_LATE, "en", Map.of("lastDay", LocalDate.of(2026, 4, 1))))
        .contains("1 April 2026");
  }

  @Test
  void aKeyInOneLanguageOnlyStopsTheStartWithItsFileAndLine(@TempDir Path dir) throws IOException {
    withExtra(dir, "extra.yaml", "zh:\n  extra.only_zh: 只有中文\nen:\n  extra.other: Other\n");
    assertThatThrownBy(() -> Catalogue.load(dir)).isInstanceOf(CatalogueException.class)
        .hasMessageContaining("extra.yaml:2: 'extra.only_zh' has no en text")
        .hasMessageContaining("'extra.other' has no zh text");
  }

  @Test
  void differentPlaceholdersDuplicatesAndEmptyTextsStopTheStart(@TempDir Path dir) throws IOException {
    withExtra(dir, "extra.yaml", """
        zh:
          extra.a: 案件{caseNumber}
          extra.b: ""
          notice.close: 重复
        en:
          extra.a: Case {number}
          extra.b: B
          notice.close: again
        """);
    assertThatThrownBy(() -> Catalogue.load(dir)).isInstanceOf(CatalogueException.class)
        .hasMessageContaining("'extra.a' has other placeholders")
        .hasMessageContaining("extra.yaml:3: 'extra.b' needs a text")
        .hasMessageContaining("notices.yaml:16: 'notice.close' is already defined at extra.yaml:4\n");
  }

  @Test
  void aKeyTheCodeUsesMissingStopsTheStart(@TempDir Path dir) throws IOException {
    try (Stream<Path> files = Files.list(PROJECT)) {
      for (Path f : files.toList()) {
        Files.writeString(dir.resolve(f.getFileName()), Files.readString(f).replaceAll("(?m)^  notice\\.close:.*\\n", ""));
      }
    }
    assertThatThrownBy(() -> Catalogue.load(dir)).hasMessageContaining("'notice.close' is used by the gateway");
  }

  @Test
  void everyKeyTheCodeNamesIsAMsg() throws IOException {
    // A key typed as a string somewhere would escape the start-up check: code refers to keys through Msg only.
    Pattern literal = Pattern.compile("\"(refusal|notice|error|status|chat)\\.[a-z_.]+\"");
    try (Stream<Path> java = Files.walk(Path.of("src/main/java"))) {
      java.filter(f -> f.toString().endsWith(".java") && !f.endsWith("Msg.java")).forEach(f -> {
        try {
          Matcher m = literal.matcher(Files.readString(f));
          assertThat(m.find()).as(f + " names a catalogue key as a string").isFalse();
        } catch (IOException e) {
          throw new java.io.UncheckedIOException(e);
        }
      });
    }
  }
}
