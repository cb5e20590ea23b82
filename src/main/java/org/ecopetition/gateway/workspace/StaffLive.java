package org.ecopetition.gateway.workspace;

import io.vertx.core.Context;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.http.ServerWebSocket;
import io.vertx.core.json.JsonObject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BiFunction;
import org.ecopetition.gateway.access.StaffPrincipal;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The consoles connected to this instance: each gets a short hint when the queue, an alert or a watched conversation
 * changes on any instance (the events table's NOTIFY), and fetches what changed through the staff API, where scope is
 * checked. A hint carries ids only, never what a petitioner said; a hint naming a conversation goes only to the consoles
 * whose member of staff may see it by the queue's own rule (their scope; no case of it they are recused from, Art 21,
 * nor an accusation against their unit, Art 23): a conversation id is itself what a barred member may not learn. One
 * registry for every event loop: a hint comes from the NOTIFY listener's thread and is written on each socket's own
 * loop, in the order the hints came.
 */
public final class StaffLive {
  private static final Logger LOG = LoggerFactory.getLogger(StaffLive.class);

  private record Console(Context context, StaffPrincipal staff) {}

  /** Each console's socket, the context (event loop) it was accepted on and who signed in on it. */
  private final Map<ServerWebSocket, Console> sockets = new ConcurrentHashMap<>();
  /** Which of these members of staff may see a conversation: their positions in the list. */
  private final BiFunction<UUID, List<StaffPrincipal>, Future<Set<Integer>>> seenBy;
  /** The hints naming a conversation, one after another (each waits for its look-up), so their order is kept. */
  private Future<Void> last = Future.succeededFuture();

  public StaffLive(BiFunction<UUID, List<StaffPrincipal>, Future<Set<Integer>>> seenBy) {
    this.seenBy = seenBy;
  }

  void add(ServerWebSocket ws, StaffPrincipal staff) {
    Context context = Vertx.currentContext();
    if (context == null) {
      throw new IllegalStateException("a console socket is registered on its event loop");
    }
    sockets.put(ws, new Console(context, staff));
    ws.closeHandler(v -> sockets.remove(ws));
  }

  /** {@code type}: queue, alert, conversation or case; {@code conversation} null: a hint every console may have. */
  public synchronized void hint(String type, String conversation, String detail) {
    if (sockets.isEmpty()) {
      return;
    }
    String frame = new JsonObject().put("type", type).put("conversationId", conversation).put("detail", detail).encode();
    if (conversation == null) {
      last = last.onComplete(v -> sockets.forEach((ws, console) -> write(ws, console, frame)));
      return;
    }
    UUID id;
    try {
      id = UUID.fromString(conversation);
    } catch (IllegalArgumentException e) {
      return;
    }
    List<Map.Entry<ServerWebSocket, Console>> consoles = new ArrayList<>(sockets.entrySet());
    List<StaffPrincipal> staff = consoles.stream().map(e -> e.getValue().staff()).toList();
    last = last.transform(v -> seenBy.apply(id, staff).map(seen -> {
      for (int i : seen) {
        write(consoles.get(i).getKey(), consoles.get(i).getValue(), frame);
      }
      return (Void) null;
    }).recover(err -> {
      // Nobody is told rather than everyone: the console still sees the change at its next fetch.
      LOG.warn("console hint not sent: {}", err.getMessage());
      return Future.succeededFuture();
    }));
  }

  private static void write(ServerWebSocket ws, Console console, String frame) {
    console.context().runOnContext(v -> {
      if (!ws.isClosed()) {
        ws.writeTextMessage(frame);
      }
    });
  }

  public int connected() {
    return sockets.size();
  }
}
