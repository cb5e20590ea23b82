package org.ecopetition.gateway.workspace;

import io.vertx.core.Context;
import io.vertx.core.Vertx;
import io.vertx.core.http.ServerWebSocket;
import io.vertx.core.json.JsonObject;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The consoles connected to this instance: each gets a short hint when the queue, an alert or a watched conversation
 * changes on any instance (the events table's NOTIFY), and fetches what changed through the staff API, where scope is
 * checked. A hint carries ids only, never what a petitioner said. One registry for every event loop: a hint comes
 * from the NOTIFY listener's thread and is written on each socket's own loop, in the order the hints came.
 */
public final class StaffLive {
  /** Each console's socket and the context (event loop) it was accepted on. */
  private final Map<ServerWebSocket, Context> sockets = new ConcurrentHashMap<>();

  void add(ServerWebSocket ws) {
    Context context = Vertx.currentContext();
    if (context == null) {
      throw new IllegalStateException("a console socket is registered on its event loop");
    }
    sockets.put(ws, context);
    ws.closeHandler(v -> sockets.remove(ws));
  }

  /** {@code type}: queue, alert or conversation. */
  public void hint(String type, String conversation, String detail) {
    if (sockets.isEmpty()) {
      return;
    }
    String frame = new JsonObject().put("type", type).put("conversationId", conversation).put("detail", detail).encode();
    sockets.forEach((ws, context) -> context.runOnContext(v -> {
      if (!ws.isClosed()) {
        ws.writeTextMessage(frame);
      }
    }));
  }

  public int connected() {
    return sockets.size();
  }
}
