package org.ecopetition.gateway.channel.webchat;

import static org.assertj.core.api.Assertions.assertThat;

import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.ext.web.client.HttpResponse;
import io.vertx.ext.web.client.WebClient;
import io.vertx.junit5.VertxExtension;
import java.util.Map;
import org.ecopetition.gateway.Gateway;
import org.ecopetition.gateway.support.ChatClient;
import org.ecopetition.gateway.support.TestGateway;
import org.ecopetition.gateway.support.TestPostgres;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** New web conversations are bounded per client address, on the socket and over HTTP, across instances. */
@ExtendWith(VertxExtension.class)
class NewConversationLimitTest {

  static HttpResponse<Buffer> open(WebClient http, int port, String client) {
    var req = http.post(port, "127.0.0.1", "/api/v1/chat/conversations");
    if (client != null) {
      req.putHeader("X-Forwarded-For", client);
    }
    return req.send().await();
  }

  @Test
  void aClientOpensOnlySoManyConversationsAnHour(Vertx vertx) {
    Map<String, String> env = TestGateway.env(TestPostgres.freshDatabaseUrl(), TestGateway.newKey());
    env.put("GATEWAY_CHAT_MAX_NEW_CONVERSATIONS_PER_HOUR", "3");
    env.put("GATEWAY_HTTP_TRUSTED_PROXIES", "127.0.0.1");
    try (Gateway a = TestGateway.start(env); Gateway b = TestGateway.start(env)) {
      WebClient http = WebClient.create(vertx);
      assertThat(open(http, a.port(), "10.7.7.7").statusCode()).isEqualTo(201);
      assertThat(open(http, b.port(), "10.7.7.7").statusCode()).isEqualTo(201);
      assertThat(open(http, a.port(), "10.7.7.7").statusCode()).isEqualTo(201);
      HttpResponse<Buffer> refused = open(http, b.port(), "10.7.7.7");
      assertThat(refused.statusCode()).isEqualTo(429);
      assertThat(refused.bodyAsJsonObject().getJsonObject("error").getString("code")).isEqualTo("too_many_conversations");
      assertThat(Integer.parseInt(refused.getHeader("Retry-After"))).isPositive();
      // Another client is not affected.
      assertThat(open(http, a.port(), "10.8.8.8").statusCode()).isEqualTo(201);

      // The socket counts the same way (here the client is the proxy's own address, 127.0.0.1).
      for (int i = 0; i < 3; i++) {
        assertThat(open(http, a.port(), null).statusCode()).isEqualTo(201);
      }
      try (ChatClient chat = ChatClient.connect(vertx, b.port())) {
        assertThat(chat.hello(null, "zh").getString("code")).isEqualTo("too_many_conversations");
      }
    }
  }
}
