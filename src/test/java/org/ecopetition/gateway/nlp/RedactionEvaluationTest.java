package org.ecopetition.gateway.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The redacted copy registration stores (issue 11 §1, correction 2), measured over every evaluation set of the
 * project (nlp-models/eval and its rounds): the share of gold identity mentions still readable in the redacted text,
 * digits read as a person reads them (Chinese numerals, full-width digits, separators between digits dropped).
 * Round two and three label every mention (the writer's and third persons'); round one and the dev cases give the
 * writer's name, phone, ID number and address as fields, counted where the text holds them as written. Bounds: no
 * phone or ID number left; at most 2 % of names and addresses. Round four, written blind, is counted apart: its first
 * measure is what unseen text gets (8 of 42 names left readable — why a person confirms every redacted copy before
 * it is released); no phone or ID number may be left there either. The figures are quoted in
 * nlp-models/README.md.
 */
class RedactionEvaluationTest {
  static final ObjectMapper JSON = new ObjectMapper();
  static final Map<String, int[]> LEFT = new TreeMap<>();
  static final List<String> LEAKS = new ArrayList<>();
  /** What one round scored apart left readable: per type {left, all}, and each mention left. */
  record Tally(Map<String, int[]> left, List<String> leaks) {
    Tally() {
      this(new TreeMap<>(), new ArrayList<>());
    }

    String leaksText() {
      return String.join("\n", leaks);
    }
  }

  /** The rounds counted apart (see the class comment), by folder; the blind one is ExtractionEvaluationTest's. */
  static final Map<String, Tally> ROUNDS = new TreeMap<>(Map.ofEntries(Map.entry("round4", new Tally()),
      Map.entry("round5", new Tally()), Map.entry("round6", new Tally()), Map.entry("round7", new Tally()),
      Map.entry("round8", new Tally()), Map.entry("round9", new Tally()), Map.entry("round10", new Tally()),
      Map.entry("round11", new Tally()), Map.entry("round12", new Tally()), Map.entry("round13", new Tally()), Map.entry("round14", new Tally()),
      Map.entry("round15", new Tally()), Map.entry("round16", new Tally()),
      Map.entry("round17", new Tally()), Map.entry("round18", new Tally()),
      Map.entry("round19", new Tally()), Map.entry("round20", new Tally()), Map.entry("round21", new Tally()), Map.entry("round22", new Tally()), Map.entry("round23", new Tally()), Map.entry("round24", new Tally()), Map.entry("round25", new Tally()), Map.entry("round26", new Tally()), Map.entry("round27", new Tally()), Map.entry("round28", new Tally()), Map.entry("round29", new Tally()), Map.entry(ExtractionEvaluationTest.BLIND_ROUND, new Tally())));

  @BeforeAll
static void measure() throws Exception {
    HanLpExtractor extractor = new HanLpExtractor(Gazetteer.bundled(), Classifiers.bundled());
    try (Stream<Path> files = Files.walk(Path.of("nlp-models/eval"))) {
      for (Path f : files.filter(p -> p.toString().endsWith(".jsonl")).sorted().toList()) {
        for (String line : Files.readAllLines(f, StandardCharsets.UTF_8)) {
          if (line.isBlank()) {
            continue;
          }
          JsonNode g = JSON.readTree(line);
          String text = g.get("text").asText();
          String redacted = redacted(extractor, text);
          String round = f.getParent().getFileName().toString();
          Tally apart = ROUNDS.get(round);
          for (String[] mention : mentions(g.path("gold"), text)) {
            check(g.get("id").asText(), mention[0], mention[1], mention[2], redacted,
                apart == null ? LEFT : apart.left(), apart == null ? LEAKS : apart.leaks());
          }
        }
      }
    }
    StringBuilder b = new StringBuilder("redaction: gold identity mentions still readable in the redacted copy\n");
    LEFT.forEach((type, n) -> b.append(String.format("  %-8s %d/%d = %.4f%n", type, n[0], n[1], share(LEFT, type))));
    LEAKS.forEach(l -> b.append("  left: ").append(l).append('\n'));
    ROUNDS.forEach((round, t) -> {
      b.append(round).append(round.equals(ExtractionEvaluationTest.BLIND_ROUND) ? " (blind)\n" : "\n");
      t.left().forEach((type, n) -> b.append(String.format("  %-8s %d/%d = %.4f%n", type, n[0], n[1],
          share(t.left(), type))));
      // The blind round's texts stay unread: its counts only.
      if (!round.equals(ExtractionEvaluationTest.BLIND_ROUND)) {
        t.leaks().forEach(l -> b.append("  left: ").append(l).append('\n'));
      }
    });
    System.out.println(b);
  }

