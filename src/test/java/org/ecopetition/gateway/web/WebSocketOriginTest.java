package org.ecopetition.gateway.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.vertx.core.Vertx;
import io.vertx.core.http.UpgradeRejectedException;
import io.vertx.core.http.WebSocketConnectOptions;
import io.vertx.core.json.JsonObject;
import io.vertx.junit5.VertxExtension;
import java.util.Map;
import org.ecopetition.gateway.Gateway;
import org.ecopetition.gateway.support.ChatClient;
import org.ecopetition.gateway.support.StaffClient;
import org.ecopetition.gateway.support.TestGateway;
import org.ecopetition.gateway.support.TestPostgres;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The chat socket and the staff live socket open only from an allowed page: the page's own origin by default, the
 * configured list (http.allowedOrigins) otherwise; a refusal is 403 forbidden_origin with the JSON error body.
 */
@ExtendWith(VertxExtension.class)
class WebSocketOriginTest {

  /** The HTTP status of the upgrade (101 when the socket opened), and the refusal's error code. */
  static String open(Vertx vertx, int port, String path, String origin, String bearer) {
    WebSocketConnectOptions o = new WebSocketConnectOptions().setHost("127.0.0.1").setPort(port).setURI(path);
    if (origin != null) {
      o.addHeader("Origin", origin);
    } else {
      o.setAllowOriginHeader(false);
    }
    if (bearer != null) {
      o.addHeader("Authorization", "Bearer " + bearer);
    }
    var client = vertx.createWebSocketClient();
    try {
      client.connect(o).await().close().await();
      return "101";
    } catch (UpgradeRejectedException e) {
      String code = e.getBody() == null ? "" : new JsonObject(e.getBody()).getJsonObject("error").getString("code");
      return e.getStatus() + " " + code;
    } finally {
      client.close().await();
    }
  }

  @Test
  void byDefaultOnlyThePagesOwnOrigin(Vertx vertx) {
    Map<String, String> env = TestGateway.env(TestPostgres.freshDatabaseUrl(), TestGateway.newKey());
    StaffClient.configure(env);
    try (Gateway g = TestGateway.start(env)) {
      String self = "http://127.0.0.1:" + g.port();
      assertThat(open(vertx, g.port(), "/chat/ws", self, null)).isEqualTo("101");
      assertThat(open(vertx, g.port(), "/chat/ws", "https://evil.example", null)).isEqualTo("403 forbidden_origin");
      assertThat(open(vertx, g.port(), "/chat/ws", "http://127.0.0.1:1", null)).isEqualTo("403 forbidden_origin");
      // Not a browser page: no Origin, no ambient credential.
      assertThat(open(vertx, g.port(), "/chat/ws", null, null)).isEqualTo("101");
      try (ChatClient chat = ChatClient.connect(vertx, g.port())) {
        assertThat(chat.hello(null, "zh").getString("type")).isEqualTo("welcome");
      }

      String live = "/api/v1/staff/workspace/live";
      assertThat(open(vertx, g.port(), live, self, StaffClient.TOKEN)).isEqualTo("101");
      assertThat(open(vertx, g.port(), live, "https://evil.example", StaffClient.TOKEN))
          .isEqualTo("403 forbidden_origin");
      // A machine client with its token needs no Origin.
      assertThat(open(vertx, g.port(), live, null, StaffClient.TOKEN)).isEqualTo("101");
    }
  }

  @Test
  void theConfiguredListReplacesTheDefault(Vertx vertx) {
    Map<String, String> env = TestGateway.env(TestPostgres.freshDatabaseUrl(), TestGateway.newKey());
    env.put("GATEWAY_HTTP_ALLOWED_ORIGINS", "https://xinfang.example.gov.cn,https://m.example.gov.cn:8443");
    try (Gateway g = TestGateway.start(env)) {
      assertThat(open(vertx, g.port(), "/chat/ws", "https://xinfang.example.gov.cn", null)).isEqualTo("101");
      assertThat(open(vertx, g.port(), "/chat/ws", "https://XINFANG.example.gov.cn:443", null)).isEqualTo("101");
      assertThat(open(vertx, g.port(), "/chat/ws", "https://m.example.gov.cn:8443", null)).isEqualTo("101");
      assertThat(open(vertx, g.port(), "/chat/ws", "http://xinfang.example.gov.cn", null))
          .isEqualTo("403 forbidden_origin");
      assertThat(open(vertx, g.port(), "/chat/ws", "http://127.0.0.1:" + g.port(), null))
          .isEqualTo("403 forbidden_origin");
    }
  }
}
