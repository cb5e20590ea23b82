package org.ecopetition.gateway.calendar;

import java.time.LocalDate;
import java.util.function.Predicate;

/**
 * A last day on which something is owed. {@code estimated}: some day it passed lies beyond the official
 * calendar, so holidays there are unknown and only weekends were skipped; it must be shown as such.
 */
public record Deadline(LocalDate lastDay, boolean estimated) {

  /**
   * "N 日" as the counting rule of the regulation reads: the trigger day is not counted, calendar days are
   * counted, and a last day on a holiday or rest day rolls over to the next working day.
   */
  public static Deadline calendarDays(WorkCalendar calendar, LocalDate trigger, int days) {
    return count(calendar, trigger, days, false, d -> false);
  }

  /** "N 个工作日": the trigger day not counted, then N working days on the official calendar. */
  public static Deadline workingDays(WorkCalendar calendar, LocalDate trigger, int days) {
    return count(calendar, trigger, days, true, d -> false);
  }

  /**
   * The one counting rule, for every clock: from the day after the trigger, count {@code days} days (working
   * days only if {@code workingDaysOnly}), skipping the {@code paused} ones (a hearing, Art 33); a calendar
   * count ending on a holiday or rest day rolls over to the next working day.
   */
  public static Deadline count(WorkCalendar calendar, LocalDate trigger, int days, boolean workingDaysOnly,
      Predicate<LocalDate> paused) {
    LocalDate d = trigger;
    boolean estimated = false;
    int counted = 0;
    while (counted < days) {
      d = d.plusDays(1);
      estimated |= !calendar.covers(d);
      if (!paused.test(d) && (!workingDaysOnly || calendar.isWorkingDay(d))) {
        counted++;
      }
    }
    if (!workingDaysOnly) {
      while (!calendar.isWorkingDay(d)) {
        d = d.plusDays(1);
        estimated |= !calendar.covers(d);
      }
    }
    return new Deadline(d, estimated);
  }
}
