package org.ecopetition.gateway.support;

import io.vertx.core.Vertx;
import io.vertx.core.http.WebSocket;
import io.vertx.core.http.WebSocketClient;
import io.vertx.core.http.WebSocketClientOptions;
import io.vertx.core.json.JsonObject;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/** A real WebSocket client of {@code /chat/ws}, read from the test thread. */
public final class ChatClient implements AutoCloseable {
  private final WebSocketClient client;
  private final WebSocket ws;
  private final LinkedBlockingQueue<JsonObject> inbox = new LinkedBlockingQueue<>();
  private final java.util.concurrent.CompletableFuture<Short> closed = new java.util.concurrent.CompletableFuture<>();

  private ChatClient(WebSocketClient client, WebSocket ws) {
    this.client = client;
    this.ws = ws;
    ws.textMessageHandler(t -> {
      JsonObject o = new JsonObject(t);
      java.util.function.Consumer<JsonObject> w = watcher;
      if (w != null) {
        w.accept(o);
      }
      inbox.add(o);
    });
    ws.closeHandler(v -> closed.complete(ws.closeStatusCode()));
  }

  private volatile java.util.function.Consumer<JsonObject> watcher;

  /** Shows every frame to {@code w} as it arrives, before any read takes it (what a page keeps of each frame). */
  public ChatClient watch(java.util.function.Consumer<JsonObject> w) {
    this.watcher = w;
    return this;
  }

  /** The close code the server sent, once the socket is closed; fails after the given time. */
  public Short awaitClose(long millis) {
    try {
      return closed.get(millis, TimeUnit.MILLISECONDS);
    } catch (Exception e) {
      throw new AssertionError("socket not closed within " + millis + " ms", e);
    }
  }

  public static ChatClient connect(Vertx vertx, int port) {
    WebSocketClient c = vertx.createWebSocketClient(new WebSocketClientOptions().setMaxMessageSize(1 << 20)
        .setMaxFrameSize(1 << 20));
    WebSocket ws = c.connect(port, "127.0.0.1", "/chat/ws").await();
    return new ChatClient(c, ws);
  }

  public void sendRaw(String frame) {
    ws.writeTextMessage(frame).await();
  }

  public void send(JsonObject o) {
    sendRaw(o.encode());
  }

  public JsonObject hello(String token, String lang) {
    send(new JsonObject().put("type", "hello").put("token", token).put("lang", lang));
    return next("welcome", "error");
  }

  /**
   * Sends a message and returns the bot's replies to it, once the turn's last message (the ack's {@code last}) has
   * arrived: read by count, not by waiting for the socket to go quiet. Messages of the turn that a pull sent before
   * the ack count too.
   */
  public List<JsonObject> say(String text) {
    String id = UUID.randomUUID().toString();
    send(new JsonObject().put("type", "message").put("text", text).put("clientMsgId", id));
    List<JsonObject> seen = new ArrayList<>();
    JsonObject ack = null;
    while (ack == null) {
      JsonObject m = poll(10_000);
      if (m == null) {
        throw new AssertionError("no [ack, error] within 10 s");
      }
      switch (String.valueOf(m.getString("type"))) {
        case "ack" -> ack = m;
        case "error" -> throw new AssertionError("refused: " + m.encode());
        case "message" -> seen.add(m);
        default -> { }
      }
    }
    long first = ack.getLong("id");
    long last = ack.getLong("last");
    List<JsonObject> out = new ArrayList<>();
    boolean done = false;
    for (JsonObject m : seen) {
      done |= take(m, first, last, out);
    }
    while (!done) {
      JsonObject m = poll(10_000);
      if (m == null) {
        throw new AssertionError("message " + last + " (the turn's last) not within 10 s");
      }
      if ("message".equals(m.getString("type"))) {
        done = take(m, first, last, out);
      }
    }
    return out;
  }

  /** Keeps a reply of the turn; true once the turn's last message is here. */
  private static boolean take(JsonObject m, long first, long last, List<JsonObject> out) {
    long mid = m.getLong("id");
    if (mid >= first && mid <= last && "out".equals(m.getString("direction"))) {
      out.add(m);
    }
    return mid >= last;
  }

  /** The next object of one of these types, skipping others; fails after 10 s. */
  public JsonObject next(String... types) {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
    while (System.nanoTime() < deadline) {
      JsonObject m = poll(100);
      if (m != null && List.of(types).contains(m.getString("type"))) {
        return m;
      }
    }
    throw new AssertionError("no " + List.of(types) + " within 10 s");
  }

  /** Everything that arrives until the socket is quiet for the given time. */
  public List<JsonObject> drain(long quietMillis) {
    List<JsonObject> out = new ArrayList<>();
    JsonObject m;
    while ((m = poll(quietMillis)) != null) {
      out.add(m);
    }
    return out;
  }

  public JsonObject poll(long millis) {
    try {
      return inbox.poll(millis, TimeUnit.MILLISECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return null;
    }
  }

  public boolean isClosed() {
    return ws.isClosed();
  }

  @Override
  public void close() {
    ws.close();
    client.close();
  }
}
