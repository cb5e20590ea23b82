package org.ecopetition.gateway.channel.webchat;

import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The sockets this instance holds, by conversation, so that news about a conversation can reach them: one registry for
 * all the event loops (a socket is woken from the NOTIFY listener's thread and writes on its own loop).
 */
public final class LiveSockets {
  private final Map<UUID, Set<ChatSocket>> sockets = new ConcurrentHashMap<>();

  void add(UUID id, ChatSocket s) {
    sockets.computeIfAbsent(id, k -> ConcurrentHashMap.newKeySet()).add(s);
  }

  void remove(UUID id, ChatSocket s) {
    sockets.computeIfPresent(id, (k, set) -> {
      set.remove(s);
      return set.isEmpty() ? null : set;
    });
  }

  /** A conversation changed (a message stored here or on another instance). */
  public void wake(UUID id) {
    wake(id, 0);
  }

  /**
   * A conversation changed, as told by the event {@code event} (its id; 0: unknown): a socket whose own turn wrote that
   * event, and which has sent everything the turn committed, does not read again.
   */
  public void wake(UUID id, long event) {
    Set<ChatSocket> set = sockets.get(id);
    if (set != null) {
      set.forEach(s -> s.wake(event));
    }
  }

  public boolean holds(UUID id) {
    return sockets.containsKey(id);
  }

  /**
   * Each conversation's sockets by the event loop that serves them (its thread's name): what an operator or a test
   * reads to see the sockets spread over the loops.
   */
  public Map<UUID, java.util.List<String>> loops() {
    Map<UUID, java.util.List<String>> out = new java.util.HashMap<>();
    sockets.forEach((id, set) -> out.put(id, set.stream().map(ChatSocket::loop).sorted().toList()));
    return out;
  }
}
