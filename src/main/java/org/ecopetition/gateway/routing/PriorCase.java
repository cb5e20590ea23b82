package org.ecopetition.gateway.routing;

import java.time.LocalDate;

/**
 * An earlier case, open or concluded, as routing compares it: who raised it (phone), about what (polluter,
 * place, kind), where it is handled, and whether a re-review has concluded it for good (Art 31).
 */
public record PriorCase(String caseNumber, String phone, String polluter, String placeCode, String kind,
    boolean open, boolean accepted, Department.Level handledAt, boolean finalAfterReReview, LocalDate received) {}
