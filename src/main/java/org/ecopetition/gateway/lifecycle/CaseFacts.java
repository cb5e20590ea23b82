package org.ecopetition.gateway.lifecycle;

import java.time.LocalDate;
import java.util.Set;

/**
 * What the procedure needs to know of a case: its status, category and Art 24 subtype, the staff who must
 * recuse themselves (Art 21), whether it was extended already (Art 29), and the day the last written reply
 * was delivered (送达) to the petitioner, from which the review windows run (Art 30, 31).
 */
public record CaseFacts(CaseStatus status, String category, Integer subtype, Set<String> recused, boolean extended,
    LocalDate lastDelivery, boolean hearingOpen) {

  public CaseFacts {
    recused = Set.copyOf(recused);
  }

  boolean subtype(int n) {
    return "申诉求决".equals(category) && subtype != null && subtype == n;
  }
}
