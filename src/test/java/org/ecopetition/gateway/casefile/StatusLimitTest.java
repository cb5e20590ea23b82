package org.ecopetition.gateway.casefile;

import static org.assertj.core.api.Assertions.assertThat;

import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.ext.web.client.HttpResponse;
import io.vertx.ext.web.client.WebClient;
import io.vertx.core.buffer.Buffer;
import io.vertx.junit5.VertxExtension;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import org.ecopetition.gateway.Gateway;
import org.ecopetition.gateway.channel.webchat.WebChatFlowTestSupport;
import org.ecopetition.gateway.support.ChatClient;
import org.ecopetition.gateway.support.TestGateway;
import org.ecopetition.gateway.support.TestPostgres;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Failed status queries are counted atomically in PostgreSQL per (case, client), per client and per case: parallel
 * guesses are evaluated no more often than the bound, across instances; a stranger's guesses never lock the
 * petitioner's own device out; many strangers together meet a per-case bound with growing delays.
 */
@ExtendWith(VertxExtension.class)
class StatusLimitTest {

  static int status(WebClient http, int port, String path, String client) {
    return http.get(port, "127.0.0.1", path).putHeader("X-Forwarded-For", client).send().await().statusCode();
  }

  static Future<HttpResponse<Buffer>> ask(WebClient http, int port, String path, String client, String device) {
    var req = http.get(port, "127.0.0.1", path).putHeader("X-Forwarded-For", client);
    if (device != null) {
      req.putHeader("X-Device-Token", device);
    }
    return req.send();
  }

  /** A case reported over the web chat: its number, code and the device token of the page that reported it. */
  record Reported(String number, String code, String device) {}

  static Reported report(Vertx vertx, int port) {
    try (ChatClient chat = ChatClient.connect(vertx, port)) {
      String device = chat.hello(null, "zh").getString("token");
      chat.drain(300);
      String receipt = WebChatFlowTestSupport.report(chat);
      Matcher n = WebChatFlowTestSupport.CASE.matcher(receipt);
      Matcher c = WebChatFlowTestSupport.CODE.matcher(receipt);
      assertThat(n.find() && c.find()).isTrue();
      return new Reported(n.group(1), c.group(1), device);
    }
  }

  static Map<String, String> env(String db, String key) {
    Map<String, String> env = TestGateway.env(db, key);
    env.put("GATEWAY_HTTP_TRUSTED_PROXIES", "127.0.0.1/32,::1");
    env.put("GATEWAY_STATUS_CACHE_SECONDS", "0");
    return env;
  }

  /**
   * With the status queries on the pool (0), all of an instance's on one pipelined connection (1, many statements in
   * flight on it, each its own transaction), and two.
   */
  @ParameterizedTest
  @ValueSource(strings = {"0", "1", "2"})
  void twoHundredParallelWrongCodesAreEvaluatedNoMoreThanTheBound(String statusConnections, Vertx vertx) {
    String db = TestPostgres.freshDatabaseUrl();
    Map<String, String> env = env(db, TestGateway.newKey());
    env.put("GATEWAY_DATABASE_STATUS_CONNECTIONS", statusConnections);
    try (Gateway a = TestGateway.start(env); Gateway b = TestGateway.start(env)) {
      Reported r = report(vertx, a.port());
      String base = "/api/v1/cases/" + r.number() + "/status?code=";
      WebClient http = WebClient.create(vertx);
      List<Future<HttpResponse<Buffer>>> all = new ArrayList<>();
      for (int i = 0; i < 200; i++) {
        all.add(ask(http, i % 2 == 0 ? a.port() : b.port(), base + "WRNGC" + String.format("%03d", i)
            .replace('0', 'A').replace('1', 'B'), "10.0.0.9", null));
      }
      Future.join(all).await();
      long evaluated = all.stream().filter(f -> f.result().statusCode() == 404).count();
      long refused = all.stream().filter(f -> f.result().statusCode() == 429).count();
      // The default bound per (case, client) is 5: exactly five answers told the guesser anything.
      assertThat(evaluated).isEqualTo(5);
      assertThat(refused).isEqualTo(195);
      assertThat(all.stream().filter(f -> f.result().statusCode() == 429)
          .allMatch(f -> Integer.parseInt(f.result().getHeader("Retry-After")) > 0)).isTrue();
      // The guesser stays refused, even with the right code: no oracle.
      assertThat(status(http, a.port(), base + r.code(), "10.0.0.9")).isEqualTo(429);
      // The petitioner is not locked out, from their device or from another address.
      assertThat(ask(http, b.port(), base + r.code(), "10.0.0.1", r.device()).await().statusCode()).isEqualTo(200);
      assertThat(status(http, a.port(), base + r.code(), "10.0.0.2")).isEqualTo(200);
    }
  }

