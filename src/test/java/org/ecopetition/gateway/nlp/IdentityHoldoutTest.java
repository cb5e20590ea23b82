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
 * longer in the copy. First run (before any change of branch namegen): see the floors; the figures are quoted in
 * nlp-models/README.md ("Names on unseen text: an identity holdout").
 */
class IdentityHoldoutTest {
  /** Per type {left readable, mentions}. */
  static final Map<String, int[]> LEFT = new TreeMap<>();
  static final List<String> LEAKS = new ArrayList<>();
  static final List<String> OVER = new ArrayList<>();
  static int looks;

  /** Names left readable, at most (first run, main 866084a: 41/239; one case over). */
  static final int NAMES_LEFT = 42;
  /** Addresses left readable, at most (first run: 2/32; one case over). */
  static final int ADDRESSES_LEFT = 3;
  /** Look-alikes masked wrongly, at most (first run: 1/72; one case over). */
  static final int LOOKALIKES_MASKED = 2;

  @BeforeAll
  static void measure() throws IOException {
    HanLpExtractor x = new HanLpExtractor(Gazetteer.bundled(), Classifiers.bundled());
    List<String> lines;
    try (InputStream in = IdentityHoldoutTest.class.getResourceAsStream("/nlp/identity-holdout.tsv")) {
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
      String redacted = Redaction.redact(text, e.identities(), known, null);
      if (!c[2].isBlank()) {
        for (String m : c[2].split("\\|")) {
          String type = m.substring(0, m.indexOf(':'));
          String label = m.substring(m.indexOf(':') + 1);
          String plain = label.replace("[", "").replace("]", "");
          int open = label.indexOf('[');
          String core = open >= 0 ? label.substring(open + 1, label.indexOf(']')) : plain;
          RedactionEvaluationTest.check(id, type, core.length() >= 2 ? core : plain, label, redacted, LEFT, LEAKS);
        }
      }
      if (c.length > 3 && !c[3].isBlank()) {
        for (String keep : c[3].split("\\|")) {
          looks++;
          if (!redacted.contains(keep)) {
            OVER.add(id + " " + keep + " → " + redacted);
          }
        }
      }
    }
    StringBuilder b = new StringBuilder("identity holdout: mentions still readable in the redacted copy\n");
    LEFT.forEach((type, n) -> b.append(String.format("  %-8s %d/%d%n", type, n[0], n[1])));
    b.append(String.format("  look-alikes masked %d/%d%n", OVER.size(), looks));
    LEAKS.forEach(l -> b.append("  left: ").append(l).append('\n'));
    OVER.forEach(l -> b.append("  masked: ").append(l).append('\n'));
    System.out.println(b);
  }

  static int left(String type) {
    return LEFT.getOrDefault(type, new int[2])[0];
  }

  @Test
  void theHoldoutIsRead() {
    assertThat(LEFT.get(Identity.NAME)[1]).isGreaterThanOrEqualTo(230);
    assertThat(LEFT.get(Identity.ADDRESS)[1]).isGreaterThanOrEqualTo(30);
    assertThat(looks).isGreaterThanOrEqualTo(70);
  }

  @Test
  void noPhoneIsLeft() {
    assertThat(left(Identity.PHONE)).as(String.join("\n", LEAKS)).isZero();
  }

  @Test
  void fewNamesAreLeft() {
    assertThat(left(Identity.NAME)).as(String.join("\n", LEAKS)).isLessThanOrEqualTo(NAMES_LEFT);
  }

  @Test
  void fewAddressesAreLeft() {
    assertThat(left(Identity.ADDRESS)).as(String.join("\n", LEAKS)).isLessThanOrEqualTo(ADDRESSES_LEFT);
  }

  @Test
  void fewLookAlikesAreMasked() {
    assertThat(OVER.size()).as(String.join("\n", OVER)).isLessThanOrEqualTo(LOOKALIKES_MASKED);
  }
}