  /** The redacted copy of a text as the gateway makes it: the extractor's identities and fields masked. */
  static String redacted(HanLpExtractor extractor, String text) {
    Extraction x = extractor.extract(text);
    Map<String, String> known = new HashMap<>();
    known.put(Identity.NAME, x.field("name").map(Extraction.Field::value).orElse(null));
    known.put(Identity.PHONE, x.field("phone").map(Extraction.Field::value).orElse(null));
    known.put(Identity.ID, x.field("idNumber").map(Extraction.Field::value).orElse(null));
    known.put(Identity.ADDRESS, x.field("address").map(Extraction.Field::value).orElse(null));
    return Redaction.redact(text, extractor.forRedaction(text, x.identities()), known, null);
  }

  /** Each gold mention as {type, the text that must not be readable, the label}. */
  static List<String[]> mentions(JsonNode g, String text) {
    List<String[]> out = new ArrayList<>();
    if (g.has("identities")) {
      for (JsonNode m : g.get("identities")) {
        String label = m.get("text").asText();
        String plain = label.replace("[", "").replace("]", "");
        int open = label.indexOf('[');
        String core = open >= 0 ? label.substring(open + 1, label.indexOf(']')) : plain;
        // A one-character surname alone is no leak; with the word around it as labelled, it is.
        out.add(new String[] {m.get("type").asText(), core.length() >= 2 ? core : plain, label});
      }
      return out;
    }
    for (String[] field : new String[][] {{"name", Identity.NAME}, {"phone", Identity.PHONE},
        {"idNumber", Identity.ID}, {"address", Identity.ADDRESS}}) {
      String v = g.path(field[0]).isTextual() ? g.get(field[0]).asText() : null;
      if (v == null || v.isBlank()) {
        continue;
      }
      boolean digits = field[1].equals(Identity.PHONE) || field[1].equals(Identity.ID);
      if (digits ? v.length() >= 7 : v.length() >= 2 && text.contains(v)) {
        out.add(new String[] {field[1], v, v});
      }
    }
    return out;
  }

  static void check(String id, String type, String secret, String label, String redacted,
      Map<String, int[]> tally, List<String> leaks) {
    boolean readable;
    if (type.equals(Identity.PHONE) || type.equals(Identity.ID)) {
      String d = Redaction.Digits.read(secret).toUpperCase().replaceAll("[^0-9X]", "");
      if (type.equals(Identity.PHONE) && d.startsWith("86") && d.length() == 13) {
        d = d.substring(2);
      }
      String tail = d.length() > 7 ? d.substring(d.length() - 7) : d;
      readable = readDigits(redacted).contains(tail);
    } else {
      readable = redacted.contains(secret);
    }
    int[] n = tally.computeIfAbsent(type, k -> new int[2]);
    n[1]++;
    if (readable) {
      n[0]++;
      leaks.add(id + " " + type + " " + label);
    }
  }

  /** The digits a reader reads, separators between digits dropped. */
  static String readDigits(String s) {
    StringBuilder b = new StringBuilder();
    for (char c : s.toCharArray()) {
      char d = Redaction.Digits.digit(c);
      if (d != 0) {
        b.append(d);
      } else if (c == 'X' || c == 'x') {
        b.append('X');
      } else if (" -—–()（）".indexOf(c) < 0) {
        b.append('|');
      }
    }
    return b.toString();
  }

  static double share(Map<String, int[]> tally, String type) {
    int[] n = tally.getOrDefault(type, new int[] {0, 1});
    return n[1] == 0 ? 0 : (double) n[0] / n[1];
  }

