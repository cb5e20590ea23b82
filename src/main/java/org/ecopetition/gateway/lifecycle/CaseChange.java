package org.ecopetition.gateway.lifecycle;

import java.time.LocalDate;

/**
 * What an applied command changes on a case: its status and every clock and flag after it, the history entry's
 * kind and article, and by when the notice it owes must reach the petitioner (null: no limit).
 */
public record CaseChange(CaseStatus status, String article, String eventKind, LocalDate acceptedDate,
    LocalDate handlingDue, boolean handlingDueEstimated, boolean extended, boolean hearingOpen, LocalDate lastDelivery,
    int extensionDays, boolean fastTrack, LocalDate noticeDue, boolean noticeDueEstimated, String handlingBasis,
    LocalDate reportDue, boolean reportDueEstimated, LocalDate noticeOwedBy) {}
