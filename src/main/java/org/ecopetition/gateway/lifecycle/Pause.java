package org.ecopetition.gateway.lifecycle;

import java.time.LocalDate;

/** A stretch of days a clock does not count: a hearing, from its first day to its last (Art 33). */
public record Pause(LocalDate from, LocalDate to) {
  public Pause {
    if (to.isBefore(from)) {
      throw new IllegalArgumentException("a pause ends before it starts");
    }
  }

  boolean covers(LocalDate d) {
    return !d.isBefore(from) && !d.isAfter(to);
  }
}
