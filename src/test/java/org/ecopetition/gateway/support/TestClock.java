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
  // The one reading of the machine's clock in the tests: only its pace is used.
  public static final Clock CLOCK = Clock.offset(Clock.systemUTC(), Duration.between(Instant.now(), START));

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
