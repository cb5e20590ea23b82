package org.ecopetition.gateway.support;

import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.client.HttpResponse;
import io.vertx.ext.web.client.WebClient;
import io.vertx.core.buffer.Buffer;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;

/** A petitioner's conversation over the web chat's HTTP fallback, as a phone without WebSockets holds it. */
public final class HttpChat {
  private final WebClient http;
  private final int port;
  private final String token;
  private final AtomicInteger n = new AtomicInteger();

  public HttpChat(WebClient http, int port) {
    this.http = http;
    this.port = port;
    this.token = http.post(port, "127.0.0.1", "/api/v1/chat/conversations").sendJsonObject(new JsonObject())
        .await().bodyAsJsonObject().getString("token");
  }

  /** The raw answer to one message (for a test that expects a refusal). */
  public HttpResponse<Buffer> send(String text) {
    return sendLater(text).await();
  }

  /** Sends without waiting: for many conversations at once. */
  public io.vertx.core.Future<HttpResponse<Buffer>> sendLater(String text) {
    return http.post(port, "127.0.0.1", "/api/v1/chat/messages")
        .sendJsonObject(new JsonObject().put("token", token).put("text", text).put("clientMsgId", "m" + n.incrementAndGet()));
  }

  /** The replies to one message. */
  public List<JsonObject> say(String text) {
    HttpResponse<Buffer> r = send(text);
    if (r.statusCode() != 200) {
      throw new AssertionError("refused (" + r.statusCode() + "): " + r.bodyAsString());
    }
    return r.bodyAsJsonObject().getJsonArray("messages").stream().map(o -> (JsonObject) o)
        .filter(m -> "out".equals(m.getString("direction"))).toList();
  }

  /** The replies' texts, joined. */
  public String text(String said) {
    return say(said).stream().map(m -> m.getString("text")).collect(Collectors.joining("\n"));
  }
}
