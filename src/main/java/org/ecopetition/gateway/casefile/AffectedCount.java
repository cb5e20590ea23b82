package org.ecopetition.gateway.casefile;

import java.util.Locale;
import org.ecopetition.gateway.nlp.Affected;

/**
 * How many are affected, as the petitioner said it (issue 13 §6, correction 13): the words ({@code text}, shown to
 * staff and in the summary: "几百户"), the unit said (person, household, village, community, building, town; null
 * when only a number was given), the one number stated ({@code count}, null for a range or a vague number) and the
 * bounds the words give ({@code min}, {@code max}, null when open). Never turned into a number of people.
 */
public record AffectedCount(String text, String unit, Integer count, Integer min, Integer max) {
  public AffectedCount {
    text = text == null ? "" : text.strip();
  }

  /** What was said, read by the extractor's count reader; a bare number is that number, its unit not said. */
  public static AffectedCount said(String text) {
    if (text == null || text.isBlank()) {
      return null;
    }
    String t = text.strip();
    if (t.matches("\\d{1,7}")) {
      int n = Integer.parseInt(t);
      return new AffectedCount(t, null, n, n, n);
    }
    Affected a = Affected.in(t);
    return a == null ? new AffectedCount(t, null, null, null, null)
        : new AffectedCount(t, a.unit(), a.count(), a.min(), a.max());
  }

  /** A number of people entered by staff as a number. */
  public static AffectedCount people(Integer n) {
    return n == null ? null : new AffectedCount(String.valueOf(n), "person", n, n, n);
  }

  /**
   * The number of people for the old integer column (rows before the structured value read it): only an exact
   * count of people, or a bare number; a count of households or a vague one is no number of people.
   */
  public Integer people() {
    return count != null && (unit == null || "person".equals(unit.toLowerCase(Locale.ROOT))) && count.equals(min)
        && count.equals(max) ? count : null;
  }
}
