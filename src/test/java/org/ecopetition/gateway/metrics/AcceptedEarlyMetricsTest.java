package org.ecopetition.gateway.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import io.vertx.core.MultiMap;
import io.vertx.core.Vertx;
import io.vertx.core.VertxOptions;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServerOptions;
import io.vertx.core.internal.VertxInternal;
import io.vertx.core.net.SocketAddress;
import io.vertx.core.spi.metrics.HttpServerMetrics;
import io.vertx.core.spi.observability.HttpRequest;
import io.vertx.core.spi.observability.HttpResponse;
import io.vertx.micrometer.MicrometerMetricsFactory;
import io.vertx.micrometer.MicrometerMetricsOptions;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * A connection Vert.x accepted before its server's metrics existed has no socket metric (Vert.x creates them in the
 * bind's listener, which can run after the first accept). Micrometer's HTTP server metrics throw on its requests
 * ("socketMetric" is null) and the request is never answered; the gateway's metrics count it like any other.
 * {@code StartupRequestsTest} fires requests at a starting gateway; this test makes the race's outcome certain.
 */
class AcceptedEarlyMetricsTest {
  private static final SocketAddress LOCAL = SocketAddress.inetSocketAddress(8080, "127.0.0.1");

  @Test
  void micrometerAloneThrowsOnARequestOfAConnectionWithoutSocketMetric() {
    PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
    io.vertx.core.spi.metrics.VertxMetrics vertxMetrics = new MicrometerMetricsFactory(registry)
        .metrics(new VertxOptions().setMetricsOptions(new MicrometerMetricsOptions().setEnabled(true)));
    try {
      HttpServerMetrics<Object, Object, Object> raw = cast(vertxMetrics.createHttpServerMetrics(new HttpServerOptions(), LOCAL));
      // The cause, as Vert.x Micrometer 5.0.7 has it: when this stops throwing, the guard may go.
      assertThatThrownBy(() -> raw.requestBegin(null, request())).isInstanceOf(NullPointerException.class);
    } finally {
      // Micrometer keeps one backend per registry name in the JVM until it is closed.
      vertxMetrics.close();
    }
  }

  @Test
  void theGatewaysMetricsCountARequestOfAConnectionWithoutSocketMetric() {
    PrometheusMetrics metrics = new PrometheusMetrics();
    Vertx vertx = metrics.newVertx();
    try {
      HttpServerMetrics<Object, Object, Object> server = cast(((VertxInternal) vertx).metrics()
          .createHttpServerMetrics(new HttpServerOptions(), LOCAL));
      assertThat(server).isInstanceOf(AcceptedEarly.class);
      int requests = 3;
      for (int i = 0; i < requests; i++) {
        Object r = server.requestBegin(null, request());
        server.bytesRead(null, LOCAL, 40);
        server.requestEnd(r, request(), 40);
        server.requestRouted(r, "/health/live");
        server.responseBegin(r, response());
        server.bytesWritten(null, LOCAL, 12);
        server.responseEnd(r, response(), 12);
      }
      server.disconnected(null, LOCAL);
      // A connection with its socket metric, as usual: counted open, then closed.
      Object socket = server.connected(LOCAL, null);
      Object r = server.requestBegin(socket, request());
      server.requestRouted(r, "/health/live");
      server.responseEnd(r, response(), 12);
      server.disconnected(socket, LOCAL);

      String scrape = metrics.scrape();
      assertThat(value(scrape, "vertx_http_server_requests_total\\{[^}]*route=\"/health/live\"[^}]*\\}"))
          .as(scrape).isEqualTo(requests + 1);
      assertThat(value(scrape, "vertx_http_server_active_connections(\\{[^}]*\\})?"))
          .as("the stand-in's connection is never counted open: %s", scrape).isEqualTo(0);
    } finally {
      vertx.close().await();
    }
  }

  @SuppressWarnings("unchecked")
  private static HttpServerMetrics<Object, Object, Object> cast(HttpServerMetrics<?, ?, ?> m) {
    return (HttpServerMetrics<Object, Object, Object>) m;
  }

  private static double value(String scrape, String series) {
    Matcher m = Pattern.compile("(?m)^" + series + " (?<v>\\S+)$").matcher(scrape);
    double sum = 0;
    boolean found = false;
    while (m.find()) {
      sum += Double.parseDouble(m.group("v"));
      found = true;
    }
    return found ? sum : -1;
  }

  private static HttpRequest request() {
    return new HttpRequest() {
      @Override
      public int id() {
        return 1;
      }

      @Override
      public String uri() {
        return "/health/live";
      }

      @Override
      public String absoluteURI() {
        return "http://127.0.0.1:8080/health/live";
      }

      @Override
      public HttpMethod method() {
        return HttpMethod.GET;
      }

      @Override
      public MultiMap headers() {
        return MultiMap.caseInsensitiveMultiMap();
      }

      @Override
      public SocketAddress remoteAddress() {
        return SocketAddress.inetSocketAddress(50000, "127.0.0.1");
      }
    };
  }

  private static HttpResponse response() {
    return new HttpResponse() {
      @Override
      public int statusCode() {
        return 200;
      }

      @Override
      public MultiMap headers() {
        return MultiMap.caseInsensitiveMultiMap();
      }
    };
  }
}
