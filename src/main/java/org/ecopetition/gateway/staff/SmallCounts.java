package org.ecopetition.gateway.staff;

import java.util.ArrayList;
import java.util.List;

/**
 * Statistics that leave the console as a file (the CSV of {@code GET …/stats/{dimension}?format=csv}: sent up to a
 * government office, published, mailed): a count of 1 or 2 in a county, a month or a kind points at one petitioner
 * ("the only water complaint from that village this month was hers"), so counts under {@link #THRESHOLD} are written
 * {@code <3}; and where a table would have a single such cell, the next smallest count is withheld too ({@code *}), so
 * that the total of another statistic does not give it back by subtraction. The console's JSON (seen by the handling
 * department and those above it) keeps the exact counts. Pure.
 */
final class SmallCounts {
  /** Counts under this are not written out. */
  static final int THRESHOLD = 3;

  private SmallCounts() {}

  /** The cells to write for {@code counts}, in their order: a number, {@code <3}, or {@code *}. */
  static List<String> cells(List<Long> counts) {
    List<String> out = new ArrayList<>();
    int small = 0;
    for (long c : counts) {
      boolean hidden = c > 0 && c < THRESHOLD;
      out.add(hidden ? "<" + THRESHOLD : Long.toString(c));
      small += hidden ? 1 : 0;
    }
    if (small == 1) {
      int next = -1;
      for (int i = 0; i < counts.size(); i++) {
        if (counts.get(i) >= THRESHOLD && (next < 0 || counts.get(i) < counts.get(next))) {
          next = i;
        }
      }
      if (next >= 0) {
        out.set(next, "*");
      }
    }
    return out;
  }
}
