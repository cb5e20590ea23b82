package org.ecopetition.gateway.conversation;

import static org.assertj.core.api.Assertions.assertThat;

import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.client.HttpResponse;
import io.vertx.ext.web.client.WebClient;
import io.vertx.junit5.VertxExtension;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.ecopetition.gateway.Gateway;
import org.ecopetition.gateway.support.TestGateway;
import org.ecopetition.gateway.support.TestPostgres;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * One turn at a time per conversation across instances: concurrent deliveries queue behind the row
 * lock instead of being dropped, and a retried message (same clientMsgId) is handled once.
 */
@ExtendWith(VertxExtension.class)
class ConversationConcurrencyTest {

  @Test
  void concurrentAndDuplicateDeliveriesOnTwoInstances(Vertx vertx) {
    String db = TestPostgres.freshDatabaseUrl();
    Map<String, String> env = TestGateway.env(db, TestGateway.newKey());
    try (Gateway a = TestGateway.start(env); Gateway b = TestGateway.start(env)) {
      WebClient http = WebClient.create(vertx);
      String token = http.post(a.port(), "127.0.0.1", "/api/v1/chat/conversations").sendJsonObject(new JsonObject())
          .await().bodyAsJsonObject().getString("token");

      // The same message delivered five times at once, to both instances (a weak signal's retries).
      List<Future<HttpResponse<Buffer>>> dup = new ArrayList<>();
      for (int i = 0; i < 5; i++) {
        int port = i % 2 == 0 ? a.port() : b.port();
        dup.add(http.post(port, "127.0.0.1", "/api/v1/chat/messages").sendJsonObject(new JsonObject()
            .put("token", token).put("text", "化工厂夜里排放刺鼻气味，很多人头晕").put("clientMsgId", "same-1")));
      }
      Future.all(dup).await();
      long firstIds = dup.stream().map(f -> f.result().bodyAsJsonObject().getJsonArray("messages")
          .getJsonObject(0).getLong("id")).distinct().count();
      assertThat(firstIds).isEqualTo(1);
      assertThat(dup.stream().filter(f -> !f.result().bodyAsJsonObject().getBoolean("duplicate")).count())
          .isEqualTo(1);

      // Different messages at once: every one is stored, in some order, and each got its own turn.
      List<Future<HttpResponse<Buffer>>> many = new ArrayList<>();
      for (int i = 0; i < 6; i++) {
        int port = i % 2 == 0 ? a.port() : b.port();
        many.add(http.post(port, "127.0.0.1", "/api/v1/chat/messages").sendJsonObject(new JsonObject()
            .put("token", token).put("text", "补充第" + i + "条").put("clientMsgId", "m" + i)));
      }
      Future.all(many).await();
      many.forEach(f -> assertThat(f.result().statusCode()).isEqualTo(200));

      Map<String, Long> counts = TestPostgres.jdbc(db, c -> {
        ResultSet rs = c.createStatement().executeQuery(
            "SELECT (SELECT count(*) FROM messages WHERE direction = 'in'),"
                + " (SELECT version FROM conversations LIMIT 1)");
        rs.next();
        return Map.of("in", rs.getLong(1), "version", rs.getLong(2));
      });
      assertThat(counts.get("in")).isEqualTo(7);
      // One state version per turn: no turn was lost or applied twice.
      assertThat(counts.get("version")).isEqualTo(7);
    }
  }
}
