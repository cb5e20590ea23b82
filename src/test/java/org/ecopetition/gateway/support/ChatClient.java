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
    ws.textMessageHandler(t -> inbox.add(new JsonObject(t)));
    ws.closeHandler(v -> closed.complete(ws.closeStatusCode()));
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

  /** Sends a message and returns the bot's replies to it (texts), once the reply burst has arrived. */
  public List<JsonObject> say(String text) {
    String id = UUID.randomUUID().toString();
    send(new JsonObject().put("type", "message").put("text", text).put("clientMsgId", id));
    JsonObject ack = next("ack", "error");
    if ("error".equals(ack.getString("type"))) {
      throw new AssertionError("refused: " + ack.encode());
    }
    List<JsonObject> out = new ArrayList<>();
    JsonObject m;
    while ((m = poll(300)) != null) {
      if ("message".equals(m.getString("type")) && "out".equals(m.getString("direction"))) {
        out.add(m);
      }
    }
    return out;
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
