package org.ecopetition.gateway.casefile;

import org.ecopetition.gateway.calendar.Deadline;
import org.ecopetition.gateway.routing.Proposal;

/**
 * A registered case: its number, the query code (to show once, never stored), the notice deadline, the
 * routing proposal made for the department, and the handling deadline when it was accepted at once
 * (null otherwise). {@code told}: the proposal as the one who raised it may be told of it ({@code Router#told}):
 * {@code proposal} itself unless it calls an earlier case from elsewhere theirs by a typed phone.
 */
public record Registered(long id, String caseNumber, String queryCode, Deadline noticeDue, Proposal proposal,
    Deadline handlingDue, Proposal told) {}
