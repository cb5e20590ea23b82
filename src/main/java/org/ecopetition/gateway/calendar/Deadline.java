package org.ecopetition.gateway.calendar;

import java.time.LocalDate;

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
    LocalDate last = trigger.plusDays(days);
    boolean estimated = !calendar.covers(last);
    while (!calendar.isWorkingDay(last)) {
      last = last.plusDays(1);
      estimated |= !calendar.covers(last);
    }
    return new Deadline(last, estimated);
  }

  /** "N 个工作日": the trigger day not counted, then N working days on the official calendar. */
  public static Deadline workingDays(WorkCalendar calendar, LocalDate trigger, int days) {
    LocalDate d = trigger;
    boolean estimated = false;
    int counted = 0;
    while (counted < days) {
      d = d.plusDays(1);
      estimated |= !calendar.covers(d);
      if (calendar.isWorkingDay(d)) {
        counted++;
      }
    }
    return new Deadline(d, estimated);
  }
}
