package org.ecopetition.gateway.dialog;

import java.util.Map;

/**
 * Something the dialog asks the world to do (register a case, look up a status). The caller performs it in
 * the same transaction as the turn and hands the outcome back to {@link DialogEngine#resume}.
 */
public record Effect(String action, Map<String, String> slots, String lang) {
  public static final String REGISTER_CASE = "register_case";
  /** A message after the receipt added to the case registered in the conversation. */
  public static final String ADD_TO_CASE = "add_to_case";
  public static final String QUERY_STATUS = "query_status";
  /** The progress of the case registered in the conversation, asked there: the conversation is its owner, no code. */
  public static final String CASE_PROGRESS = "case_progress";
  public static final String REQUEST_REVIEW = "request_review";
  public static final String EVALUATE = "evaluate";
}
