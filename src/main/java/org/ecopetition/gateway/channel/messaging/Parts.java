package org.ecopetition.gateway.channel.messaging;

import java.util.ArrayList;
import java.util.List;

/**
 * Cuts outgoing text to a channel's limit (WeChat and WeCom text: 2,048 bytes of UTF-8; SMS: characters).
 * A cut falls between lines, so that no line of a summary is broken; only a single line longer than the
 * limit is cut inside, between characters. Short messages are packed into one part, since a platform's
 * quota counts parts.
 */
public final class Parts {
  /** How a channel measures text. */
  public enum Unit { UTF8_BYTES, CHARACTERS }

  private static final String BETWEEN_MESSAGES = "\n\n";

  private final int limit;
  private final Unit unit;

  public Parts(int limit, Unit unit) {
    if (limit < 16) {
      throw new IllegalArgumentException("a part must hold at least 16 units");
    }
    this.limit = limit;
    this.unit = unit;
  }

  public int size(String s) {
    return unit == Unit.UTF8_BYTES ? utf8Length(s) : s.codePointCount(0, s.length());
  }

  /** UTF-8's length of a text, counted without encoding it (a part's size is asked for every line of every reply). */
  static int utf8Length(CharSequence s) {
    int n = 0;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c < 0x80) {
        n++;
      } else if (c < 0x800) {
        n += 2;
      } else if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
        n += 4;
        i++;
      } else {
        // A lone surrogate is encoded as '?' by String.getBytes: one byte.
        n += Character.isSurrogate(c) ? 1 : 3;
      }
    }
    return n;
  }

  /** One message in parts, each within the limit. */
  public List<String> split(String text) {
    if (size(text) <= limit) {
      // Most replies: one part, as it is.
      return List.of(text);
    }
    List<String> parts = new ArrayList<>();
    StringBuilder current = new StringBuilder();
    // The part's size so far, kept as lines are added (a line break is one unit in either measure).
    int used = 0;
    for (String line : text.split("\n", -1)) {
      int size = size(line);
      int candidate = current.length() == 0 ? size : used + 1 + size;
      if (candidate <= limit) {
        if (current.length() > 0) {
          current.append('\n');
        }
        current.append(line);
        used = candidate;
        continue;
      }
      if (current.length() > 0) {
        parts.add(current.toString());
        current.setLength(0);
      }
      String rest = line;
      while (size(rest) > limit) {
        int cut = cut(rest);
        parts.add(rest.substring(0, cut));
        rest = rest.substring(cut);
      }
      current.append(rest);
      used = size(rest);
    }
    if (current.length() > 0 || parts.isEmpty()) {
      parts.add(current.toString());
    }
    return parts;
  }

  /**
   * The same cut with {@code units} fewer per part: room kept in every part for its marker ({@link #marker}), which
   * counts towards the limit like any text.
   */
  public Parts narrower(int units) {
    return new Parts(limit - units, unit);
  }

  /**
   * The marker heading part {@code i} (from 1) of {@code n}: "(1/3) ", so that a phone that shows parts out of order,
   * or loses one, can still be read in order and the gap seen.
   */
  public static String marker(int i, int n) {
    return "(" + i + "/" + n + ") ";
  }

  /** The room the markers of {@code n} parts take in each (the widest, "(10/12) " for 12). */
  public static int markerRoom(int n) {
    return marker(n, n).length();
  }

  /** Whether two texts fit one part, joined as two messages. */
  public boolean fitsTogether(String a, String b) {
    return size(a) + size(BETWEEN_MESSAGES) + size(b) <= limit;
  }

  public static String join(String a, String b) {
    return a + BETWEEN_MESSAGES + b;
  }

  /** The longest prefix within the limit, ending between two characters (never inside a surrogate pair). */
  private int cut(String s) {
    int end = 0;
    int used = 0;
    while (end < s.length()) {
      int cp = s.codePointAt(end);
      int w = unit == Unit.UTF8_BYTES ? utf8Length(cp) : 1;
      if (used + w > limit) {
        break;
      }
      used += w;
      end += Character.charCount(cp);
    }
    return Math.max(end, Character.charCount(s.codePointAt(0)));
  }

  private static int utf8Length(int cp) {
    return cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4;
  }
}
