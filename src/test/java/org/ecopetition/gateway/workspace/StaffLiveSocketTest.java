package org.ecopetition.gateway.workspace;

import static org.assertj.core.api.Assertions.assertThat;

import io.vertx.core.Future;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.WebSocket;
import io.vertx.core.http.WebSocketClient;
import io.vertx.core.http.WebSocketConnectOptions;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.client.HttpResponse;
import java.util.concurrent.TimeUnit;
import org.ecopetition.gateway.support.SessionClient;
import org.ecopetition.gateway.support.StaffClient;
import org.ecopetition.gateway.support.StaffGatewayExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The consoles' live socket behind the staff gate: signed in by cookie, the upgrade succeeds even when the session is
 * looked up in PostgreSQL first (as when the instance's one-second cache has expired: here it has none), and the
 * console gets its hello and then a hint when a petitioner asks for a person; another site's page, or no session,
 * gets no socket.
 */
class StaffLiveSocketTest {
  static final String ADMIN = "token-of-the-live-admin-0123456789";

  @RegisterExtension
  static final StaffGatewayExtension GW = new StaffGatewayExtension(null, e -> {
    e.put("GATEWAY_STAFF_TOKENS", e.get("GATEWAY_STAFF_TOKENS") + "," + StaffClient.tokenEntry("root", ADMIN, "admin", ""));
    // No session cache on the instance: the gate reads every session from PostgreSQL, the upgrade included (as
    // it does once the default one-second cache has expired), without the test waiting that second out.
    e.put("GATEWAY_STAFF_SESSION_CACHE_SECONDS", "0");
  });

  static String cookieOf(HttpResponse<Buffer> r) {
    String set = SessionClient.setCookie(r.headers());
    return set.substring(set.indexOf('=') + 1, set.indexOf(';') < 0 ? set.length() : set.indexOf(';'));
  }

  /** A member of staff signed in with their own password: the session cookie. */
  static String signedIn() {
    int port = GW.gateway().port();
    HttpResponse<Buffer> added = GW.http().post(port, "127.0.0.1", "/api/v1/staff/users")
        .putHeader("Authorization", "Bearer " + ADMIN).sendJsonObject(new JsonObject().put("login", "sun.li")
            .put("name", "孙丽").put("role", "intake").put("department", "")).await();
    String otp = added.bodyAsJsonObject().getString("oneTimePassword");
    HttpResponse<Buffer> in = GW.http().post(port, "127.0.0.1", "/api/v1/staff/session")
        .sendJsonObject(new JsonObject().put("login", "sun.li").put("password", otp)).await();
    HttpResponse<Buffer> changed = GW.http().post(port, "127.0.0.1", "/api/v1/staff/session/password")
        .putHeader("Cookie", SessionClient.COOKIE + "=" + cookieOf(in))
        .putHeader("X-CSRF-Token", in.bodyAsJsonObject().getString("csrfToken"))
        .sendJsonObject(new JsonObject().put("currentPassword", otp).put("newPassword", "Zijin-mountain-2026!")).await();
    assertThat(changed.statusCode()).as(changed.bodyAsString()).isEqualTo(200);
    return cookieOf(changed);
  }

  static Future<WebSocket> connect(WebSocketClient client, String cookie, String origin) {
    WebSocketConnectOptions o = new WebSocketConnectOptions().setHost("127.0.0.1").setPort(GW.gateway().port())
        .setURI("/api/v1/staff/workspace/live");
    if (cookie != null) {
      o.addHeader("Cookie", SessionClient.COOKIE + "=" + cookie);
    }
    o.addHeader("Origin", origin);
    return client.connect(o);
  }

  @Test
  void theConsoleSocketOpensAfterTheSessionIsReadFromTheDatabaseAndCarriesHints() throws Exception {
    String cookie = signedIn();
    io.vertx.core.Vertx vertx = io.vertx.core.Vertx.vertx();
    WebSocketClient client = vertx.createWebSocketClient();
    String self = "http://127.0.0.1:" + GW.gateway().port();
    java.util.concurrent.BlockingQueue<JsonObject> frames = new java.util.concurrent.LinkedBlockingQueue<>();
    // The handler is set on the event loop as the socket opens: the hello frame may follow at once.
    WebSocket ws = connect(client, cookie, self).map(w -> w.textMessageHandler(t -> frames.add(new JsonObject(t))))
        .await();
    JsonObject hello = frames.poll(10, TimeUnit.SECONDS);
    assertThat(hello).isNotNull();
    assertThat(hello.getString("type")).isEqualTo("hello");
    new org.ecopetition.gateway.support.HttpChat(GW.http(), GW.gateway().port()).say("人工");
    JsonObject hint = null;
    long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(15);
    while (System.nanoTime() < until && (hint == null || !"queue".equals(hint.getString("type")))) {
      hint = frames.poll(1, TimeUnit.SECONDS);
    }
    assertThat(hint).as("a queue hint").isNotNull();
    assertThat(hint.getString("conversationId")).isNotBlank();
    assertThat(hint.encode()).doesNotContain("人工");
    ws.close().await();

    // Another site's page, or no session: no socket.
    assertThat(refused(connect(client, cookie, "http://evil.example"))).as("another site's page").isTrue();
    assertThat(refused(connect(client, null, self))).as("no session").isTrue();
    assertThat(refused(connect(client, "not-a-session", self))).as("an unknown session").isTrue();
    vertx.close().await();
  }

  static boolean refused(Future<WebSocket> f) {
    try {
      f.await(10, TimeUnit.SECONDS).close();
      return false;
    } catch (Exception e) {
      return true;
    }
  }
}
