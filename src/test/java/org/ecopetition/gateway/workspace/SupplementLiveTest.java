package org.ecopetition.gateway.workspace;

import static org.assertj.core.api.Assertions.assertThat;

import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.WebSocket;
import io.vertx.core.http.WebSocketClient;
import io.vertx.core.http.WebSocketConnectOptions;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.client.HttpResponse;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import org.ecopetition.gateway.channel.webchat.WebChatFlowTestSupport;
import org.ecopetition.gateway.support.ChatClient;
import org.ecopetition.gateway.support.SessionClient;
import org.ecopetition.gateway.support.StaffClient;
import org.ecopetition.gateway.support.StaffGatewayExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Over the real consoles' socket, chat socket, HTTP and PostgreSQL: a petitioner's supplement after the receipt reaches
 * the consoles at once — a hint naming the case (ids only, never what was said) — and the case is marked as having
 * something new for its handler, in the case list and the case; opening it leaves it new, and the handler's act 已阅
 * (news-read) clears it, on the history.
 */
class SupplementLiveTest {
  static final String ADMIN = "token-of-the-live-admin-0123456789";

  @RegisterExtension
  static final StaffGatewayExtension GW = new StaffGatewayExtension(null, e -> {
    StaffClient.configure(e);
    e.put("GATEWAY_STAFF_TOKENS", e.get("GATEWAY_STAFF_TOKENS") + "," + StaffClient.tokenEntry("root", ADMIN, "admin", ""));
  });

  static String cookieOf(HttpResponse<Buffer> r) {
    String set = SessionClient.setCookie(r.headers());
    return set.substring(set.indexOf('=') + 1, set.indexOf(';') < 0 ? set.length() : set.indexOf(';'));
  }

  /** A member of staff who takes chats and registers (intake: handles no case), signed in: the session cookie. */
  static String signedIn() {
    int port = GW.gateway().port();
    HttpResponse<Buffer> added = GW.http().post(port, "127.0.0.1", "/api/v1/staff/users")
        .putHeader("Authorization", "Bearer " + ADMIN).sendJsonObject(new JsonObject().put("login", "zhou.ning")
            .put("name", "周宁").put("role", "intake").put("department", "")).await();
    String otp = added.bodyAsJsonObject().getString("oneTimePassword");
    HttpResponse<Buffer> in = GW.http().post(port, "127.0.0.1", "/api/v1/staff/session")
        .sendJsonObject(new JsonObject().put("login", "zhou.ning").put("password", otp)).await();
    HttpResponse<Buffer> changed = GW.http().post(port, "127.0.0.1", "/api/v1/staff/session/password")
        .putHeader("Cookie", SessionClient.COOKIE + "=" + cookieOf(in))
        .putHeader("X-CSRF-Token", in.bodyAsJsonObject().getString("csrfToken"))
        .sendJsonObject(new JsonObject().put("currentPassword", otp).put("newPassword", "Qinhuai-river-2026!")).await();
    assertThat(changed.statusCode()).as(changed.bodyAsString()).isEqualTo(200);
    return cookieOf(changed);
  }

  /** The first frame of {@code type} within the time, or null. */
  static JsonObject next(BlockingQueue<JsonObject> frames, String type, long seconds) throws InterruptedException {
    long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
    while (System.nanoTime() < until) {
      JsonObject f = frames.poll(500, TimeUnit.MILLISECONDS);
      if (f != null && type.equals(f.getString("type"))) {
        return f;
      }
    }
    return null;
  }

  static JsonObject listed(String number) {
    JsonArray cases = GW.staff().get("/cases?q=" + number).bodyAsJsonObject().getJsonArray("cases");
    assertThat(cases).hasSize(1);
    return cases.getJsonObject(0);
  }

