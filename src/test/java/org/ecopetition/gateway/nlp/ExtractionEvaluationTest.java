package org.ecopetition.gateway.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.ecopetition.gateway.cli.Commands;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The extractor on the project's evaluation sets (nlp-models/eval and its rounds, never used for training),
 * through the same {@code extract} command users run, with minimum bounds so that a regression fails the
 * build: every field, the urgent and life-safety recall and the false alarms, the identity spans and leaks,
 * the counts of people, and each register of round two. The report (printed) is what nlp-models/README.md
 * quotes.
 */
class ExtractionEvaluationTest {
  static final ObjectMapper JSON = new ObjectMapper();
  static final ExtractionScore SCORE = new ExtractionScore();
  /**
   * Round four, written blind (nlp-models/eval/round4/README.md), since read and worked on: scored apart with its
   * own floors, which guard against regression.
   */
  static final ExtractionScore ROUND4 = new ExtractionScore();
  /**
   * Round five, written blind (nlp-models/eval/round5/README.md), scored apart; its misses were worked on by class
   * on 2026-12-04 (nlp-models/README.md, "Round five"), so it is no longer unseen and its floors sit a little
   * under what that work reached.
   */
  static final ExtractionScore ROUND5 = new ExtractionScore();
  /**
   * Round six, written blind (nlp-models/eval/round6/README.md), scored apart; its urgent and entity misses were
   * worked on by class on 2026-12-04/05 (nlp-models/README.md, "Round six"), so it is no longer unseen.
   */
  static final ExtractionScore ROUND6 = new ExtractionScore();
  /**
   * Round seven, written blind (nlp-models/eval/round7/README.md), scored apart; its misses were worked on by class on
   * 2026-12-05 (nlp-models/README.md, "Round seven"), so it is no longer unseen.
   */
  static final ExtractionScore ROUND7 = new ExtractionScore();
  /**
   * Round eight, written blind (nlp-models/eval/round8/README.md), scored apart; its place, urgency and name misses were
   * worked on by class on 2026-12-05 (nlp-models/README.md, "Round eight"), so it is no longer unseen.
   */
  static final ExtractionScore ROUND8 = new ExtractionScore();
  /**
   * Round nine, written blind (nlp-models/eval/round9/README.md), scored apart; its misses were worked on by class on
   * 2026-12-05 (nlp-models/README.md, "Round nine"), so it is no longer unseen.
   */
  static final ExtractionScore ROUND9 = new ExtractionScore();
  /**
   * Round ten: blind at its first run (2026-12-05, nlp-models/README.md, "Round ten"), worked on by class once round
   * eleven had been written, so it is no longer unseen.
   */
  static final ExtractionScore ROUND10 = new ExtractionScore();
  /**
   * Round eleven: blind at its first two runs (2026-12-05, nlp-models/README.md, "Round eleven"), worked on by class
   * once round twelve had been written, so it is no longer unseen.
   */
  static final ExtractionScore ROUND11 = new ExtractionScore();
  /**
   * Round twelve: blind at its first two runs (2026-12-05, nlp-models/README.md, "Round twelve"), worked on by class
   * once round thirteen had been written, so it is no longer unseen.
   */
  static final ExtractionScore ROUND12 = new ExtractionScore();
  /**
   * Round thirteen: blind at its first two runs (2026-12-05, nlp-models/README.md, "Round thirteen"), worked on by class
   * once round fourteen had been written, so it is no longer unseen.
   */
  static final ExtractionScore ROUND13 = new ExtractionScore();
  /**
   * Round fourteen: blind at its first two runs (2026-12-05, nlp-models/README.md, "Round fourteen"), worked on by class
   * once round fifteen had been written, so it is no longer unseen.
   */
  static final ExtractionScore ROUND14 = new ExtractionScore();
  /**
   * Round fifteen: blind at its first two runs (2026-12-05, nlp-models/README.md, "Round fifteen"), worked on by class
   * once round sixteen was being written, so it is no longer unseen.
   */
  static final ExtractionScore ROUND15 = new ExtractionScore();
  /**
   * Round sixteen: blind at its two runs of 2026-12-05 (nlp-models/README.md, "Round sixteen"), worked on by class once
   * round seventeen was written, so it is no longer unseen.
   */
  static final ExtractionScore ROUND16 = new ExtractionScore();
  /**
   * Round seventeen: blind at its two runs of 2026-12-05 (nlp-models/README.md, "Round seventeen"), worked on by class
   * once round eighteen was written, so it is no longer unseen.
   */
  static final ExtractionScore ROUND17 = new ExtractionScore();
  /**
   * Round eighteen: blind at its runs of 2026-12-06 (nlp-models/README.md, "Round eighteen"), worked on by class once
   * round nineteen was written, so it is no longer unseen.
   */
  static final ExtractionScore ROUND18 = new ExtractionScore();
  /**
   * Round nineteen: blind at its runs of 2026-12-06 (nlp-models/README.md, "Round nineteen"), worked on by class once
   * round twenty was written, so it is no longer unseen.
   */
  static final ExtractionScore ROUND19 = new ExtractionScore();
  /**
   * Round twenty: blind at its runs of 2026-12-06 (nlp-models/README.md, "Round twenty"), open to work by class once
   * round twenty-one was written, so it is no longer unseen.
   */
  static final ExtractionScore ROUND20 = new ExtractionScore();
  /**
   * Round twenty-one: blind at its runs of 2026-12-06 (nlp-models/README.md, "Round twenty-one"), open to work by class
   * once round twenty-two was written, so it is no longer unseen.
   */
  static final ExtractionScore ROUND21 = new ExtractionScore();
  /**
   * Round twenty-two: blind at its runs of 2026-12-07 (nlp-models/README.md, "Round twenty-two"), open to work by class
   * once round twenty-three was written, so it is no longer unseen.
   */
  static final ExtractionScore ROUND22 = new ExtractionScore();
  /**
   * Round twenty-three: blind at its runs of 2026-12-07 (nlp-models/README.md, "Round twenty-three"), open to work by
   * class once round twenty-four was written, so it is no longer unseen.
   */
  static final ExtractionScore ROUND23 = new ExtractionScore();
  /**
   * Round twenty-four: blind at its runs of 2026-12-07 (nlp-models/README.md, "Round twenty-four"), open to work by
   * class once round twenty-five was written, so it is no longer unseen.
   */
  static final ExtractionScore ROUND24 = new ExtractionScore();
  /**
   * Round twenty-five: blind at its runs of 2026-12-07 (nlp-models/README.md, "Round twenty-five"), open to work by
   * class once round twenty-six was written, so it is no longer unseen.
   */
  static final ExtractionScore ROUND25 = new ExtractionScore();
  /**
   * Round twenty-six: blind at its runs of 2026-12-07 (nlp-models/README.md, "Round twenty-six"), open to work by
   * class once round twenty-seven was written, so it is no longer unseen.
   */
  static final ExtractionScore ROUND26 = new ExtractionScore();
  /**
   * Round twenty-seven: blind at its runs of 2026-12-07 (nlp-models/README.md, "Round twenty-seven"), open to work by
   * class once round twenty-eight was written, so it is no longer unseen.
   */
  static final ExtractionScore ROUND27 = new ExtractionScore();
  /**
   * Round twenty-eight: blind at its runs of 2026-12-07 (nlp-models/README.md, "Round twenty-eight"), open to work by
   * class once round twenty-nine was written, so it is no longer unseen.
   */
  static final ExtractionScore ROUND28 = new ExtractionScore();
  /**
   * Round twenty-nine: blind at its runs of 2026-12-07 (nlp-models/README.md, "Round twenty-nine"), open to work by
   * class once round thirty was written, so it is no longer unseen.
   */
  static final ExtractionScore ROUND29 = new ExtractionScore();
  /**
   * Round thirty, written blind (nlp-models/eval/round30/README.md) and never worked on: scored apart, so that what
   * the extractor does on text nobody on the project has seen stays readable beside the tuned sets. Nothing else reads
   * it (CuesTest, ExtractorDump, UrgencyProbe skip it).
   */
  static final ExtractionScore BLIND = new ExtractionScore().sealed();
  static final String BLIND_ROUND = "round30";
  /** The rounds scored apart, by folder; every other set counts in {@link #SCORE}. */
  static final Map<String, ExtractionScore> APART = new java.util.TreeMap<>(Map.ofEntries(Map.entry("round4", ROUND4),
      Map.entry("round5", ROUND5), Map.entry("round6", ROUND6), Map.entry("round7", ROUND7), Map.entry("round8", ROUND8),
      Map.entry("round9", ROUND9), Map.entry("round10", ROUND10), Map.entry("round11", ROUND11),
      Map.entry("round12", ROUND12), Map.entry("round13", ROUND13), Map.entry("round14", ROUND14),
      Map.entry("round15", ROUND15), Map.entry("round16", ROUND16), Map.entry("round17", ROUND17),
      Map.entry("round18", ROUND18), Map.entry("round19", ROUND19), Map.entry("round20", ROUND20),
      Map.entry("round21", ROUND21), Map.entry("round22", ROUND22),
      Map.entry("round23", ROUND23), Map.entry("round24", ROUND24), Map.entry("round25", ROUND25),
      Map.entry("round26", ROUND26), Map.entry("round27", ROUND27), Map.entry("round28", ROUND28),
      Map.entry("round29", ROUND29), Map.entry(BLIND_ROUND, BLIND)));
  static int cases;

