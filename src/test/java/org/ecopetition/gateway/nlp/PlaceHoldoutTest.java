package org.ecopetition.gateway.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The problem's place on a holdout written before the gazetteer was changed for it
 * (src/test/resources/nlp/place-holdout2.tsv, branch placegen2): province, city and county each right, through the
 * whole extractor; a county name shared by several cities with no city named must also be flagged ambiguous. The first
 * measure (main at 8c18423) is the estimate for unseen text; floors sit one case under what is measured.
 */
class PlaceHoldoutTest {
  record Case(String family, String province, String city, String county, String text) {
    boolean ambiguous() {
      return province == null && county != null;
    }
  }

  static final Map<String, int[]> RIGHT = new TreeMap<>();
  static final List<String> MISSES = new ArrayList<>();
  static int total;

  @BeforeAll
  static void run() throws IOException {
    HanLpExtractor x = new HanLpExtractor(Gazetteer.bundled(), Classifiers.bundled());
    List<Case> cases = cases();
    total = cases.size();
    for (Case c : cases) {
      Extraction e = x.extract(c.text());
      String p = value(e, "province");
      String ci = value(e, "city");
      String co = value(e, "county");
      boolean amb = "true".equals(value(e, "ambiguousPlace"));
      boolean okP = Objects.equals(p, c.province());
      boolean okCi = Objects.equals(ci, c.city());
      boolean okCo = Objects.equals(co, c.county()) && (!c.ambiguous() || amb);
      count("province", okP);
      count("city", okCi);
      count("county", okCo);
      count("all", okP && okCi && okCo);
      count("class " + c.family(), okP && okCi && okCo);
      if (!(okP && okCi && okCo)) {
        MISSES.add(c.family() + ": " + c.text() + " → " + p + "/" + ci + "/" + co + (amb ? " ambiguous" : "")
            + "  (gold " + c.province() + "/" + c.city() + "/" + c.county() + ")");
      }
    }
    RIGHT.forEach((k, r) -> System.out.printf("place holdout2 %-16s %3d/%-3d %.3f%n", k, r[0], r[1], (double) r[0] / r[1]));
    MISSES.forEach(m -> System.out.println("  place holdout2 miss " + m));
  }

  private static void count(String key, boolean ok) {
    int[] r = RIGHT.computeIfAbsent(key, q -> new int[2]);
    r[0] += ok ? 1 : 0;
    r[1]++;
  }

  private static String value(Extraction e, String field) {
    return e.field(field).map(Extraction.Field::value).orElse(null);
  }

  static List<Case> cases() throws IOException {
    List<Case> out = new ArrayList<>();
    String family = "?";
    for (String line : Files.readAllLines(Path.of("src/test/resources/nlp/place-holdout2.tsv"), StandardCharsets.UTF_8)) {
      if (line.startsWith("## ")) {
        family = line.substring(3, line.indexOf(':'));
        continue;
      }
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      String[] f = line.split("\t", 4);
      out.add(new Case(family, orNull(f[0]), orNull(f[1]), orNull(f[2]), f[3]));
    }
    return out;
  }

  private static String orNull(String s) {
    return s.equals("-") ? null : s;
  }

  /** Floors: right cases per field, one under what was measured (main 8c18423: province 139, city 137, county 132, all 130 of 161; placegen2: 153, 152, 147, 145; r17kinds: 155, 155, 154, 152). */
  static final Map<String, Integer> FLOORS = Map.of("province", 154, "city", 154, "county", 153, "all", 151);

  @Test
  void theHoldoutIsLargeEnough() throws IOException {
    assertThat(cases()).hasSizeGreaterThanOrEqualTo(150);
  }

  @Test
  void everyFieldStaysAboveItsFloor() {
    FLOORS.forEach((field, min) -> assertThat(RIGHT.get(field)[0]).as(field + "\n" + String.join("\n", MISSES))
        .isGreaterThanOrEqualTo(min));
  }
}
