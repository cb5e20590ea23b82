package org.ecopetition.gateway.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The redacted copy on an identity holdout nobody tuned on when it was written (src/test/resources/nlp/identity-holdout.tsv,
 * branch namegen: names in every position, third persons, speech and dialect, home addresses, and look-alikes that must
 * stay readable — place and firm names, 匿名, 署名, 老板, 师傅 alone). The real redaction, as {@link RedactionEvaluationTest}
 * runs it: the extractor's spans and the fields it found as known identities. A mention is left readable as there (the
 * bracketed part, or the whole label when that part is one character); a look-alike is masked wrongly when it is no
 * longer in the copy. Figures (first runs and after branch namegen) at the ceilings below and in nlp-models/README.md
 * ("Names on unseen text: two identity holdouts").
 */
class IdentityHoldoutTest {
  /** What one holdout left: per type {left readable, mentions}, each mention left, each look-alike masked. */
  record Tally(Map<String, int[]> left, List<String> leaks, List<String> over, int[] looks) {
    Tally() {
      this(new TreeMap<>(), new ArrayList<>(), new ArrayList<>(), new int[1]);
    }

    int left(String type) {
      return left.getOrDefault(type, new int[2])[0];
    }
  }

  static final Tally ONE = new Tally();
  static final Tally TWO = new Tally();

  /**
   * Names left readable, at most, of 239: first run (main 866084a) 41, after branch namegen's classes 0; one case over.
   * The holdout is tuned since: its misses were read and fixed by class.
   */
  static final int NAMES_LEFT = 1;
  /** Addresses left readable, at most, of 32: first run 2, after branch namegen 0; one case over. */
  static final int ADDRESSES_LEFT = 1;
  /** Look-alikes masked wrongly, at most, of 72: first run 1, after branch namegen 0; one case over. */
  static final int LOOKALIKES_MASKED = 1;
  /**
   * Holdout two (identity-holdout2.tsv, written after holdout one's classes were fixed, committed before its first run):
   * names left of 51 — main 27, with holdout one's classes 14 (its honest figure), after its own classes 2; one over.
   */
  static final int NAMES_LEFT_2 = 3;
  /** Holdout two: addresses left of 15 — main 7, with holdout one's classes 7, after its own 0; one case over. */
  static final int ADDRESSES_LEFT_2 = 1;
  /** Holdout two: look-alikes masked of 20 — main 1 (田总是), 1 after; one case over. */
  static final int LOOKALIKES_MASKED_2 = 2;

  @BeforeAll
  static void measure() throws IOException {
    HanLpExtractor x = new HanLpExtractor(Gazetteer.bundled(), Classifiers.bundled());
    measure(x, "/nlp/identity-holdout.tsv", ONE);
    measure(x, "/nlp/identity-holdout2.tsv", TWO);
  }

  static void measure(HanLpExtractor x, String resource, Tally t) throws IOException {
    List<String> lines;
    try (InputStream in = IdentityHoldoutTest.class.getResourceAsStream(resource)) {
      lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
    }
    for (String line : lines) {
      if (line.startsWith("#") || line.isBlank()) {
        continue;
      }
      String[] c = line.split("\t", -1);
      String id = c[0];
      String text = c[1].replace("\\n", "\n");
      Extraction e = x.extract(text);
      Map<String, String> known = new HashMap<>();
      known.put(Identity.NAME, e.field("name").map(Extraction.Field::value).orElse(null));
      known.put(Identity.PHONE, e.field("phone").map(Extraction.Field::value).orElse(null));
      known.put(Identity.ID, e.field("idNumber").map(Extraction.Field::value).orElse(null));
      known.put(Identity.ADDRESS, e.field("address").map(Extraction.Field::value).orElse(null));
      String redacted = Redaction.redact(text, x.forRedaction(text, e.identities()), known, null);
      if (!c[2].isBlank()) {
        for (String m : c[2].split("\\|")) {
          String type = m.substring(0, m.indexOf(':'));
          String label = m.substring(m.indexOf(':') + 1);
          String plain = label.replace("[", "").replace("]", "");
          int open = label.indexOf('[');
          String core = open >= 0 ? label.substring(open + 1, label.indexOf(']')) : plain;
          RedactionEvaluationTest.check(id, type, core.length() >= 2 ? core : plain, label, redacted, t.left(), t.leaks());
        }
      }
      if (c.length > 3 && !c[3].isBlank()) {
        for (String keep : c[3].split("\\|")) {
          t.looks()[0]++;
          if (!redacted.contains(keep)) {
            t.over().add(id + " " + keep + " → " + redacted);
          }
        }
      }
    }
    StringBuilder b = new StringBuilder(resource + ": mentions still readable in the redacted copy\n");
    t.left().forEach((type, n) -> b.append(String.format("  %-8s %d/%d%n", type, n[0], n[1])));
    b.append(String.format("  look-alikes masked %d/%d%n", t.over().size(), t.looks()[0]));
    t.leaks().forEach(l -> b.append("  left: ").append(l).append('\n'));
    t.over().forEach(l -> b.append("  masked: ").append(l).append('\n'));
    System.out.println(b);
  }

  @Test
  void theHoldoutsAreRead() {
    assertThat(ONE.left().get(Identity.NAME)[1]).isGreaterThanOrEqualTo(230);
    assertThat(ONE.left().get(Identity.ADDRESS)[1]).isGreaterThanOrEqualTo(30);
    assertThat(ONE.looks()[0]).isGreaterThanOrEqualTo(70);
    assertThat(TWO.left().get(Identity.NAME)[1]).isGreaterThanOrEqualTo(50);
    assertThat(TWO.looks()[0]).isGreaterThanOrEqualTo(18);
  }

  @Test
  void noPhoneOrIdNumberIsLeft() {
    for (Tally t : List.of(ONE, TWO)) {
      assertThat(t.left(Identity.PHONE) + t.left(Identity.ID)).as(String.join("\n", t.leaks())).isZero();
    }
  }

  @Test
  void fewNamesAreLeft() {
    assertThat(ONE.left(Identity.NAME)).as(String.join("\n", ONE.leaks())).isLessThanOrEqualTo(NAMES_LEFT);
    assertThat(TWO.left(Identity.NAME)).as(String.join("\n", TWO.leaks())).isLessThanOrEqualTo(NAMES_LEFT_2);
  }

  @Test
  void fewAddressesAreLeft() {
    assertThat(ONE.left(Identity.ADDRESS)).as(String.join("\n", ONE.leaks())).isLessThanOrEqualTo(ADDRESSES_LEFT);
    assertThat(TWO.left(Identity.ADDRESS)).as(String.join("\n", TWO.leaks())).isLessThanOrEqualTo(ADDRESSES_LEFT_2);
  }

  @Test
  void fewLookAlikesAreMasked() {
    assertThat(ONE.over().size()).as(String.join("\n", ONE.over())).isLessThanOrEqualTo(LOOKALIKES_MASKED);
    assertThat(TWO.over().size()).as(String.join("\n", TWO.over())).isLessThanOrEqualTo(LOOKALIKES_MASKED_2);
  }
}
