package org.ecopetition.gateway.lifecycle;

import java.time.LocalDate;

/**
 * What an applied command changes on a case: its status and every clock and flag after it, the history entry's
 * kind and article, and by when the notice it owes must reach the petitioner (null: no limit). Also where the case
 * now is ({@code responsibleCode}, {@code department}: a transfer's destination; {@code referredTo}: the organ a
 * referral names), the review path ({@code opinionBy}, {@code reviewBody}, {@code reviewStage}), the day of the
 * latest act, the day the written opinion awaiting delivery was issued, and whether the act came late.
 */
public record CaseChange(CaseStatus status, String article, String eventKind, LocalDate acceptedDate,
    LocalDate handlingDue, boolean handlingDueEstimated, boolean extended, boolean hearingOpen, LocalDate lastDelivery,
    int extensionDays, boolean fastTrack, LocalDate noticeDue, boolean noticeDueEstimated, String handlingBasis,
    LocalDate reportDue, boolean reportDueEstimated, LocalDate noticeOwedBy, String responsibleCode,
    String department, String referredTo, String opinionBy, String reviewBody, int reviewStage, LocalDate lastActOn,
    LocalDate replyIssuedOn, Lateness late) {}
