package org.ecopetition.gateway.channel.webchat;

import static org.assertj.core.api.Assertions.assertThat;

import io.vertx.core.Vertx;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.client.WebClient;
import io.vertx.junit5.VertxExtension;
import java.util.Map;
import org.ecopetition.gateway.Gateway;
import org.ecopetition.gateway.support.ChatClient;
import org.ecopetition.gateway.support.TestGateway;
import org.ecopetition.gateway.support.TestPostgres;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A phone holds a WebSocket on one instance while the same conversation is written through another (a
 * second tab on the HTTP fallback, later a member of staff): the socket receives it through the events
 * table and NOTIFY, and a poller with a cursor gets exactly what it has not seen.
 */
@ExtendWith(VertxExtension.class)
class CrossInstanceDeliveryTest {

  @Test
  void messagesWrittenOnAnotherInstanceReachTheSocketAndThePoller(Vertx vertx) {
    Map<String, String> env = TestGateway.env(TestPostgres.freshDatabaseUrl(), TestGateway.newKey());
    try (Gateway a = TestGateway.start(env); Gateway b = TestGateway.start(env);
        ChatClient phone = ChatClient.connect(vertx, a.port())) {
      String token = phone.hello(null, "zh").getString("token");
      long seen = phone.drain(300).stream().mapToLong(m -> m.getLong("id", 0L)).max().orElse(0);

      WebClient http = WebClient.create(vertx);
      JsonObject posted = http.post(b.port(), "127.0.0.1", "/api/v1/chat/messages")
          .sendJsonObject(new JsonObject().put("token", token).put("text", "镇上的造纸厂把黑水排进河里好几天了")
              .put("clientMsgId", "tab2-1"))
          .await().bodyAsJsonObject();
      long cursor = posted.getLong("cursor");

      JsonObject echoed = phone.next("message");
      assertThat(echoed.getString("direction")).isEqualTo("in");
      assertThat(echoed.getString("text")).contains("造纸厂");
      JsonObject reply = phone.next("message");
      assertThat(reply.getString("text")).contains("问题发生在哪里");

      JsonObject polled = http.get(a.port(), "127.0.0.1", "/api/v1/chat/messages?since=" + seen)
          .putHeader("Authorization", "Bearer " + token).send().await().bodyAsJsonObject();
      assertThat(polled.getJsonArray("messages")).hasSize(2);
      assertThat(polled.getLong("cursor")).isEqualTo(cursor);
      JsonObject nothingNew = http.get(a.port(), "127.0.0.1", "/api/v1/chat/messages?since=" + cursor)
          .putHeader("Authorization", "Bearer " + token).send().await().bodyAsJsonObject();
      assertThat(nothingNew.getJsonArray("messages")).isEmpty();
      assertThat(http.get(a.port(), "127.0.0.1", "/api/v1/chat/messages?since=0")
          .putHeader("Authorization", "Bearer " + "C".repeat(43)).send().await().statusCode()).isEqualTo(404);
    }
  }
}
