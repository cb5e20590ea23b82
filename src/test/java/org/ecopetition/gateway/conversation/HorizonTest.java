package org.ecopetition.gateway.conversation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * The short horizon a client carries: it says exactly what the snapshot said for the transactions it keeps, never
 * "seen" for one the snapshot had not seen (a late message is never hidden), and stays short however many
 * transactions were running; PostgreSQL's own text (a page loaded before) is still read; anything else is refused.
 */
class HorizonTest {

  @Test
  void aSnapshotWithFewTransactionsInProgressComesBackExactly() {
    for (String snapshot : List.of("1:1:", "741:741:", "741:745:741,743", "5000123:5000190:5000123,5000150,5000189")) {
      String h = Horizon.compact(snapshot);
      assertThat(h).matches("[0-9a-z.]+");
      assertThat(Horizon.read(h)).isEqualTo(snapshot);
    }
  }

  @Test
  void aBusyServersSnapshotIsCutShortAndNeverShowsWhatItHadNotSeen() {
    Random random = new Random(16);
    for (int round = 0; round < 50; round++) {
      long xmin = 1_000_000L + random.nextInt(1_000_000_000);
      TreeSet<Long> running = new TreeSet<>();
      running.add(xmin);
      int n = 1 + random.nextInt(400);
      while (running.size() < n) {
        running.add(xmin + random.nextInt(5_000));
      }
      long xmax = running.last() + 1 + random.nextInt(50);
      StringBuilder text = new StringBuilder().append(xmin).append(':').append(xmax).append(':');
      List<String> xs = new ArrayList<>();
      running.forEach(x -> xs.add(Long.toString(x)));
      text.append(String.join(",", xs));
      String snapshot = text.toString();

      String h = Horizon.compact(snapshot);
      assertThat(h.length()).as("%d in progress, %d chars of PostgreSQL's text", n, snapshot.length())
          .isLessThanOrEqualTo(200);
      String back = Horizon.read(h);
      assertThat(back).isNotNull();
      for (long x = xmin - 3; x < xmax + 3; x++) {
        if (visible(back, x)) {
          assertThat(visible(snapshot, x)).as("xid %d in %s from %s", x, back, snapshot).isTrue();
        }
      }
      // The oldest transactions in progress are kept as they were.
      List<Long> kept = xips(back);
      assertThat(kept).containsExactlyElementsOf(running.stream().limit(Horizon.KEPT).toList());
    }
  }

  @Test
  void postgresOwnTextIsStillReadAndAnythingElseRefused() {
    assertThat(Horizon.read("741:745:741,743")).isEqualTo("741:745:741,743");
    for (String bad : List.of("", "9:3:", "abc", "1", "1.", ".1", "1.-2", "1.2.0.0", "1.2.3", "Z.1", "1.2 ", "1..2",
        "zzzzzzzzzzzzz.1", "1." + "1.".repeat(Horizon.KEPT + 1) + "1")) {
      assertThat(Horizon.read(bad)).as(bad).isNull();
    }
    assertThat(Horizon.read(null)).isNull();
    assertThat(Horizon.compact(null)).isNull();
  }

  /** PostgreSQL's rule for a committed transaction: seen below xmin, and below xmax unless it was in progress. */
  private static boolean visible(String snapshot, long xid) {
    String[] p = snapshot.split(":", -1);
    long xmin = Long.parseLong(p[0]);
    long xmax = Long.parseLong(p[1]);
    return xid < xmin || xid < xmax && !Set.copyOf(xips(snapshot)).contains(xid);
  }

  private static List<Long> xips(String snapshot) {
    String list = snapshot.split(":", -1)[2];
    List<Long> out = new ArrayList<>();
    if (!list.isEmpty()) {
      for (String x : list.split(",")) {
        out.add(Long.parseLong(x));
      }
    }
    return out;
  }
}
