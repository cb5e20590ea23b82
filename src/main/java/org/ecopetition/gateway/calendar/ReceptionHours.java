package org.ecopetition.gateway.calendar;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * When staff answer: the published reception hours (e.g. 09:00-12:00 and 13:30-17:00) on the official calendar's
 * working days, in Beijing time. Outside them a petitioner waiting for a person is told when someone will answer.
 */
public final class ReceptionHours {
  private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

  private record Window(LocalTime from, LocalTime to) {}

  private final List<Window> windows;
  private final WorkCalendar calendar;

  /** {@code schedule}: windows as {@code HH:mm-HH:mm}; an unreadable one is refused at start. */
  public ReceptionHours(List<String> schedule, WorkCalendar calendar) {
    this.calendar = calendar;
    List<Window> w = new ArrayList<>();
    for (String s : schedule) {
      String[] parts = s.strip().split("\\s*-\\s*");
      if (parts.length != 2) {
        throw new IllegalArgumentException("reception window '" + s + "' is not HH:mm-HH:mm");
      }
      LocalTime from = LocalTime.parse(parts[0]);
      LocalTime to = LocalTime.parse(parts[1]);
      if (!to.isAfter(from)) {
        throw new IllegalArgumentException("reception window '" + s + "' ends before it starts");
      }
      w.add(new Window(from, to));
    }
    w.sort((a, b) -> a.from().compareTo(b.from()));
    this.windows = List.copyOf(w);
  }

  public boolean open(Instant at) {
    LocalDateTime t = LocalDateTime.ofInstant(at, CHINA);
    return calendar.isWorkingDay(t.toLocalDate())
        && windows.stream().anyMatch(w -> !t.toLocalTime().isBefore(w.from()) && t.toLocalTime().isBefore(w.to()));
  }

  /** The next moment staff answer (Beijing time), or empty when no window is configured. */
  public Optional<LocalDateTime> nextOpening(Instant at) {
    if (windows.isEmpty()) {
      return Optional.empty();
    }
    LocalDateTime t = LocalDateTime.ofInstant(at, CHINA);
    LocalDate day = t.toLocalDate();
    for (int i = 0; i < 60; i++, day = day.plusDays(1)) {
      if (!calendar.isWorkingDay(day)) {
        continue;
      }
      for (Window w : windows) {
        LocalDateTime start = day.atTime(w.from());
        if (start.isAfter(t)) {
          return Optional.of(start);
        }
      }
    }
    return Optional.empty();
  }
}
