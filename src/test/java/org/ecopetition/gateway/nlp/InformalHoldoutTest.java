package org.ecopetition.gateway.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The polluter and the writer's name in informal registers, on polluter holdout five
 * (src/test/resources/nlp/polluter-holdout5.tsv, branch polreg): 190 short texts of our own in typos and homophones,
 * WeChat style (emoji, spaces for stops, line breaks, 。。。), questions, voice-to-text without punctuation, non-native
 * English and mixed text; 150 name a firm in varied forms, 40 name none; 88 give the writer's name (signed, after a
 * phone, 我叫, 本人, 小X, a surname alone). Written by hand before Polluters' or Names' code was read on the branch and
 * committed before anything ran over it (f0458d2).
 *
 * <p>Polluter: exact as the evaluation scores it ({@link ExtractionScore#samePolluter}); on a look-alike a polluter at a
 * name's confidence (0.8) is an invented firm, a kind of unit (0.5) is allowed: the dialog asks. Name: the writer's
 * name as the evaluation scores it ({@link ExtractionScore#name}, honorifics aside); on a text giving none, a name is a
 * false name.
 *
 * <p>First run (branch polreg at f0458d2 = main 34390fe, before any change; the honest estimate): see the constants.
 * The holdout was then read to find classes of failure and fixed by class with sentences of our own
 * ({@code PollutersTest.polregClasses}, {@code NamesTest.polregClasses}), so it is <b>tuned</b> now, no longer an estimate.
 * Run with {@code -Dholdout.verbose=true} to print the misses (this file's own texts).
 */
class InformalHoldoutTest {
  /**
   * Exact polluters of 150. First run (main 34390fe, the honest estimate): 138/150 (0.92) — typo 30/30, speech 29/30,
   * English 21/22, WeChat 27/30, questions 25/30, mixed 6/8; 140/150 with two labels corrected to the convention (see the
   * file's header). After branch polreg's classes (tuned): 145/150; the floor one case under.
   */
  static final int EXACT_FLOOR = 144;
  /** Look-alikes (of 40) given a polluter at a name's confidence, at most. First run: 3 (a kind given on 3 more); now 0; one over. */
  static final int INVENTED_CEILING = 1;
  /** Writer's names right of 88. First run: 81/88 (0.92); after branch polreg 88/88; one case under. */
  static final int NAME_FLOOR = 87;
  /** Texts giving no name (of 102) where a name is found anyway, at most. First run: 3; after branch polreg 0; one over. */
  static final int FALSE_NAME_CEILING = 1;

  /** exact, named, invented, look-alikes, kinds on look-alikes, names right, names given, false names, no name given. */
  static final int[] COUNTS = new int[9];
  /** Per register: exact polluters / named, names right / given. */
  static final Map<String, int[]> BY_REGISTER = new TreeMap<>();

  @BeforeAll
  static void read() throws IOException {
    HanLpExtractor x = new HanLpExtractor(Gazetteer.bundled(), Classifiers.bundled());
    List<String> lines;
    try (InputStream in = InformalHoldoutTest.class.getResourceAsStream("/nlp/polluter-holdout5.tsv")) {
      lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
    }
    List<String> misses = new ArrayList<>();
    for (String line : lines) {
      if (line.startsWith("#") || line.isBlank()) {
        continue;
      }
      String[] f = line.split("\t", -1);
      String text = f[0].replace("\\n", "\n");
      int[] reg = BY_REGISTER.computeIfAbsent(f[3], k -> new int[4]);
      Extraction e = x.extract(text);
      Extraction.Field got = e.field("polluter").orElse(null);
      String value = got == null ? null : got.value().strip();
      if (f[1].isEmpty()) {
        COUNTS[3]++;
        if (got != null && got.confidence() >= 0.8) {
          COUNTS[2]++;
          misses.add("invented " + value + "  ← " + f[0]);
        } else if (got != null) {
          COUNTS[4]++;
        }
      } else {
        COUNTS[1]++;
        reg[1]++;
        if (value != null && ExtractionScore.samePolluter(value, f[1], text)) {
          COUNTS[0]++;
          reg[0]++;
        } else {
          misses.add("want " + f[1] + " got " + value + "  ← " + f[0]);
        }
      }
      String name = ExtractionScore.name(e.field("name").map(Extraction.Field::value).orElse(null));
      String want = ExtractionScore.name(f[2].isEmpty() ? null : f[2]);
      if (want == null) {
        COUNTS[8]++;
        if (name != null) {
          COUNTS[7]++;
          misses.add("false name " + name + "  ← " + f[0]);
        }
      } else {
        COUNTS[6]++;
        reg[3]++;
        if (Objects.equals(name, want)) {
          COUNTS[5]++;
          reg[2]++;
        } else {
          misses.add("name want " + want + " got " + name + "  ← " + f[0]);
        }
      }
    }
    System.out.printf("polluter-holdout5: polluter exact %d/%d, invented %d/%d (kinds on look-alikes %d); "
        + "name %d/%d, false names %d/%d%n", COUNTS[0], COUNTS[1], COUNTS[2], COUNTS[3], COUNTS[4], COUNTS[5], COUNTS[6],
        COUNTS[7], COUNTS[8]);
    BY_REGISTER.forEach((k, v) -> System.out.printf("  %-8s polluter %d/%d, name %d/%d%n", k, v[0], v[1], v[2], v[3]));
    if (Boolean.getBoolean("holdout.verbose")) {
      misses.forEach(System.out::println);
    }
  }

  @Test
  void theHoldoutIsWhatItWasWritten() {
    assertThat(COUNTS[1]).isEqualTo(150);
    assertThat(COUNTS[3]).isEqualTo(40);
    assertThat(COUNTS[6]).isEqualTo(88);
  }

  @Test
  void namedFirmsAreFound() {
    assertThat(COUNTS[0]).as("exact polluters of %d", COUNTS[1]).isGreaterThanOrEqualTo(EXACT_FLOOR);
  }

  @Test
  void lookAlikesInventNoFirm() {
    assertThat(COUNTS[2]).as("invented firms of %d", COUNTS[3]).isLessThanOrEqualTo(INVENTED_CEILING);
  }

  @Test
  void writersNamesAreFound() {
    assertThat(COUNTS[5]).as("names of %d", COUNTS[6]).isGreaterThanOrEqualTo(NAME_FLOOR);
  }

  @Test
  void noNameIsInvented() {
    assertThat(COUNTS[7]).as("false names of %d", COUNTS[8]).isLessThanOrEqualTo(FALSE_NAME_CEILING);
  }
}
