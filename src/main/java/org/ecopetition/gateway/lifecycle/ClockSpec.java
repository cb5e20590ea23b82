package org.ecopetition.gateway.lifecycle;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.ecopetition.gateway.tsv.Tsv;

/**
 * One deadline clock of the regulation, as a row of {@code lifecycle/clocks.tsv}: its length and unit, the
 * event that starts it, the cases it applies to, its article, and its length on the fast track (Art 32).
 */
public record ClockSpec(String id, int length, Unit unit, String trigger, String appliesTo, String article,
    Integer fastTrackLength) {

  public enum Unit { DAY, WORKDAY }

  public static List<ClockSpec> bundled() {
    try (InputStream in = ClockSpec.class.getResourceAsStream("/lifecycle/clocks.tsv")) {
      return parse(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static List<ClockSpec> parse(InputStream in) throws IOException {
    List<ClockSpec> out = new ArrayList<>();
    for (Tsv.Row row : Tsv.read(in)) {
      String[] f = row.fields();
      if (f.length != 7) {
        throw new IOException("clocks.tsv line " + row.line() + ": expected 7 columns");
      }
      out.add(new ClockSpec(f[0], Integer.parseInt(f[1]), Unit.valueOf(f[2].toUpperCase()), f[3], f[4], f[5],
          f[6].equals("-") ? null : Integer.valueOf(f[6])));
    }
    return List.copyOf(out);
  }

  /**
   * This clock with the length another law sets (Art 27: 法律、法规另有规定的，从其规定); the fast track never
   * lengthens it.
   */
  public ClockSpec withLength(int days, String basis) {
    Integer fast = fastTrackLength == null ? null : Math.min(fastTrackLength, days);
    return new ClockSpec(id, days, unit, trigger, appliesTo, basis, fast);
  }

  public static Optional<ClockSpec> byId(List<ClockSpec> specs, String id) {
    return specs.stream().filter(c -> c.id().equals(id)).findFirst();
  }
}
