package org.ecopetition.gateway.support;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;

/**
 * The suite's one clock: "today" is fixed, so no test depends on the day it runs. By default a working Monday
 * inside the official calendar; {@code -Dgateway.test.today=YYYY-MM-DD} moves it (the build runs the dated tests
 * a second time beyond the calendar's last year). The clock starts at 10:00 Beijing time on that day when the
 * test JVM starts and then runs at the real pace, so waits, retries and timeouts behave as in production; a
 * suite of a few minutes never crosses midnight.
 */
public final class TestClock {
  public static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");
  public static final LocalDate TODAY = LocalDate.parse(System.getProperty("gateway.test.today", "2026-06-15"));
  private static final Instant START = TODAY.atTime(10, 0).atZone(CHINA).toInstant();
  /**
   * START, then the real pace: elapsed time from the JVM's monotonic timer (System.nanoTime), so no test reads the
   * machine's date at all, and a wall-clock step (NTP, a changed time zone) moves nothing.
   */
  public static final Clock CLOCK = new Paced(START, System.nanoTime(), ZoneOffset.UTC);

  private TestClock() {}

  /** For a test that needs a particular day (a holiday, a month end): 10:00 Beijing time that day, running. */
  public static Clock at(LocalDate day) {
    return at(day.atTime(10, 0));
  }

  /** For a test that needs a particular moment (outside office hours): that Beijing time, running. */
  public static Clock at(java.time.LocalDateTime moment) {
    return Clock.offset(CLOCK, Duration.between(START, moment.atZone(CHINA).toInstant()));
  }

  /** The clock's moment now, as a timestamp to write into a test's SQL (never the database's own now()). */
  public static String sqlNow() {
    return "TIMESTAMPTZ '" + OffsetDateTime.ofInstant(CLOCK.instant(), ZoneOffset.UTC) + "'";
  }

  /** A clock that starts at {@code start} when {@code origin} (a System.nanoTime reading) was taken. */
  private static final class Paced extends Clock {
    private final Instant start;
    private final long origin;
    private final ZoneId zone;

    Paced(Instant start, long origin, ZoneId zone) {
      this.start = start;
      this.origin = origin;
      this.zone = zone;
    }

    @Override
    public ZoneId getZone() {
      return zone;
    }

    @Override
    public Clock withZone(ZoneId z) {
      return z.equals(zone) ? this : new Paced(start, origin, z);
    }

    @Override
    public Instant instant() {
      return start.plusNanos(System.nanoTime() - origin);
    }
  }

  /** Today as a SQL date literal. */
  public static String sqlToday() {
    return "DATE '" + TODAY + "'";
  }

  /** Whether a day falls beyond the official calendar, where deadlines are estimates marked 预计. */
  public static boolean estimated(LocalDate day) {
    return !org.ecopetition.gateway.calendar.WorkCalendar.official().covers(day);
  }

  /** A date as the petitioner reads it (2026年6月15日), marked when estimated as the gateway marks it. */
  public static String zh(LocalDate d) {
    return d.getYear() + "年" + d.getMonthValue() + "月" + d.getDayOfMonth() + "日" + (estimated(d) ? "（预计）" : "");
  }
}
