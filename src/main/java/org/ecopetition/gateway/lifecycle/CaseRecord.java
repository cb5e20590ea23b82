package org.ecopetition.gateway.lifecycle;

import java.time.LocalDate;

/**
 * A case as the lifecycle decides on it: its procedural facts, its clocks as stored, and its version.
 * {@code proposedReportDays}: the routing proposal's report deadline for a transfer (Art 17(1)(4));
 * {@code proposedDepartment}: the directory code routing proposed (a transfer's default destination);
 * {@code responsibleCode}, {@code department}: the department now responsible, its code (null: this deployment's)
 * and name; {@code referredTo}: the organ a referral named; {@code replyIssuedOn}: the day the written opinion
 * awaiting delivery was issued.
 */
public record CaseRecord(long id, CaseFacts facts, long version, LocalDate acceptedDate, boolean fastTrack,
    int extensionDays, LocalDate receivedDate, LocalDate noticeDue, boolean noticeDueEstimated, String matter,
    LocalDate handlingDue, boolean handlingDueEstimated, String handlingBasis, LocalDate reportDue,
    boolean reportDueEstimated, boolean raisedDirectly, Integer proposedReportDays, String proposedDepartment,
    String responsibleCode, String department, String referredTo, LocalDate replyIssuedOn) {}
