package org.ecopetition.gateway.channel.webchat;

import org.ecopetition.gateway.support.Web;
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

  /**
   * The socket does not read again when woken by its own turn's event (it sent that turn's messages already), but
   * still reads for every other event: a message written through another instance after its own turns arrives, and no
   * message arrives twice.
   */
  @Test
  void afterItsOwnTurnsTheSocketStillGetsWhatAnotherInstanceWritesAndNothingTwice(Vertx vertx) {
    Map<String, String> env = TestGateway.env(TestPostgres.freshDatabaseUrl(), TestGateway.newKey());
    try (Gateway a = TestGateway.start(env); Gateway b = TestGateway.start(env);
        ChatClient phone = ChatClient.connect(vertx, a.port())) {
      String token = phone.hello(null, "zh").getString("token");
      java.util.List<JsonObject> all = new java.util.ArrayList<>(phone.drain(300));
      assertThat(phone.say("镇上的造纸厂把黑水排进河里好几天了")).isNotEmpty();
      assertThat(phone.say("城关镇东门村")).isNotEmpty();
      // Whatever the NOTIFYs of the two turns could still bring (nothing: their messages are here).
      all.addAll(phone.drain(500));

      JsonObject posted = Web.once(vertx, c -> c.post(b.port(), "127.0.0.1", "/api/v1/chat/messages")
          .sendJsonObject(new JsonObject().put("token", token).put("text", "今天早上又排了一次")
              .put("clientMsgId", "tab2-after"))
          .await().bodyAsJsonObject());
      long cursor = posted.getLong("cursor");
      JsonObject echoed = phone.next("message");
      assertThat(echoed.getString("direction")).isEqualTo("in");
      assertThat(echoed.getString("text")).isEqualTo("今天早上又排了一次");
      all.add(echoed);
      JsonObject m = echoed;
      while (m.getLong("id") < cursor) {
        m = phone.next("message");
        all.add(m);
      }
      all.addAll(phone.drain(500));
      java.util.List<Long> ids = all.stream().filter(x -> "message".equals(x.getString("type")))
          .map(x -> x.getLong("id")).toList();
      assertThat(ids).doesNotHaveDuplicates().contains(cursor);
    }
  }
}