  @Test
  void everySetWithIdentitiesIsMeasured() {
    assertThat(LEFT.get(Identity.PHONE)[1]).isGreaterThanOrEqualTo(150);
    assertThat(LEFT.get(Identity.NAME)[1]).isGreaterThanOrEqualTo(150);
    assertThat(LEFT.get(Identity.ADDRESS)[1]).isGreaterThanOrEqualTo(20);
    assertThat(LEFT.get(Identity.ID)[1]).isGreaterThanOrEqualTo(7);
  }

  @Test
  void noPhoneOrIdNumberIsLeft() {
    assertThat(LEFT.get(Identity.PHONE)[0]).as(String.join("\n", LEAKS)).isZero();
    assertThat(LEFT.get(Identity.ID)[0]).as(String.join("\n", LEAKS)).isZero();
    ROUNDS.forEach((round, t) -> {
      String shown = round.equals(ExtractionEvaluationTest.BLIND_ROUND) ? round : round + "\n" + t.leaksText();
      assertThat(share(t.left(), Identity.PHONE)).as(shown).isZero();
      assertThat(share(t.left(), Identity.ID)).as(shown).isZero();
    });
  }

  /** None left on the sets the spans were built against (2026-12-04); the issue allows 2 %, a regression fails here. */
  @Test
  void noNameOrAddressIsLeftReadable() {
    assertThat(share(LEFT, Identity.NAME)).as(String.join("\n", LEAKS)).isZero();
    assertThat(share(LEFT, Identity.ADDRESS)).as(String.join("\n", LEAKS)).isZero();
  }

  /**
   * Round four: 8 of 42 names were left readable at its first (blind) measure; after its misses were read and the
   * classes fixed (nlp-models/README.md, "Round four"), 1, and none since a name after 他叫 may start with a city's
   * name (宁德福). The bound keeps that; it is no longer unseen text.
   */
  @Test
  void roundFourLeavesNoNameReadable() {
    assertThat(namesLeft("round4")).as(ROUNDS.get("round4").leaksText()).isLessThanOrEqualTo(ROUND4_NAMES_LEFT);
  }

  static final double ROUND4_NAMES_LEFT = 0.0;

  /** Round five: a bound a little over what the work on its misses reached (0/44; nlp-models/README.md, "Round five"). */
  @Test
  void roundFiveLeavesFewNames() {
    assertThat(namesLeft("round5")).as(ROUNDS.get("round5").leaksText()).isLessThanOrEqualTo(ROUND5_NAMES_LEFT);
  }

  static final double ROUND5_NAMES_LEFT = 0.03;

  /** Round six: a bound one case over what the work on its name classes reached (nlp-models/README.md, "Round six"). */
  @Test
  void roundSixLeavesFewNames() {
    assertThat(namesLeft("round6")).as(ROUNDS.get("round6").leaksText()).isLessThanOrEqualTo(ROUND6_NAMES_LEFT);
  }

  /** Round six: 10 of 35 names left at its first (blind) run, none after its name classes were worked on; one case over. */
  static final double ROUND6_NAMES_LEFT = 0.03;

  /** Round seven: 11 of 43 names left at its first (blind) run, none after its name classes were worked on; one case over. */
  @Test
  void roundSevenLeavesFewNames() {
    assertThat(namesLeft("round7")).as(ROUNDS.get("round7").leaksText()).isLessThanOrEqualTo(ROUND7_NAMES_LEFT);
  }

  static final double ROUND7_NAMES_LEFT = 0.024;

  /**
   * Round eight: 10 of 58 names left at its first (blind) run, 5 after its name classes were worked on, 3 after round
   * ten's (branch r10polluter), 1 after its leftovers by class (branch r17spans); one case over.
   */
  @Test
  void roundEightLeavesFewNames() {
    assertThat(namesLeft("round8")).as(ROUNDS.get("round8").leaksText()).isLessThanOrEqualTo(ROUND8_NAMES_LEFT);
  }

  static final double ROUND8_NAMES_LEFT = 0.035; // 2/58

