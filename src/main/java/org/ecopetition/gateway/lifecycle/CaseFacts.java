package org.ecopetition.gateway.lifecycle;

import java.time.LocalDate;
import java.util.Set;

/**
 * What the procedure needs to know of a case: its status, category and Art 24 subtype, the staff who must
 * recuse themselves (Art 21), whether it was extended already (Art 29), the day the last written reply
 * was delivered (送达) to the petitioner, from which the review windows run (Art 30, 31), and the day it
 * was received and whether it was transferred in by another office, from which an objection runs (Art 17).
 */
public record CaseFacts(CaseStatus status, String category, Integer subtype, Set<String> recused, boolean extended,
    LocalDate lastDelivery, boolean hearingOpen, LocalDate received, boolean transferredIn) {

  public CaseFacts {
    recused = Set.copyOf(recused);
  }

  /** A matter the petitioner raised directly, received on a day that does not matter to the question asked. */
  public CaseFacts(CaseStatus status, String category, Integer subtype, Set<String> recused, boolean extended,
      LocalDate lastDelivery, boolean hearingOpen) {
    this(status, category, subtype, recused, extended, lastDelivery, hearingOpen, null, false);
  }

  boolean subtype(int n) {
    return "申诉求决".equals(category) && subtype != null && subtype == n;
  }
}
