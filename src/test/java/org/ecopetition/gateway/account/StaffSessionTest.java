package org.ecopetition.gateway.account;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.client.HttpResponse;
import io.vertx.ext.web.client.WebClient;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.ecopetition.gateway.Gateway;
import org.ecopetition.gateway.support.MovableClock;
import org.ecopetition.gateway.support.SessionClient;
import org.ecopetition.gateway.support.StaffClient;
import org.ecopetition.gateway.support.TestGateway;
import org.ecopetition.gateway.support.TestPostgres;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

/**
 * Staff sign-in and sessions over real HTTP and PostgreSQL: a one-time password changed first; the same answer for an
 * unknown login and a wrong password; a timed lock that grows, per client, lifted by an administrator; sessions that
 * idle out and end by their lifetime (on a clock the test moves); a new id at every sign-in; cookie attributes;
 * CSRF; and a revocation seen by a second instance on the same database.
 */
class StaffSessionTest {
  static final String ROOT = "token-of-the-root-admin-0123456789";
  static final String PASSWORD = "Qinhuai-river-2026!";
  static final MovableClock CLOCK = new MovableClock();
  static final AtomicInteger SERIAL = new AtomicInteger();
  static Vertx vertx;
  static WebClient http;
  static String db;
  static String key;
  static Gateway gateway;

  static Map<String, String> env() {
    Map<String, String> env = TestGateway.env(db, key);
    env.put("GATEWAY_HTTP_TRUSTED_PROXIES", "127.0.0.1/32,::1");
    env.put("GATEWAY_ROUTING_DIVISION_CODE", "32");
    env.put("GATEWAY_STAFF_SESSION_MAX_HOURS", "2");
    env.put("GATEWAY_STAFF_TOKENS", StaffClient.tokenEntry("root", ROOT, "admin"));
    return env;
  }

  @BeforeAll
  static void start() {
    vertx = Vertx.vertx();
    http = WebClient.create(vertx);
    db = TestPostgres.freshDatabaseUrl();
    key = TestGateway.newKey();
    gateway = TestGateway.start(null, env(), CLOCK);
  }

  @AfterAll
  static void stop() {
    gateway.close();
    vertx.close().await();
  }

  static HttpResponse<Buffer> admin(HttpMethod method, String path, JsonObject body) {
    var req = http.request(method, gateway.port(), "127.0.0.1", "/api/v1/staff" + path)
        .putHeader("Authorization", "Bearer " + ROOT);
    return (body == null ? req.send() : req.sendJsonObject(body)).await();
  }

  /** A new member of staff made by the administrator: their login and one-time password. */
  static String[] newStaff(String role, String department) {
    String login = "u" + SERIAL.incrementAndGet();
    HttpResponse<Buffer> r = admin(HttpMethod.POST, "/users", new JsonObject().put("login", login)
        .put("name", "测试" + login).put("role", role).put("department", department));
    assertThat(r.statusCode()).as(r.bodyAsString()).isEqualTo(201);
    return new String[] {login, r.bodyAsJsonObject().getString("oneTimePassword")};
  }

  static SessionClient browser(String client) {
    return new SessionClient(http, gateway::port, client);
  }

  /** A member of staff signed in from {@code client} with their own password. */
  static SessionClient signedIn(String login, String oneTime, String client) {
    SessionClient b = browser(client);
    assertThat(b.login(login, oneTime).statusCode()).isEqualTo(200);
    assertThat(b.changePassword(oneTime, PASSWORD).statusCode()).isEqualTo(200);
    return b;
  }

  static String error(HttpResponse<Buffer> r) {
    return r.bodyAsJsonObject().getJsonObject("error").getString("code");
  }

