package org.ecopetition.gateway.lifecycle;

import org.ecopetition.gateway.text.Label;

/**
 * Where a case stands in the regulation's procedure (its words are in the message catalogue); stored as
 * {@link #code()} in {@code cases.state} and {@code case_events.state_to}.
 */
public enum CaseStatus implements Label {
  REGISTERED,
  ACCEPTED,
  TRANSFERRED,
  REFERRED,
  NOT_ACCEPTED,
  HANDLING,
  REPLIED,
  OPINION_ISSUED,
  MEDIATED,
  CLOSED,
  REVIEW_REQUESTED,
  REVIEW_REPLIED,
  REREVIEW_REQUESTED,
  FINAL,
  OBJECTED,
  RETURNED;

  @Override
  public String messageKey() {
    return "status." + code();
  }

  public String code() {
    return name().toLowerCase();
  }

  public static CaseStatus of(String code) {
    return valueOf(code.toUpperCase());
  }
}
