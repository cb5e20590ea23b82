package org.ecopetition.gateway.lifecycle;

import java.time.LocalDate;

/**
 * A case as the lifecycle decides on it: its procedural facts, its clocks as stored, and its version.
 * {@code proposedReportDays}: the routing proposal's report deadline for a transfer (Art 17(1)(4)).
 */
public record CaseRecord(long id, CaseFacts facts, long version, LocalDate acceptedDate, boolean fastTrack,
    int extensionDays, LocalDate receivedDate, LocalDate noticeDue, boolean noticeDueEstimated, String matter,
    LocalDate handlingDue, boolean handlingDueEstimated, String handlingBasis, LocalDate reportDue,
    boolean reportDueEstimated, boolean raisedDirectly, Integer proposedReportDays) {}
