package org.ecopetition.gateway.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ecopetition.gateway.lifecycle.LifecycleFixtures.CLOCKS;
import static org.ecopetition.gateway.lifecycle.LifecycleFixtures.PROCEDURE;
import static org.ecopetition.gateway.lifecycle.LifecycleFixtures.spec;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Art 33: the time a hearing takes is not counted in the handling period. */
class Art33HearingTest {

  @Test
  void aHearingAcrossAMonthEndPausesTheClockByItsDays() {
    LocalDate accepted = LocalDate.of(2026, 6, 1);
    LocalDate without = CLOCKS.due(spec("conclude"), accepted, List.of(), false, 0).lastDay();
    // A hearing from 06-29 to 07-03 (5 days, across the month end) inside the period.
    LocalDate with = CLOCKS.due(spec("conclude"), accepted, List.of(new Pause(LocalDate.of(2026, 6, 29),
        LocalDate.of(2026, 7, 3))), false, 0).lastDay();
    assertThat(without).isEqualTo(LocalDate.of(2026, 7, 31));
    assertThat(with).isEqualTo(LocalDate.of(2026, 8, 5));
  }

  @Test
  void aHearingOpensAndClosesOnlyWhileHandling() {
    CaseFacts handling = new CaseFacts(CaseStatus.HANDLING, "申诉求决", 4, Set.of(), false, null, false);
    assertThat(PROCEDURE.apply(handling, LifecycleFixtures.act(Act.START_HEARING, LocalDate.of(2026, 3, 30))))
        .isEqualTo(new Outcome.Applied(CaseStatus.HANDLING, "第三十三条"));
    assertThat(PROCEDURE.apply(handling, LifecycleFixtures.act(Act.END_HEARING, LocalDate.of(2026, 4, 3))))
        .isInstanceOf(Outcome.Rejected.class);
  }
}
