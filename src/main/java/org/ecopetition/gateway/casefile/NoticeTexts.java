package org.ecopetition.gateway.casefile;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.ecopetition.gateway.lifecycle.CaseChange;
import org.ecopetition.gateway.lifecycle.CaseStatus;
import org.ecopetition.gateway.lifecycle.Command;
import org.ecopetition.gateway.notice.Recipient;
import org.ecopetition.gateway.text.Catalogue;
import org.ecopetition.gateway.text.Msg;

/**
 * What the petitioner is told when the department acts (Art 17, 25, 29): in their language, with the reason, in the
 * catalogue's words; sent into the conversation the matter came from, where the chat shows it at once.
 */
final class NoticeTexts {
  private final Catalogue words;
  private final StatusText status;

  NoticeTexts(Catalogue words) {
    this.words = words;
    this.status = new StatusText(words);
  }

  /** The notice an act owes the petitioner, if any; for a transfer or a referral {@code cmd.to()} says where. */
  Optional<String> text(Command cmd, Recipient t, CaseChange u, String publicText) {
    String lang = t.lang();
    boolean somewhere = cmd.to() == null || cmd.to().isBlank();
    Map<String, Object> v = new HashMap<>();
    v.put("caseNumber", t.caseNumber());
    v.put("department", t.department());
    v.put("to", somewhere ? "" : cmd.to());
    v.put("reason", cmd.reason() == null || cmd.reason().isBlank() ? ""
        : words.text(Msg.NOTICE_REASON, lang, Map.of("reason", cmd.reason())));
    // Dates as the petitioner reads them everywhere else, marked when estimated.
    v.put("due", u.handlingDue() == null ? "" : status.deadline(u.handlingDue(), u.handlingDueEstimated(), lang));
    v.put("told", u.noticeDue() == null ? "" : status.deadline(u.noticeDue(), u.noticeDueEstimated(), lang));
    v.put("days", cmd.days() == null ? "" : cmd.days());
    v.put("text", publicText == null ? "" : publicText);
    Msg key = switch (cmd.act()) {
      case ACCEPT -> u.handlingDue() == null ? Msg.NOTICE_ACCEPT : Msg.NOTICE_ACCEPT_WITH_DUE;
      case TRANSFER -> somewhere ? Msg.NOTICE_TRANSFER_SOMEWHERE : Msg.NOTICE_TRANSFER;
      case REFER -> somewhere ? Msg.NOTICE_REFER_SOMEWHERE : Msg.NOTICE_REFER;
      case NOT_ACCEPT -> Msg.NOTICE_NOT_ACCEPT;
      case REPLY, ISSUE_OPINION, REPLY_REVIEW -> publicText == null ? null : Msg.NOTICE_REPLY;
      case EXTEND -> Msg.NOTICE_EXTEND;
      case FAST_TRACK -> u.handlingDue() != null ? Msg.NOTICE_FAST_TRACK_DUE
          : u.status() == CaseStatus.REGISTERED ? Msg.NOTICE_FAST_TRACK_REGISTERED : Msg.NOTICE_FAST_TRACK;
      case FORWARD_REVIEW -> Msg.NOTICE_FORWARD_REVIEW;
      case CLOSE -> Msg.NOTICE_CLOSE;
      default -> null;
    };
    return Optional.ofNullable(key).map(k -> words.text(k, lang, v));
  }
}
