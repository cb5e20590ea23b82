package org.ecopetition.gateway.support;

import io.vertx.core.Vertx;
import io.vertx.core.http.WebSocket;
import io.vertx.core.http.WebSocketClient;
import io.vertx.core.http.WebSocketClientOptions;
import io.vertx.core.json.JsonObject;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * A petitioner's web chat socket for concurrent tests: {@link #say} returns as soon as the turn's last message (the
 * one the ack names) has arrived, with no quiet period, so many of them can run at once in threads of their own.
 */
public final class TurnSocket implements AutoCloseable {
  private final WebSocketClient client;
  private final WebSocket ws;
  private final LinkedBlockingQueue<JsonObject> inbox = new LinkedBlockingQueue<>();
  private final TreeMap<Long, JsonObject> seen = new TreeMap<>();
  private String token;

  private TurnSocket(WebSocketClient client, WebSocket ws) {
    this.client = client;
    this.ws = ws;
    ws.textMessageHandler(t -> inbox.add(new JsonObject(t)));
    ws.closeHandler(v -> inbox.add(new JsonObject().put("type", "closed")));
  }

  /** Opens a socket and starts ({@code token} null) or resumes a conversation. */
  public static TurnSocket open(Vertx vertx, int port, String token) {
    WebSocketClient c = vertx.createWebSocketClient(new WebSocketClientOptions().setMaxMessageSize(1 << 20)
        .setMaxFrameSize(1 << 20));
    TurnSocket s = new TurnSocket(c, c.connect(port, "127.0.0.1", "/chat/ws").await());
    s.ws.writeTextMessage(new JsonObject().put("type", "hello").put("token", token).put("lang", "zh").encode()).await();
    JsonObject welcome = s.next(30);
    while (!"welcome".equals(welcome.getString("type"))) {
      if ("error".equals(welcome.getString("type"))) {
        throw new AssertionError("hello refused: " + welcome.encode());
      }
      welcome = s.next(30);
    }
    s.token = welcome.getString("token", token);
    return s;
  }

  public String token() {
    return token;
  }

  /** What a turn came to: its ack and stored messages, or the error frame that answered it. */
  public record Answer(JsonObject ack, List<JsonObject> messages, JsonObject error) {
    public List<JsonObject> replies() {
      return messages.stream().filter(m -> "out".equals(m.getString("direction"))).toList();
    }
  }

  /** Sends a message and waits (up to {@code seconds}) for its whole turn, or its error. */
  public Answer turn(String text, String clientMsgId, int seconds) {
    ws.writeTextMessage(new JsonObject().put("type", "message").put("text", text).put("clientMsgId", clientMsgId)
        .encode()).await();
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
    JsonObject ack = null;
    while (System.nanoTime() < deadline) {
      JsonObject m = poll(100);
      if (m == null) {
        continue;
      }
      String type = m.getString("type");
      if ("message".equals(type)) {
        seen.put(m.getLong("id"), m);
      } else if ("ack".equals(type) && clientMsgId.equals(m.getString("clientMsgId"))) {
        ack = m;
      } else if ("error".equals(type)) {
        return new Answer(null, List.of(), m);
      } else if ("closed".equals(type)) {
        throw new IllegalStateException("the socket closed before \"" + text + "\" was answered");
      }
      if (ack != null && seen.containsKey(ack.getLong("last"))) {
        return new Answer(ack, new ArrayList<>(seen.subMap(ack.getLong("id"), true, ack.getLong("last"), true).values()),
            null);
      }
    }
    throw new AssertionError("no answer to \"" + text + "\" within " + seconds + " s");
  }

  /** The bot's replies to a message (a refused turn fails the test). */
  public List<JsonObject> say(String text) {
    Answer a = turn(text, UUID.randomUUID().toString(), 60);
    if (a.error() != null) {
      throw new AssertionError("refused: " + a.error().encode());
    }
    return a.replies();
  }

  private JsonObject next(int seconds) {
    JsonObject m = poll(TimeUnit.SECONDS.toMillis(seconds));
    if (m == null) {
      throw new AssertionError("nothing within " + seconds + " s");
    }
    return m;
  }

  private JsonObject poll(long millis) {
    try {
      return inbox.poll(millis, TimeUnit.MILLISECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return null;
    }
  }

  @Override
  public void close() {
    ws.close();
    client.close();
  }
}
