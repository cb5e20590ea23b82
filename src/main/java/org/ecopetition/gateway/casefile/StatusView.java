package org.ecopetition.gateway.casefile;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.ecopetition.gateway.lifecycle.CaseStatus;

/**
 * What a petitioner may see of a case: never a name, an address, a phone or the facts. {@code department}: the
 * department now responsible (a transfer moves it); {@code referredTo}, {@code referralReason}: the organ a referral
 * named and why; {@code awaitingDelivery}: a written opinion is issued and not yet delivered (opened here with the
 * query code, it is delivered when the petitioner consented to electronic delivery); {@code letter}: the latest
 * opinion letter's parts beside its text; {@code photos}: how many photos the case carries (issue 13 §12: "照片 N
 * 张", never the photos), read in the same statement as the rest (issue 16 §4: one query).
 */
public record StatusView(String caseNumber, CaseStatus state, String department, LocalDate received,
    LocalDate noticeDue, boolean noticeDueEstimated, List<PublicReply> replies, List<Step> timeline,
    LocalDate accepted, LocalDate handlingDue, boolean handlingDueEstimated, String referredTo, String referralReason,
    LocalDate reportDue, boolean reportDueEstimated, LocalDate lastDelivery, boolean awaitingDelivery,
    boolean electronicDelivery, int reviewStage, Letter letter, int photos) {

  public record PublicReply(Instant at, String text) {}

  /** A step of the procedure the case went through, and when. */
  public record Step(Instant at, CaseStatus state) {}

  /** An opinion letter's findings (查明的事实), legal basis, outcome and issuing body (Art 25). */
  public record Letter(String findings, String basis, String outcome, String by) {}
}
