package org.ecopetition.gateway.lifecycle;

import java.time.LocalDate;

/**
 * An act on a case, by whom, on which day (Beijing date), why; for an extension its days and the
 * responsible person who approved it (Art 29); for a transfer or a forwarded review, where the matter goes.
 */
public record Command(Act act, String actor, LocalDate on, String reason, Integer days, String approver, String to) {
  public static Command of(Act act, String actor, LocalDate on, String reason) {
    return new Command(act, actor, on, reason, null, null, null);
  }
}
