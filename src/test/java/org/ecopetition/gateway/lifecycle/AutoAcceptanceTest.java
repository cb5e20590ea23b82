package org.ecopetition.gateway.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Art 17(1)(1): only a clear complaint of this level's own is accepted without a person deciding. */
class AutoAcceptanceTest {
  @Test
  void aPollutionComplaintForThisLevelIsClear() {
    assertThat(AutoAcceptance.clear(true, "申诉求决", 3, null)).isTrue();
  }

  @Test
  void whatNeedsJudgementWaitsForStaff() {
    assertThat(AutoAcceptance.clear(false, "申诉求决", 3, null)).as("transfer, referral, repeat, unclear place").isFalse();
    assertThat(AutoAcceptance.clear(true, "申诉求决", 4, null)).as("an opinion letter matter").isFalse();
    assertThat(AutoAcceptance.clear(true, "检举控告", null, "某局局长")).as("an accusation").isFalse();
    assertThat(AutoAcceptance.clear(true, "申诉求决", 3, "某街道办")).as("someone accused").isFalse();
    assertThat(AutoAcceptance.clear(true, "建议意见", null, null)).as("a suggestion").isFalse();
    assertThat(AutoAcceptance.clear(true, "申诉求决", null, null)).as("subtype unknown").isFalse();
  }
}