  /**
   * An administrator who leaves out the department, or types it as a number, is asked for it as text, not told that
   * the code is not in the directory; a yes-or-no field given as text is named too (it was "消息格式不正确").
   */
  @Test
  void aMissingDepartmentOrADisabledGivenAsTextIsNamedClearly() {
    for (Object department : new Object[] {null, 3201}) {
      JsonObject body = new JsonObject().put("login", "nodept" + SERIAL.incrementAndGet()).put("name", "无部门")
          .put("role", "intake");
      if (department != null) {
        body.put("department", department);
      }
      HttpResponse<Buffer> r = admin(HttpMethod.POST, "/users", body);
      assertThat(r.statusCode()).isEqualTo(400);
      JsonObject error = r.bodyAsJsonObject().getJsonObject("error");
      assertThat(error.getString("field")).isEqualTo("department");
      assertThat(error.getString("message")).contains("请填写部门代码").doesNotContain("不在");
    }
    String[] u = newStaff("intake", "32");
    HttpResponse<Buffer> r = admin(HttpMethod.PATCH, "/users/" + u[0], new JsonObject().put("disabled", "yes"));
    assertThat(r.statusCode()).isEqualTo(400);
    assertThat(r.bodyAsJsonObject().getJsonObject("error").getString("field")).isEqualTo("disabled");
  }

  @Test
  void aOneTimePasswordMustBeChangedBeforeAnythingElseAndThenStopsWorking() {
    String[] u = newStaff("handler", "32");
    SessionClient b = browser("10.0.0.1");
    HttpResponse<Buffer> in = b.login(u[0], u[1]);
    assertThat(in.statusCode()).isEqualTo(200);
    JsonObject s = in.bodyAsJsonObject();
    assertThat(s.getString("login")).isEqualTo(u[0]);
    assertThat(s.getString("role")).isEqualTo("handler");
    assertThat(s.getString("department")).isEqualTo("32");
    assertThat(s.getString("departmentName")).isEqualTo("江苏省生态环境厅");
    assertThat(s.getBoolean("mustChangePassword")).isTrue();
    assertThat(s.getString("csrfToken")).isNotBlank();
    assertThat(s.getLong("idleTimeoutSeconds")).isEqualTo(1800);
    HttpResponse<Buffer> refused = b.get("/supervision/overdue");
    assertThat(refused.statusCode()).isEqualTo(403);
    assertThat(error(refused)).isEqualTo("password_change_required");
    assertThat(b.get("/session").statusCode()).isEqualTo(200);
    // A weak password is refused with the reason; the right one opens a new session.
    HttpResponse<Buffer> weak = b.send(HttpMethod.POST, "/session/password",
        new JsonObject().put("currentPassword", u[1]).put("newPassword", "short"));
    assertThat(weak.statusCode()).isEqualTo(400);
    assertThat(weak.bodyAsJsonObject().getJsonObject("error").getString("field")).isEqualTo("newPassword");
    String before = b.cookie();
    HttpResponse<Buffer> changed = b.changePassword(u[1], PASSWORD);
    assertThat(changed.statusCode()).as(changed.bodyAsString()).isEqualTo(200);
    assertThat(changed.bodyAsJsonObject().getBoolean("mustChangePassword")).isFalse();
    assertThat(b.cookie()).isNotEqualTo(before);
    assertThat(b.get("/supervision/overdue").statusCode()).isEqualTo(200);
    // The old session ended with the old password, which no longer opens one.
    SessionClient old = browser("10.0.0.1");
    old.useCookie(before);
    assertThat(old.get("/session").statusCode()).isEqualTo(401);
    assertThat(browser("10.0.0.1").login(u[0], u[1]).statusCode()).isEqualTo(401);
    assertThat(browser("10.0.0.1").login(u[0], PASSWORD).statusCode()).isEqualTo(200);
    assertThat(TestPostgres.value(db, "SELECT string_agg(change, ',' ORDER BY id) FROM staff_changes WHERE login = '"
        + u[0] + "'")).isEqualTo("added,password_changed");
    assertThat((String) TestPostgres.value(db, "SELECT password_hash FROM staff_users WHERE login = '" + u[0] + "'"))
        .startsWith("$argon2id$").doesNotContain(PASSWORD);
  }

