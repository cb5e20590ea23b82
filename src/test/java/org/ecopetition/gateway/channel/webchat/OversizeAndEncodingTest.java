package org.ecopetition.gateway.channel.webchat;

import org.ecopetition.gateway.support.Web;
import static org.assertj.core.api.Assertions.assertThat;

import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.WebSocket;
import io.vertx.core.http.WebSocketClientOptions;
import io.vertx.core.http.WebSocketFrameType;
import io.vertx.core.http.impl.ws.WebSocketFrameImpl;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.client.HttpResponse;
import io.vertx.ext.web.client.WebClient;
import io.vertx.junit5.VertxExtension;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.ecopetition.gateway.Gateway;
import org.ecopetition.gateway.support.TestGateway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * 413, 414 and 431 answers carry the JSON error body; on the chat socket a too-large message gets message_too_long
 * and invalid UTF-8 gets bad_encoding (over HTTP such a body is refused too), and the socket stays usable.
 */
@ExtendWith(VertxExtension.class)
class OversizeAndEncodingTest {

  static String code(HttpResponse<Buffer> r) {
    return r.bodyAsJsonObject().getJsonObject("error").getString("code");
  }

  @Test
  void httpRefusalsBeforeAnyRouteAreJson(Vertx vertx) {
    try (Gateway g = TestGateway.start()) {
      WebClient http = WebClient.create(vertx);
      HttpResponse<Buffer> uri = http.get(g.port(), "127.0.0.1", "/api/v1/info?x=" + "a".repeat(9000)).send().await();
      assertThat(uri.statusCode()).isEqualTo(414);
      assertThat(code(uri)).isEqualTo("uri_too_long");
      HttpResponse<Buffer> headers = http.get(g.port(), "127.0.0.1", "/api/v1/info")
          .putHeader("X-Padding", "b".repeat(12_000)).send().await();
      assertThat(headers.statusCode()).isEqualTo(431);
      assertThat(code(headers)).isEqualTo("headers_too_large");
      assertThat(headers.bodyAsJsonObject().getJsonObject("error").getString("message")).isEqualTo("请求头太大。");
      HttpResponse<Buffer> body = Web.once(vertx, c -> c.post(g.port(), "127.0.0.1", "/api/v1/chat/messages")
          .sendBuffer(Buffer.buffer("{\"text\":\"" + "c".repeat(70_000) + "\"}")).await());
      assertThat(body.statusCode()).isEqualTo(413);
      assertThat(code(body)).isEqualTo("body_too_large");
      // Invalid UTF-8 in a JSON body: refused.
      String token = http.post(g.port(), "127.0.0.1", "/api/v1/chat/conversations").send().await().bodyAsJsonObject()
          .getString("token");
      Buffer bad = Buffer.buffer("{\"token\":\"" + token + "\",\"text\":\"").appendBytes(new byte[] {(byte) 0xC3, 0x28})
          .appendString("\"}");
      HttpResponse<Buffer> enc = http.post(g.port(), "127.0.0.1", "/api/v1/chat/messages").sendBuffer(bad).await();
      assertThat(enc.statusCode()).isEqualTo(400);
    }
  }

  @Test
  void theSocketRefusesOversizeAndInvalidUtf8AndStaysOpen(Vertx vertx) throws Exception {
    try (Gateway g = TestGateway.start()) {
      LinkedBlockingQueue<JsonObject> inbox = new LinkedBlockingQueue<>();
      // The client in a variable closed at the end: Vert.x closes an unreferenced client and its sockets.
      var client = vertx.createWebSocketClient(new WebSocketClientOptions().setMaxFrameSize(1 << 20)
          .setMaxMessageSize(1 << 21));
      WebSocket ws = client.connect(g.port(), "127.0.0.1", "/chat/ws").await();
      ws.textMessageHandler(t -> inbox.add(new JsonObject(t)));
      ws.writeTextMessage(new JsonObject().put("type", "hello").put("lang", "zh").encode()).await();
      assertThat(next(inbox, "welcome").getString("type")).isEqualTo("welcome");

      // 100 KB in one frame: far beyond any chat message.
      ws.writeTextMessage(new JsonObject().put("type", "message").put("text", "长".repeat(35_000)).encode()).await();
      assertThat(next(inbox, "error").getString("code")).isEqualTo("message_too_long");
      // The same spread over continuation frames.
      byte[] big = new JsonObject().put("type", "message").put("text", "x".repeat(60_000)).encode()
          .getBytes(StandardCharsets.UTF_8);
      ws.writeFrame(new WebSocketFrameImpl(WebSocketFrameType.TEXT, java.util.Arrays.copyOfRange(big, 0, 30_000), false))
          .await();
      ws.writeFrame(new WebSocketFrameImpl(WebSocketFrameType.CONTINUATION,
          java.util.Arrays.copyOfRange(big, 30_000, big.length), true)).await();
      assertThat(next(inbox, "error").getString("code")).isEqualTo("message_too_long");
      // Invalid UTF-8 (a lone continuation byte) in a text frame.
      byte[] bad = "{\"type\":\"message\",\"text\":\"\u0080\"}".getBytes(StandardCharsets.ISO_8859_1);
      ws.writeFrame(new WebSocketFrameImpl(WebSocketFrameType.TEXT, bad, true)).await();
      assertThat(next(inbox, "error").getString("code")).isEqualTo("bad_encoding");
      // Still open and answering.
      ws.writeTextMessage(new JsonObject().put("type", "ping").encode()).await();
      assertThat(next(inbox, "pong").getString("type")).isEqualTo("pong");
      ws.close().await();
      client.close().await();
    }
  }

  static JsonObject next(LinkedBlockingQueue<JsonObject> inbox, String type) throws InterruptedException {
    long end = System.nanoTime() + 15_000_000_000L;
    while (System.nanoTime() < end) {
      JsonObject o = inbox.poll(500, TimeUnit.MILLISECONDS);
      if (o != null && type.equals(o.getString("type"))) {
        return o;
      }
    }
    throw new AssertionError("no " + type + " frame");
  }
}
