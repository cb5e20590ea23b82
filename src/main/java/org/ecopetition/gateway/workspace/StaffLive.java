package org.ecopetition.gateway.workspace;

import io.vertx.core.http.ServerWebSocket;
import io.vertx.core.json.JsonObject;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The consoles connected to this instance: each gets a short hint when the queue, an alert or a watched conversation
 * changes on any instance (the events table's NOTIFY), and fetches what changed through the staff API, where scope is
 * checked. A hint carries ids only, never what a petitioner said.
 */
public final class StaffLive {
  private final Set<ServerWebSocket> sockets = ConcurrentHashMap.newKeySet();

  void add(ServerWebSocket ws) {
    sockets.add(ws);
    ws.closeHandler(v -> sockets.remove(ws));
  }

  /** {@code type}: queue, alert or conversation. */
  public void hint(String type, String conversation, String detail) {
    if (sockets.isEmpty()) {
      return;
    }
    String frame = new JsonObject().put("type", type).put("conversationId", conversation).put("detail", detail).encode();
    for (ServerWebSocket ws : sockets) {
      if (!ws.isClosed()) {
        ws.writeTextMessage(frame);
      }
    }
  }

  public int connected() {
    return sockets.size();
  }
}
