package org.ecopetition.gateway.lifecycle;

import java.time.LocalDate;
import java.util.Map;

/**
 * An act on a case, by whom, on which day it takes effect (Beijing date; the day it is recorded is the clock's), why;
 * for an extension its days and the responsible person who approved it (Art 29); for a transfer, a referral or a
 * forwarded review, where the matter goes. {@code terms}: what else the act decides — a non-acceptance's ground, an
 * opinion's outcome, legal basis and findings (Art 25), an agreement (Art 26), a reward's finding and rule (Art 36),
 * the body that answered a review — by name (see {@link #term}).
 */
public record Command(Act act, String actor, LocalDate on, String reason, Integer days, String approver, String to,
    Map<String, String> terms) {

  public Command {
    terms = terms == null ? Map.of() : Map.copyOf(terms);
  }

  public Command(Act act, String actor, LocalDate on, String reason, Integer days, String approver, String to) {
    this(act, actor, on, reason, days, approver, to, Map.of());
  }

  public static Command of(Act act, String actor, LocalDate on, String reason) {
    return new Command(act, actor, on, reason, null, null, null);
  }

  /** A term of the act, stripped; null when absent or blank. */
  public String term(String name) {
    String v = terms.get(name);
    return v == null || v.isBlank() ? null : v.strip();
  }

  /** The destination given, stripped; null when absent or blank. */
  public String destination() {
    return to == null || to.isBlank() ? null : to.strip();
  }

  boolean hasReason() {
    return reason != null && !reason.isBlank();
  }

  /** The same act taking effect on another day (the lifecycle's default for a destination, a body). */
  Command to(String where) {
    return new Command(act, actor, on, reason, days, approver, where, terms);
  }
}
