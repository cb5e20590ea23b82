package org.ecopetition.gateway.calendar;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;
import org.ecopetition.gateway.tsv.Tsv;

/**
 * The official Chinese work calendar: public holidays and adjusted weekend working days (State Council
 * notices). Outside the years it covers the answer is only a guess by weekends, and says so.
 */
public final class WorkCalendar {
  private final Set<LocalDate> off;
  private final Set<LocalDate> work;
  private final int firstYear;
  private final int lastYear;

  WorkCalendar(Set<LocalDate> off, Set<LocalDate> work) {
    this.off = Set.copyOf(off);
    this.work = Set.copyOf(work);
    int min = Integer.MAX_VALUE;
    int max = Integer.MIN_VALUE;
    for (LocalDate d : off) {
      min = Math.min(min, d.getYear());
      max = Math.max(max, d.getYear());
    }
    this.firstYear = min;
    this.lastYear = max;
  }

  /** The calendar shipped in the jar ({@code calendar/cn-work-calendar.tsv}). */
  public static WorkCalendar official() {
    try (InputStream in = WorkCalendar.class.getResourceAsStream("/calendar/cn-work-calendar.tsv")) {
      return parse(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static WorkCalendar parse(InputStream in) throws IOException {
    Set<LocalDate> off = new HashSet<>();
    Set<LocalDate> work = new HashSet<>();
    for (Tsv.Row row : Tsv.read(in)) {
      String[] f = row.fields();
      int n = row.line();
      if (f.length < 2) {
        throw new IOException("calendar line " + n + ": expected date<TAB>kind");
      }
      LocalDate d = LocalDate.parse(f[0]);
      switch (f[1]) {
        case "off" -> off.add(d);
        case "work" -> work.add(d);
        default -> throw new IOException("calendar line " + n + ": unknown kind " + f[1]);
      }
    }
    return new WorkCalendar(off, work);
  }

  /** Whether the official calendar knows this day's year. */
  public boolean covers(LocalDate day) {
    return day.getYear() >= firstYear && day.getYear() <= lastYear;
  }

  public int lastYear() {
    return lastYear;
  }

  public boolean isWorkingDay(LocalDate day) {
    if (off.contains(day)) {
      return false;
    }
    if (work.contains(day)) {
      return true;
    }
    DayOfWeek w = day.getDayOfWeek();
    return w != DayOfWeek.SATURDAY && w != DayOfWeek.SUNDAY;
  }
}