  @Test
  void anUnknownLoginAWrongPasswordAndADisabledAccountGetTheSameAnswerAndNothingPersonalIsLogged() {
    String[] u = newStaff("intake", "32");
    signedIn(u[0], u[1], "10.0.1.1");
    Logger root = (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
    ListAppender<ILoggingEvent> appender = new ListAppender<>();
    appender.start();
    root.addAppender(appender);
    HttpResponse<Buffer> unknown;
    HttpResponse<Buffer> wrong;
    HttpResponse<Buffer> disabled;
    try {
      unknown = browser("10.0.1.2").login("王建国13812345678", "Secret-of-nobody-1");
      wrong = browser("10.0.1.3").login(u[0], "Secret-of-nobody-2");
      assertThat(admin(HttpMethod.PATCH, "/users/" + u[0], new JsonObject().put("disabled", true)).statusCode())
          .isEqualTo(200);
      disabled = browser("10.0.1.4").login(u[0], PASSWORD);
    } finally {
      root.detachAppender(appender);
    }
    assertThat(unknown.statusCode()).isEqualTo(401);
    assertThat(wrong.statusCode()).isEqualTo(401);
    assertThat(disabled.statusCode()).isEqualTo(401);
    assertThat(unknown.bodyAsString()).isEqualTo(wrong.bodyAsString()).isEqualTo(disabled.bodyAsString());
    assertThat(error(unknown)).isEqualTo("login_failed");
    StringBuilder log = new StringBuilder();
    appender.list.forEach(e -> log.append(e.getFormattedMessage()).append('\n'));
    assertThat(log.toString()).contains("sign-in failed: " + u[0]).contains("unknown login")
        .doesNotContain("王建国").doesNotContain("13812345678").doesNotContain("Secret-of-nobody")
        .doesNotContain(PASSWORD);
    // The typed login is kept only as a hash.
    assertThat(TestPostgres.value(db, "SELECT count(*) FROM staff_login_failures WHERE login_hash = "
        + "sha256(convert_to('王建国13812345678', 'UTF8'))")).isEqualTo(1L);
  }

  @Test
  void fiveFailuresLockTheLoginForThatClientOnlyForATimeThatGrowsAndAnAdministratorLiftsIt() {
    String[] u = newStaff("handler", "32");
    signedIn(u[0], u[1], "10.0.2.9");
    SessionClient attacker = browser("10.0.2.1");
    for (int i = 0; i < 5; i++) {
      assertThat(attacker.login(u[0], "wrong-password-" + i).statusCode()).isEqualTo(401);
    }
    // Locked for this client, even with the right password, for one minute.
    HttpResponse<Buffer> locked = attacker.login(u[0], PASSWORD);
    assertThat(locked.statusCode()).isEqualTo(429);
    assertThat(error(locked)).isEqualTo("login_locked");
    assertThat(Long.parseLong(locked.getHeader("Retry-After"))).isBetween(55L, 61L);
    // The member of staff at their own desk still gets in: the lock is per (login, client).
    assertThat(browser("10.0.2.2").login(u[0], PASSWORD).statusCode()).isEqualTo(200);
    // After the minute, one more failure locks for two minutes, then four.
    CLOCK.advance(Duration.ofSeconds(61));
    assertThat(attacker.login(u[0], "wrong-again").statusCode()).isEqualTo(401);
    HttpResponse<Buffer> longer = attacker.login(u[0], PASSWORD);
    assertThat(longer.statusCode()).isEqualTo(429);
    assertThat(Long.parseLong(longer.getHeader("Retry-After"))).isBetween(115L, 121L);
    CLOCK.advance(Duration.ofSeconds(121));
    assertThat(attacker.login(u[0], "and-again").statusCode()).isEqualTo(401);
    assertThat(Long.parseLong(attacker.login(u[0], PASSWORD).getHeader("Retry-After"))).isBetween(235L, 241L);
    // The administrator lifts it at once; the right password works from that client again.
    HttpResponse<Buffer> users = admin(HttpMethod.GET, "/users", null);
    assertThat(users.bodyAsJsonObject().getJsonArray("users").stream().map(o -> (JsonObject) o)
        .filter(o -> o.getString("login").equals(u[0])).findFirst().orElseThrow().getLong("lockedClients"))
        .isEqualTo(1);
    HttpResponse<Buffer> unlocked = admin(HttpMethod.POST, "/users/" + u[0] + "/unlock", null);
    assertThat(unlocked.statusCode()).isEqualTo(200);
    assertThat(unlocked.bodyAsJsonObject().getLong("unlocked")).isEqualTo(1);
    assertThat(attacker.login(u[0], PASSWORD).statusCode()).isEqualTo(200);
    assertThat(TestPostgres.value(db, "SELECT actor || ' ' || change FROM staff_changes WHERE login = '" + u[0]
        + "' ORDER BY id DESC LIMIT 1")).isEqualTo("staff:root unlocked");
    // The lock never outgrows its cap: the fifteenth failure in a row locks for an hour, not for good.
    SessionClient other = browser("10.0.2.3");
    for (int i = 0; i < 15; i++) {
      HttpResponse<Buffer> r = other.login(u[0], "x" + i);
      if (r.statusCode() == 429) {
        CLOCK.advance(Duration.ofSeconds(Long.parseLong(r.getHeader("Retry-After"))));
        i--;
      }
    }
    assertThat(Long.parseLong(other.login(u[0], PASSWORD).getHeader("Retry-After"))).isBetween(3590L, 3601L);
    CLOCK.advance(Duration.ofMinutes(61));
    assertThat(other.login(u[0], PASSWORD).statusCode()).isEqualTo(200);
  }

  @Test
  void aSessionIdlesOutAfterThirtyMinutesAndEndsByItsLifetimeWhateverHappens() {
    String[] u = newStaff("supervisor", "3201");
    SessionClient b = signedIn(u[0], u[1], "10.0.3.1");
    SessionClient idle = browser("10.0.3.2");
    assertThat(idle.login(u[0], PASSWORD).statusCode()).isEqualTo(200);
    for (int i = 0; i < 5; i++) {
      CLOCK.advance(Duration.ofMinutes(20));
      assertThat(b.get("/session").statusCode()).as("active after " + (i + 1) * 20 + " minutes").isEqualTo(200);
    }
    // The other browser said nothing for 100 minutes.
    assertThat(idle.get("/session").statusCode()).isEqualTo(401);
    // Two hours after sign-in (staff.sessionMaxHours here), the active session ends too.
    CLOCK.advance(Duration.ofMinutes(20));
    HttpResponse<Buffer> over = b.get("/session");
    assertThat(over.statusCode()).isEqualTo(401);
    assertThat(error(over)).isEqualTo("unauthorized");
  }

  @Test
  void everySignInGetsANewSessionIdAndSigningOutEndsIt() {
    String[] u = newStaff("auditor", "32");
    SessionClient b = signedIn(u[0], u[1], "10.0.4.1");
    String first = b.cookie();
    assertThat(b.login(u[0], PASSWORD).statusCode()).isEqualTo(200);
    assertThat(b.cookie()).isNotEqualTo(first);
    // The session the browser held before signing in again has ended.
    SessionClient stale = browser("10.0.4.1");
    stale.useCookie(first);
    assertThat(stale.get("/session").statusCode()).isEqualTo(401);
    // A made-up cookie is nobody.
    stale.useCookie("made-up-session-id");
    assertThat(stale.get("/session").statusCode()).isEqualTo(401);
    HttpResponse<Buffer> out = b.send(HttpMethod.DELETE, "/session", null);
    assertThat(out.statusCode()).isEqualTo(204);
    assertThat(SessionClient.setCookie(out.headers())).contains("Max-Age=0");
    assertThat(b.get("/session").statusCode()).isEqualTo(401);
    assertThat(TestPostgres.value(db, "SELECT count(*) FROM staff_sessions s JOIN staff_users u ON u.id = s.user_id "
        + "WHERE u.login = '" + u[0] + "' AND s.ended_at IS NULL")).isEqualTo(0L);
    // Only a hash of the id is stored.
    assertThat(TestPostgres.value(db, "SELECT count(*) FROM staff_sessions WHERE id_hash = sha256(convert_to('"
        + b.cookie() + "', 'UTF8'))")).isEqualTo(1L);
  }

  @Test
  void theCookieIsHttpOnlySameSiteStrictAndSecureEverywhereButLocalhost() {
    String[] u = newStaff("handler", "32");
    signedIn(u[0], u[1], "10.0.5.1");
    String local = SessionClient.setCookie(browser("10.0.5.1").login(u[0], PASSWORD).headers());
    assertThat(local).containsIgnoringCase("HttpOnly").contains("SameSite=Strict").contains("Path=/").doesNotContain("Secure");
    HttpResponse<Buffer> remote = http.post(gateway.port(), "127.0.0.1", "/api/v1/staff/session")
        .virtualHost("xinfang.sthjt.jiangsu.gov.cn").putHeader("X-Forwarded-For", "10.0.5.2")
        .sendJsonObject(new JsonObject().put("login", u[0]).put("password", PASSWORD)).await();
    assertThat(remote.statusCode()).isEqualTo(200);
    assertThat(SessionClient.setCookie(remote.headers())).contains("Secure").containsIgnoringCase("HttpOnly")
        .contains("SameSite=Strict");
    HttpResponse<Buffer> proxied = http.post(gateway.port(), "127.0.0.1", "/api/v1/staff/session")
        .putHeader("X-Forwarded-Proto", "https").putHeader("X-Forwarded-For", "10.0.5.3")
        .sendJsonObject(new JsonObject().put("login", u[0]).put("password", PASSWORD)).await();
    assertThat(SessionClient.setCookie(proxied.headers())).contains("Secure");
    // A sign-in posted from another site is refused.
    HttpResponse<Buffer> forged = http.post(gateway.port(), "127.0.0.1", "/api/v1/staff/session")
        .putHeader("Origin", "https://evil.example").putHeader("X-Forwarded-For", "10.0.5.4")
        .sendJsonObject(new JsonObject().put("login", u[0]).put("password", PASSWORD)).await();
    assertThat(forged.statusCode()).isEqualTo(403);
    assertThat(error(forged)).isEqualTo("origin");
    HttpResponse<Buffer> own = http.post(gateway.port(), "127.0.0.1", "/api/v1/staff/session")
        .putHeader("Origin", "http://127.0.0.1:" + gateway.port()).putHeader("X-Forwarded-For", "10.0.5.4")
        .sendJsonObject(new JsonObject().put("login", u[0]).put("password", PASSWORD)).await();
    assertThat(own.statusCode()).isEqualTo(200);
    HttpResponse<Buffer> otherPort = http.post(gateway.port(), "127.0.0.1", "/api/v1/staff/session")
        .putHeader("Origin", "http://127.0.0.1:1").putHeader("X-Forwarded-For", "10.0.5.4")
        .sendJsonObject(new JsonObject().put("login", u[0]).put("password", PASSWORD)).await();
    assertThat(otherPort.statusCode()).isEqualTo(403);
  }

  @Test
  void aStateChangingRequestByCookieNeedsTheSessionsCsrfTokenAndChangesNothingWithout() {
    String[] u = newStaff("handler", "32");
    SessionClient b = signedIn(u[0], u[1], "10.0.6.1");
    long cases = (Long) TestPostgres.value(db, "SELECT count(*) FROM cases");
    JsonObject letter = new JsonObject().put("channel", "letter").put("category", "申诉求决")
        .put("facts", "某砖厂夜间焚烧垃圾，烟雾很大。").put("request", "请求查处").put("name", "钱多")
        .put("address", "江苏省南京市江宁区某村");
    HttpResponse<Buffer> none = b.sendWithoutCsrf(HttpMethod.POST, "/cases", letter);
    assertThat(none.statusCode()).isEqualTo(403);
    assertThat(error(none)).isEqualTo("csrf");
    HttpResponse<Buffer> wrong = b.request(HttpMethod.POST, "/cases", false).putHeader("X-CSRF-Token", "forged")
        .sendJsonObject(letter).await();
    assertThat(wrong.statusCode()).isEqualTo(403);
    // Another session's token is no good either.
    String[] o = newStaff("handler", "32");
    SessionClient other = signedIn(o[0], o[1], "10.0.6.2");
    HttpResponse<Buffer> borrowed = b.request(HttpMethod.POST, "/cases", false).putHeader("X-CSRF-Token", other.csrf())
        .sendJsonObject(letter).await();
    assertThat(borrowed.statusCode()).isEqualTo(403);
    assertThat(TestPostgres.value(db, "SELECT count(*) FROM cases")).isEqualTo(cases);
    assertThat(b.send(HttpMethod.POST, "/cases", letter).statusCode()).isEqualTo(201);
    // Reading needs no token.
    assertThat(b.sendWithoutCsrf(HttpMethod.GET, "/notices", null).statusCode()).isEqualTo(200);
  }

  @Test
  void aRevocationOnOneInstanceIsSeenByAnotherOnTheSameDatabase() {
    String[] u = newStaff("supervisor", "32");
    SessionClient onA = signedIn(u[0], u[1], "10.0.7.1");
    try (Gateway b = TestGateway.start(null, env(), CLOCK)) {
      SessionClient onB = new SessionClient(http, b::port, "10.0.7.1");
      onB.useCookie(onA.cookie());
      assertThat(onB.get("/session").statusCode()).isEqualTo(200);
      // The administrator changes the role on A: B sees it once its short cache has run out.
      assertThat(admin(HttpMethod.PATCH, "/users/" + u[0], new JsonObject().put("role", "auditor")).statusCode())
          .isEqualTo(200);
      CLOCK.advance(Duration.ofSeconds(2));
      assertThat(onB.get("/session").bodyAsJsonObject().getString("role")).isEqualTo("auditor");
      HttpResponse<Buffer> revoked = admin(HttpMethod.DELETE, "/users/" + u[0] + "/sessions", null);
      assertThat(revoked.bodyAsJsonObject().getLong("revoked")).isEqualTo(1);
      assertThat(onA.get("/session").statusCode()).isEqualTo(401);
      CLOCK.advance(Duration.ofSeconds(2));
      assertThat(onB.get("/session").statusCode()).isEqualTo(401);
      // Signed in again on B, then disabled on A: gone on both.
      SessionClient again = new SessionClient(http, b::port, "10.0.7.1");
      assertThat(again.login(u[0], PASSWORD).statusCode()).isEqualTo(200);
      assertThat(admin(HttpMethod.PATCH, "/users/" + u[0], new JsonObject().put("disabled", true)).statusCode())
          .isEqualTo(200);
      CLOCK.advance(Duration.ofSeconds(2));
      assertThat(again.get("/session").statusCode()).isEqualTo(401);
    }
    assertThat(TestPostgres.value(db, "SELECT string_agg(change, ',' ORDER BY id) FROM staff_changes WHERE login = '"
        + u[0] + "'")).isEqualTo("added,password_changed,changed,sessions_revoked,disabled");
  }
}
