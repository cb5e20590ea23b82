package org.ecopetition.gateway.lifecycle;

import java.time.LocalDate;
import java.util.List;

/**
 * What a decision needs beyond the case row: the hearings that paused its clocks (Art 33), the result report's days
 * a transfer sets (null: the routing proposal's), and the day the act is recorded (the clock's, in Beijing): an act
 * never takes effect after it, and a window is checked against it as well as against the effective day.
 */
public record Circumstances(List<Pause> hearings, Integer reportDays, LocalDate today) {
  public Circumstances {
    hearings = List.copyOf(hearings);
  }
}
