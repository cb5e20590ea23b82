package org.ecopetition.gateway.casefile;

import org.ecopetition.gateway.calendar.Deadline;
import org.ecopetition.gateway.routing.Proposal;

/**
 * A registered case: its number, the query code (to show once, never stored), the notice deadline and the
 * routing proposal made for the department.
 */
public record Registered(long id, String caseNumber, String queryCode, Deadline noticeDue, Proposal proposal) {}
