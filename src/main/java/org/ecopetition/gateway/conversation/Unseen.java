package org.ecopetition.gateway.conversation;

import java.util.List;

/**
 * What a reader of a conversation has not seen yet ({@link ConversationService#unseen}), in id order: the messages
 * after its cursor ({@code newer} of them, at most the page asked for: a full page means more may follow) and those at
 * or below it that the reader's last snapshot did not show ({@code older}: a writer that drew its id earlier committed
 * later; a full page of them only for a horizon far older than the cursor: a new conversation's socket that sent more
 * than a page without reading, a client's forged horizon).
 * {@code horizon}: the snapshot of this read (PostgreSQL's {@code pg_snapshot} text), for the reader's next read.
 */
public record Unseen(List<StoredMessage> messages, int newer, int older, String horizon) {

  /**
   * A horizon before every message: a reader that keeps it reads everything at or below its cursor again, except what
   * it names as sent (a socket that opened a conversation has read nothing yet, and sent what it was given).
   */
  public static final String NOTHING = "1:1:";

  /**
   * Whether a horizon from a client is one the database reads (xmin:xmax:xip,... with 0 &lt; xmin &le; xmax and the xip
   * ascending in [xmin, xmax), as PostgreSQL's pg_snapshot input checks): else it is not passed on.
   */
  public static boolean wellFormed(String horizon) {
    if (horizon == null || horizon.length() > 24_000) {
      return false;
    }
    String[] p = horizon.split(":", -1);
    if (p.length != 3) {
      return false;
    }
    try {
      long xmin = number(p[0]);
      long xmax = number(p[1]);
      if (xmin <= 0 || xmax < xmin) {
        return false;
      }
      long last = xmin;
      for (String x : p[2].isEmpty() ? new String[0] : p[2].split(",", -1)) {
        long v = number(x);
        if (v < last || v >= xmax) {
          return false;
        }
        last = v;
      }
      return true;
    } catch (NumberFormatException e) {
      return false;
    }
  }

  /** Digits only (no sign), within a long: transaction ids are far below that. */
  private static long number(String s) {
    if (s.isEmpty() || s.length() > 18 || !s.chars().allMatch(c -> c >= '0' && c <= '9')) {
      throw new NumberFormatException(s);
    }
    return Long.parseLong(s);
  }
}
