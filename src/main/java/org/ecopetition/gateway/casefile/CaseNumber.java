package org.ecopetition.gateway.casefile;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.regex.Pattern;

/** {@code HB} + registration date (yyyymmdd, Asia/Shanghai) + a 5-digit daily serial: short enough to say. */
public final class CaseNumber {
  private static final Pattern FORMAT = Pattern.compile("HB\\d{13}");
  private static final DateTimeFormatter DAY = DateTimeFormatter.BASIC_ISO_DATE;
  static final int MAX_SERIAL = 99_999;

  private CaseNumber() {}

  public static String of(LocalDate day, int serial) {
    if (serial < 1 || serial > MAX_SERIAL) {
      throw new IllegalArgumentException("serial out of range: " + serial);
    }
    // Zero-padded by hand: String.format parses its pattern on every call, and its digits follow the default locale.
    String n = Integer.toString(serial);
    return "HB" + DAY.format(day) + "00000".substring(n.length()) + n;
  }

  public static boolean valid(String s) {
    return s != null && FORMAT.matcher(s).matches();
  }
}
