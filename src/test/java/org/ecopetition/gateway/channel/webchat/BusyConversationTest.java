package org.ecopetition.gateway.channel.webchat;

import static org.assertj.core.api.Assertions.assertThat;

import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.client.HttpResponse;
import io.vertx.ext.web.client.WebClient;
import io.vertx.ext.web.client.WebClientOptions;
import io.vertx.junit5.VertxExtension;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.ecopetition.gateway.Gateway;
import org.ecopetition.gateway.support.TestGateway;
import org.ecopetition.gateway.support.TestPostgres;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A page (or a script) flooding one conversation while its turn cannot finish: past the turns a conversation may
 * hold waiting, each further message is refused at once with 429 {@code too_fast} in the petitioner's language and
 * Retry-After, nothing of it is stored, and every accepted message is answered once the turn goes through.
 */
@ExtendWith(VertxExtension.class)
class BusyConversationTest {

  @Test
  void messagesPastTheWaitingBoundAreRefusedClearlyAndNotStored(Vertx vertx) throws Exception {
    String url = TestPostgres.freshDatabaseUrl();
    Map<String, String> env = TestGateway.env(url, TestGateway.newKey());
    try (Gateway g = TestGateway.start(env); Connection sql = TestPostgres.connect(url)) {
      // One connection per message, as sixty tabs or a script would open them.
      WebClient http = WebClient.create(vertx, new WebClientOptions(), new io.vertx.core.http.PoolOptions().setHttp1MaxSize(100));
      String token = http.post(g.port(), "127.0.0.1", "/api/v1/chat/conversations")
          .sendJsonObject(new JsonObject().put("lang", "zh")).await().bodyAsJsonObject().getString("token");
      UUID conversation;
      try (ResultSet r = sql.createStatement().executeQuery("SELECT id FROM conversations")) {
        r.next();
        conversation = r.getObject(1, UUID.class);
      }
      long before = inbound(sql, conversation);

      // A turn in flight elsewhere holds the conversation: every message now waits behind it.
      sql.setAutoCommit(false);
      try (PreparedStatement lock = sql.prepareStatement("SELECT id FROM conversations WHERE id = ? FOR UPDATE")) {
        lock.setObject(1, conversation);
        lock.execute();
      }
      int sent = 60;
      List<Future<HttpResponse<Buffer>>> answers = new ArrayList<>();
      for (int i = 0; i < sent; i++) {
        answers.add(http.post(g.port(), "127.0.0.1", "/api/v1/chat/messages").putHeader("Accept-Language", "zh-CN")
            .sendJsonObject(new JsonObject().put("token", token).put("text", "第" + i + "条：河里有死鱼")
                .put("clientMsgId", "flood-" + i)));
      }
      // The refusals come at once, while the conversation is still held.
      // Up to 20 s, polled: a count of waits, not a clock.
      for (int waits = 0; waits < 400 && answers.stream().noneMatch(Future::isComplete); waits++) {
        Thread.sleep(50);
      }
      List<HttpResponse<Buffer>> early = answers.stream().filter(Future::succeeded).map(Future::result).toList();
      assertThat(early).as("refused while the turn was held").isNotEmpty()
          .allSatisfy(r -> assertThat(r.statusCode()).isEqualTo(429));
      sql.rollback();

      int refused = 0;
      int answered = 0;
      for (Future<HttpResponse<Buffer>> f : answers) {
        HttpResponse<Buffer> r = f.await();
        if (r.statusCode() == 429) {
          refused++;
          JsonObject error = r.bodyAsJsonObject().getJsonObject("error");
          assertThat(error.getString("code")).isEqualTo("too_fast");
          assertThat(error.getString("message")).contains("太快");
          assertThat(r.getHeader("Retry-After")).isEqualTo("1");
        } else {
          assertThat(r.statusCode()).as(r.bodyAsString()).isEqualTo(200);
          answered++;
        }
      }
      assertThat(refused).as("some messages were past the bound").isPositive();
      assertThat(answered).as("the waiting ones were answered").isPositive();
      assertThat(refused + answered).isEqualTo(sent);
      // Only what was accepted was stored: each refused message left nothing behind.
      assertThat(inbound(sql, conversation) - before).isEqualTo(answered);

      // The conversation takes messages again once its queue has emptied.
      HttpResponse<Buffer> again = http.post(g.port(), "127.0.0.1", "/api/v1/chat/messages")
          .sendJsonObject(new JsonObject().put("token", token).put("text", "还在吗").put("clientMsgId", "after"))
          .await();
      assertThat(again.statusCode()).isEqualTo(200);
    }
  }

  private static long inbound(Connection sql, UUID conversation) throws Exception {
    try (PreparedStatement q = sql.prepareStatement(
        "SELECT count(*) FROM messages WHERE conversation_id = ? AND direction = 'in'")) {
      q.setObject(1, conversation);
      try (ResultSet r = q.executeQuery()) {
        r.next();
        return r.getLong(1);
      }
    }
  }
}