  @BeforeAll
  static void evaluate() throws Exception {
    List<JsonNode> gold = new ArrayList<>();
    Map<String, String> registers = new HashMap<>();
    try (Stream<Path> files = Files.walk(Path.of("nlp-models/eval"))) {
      for (Path f : files.filter(p -> p.toString().endsWith(".jsonl")).sorted().toList()) {
        for (String line : Files.readAllLines(f, StandardCharsets.UTF_8)) {
          if (!line.isBlank()) {
            JsonNode g = JSON.readTree(line);
            gold.add(g);
            registers.put(g.get("id").asText(), register(f, g));
          }
        }
      }
    }
    StringBuilder in = new StringBuilder();
    for (JsonNode g : gold) {
      ObjectNode o = JSON.createObjectNode();
      o.put("id", g.get("id").asText());
      o.put("text", g.get("text").asText());
      in.append(JSON.writeValueAsString(o)).append('\n');
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    Commands.extract(new ByteArrayInputStream(in.toString().getBytes(StandardCharsets.UTF_8)), out);
    Map<String, JsonNode> got = new HashMap<>();
    for (String line : out.toString(StandardCharsets.UTF_8).split("\n")) {
      if (!line.isBlank()) {
        JsonNode n = JSON.readTree(line);
        got.put(n.get("id").asText(), n);
      }
    }
    for (JsonNode g : gold) {
      String id = g.get("id").asText();
      String register = registers.get(id);
      APART.getOrDefault(register.substring(0, Math.max(0, register.indexOf('/'))), SCORE).add(g, got.getOrDefault(id, JSON.createObjectNode()), register);
    }
    cases = gold.size();
    System.out.println("evaluation on " + cases + " cases\n" + SCORE.report());
    APART.forEach((round, score) -> System.out.println(
        (round.equals(BLIND_ROUND) ? "blind round (" + round + ")" : round) + "\n" + score.report()));
  }

  /** A round-two line names its register; round one's are named by their file. */
  static String register(Path file, JsonNode g) {
    if (g.hasNonNull("register")) {
      return file.getParent().getFileName() + "/" + g.get("register").asText();
    }
    return file.getFileName().toString().replace("cases-", "round1/").replace(".jsonl", "").replace("dev-cases", "shared/dev");
  }

  @Test
  void thereAreEnoughCasesOfOurOwn() {
    assertThat(cases).isGreaterThanOrEqualTo(556);
  }

  @Test
  void phonesAndIdNumbersAreAlwaysRight() {
    assertThat(SCORE.ratio("phone")).isEqualTo(1.0);
    assertThat(SCORE.ratio("idNumber")).isEqualTo(1.0);
  }

  @Test
  void noUrgentOrLifeThreateningCaseIsMissedAndFewFalseAlarms() {
    assertThat(SCORE.ratio("urgentRecall")).isEqualTo(1.0);
    assertThat(SCORE.ratio("lifeSafetyRecall")).isEqualTo(1.0);
    assertThat(1 - SCORE.ratio("urgentNoFalseAlarm")).as("false alarms").isLessThanOrEqualTo(Bounds.FALSE_ALARMS);
  }

  @Test
  void noIdentityIsLeftReadable() {
    assertThat(SCORE.ratio("span:phone")).isEqualTo(1.0);
    assertThat(SCORE.ratio("span:id")).isEqualTo(1.0);
    assertThat(SCORE.ratio("noLeak")).isEqualTo(1.0);
    assertThat(SCORE.ratio("span:name")).isGreaterThanOrEqualTo(Bounds.SPAN_NAME);
    assertThat(SCORE.ratio("span:address")).isGreaterThanOrEqualTo(Bounds.SPAN_ADDRESS);
  }

  @Test
  void noAmbiguousCityIsGuessedAndNoFalseAmbiguity() {
    assertThat(SCORE.ratio("ambiguousPlace")).isGreaterThanOrEqualTo(Bounds.AMBIGUOUS);
  }

  @Test
  void fieldsStayAboveTheirBounds() {
    Bounds.FIELDS.forEach((field, min) -> assertThat(SCORE.ratio(field)).as(field + "\n" + SCORE.report())
        .isGreaterThanOrEqualTo(min));
    assertThat(SCORE.overall()).isGreaterThanOrEqualTo(Bounds.OVERALL);
  }

  @Test
  void everyRegisterStaysAboveItsBound() {
    SCORE.byRegister.forEach((register, fields) -> {
      assertThat(ExtractionScore.overall(fields)).as(register).isGreaterThanOrEqualTo(Bounds.REGISTER_OVERALL);
      assertThat(ExtractionScore.ratio(fields, "urgentRecall")).as(register).isEqualTo(1.0);
      assertThat(ExtractionScore.ratio(fields, "intent")).as(register).isGreaterThanOrEqualTo(Bounds.REGISTER_INTENT);
      assertThat(ExtractionScore.ratio(fields, "kind")).as(register).isGreaterThanOrEqualTo(Bounds.REGISTER_KIND);
    });
  }

  /**
   * The blind round (nlp-models/README.md, "Round four"): first measured at overall 0.942, urgent recall 0.86;
   * its misses were then read and fixed by class, so the floors now sit under the figures after that work
   * (round four is no longer unseen: they guard against regression, they do not estimate unseen text).
   */
  @Test
  void roundFourStaysAboveItsFloors() {
    stayAbove(ROUND4, Bounds.ROUND4, Bounds.ROUND4_FIELDS);
  }

  /**
   * Round five (nlp-models/README.md, "Round five"): first measured blind at overall 0.935, urgent recall 0.88; its
   * misses were then read and fixed by class, so the floors sit under the figures after that work.
   */
  @Test
  void roundFiveStaysAboveItsFloors() {
    stayAbove(ROUND5, Bounds.ROUND5);
  }

  /**
   * Round six (nlp-models/README.md, "Round six"): its urgent misses and then its entity classes (names, places,
   * polluters, case numbers) were worked on, so it is no longer unseen; its floors sit one case under the figures after
   * that work. Round seven's first run is the measure to trust.
   */
  @Test
  void roundSixStaysAboveItsFloors() {
    stayAbove(ROUND6, Bounds.ROUND6, Bounds.ROUND6_FIELDS);
  }

  /**
   * Round thirty (blind, never worked on): floors one case under its first run (nlp-models/README.md, "Round
   * thirty"), which is the figure to trust for unseen text.
   */
  @Test
  void blindRoundStaysAboveItsFloors() {
    stayAbove(BLIND, Bounds.BLIND, Bounds.BLIND_SPAN_PHONE);
  }

  /**
   * Round twenty-nine (nlp-models/README.md, "Round twenty-nine"): blind at its runs, open to work by class once round
   * thirty was written.
   */
  @Test
  void roundTwentyNineStaysAboveItsFloors() {
    stayAbove(ROUND29, Bounds.ROUND29, Bounds.ROUND29_SPAN_PHONE);
    Bounds.ROUND29_FIELDS.forEach((field, min) -> assertThat(ROUND29.ratio(field)).as(field + "\n" + ROUND29.report())
        .isGreaterThanOrEqualTo(min));
  }

  /**
   * Round twenty-eight (nlp-models/README.md, "Round twenty-eight"): blind at its runs, open to work by class once round
   * twenty-nine was written.
   */
  @Test
  void roundTwentyEightStaysAboveItsFloors() {
    stayAbove(ROUND28, Bounds.ROUND28, Bounds.ROUND28_SPAN_PHONE);
    Bounds.ROUND28_FIELDS.forEach((field, min) -> assertThat(ROUND28.ratio(field)).as(field + "\n" + ROUND28.report())
        .isGreaterThanOrEqualTo(min));
  }

  /**
   * Round twenty-seven (nlp-models/README.md, "Round twenty-seven"): blind at its runs, open to work by class once round
   * twenty-eight was written.
   */
  @Test
  void roundTwentySevenStaysAboveItsFloors() {
    stayAbove(ROUND27, Bounds.ROUND27, Bounds.ROUND27_SPAN_PHONE);
    Bounds.ROUND27_FIELDS.forEach((field, min) -> assertThat(ROUND27.ratio(field)).as(field + "\n" + ROUND27.report())
        .isGreaterThanOrEqualTo(min));
  }

  /**
   * Round twenty-six (nlp-models/README.md, "Round twenty-six"): blind at its runs, open to work by class once round
   * twenty-seven was written.
   */
  @Test
  void roundTwentySixStaysAboveItsFloors() {
    stayAbove(ROUND26, Bounds.ROUND26, Bounds.ROUND26_SPAN_PHONE);
    Bounds.ROUND26_FIELDS.forEach((field, min) -> assertThat(ROUND26.ratio(field)).as(field + "\n" + ROUND26.report())
        .isGreaterThanOrEqualTo(min));
  }

  /**
   * Round twenty-five (nlp-models/README.md, "Round twenty-five"): blind at its runs, open to work by class once round
   * twenty-six was written.
   */
  @Test
  void roundTwentyFiveStaysAboveItsFloors() {
    stayAbove(ROUND25, Bounds.ROUND25, Bounds.ROUND25_SPAN_PHONE);
    Bounds.ROUND25_FIELDS.forEach((field, min) -> assertThat(ROUND25.ratio(field)).as(field + "\n" + ROUND25.report())
        .isGreaterThanOrEqualTo(min));
  }

  /**
   * Round twenty-four (nlp-models/README.md, "Round twenty-four"): blind at its runs, open to work by class once round
   * twenty-five was written.
   */
  @Test
  void roundTwentyFourStaysAboveItsFloors() {
    stayAbove(ROUND24, Bounds.ROUND24, Bounds.ROUND24_SPAN_PHONE);
    Bounds.ROUND24_FIELDS.forEach((field, min) -> assertThat(ROUND24.ratio(field)).as(field + "\n" + ROUND24.report())
        .isGreaterThanOrEqualTo(min));
  }

  /**
   * Round twenty-three (nlp-models/README.md, "Round twenty-three"): blind at its runs, open to work by class once round
   * twenty-four was written.
   */
  @Test
  void roundTwentyThreeStaysAboveItsFloors() {
    stayAbove(ROUND23, Bounds.ROUND23, Bounds.ROUND23_SPAN_PHONE);
    Bounds.ROUND23_FIELDS.forEach((field, min) -> assertThat(ROUND23.ratio(field)).as(field + "\n" + ROUND23.report())
        .isGreaterThanOrEqualTo(min));
  }

  /**
   * Round twenty-two (nlp-models/README.md, "Round twenty-two"): blind at its runs, open to work by class once round
   * twenty-three was written.
   */
  @Test
  void roundTwentyTwoStaysAboveItsFloors() {
    stayAbove(ROUND22, Bounds.ROUND22, Bounds.ROUND22_SPAN_PHONE);
    Bounds.ROUND22_FIELDS.forEach((field, min) -> assertThat(ROUND22.ratio(field)).as(field + "\n" + ROUND22.report())
        .isGreaterThanOrEqualTo(min));
  }

  /**
   * Round twenty-one (nlp-models/README.md, "Round twenty-one"): blind at its runs, open to work by class once round
   * twenty-two was written.
   */
  @Test
  void roundTwentyOneStaysAboveItsFloors() {
    stayAbove(ROUND21, Bounds.ROUND21, Bounds.ROUND21_SPAN_PHONE);
    Bounds.ROUND21_FIELDS.forEach((field, min) -> assertThat(ROUND21.ratio(field)).as(field + "\n" + ROUND21.report())
        .isGreaterThanOrEqualTo(min));
  }

  /**
   * Round twenty (nlp-models/README.md, "Round twenty"): blind at its runs, open to work by class once round twenty-one
   * was written.
   */
  @Test
  void roundTwentyStaysAboveItsFloors() {
    stayAbove(ROUND20, Bounds.ROUND20, Bounds.ROUND20_SPAN_PHONE);
    Bounds.ROUND20_FIELDS.forEach((field, min) -> assertThat(ROUND20.ratio(field)).as(field + "\n" + ROUND20.report())
        .isGreaterThanOrEqualTo(min));
  }

  /**
   * Round nineteen (nlp-models/README.md, "Round nineteen"): blind at its runs, then worked on by class once round
   * twenty was written, so it is no longer unseen.
   */
  @Test
  void roundNineteenStaysAboveItsFloors() {
    stayAbove(ROUND19, Bounds.ROUND19, Bounds.ROUND19_SPAN_PHONE);
    Bounds.ROUND19_FIELDS.forEach((field, min) -> assertThat(ROUND19.ratio(field)).as(field + "\n" + ROUND19.report())
        .isGreaterThanOrEqualTo(min));
  }

  /**
   * Round eighteen (nlp-models/README.md, "Round eighteen"): blind at its runs, then worked on by class once round
   * nineteen was written, so it is no longer unseen.
   */
  @Test
  void roundEighteenStaysAboveItsFloors() {
    stayAbove(ROUND18, Bounds.ROUND18, Bounds.ROUND18_SPAN_PHONE);
    Bounds.ROUND18_FIELDS.forEach((field, min) -> assertThat(ROUND18.ratio(field)).as(field + "\n" + ROUND18.report())
        .isGreaterThanOrEqualTo(min));
  }

  /**
   * Round seventeen (nlp-models/README.md, "Round seventeen"): blind at its two runs, then worked on by class once round
   * eighteen was written, so it is no longer unseen.
   */
  @Test
  void roundSeventeenStaysAboveItsFloors() {
    stayAbove(ROUND17, Bounds.ROUND17, Bounds.ROUND17_SPAN_PHONE);
    Bounds.ROUND17_FIELDS.forEach((field, min) -> assertThat(ROUND17.ratio(field)).as(field + "\n" + ROUND17.report())
        .isGreaterThanOrEqualTo(min));
  }

  /**
   * Round sixteen (nlp-models/README.md, "Round sixteen"): blind at its two runs, then worked on by class once round
   * seventeen was written, so it is no longer unseen.
   */
  @Test
  void roundSixteenStaysAboveItsFloors() {
    stayAbove(ROUND16, Bounds.ROUND16, Bounds.ROUND16_SPAN_PHONE);
    Bounds.ROUND16_FIELDS.forEach((field, min) -> assertThat(ROUND16.ratio(field)).as(field + "\n" + ROUND16.report())
        .isGreaterThanOrEqualTo(min));
  }

  /**
   * Round fifteen (nlp-models/README.md, "Round fifteen"): blind at its first two runs, then worked on by class once
   * round sixteen was being written, so it is no longer unseen.
   */
  @Test
  void roundFifteenStaysAboveItsFloors() {
    stayAbove(ROUND15, Bounds.ROUND15, Bounds.ROUND15_SPAN_PHONE);
    Bounds.ROUND15_FIELDS.forEach((field, min) -> assertThat(ROUND15.ratio(field)).as(field + "\n" + ROUND15.report())
        .isGreaterThanOrEqualTo(min));
  }

  /**
   * Round fourteen (nlp-models/README.md, "Round fourteen"): blind at its first two runs, then worked on by class once
   * round fifteen was written, so it is no longer unseen.
   */
  @Test
  void roundFourteenStaysAboveItsFloors() {
    stayAbove(ROUND14, Bounds.ROUND14, Bounds.ROUND14_SPAN_PHONE);
    Bounds.ROUND14_FIELDS.forEach((field, min) -> assertThat(ROUND14.ratio(field)).as(field + "\n" + ROUND14.report())
        .isGreaterThanOrEqualTo(min));
  }

  /**
   * Round thirteen (nlp-models/README.md, "Round thirteen"): blind at its first two runs, then worked on by class once
   * round fourteen was written, so it is no longer unseen.
   */
  @Test
  void roundThirteenStaysAboveItsFloors() {
    stayAbove(ROUND13, Bounds.ROUND13, Bounds.ROUND13_FIELDS);
  }

  /**
   * Round twelve (nlp-models/README.md, "Round twelve"): blind at its first two runs, then worked on by class once
   * round thirteen was written, so it is no longer unseen.
   */
  @Test
  void roundTwelveStaysAboveItsFloors() {
    stayAbove(ROUND12, Bounds.ROUND12, Bounds.ROUND12_FIELDS);
  }

  /**
   * Round eleven (nlp-models/README.md, "Round eleven"): blind at its first two runs, then its urgency and its
   * polluter, kind and name classes were worked on, so it is no longer unseen; floors one case under after that work.
   */
  @Test
  void roundElevenStaysAboveItsFloors() {
    stayAbove(ROUND11, Bounds.ROUND11, Bounds.ROUND11_FIELDS);
  }

  /**
   * Round ten (nlp-models/README.md, "Round ten"): blind at its first run, then its polluter, name and urgency classes
   * were worked on (branches r10polluter, r10urgent), so it is no longer unseen; floors one case under after that work.
   */
  @Test
  void roundTenStaysAboveItsFloors() {
    stayAbove(ROUND10, Bounds.ROUND10, Bounds.ROUND10_FIELDS);
  }

  /**
   * Round nine (nlp-models/README.md, "Round nine"): blind at its first run, then its misses were worked on by class
   * (2026-12-05), so it is no longer unseen.
   */
  @Test
  void roundNineStaysAboveItsFloors() {
    stayAbove(ROUND9, Bounds.ROUND9, Bounds.ROUND9_FIELDS);
  }

  /** Round eight (nlp-models/README.md, "Round eight"): blind at its first run, then worked on; one case under. */
  @Test
  void roundEightStaysAboveItsFloors() {
    stayAbove(ROUND8, Bounds.ROUND8, Bounds.ROUND8_FIELDS);
  }

  /**
   * Round seven (nlp-models/README.md, "Round seven"): blind at its first run, then its urgency, entity, place and kind
   * classes were worked on (2026-12-05), so it is no longer unseen; floors one case under the figures after that work.
   */
  @Test
  void roundSevenStaysAboveItsFloors() {
    stayAbove(ROUND7, Bounds.ROUND7, Bounds.ROUND7_FIELDS);
  }

  /** As below, and each field of {@code fields} at least its minimum. */
  private static void stayAbove(ExtractionScore round, Floors f, Map<String, Double> fields) {
    stayAbove(round, f);
    fields.forEach((field, min) -> assertThat(round.ratio(field)).as(field + "\n" + round.report())
        .isGreaterThanOrEqualTo(min));
  }

  /** A round scored apart: its overall figure, urgent and life recall, false alarms and name spans; phones all covered. */
  private static void stayAbove(ExtractionScore round, Floors f) {
    stayAbove(round, f, 1.0);
  }

  /** As above with a floor for phone spans: only the blind round has one under 1.0 (its misses are not read). */
  private static void stayAbove(ExtractionScore round, Floors f, double spanPhone) {
    assertThat(round.overall()).as(round.report()).isGreaterThanOrEqualTo(f.overall());
    assertThat(round.ratio("urgentRecall")).as(round.report()).isGreaterThanOrEqualTo(f.urgent());
    assertThat(round.ratio("lifeSafetyRecall")).as(round.report()).isGreaterThanOrEqualTo(f.life());
    assertThat(1 - round.ratio("urgentNoFalseAlarm")).as("false alarms").isLessThanOrEqualTo(f.falseAlarms());
    assertThat(round.ratio("span:phone")).as("phone spans").isGreaterThanOrEqualTo(spanPhone);
    assertThat(round.ratio("span:name")).as(round.report()).isGreaterThanOrEqualTo(f.spanName());
  }

  record Floors(double overall, double urgent, double life, double falseAlarms, double spanName) {}

  /** Minimums a little under what is measured, so a regression fails the build (see nlp-models/README.md). */
  static final class Bounds {
    static final double AMBIGUOUS = 0.99;
    static final Floors ROUND4 = new Floors(0.99, 0.98, 0.96, 0.02, 1.0);
    /**
     * Round five; false alarms one case over the 0/162 reached after round six's urgency classes (2026-12-04); 3/162 since
     * the urgency model took in the hands of 2026-12-06's eighteenth session (the classifier alone; on the never-opened
     * hands v1–y6 it found more dangers to life), one case over.
     */
    static final Floors ROUND5 = new Floors(0.98, 1.0, 1.0, 0.025, 0.97);
    /**
     * Round six after its urgency and entity classes were worked on (nlp-models/README.md, "Round six"): urgent
     * 62/62, danger to life 32/32, false alarms 0/153, name spans 36/36 reached, the floors one case under; overall
     * 0.95 (0.958 after the entity work alone).
     */
    static final Floors ROUND6 = new Floors(0.95, 0.98, 0.96, 0.007, 0.97);
    /**
     * Round nine's first (blind) run (nlp-models/README.md, "Round nine"): overall 0.907, urgent 67/74, danger to life
     * 38/43, false alarms 10/154, name spans 30/34. After its classes were worked on (2026-12-05, branches r9urgent,
     * r9kind, r9place; no longer blind): overall 0.992, urgent 74/74, danger to life 43/43, false alarms 0/154, name
     * spans 33/34; the floors one case under each. False alarms 5/154 since the urgency corpus took in text by twelve
     * other hands (corpus/hands, 2026-12-06: the classifier flags more, recall first); the ceiling one case over.
     */
    static final Floors ROUND9 = new Floors(0.985, 0.986, 0.976, 0.039, 0.94);
    /**
     * Round nine's fields after that work: province, city and county 228/228, main kind 224/227, name 228/228, polluter
     * 13/13, intent 238/238, affected 218/228 (after 20 range counts were relabelled null), case numbers 5/5; one case
     * under each.
     */
    static final Map<String, Double> ROUND9_FIELDS = Map.ofEntries(Map.entry("county", 0.995),
        Map.entry("province", 0.995), Map.entry("city", 0.995), Map.entry("kind", 0.982), Map.entry("name", 0.995),
        Map.entry("polluter", 0.92), Map.entry("intent", 0.995), Map.entry("affected", 0.951),
        Map.entry("caseNumber", 0.8));
    /**
     * Round ten's first (blind) run, on main as it stood at 02651dc (nlp-models/README.md, "Round ten"): overall 0.954,
     * urgent 71/75, danger to life 43/46, false alarms 10/151, name spans 28/33. After its polluter and name classes
     * (branch r10polluter: overall 0.979, name spans 33/33) and its urgency classes (branch r10urgent: urgent 75/75,
     * danger to life 46/46, false alarms 0/151) were worked on (2026-12-05; no longer blind): the floors one case under.
     * False alarms raised from 0.007 to 0.014 (2/151) by branch r26urg, a deliberate trade: the classifier's danger to
     * life at 0.30 rather than 0.5 (HanLpExtractor.LIFE_AT) found 12 more dangers to life and 3 more urgent matters on
     * the six holdouts, for 8 more false alarms over rounds four to twenty-six (2.2 % → 2.4 %), one of them here.
     */
    static final Floors ROUND10 = new Floors(0.972, 0.986, 0.978, 0.014, 0.969);
    /** Round ten's fields after that work: polluter 19/19 (10/19 blind), name 226/226 (223/226); one case under each. */
    static final Map<String, Double> ROUND10_FIELDS = Map.ofEntries(Map.entry("polluter", 0.947), Map.entry("name", 0.995));
    /**
     * Round eleven's first (blind) runs (nlp-models/README.md, "Round eleven"): A on 79a7b38, overall 0.929, urgent
     * 61/79, danger to life 30/45, false alarms 12/149; B on 029497a, overall 0.946, urgent 66/79, danger to life 33/45.
     * After its urgency classes (branch r11urgent) and its polluter, kind, name and intent classes (branch r11fields)
     * were worked on (2026-12-05; no longer blind): overall 0.996, urgent 79/79, danger to life 45/45, false alarms
     * 1/149, name spans 31/31; the floors one case under each. False alarms 3/149 since corpus/hands (2026-12-06);
     * the ceiling one case over. Since the urgency model took in the held hands and u1–u8 (2026-12-06): false alarms 5/149; the
     * ceiling one case over (the classifier alone; the never-opened hands v1–w6 lost 6 fewer urgent and 6 fewer dangers
     * to life of 720 and 360).
     */
    static final Floors ROUND11 = new Floors(0.99, 0.987, 0.977, 0.041, 0.967);
    /** Round eleven's fields after that work: polluter 28/28, main kind 226/227, name 228/228, intent 239/240. */
    static final Map<String, Double> ROUND11_FIELDS = Map.ofEntries(Map.entry("polluter", 0.964),
        Map.entry("kind", 0.991), Map.entry("name", 0.995), Map.entry("intent", 0.991));
    /**
     * Round twelve's first (blind) runs (nlp-models/README.md, "Round twelve"): A on 029497a, overall 0.952, urgent
     * 73/82, danger to life 40/45, false alarms 8/148, name spans 27/31; B after round eleven's classes, the grown
     * urgency corpus and the spoken phones (2026-12-05, still blind): overall 0.958, urgent 76/82, danger to life 41/45,
     * false alarms 8/148, name spans 27/31; the floors one case under B. Since the urgency model took in the held hands and u1–u8 (2026-12-06): false alarms 4/148; the
     * ceiling one case over (the classifier alone; the never-opened hands v1–w6 lost 6 fewer urgent and 6 fewer dangers
     * to life of 720 and 360).
     */
    static final Floors ROUND12 = new Floors(0.99, 0.987, 0.977, 0.034, 0.967);
    /**
     * Round twelve's fields after its urgency (branch r12urgent) and its polluter, kind, name and intent classes
     * (branch r12fields) were worked on (2026-12-05; no longer blind): overall 0.993, urgent 82/82, danger to life 45/45,
     * false alarms 2/148, name spans 31/31, polluter 27/27, main kind 227/229, name 230/230, intent 240/240; the floors
     * above and here one case under each.
     */
    static final Map<String, Double> ROUND12_FIELDS = Map.ofEntries(Map.entry("polluter", 0.962),
        Map.entry("kind", 0.986), Map.entry("name", 0.995), Map.entry("intent", 0.995));
    /**
     * Round thirteen's first (blind) runs (nlp-models/README.md, "Round thirteen"): A on main at 21bc39f, overall 0.936,
     * urgent 79/84, danger to life 33/45, false alarms 11/146, name spans 19/23; B after round twelve's classes, the
     * second holdout's corpus and the place families (2026-12-05 12:15, still blind): overall 0.942, urgent 81/84,
     * danger to life 35/45, false alarms 9/146, name spans 20/23; the floors one case under B.
     */
    static final Floors ROUND13 = new Floors(0.987, 0.988, 0.977, 0.021, 0.913);
    /**
     * Round thirteen's fields after its urgency (branch r13urgent) and its polluter, place, name and kind classes
     * (branch r13fields) were worked on and the urgency model retrained on both of the day's corpus blocks (2026-12-05;
     * no longer blind): overall 0.991, urgent 84/84, danger to life 45/45, false alarms 2/146, name spans 22/23,
     * polluter 27/27, main kind 219/229, county 229/230, name 230/230, intent 238/240; the floors above and here one
     * case under each.
     */
    static final Map<String, Double> ROUND13_FIELDS = Map.ofEntries(Map.entry("polluter", 0.962),
        Map.entry("kind", 0.982), Map.entry("county", 0.991), Map.entry("name", 0.995), Map.entry("intent", 0.987));
    /**
     * Round fourteen's first (blind) run (nlp-models/README.md, "Round fourteen"): A on main at f143e60 (2026-12-05
     * 13:40), overall 0.950, urgent 75/85, danger to life 38/46, false alarms 10/144, name spans 17/22; the floors one
     * case under A. B after round thirteen's classes, the third holdout's corpus block and the extractor's speed cuts
     * (2026-12-05 15:10, still blind): overall 0.955, urgent 76/85, danger to life 39/46, false alarms 9/144, polluter
     * 26/32, county 223/229, name spans 17/22. The floors are now one case under its figures after it was worked on (below).
     * False alarms 6/144 since corpus/hands (2026-12-06); the ceiling one case over.
     */
    static final Floors ROUND14 = new Floors(0.986, 0.988, 0.978, 0.049, 0.954);
    /**
     * Round fourteen's fields after its urgency (branch r14urgent), kind (r14kinds) and polluter, place, name and span
     * classes (r14fields) were worked on once round fifteen had been written, and the urgency model retrained on every
     * block (2026-12-05 17:35; no longer blind): overall 0.990, urgent 85/85, danger to life 46/46, false alarms 1/144,
     * name spans 22/22, phone spans 12/12, polluter 31/32, main kind 224/229, county 227/229, name 229/229, intent
     * 237/240; the floors above and here one case under each.
     */
    static final Map<String, Double> ROUND14_FIELDS = Map.ofEntries(Map.entry("polluter", 0.937),
        Map.entry("kind", 0.973), Map.entry("county", 0.986), Map.entry("name", 0.995), Map.entry("intent", 0.983));
    /** Round fourteen's phone spans: 11/12 at its blind runs, 12/12 after r14fields (a span from a written "+86"). */
    static final double ROUND14_SPAN_PHONE = 1.0;
    /**
     * Round fifteen's blind runs (nlp-models/README.md, "Round fifteen"): A on main at 3ce6f5a + the round (2026-12-05
     * 16:25), overall 0.960, urgent 78/85, danger to life 43/45, false alarms 5/130, name spans 46/56, polluter 19/32,
     * main kind 198/215, county 215/215; B at 9cf5661 (18:55, the last blind run): overall 0.967, urgent 80/85, danger to
     * life 44/45, false alarms 4/130, name spans 47/56, phone spans 37/37, polluter 21/32, main kind 199/215, county
     * 215/215, name 210/215, intent 237/240. From here on it is a tuned round; the floors are one case under B.
     * After its name and address classes (branch r15fields): name spans 56/56, name 215/215; after its kind classes
     * (same branch) main kind 211/215; after branch r15polluter (names by their shape, classes of our own): polluter
     * 32/32; those floors one case under.
     */
    static final Floors ROUND15 = new Floors(0.962, 0.929, 0.955, 0.039, 0.982);
    static final Map<String, Double> ROUND15_FIELDS = Map.ofEntries(Map.entry("polluter", 0.968),
        Map.entry("kind", 0.976), Map.entry("county", 0.995), Map.entry("name", 0.995), Map.entry("intent", 0.983));
    /** Round fifteen's phone spans: 37/37 at both blind runs; one case under. */
    static final double ROUND15_SPAN_PHONE = 0.973;
    /**
     * Round sixteen's first (blind) run (nlp-models/README.md, "Round sixteen"): A on main at a50a2cd + the round
     * (2026-12-05 19:20), overall 0.973, urgent 79/85, danger to life 43/46, false alarms 8/130, name spans 60/65, phone
     * spans 45/45, polluter 48/50, main kind 199/215, county 211/215, name 208/215, intent 234/240; the floors one case
     * under A.
     */
    /**
     * Round sixteen after its classes were worked on (branches r16urgent, r16places, r16spans; 2026-12-05 23:30): overall
     * 0.997, urgent 85/85, danger to life 46/46, false alarms 0/130, name spans 65/65, polluter 50/50, main kind 208/215,
     * county 215/215, name 215/215, intent 240/240; the floors one case under. Its blind runs (A 0.973, 79/85, 43/46) are
     * the figures to trust for unseen text. False alarms raised from 0.008 to 0.016 (2/130) by branch r26urg, the same
     * deliberate trade as round ten's (HanLpExtractor.LIFE_AT at 0.30: more dangers to life found on the holdouts).
     */
    static final Floors ROUND16 = new Floors(0.993, 0.988, 0.978, 0.016, 0.984);
    static final Map<String, Double> ROUND16_FIELDS = Map.ofEntries(Map.entry("polluter", 0.98),
        Map.entry("kind", 0.962), Map.entry("county", 0.995), Map.entry("name", 0.995), Map.entry("intent", 0.995));
    /** Round sixteen's phone spans at run A: 45/45; one case under. */
    static final double ROUND16_SPAN_PHONE = 0.977;
    /**
     * Round seventeen's first (blind) run (nlp-models/README.md, "Round seventeen"): A on main at b317d84 + the round
     * (2026-12-05 21:53 UTC), overall 0.959, urgent 79/85, danger to life 44/46, false alarms 11/130, name spans 82/86, phone
     * spans 48/48, polluter 46/53, main kind 199/215, county 213/215, name 208/215, intent 233/240; the floors one case
     * under A. Its run B (main at dad47e5, the round still blind): false alarms 10/130, name 209/215, intent 234/240.
     */
    /**
     * Round seventeen after its classes were worked on (branches r17kinds, r17spans, r17urgent; 2026-12-06 01:26): overall
     * 0.984, urgent 85/85, danger to life 46/46, false alarms 2/130, name spans 86/86, polluter 53/53, main kind 210/215,
     * county 214/215, name 215/215, intent 240/240; the floors one case under. Its blind runs (A 0.959, 79/85, 44/46) are
     * the figures to trust for unseen text. Since the urgency model took in the held hands and u1–u8 (2026-12-06): false alarms 4/130; the
     * ceiling one case over (the classifier alone; the never-opened hands v1–w6 lost 6 fewer urgent and 6 fewer dangers
     * to life of 720 and 360).
     */
    static final Floors ROUND17 = new Floors(0.980, 0.988, 0.978, 0.054, 0.988); // 6/130 with the x hands too
    static final Map<String, Double> ROUND17_FIELDS = Map.ofEntries(Map.entry("polluter", 0.98),
        Map.entry("kind", 0.972), Map.entry("county", 0.99), Map.entry("name", 0.995), Map.entry("intent", 0.995));
    /** Round seventeen's phone spans at run A: 48/48; one case under. */
    static final double ROUND17_SPAN_PHONE = 0.979;
    /**
     * Round eighteen's first (blind) run (nlp-models/README.md, "Round eighteen"): A on main at e081cfb + the round
     * (2026-12-06 00:38 UTC), overall 0.970, urgent 79/85, danger to life 42/46, false alarms 5/130, name spans 111/123,
     * phone spans 77/77, polluter 52/62, main kind 201/215, county 213/215, name 204/215, intent 238/240; the floors one
     * case under A. With the text by twelve other hands in the urgency and name corpora (corpus/hands, 2026-12-06; the
     * round's summary read, never its cases): overall 0.977, urgent 83/85, danger to life 46/46, false alarms 6/130; the
     * floors one case under (over for false alarms).
     */
    static final Floors ROUND18 = new Floors(0.985, 0.988, 0.978, 0.031, 0.991); // after branches r18urg, r18pol, r18names
    /**
     * Round eighteen's fields at main b8af695 (2026-12-06 16:05, the nineteenth session's end, the round still blind but
     * for the classes said in nlp-models/README.md): polluter 52/62, main kind 201/215, county 213/215, name 208/215, intent
     * 238/240; name spans 115/123, false alarms 7/130; the floors one case under (over for false alarms). After its
     * urgency, kind and intent classes (branch r18urg, 2026-12-06): urgent 85/85, danger to life 46/46, false alarms
     * 3/130, main kind 211/215, intent 239/240; those floors one case under (over for false alarms). With its polluter
     * and name classes too (branches r18pol, r18names; merged 2026-12-06 17:25): polluter 58/62, name 215/215, name spans
     * 123/123, overall 0.990; those floors one case under.
     */
    static final Map<String, Double> ROUND18_FIELDS = Map.ofEntries(Map.entry("polluter", 0.919),
        Map.entry("kind", 0.976), Map.entry("county", 0.986), Map.entry("name", 0.995), Map.entry("intent", 0.991));
    /** Round eighteen's phone spans: 77/77; one case under. */
    static final double ROUND18_SPAN_PHONE = 0.987;
    /**
     * Round nineteen's first (blind) run (nlp-models/README.md, "Round nineteen"): A on main at b8af695 + the round
     * (2026-12-06 16:20 UTC), overall 0.971, urgent 82/85, danger to life 45/46, false alarms 7/130, name spans 118/123,
     * phone spans 75/75, polluter 46/60, main kind 204/215, county 213/215, name 211/215, intent 235/240; the floors one
     * case under A (over for false alarms). At the twentieth session's end (7a5cdd6, still blind): urgent 83/85, address
     * spans 30/32, overall 0.972, the rest as A. After its other classes were worked on (branch r19rest, round nineteen
     * tuned): overall 0.981, urgent 85/85, danger to life 46/46, false alarms 1/130, name spans 120/123; floors one case
     * under.
     */
    static final Floors ROUND19 = new Floors(0.976, 0.988, 0.978, 0.016, 0.967);
    /**
     * Round nineteen's fields at 7a5cdd6: polluter 46/60, main kind 204/215, intent 235/240; county and name 215/215 since
     * r19rest; polluter 52/60 with GivenNames (r19pol), 54/60 as the evaluation counts a quoted name before its unit word
     * since 2026-12-06 (ExtractionScore.samePolluter); one case under. Polluter 55/60 with the learned polluter finder
     * (branch polfinder: Jinhe cement plant); the floor 54/60.
     */
    static final Map<String, Double> ROUND19_FIELDS = Map.ofEntries(Map.entry("polluter", 0.899),
        Map.entry("kind", 0.944), Map.entry("county", 0.995), Map.entry("name", 0.995), Map.entry("intent", 0.975));
    /** Round nineteen's phone spans: 75/75; one case under. */
    static final double ROUND19_SPAN_PHONE = 0.986;
    /**
     * Round twenty's first (blind) run (nlp-models/README.md, "Round twenty"): A on main at 7a5cdd6 + the round
     * (2026-12-06 19:10 UTC), overall 0.975, urgent 85/85, danger to life 46/46, false alarms 8/130, name spans 122/123,
     * phone spans 67/67, polluter 77/101, main kind 208/215, county 210/215, name 210/215, intent 237/240. At eca7532
     * (the twenty-first session's end, still blind): overall 0.979, county 211/215, polluter 84/101; the floors one case
     * under those (over for false alarms). Worked on by class (branch r20rest, 2026-12-06): overall 0.989, polluter 98/101,
     * county 213/215, false alarms 5/130; those floors one case under (over for false alarms).
     */
    static final Floors ROUND20 = new Floors(0.985, 0.988, 0.978, 0.047, 0.983);
    static final Map<String, Double> ROUND20_FIELDS = Map.ofEntries(Map.entry("polluter", 0.960),
        Map.entry("kind", 0.962), Map.entry("county", 0.986), Map.entry("name", 0.972), Map.entry("intent", 0.983));
    /** Round twenty's phone spans: 67/67; one case under. */
    static final double ROUND20_SPAN_PHONE = 0.985;
    /**
     * Round twenty-one's first (blind) run (nlp-models/README.md, "Round twenty-one"): A on main at 32822a5 (the code of
     * eca7532) + the round (2026-12-06 22:12 UTC), overall 0.978, urgent 83/85, danger to life 45/45, false alarms 5/130,
     * name spans 81/88, phone spans 53/53, polluter 109/124, main kind 201/215, county 208/215, name 206/215, intent
     * 239/240; at 5e9734f (2026-12-07, when round twenty-two was written) the same but false alarms 4/130. Worked on by
     * class (branch r21rest, 2026-12-07): overall 0.987, polluter 117/124, county 214/215, name 211/215, name spans 85/88,
     * false alarms 3/130; the floors one case under those (over for false alarms). Polluter 120/124 with the learned
     * polluter finder (branch polfinder: 万家灯火烧烤城, 老陈家的豆腐坊, Jinlong plastics factory); the floor 119/124.
     */
    static final Floors ROUND21 = new Floors(0.984, 0.964, 0.977, 0.031, 0.954);
    static final Map<String, Double> ROUND21_FIELDS = Map.ofEntries(Map.entry("polluter", 0.959),
        Map.entry("kind", 0.930), Map.entry("county", 0.990), Map.entry("name", 0.976), Map.entry("intent", 0.991));
    /** Round twenty-one's phone spans: 53/53; one case under. */
    static final double ROUND21_SPAN_PHONE = 0.981;
    /**
     * Round twenty-two's first (blind) run (nlp-models/README.md, "Round twenty-two"): A on main at 5e9734f + the round
     * (2026-12-07 00:51 UTC), overall 0.971, urgent 84/85, danger to life 44/45, false alarms 5/130, name spans 90/95,
     * phone spans 67/67, polluter 120/149, main kind 201/215, county 208/215, name 208/215, intent 235/240; at 734f847
     * (2026-12-07, when round twenty-three was written) name 209/215 and name spans 91/95, the rest the same. Worked by
     * class (branches r22pol, r22rest; 8a69921): overall 0.992, urgent 85/85, life 45/45, false alarms 0/130, name spans
     * 95/95, polluter 139/149, kind 204/215, county 215/215, name 215/215, intent 240/240. The floors one case under
     * those (over for false alarms).
     */
    static final Floors ROUND22 = new Floors(0.989, 0.988, 0.977, 0.008, 0.989);
    static final Map<String, Double> ROUND22_FIELDS = Map.ofEntries(Map.entry("polluter", 0.926),
        Map.entry("kind", 0.944), Map.entry("county", 0.995), Map.entry("name", 0.995), Map.entry("intent", 0.995));
    /** Round twenty-two's phone spans: 67/67; one case under. */
    static final double ROUND22_SPAN_PHONE = 0.985;
    /**
     * Round twenty-three's first (blind) run (nlp-models/README.md, "Round twenty-three"): A on main at 734f847 + the
     * round (2026-12-07 03:40 UTC), overall 0.966, urgent 85/85, danger to life 43/45, false alarms 10/130, name spans
     * 114/121, phone spans 87/87, polluter 171/211, main kind 197/215, county 207/215, province 208/215, name 203/215,
     * intent 237/240; at 73c3503 (2026-12-07, when round twenty-four was written) overall 0.968, polluter 174/211,
     * county 208/215, the rest the same. Worked by class (branches r23rest and r23pol, 2026-12-07): urgent 85/85,
     * danger to life 45/45, false alarms 7/130, name spans 117/121, main kind 201/215, county 212/215, name 212/215,
     * intent 237/240 (r23rest: overall 0.980 with the polluter at 174/211); polluter 197/211 (r23pol), 200/211 once a
     * traditional text's quoted name and unit word are matched in simplified characters (ExtractionScore.samePolluter).
     * The floors one case under those (over for false alarms); overall as r23rest measured it, re-measured after the merge.
     */
    static final Floors ROUND23 = new Floors(0.977, 0.988, 0.977, 0.062, 0.958);
    static final Map<String, Double> ROUND23_FIELDS = Map.ofEntries(Map.entry("polluter", 0.943),
        Map.entry("kind", 0.930), Map.entry("county", 0.981), Map.entry("name", 0.981), Map.entry("intent", 0.983));
    /** Round twenty-three's phone spans: 87/87; one case under. */
    static final double ROUND23_SPAN_PHONE = 0.988;
    /**
     * Round twenty-four's first (blind) run (nlp-models/README.md, "Round twenty-four"): A on main at 73c3503 + the
     * round (2026-12-07 06:10 UTC), overall 0.981, urgent 84/85, danger to life 45/45, false alarms 11/130, name spans
     * 101/106, phone spans 96/96, polluter 180/203, main kind 204/215, county 215/215, province 215/215, name 205/215,
     * intent 238/240; at 5a8073d (2026-12-07, when round twenty-five was written) overall 0.982, polluter 183/203, the
     * rest the same. After branch r24rest (its classes of urgency, names, spans and intents; RoundProbe round24):
     * overall 0.990, urgent 85/85, danger to life 45/45, false alarms 3/130, name spans 105/106, name 213/215, intent
     * 240/240, address spans 25/25 (polluter, kind and county as at 5a8073d). After its polluter classes (branch r24pol, 2026-12-07):
     * polluter 203/203; overall 0.995 once both were merged. The floors one case under those (over for false alarms); the
     * kind's and the county's as they were.
     */
    static final Floors ROUND24 = new Floors(0.992, 0.988, 0.977, 0.031, 0.981);
    static final Map<String, Double> ROUND24_FIELDS = Map.ofEntries(Map.entry("polluter", 0.995),
        Map.entry("kind", 0.944), Map.entry("county", 0.995), Map.entry("name", 0.986), Map.entry("intent", 0.995));
    /** Round twenty-four's phone spans: 96/96; one case under. */
    static final double ROUND24_SPAN_PHONE = 0.989;
    /**
     * Round twenty-five's first (blind) run (nlp-models/README.md, "Round twenty-five"): A on main at 5a8073d + the
     * round (2026-12-07 09:10 UTC), overall 0.977, urgent 85/85, danger to life 45/45, false alarms 11/130, name spans
     * 129/136, phone spans 124/124, address spans 22/22, polluter 184/214, main kind 205/215, county 214/215, province
     * 213/215, name 204/215, intent 237/240; at the merge of the twenty-sixth session's work (run B) overall 0.978,
     * polluter 185/214, name 205/215, false alarms 10/130. After its polluter classes (branch r25pol) and its name
     * classes (branch r25rest), merged on 2026-12-07 (RoundProbe round25): overall 0.986, polluter 212/214, name 211/215,
     * name spans 135/136, names left 0/136, urgent 85/85, danger to life 45/45, false alarms 10/130, kind 205/215, county
     * 214/215, intent 237/240. The floors one case under those (over for false alarms).
     */
    static final Floors ROUND25 = new Floors(0.983, 0.988, 0.977, 0.085, 0.985);
    static final Map<String, Double> ROUND25_FIELDS = Map.ofEntries(Map.entry("polluter", 0.986),
        Map.entry("kind", 0.948), Map.entry("county", 0.990), Map.entry("name", 0.976), Map.entry("intent", 0.983));
    /** Round twenty-five's phone spans at run A: 124/124; one case under. */
    static final double ROUND25_SPAN_PHONE = 0.991;
    /**
     * Round twenty-six's first (blind) run (nlp-models/README.md, "Round twenty-six"): A on main at dadc5a8 + the round
     * (b0f28ba, 2026-12-07 12:20 UTC), overall 0.975, urgent 80/85, danger to life 41/45, false alarms 7/130, name spans
     * 93/100, phone spans 74/74, address spans 16/17, polluter 98/113, main kind 209/215, county 213/215, name 205/215,
     * intent 239/240; at the merge of the twenty-seventh session's work (run B, 13:50 UTC) overall 0.976, polluter 99/113,
     * the rest as A. After its name classes (branch r26names, 2026-12-07; RoundProbe round26): overall 0.977, name
     * 211/215, name spans 99/100, names left in the redacted copy 0/100, polluter 99/113, kind 209/215, county 213/215,
     * intent 239/240. After its urgency classes (branch r26urg: blasting's flying stones, arson and death threats said,
     * sit-ins in 粤语, visits planned, leaks told by 淌, a person named after an animal) urgent 85/85, danger to life
     * 45/45, false alarms 7/130. The floors one case under those (over for false alarms; overall a little under).
     */
    static final Floors ROUND26 = new Floors(0.974, 0.988, 0.977, 0.062, 0.98);
    static final Map<String, Double> ROUND26_FIELDS = Map.ofEntries(Map.entry("polluter", 0.867),
        Map.entry("kind", 0.967), Map.entry("county", 0.986), Map.entry("name", 0.976), Map.entry("intent", 0.991));
    /** Round twenty-six's phone spans at run A: 74/74; one case under. */
    static final double ROUND26_SPAN_PHONE = 0.986;
    /**
     * Round twenty-seven's first (blind) run (nlp-models/README.md, "Round twenty-seven"): A on main at 2925591 (the
     * twenty-seventh session's end + the round, 2026-12-07 15:05 UTC), overall 0.918, urgent 80/85, danger to life 42/45,
     * false alarms 11/130, name spans 112/125, phone spans 89/89, address spans 14/17, polluter 95/112, main kind 201/215,
     * county 142/215 (the writer named a town, not its county, in 170 of 212 places), name 198/215, intent 236/240; run B
     * (the twenty-eighth session's merges, ba889b2) overall 0.922, danger to life 43/45, false alarms 12/130, name
     * 200/215, name spans 114/125, county 163/215. After its classes (the twenty-ninth session's branches r27urg, r27pol,
     * pol2, r27names, r27place, intent; 44 shared-town places and 2 traditional polluters relabelled to the conventions
     * by committed scripts): overall 0.990, urgent 85/85, danger to life 45/45, false alarms 5/130, name 213/215, name
     * spans 122/125, address spans 17/17, polluter 109/112, county 214/215, intent 240/240, kind 201/215. The floors one
     * case under those (over for false alarms).
     */
    static final Floors ROUND27 = new Floors(0.987, 0.988, 0.977, 0.046, 0.968);
    static final Map<String, Double> ROUND27_FIELDS = Map.ofEntries(Map.entry("polluter", 0.964),
        Map.entry("kind", 0.930), Map.entry("county", 0.990), Map.entry("name", 0.986), Map.entry("intent", 0.995));
    /** Round twenty-seven's phone spans at run A: 89/89; one case under. */
    static final double ROUND27_SPAN_PHONE = 0.988;
    /**
     * Round twenty-eight's first (blind) run (nlp-models/README.md, "Round twenty-eight"): A on main at 155c54b (the
     * round's label fix, the twenty-eighth session's end + the round's 300 cases, 2026-12-07 17:56 UTC), overall 0.962,
     * urgent 101/105, danger to life 54/55, false alarms 9/160, name spans 217/223, phone spans 173/173, address spans
     * 23/24, polluter 92/119, main kind 246/265, county 250/265, name 254/265, intent 287/300; run B (7319039) overall
     * 0.967, polluter 93/119, county 257/265, name 256/265, intent 288/300. Open to work since round twenty-nine was
     * written (2026-12-07, thirtieth session). After its classes (the thirtieth session's branches r28urg, r28pol,
     * r28rest, and the lead's irrigation look-alike; r28-211's polluter labelled by its capitalised words): overall
     * 0.989, urgent 105/105, danger to life 55/55, false alarms 5/160, name spans 218/223, polluter 118/119, county
     * 264/265, name 261/265, intent 295/300, kind 246/265. The floors one case under those (over for false alarms).
     */
    static final Floors ROUND28 = new Floors(0.986, 0.990, 0.981, 0.038, 0.973);
    static final Map<String, Double> ROUND28_FIELDS = Map.ofEntries(Map.entry("polluter", 0.983),
        Map.entry("kind", 0.924), Map.entry("county", 0.992), Map.entry("name", 0.981), Map.entry("intent", 0.980));
    /** Round twenty-eight's phone spans at run A: 173/173; one case under. */
    static final double ROUND28_SPAN_PHONE = 0.994;
    /**
     * Round twenty-nine's first (blind) run (nlp-models/README.md, "Round twenty-nine"): A on main at 9ed5799 (the
     * twenty-ninth session's end + the round's 300 cases, 2026-12-07 20:50 UTC), overall 0.965, urgent 105/106, danger
     * to life 56/56, false alarms 14/160, name spans 154/169, phone spans 87/87, address spans 49/50, polluter 121/137,
     * main kind 246/266, county 252/266, name 251/266, intent 293/300; run B (the thirtieth session's merges, 61bc270)
     * the same in every field. Open to work since round thirty was written (2026-12-07, thirty-first session). After its
     * classes (the thirty-first session's branches r29name, r29county, r29pol, r29rest; RoundProbe round29 on their
     * merge): overall 0.986, urgent 106/106, danger to life 56/56, false alarms 3/160, name spans 166/169, polluter
     * 132/137, kind 252/266, county 263/266, name 266/266, intent 300/300. The floors one case under those (over for
     * false alarms).
     */
    static final Floors ROUND29 = new Floors(0.983, 0.990, 0.982, 0.025, 0.976);
    static final Map<String, Double> ROUND29_FIELDS = Map.ofEntries(Map.entry("polluter", 0.956),
        Map.entry("kind", 0.943), Map.entry("county", 0.984), Map.entry("name", 0.996), Map.entry("intent", 0.996));
    /** Round twenty-nine's phone spans at run A: 87/87; one case under. */
    static final double ROUND29_SPAN_PHONE = 0.988;
    /**
     * Round thirty's first (blind) run (nlp-models/README.md, "Round thirty"): A on main at 5e033f7 (the thirtieth
     * session's end + the round's 300 cases, 2026-12-07 23:50 UTC), overall 0.975, urgent 104/106, danger to life 56/56,
     * false alarms 12/160, name spans 152/169, phone spans 57/58, address spans 38/43, polluter 115/128, main kind
     * 248/266, county 262/266, name 255/266, intent 295/300; the floors one case under A (over for false alarms).
     */
    static final Floors BLIND = new Floors(0.972, 0.971, 0.982, 0.082, 0.893);
    /** Round thirty's phone spans at run A: 57/58; one case under. */
    static final double BLIND_SPAN_PHONE = 0.965;
    /**
     * Round eight's first (blind) run (nlp-models/README.md, "Round eight"): overall 0.929, urgent 77/85, danger to life
     * 42/45, false alarms 11/165, name spans 48/58. After its place classes (branch r8places) and its urgency and
     * name classes (branch r8entities) were worked on (2026-12-05; no longer blind for these): overall 0.944 and 0.940
     * each alone, urgent 84/85, danger to life 45/45, false alarms 11/165, name spans 53/58; the floors one case under.
     * After round ten's polluter and name classes (branch r10polluter): overall 0.986, name spans 55/58; overall and
     * name spans raised to a little and one case under those. After round eight's leftovers by class (branch r17spans:
     * 老党员 X 敬上 with any surname, a transliterated name after the phone): overall 0.991, name spans 57/58, name 247/250;
     * overall, name spans and name raised to a little and one case under those.
     */
    static final Floors ROUND8 = new Floors(0.985, 0.976, 0.977, 0.073, 0.965);
    /**
     * Round eight's fields after that work: county, province and city 247/250, ambiguous place 246/247, main kind
     * 225/249 as at the first run (branch r8places); name 244/250 (branch r8entities). One case under each.
     */
    static final Map<String, Double> ROUND8_FIELDS = Map.ofEntries(Map.entry("county", 0.984),
        Map.entry("province", 0.984), Map.entry("city", 0.984), Map.entry("ambiguousPlace", 0.991),
        Map.entry("kind", 0.899),
        Map.entry("name", 0.984), Map.entry("polluter", 0.941)); // name 247/250 after r17spans, polluter 17/17 after r10polluter
    /**
     * Round seven, first (blind) run: overall 0.924, urgent 69/74, danger to life 35/41, false alarms 8/163, name spans
     * 32/43. After its urgency, name, polluter and case-number classes were worked on (2026-12-05; no longer blind):
     * overall 0.980, urgent 74/74, danger to life 41/41, false alarms 2/163, name spans 43/43; the floors one case under.
     */
    static final Floors ROUND7 = new Floors(0.975, 0.986, 0.975, 0.019, 0.976);
    /**
     * Round seven's fields after that work: name 237/237, polluter 16/16, case numbers 6/6 (branch r7entities); county,
     * province and city 235/237, ambiguous place 231/231, main kind 222/234 (branch r7places): one case under each.
     */
    static final Map<String, Double> ROUND7_FIELDS = Map.ofEntries(Map.entry("name", 0.995), Map.entry("polluter", 0.93),
        Map.entry("caseNumber", 0.83), Map.entry("county", 0.987), Map.entry("province", 0.987),
        Map.entry("city", 0.987), Map.entry("ambiguousPlace", 0.995), Map.entry("kind", 0.944));
    /**
     * Round six's entity fields after its name, place, polluter and case-number classes were worked on (2026-12-05;
     * name 215/215, county 213/215, polluter 13/13, case numbers 6/6): one case under each; county 214/215 and
     * province and city 213/215 after round seven's place classes (branch r7places).
     */
    static final Map<String, Double> ROUND6_FIELDS = Map.ofEntries(Map.entry("name", 0.995), Map.entry("county", 0.99),
        Map.entry("province", 0.986), Map.entry("city", 0.986), Map.entry("polluter", 0.92), Map.entry("caseNumber", 0.83));
    /**
     * 9/455 since the urgency corpus took in text by twelve other hands (corpus/hands, 2026-12-06); 12/455 since it took in
     * the held hands and u1–u8 (the same day, later: the never-opened hands v1–w6 lost 6 fewer urgent and 6 fewer
     * dangers to life); one case over.
     */
    static final double FALSE_ALARMS = 0.029;
    static final double SPAN_NAME = 0.98;
    static final double SPAN_ADDRESS = 0.96;
    static final double OVERALL = 0.994;
    static final double REGISTER_OVERALL = 0.984;
    static final double REGISTER_INTENT = 0.9;
    static final double REGISTER_KIND = 0.95;
    static final Map<String, Double> FIELDS = Map.ofEntries(Map.entry("intent", 0.99), Map.entry("name", 0.99),
        Map.entry("province", 0.98), Map.entry("city", 0.98), Map.entry("county", 0.98), Map.entry("kind", 0.99),
        Map.entry("category", 0.99), Map.entry("referral", 0.99), Map.entry("inSystemKept", 1.0),
        Map.entry("lang", 0.99), Map.entry("polluter", 0.95), Map.entry("subtype", 0.99), Map.entry("affected", 0.995));
    /** Round four's fields after its misses were read (2026-12-04): main kind 240/242, intent 271/272… */
    static final Map<String, Double> ROUND4_FIELDS = Map.ofEntries(Map.entry("kind", 0.99), Map.entry("intent", 0.99),
        Map.entry("name", 1.0), Map.entry("polluter", 1.0), Map.entry("affected", 0.98), Map.entry("referral", 0.98),
        Map.entry("county", 0.976), Map.entry("category", 0.98)); // county 246/251 after round seven's place classes
  }
}
