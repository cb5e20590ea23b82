package org.ecopetition.gateway.channel.webchat;

import static org.assertj.core.api.Assertions.assertThat;

import io.vertx.core.Vertx;
import io.vertx.core.json.JsonObject;
import io.vertx.junit5.VertxExtension;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.ecopetition.gateway.Gateway;
import org.ecopetition.gateway.support.ChatClient;
import org.ecopetition.gateway.support.StaffClient;
import org.ecopetition.gateway.support.TestGateway;
import org.ecopetition.gateway.support.TestPostgres;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The HTTP server on two event loops ({@code http.eventLoops: 2}; each new connection goes to the next loop): a
 * conversation's sockets held by both loops all receive what a member of staff writes, whichever loop handled the
 * staff request (the NOTIFY wake reaches every loop's sockets); and a graceful stop waits for a turn in flight on each
 * loop before it closes their sockets.
 */
@ExtendWith(VertxExtension.class)
class EventLoopsTest {
  private static final HttpClient HTTP = HttpClient.newHttpClient();

  private static Map<String, String> env(String url) {
    Map<String, String> env = TestGateway.env(url, TestGateway.newKey());
    env.put("GATEWAY_HTTP_EVENT_LOOPS", "2");
    return env;
  }

  @Test
  void aStaffMessageReachesTheConversationsSocketsOnEveryLoop(Vertx vertx) {
    Map<String, String> env = env(TestPostgres.freshDatabaseUrl());
    StaffClient.configure(env);
    Gateway g = TestGateway.start(env);
    List<ChatClient> sockets = new ArrayList<>();
    try {
      assertThat(g.eventLoops()).isEqualTo(2);
      // Issue 16 (gwcpu): no event loop beyond those that serve HTTP, where the pool's connections would live apart.
      int inAll = 0;
      for (io.netty.util.concurrent.EventExecutor e
          : ((io.vertx.core.internal.VertxInternal) g.vertx()).nettyEventLoopGroup()) {
        inAll++;
      }
      assertThat(inAll).as("the gateway's event loops in all").isEqualTo(2);
      ChatClient first = ChatClient.connect(vertx, g.port());
      sockets.add(first);
      String token = first.hello(null, "zh").getString("token");
      first.drain(300);
      assertThat(first.say("人工")).isNotEmpty();
      UUID conversation = g.chatSocketLoops().keySet().iterator().next();
      // More sockets on the same conversation (other tabs, other devices), until both loops hold some of them.
      while (new HashSet<>(g.chatSocketLoops().get(conversation)).size() < 2 && sockets.size() < 8) {
        ChatClient more = ChatClient.connect(vertx, g.port());
        sockets.add(more);
        assertThat(more.hello(token, "zh").getString("type")).isEqualTo("welcome");
      }
      List<String> loops = g.chatSocketLoops().get(conversation);
      assertThat(loops).hasSize(sockets.size());
      assertThat(new HashSet<>(loops)).as("the conversation's sockets are served by both event loops").hasSize(2);
      sockets.forEach(s -> s.drain(300));

      StaffClient wang = new StaffClient(vertx, g);
      assertThat(wang.post("/workspace/conversations/" + conversation + "/claim", new JsonObject()).statusCode())
          .isEqualTo(200);
      String said = "您好，我是工作人员，请问工厂在哪个镇？";
      assertThat(wang.post("/workspace/conversations/" + conversation + "/messages", new JsonObject().put("text", said))
          .statusCode()).isEqualTo(200);
      // The staff request was handled on one of the two loops: some of these sockets are on the other one.
      for (ChatClient s : sockets) {
        assertThat(nextText(s, said)).as("every socket, on either loop, gets the staff message").contains(said);
      }
    } finally {
      sockets.forEach(ChatClient::close);
      g.close();
    }
  }

  @Test
  void aGracefulStopWaitsForATurnInFlightOnEachLoop(Vertx vertx) throws Exception {
    String url = TestPostgres.freshDatabaseUrl();
    Map<String, String> env = env(url);
    env.put("GATEWAY_HTTP_DRAIN_SECONDS", "20");
    // One turn per batch: each turn waits for its own lock, so the test can see both wait.
    env.put("GATEWAY_CHAT_GROUP_COMMIT_MAX_TURNS", "1");
    Gateway g = TestGateway.start(env);
    List<ChatClient> sockets = new ArrayList<>();
    CompletableFuture<Long> stopped = new CompletableFuture<>();
    try (Connection sql = TestPostgres.connect(url)) {
      // One conversation per socket, until each loop holds one: the busy socket of each loop.
      Map<String, ChatClient> busy = new HashMap<>();
      Map<String, UUID> conversationOf = new HashMap<>();
      while (busy.size() < 2 && sockets.size() < 8) {
        ChatClient s = ChatClient.connect(vertx, g.port());
        sockets.add(s);
        s.hello(null, "zh");
        s.drain(300);
        Set<UUID> known = new HashSet<>(conversationOf.values());
        for (Map.Entry<UUID, List<String>> e : g.chatSocketLoops().entrySet()) {
          if (!known.contains(e.getKey())) {
            String loop = e.getValue().get(0);
            if (!busy.containsKey(loop)) {
              busy.put(loop, s);
              conversationOf.put(loop, e.getKey());
            }
          }
        }
      }
      assertThat(busy).as("a socket on each of the two loops").hasSize(2);

      // The test holds both conversations' row locks, as turns in flight elsewhere would.
      sql.setAutoCommit(false);
      try (PreparedStatement lock = sql.prepareStatement("SELECT id FROM conversations WHERE id = ANY (?) FOR UPDATE")) {
        lock.setArray(1, sql.createArrayOf("uuid", conversationOf.values().toArray()));
        lock.execute();
      }
      Map<String, String> ids = new HashMap<>();
      busy.forEach((loop, s) -> {
        String id = UUID.randomUUID().toString();
        ids.put(loop, id);
        s.send(new JsonObject().put("type", "message").put("text", "工厂夜里排放废水，河里有死鱼").put("clientMsgId", id));
      });
      waitForLockWaiters(sql, 2);

      Thread stopper = new Thread(() -> {
        long t0 = System.nanoTime();
        g.close();
        stopped.complete(TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - t0));
      });
      stopper.start();

      HttpResponse<String> ready = waitForDraining(g.port());
      assertThat(ready.statusCode()).isEqualTo(503);
      assertThat(new JsonObject(ready.body()).getBoolean("draining")).isTrue();
      Thread.sleep(300);
      busy.values().forEach(s -> assertThat(s.isClosed()).as("a socket with a turn in flight stays open").isFalse());
      assertThat(stopped).isNotDone();

      sql.commit();
      sql.setAutoCommit(true);
      for (Map.Entry<String, ChatClient> e : busy.entrySet()) {
        assertThat(e.getValue().next("ack").getString("clientMsgId")).as("the turn on " + e.getKey() + " finished")
            .isEqualTo(ids.get(e.getKey()));
      }
      for (ChatClient s : busy.values()) {
        assertThat(s.awaitClose(5_000)).isEqualTo((short) 1012);
      }
      assertThat(stopped.get(25, TimeUnit.SECONDS)).isLessThan(20_000);
      try (PreparedStatement q = sql.prepareStatement("SELECT count(*) FROM messages WHERE client_msg_id = ANY (?)")) {
        q.setArray(1, sql.createArrayOf("text", ids.values().toArray()));
        ResultSet rs = q.executeQuery();
        rs.next();
        assertThat(rs.getInt(1)).as("both turns are stored").isEqualTo(2);
      }
    } finally {
      sockets.forEach(ChatClient::close);
      g.close();
    }
  }

  /** The text of the next message that contains {@code wanted}, skipping others; fails after 10 s. */
  private static String nextText(ChatClient s, String wanted) {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
    while (System.nanoTime() < deadline) {
      JsonObject m = s.poll(100);
      if (m != null && "message".equals(m.getString("type")) && m.getString("text", "").contains(wanted)) {
        return m.getString("text");
      }
    }
    return "";
  }

  private static void waitForLockWaiters(Connection sql, int n) throws Exception {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
    while (System.nanoTime() < deadline) {
      try (ResultSet rs = sql.createStatement()
          .executeQuery("SELECT count(DISTINCT pid) FROM pg_locks WHERE NOT granted")) {
        rs.next();
        if (rs.getInt(1) >= n) {
          return;
        }
      }
      Thread.sleep(20);
    }
    throw new AssertionError("the turns never waited for their conversations' locks");
  }

  /** Readiness once the stop has begun (DOWN, draining). */
  private static HttpResponse<String> waitForDraining(int port) throws Exception {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
    HttpResponse<String> r;
    do {
      r = HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/health/ready")).build(),
          HttpResponse.BodyHandlers.ofString());
    } while (r.statusCode() != 503 && System.nanoTime() < deadline && sleep());
    return r;
  }

  private static boolean sleep() {
    try {
      Thread.sleep(20);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    return true;
  }
}
