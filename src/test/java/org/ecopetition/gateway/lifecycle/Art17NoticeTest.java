package org.ecopetition.gateway.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ecopetition.gateway.lifecycle.LifecycleFixtures.CLOCKS;
import static org.ecopetition.gateway.lifecycle.LifecycleFixtures.spec;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Art 17: tell the petitioner within 15 days; object to a wrong transfer within 5 working days. */
class Art17NoticeTest {

  @Test
  void theNoticeIsDueFifteenCalendarDaysAfterReceiptRolledPastTheSpringFestival() {
    // Received 2026-02-01: day 15 is 2026-02-16, inside the Spring Festival holiday (02-15..02-23).
    assertThat(CLOCKS.due(spec("notice"), LocalDate.of(2026, 2, 1), List.of(), false, 0).lastDay())
        .isEqualTo(LocalDate.of(2026, 2, 24));
    // An ordinary fortnight.
    assertThat(CLOCKS.due(spec("notice"), LocalDate.of(2026, 3, 2), List.of(), false, 0).lastDay())
        .isEqualTo(LocalDate.of(2026, 3, 17));
  }

  @Test
  void anObjectionToATransferredMatterCountsWorkingDaysOnTheOfficialCalendar() {
    // Received Friday 2026-02-13; 02-14 (Saturday) is an adjusted working day; the holiday follows.
    // Working days: 02-14, 02-24, 02-25, 02-26, 02-27 → due 02-27.
    assertThat(CLOCKS.due(spec("objection"), LocalDate.of(2026, 2, 13), List.of(), false, 0).lastDay())
        .isEqualTo(LocalDate.of(2026, 2, 27));
    // 02-28 (Saturday) is a working day too: received 02-23 → 02-24..02-28.
    assertThat(CLOCKS.due(spec("objection"), LocalDate.of(2026, 2, 23), List.of(), false, 0).lastDay())
        .isEqualTo(LocalDate.of(2026, 2, 28));
  }

  @Test
  void theFastTrackShortensTheNoticeAndTheClocksAreData() {
    assertThat(spec("notice").length()).isEqualTo(15);
    assertThat(spec("notice").article()).isEqualTo("第十七条");
    assertThat(spec("objection").unit()).isEqualTo(ClockSpec.Unit.WORKDAY);
    assertThat(CLOCKS.due(spec("notice"), LocalDate.of(2026, 3, 2), List.of(), true, 0).lastDay())
        .isEqualTo(LocalDate.of(2026, 3, 9));
  }

  @Test
  void aDeadlineBeyondTheCalendarIsMarkedEstimated() {
    assertThat(CLOCKS.due(spec("notice"), LocalDate.of(2026, 12, 25), List.of(), false, 0).estimated()).isTrue();
    assertThat(CLOCKS.due(spec("notice"), LocalDate.of(2026, 11, 2), List.of(), false, 0).estimated()).isFalse();
  }
}
