package org.ecopetition.gateway.channel.webchat;

/**
 * The last few events written by a socket's own turns whose messages the socket has already sent (every message of the
 * conversation up to the one the turn committed last): the NOTIFY of such an event need not be answered with a read of
 * the messages since the socket's cursor, which would find nothing — a query per turn on the pool. Any other event
 * (staff, a notice, another socket or instance, an unknown id) is read as before. Used on the socket's event loop only.
 */
final class OwnEvents {
  /** More than a socket has turns in flight at once (a page sends one message at a time). */
  static final int KEPT = 8;

  private final long[] events = new long[KEPT];
  private int next;

  /**
   * A turn of this socket wrote {@code event} when the conversation's last message was {@code lastMessage}; the socket
   * has sent up to {@code lastSent}. Kept only when that covers the turn's messages and all before them.
   */
  void sent(long event, long lastMessage, long lastSent) {
    if (event > 0 && lastMessage > 0 && lastMessage <= lastSent) {
      events[next] = event;
      next = (next + 1) % KEPT;
    }
  }

  /** Whether {@code event} is one of those kept: a wake by it has nothing new to read. */
  boolean covers(long event) {
    if (event <= 0) {
      return false;
    }
    for (long e : events) {
      if (e == event) {
        return true;
      }
    }
    return false;
  }

  /** Another conversation: none of the events kept are its. */
  void clear() {
    java.util.Arrays.fill(events, 0);
    next = 0;
  }
}
