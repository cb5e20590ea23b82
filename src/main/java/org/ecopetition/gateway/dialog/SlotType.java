package org.ecopetition.gateway.dialog;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/** What a slot accepts, and how an answer is normalised before it is stored. */
public enum SlotType {
  TEXT,
  PHONE,
  YES_NO,
  ENUM,
  CASE_NUMBER,
  QUERY_CODE;

  private static final Pattern MOBILE = Pattern.compile("1[3-9]\\d{9}");
  private static final Pattern LANDLINE = Pattern.compile("0\\d{2,3}\\d{7,8}");
  private static final Pattern CASE_NO = Pattern.compile("HB\\d{13}");
  private static final Pattern CODE = Pattern.compile("[23456789ABCDEFGHJKMNPQRSTUVWXYZ]{8}");

  static Optional<SlotType> parse(String name) {
    for (SlotType t : values()) {
      if (t.name().toLowerCase(Locale.ROOT).equals(name)) {
        return Optional.of(t);
      }
    }
    return Optional.empty();
  }

  String key() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** Normalised value, or empty when the answer does not fit. ENUM and YES_NO are matched by the engine. */
  Optional<String> accept(String input, SlotSpec spec) {
    String s = Text.halfWidth(input).strip();
    return switch (this) {
      case TEXT -> {
        int n = s.codePointCount(0, s.length());
        yield n >= spec.min() && n <= spec.max() ? Optional.of(s) : Optional.empty();
      }
      case PHONE -> {
        String d = s.replaceAll("[\\s\\-()（）]", "");
        if (d.startsWith("+86")) {
          d = d.substring(3);
        } else if (d.startsWith("0086")) {
          d = d.substring(4);
        }
        yield MOBILE.matcher(d).matches() || LANDLINE.matcher(d).matches() ? Optional.of(d) : Optional.empty();
      }
      case CASE_NUMBER -> {
        String c = s.replaceAll("\\s", "").toUpperCase(Locale.ROOT);
        yield CASE_NO.matcher(c).matches() ? Optional.of(c) : Optional.empty();
      }
      case QUERY_CODE -> {
        String c = s.replaceAll("\\s", "").toUpperCase(Locale.ROOT);
        yield CODE.matcher(c).matches() ? Optional.of(c) : Optional.empty();
      }
      case YES_NO, ENUM -> Optional.empty();
    };
  }
}
