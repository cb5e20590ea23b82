package org.ecopetition.gateway.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Art 19 urgency on petitions by hands that never saw the project and were never trained on, counted as
 * {@link UrgencyProbe} counts them, in three groups: read (the held hands {@code n}–{@code p} of nlp-models/corpus/hands/
 * held: their misses were read to find classes, so they are tuned), unread ({@code q}–{@code s}: summary lines only) and
 * the final estimate ({@code u1}–{@code u8} in src/test/resources/nlp/hands-urgency: written after the first classes were
 * found, committed before their first run, never opened). nlp-models/README.md, "Urgency by several hands", gives each
 * group's first run and every change. Floors two cases under what is measured; ceilings two over.
 */
class HandsUrgencyTest {
  /** Read hands, urgent found of 360: 348 at the session's start, 353 after. */
  static final int READ_URGENT_FLOOR = 351;
  /** Read hands, danger to life found of 180: 166 at the start, 175 after. */
  static final int READ_LIFE_FLOOR = 173;
  /** Read hands, false alarms of 540: 31 at the start, 16 after. */
  static final int READ_ALARMS_CEILING = 18;
  /** Unread hands, urgent of 360: 354 at the start and after. */
  static final int UNREAD_URGENT_FLOOR = 352;
  /** Unread hands, danger to life of 183: 178 at the start and after. */
  static final int UNREAD_LIFE_FLOOR = 176;
  /** Unread hands, false alarms of 540: 52 at the start, 49 after. */
  static final int UNREAD_ALARMS_CEILING = 51;
  /** Final hands, urgent of 480: 465 with the session's starting rules, 463 at their first run, 465 at the end. */
  static final int FINAL_URGENT_FLOOR = 463;
  /** Final hands, danger to life of 240: 226 at the start, at the first run and at the end. */
  static final int FINAL_LIFE_FLOOR = 224;
  /** Final hands, false alarms of 720: 51 at the start, 48 at the first run and at the end. */
  static final int FINAL_ALARMS_CEILING = 50;

  static int[] read;
  static int[] unread;
  static int[] last;

  @BeforeAll
  static void count() throws IOException {
    HanLpExtractor x = new HanLpExtractor(Gazetteer.bundled(), Classifiers.bundled());
    Path held = Path.of("nlp-models/corpus/hands/held");
    read = count(x, Files.readAllLines(held.resolve("n-urgency.tsv")), Files.readAllLines(held.resolve("o-urgency.tsv")),
        Files.readAllLines(held.resolve("p-urgency.tsv")));
    unread = count(x, Files.readAllLines(held.resolve("q-urgency.tsv")), Files.readAllLines(held.resolve("r-urgency.tsv")),
        Files.readAllLines(held.resolve("s-urgency.tsv")));
    List<String>[] finals = new List[8];
    for (int i = 0; i < 8; i++) {
      try (InputStream in = HandsUrgencyTest.class.getResourceAsStream("/nlp/hands-urgency/u" + (i + 1) + ".tsv")) {
        finals[i] = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
      }
    }
    last = count(x, finals);
    for (Object[] g : new Object[][] {{"read", read}, {"unread", unread}, {"final", last}}) {
      int[] c = (int[]) g[1];
      System.out.printf("hands-urgency %s: urgent %d/%d, life %d/%d, false alarms %d/%d%n", g[0], c[0], c[1], c[2], c[3],
          c[4], c[5]);
    }
  }

  @SafeVarargs
  private static int[] count(HanLpExtractor x, List<String>... files) {
    int[] c = new int[6]; // urgent found, urgent, life found, life, alarms, look-alikes
    for (List<String> lines : files) {
      for (String line : lines) {
        String[] f = line.split("\t", 2);
        if (line.startsWith("#") || f.length < 2) {
          continue;
        }
        Extraction e = x.extract(f[1]);
        UrgencyProbe.count(c, f[0], e.fields().containsKey("urgent"), e.fields().containsKey("lifeSafety"));
      }
    }
    return c;
  }

  @Test
  void theHandsAreWhatTheyWrote() {
    assertThat(read[1] + read[5]).isEqualTo(900);
    assertThat(unread[1] + unread[5]).isEqualTo(900);
    assertThat(last[1] + last[5]).isEqualTo(1200);
    assertThat(last[3]).isEqualTo(240);
  }

  @Test
  void urgentMattersAreFound() {
    assertThat(read[0]).as("read hands, urgent of %d", read[1]).isGreaterThanOrEqualTo(READ_URGENT_FLOOR);
    assertThat(unread[0]).as("unread hands, urgent of %d", unread[1]).isGreaterThanOrEqualTo(UNREAD_URGENT_FLOOR);
    assertThat(last[0]).as("final hands, urgent of %d", last[1]).isGreaterThanOrEqualTo(FINAL_URGENT_FLOOR);
  }

  @Test
  void dangersToLifeAreFound() {
    assertThat(read[2]).as("read hands, life of %d", read[3]).isGreaterThanOrEqualTo(READ_LIFE_FLOOR);
    assertThat(unread[2]).as("unread hands, life of %d", unread[3]).isGreaterThanOrEqualTo(UNREAD_LIFE_FLOOR);
    assertThat(last[2]).as("final hands, life of %d", last[3]).isGreaterThanOrEqualTo(FINAL_LIFE_FLOOR);
  }

  @Test
  void lookAlikesRaiseFewAlarms() {
    assertThat(read[4]).as("read hands, alarms of %d", read[5]).isLessThanOrEqualTo(READ_ALARMS_CEILING);
    assertThat(unread[4]).as("unread hands, alarms of %d", unread[5]).isLessThanOrEqualTo(UNREAD_ALARMS_CEILING);
    assertThat(last[4]).as("final hands, alarms of %d", last[5]).isLessThanOrEqualTo(FINAL_ALARMS_CEILING);
  }
}
