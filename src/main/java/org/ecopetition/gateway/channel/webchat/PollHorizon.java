package org.ecopetition.gateway.channel.webchat;

import org.ecopetition.gateway.conversation.Horizon;

/**
 * The horizon a poll answer gives, as the next poll sends it back: a {@link Horizon}, or, while the late messages below
 * the cursor are more than a page, {@code HORIZON-LAST-THEN}: the horizon the paging started from, the highest late id
 * given so far (base 36) and the horizon of the read that gave it. Without LAST and THEN, the next page of late ones
 * could only be read from the same horizon again, which gives the same first page again (and again).
 *
 * @param horizon the snapshot text of the reader's last complete read
 * @param given the highest late id given so far (0: none)
 * @param then the snapshot text of the read that gave it (null when {@code given} is 0)
 */
record PollHorizon(String horizon, long given, String then) {
  private static final int RADIX = 36;

  /** A horizon from a poll's URL, or null when it is not one (refused). */
  static PollHorizon read(String text) {
    String[] p = text.split("-", -1);
    if (p.length == 1) {
      String h = Horizon.read(text);
      return h == null ? null : new PollHorizon(h, 0, null);
    }
    if (p.length != 3 || p[1].isEmpty() || p[1].length() > 12
        || !p[1].chars().allMatch(c -> c >= '0' && c <= '9' || c >= 'a' && c <= 'z')) {
      return null;
    }
    long given = Long.parseLong(p[1], RADIX);
    String h = Horizon.read(p[0]);
    String then = Horizon.read(p[2]);
    return h == null || then == null || given <= 0 ? null : new PollHorizon(h, given, then);
  }

  /** The next poll's horizon while late ones remain: this one's, with the last given and the read that gave it. */
  String more(long last, String read) {
    return Horizon.compact(horizon) + "-" + Long.toString(last, RADIX) + "-" + Horizon.compact(read);
  }
}
