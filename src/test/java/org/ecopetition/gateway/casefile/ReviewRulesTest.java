package org.ecopetition.gateway.casefile;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.ecopetition.gateway.calendar.WorkCalendar;
import org.junit.jupiter.api.Test;

/** Art 30-31 on the recorded history: in time, late, one at a time, and nothing after the re-review. */
class ReviewRulesTest {
  static final WorkCalendar CAL = WorkCalendar.official();
  static final LocalDate DELIVERED = LocalDate.of(2026, 11, 2);

  static ReviewRules.Decision on(LocalDate today, int deliveries, int requests) {
    return ReviewRules.decide(new PgCaseRepository.ReviewHistory(DELIVERED, deliveries, requests), today, CAL);
  }

  @Test
  void aReviewOnDayThirtyIsInTimeAndOnDayThirtyOneIsLate() {
    ReviewRules.Decision day30 = on(DELIVERED.plusDays(30), 1, 0);
    assertThat(day30.allowed()).isTrue();
    assertThat(day30.kindZh()).isEqualTo("复查申请");
    // The reply is due 30 days later, in 2027: beyond the official calendar, so only weekends are known.
    assertThat(day30.replyDue().lastDay()).isEqualTo(LocalDate.of(2027, 1, 1));
    assertThat(day30.replyDue().estimated()).isTrue();
    ReviewRules.Decision day31 = on(DELIVERED.plusDays(31), 1, 0);
    assertThat(day31.allowed()).isFalse();
    assertThat(day31.whyZh()).contains("30日").contains("2026年12月2日");
  }

  @Test
  void aWindowEndingOnARestDayRollsToTheNextWorkingDay() {
    // 2026-09-01 + 30 = 10-01, in the National Day holiday: the window ends on 10-08.
    ReviewRules.Decision d = ReviewRules.decide(new PgCaseRepository.ReviewHistory(LocalDate.of(2026, 9, 1), 1, 0),
        LocalDate.of(2026, 10, 8), CAL);
    assertThat(d.allowed()).isTrue();
  }

  @Test
  void theSecondRequestIsAReReviewAndAThirdIsNotAccepted() {
    assertThat(on(DELIVERED.plusDays(3), 2, 1).kindZh()).isEqualTo("复核申请");
    assertThat(on(DELIVERED.plusDays(3), 1, 1).whyZh()).contains("正在办理中");
    assertThat(on(DELIVERED.plusDays(3), 3, 2).whyZh()).contains("不再受理");
    assertThat(on(DELIVERED, 0, 0).whyZh()).contains("尚未向您送达书面答复");
  }
}
