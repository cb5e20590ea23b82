package org.ecopetition.gateway.casefile;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.Map;
import org.ecopetition.gateway.lifecycle.CaseStatus;

/** How a status reads for a petitioner, in Chinese or English. */
public final class StatusText {
  private static final DateTimeFormatter ZH = DateTimeFormatter.ofPattern("yyyy年M月d日");
  private static final DateTimeFormatter EN = DateTimeFormatter.ISO_LOCAL_DATE;
  private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

  private StatusText() {}

  public static String date(LocalDate d, String lang) {
    return "en".equals(lang) ? EN.format(d) : ZH.format(d);
  }

  /** A deadline, marked when holidays beyond the official calendar could not be known. */
  public static String deadline(LocalDate d, boolean estimated, String lang) {
    return date(d, lang) + (estimated ? ("en".equals(lang) ? " (estimated)" : "（预计）") : "");
  }

  /** Key dates as label → date, in the order a petitioner reads them. */
  public static Map<String, String> dates(StatusView v, String lang) {
    Map<String, String> m = new LinkedHashMap<>();
    boolean en = "en".equals(lang);
    m.put(en ? "Registered on" : "登记日期", date(v.received(), lang));
    if (v.state() == CaseStatus.REGISTERED) {
      m.put(en ? "Decision on acceptance due by" : "告知受理情况期限",
          deadline(v.noticeDue(), v.noticeDueEstimated(), lang));
    }
    if (v.accepted() != null) {
      m.put(en ? "Accepted on" : "受理日期", date(v.accepted(), lang));
    }
    if (v.handlingDue() != null && (v.state() == CaseStatus.ACCEPTED || v.state() == CaseStatus.HANDLING)) {
      m.put(en ? "To be handled by" : "办理期限", deadline(v.handlingDue(), v.handlingDueEstimated(), lang));
    }
    if (v.handlingDue() != null && (v.state() == CaseStatus.REVIEW_REQUESTED || v.state() == CaseStatus.REREVIEW_REQUESTED)) {
      boolean review = v.state() == CaseStatus.REVIEW_REQUESTED;
      m.put(en ? (review ? "Review opinion due by" : "Re-review opinion due by") : (review ? "复查意见期限" : "复核意见期限"),
          deadline(v.handlingDue(), v.handlingDueEstimated(), lang));
    }
    return m;
  }

  public static String datesBlock(StatusView v, String lang) {
    StringBuilder b = new StringBuilder();
    String colon = "en".equals(lang) ? ": " : "：";
    dates(v, lang).forEach((k, d) -> b.append(k).append(colon).append(d).append('\n'));
    return b.toString();
  }

  public static String repliesBlock(StatusView v, String lang) {
    if (v.replies().isEmpty()) {
      return "en".equals(lang) ? "No reply yet." : "暂无答复。";
    }
    StringBuilder b = new StringBuilder("en".equals(lang) ? "Replies:" : "答复：");
    for (StatusView.PublicReply r : v.replies()) {
      b.append('\n').append(date(LocalDate.ofInstant(r.at(), CHINA), lang)).append(' ').append(r.text());
    }
    return b.toString();
  }
}
