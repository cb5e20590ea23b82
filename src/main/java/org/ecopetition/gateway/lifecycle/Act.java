package org.ecopetition.gateway.lifecycle;

import org.ecopetition.gateway.text.Label;

/** What a member of staff (or the petitioner, for reviews) does to a case; its words are in the message catalogue. */
public enum Act implements Label {
  ACCEPT, TRANSFER, REFER, NOT_ACCEPT, START_HANDLING, REPLY, ISSUE_OPINION, MEDIATE, CLOSE, EXTEND, START_HEARING, END_HEARING, REQUEST_REVIEW, REPLY_REVIEW, REQUEST_REREVIEW, REPLY_REREVIEW, FAST_TRACK, FORWARD_REVIEW, OBJECT, RETURN, REPORT_RESULT, REWARD;

  @Override
  public String messageKey() {
    return "act." + name().toLowerCase();
  }
}
