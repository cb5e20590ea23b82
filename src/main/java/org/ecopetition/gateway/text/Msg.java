package org.ecopetition.gateway.text;

/**
 * The catalogue keys the gateway's code uses (the words of labels — case states, acts — are checked apart). The
 * catalogues may hold more; each of these must be there in both languages or the gateway does not start.
 */
public enum Msg {
  CHAT_EVALUATE_NO_REPLY("chat.evaluate_no_reply"),
  CHAT_REVIEW_REQUEST("chat.review_request"),
  CHAT_REREVIEW_REQUEST("chat.rereview_request"),
  CHAT_REVIEWER("chat.reviewer"),
  CHAT_NOTE_REPEAT("chat.note_repeat"),
  CHAT_NOTE_REFER("chat.note_refer"),
  CHAT_WAITING_RECEIVED("chat.waiting_received"),
  CHAT_WAITING_OUT_OF_HOURS("chat.waiting_out_of_hours"),
  CHAT_STAFF_JOINED("chat.staff_joined"),
  CHAT_STAFF_LEFT("chat.staff_left"),
  CHAT_CLOSED("chat.closed"),
  ERROR_BAD_JSON("error.bad_json"),
  ERROR_BAD_DATE("error.bad_date"),
  ERROR_UNKNOWN_TYPE("error.unknown_type"),
  ERROR_EMPTY_MESSAGE("error.empty_message"),
  ERROR_MESSAGE_TOO_LONG("error.message_too_long"),
  ERROR_BAD_CLIENT_MSG_ID("error.bad_client_msg_id"),
  ERROR_UNKNOWN_CONVERSATION("error.unknown_conversation"),
  ERROR_NOT_STARTED("error.not_started"),
  ERROR_NOT_FOUND("error.not_found"),
  ERROR_TOO_MANY_ATTEMPTS("error.too_many_attempts"),
  ERROR_BODY_TOO_LARGE("error.body_too_large"),
  ERROR_NO_SUCH_PAGE("error.no_such_page"),
  ERROR_NOT_READY("error.not_ready"),
  ERROR_INTERNAL("error.internal"),
  ERROR_CONFLICT("error.conflict"),
  NOTICE_REASON("notice.reason"),
  NOTICE_ACCEPT("notice.accept"),
  NOTICE_ACCEPT_WITH_DUE("notice.accept_with_due"),
  NOTICE_TRANSFER("notice.transfer"),
  NOTICE_TRANSFER_SOMEWHERE("notice.transfer_somewhere"),
  NOTICE_REFER("notice.refer"),
  NOTICE_REFER_SOMEWHERE("notice.refer_somewhere"),
  NOTICE_NOT_ACCEPT("notice.not_accept"),
  NOTICE_REPLY("notice.reply"),
  NOTICE_EXTEND("notice.extend"),
  NOTICE_FAST_TRACK_DUE("notice.fast_track_due"),
  NOTICE_FAST_TRACK_REGISTERED("notice.fast_track_registered"),
  NOTICE_FAST_TRACK("notice.fast_track"),
  NOTICE_FORWARD_REVIEW("notice.forward_review"),
  NOTICE_CLOSE("notice.close"),
  REFUSAL_NO_ACTOR("refusal.no_actor"),
  REFUSAL_RECUSED("refusal.recused"),
  REFUSAL_WRONG_STATE("refusal.wrong_state"),
  REFUSAL_REASON_REQUIRED("refusal.reason_required"),
  REFUSAL_FORWARD_NEEDS_BODY("refusal.forward_needs_body"),
  REFUSAL_REPLY_NEEDS_OPINION("refusal.reply_needs_opinion"),
  REFUSAL_OPINION_ONLY_SUBTYPE_4("refusal.opinion_only_subtype_4"),
  REFUSAL_MEDIATION_ONLY_APPEALS("refusal.mediation_only_appeals"),
  REFUSAL_HEARING_OPEN("refusal.hearing_open"),
  REFUSAL_HEARING_NOT_OPEN("refusal.hearing_not_open"),
  REFUSAL_EXTEND_ONLY_SUBTYPE_4("refusal.extend_only_subtype_4"),
  REFUSAL_EXTENDED_ONCE("refusal.extended_once"),
  REFUSAL_EXTENSION_TOO_LONG("refusal.extension_too_long"),
  REFUSAL_EXTENSION_NEEDS_REASON("refusal.extension_needs_reason"),
  REFUSAL_EXTENSION_NEEDS_APPROVAL("refusal.extension_needs_approval"),
  REFUSAL_FAST_TRACK_ONLY_COMPLAINTS("refusal.fast_track_only_complaints"),
  REFUSAL_FAST_TRACK_NEEDS_REASON("refusal.fast_track_needs_reason"),
  REFUSAL_OBJECT_ONLY_TRANSFERRED("refusal.object_only_transferred"),
  REFUSAL_OBJECT_NEEDS_REASONS("refusal.object_needs_reasons"),
  REFUSAL_OBJECT_TOO_LATE("refusal.object_too_late"),
  REFUSAL_REPORT_AFTER_CONCLUSION("refusal.report_after_conclusion"),
  REFUSAL_REPORT_ONLY_TRANSFERRED("refusal.report_only_transferred"),
  REFUSAL_REPORT_NEEDS_RESULT("refusal.report_needs_result"),
  REFUSAL_REWARD_ONLY_REPORTS("refusal.reward_only_reports"),
  REFUSAL_REWARD_AFTER_CONCLUSION("refusal.reward_after_conclusion"),
  REFUSAL_REWARD_NEEDS_REASON("refusal.reward_needs_reason"),
  REFUSAL_FINAL_AFTER_REREVIEW("refusal.final_after_rereview"),
  REFUSAL_REVIEW_ONLY_OPINIONS("refusal.review_only_opinions"),
  REFUSAL_REREVIEW_ONLY_OPINIONS("refusal.rereview_only_opinions"),
  REFUSAL_NOT_DELIVERED("refusal.not_delivered"),
  REFUSAL_REVIEW_TOO_LATE("refusal.review_too_late"),
  STATUS_DATE_ESTIMATED("status.date.estimated"),
  STATUS_DATE_REGISTERED_ON("status.date.registered_on"),
  STATUS_DATE_DECISION_DUE("status.date.decision_due"),
  STATUS_DATE_ACCEPTED_ON("status.date.accepted_on"),
  STATUS_DATE_HANDLING_DUE("status.date.handling_due"),
  STATUS_DATE_REVIEW_DUE("status.date.review_due"),
  STATUS_DATE_REREVIEW_DUE("status.date.rereview_due"),
  STATUS_NO_REPLY("status.no_reply"),
  STATUS_REPLIES("status.replies");

  private final String key;

  Msg(String key) {
    this.key = key;
  }

  public String key() {
    return key;
  }
}
