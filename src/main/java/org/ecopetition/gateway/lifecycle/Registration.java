package org.ecopetition.gateway.lifecycle;

import java.time.LocalDate;
import org.ecopetition.gateway.calendar.Deadline;

/**
 * A matter's clocks at registration: the Art 17 decision and notice within 15 days of receipt, the 5 working days
 * to object to a matter transferred in, and, where the deployment accepts clear complaints at once, the handling
 * limit that acceptance starts (null otherwise).
 */
public record Registration(Deadline notice, LocalDate objectionDue, Deadline handling) {
  public boolean acceptedAtOnce() {
    return handling != null;
  }
}
