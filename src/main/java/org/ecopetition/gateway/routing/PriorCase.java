package org.ecopetition.gateway.routing;

import java.time.LocalDate;
import java.util.function.Predicate;

/**
 * An earlier case, open or concluded, as routing compares it: who raised it (phone), about what (polluter,
 * place, kind), where it is handled, and whether a re-review has concluded it for good (Art 31).
 * {@code samePhone}: whether a phone is this case's — asked only of a case that is otherwise the same matter, so that
 * a store keeping phones sealed opens one only then (issue 16); {@code phone} may then be null (not opened).
 * {@code sameSource}: it came from the new matter's own conversation (a messaging channel keeps one per verified
 * sender), so whoever raises the new matter raised it: a typed phone proves nothing (see {@link Router#told}).
 */
public record PriorCase(String caseNumber, String phone, String polluter, String placeCode, String kind,
    boolean open, boolean accepted, Department.Level handledAt, boolean finalAfterReReview, LocalDate received,
    Predicate<String> samePhone, boolean sameSource) {

  /** An earlier case from elsewhere (another conversation, or none). */
  public PriorCase(String caseNumber, String phone, String polluter, String placeCode, String kind, boolean open,
      boolean accepted, Department.Level handledAt, boolean finalAfterReReview, LocalDate received,
      Predicate<String> samePhone) {
    this(caseNumber, phone, polluter, placeCode, kind, open, accepted, handledAt, finalAfterReReview, received,
        samePhone, false);
  }

  /** A prior case whose phone is known as it was given: the same phone is the equal text. */
  public PriorCase(String caseNumber, String phone, String polluter, String placeCode, String kind, boolean open,
      boolean accepted, Department.Level handledAt, boolean finalAfterReReview, LocalDate received) {
    this(caseNumber, phone, polluter, placeCode, kind, open, accepted, handledAt, finalAfterReReview, received,
        phone == null ? x -> false : phone::equals);
  }

  /** This case as a stranger's: no phone is its phone (nothing is opened). */
  PriorCase phoneUnknown() {
    return new PriorCase(caseNumber, null, polluter, placeCode, kind, open, accepted, handledAt, finalAfterReReview,
        received, x -> false, sameSource);
  }

  /** Whether {@code phone} (not null) is the phone of this case. */
  boolean samePhoneAs(String phone) {
    return samePhone.test(phone);
  }
}
