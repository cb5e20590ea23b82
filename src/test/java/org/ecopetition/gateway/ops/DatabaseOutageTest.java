package org.ecopetition.gateway.ops;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import io.vertx.core.Vertx;
import io.vertx.core.json.JsonObject;
import io.vertx.junit5.VertxExtension;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.ecopetition.gateway.Gateway;
import org.ecopetition.gateway.support.ChatClient;
import org.ecopetition.gateway.support.TcpProxy;
import org.ecopetition.gateway.support.TestGateway;
import org.ecopetition.gateway.support.TestPostgres;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.slf4j.LoggerFactory;

/**
 * The database goes away mid-test (every connection dropped, its port refusing) and comes back: meanwhile the
 * status API, the chat's HTTP fallback and its WebSocket answer 503 / "unavailable" with Retry-After, readiness
 * is DOWN, and the log says so in one line, with no stack trace per request; once it is back, one line says
 * so and requests are served again.
 */
@ExtendWith(VertxExtension.class)
class DatabaseOutageTest {
  private static final HttpClient HTTP = HttpClient.newHttpClient();

  @Test
  void anOutageIs503WithRetryAfterAndOneLogLine(Vertx vertx) throws Exception {
    String url = TestPostgres.freshDatabaseUrl();
    Matcher m = Pattern.compile("localhost:(\\d+)/").matcher(url);
    assertThat(m.find()).isTrue();
    Logger root = (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
    ListAppender<ILoggingEvent> log = new ListAppender<>();
    try (TcpProxy db = new TcpProxy(Integer.parseInt(m.group(1)))) {
      Map<String, String> env = TestGateway.env(url.replace("localhost:" + m.group(1), "127.0.0.1:" + db.port()),
          TestGateway.newKey());
      env.put("GATEWAY_DATABASE_RETRY_AFTER_SECONDS", "7");
      try (Gateway g = TestGateway.start(env); ChatClient chat = ChatClient.connect(vertx, g.port())) {
        chat.hello(null, "zh");
        chat.drain(300);
        assertThat(chat.say("查询进度")).isNotEmpty();
        String token = open(g.port());
        assertThat(status(g.port()).statusCode()).isEqualTo(404);

        log.start();
        root.addAppender(log);
        db.cut();
        for (int i = 0; i < 5; i++) {
          HttpResponse<String> r = status(g.port());
          assertThat(r.statusCode()).isEqualTo(503);
          assertThat(r.headers().firstValue("Retry-After")).contains("7");
          assertThat(new JsonObject(r.body()).getJsonObject("error").getString("code")).isEqualTo("unavailable");
        }
        HttpResponse<String> post = HTTP.send(HttpRequest.newBuilder(URI.create(base(g.port()) + "/api/v1/chat/messages"))
            .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(new JsonObject()
                .put("token", token).put("text", "你好").put("clientMsgId", "m1").encode())).build(),
            HttpResponse.BodyHandlers.ofString());
        assertThat(post.statusCode()).isEqualTo(503);
        assertThat(post.headers().firstValue("Retry-After")).contains("7");
        chat.send(new JsonObject().put("type", "message").put("text", "工厂排放废水").put("clientMsgId",
            UUID.randomUUID().toString()));
        JsonObject refused = chat.next("error", "ack");
        assertThat(refused.getString("type")).isEqualTo("error");
        assertThat(refused.getString("code")).isEqualTo("unavailable");
        assertThat(refused.getInteger("retryAfter")).isEqualTo(7);
        HttpResponse<String> ready = HTTP.send(HttpRequest.newBuilder(URI.create(base(g.port()) + "/health/ready")).build(),
            HttpResponse.BodyHandlers.ofString());
        assertThat(ready.statusCode()).isEqualTo(503);

        db.restore();
        long deadline = System.nanoTime() + 15_000_000_000L;
        int code = 503;
        while (code == 503 && System.nanoTime() < deadline) {
          Thread.sleep(200);
          code = status(g.port()).statusCode();
        }
        assertThat(code).as("served again once the database is back").isEqualTo(404);
        deadline = System.nanoTime() + 5_000_000_000L;
        while (lines(log, "available again").isEmpty() && System.nanoTime() < deadline) {
          Thread.sleep(100);
        }
        assertThat(chat.say("帮助")).isNotEmpty();
      } finally {
        root.detachAppender(log);
      }
    }
    List<ILoggingEvent> unavailable = lines(log, "database unavailable");
    assertThat(unavailable).hasSize(1);
    assertThat(unavailable.get(0).getLevel()).isEqualTo(Level.ERROR);
    assertThat(lines(log, "available again")).hasSize(1);
    assertThat(log.list).as("no stack trace per request").noneMatch(e -> e.getThrowableProxy() != null
        && e.getLoggerName().startsWith("org.ecopetition"));
    assertThat(log.list).noneMatch(e -> e.getFormattedMessage().contains("request failed")
        || e.getFormattedMessage().contains("frame failed"));
  }

  private static List<ILoggingEvent> lines(ListAppender<ILoggingEvent> log, String text) {
    synchronized (log.list) {
      return log.list.stream().filter(e -> e.getFormattedMessage().contains(text)).toList();
    }
  }

  private static String base(int port) {
    return "http://127.0.0.1:" + port;
  }

  private static String open(int port) throws Exception {
    HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create(base(port) + "/api/v1/chat/conversations"))
        .POST(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
    return new JsonObject(r.body()).getString("token");
  }

  private static HttpResponse<String> status(int port) throws Exception {
    return HTTP.send(HttpRequest.newBuilder(URI.create(base(port) + "/api/v1/cases/HB2026010100001/status"))
        .header("X-Query-Code", "ABCDEFGH").build(), HttpResponse.BodyHandlers.ofString());
  }
}
