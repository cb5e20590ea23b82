package org.ecopetition.gateway.casefile;

import org.ecopetition.gateway.calendar.Deadline;
import org.ecopetition.gateway.routing.Proposal;

/**
 * A registered case: its number, the query code (to show once, never stored), the notice deadline, the
 * routing proposal made for the department, and the handling deadline when it was accepted at once
 * (null otherwise).
 */
public record Registered(long id, String caseNumber, String queryCode, Deadline noticeDue, Proposal proposal,
    Deadline handlingDue) {}
