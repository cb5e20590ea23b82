package org.ecopetition.gateway.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ecopetition.gateway.lifecycle.LifecycleFixtures.CLOCKS;
import static org.ecopetition.gateway.lifecycle.LifecycleFixtures.spec;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Art 27: subtype (3) is performed or replied to within 60 days of acceptance, unless a law says otherwise. */
class Art27PerformTest {

  @Test
  void sixtyDaysFromTheRecordedAcceptance() {
    // Accepted 2026-08-03: day 60 is 2026-10-02, in the National Day holiday → 10-08.
    assertThat(CLOCKS.due(spec("perform"), LocalDate.of(2026, 8, 3), List.of(), false, 0).lastDay())
        .isEqualTo(LocalDate.of(2026, 10, 8));
  }

  @Test
  void anotherLawsPeriodReplacesTheSixtyDays() {
    // A period of 90 days set by another law for this matter type: given as extra days on the clock.
    assertThat(CLOCKS.due(spec("perform"), LocalDate.of(2026, 3, 2), List.of(), false, 30).lastDay())
        .isEqualTo(LocalDate.of(2026, 6, 1)); // 05-31 is a Sunday
  }
}
