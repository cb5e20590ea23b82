package org.ecopetition.gateway.casefile;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.ecopetition.gateway.lifecycle.CaseChange;
import org.ecopetition.gateway.lifecycle.CaseStatus;
import org.ecopetition.gateway.lifecycle.Command;
import org.ecopetition.gateway.lifecycle.Lifecycle;
import org.ecopetition.gateway.notice.Recipient;
import org.ecopetition.gateway.text.Catalogue;
import org.ecopetition.gateway.text.Msg;

/**
 * What the petitioner is told when the department acts (Art 17, 25, 26, 29-31, 36): in their language, with the
 * reason, in the catalogue's words, naming the department or organ the matter went to and the body a review goes to.
 */
final class NoticeTexts {
  private final Catalogue words;
  private final StatusText status;
  private final Lifecycle.Seat seat;

  private final java.util.function.UnaryOperator<String> englishNames;

  NoticeTexts(Catalogue words, Lifecycle.Seat seat, java.util.function.UnaryOperator<String> englishNames) {
    this.words = words;
    this.status = new StatusText(words);
    this.seat = seat;
    this.englishNames = englishNames;
  }

  /** A body's name in the reader's language (no Chinese left in an English notice but the official name beside). */
  private String body(String name, String lang) {
    return name == null || name.isEmpty() || !"en".equals(lang) ? name : englishNames.apply(name);
  }

  /** The notice an act owes the petitioner, if any. */
  Optional<String> text(Command cmd, Recipient t, CaseChange u, String publicText) {
    String lang = t.lang();
    Map<String, Object> v = new HashMap<>();
    v.put("caseNumber", t.caseNumber());
    v.put("department", body(u.department() != null ? u.department() : t.department(), lang));
    v.put("to", body(switch (cmd.act()) {
      case TRANSFER -> u.department();
      case REFER -> u.referredTo();
      case FORWARD_REVIEW -> u.reviewBody();
      default -> "";
    }, lang));
    v.put("reason", cmd.reason() == null || cmd.reason().isBlank() ? ""
        : words.text(Msg.NOTICE_REASON, lang, Map.of("reason", cmd.reason())));
    v.put("article", u.article());
    // Dates as the petitioner reads them everywhere else, marked when estimated.
    v.put("due", u.handlingDue() == null ? "" : status.deadline(u.handlingDue(), u.handlingDueEstimated(), lang));
    v.put("told", u.noticeDue() == null ? "" : status.deadline(u.noticeDue(), u.noticeDueEstimated(), lang));
    v.put("days", cmd.days() == null ? "" : cmd.days());
    v.put("text", publicText == null ? "" : publicText);
    v.put("findings", orEmpty(cmd.term("findings")));
    v.put("basis", orEmpty(cmd.term("basis")));
    v.put("outcome", cmd.term("outcome") == null ? "" : words.text(switch (cmd.term("outcome")) {
      case "support" -> Msg.OUTCOME_SUPPORT;
      case "explain" -> Msg.OUTCOME_EXPLAIN;
      default -> Msg.OUTCOME_NOT_SUPPORT;
    }, lang));
    v.put("by", body(orEmpty(u.opinionBy()), lang));
    v.put("reviewer", body(cmd.act() == org.ecopetition.gateway.lifecycle.Act.ISSUE_OPINION ? seat.reviewBody()
        : seat.rereviewBody(), lang));
    v.put("kind", words.text("reconciliation".equals(cmd.term("kind")) ? Msg.AGREEMENT_RECONCILIATION
        : Msg.AGREEMENT_MEDIATION, lang));
    v.put("agreement", orEmpty(cmd.term("agreement")));
    v.put("rule", orEmpty(cmd.term("rule")));
    Msg key = switch (cmd.act()) {
      case ACCEPT -> u.handlingDue() == null ? Msg.NOTICE_ACCEPT : Msg.NOTICE_ACCEPT_WITH_DUE;
      case TRANSFER -> Msg.NOTICE_TRANSFER;
      case REFER -> Msg.NOTICE_REFER;
      case NOT_ACCEPT -> Msg.NOTICE_NOT_ACCEPT;
      case REPLY -> publicText == null ? null : Msg.NOTICE_REPLY;
      case ISSUE_OPINION -> Msg.NOTICE_OPINION;
      case REPLY_REVIEW -> Msg.NOTICE_REVIEW_REPLY;
      case REPLY_REREVIEW -> Msg.NOTICE_REREVIEW_REPLY;
      case MEDIATE -> Msg.NOTICE_MEDIATE;
      case REWARD -> Msg.NOTICE_REWARD;
      case EXTEND -> Msg.NOTICE_EXTEND;
      case FAST_TRACK -> u.handlingDue() != null ? Msg.NOTICE_FAST_TRACK_DUE
          : u.status() == CaseStatus.REGISTERED ? Msg.NOTICE_FAST_TRACK_REGISTERED : Msg.NOTICE_FAST_TRACK;
      case FORWARD_REVIEW -> Msg.NOTICE_FORWARD_REVIEW;
      case CLOSE -> Msg.NOTICE_CLOSE;
      default -> null;
    };
    return Optional.ofNullable(key).map(k -> words.text(k, lang, v));
  }

  /**
   * What the petitioner is told when a corrected date of receipt moves the day by which they were told whether their
   * matter is accepted (Art 17): the new date of receipt and the new day.
   */
  String receivedCorrected(Recipient t, org.ecopetition.gateway.lifecycle.Correction.Corrected u) {
    String lang = t.lang();
    return words.text(Msg.NOTICE_RECEIVED_CORRECTED, lang, Map.of("caseNumber", t.caseNumber(),
        "received", u.receivedOn().toString(), "told", status.deadline(u.noticeDue(), u.noticeDueEstimated(), lang)));
  }

  /**
   * A correction moved where the matter is proposed to go ({@code to}: the department or organ, as the routing names
   * it): the petitioner, told the earlier destination, is told the new one and when the decision is due.
   */
  String routingCorrected(Recipient t, String to, java.time.LocalDate noticeDue, boolean estimated) {
    String lang = t.lang();
    return words.text(Msg.NOTICE_ROUTING_CORRECTED, lang, Map.of("caseNumber", t.caseNumber(), "to", body(to, lang),
        "told", noticeDue == null ? "" : status.deadline(noticeDue, estimated, lang)));
  }

  private static String orEmpty(String s) {
    return s == null ? "" : s;
  }
}
