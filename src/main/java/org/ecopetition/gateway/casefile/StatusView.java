package org.ecopetition.gateway.casefile;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.ecopetition.gateway.lifecycle.CaseStatus;

/** What a petitioner may see of a case: never a name, an address, a phone or the facts. */
public record StatusView(String caseNumber, CaseStatus state, String department, LocalDate received,
    LocalDate noticeDue, boolean noticeDueEstimated, List<PublicReply> replies, List<Step> timeline,
    LocalDate accepted, LocalDate handlingDue, boolean handlingDueEstimated) {

  public record PublicReply(Instant at, String text) {}

  /** A step of the procedure the case went through, and when. */
  public record Step(Instant at, CaseStatus state) {}
}
