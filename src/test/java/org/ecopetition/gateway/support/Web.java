package org.ecopetition.gateway.support;

import io.vertx.core.Vertx;
import io.vertx.ext.web.client.WebClient;
import java.util.function.Function;

/**
 * One call on an HTTP client of its own, closed afterwards. Vert.x closes a client that nothing references any more
 * (a Cleaner), its connections with it: a client held only by a call chain can be closed in the middle of its request
 * when a collection runs, which under a loaded machine fails a test with "Connection was closed".
 */
public final class Web {
  private Web() {}

  public static <T> T once(Vertx vertx, Function<WebClient, T> call) {
    WebClient client = WebClient.create(vertx);
    try {
      return call.apply(client);
    } finally {
      client.close();
    }
  }
}
