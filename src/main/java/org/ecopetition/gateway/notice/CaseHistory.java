package org.ecopetition.gateway.notice;

import io.vertx.core.Future;
import io.vertx.sqlclient.SqlClient;
import java.time.LocalDate;
import java.time.OffsetDateTime;

/**
 * The case's side of a notice: each step on the case's append-only history, and a written reply's delivery (送达),
 * from which the review windows run (Art 30, 31). The case repository, the one writer of the case tables, implements
 * it; notices never write those tables themselves.
 */
public interface CaseHistory {
  Future<Void> noticeStep(SqlClient conn, long caseId, OffsetDateTime at, String kind, String actor, String article,
      String reason);

  /**
   * The written reply awaiting delivery reached the petitioner on {@code on}, {@code how}: {@code letter} (recorded
   * by staff), {@code sms} (the gateway's delivery report), {@code web} (opened with the query code).
   */
  Future<Void> replyDelivered(SqlClient conn, long caseId, LocalDate on, String how);
}