  /** Round nine: 4 of 33 names left at its first (blind) run, 1 after its name classes were worked on; one case over. */
  @Test
  void roundNineLeavesFewNames() {
    assertThat(namesLeft("round9")).as(ROUNDS.get("round9").leaksText()).isLessThanOrEqualTo(ROUND9_NAMES_LEFT);
  }

  static final double ROUND9_NAMES_LEFT = 0.061;

  /**
   * Round ten: 5 of 33 names left at its first (blind) run (nlp-models/README.md, "Round ten"), none after its name
   * classes were worked on (branch r10polluter); one case over.
   */
  @Test
  void roundTenLeavesFewNames() {
    assertThat(namesLeft("round10")).as(ROUNDS.get("round10").leaksText()).isLessThanOrEqualTo(ROUND10_NAMES_LEFT);
  }

  static final double ROUND10_NAMES_LEFT = 0.031;

  /**
   * Round eleven: 4 of 30 names left at its first (blind) runs, none after its name classes were worked on (branch
   * r11fields; nlp-models/README.md, "Round eleven"); one case over.
   */
  @Test
  void roundElevenLeavesFewNames() {
    assertThat(namesLeft("round11")).as(ROUNDS.get("round11").leaksText()).isLessThanOrEqualTo(ROUND11_NAMES_LEFT);
  }

  static final double ROUND11_NAMES_LEFT = 0.034;

  /**
   * Round twelve: 4 of 31 names left at its first (blind) runs, none after its name classes were worked on (branch
   * r12fields; nlp-models/README.md, "Round twelve tuned for fields"); one case over.
   */
  @Test
  void roundTwelveLeavesFewNames() {
    assertThat(namesLeft("round12")).as(ROUNDS.get("round12").leaksText()).isLessThanOrEqualTo(ROUND12_NAMES_LEFT);
  }

  static final double ROUND12_NAMES_LEFT = 0.033;

  /**
   * Round thirteen: 4 of 23 names left at its first (blind) run, 3 at its second, 1 after its name classes were worked
   * on once round fourteen was written (branch r13fields; nlp-models/README.md, "Round thirteen tuned for fields"),
   * none after branch namegen's classes (nlp-models/README.md, "Names on unseen text"); one case over.
   */
  @Test
  void roundThirteenLeavesFewNames() {
    assertThat(namesLeft("round13")).as(ROUNDS.get("round13").leaksText()).isLessThanOrEqualTo(ROUND13_NAMES_LEFT);
  }

  static final double ROUND13_NAMES_LEFT = 0.044; // 0/23 after branch namegen

  /**
   * Round fourteen: 4 of 22 names left at its blind runs, 0 after its name classes were worked on once round fifteen
   * was written (branch r14fields); one case over.
   */
  @Test
  void roundFourteenLeavesFewNames() {
    assertThat(namesLeft("round14")).as(ROUNDS.get("round14").leaksText()).isLessThanOrEqualTo(ROUND14_NAMES_LEFT);
  }

  static final double ROUND14_NAMES_LEFT = 0.046;

  /**
   * Round fifteen: 10 of 53 names left at its first (blind) run, 9 at its second (9cf5661); worked on from here on
   * (round sixteen being written blind); one case over. After its name classes (branch r15fields): 0 of 53; one case over.
   */
  @Test
  void roundFifteenLeavesFewNames() {
    assertThat(namesLeft("round15")).as(ROUNDS.get("round15").leaksText()).isLessThanOrEqualTo(ROUND15_NAMES_LEFT);
  }

  static final double ROUND15_NAMES_LEFT = 0.019; // 1/53

  /** Round sixteen: 5 of 63 names left at its blind runs; 0 after its name classes (branch r16spans, round seventeen written blind). */
  @Test
  void roundSixteenLeavesFewNames() {
    assertThat(namesLeft("round16")).as(ROUNDS.get("round16").leaksText()).isLessThanOrEqualTo(ROUND16_NAMES_LEFT);
  }

  static final double ROUND16_NAMES_LEFT = 0.016; // 1/63: 5/63 at its blind runs, 0/63 after r16spans; one case over

