package org.ecopetition.gateway.channel.webchat;

import org.ecopetition.gateway.support.Web;
import static org.assertj.core.api.Assertions.assertThat;

import io.vertx.core.Vertx;
import io.vertx.core.json.JsonObject;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/** The web chat's HTTP fallback poll as a phone sends it (docs/webchat-protocol.md): one page after {@code since}. */
final class HttpPoll {
  private HttpPoll() {}

  /** The poll's answer (messages, cursor, horizon); anything but 200 fails the test with the body. */
  static JsonObject poll(Vertx vertx, int port, String token, long since, String horizon) {
    String uri = "/api/v1/chat/messages?since=" + since
        + (horizon == null ? "" : "&horizon=" + URLEncoder.encode(horizon, StandardCharsets.UTF_8));
    var r = Web.once(vertx, c -> c.get(port, "127.0.0.1", uri).putHeader("Authorization", "Bearer " + token)
        .send().await());
    assertThat(r.statusCode()).as(r.bodyAsString()).isEqualTo(200);
    return r.bodyAsJsonObject();
  }
}
