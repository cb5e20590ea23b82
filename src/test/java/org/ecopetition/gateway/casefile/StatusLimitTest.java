package org.ecopetition.gateway.casefile;

import static org.assertj.core.api.Assertions.assertThat;

import io.vertx.core.Vertx;
import io.vertx.ext.web.client.WebClient;
import io.vertx.junit5.VertxExtension;
import java.util.Map;
import java.util.regex.Matcher;
import org.ecopetition.gateway.Gateway;
import org.ecopetition.gateway.channel.webchat.WebChatFlowTestSupport;
import org.ecopetition.gateway.support.ChatClient;
import org.ecopetition.gateway.support.TestGateway;
import org.ecopetition.gateway.support.TestPostgres;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Failed status queries are counted per case number in PostgreSQL and per client: past the bound every
 * answer is 429, even for the right code, and the bound holds when the attempts are spread over instances.
 */
@ExtendWith(VertxExtension.class)
class StatusLimitTest {

  static int status(WebClient http, int port, String path, String client) {
    return http.get(port, "127.0.0.1", path).putHeader("X-Forwarded-For", client).send().await().statusCode();
  }

  @Test
  void theCaseLimitHoldsAcrossTwoInstances(Vertx vertx) {
    String db = TestPostgres.freshDatabaseUrl();
    String key = TestGateway.newKey();
    Map<String, String> env = TestGateway.env(db, key);
    env.put("GATEWAY_HTTP_TRUST_FORWARDED_FOR", "true");
    env.put("GATEWAY_STATUS_MAX_FAILURES_PER_CASE", "4");
    env.put("GATEWAY_STATUS_MAX_FAILURES_PER_CLIENT", "100");
    env.put("GATEWAY_STATUS_CACHE_SECONDS", "0");
    try (Gateway a = TestGateway.start(env); Gateway b = TestGateway.start(env);
        ChatClient chat = ChatClient.connect(vertx, a.port())) {
      chat.hello(null, "zh");
      chat.drain(300);
      String receipt = WebChatFlowTestSupport.report(chat);
      Matcher n = WebChatFlowTestSupport.CASE.matcher(receipt);
      Matcher c = WebChatFlowTestSupport.CODE.matcher(receipt);
      assertThat(n.find() && c.find()).isTrue();
      String base = "/api/v1/cases/" + n.group(1) + "/status?code=";
      WebClient http = WebClient.create(vertx);

      // The right code works on both instances: they share the database and the key.
      assertThat(status(http, b.port(), base + c.group(1), "10.0.0.1")).isEqualTo(200);
      // Four wrong codes from four addresses, alternating instances.
      assertThat(status(http, a.port(), base + "AAAAAAAA", "10.0.0.2")).isEqualTo(404);
      assertThat(status(http, b.port(), base + "BBBBBBBB", "10.0.0.3")).isEqualTo(404);
      assertThat(status(http, a.port(), base + "CCCCCCCC", "10.0.0.4")).isEqualTo(404);
      assertThat(status(http, b.port(), base + "DDDDDDDD", "10.0.0.5")).isEqualTo(404);
      // Now locked everywhere, for everyone, whatever the code: no oracle for a guesser.
      assertThat(status(http, a.port(), base + "EEEEEEEE", "10.0.0.6")).isEqualTo(429);
      assertThat(status(http, b.port(), base + c.group(1), "10.0.0.1")).isEqualTo(429);
      assertThat(status(http, a.port(), base + c.group(1), "10.0.0.7")).isEqualTo(429);
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