  /** Round seventeen: 4 of 84 names left at its blind run A, 3 at run B (dad47e5); 0 after its name classes (branch r17spans). */
  @Test
  void roundSeventeenLeavesFewNames() {
    assertThat(namesLeft("round17")).as(ROUNDS.get("round17").leaksText()).isLessThanOrEqualTo(ROUND17_NAMES_LEFT);
  }

  static final double ROUND17_NAMES_LEFT = 0.012; // 1/84: 4/84 at run A, 3 at B, 0/84 after r17spans; one case over

  /**
   * Round eighteen: 12 of 123 names left at its blind run A, 10 at C, 6 with the twelve hands' names, 5 at the nineteenth
   * session's end (b8af695); worked on by class once round nineteen was written.
   */
  @Test
  void roundEighteenLeavesFewNames() {
    assertThat(namesLeft("round18")).as(ROUNDS.get("round18").leaksText()).isLessThanOrEqualTo(ROUND18_NAMES_LEFT);
  }

  static final double ROUND18_NAMES_LEFT = 0.009; // 1/123: 5/123 at b8af695, 0/123 after r18names; one case over

  /** Round nineteen: 1 of 121 names left at its blind runs (A, and the twentieth session's end); worked on once round twenty was written. */
  @Test
  void roundNineteenLeavesFewNames() {
    assertThat(namesLeft("round19")).as(ROUNDS.get("round19").leaksText()).isLessThanOrEqualTo(ROUND19_NAMES_LEFT);
  }

  static final double ROUND19_NAMES_LEFT = 0.017; // 1/121; one case over

  /** Round twenty: 0 of 123 names left at its blind runs; open to work once round twenty-one was written. */
  @Test
  void roundTwentyLeavesFewNames() {
    assertThat(namesLeft("round20")).as(ROUNDS.get("round20").leaksText()).isLessThanOrEqualTo(ROUND20_NAMES_LEFT);
  }

  static final double ROUND20_NAMES_LEFT = 0.009; // 1/123; one case over

  /**
   * Round twenty-one: 5 of 86 names left at its blind runs; open to work once round twenty-two was written; 1 of 86 after
   * its classes (branch r21rest: English given names signing alone, a cue's name whose given name is a place).
   */
  @Test
  void roundTwentyOneLeavesFewNames() {
    assertThat(namesLeft("round21")).as(ROUNDS.get("round21").leaksText()).isLessThanOrEqualTo(ROUND21_NAMES_LEFT);
  }

  static final double ROUND21_NAMES_LEFT = 0.024; // 2/86; one case over

  /**
   * Round twenty-two: 3 of 93 names left at its first blind run, 2 at 734f847; open to work once round twenty-three was
   * written; 0 after its classes (8a69921).
   */
  @Test
  void roundTwentyTwoLeavesFewNames() {
    assertThat(namesLeft("round22")).as(ROUNDS.get("round22").leaksText()).isLessThanOrEqualTo(ROUND22_NAMES_LEFT);
  }

  static final double ROUND22_NAMES_LEFT = 0.011; // 1/93; one case over

  /** Round twenty-three: 3 of 120 names left at its first blind run and at 73c3503; open to work once round twenty-four was written. */
  @Test
  void roundTwentyThreeLeavesFewNames() {
    assertThat(namesLeft("round23")).as(ROUNDS.get("round23").leaksText()).isLessThanOrEqualTo(ROUND23_NAMES_LEFT);
  }

  static final double ROUND23_NAMES_LEFT = 0.025; // 3/120: 2/120 measured after branch r23rest (3/120 before); one case over

  /** Round twenty-four: 0 of 103 names left at its first blind run and at 5a8073d; open to work once round twenty-five was written. */
  @Test
  void roundTwentyFourLeavesFewNames() {
    assertThat(namesLeft("round24")).as(ROUNDS.get("round24").leaksText()).isLessThanOrEqualTo(ROUND24_NAMES_LEFT);
  }

  static final double ROUND24_NAMES_LEFT = 0.010; // 1/103: 0/103 measured; one case over

