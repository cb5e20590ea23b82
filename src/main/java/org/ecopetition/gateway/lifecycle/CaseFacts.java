package org.ecopetition.gateway.lifecycle;

import java.time.LocalDate;
import java.util.Set;

/**
 * What the procedure needs to know of a case: its status, category and Art 24 subtype, the staff who must
 * recuse themselves (Art 21), whether it was extended already (Art 29), the day the last written reply
 * was delivered (送达) to the petitioner, from which the review windows run (Art 30, 31), and the day it
 * was received and whether it was transferred in by another office, from which an objection runs (Art 17).
 * {@code lastActOn}: the day the latest act took effect (a later one may not take effect before it);
 * {@code handlingDue}: the running limit (an extension must come before it runs out, Art 29);
 * {@code reviewStage}: 0 no review answered, 1 a review answered, 2 a re-review answered (Art 30, 31);
 * {@code opinionBy}, {@code reviewBody}: who issued the opinion, and where the review went (a body never reviews its
 * own opinion). {@code accusedUnits}: for an accusation, the directory codes of the units it accuses (Art 23: it never
 * goes to them or to a unit under them); {@code accusedConfirmed}: staff confirmed them (before, it is not transferred).
 */
public record CaseFacts(CaseStatus status, String category, Integer subtype, Set<String> recused, boolean extended,
    LocalDate lastDelivery, boolean hearingOpen, LocalDate received, boolean transferredIn, LocalDate lastActOn,
    LocalDate handlingDue, int reviewStage, String opinionBy, String reviewBody, Set<String> accusedUnits,
    boolean accusedConfirmed) {

  public CaseFacts {
    recused = Set.copyOf(recused);
    accusedUnits = accusedUnits == null ? Set.of() : Set.copyOf(accusedUnits);
  }

  /** A case accusing no unit (or not an accusation). */
  public CaseFacts(CaseStatus status, String category, Integer subtype, Set<String> recused, boolean extended,
      LocalDate lastDelivery, boolean hearingOpen, LocalDate received, boolean transferredIn, LocalDate lastActOn,
      LocalDate handlingDue, int reviewStage, String opinionBy, String reviewBody) {
    this(status, category, subtype, recused, extended, lastDelivery, hearingOpen, received, transferredIn, lastActOn,
        handlingDue, reviewStage, opinionBy, reviewBody, Set.of(), false);
  }

  /** An accusation against officials (检举控告, Art 23). */
  public boolean accusation() {
    return "检举控告".equals(category);
  }

  public CaseFacts(CaseStatus status, String category, Integer subtype, Set<String> recused, boolean extended,
      LocalDate lastDelivery, boolean hearingOpen, LocalDate received, boolean transferredIn) {
    this(status, category, subtype, recused, extended, lastDelivery, hearingOpen, received, transferredIn, null, null,
        0, null, null, Set.of(), false);
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
