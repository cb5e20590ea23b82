package org.ecopetition.gateway.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A deployment's calendar file (calendar.file): the next year's holidays merged over the bundled calendar without a
 * rebuild, each year it names replacing that year, checked line by line.
 */
class CalendarFileTest {
  static final String YEAR_2027 = """
      # 2027, as a deployment adds it once the State Council publishes it
      2027-01-01\toff\t元旦
      2027-02-08\toff\t春节
      2027-02-09\toff\t春节
      2027-02-10\toff\t春节
      2027-02-20\twork\t春节
      """;

  @Test
  void aYearAddedByTheDeploymentIsCountedOnAndNoLongerEstimated(@TempDir Path dir) throws IOException {
    Path file = Files.writeString(dir.resolve("calendar.tsv"), YEAR_2027);
    WorkCalendar bundled = WorkCalendar.official();
    WorkCalendar merged = WorkCalendar.official(file);
    LocalDate day = LocalDate.of(2027, 2, 8);
    assertThat(bundled.covers(day)).isFalse();
    assertThat(merged.covers(day)).isTrue();
    assertThat(merged.isWorkingDay(day)).isFalse();
    assertThat(merged.isWorkingDay(LocalDate.of(2027, 2, 20))).isTrue();
    assertThat(merged.estimatedFrom(LocalDate.of(2026, 12, 10))).isEqualTo(LocalDate.of(2028, 1, 1));
    assertThat(bundled.estimatedFrom(LocalDate.of(2026, 12, 10))).isEqualTo(LocalDate.of(2027, 1, 1));
    // The bundled years stay as they were.
    assertThat(merged.isWorkingDay(LocalDate.of(2026, 10, 1))).isFalse();
    Deadline estimated = Deadline.calendarDays(bundled, LocalDate.of(2026, 12, 10), 60);
    Deadline known = Deadline.calendarDays(merged, LocalDate.of(2026, 12, 10), 60);
    assertThat(estimated.estimated()).isTrue();
    assertThat(known.estimated()).isFalse();
    // 60 days from 10 December 2026 end on 8 February 2027, a holiday in this file: the next working day.
    assertThat(known.lastDay()).isEqualTo(LocalDate.of(2027, 2, 11));
  }

  @Test
  void aYearInTheFileReplacesThatYearOfTheBundledCalendar(@TempDir Path dir) throws IOException {
    Path file = Files.writeString(dir.resolve("calendar.tsv"), "2026-10-01\twork\t国庆节\n2026-10-03\toff\t国庆节\n");
    assertThatThrownBy(() -> WorkCalendar.official(file)).hasMessageContaining("line 1")
        .hasMessageContaining("weekday");
    Path fixed = Files.writeString(dir.resolve("fixed.tsv"), "2026-10-03\toff\t国庆节\n");
    WorkCalendar merged = WorkCalendar.official(fixed);
    assertThat(merged.isWorkingDay(LocalDate.of(2026, 10, 1))).isTrue();
    assertThat(merged.isWorkingDay(LocalDate.of(2026, 10, 5))).isTrue();
  }

  @Test
  void aMalformedFileIsRefusedWithItsLines(@TempDir Path dir) throws IOException {
    Path file = Files.writeString(dir.resolve("bad.tsv"),
        "2027-13-01\toff\n2027-01-01\tholiday\n2027-01-01\toff\n2027-01-01\toff\nnot a row\n");
    assertThatThrownBy(() -> WorkCalendar.official(file)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("bad.tsv line 1: '2027-13-01' is not a date")
        .hasMessageContaining("line 2: kind is off or work")
        .hasMessageContaining("line 4: 2027-01-01 is listed twice")
        .hasMessageContaining("line 5");
    assertThatThrownBy(() -> WorkCalendar.official(dir.resolve("missing.tsv"))).hasMessageContaining("missing.tsv");
  }
}
