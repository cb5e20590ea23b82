package org.ecopetition.gateway.ops;

import static org.assertj.core.api.Assertions.assertThat;

import io.vertx.core.Vertx;
import io.vertx.core.json.JsonObject;
import io.vertx.junit5.VertxExtension;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.ecopetition.gateway.Gateway;
import org.ecopetition.gateway.support.ChatClient;
import org.ecopetition.gateway.support.TestGateway;
import org.ecopetition.gateway.support.TestPostgres;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * SIGTERM with a turn in flight (held on the conversation's lock by the test): readiness turns DOWN and new
 * requests get 503, an idle socket is told at once to reconnect elsewhere (close code 1012), the turn in
 * flight finishes — its acknowledgement and replies reach the petitioner and are stored — and only then is its
 * socket closed with 1012 and the gateway stopped, within {@code http.drainSeconds}.
 */
@ExtendWith(VertxExtension.class)
class GracefulShutdownTest {
  private static final HttpClient HTTP = HttpClient.newHttpClient();

  @Test
  void shutdownDrainsATurnInFlight(Vertx vertx) throws Exception {
    String url = TestPostgres.freshDatabaseUrl();
    Map<String, String> env = TestGateway.env(url, TestGateway.newKey());
    env.put("GATEWAY_HTTP_DRAIN_SECONDS", "20");
    Gateway g = TestGateway.start(env);
    CompletableFuture<Long> stopped = new CompletableFuture<>();
    try (ChatClient busy = ChatClient.connect(vertx, g.port()); ChatClient idle = ChatClient.connect(vertx, g.port());
        Connection sql = TestPostgres.connect(url)) {
      String token = busy.hello(null, "zh").getString("token");
      busy.drain(300);
      idle.hello(null, "zh");
      idle.drain(300);
      UUID conversation = conversationOf(sql, token);
      // The test holds the conversation's row lock, as a turn in flight on another instance would.
      sql.setAutoCommit(false);
      try (PreparedStatement lock = sql.prepareStatement("SELECT id FROM conversations WHERE id = ? FOR UPDATE")) {
        lock.setObject(1, conversation);
        lock.execute();
      }
      String clientMsgId = UUID.randomUUID().toString();
      busy.send(new JsonObject().put("type", "message").put("text", "工厂夜里排放废水，河里有死鱼")
          .put("clientMsgId", clientMsgId));
      waitForLockWaiter(sql);

      Thread stopper = new Thread(() -> {
        long t0 = System.nanoTime();
        g.close();
        stopped.complete(TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - t0));
      });
      stopper.start();

      assertThat(idle.awaitClose(5_000)).as("an idle socket is told to reconnect").isEqualTo((short) 1012);
      HttpResponse<String> ready = get(g.port(), "/health/ready");
      assertThat(ready.statusCode()).isEqualTo(503);
      assertThat(new JsonObject(ready.body()).getBoolean("draining")).isTrue();
      HttpResponse<String> refused = get(g.port(), "/api/v1/info");
      assertThat(refused.statusCode()).isEqualTo(503);
      assertThat(refused.headers().firstValue("Retry-After")).isPresent();
      assertThat(busy.isClosed()).as("the socket with a turn in flight stays open").isFalse();
      assertThat(stopped).isNotDone();

      sql.commit();
      sql.setAutoCommit(true);
      JsonObject ack = busy.next("ack");
      assertThat(ack.getString("clientMsgId")).isEqualTo(clientMsgId);
      List<JsonObject> replies = new ArrayList<>();
      JsonObject m;
      while ((m = busy.poll(2_000)) != null) {
        if ("message".equals(m.getString("type")) && "out".equals(m.getString("direction"))) {
          replies.add(m);
        }
      }
      assertThat(replies).as("the turn's replies reached the petitioner").isNotEmpty();
      assertThat(busy.awaitClose(5_000)).isEqualTo((short) 1012);
      assertThat(stopped.get(25, TimeUnit.SECONDS)).isLessThan(20_000);
      try (PreparedStatement q = sql.prepareStatement(
          "SELECT count(*) FROM messages WHERE conversation_id = (SELECT conversation_id FROM messages WHERE client_msg_id = ?)"
              + " AND id >= (SELECT id FROM messages WHERE client_msg_id = ?)")) {
        q.setString(1, clientMsgId);
        q.setString(2, clientMsgId);
        ResultSet rs = q.executeQuery();
        rs.next();
        assertThat(rs.getInt(1)).as("the message and its replies are stored").isEqualTo(1 + replies.size());
      }
    } finally {
      g.close();
    }
  }

  /** The conversation a token belongs to. */
  private static UUID conversationOf(Connection sql, String token) throws Exception {
    byte[] hash = MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.US_ASCII));
    try (PreparedStatement q = sql.prepareStatement("SELECT id FROM conversations WHERE token_hash = ?")) {
      q.setBytes(1, hash);
      ResultSet rs = q.executeQuery();
      assertThat(rs.next()).isTrue();
      return (UUID) rs.getObject(1);
    }
  }

  private static void waitForLockWaiter(Connection sql) throws Exception {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
    while (System.nanoTime() < deadline) {
      try (ResultSet rs = sql.createStatement()
          .executeQuery("SELECT count(*) FROM pg_locks WHERE NOT granted")) {
        rs.next();
        if (rs.getInt(1) > 0) {
          return;
        }
      }
      Thread.sleep(20);
    }
    throw new AssertionError("the turn never waited for the conversation's lock");
  }

  private static HttpResponse<String> get(int port, String path) throws Exception {
    return HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).build(),
        HttpResponse.BodyHandlers.ofString());
  }
}
