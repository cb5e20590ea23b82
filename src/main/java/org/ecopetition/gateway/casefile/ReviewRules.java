package org.ecopetition.gateway.casefile;

import java.time.LocalDate;
import org.ecopetition.gateway.calendar.Deadline;
import org.ecopetition.gateway.calendar.WorkCalendar;

/**
 * Art 30-31, pure: a review (复查) may be asked within 30 days of receiving the written reply, a re-review
 * (复核) within 30 days of receiving the review's reply, and after the re-review the same matter is not
 * accepted again. Each is answered within 30 days of the request.
 */
public final class ReviewRules {
  static final int WINDOW_DAYS = 30;

  private ReviewRules() {}

  /** Either allowed (with its kind and reply deadline) or refused with the reason, in both languages. */
  public record Decision(boolean allowed, String kindZh, String kindEn, Deadline replyDue, String whyZh, String whyEn) {
    static Decision refused(String zh, String en) {
      return new Decision(false, null, null, null, zh, en);
    }
  }

  public static Decision decide(PgCaseRepository.ReviewHistory h, LocalDate today, WorkCalendar calendar) {
    if (h.requests() >= 2) {
      return Decision.refused("复核意见作出后，以同一事实和理由提出的，不再受理（第三十一条）。",
          "After a re-review, the same matter on the same facts and reasons is not accepted again (Art 31).");
    }
    if (h.deliveries() == 0 || h.lastDelivery() == null) {
      return Decision.refused("该事项尚未向您送达书面答复，收到后才可以申请复查（第三十条）。",
          "No written reply has been delivered to you yet; a review can be asked once it has (Art 30).");
    }
    if (h.deliveries() <= h.requests()) {
      return Decision.refused("您的上一次申请正在办理中，请等待书面答复。",
          "Your last request is still being handled; please wait for its written reply.");
    }
    Deadline window = Deadline.calendarDays(calendar, h.lastDelivery(), WINDOW_DAYS);
    if (today.isAfter(window.lastDay())) {
      return Decision.refused("已超过自收到书面答复之日起30日的期限（截至" + StatusText.date(window.lastDay(), "zh") + "）。",
          "The 30 days from receiving the written reply ended on " + StatusText.date(window.lastDay(), "en") + ".");
    }
    boolean review = h.requests() == 0;
    return new Decision(true, review ? "复查申请" : "复核申请", review ? "review request" : "re-review request",
        Deadline.calendarDays(calendar, today, WINDOW_DAYS), null, null);
  }
}
