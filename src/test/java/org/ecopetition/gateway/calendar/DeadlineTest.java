package org.ecopetition.gateway.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The counting rule: trigger day not counted; a last day on a holiday or rest day rolls to the next working day. */
class DeadlineTest {
  static final WorkCalendar CAL = WorkCalendar.official();

  @Test
  void fifteenDaysFromAnOrdinaryDay() {
    Deadline d = Deadline.calendarDays(CAL, LocalDate.of(2026, 11, 2), 15);
    assertThat(d.lastDay()).isEqualTo(LocalDate.of(2026, 11, 17));
    assertThat(d.estimated()).isFalse();
  }

  @Test
  void aLastDayInTheNationalHolidayRollsOverToItsEnd() {
    // 2026-09-16 + 15 = 10-01, a holiday; 10-01..10-07 off, 10-08 is a working day.
    assertThat(Deadline.calendarDays(CAL, LocalDate.of(2026, 9, 16), 15).lastDay()).isEqualTo(LocalDate.of(2026, 10, 8));
  }

  @Test
  void aLastDayOnAnAdjustedWorkingSaturdayStands() {
    // 2026-02-28 is a Saturday made a working day for the Spring Festival.
    assertThat(Deadline.calendarDays(CAL, LocalDate.of(2026, 2, 13), 15).lastDay()).isEqualTo(LocalDate.of(2026, 2, 28));
  }

  @Test
  void aLastDayOnAWeekendRollsToMonday() {
    // 2026-11-14 + 15 = 11-29, a Sunday.
    assertThat(Deadline.calendarDays(CAL, LocalDate.of(2026, 11, 14), 15).lastDay()).isEqualTo(LocalDate.of(2026, 11, 30));
  }

  @Test
  void beyondTheCalendarTheAnswerIsMarkedEstimated() {
    Deadline d = Deadline.calendarDays(CAL, LocalDate.of(2026, 12, 25), 15);
    assertThat(d.estimated()).isTrue();
    assertThat(d.lastDay()).isEqualTo(LocalDate.of(2027, 1, 11)); // 01-09 is a Saturday
  }
}
