package org.ecopetition.gateway.casefile;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.Map;
import org.ecopetition.gateway.lifecycle.CaseStatus;
import org.ecopetition.gateway.text.Catalogue;
import org.ecopetition.gateway.text.Msg;

/** How a status reads for a petitioner, in Chinese or English, in the catalogue's words. */
public final class StatusText {
  private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

  private final Catalogue words;

  public StatusText(Catalogue words) {
    this.words = words;
  }

  /** As every text a petitioner reads says a date: 2026年12月22日, or 22 December 2026 (never ISO in English). */
  public static String date(LocalDate d, String lang) {
    return Catalogue.date(d, lang);
  }

  /** A deadline, marked when holidays beyond the official calendar could not be known. */
  public String deadline(LocalDate d, boolean estimated, String lang) {
    return date(d, lang) + (estimated ? words.text(Msg.STATUS_DATE_ESTIMATED, lang) : "");
  }

  /** Key dates as label → date, in the order a petitioner reads them. */
  public Map<String, String> dates(StatusView v, String lang) {
    Map<String, String> m = new LinkedHashMap<>();
    m.put(words.text(Msg.STATUS_DATE_REGISTERED_ON, lang), date(v.received(), lang));
    if (v.state() == CaseStatus.REGISTERED || v.state() == CaseStatus.OBJECTED) {
      m.put(words.text(Msg.STATUS_DATE_DECISION_DUE, lang), deadline(v.noticeDue(), v.noticeDueEstimated(), lang));
    }
    if (v.accepted() != null) {
      m.put(words.text(Msg.STATUS_DATE_ACCEPTED_ON, lang), date(v.accepted(), lang));
    }
    if (v.handlingDue() != null && (v.state() == CaseStatus.ACCEPTED || v.state() == CaseStatus.HANDLING)) {
      m.put(words.text(Msg.STATUS_DATE_HANDLING_DUE, lang), deadline(v.handlingDue(), v.handlingDueEstimated(), lang));
    }
    if (v.handlingDue() != null && (v.state() == CaseStatus.REVIEW_REQUESTED || v.state() == CaseStatus.REREVIEW_REQUESTED)) {
      Msg label = v.state() == CaseStatus.REVIEW_REQUESTED ? Msg.STATUS_DATE_REVIEW_DUE : Msg.STATUS_DATE_REREVIEW_DUE;
      m.put(words.text(label, lang), deadline(v.handlingDue(), v.handlingDueEstimated(), lang));
    }
    if (v.reportDue() != null && v.state() == CaseStatus.TRANSFERRED) {
      m.put(words.text(Msg.STATUS_DATE_REPORT_DUE, lang), deadline(v.reportDue(), v.reportDueEstimated(), lang));
    }
    return m;
  }

  /** The deadline that comes next for the case as it stands, if any. */
  public record Next(String label, LocalDate date, boolean estimated) {}

  /**
   * What is owed next and by when: the decision on an undecided matter (Art 17), the handling limit of an accepted
   * one (Art 27, 29), the review or re-review opinion (Art 30, 31), the result report of a matter transferred with
   * one (Art 17(1)(4)).
   */
  public java.util.Optional<Next> next(StatusView v, String lang) {
    Next n = switch (v.state()) {
      case REGISTERED, OBJECTED -> v.noticeDue() == null ? null
          : new Next(words.text(Msg.STATUS_DATE_DECISION_DUE, lang), v.noticeDue(), v.noticeDueEstimated());
      case ACCEPTED, HANDLING -> v.handlingDue() == null ? null
          : new Next(words.text(Msg.STATUS_DATE_HANDLING_DUE, lang), v.handlingDue(), v.handlingDueEstimated());
      case REVIEW_REQUESTED -> v.handlingDue() == null ? null
          : new Next(words.text(Msg.STATUS_DATE_REVIEW_DUE, lang), v.handlingDue(), v.handlingDueEstimated());
      case REREVIEW_REQUESTED -> v.handlingDue() == null ? null
          : new Next(words.text(Msg.STATUS_DATE_REREVIEW_DUE, lang), v.handlingDue(), v.handlingDueEstimated());
      case TRANSFERRED -> v.reportDue() == null ? null
          : new Next(words.text(Msg.STATUS_DATE_REPORT_DUE, lang), v.reportDue(), v.reportDueEstimated());
      default -> null;
    };
    return java.util.Optional.ofNullable(n);
  }

  public String datesBlock(StatusView v, String lang) {
    StringBuilder b = new StringBuilder();
    String colon = "en".equals(lang) ? ": " : "：";
    dates(v, lang).forEach((k, d) -> b.append(k).append(colon).append(d).append('\n'));
    return b.toString();
  }

  public String repliesBlock(StatusView v, String lang) {
    if (v.replies().isEmpty()) {
      return words.text(Msg.STATUS_NO_REPLY, lang);
    }
    StringBuilder b = new StringBuilder(words.text(Msg.STATUS_REPLIES, lang));
    for (StatusView.PublicReply r : v.replies()) {
      b.append('\n').append(date(LocalDate.ofInstant(r.at(), CHINA), lang)).append(' ').append(r.text());
    }
    return b.toString();
  }

  /** The words of a state, as the petitioner reads it. */
  public String label(CaseStatus s, String lang) {
    return words.label(s, lang);
  }
}
