package org.ecopetition.gateway.casefile;

import org.ecopetition.gateway.calendar.Deadline;

/** A registered case: its number, the query code (to show once, never stored) and the notice deadline. */
public record Registered(long id, String caseNumber, String queryCode, Deadline noticeDue) {}
