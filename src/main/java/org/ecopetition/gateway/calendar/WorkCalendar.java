package org.ecopetition.gateway.calendar;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.ecopetition.gateway.tsv.Tsv;

/**
 * The official Chinese work calendar: public holidays and adjusted weekend working days (State Council
 * notices). Outside the years it covers the answer is only a guess by weekends, and says so. A deployment adds the
 * next year's holidays without a rebuild: a file in the same format merged over the bundled one, each year it names
 * replacing that year of the bundled calendar, checked line by line at start.
 */
public final class WorkCalendar {
  private final Set<LocalDate> off;
  private final Set<LocalDate> work;
  private final TreeSet<Integer> years;

  WorkCalendar(Set<LocalDate> off, Set<LocalDate> work) {
    this.off = Set.copyOf(off);
    this.work = Set.copyOf(work);
    this.years = new TreeSet<>();
    off.forEach(d -> years.add(d.getYear()));
  }

  /** The calendar shipped in the jar ({@code calendar/cn-work-calendar.tsv}). */
  public static WorkCalendar official() {
    try (InputStream in = WorkCalendar.class.getResourceAsStream("/calendar/cn-work-calendar.tsv")) {
      return parse(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * The bundled calendar with a deployment's file merged over it ({@code calendar.file}): every year the file names
   * replaces the bundled rows of that year. A malformed file stops the start with its name and line.
   */
  public static WorkCalendar official(Path file) {
    WorkCalendar bundled = official();
    if (file == null) {
      return bundled;
    }
    List<String> problems = new ArrayList<>();
    Map<LocalDate, String> rows = new HashMap<>();
    try (InputStream in = Files.newInputStream(file)) {
      for (Tsv.Row row : Tsv.read(in)) {
        check(row, rows, problems, file.toString());
      }
    } catch (IOException e) {
      throw new IllegalArgumentException("calendar.file " + file + ": cannot be read (" + e.getMessage() + ")", e);
    }
    if (!problems.isEmpty()) {
      throw new IllegalArgumentException("calendar.file is not valid:\n  " + String.join("\n  ", problems));
    }
    Set<Integer> given = new HashSet<>();
    rows.keySet().forEach(d -> given.add(d.getYear()));
    Set<LocalDate> off = new HashSet<>();
    Set<LocalDate> work = new HashSet<>();
    bundled.off.stream().filter(d -> !given.contains(d.getYear())).forEach(off::add);
    bundled.work.stream().filter(d -> !given.contains(d.getYear())).forEach(work::add);
    rows.forEach((d, kind) -> (kind.equals("off") ? off : work).add(d));
    return new WorkCalendar(off, work);
  }

  /** One line of a deployment's calendar: a date, off or work, a working day only on a weekend, once. */
  private static void check(Tsv.Row row, Map<LocalDate, String> rows, List<String> problems, String file) {
    String[] f = row.fields();
    String at = file + " line " + row.line() + ": ";
    if (f.length < 2) {
      problems.add(at + "expected date<TAB>kind[<TAB>holiday]");
      return;
    }
    LocalDate d;
    try {
      d = LocalDate.parse(f[0].strip());
    } catch (java.time.format.DateTimeParseException e) {
      problems.add(at + "'" + f[0] + "' is not a date (YYYY-MM-DD)");
      return;
    }
    String kind = f[1].strip();
    if (!kind.equals("off") && !kind.equals("work")) {
      problems.add(at + "kind is off or work, not '" + kind + "'");
    } else if (kind.equals("work") && !weekend(d)) {
      problems.add(at + d + " is a weekday: only a Saturday or Sunday can be an adjusted working day");
    } else if (rows.putIfAbsent(d, kind) != null) {
      problems.add(at + d + " is listed twice");
    }
  }

  private static boolean weekend(LocalDate d) {
    return d.getDayOfWeek() == DayOfWeek.SATURDAY || d.getDayOfWeek() == DayOfWeek.SUNDAY;
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
    return years.contains(day.getYear());
  }

  public int lastYear() {
    return years.last();
  }

  /**
   * The first day from {@code today} on whose year the calendar does not know: deadlines reaching it or beyond are
   * estimated by weekends only.
   */
  public LocalDate estimatedFrom(LocalDate today) {
    int y = today.getYear();
    while (years.contains(y)) {
      y++;
    }
    return y == today.getYear() ? today : LocalDate.of(y, 1, 1);
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
