package org.ecopetition.gateway.lifecycle;

import java.time.LocalDate;
import java.util.Set;

/**
 * A correction of what was registered (a clerk's typing error): by whom, why (mandatory), and the new values of the
 * facts asked to change — null for a fact left as it is. {@code identity}: the names of the identity items corrected
 * (name, phone, address: their values never reach the pure core); {@code place}, {@code kind}: whether the place or
 * the kind of pollution changes (routing reads them). {@code category} and {@code subtype} change the procedure,
 * {@code receivedOn} every clock that runs from receipt (Art 17).
 */
public record Correction(String actor, String reason, Set<String> identity, String category, Integer subtype,
    LocalDate receivedOn, boolean place, boolean kind) {

  public Correction {
    identity = identity == null ? Set.of() : Set.copyOf(identity);
  }

  /** Whether a fact the acceptance decision rests on is corrected (the category, receipt, place or kind). */
  boolean touchesTheMatter() {
    return category != null || subtype != null || receivedOn != null || place || kind;
  }

  /** The result: the category, subtype and receipt after it, and every clock that runs from receipt. */
  public record Corrected(String category, Integer subtype, LocalDate receivedOn, LocalDate noticeDue,
      boolean noticeDueEstimated, LocalDate objectionDue, boolean noticeChanged, String article) {}

  /** The lifecycle's answer: refused (a value, with its article), or the correction to apply. */
  public sealed interface Decided {
    record Refused(Outcome.Rejected why) implements Decided {}

    record Applied(Corrected change) implements Decided {}
  }
}
