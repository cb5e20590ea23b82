package org.ecopetition.gateway.metrics;

import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.ServerWebSocket;
import io.vertx.core.net.SocketAddress;
import io.vertx.core.spi.metrics.HttpServerMetrics;
import io.vertx.core.spi.observability.HttpRequest;
import io.vertx.core.spi.observability.HttpResponse;

/**
 * An HTTP server's metrics that tolerate a connection Vert.x accepted before the server's metrics existed.
 *
 * <p>Why: Vert.x (5.0.7, and the same code on its main line) creates a server's metrics in the listener of the
 * socket's bind, and that listener can run after the first connection was already accepted (a busy machine, a client
 * waiting in the backlog). That connection gets no socket metric, while its requests later find the server's
 * metrics: Micrometer's {@code requestBegin} then reads the null socket metric, throws
 * ({@code "socketMetric" is null}) and the request is never answered. Here a request on such a connection is counted
 * under a stand-in socket metric (the server's own tags, its connection counted and uncounted at once), and the
 * connection's byte counts are skipped; every other call goes to Micrometer unchanged.
 */
final class AcceptedEarly implements HttpServerMetrics<Object, Object, Object> {
  private final HttpServerMetrics<Object, Object, Object> micrometer;
  private volatile Object standIn;

  @SuppressWarnings("unchecked")
  AcceptedEarly(HttpServerMetrics<?, ?, ?> micrometer) {
    this.micrometer = (HttpServerMetrics<Object, Object, Object>) micrometer;
  }

  /** The socket metric to use: the connection's own, or the stand-in when it was accepted before the metrics. */
  private Object socket(Object socketMetric) {
    if (socketMetric != null) {
      return socketMetric;
    }
    Object s = standIn;
    if (s == null) {
      synchronized (this) {
        s = standIn;
        if (s == null) {
          // No remote label is configured (PrometheusMetrics), so no address is needed; the open-connections gauge
          // goes up and at once back down: such a connection was never counted open.
          s = micrometer.connected(null, null);
          micrometer.disconnected(s, null);
          standIn = s;
        }
      }
    }
    return s;
  }

  @Override
  public Object requestBegin(Object socketMetric, HttpRequest request) {
    return micrometer.requestBegin(socket(socketMetric), request);
  }

  @Override
  public void requestEnd(Object requestMetric, HttpRequest request, long bytesRead) {
    micrometer.requestEnd(requestMetric, request, bytesRead);
  }

  @Override
  public void requestReset(Object requestMetric) {
    micrometer.requestReset(requestMetric);
  }

  @Override
  public void responseBegin(Object requestMetric, HttpResponse response) {
    micrometer.responseBegin(requestMetric, response);
  }

  @Override
  public Object responsePushed(Object socketMetric, HttpMethod method, String uri, HttpResponse response) {
    return micrometer.responsePushed(socket(socketMetric), method, uri, response);
  }

  @Override
  public void responseEnd(Object requestMetric, HttpResponse response, long bytesWritten) {
    micrometer.responseEnd(requestMetric, response, bytesWritten);
  }

  @Override
  public Object connected(Object socketMetric, Object requestMetric, ServerWebSocket webSocket) {
    return micrometer.connected(socket(socketMetric), requestMetric, webSocket);
  }

  @Override
  public void disconnected(Object webSocketMetric) {
    micrometer.disconnected(webSocketMetric);
  }

  @Override
  public void requestRouted(Object requestMetric, String route) {
    micrometer.requestRouted(requestMetric, route);
  }

  @Override
  public Object connected(SocketAddress remoteAddress, String remoteName) {
    return micrometer.connected(remoteAddress, remoteName);
  }

  @Override
  public void disconnected(Object socketMetric, SocketAddress remoteAddress) {
    if (socketMetric != null) {
      micrometer.disconnected(socketMetric, remoteAddress);
    }
  }

  @Override
  public void bytesRead(Object socketMetric, SocketAddress remoteAddress, long numberOfBytes) {
    if (socketMetric != null) {
      micrometer.bytesRead(socketMetric, remoteAddress, numberOfBytes);
    }
  }

  @Override
  public void bytesWritten(Object socketMetric, SocketAddress remoteAddress, long numberOfBytes) {
    if (socketMetric != null) {
      micrometer.bytesWritten(socketMetric, remoteAddress, numberOfBytes);
    }
  }

  @Override
  public void exceptionOccurred(Object socketMetric, SocketAddress remoteAddress, Throwable t) {
    if (socketMetric != null) {
      micrometer.exceptionOccurred(socketMetric, remoteAddress, t);
    }
  }

  @Override
  public void close() {
    micrometer.close();
  }
}