  /** Round twenty-five: 3 of 136 names left at its first blind run; open to work once round twenty-six was written. */
  @Test
  void roundTwentyFiveLeavesFewNames() {
    assertThat(namesLeft("round25")).as(ROUNDS.get("round25").leaksText()).isLessThanOrEqualTo(ROUND25_NAMES_LEFT);
  }

  static final double ROUND25_NAMES_LEFT = 0.008; // 1/136: 0/136 after branch r25rest (3/136 at run A); one case over

  /** Round twenty-six: 4 of 100 names left at its first blind run; open to work once round twenty-seven was written. */
  @Test
  void roundTwentySixLeavesFewNames() {
    assertThat(namesLeft("round26")).as(ROUNDS.get("round26").leaksText()).isLessThanOrEqualTo(ROUND26_NAMES_LEFT);
  }

  static final double ROUND26_NAMES_LEFT = 0.010; // 1/100: 0/100 after branch r26names (4/100 at run A); one case over

  /** Round twenty-seven: 6 of 124 names left at its first blind run; open to work once round twenty-eight was written. */
  @Test
  void roundTwentySevenLeavesFewNames() {
    assertThat(namesLeft("round27")).as(ROUNDS.get("round27").leaksText()).isLessThanOrEqualTo(ROUND27_NAMES_LEFT);
  }

  static final double ROUND27_NAMES_LEFT = 0.016; // 2/124: 6/124 at run A (2925591), 4/124 at run B, 1/124 after branch r27names; one case over

  /** Round twenty-eight: 1 of 210 names left at its first blind run; open to work once round twenty-nine was written. */
  @Test
  void roundTwentyEightLeavesFewNames() {
    assertThat(namesLeft("round28")).as(ROUNDS.get("round28").leaksText()).isLessThanOrEqualTo(ROUND28_NAMES_LEFT);
  }

  static final double ROUND28_NAMES_LEFT = 0.010; // 2/210: 1/210 at run A (155c54b) and run B (7319039); one case over

  /** Round twenty-nine: 5 of 165 names left at its first blind run and at run B; open to work once round thirty was written. */
  @Test
  void roundTwentyNineLeavesFewNames() {
    assertThat(namesLeft("round29")).as(ROUNDS.get("round29").leaksText()).isLessThanOrEqualTo(ROUND29_NAMES_LEFT);
  }

  static final double ROUND29_NAMES_LEFT = 0.012; // 2/165: 5/165 at run A (9ed5799) and run B (61bc270), 1/165 after branch r29name; one case over

  /** The blind round (thirty): its first run's share of names left, one case over; nlp-models/README.md, "Round thirty". */
  @Test
  void blindRoundLeavesFewNames() {
    String blind = ExtractionEvaluationTest.BLIND_ROUND;
    assertThat(namesLeft(blind)).as("blind round: names left").isLessThanOrEqualTo(BLIND_NAMES_LEFT);
  }

  static final double BLIND_NAMES_LEFT = 0.056; // 9/161: 8/161 at run A (main 5e033f7 = round thirty added); one case over A

  private static double namesLeft(String round) {
    return share(ROUNDS.get(round).left(), Identity.NAME);
  }

  @Test
  void theCopyNamesWhatWasTakenOut() {
    String text = "我叫邝志远，电话幺三九八七六五四三二一，家住城南路8号。厂子天天排污。";
    HanLpExtractor x = new HanLpExtractor(Gazetteer.bundled(), Classifiers.bundled());
    String r = Redaction.redact(text, x.extract(text).identities(), Map.of(), null);
    assertThat(r).contains("【姓名】", "【电话】", "【地址】", "厂子天天排污").doesNotContain("邝志远", "城南路");
    assertThat(readDigits(r)).doesNotContain("9876543");
  }

  @Test
  void aKnownPhoneIsFoundHoweverItIsWritten() {
    String r = Redaction.redact("有事打一三九 八七六五 四三二一找我", List.of(), Map.of(Identity.PHONE, "13987654321"), null);
    assertThat(r).isEqualTo("有事打【电话】找我");
  }
}