  @Test
  void aStrangersFiveWrongGuessesDoNotLockThePetitionersDeviceOut(Vertx vertx) {
    Map<String, String> env = env(TestPostgres.freshDatabaseUrl(), TestGateway.newKey());
    env.put("GATEWAY_STATUS_MAX_FAILURES_PER_CASE", "12");
    env.put("GATEWAY_STATUS_CASE_DELAY_AFTER", "5");
    env.put("GATEWAY_STATUS_CASE_DELAY_SECONDS", "120");
    try (Gateway g = TestGateway.start(env)) {
      Reported r = report(vertx, g.port());
      String base = "/api/v1/cases/" + r.number() + "/status?code=";
      WebClient http = WebClient.create(vertx);
      // The petitioner's device shares the address of the stranger (one carrier NAT).
      for (int i = 0; i < 5; i++) {
        assertThat(status(http, g.port(), base + "AAAAAAA" + "CDEFG".charAt(i), "10.1.1.1")).isEqualTo(404);
      }
      assertThat(status(http, g.port(), base + "AAAAAAAH", "10.1.1.1")).isEqualTo(429);
      // Five failures on the case: its delay runs for everyone but the device the case came from.
      HttpResponse<Buffer> delayed = ask(http, g.port(), base + r.code(), "10.2.2.2", null).await();
      assertThat(delayed.statusCode()).isEqualTo(429);
      assertThat(Integer.parseInt(delayed.getHeader("Retry-After"))).isGreaterThan(60);
      assertThat(ask(http, g.port(), base + r.code(), "10.1.1.1", r.device()).await().statusCode()).isEqualTo(200);
      // A forged device token is just another client: the case's delay applies to it.
      assertThat(ask(http, g.port(), base + r.code(), "10.3.3.3", "forged-token").await().statusCode()).isEqualTo(429);
      // The device's own guesses are still bounded.
      for (int i = 0; i < 5; i++) {
        assertThat(ask(http, g.port(), base + "BBBBBBB" + "CDEFG".charAt(i), "10.1.1.1", r.device()).await()
            .statusCode()).isEqualTo(404);
      }
      assertThat(ask(http, g.port(), base + r.code(), "10.1.1.1", r.device()).await().statusCode()).isEqualTo(429);
    }
  }

  @Test
  void behindTheTrustedProxyAForgedFirstHopDoesNotEscapeTheClientBound(Vertx vertx) {
    Map<String, String> env = env(TestPostgres.freshDatabaseUrl(), TestGateway.newKey());
    env.put("GATEWAY_STATUS_MAX_FAILURES_PER_CLIENT", "3");
    try (Gateway g = TestGateway.start(env)) {
      WebClient http = WebClient.create(vertx);
      for (int i = 1; i <= 3; i++) {
        assertThat(status(http, g.port(), "/api/v1/cases/HB2026010100" + (100 + i) + "/status?code=ABCDEFGH",
            "6.6.6." + i + ", 10.4.4.4")).isEqualTo(404);
      }
      // The proxy appended 10.4.4.4; whatever the client put before it, it is the same client.
      assertThat(status(http, g.port(), "/api/v1/cases/HB2026010100200/status?code=ABCDEFGH", "7.7.7.7, 10.4.4.4"))
          .isEqualTo(429);
      assertThat(status(http, g.port(), "/api/v1/cases/HB2026010100200/status?code=ABCDEFGH", "10.5.5.5"))
          .isEqualTo(404);
    }
  }

  @Test
  void oneClientGuessingManyCaseNumbersIsStopped(Vertx vertx) {
    Map<String, String> env = TestGateway.env(TestPostgres.freshDatabaseUrl(), TestGateway.newKey());
    env.put("GATEWAY_STATUS_MAX_FAILURES_PER_CLIENT", "3");
    try (Gateway g = TestGateway.start(env)) {
      WebClient http = WebClient.create(vertx);
      for (int i = 1; i <= 3; i++) {
        assertThat(status(http, g.port(), "/api/v1/cases/HB2026010100" + (100 + i) + "/status?code=ABCDEFGH", "x"))
            .isEqualTo(404);
      }
      assertThat(status(http, g.port(), "/api/v1/cases/HB2026010100200/status?code=ABCDEFGH", "x")).isEqualTo(429);
      // Without a trusted proxy, X-Forwarded-For is ignored: the same loopback client stays locked.
      assertThat(status(http, g.port(), "/api/v1/cases/HB2026010100201/status?code=ABCDEFGH", "another")).isEqualTo(429);
    }
  }
}
