package org.ecopetition.gateway.routing;

import java.time.LocalDate;
import java.util.function.Predicate;

/**
 * An earlier case, open or concluded, as routing compares it: who raised it (phone), about what (polluter,
 * place, kind), where it is handled, and whether a re-review has concluded it for good (Art 31).
 * {@code samePhone}: whether a phone is this case's — asked only of a case that is otherwise the same matter, so that
 * a store keeping phones sealed opens one only then (issue 16); {@code phone} may then be null (not opened).
 */
public record PriorCase(String caseNumber, String phone, String polluter, String placeCode, String kind,
    boolean open, boolean accepted, Department.Level handledAt, boolean finalAfterReReview, LocalDate received,
    Predicate<String> samePhone) {

  /** A prior case whose phone is known as it was given: the same phone is the equal text. */
  public PriorCase(String caseNumber, String phone, String polluter, String placeCode, String kind, boolean open,
      boolean accepted, Department.Level handledAt, boolean finalAfterReReview, LocalDate received) {
    this(caseNumber, phone, polluter, placeCode, kind, open, accepted, handledAt, finalAfterReReview, received,
        phone == null ? x -> false : phone::equals);
  }

  /** Whether {@code phone} (not null) is the phone of this case. */
  boolean samePhoneAs(String phone) {
    return samePhone.test(phone);
  }
}
