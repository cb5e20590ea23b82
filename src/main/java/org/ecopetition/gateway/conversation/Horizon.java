package org.ecopetition.gateway.conversation;

/**
 * A reader's horizon as it travels through a client (a poll's URL, a socket's hello): the snapshot of its last read in
 * a short form, {@code XMIN.SPAN[.D1.D2…]} in base 36 (digits and lower-case letters: nothing to escape in a URL),
 * where SPAN is xmax − xmin and the D are the in-progress transactions as steps (the first from xmin). PostgreSQL's own
 * text ({@code xmin:xmax:xip,…}) lists every transaction in progress on the server, 1–2 KB on a busy one, which an old
 * phone's proxy may refuse in a URL.
 *
 * <p>Only the {@link #KEPT} oldest in-progress transactions are kept; the snapshot is cut at the next one (it becomes
 * the horizon's xmax): what the cut drops is read as not seen. So a cut horizon never hides a late message; at worst a
 * message the reader has (written by a transaction that committed between the cut and the true xmax) comes again, and
 * clients ignore an id they show. The oldest in-progress transactions are the ones that matter: a late message's writer
 * is one that was running when the reader read.
 */
public final class Horizon {
  /** In-progress transactions kept: a few characters each as steps, so a busy server's horizon stays short. */
  static final int KEPT = 32;
  private static final int RADIX = 36;

  private Horizon() {}

  /** The short form of a PostgreSQL snapshot text (as {@link Unseen#horizon} gives it); null stays null. */
  public static String compact(String snapshot) {
    if (snapshot == null) {
      return null;
    }
    String[] p = snapshot.split(":", -1);
    long xmin = Long.parseLong(p[0]);
    long xmax = Long.parseLong(p[1]);
    String[] xip = p[2].isEmpty() ? new String[0] : p[2].split(",");
    int kept = Math.min(xip.length, KEPT);
    if (kept < xip.length) {
      // Cut at the first one left out: it and everything after it count as not seen.
      xmax = Long.parseLong(xip[kept]);
    }
    StringBuilder s = new StringBuilder(Long.toString(xmin, RADIX)).append('.').append(Long.toString(xmax - xmin, RADIX));
    long last = xmin;
    for (int i = 0; i < kept; i++) {
      long x = Long.parseLong(xip[i]);
      s.append('.').append(Long.toString(x - last, RADIX));
      last = x;
    }
    return s.toString();
  }

  /**
   * A horizon from a client, as the snapshot text the database reads, or null when it is not one (refused): the short
   * form, or PostgreSQL's own text from a page loaded before the short form.
   */
  public static String read(String horizon) {
    if (horizon == null || horizon.length() > 24_000) {
      return null;
    }
    if (horizon.indexOf(':') >= 0) {
      return Unseen.wellFormed(horizon) ? horizon : null;
    }
    String[] p = horizon.split("\\.", -1);
    if (p.length < 2 || p.length - 2 > KEPT) {
      return null;
    }
    try {
      long xmin = number(p[0]);
      long xmax = Math.addExact(xmin, number(p[1]));
      StringBuilder s = new StringBuilder().append(xmin).append(':').append(xmax).append(':');
      long last = xmin;
      for (int i = 2; i < p.length; i++) {
        long step = number(p[i]);
        if (i > 2 && step == 0) {
          return null;
        }
        last = Math.addExact(last, step);
        s.append(i > 2 ? "," : "").append(last);
      }
      String text = s.toString();
      return Unseen.wellFormed(text) ? text : null;
    } catch (NumberFormatException | ArithmeticException e) {
      return null;
    }
  }

  /** Base-36 digits only (no sign), within what a transaction id can be. */
  private static long number(String s) {
    if (s.isEmpty() || s.length() > 12 || !s.chars().allMatch(c -> c >= '0' && c <= '9' || c >= 'a' && c <= 'z')) {
      throw new NumberFormatException(s);
    }
    return Long.parseLong(s, RADIX);
  }
}
