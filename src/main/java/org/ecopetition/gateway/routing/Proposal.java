package org.ecopetition.gateway.routing;

import java.util.List;

/**
 * The proposed disposition of a matter. A proposal only: accepting, transferring, referring and refusing
 * are acts of the department (Art 17), confirmed by staff. Every proposal says why, in plain Chinese and
 * English, and on which articles it rests. {@code excluded}: departments that must never see the case (the
 * accused unit, Art 23); {@code alsoNotify}: departments to inform (the level above for a major matter).
 */
public record Proposal(Decision decision, Department department, String referral, String reasonZh,
    String reasonEn, List<String> articles, boolean reportRequired, Integer reportDays, List<String> alsoNotify,
    List<String> excluded, String duplicateOf, boolean hotspot) {

  public enum Decision {
    /** Own jurisdiction: accept and tell how it will be handled (Art 17(1)). */
    ACCEPT,
    /** A lower level's: transfer or assign (转送/交办) and tell where (Art 17(2)). */
    TRANSFER,
    /** Inside the environment system but another region or level: tell the petitioner the competent one. */
    TELL_COMPETENT,
    /** Outside the environment system: tell the petitioner which organ (Art 17(3)). */
    REFER,
    /** An accusation against a department's staff: to the level above, never to the accused unit (Art 23). */
    ESCALATE,
    /** Registered but not accepted, with the reason (Art 18, 31). */
    NOT_ACCEPTED,
    /** The same matter is open already: registered, linked, the petitioner told how to follow the first. */
    REPEAT,
    /** The place is missing, unknown or ambiguous: the dialog asks. */
    MORE_INFO
  }

  public Proposal {
    articles = List.copyOf(articles);
    alsoNotify = List.copyOf(alsoNotify);
    excluded = List.copyOf(excluded);
  }
}
