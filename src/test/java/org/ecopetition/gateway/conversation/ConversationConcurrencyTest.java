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
 * lock instead of being dropped, and a retried message (same clientMsgId) is handled once; the state an instance
 * holds is the stored one and gives way to the other instance's writes.
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

      statesHeldByAnInstanceAreTheStoredOnesAndGiveWayToTheOthersWrites(http, a, b);
    }
  }

  /**
   * Each instance holds the states it read or wrote (as stored, under the row's version): an intake with an ID number
   * in its first message, all on one instance, shows it masked in the summary as a stored state does; an intake whose
   * turns alternate between the instances sees every answer the other instance recorded.
   */
  private static void statesHeldByAnInstanceAreTheStoredOnesAndGiveWayToTheOthersWrites(WebClient http, Gateway a,
      Gateway b) {
    String id = "110101199003074578";
    List<String> summaries = new ArrayList<>();
    org.ecopetition.gateway.channel.webchat.WebChatFlowTestSupport.drive(say(http, a, a),
        org.ecopetition.gateway.channel.webchat.WebChatFlowTestSupport.FIRST + "，我的身份证号" + id, summaries::add);
    assertThat(summaries).hasSize(1);
    assertThat(summaries.get(0)).contains("【身份证号】").doesNotContain(id);

    summaries.clear();
    String receipt = org.ecopetition.gateway.channel.webchat.WebChatFlowTestSupport.drive(say(http, a, b),
        org.ecopetition.gateway.channel.webchat.WebChatFlowTestSupport.FIRST, summaries::add);
    assertThat(receipt).contains("案件编号");
    assertThat(summaries).hasSize(1);
    org.ecopetition.gateway.channel.webchat.WebChatFlowTestSupport.assertSummary(summaries.get(0));
  }

  /** A new conversation's {@code say}: its turns alternate between {@code first} and {@code second}. */
  private static java.util.function.Function<String, List<JsonObject>> say(WebClient http, Gateway first, Gateway second) {
    String token = http.post(first.port(), "127.0.0.1", "/api/v1/chat/conversations").sendJsonObject(new JsonObject())
        .await().bodyAsJsonObject().getString("token");
    int[] n = {0};
    return text -> {
      Gateway g = n[0]++ % 2 == 0 ? first : second;
      HttpResponse<Buffer> r = http.post(g.port(), "127.0.0.1", "/api/v1/chat/messages").sendJsonObject(new JsonObject()
          .put("token", token).put("text", text).put("clientMsgId", "t" + n[0])).await();
      assertThat(r.statusCode()).as(r.bodyAsString()).isEqualTo(200);
      return r.bodyAsJsonObject().getJsonArray("messages").stream().map(JsonObject.class::cast)
          .filter(m -> "out".equals(m.getString("direction"))).toList();
    };
  }
}
