package org.ecopetition.gateway.ops;

import static org.assertj.core.api.Assertions.assertThat;

import io.vertx.core.Vertx;
import io.vertx.junit5.VertxExtension;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.ecopetition.gateway.Gateway;
import org.ecopetition.gateway.channel.webchat.WebChatFlowTestSupport;
import org.ecopetition.gateway.support.ChatClient;
import org.ecopetition.gateway.support.TestGateway;
import org.ecopetition.gateway.support.TestPostgres;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * {@code GET /metrics} on the metrics port shows, after a real report, a hand-off and status queries: turns by
 * channel, extraction time, status lookups from the cache and from PostgreSQL, the pool's waits, requests by
 * route, the staff queue, alerts and the notices backlog; and no personal data. The public port has no
 * {@code /metrics}.
 */
@ExtendWith(VertxExtension.class)
class MetricsEndpointTest {
  private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

  @Test
  void theNamedSeriesAreScrapedFromTheirOwnPort(Vertx vertx) throws Exception {
    Map<String, String> env = TestGateway.env(TestPostgres.freshDatabaseUrl(), TestGateway.newKey());
    env.put("GATEWAY_METRICS_REFRESH_SECONDS", "1");
    try (Gateway g = TestGateway.start(env); ChatClient chat = ChatClient.connect(vertx, g.port())) {
      chat.hello(null, "zh");
      chat.drain(300);
      String receipt = WebChatFlowTestSupport.report(chat);
      Matcher n = WebChatFlowTestSupport.CASE.matcher(receipt);
      Matcher c = WebChatFlowTestSupport.CODE.matcher(receipt);
      assertThat(n.find() && c.find()).isTrue();
      chat.say("人工");
      for (int i = 0; i < 2; i++) {
        HttpResponse<String> status = HTTP.send(HttpRequest.newBuilder(
            URI.create("http://127.0.0.1:" + g.port() + "/api/v1/cases/" + n.group(1) + "/status"))
            .header("X-Query-Code", c.group(1)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(status.statusCode()).isEqualTo(200);
      }
      assertThat(get(g.port(), "/metrics").statusCode()).as("not on the public port").isEqualTo(404);

      String scrape = "";
      long deadline = System.nanoTime() + 10_000_000_000L;
      while (System.nanoTime() < deadline) {
        scrape = get(g.metricsPort(), "/metrics").body();
        if (value(scrape, "gateway_staff_queue") >= 1 && value(scrape, "gateway_alerts_last_day{alert=\"handoff\"}") >= 1) {
          break;
        }
        Thread.sleep(200);
      }
      assertThat(value(scrape, "gateway_turns_seconds_count{channel=\"webchat\",outcome=\"ok\",transport=\"ws\"}"))
          .as(scrape).isGreaterThanOrEqualTo(10);
      assertThat(scrape).contains("gateway_turns_seconds_bucket{channel=\"webchat\",outcome=\"ok\",transport=\"ws\",le=\"0.05\"}");
      assertThat(value(scrape, "gateway_extraction_seconds_count")).isGreaterThanOrEqualTo(10);
      assertThat(value(scrape, "gateway_status_lookups_total{source=\"database\"}")).isGreaterThanOrEqualTo(1);
      assertThat(value(scrape, "gateway_status_lookups_total{source=\"cache\"}")).isGreaterThanOrEqualTo(1);
      assertThat(value(scrape, "gateway_staff_queue")).isEqualTo(1);
      assertThat(value(scrape, "gateway_alerts_last_day{alert=\"handoff\"}")).isGreaterThanOrEqualTo(1);
      assertThat(scrape).contains("gateway_notices_backlog{kind=\"failed\"}")
          .contains("gateway_notices_backlog{kind=\"waitingForStaff\"}");
      assertThat(value(scrape, "gateway_database_available")).isEqualTo(1);
      assertThat(value(scrape, "gateway_websockets_open")).isEqualTo(1);
      assertThat(scrape).containsPattern("vertx_pool_queue_time_seconds_count\\{[^}]*pool_name=\"gateway\"")
          .containsPattern("vertx_pool_in_use\\{[^}]*pool_name=\"gateway\"")
          .containsPattern("vertx_http_server_requests_total\\{[^}]*route=\"/api/v1/cases/>/:caseNumber/status\"");
      assertThat(scrape).doesNotContain(n.group(1)).doesNotContain(c.group(1)).doesNotContain("王建国")
          .doesNotContain("13812345678");
    }
  }

  private static HttpResponse<String> get(int port, String path) throws Exception {
    // A bounded wait: an answer that never comes fails the test instead of hanging the build.
    return HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
        .timeout(java.time.Duration.ofSeconds(20)).build(),
        HttpResponse.BodyHandlers.ofString());
  }

  /** The value of one series, exactly as named with its labels; -1 when it is not there. */
  static double value(String scrape, String series) {
    Matcher m = Pattern.compile("(?m)^" + Pattern.quote(series) + " (\\S+)").matcher(scrape);
    return m.find() ? Double.parseDouble(m.group(1)) : -1;
  }
}
