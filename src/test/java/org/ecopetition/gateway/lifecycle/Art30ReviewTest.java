package org.ecopetition.gateway.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ecopetition.gateway.lifecycle.LifecycleFixtures.PROCEDURE;

import java.time.LocalDate;
import java.util.Set;
import org.ecopetition.gateway.support.Words;
import org.junit.jupiter.api.Test;

/** Art 30-31: review within 30 days of delivery, re-review within 30 days of the review's, then final. */
class Art30ReviewTest {
  static final LocalDate DELIVERED = LocalDate.of(2026, 3, 2);

  static CaseFacts at(CaseStatus s) {
    return new CaseFacts(s, "申诉求决", 4, Set.of(), false, DELIVERED, false);
  }

  static Command ask(Act a, LocalDate on) {
    return Command.of(a, "petitioner:webchat", on, "处理意见与事实不符");
  }

  @Test
  void aReviewOnDayThirtyIsInTimeAndOnDayThirtyOneIsRefused() {
    // 2026-03-02 + 30 = 2026-04-01, a Wednesday.
    assertThat(PROCEDURE.apply(at(CaseStatus.OPINION_ISSUED), ask(Act.REQUEST_REVIEW, LocalDate.of(2026, 4, 1))))
        .isEqualTo(new Outcome.Applied(CaseStatus.REVIEW_REQUESTED, "第三十条"));
    Outcome late = PROCEDURE.apply(at(CaseStatus.OPINION_ISSUED), ask(Act.REQUEST_REVIEW, LocalDate.of(2026, 4, 2)));
    assertThat(Words.zh(late)).contains("30日").contains("2026年4月1日");
  }

  @Test
  void theWindowRunsFromDeliveryNotFromTheReply() {
    CaseFacts notDelivered = new CaseFacts(CaseStatus.OPINION_ISSUED, "申诉求决", 4, Set.of(), false, null, false);
    assertThat(Words.zh(PROCEDURE.apply(notDelivered, ask(Act.REQUEST_REVIEW, DELIVERED))))
        .contains("尚未送达");
  }

  @Test
  void aThirdRequestOnTheSameFactsIsNotAccepted() {
    CaseFacts reviewed = new CaseFacts(CaseStatus.REVIEW_REPLIED, "申诉求决", 4, Set.of(), false, DELIVERED, false,
        null, false, null, null, 1, "上级机关", "上级机关");
    assertThat(PROCEDURE.apply(reviewed, ask(Act.REQUEST_REREVIEW, DELIVERED.plusDays(10))))
        .isEqualTo(new Outcome.Applied(CaseStatus.REREVIEW_REQUESTED, "第三十一条"));
    CaseFacts rereview = new CaseFacts(CaseStatus.REREVIEW_REQUESTED, "申诉求决", 4, Set.of(), false, DELIVERED, false,
        null, false, null, null, 1, "上级机关", "上上级机关");
    assertThat(PROCEDURE.apply(rereview, new Command(Act.REPLY_REREVIEW, "staff:up", DELIVERED.plusDays(20), "维持",
        null, null, null, java.util.Map.of("text", "维持复查意见。"))))
        .isEqualTo(new Outcome.Applied(CaseStatus.FINAL, "第三十一条"));
    Outcome third = PROCEDURE.apply(at(CaseStatus.FINAL), ask(Act.REQUEST_REVIEW, DELIVERED.plusDays(25)));
    assertThat(Words.zh(third)).contains("不再受理");
    assertThat(((Outcome.Rejected) third).article()).isEqualTo("第三十一条");
  }

  @Test
  void onlyOpinionLettersOnSubtypeFourCanBeReviewed() {
    CaseFacts three = new CaseFacts(CaseStatus.CLOSED, "申诉求决", 3, Set.of(), false, DELIVERED, false);
    assertThat(PROCEDURE.apply(three, ask(Act.REQUEST_REVIEW, DELIVERED.plusDays(3)))).isInstanceOf(Outcome.Rejected.class);
  }
}