  @Test
  void theSupplementReachesTheConsolesAtOnceAndMarksTheCaseNewForItsHandler() throws Exception {
    String cookie = signedIn();
    Vertx vertx = Vertx.vertx();
    try (ChatClient chat = ChatClient.connect(vertx, GW.gateway().port())) {
      chat.hello(null, "zh");
      chat.drain(300);
      Matcher m = WebChatFlowTestSupport.CASE.matcher(WebChatFlowTestSupport.report(chat));
      assertThat(m.find()).isTrue();
      String number = m.group(1);
      assertThat(listed(number).getBoolean("news")).as("nothing new at registration").isFalse();

      WebSocketClient client = vertx.createWebSocketClient();
      BlockingQueue<JsonObject> frames = new LinkedBlockingQueue<>();
      WebSocket ws = client.connect(new WebSocketConnectOptions().setHost("127.0.0.1").setPort(GW.gateway().port())
              .setURI("/api/v1/staff/workspace/live").addHeader("Cookie", SessionClient.COOKIE + "=" + cookie)
              .addHeader("Origin", "http://127.0.0.1:" + GW.gateway().port()))
          .map(w -> w.textMessageHandler(t -> frames.add(new JsonObject(t)))).await();
      assertThat(next(frames, "hello", 10)).isNotNull();

      String said = "我还想补充一下，昨天晚上电镀厂又排了一次，排污口在桥洞下面";
      assertThat(WebChatFlowTestSupport.texts(chat.say(said))).contains("已把您补充的内容记入案件 " + number);
      JsonObject hint = next(frames, "case", 15);
      assertThat(hint).as("a hint of the case").isNotNull();
      assertThat(hint.getString("detail")).isEqualTo(number);
      assertThat(hint.getString("conversationId")).isNotBlank();
      assertThat(hint.encode()).doesNotContain("排污口", "电镀厂");

      // Marked new for its handler: the list and the case say so.
      assertThat(listed(number).getBoolean("news")).isTrue();
      // A reader who handles no case leaves it new.
      HttpResponse<Buffer> read = GW.http().get(GW.gateway().port(), "127.0.0.1", "/api/v1/staff/cases/" + number)
          .putHeader("Cookie", SessionClient.COOKIE + "=" + cookie).send().await();
      assertThat(read.statusCode()).as(read.bodyAsString()).isEqualTo(200);
      assertThat(read.bodyAsJsonObject().getBoolean("news")).isTrue();
      assertThat(listed(number).getBoolean("news")).isTrue();
      // dialog2: the handler opening it leaves it new (a look is no reading, and left nothing on the history); the
      // handler's act 已阅 clears it, on the history with who did it.
      assertThat(GW.staff().get("/cases/" + number).bodyAsJsonObject().getBoolean("news")).isTrue();
      assertThat(listed(number).getBoolean("news")).isTrue();
      HttpResponse<Buffer> marked = GW.staff().post("/cases/" + number + "/news-read", new JsonObject());
      assertThat(marked.statusCode()).as(marked.bodyAsString()).isEqualTo(200);
      assertThat(marked.bodyAsJsonObject().getBoolean("seen")).isTrue();
      assertThat(listed(number).getBoolean("news")).isFalse();
      assertThat(GW.staff().get("/cases/" + number).bodyAsJsonObject().getBoolean("news")).isFalse();
      JsonArray events = GW.staff().get("/cases/" + number + "/history").bodyAsJsonObject().getJsonArray("events");
      JsonObject act = events.stream().map(JsonObject.class::cast).filter(e -> "news_read".equals(e.getString("kind")))
          .findFirst().orElse(null);
      assertThat(act).as(events.encodePrettily()).isNotNull();
      assertThat(act.getString("actor")).startsWith("staff:");
      // Nothing new: nothing written; no such case: 404.
      HttpResponse<Buffer> twice = GW.staff().post("/cases/" + number + "/news-read", new JsonObject());
      assertThat(twice.bodyAsJsonObject().getBoolean("seen")).isFalse();
      assertThat(GW.staff().get("/cases/" + number + "/history").bodyAsJsonObject().getJsonArray("events").stream()
          .map(JsonObject.class::cast).filter(e -> "news_read".equals(e.getString("kind"))).count()).isOne();
      assertThat(GW.staff().post("/cases/HB2020010100999/news-read", new JsonObject()).statusCode()).isEqualTo(404);

      // The next supplement marks it new again, and is hinted again.
      chat.say("忘了说，他们一般都是半夜两三点排");
      JsonObject again = next(frames, "case", 15);
      assertThat(again).isNotNull();
      assertThat(again.getString("detail")).isEqualTo(number);
      assertThat(listed(number).getBoolean("news")).isTrue();
      ws.close().await();
    } finally {
      vertx.close().await();
    }
  }
}
