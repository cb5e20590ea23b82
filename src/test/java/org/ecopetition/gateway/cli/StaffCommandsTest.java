package org.ecopetition.gateway.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.ext.web.client.HttpResponse;
import io.vertx.ext.web.client.WebClient;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.ecopetition.gateway.Gateway;
import org.ecopetition.gateway.config.ConfigLoader;
import org.ecopetition.gateway.config.GatewayConfig;
import org.ecopetition.gateway.db.EmbeddedDatabase;
import org.ecopetition.gateway.support.SessionClient;
import org.ecopetition.gateway.support.TestClock;
import org.ecopetition.gateway.support.TestGateway;
import org.ecopetition.gateway.support.TestPostgres;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * {@code staff …} on the command line, on the database a gateway uses: the first administrator gets a one-time
 * password that must be changed at the first sign-in; reset-password and unlock; refusals with a clear message and a
 * non-zero exit code.
 */
class StaffCommandsTest {
  static final Pattern OTP = Pattern.compile("one-time password: (\\S+)");
  static Vertx vertx;
  static WebClient http;
  static Map<String, String> env;
  static GatewayConfig cfg;
  static Gateway gateway;

  record Run(int code, String out, String err) {}

  static Run staff(String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int code = StaffCommands.run(cfg, TestClock.CLOCK, List.of(args), new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8));
    return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
  }

  static String otp(Run r) {
    Matcher m = OTP.matcher(r.out());
    assertThat(m.find()).as(r.out() + r.err()).isTrue();
    return m.group(1);
  }

  @BeforeAll
  static void start() {
    vertx = Vertx.vertx();
    http = WebClient.create(vertx);
    env = TestGateway.env(TestPostgres.freshDatabaseUrl(), TestGateway.newKey());
    env.put("GATEWAY_ROUTING_DIVISION_CODE", "32");
    cfg = ConfigLoader.load(null, env);
    gateway = TestGateway.start(env);
  }

  @AfterAll
  static void stop() {
    gateway.close();
    vertx.close().await();
  }

  SessionClient browser() {
    return new SessionClient(http, gateway::port, null);
  }

  @Test
  void theFirstAdministratorGetsAOneTimePasswordThatMustBeChangedAtTheFirstSignIn() {
    Run added = staff("add", "--admin", "--login", "root", "--name", "系统管理员", "--department", "32");
    assertThat(added.code()).as(added.err()).isZero();
    assertThat(added.out()).contains("added root (系统管理员, admin, 江苏省生态环境厅 32)");
    String otp = otp(added);
    assertThat(otp).matches("[A-Za-z2-9]{5}(-[A-Za-z2-9]{5}){3}");
    SessionClient b = browser();
    HttpResponse<Buffer> in = b.login("root", otp);
    assertThat(in.statusCode()).isEqualTo(200);
    assertThat(in.bodyAsJsonObject().getBoolean("mustChangePassword")).isTrue();
    assertThat(in.bodyAsJsonObject().getString("role")).isEqualTo("admin");
    assertThat(b.get("/users").statusCode()).isEqualTo(403);
    assertThat(b.changePassword(otp, "Zhongshan-hill-2026").statusCode()).isEqualTo(200);
    HttpResponse<Buffer> users = b.get("/users");
    assertThat(users.statusCode()).isEqualTo(200);
    assertThat(users.bodyAsJsonObject().getJsonArray("users").encode()).contains("\"login\":\"root\"");
    // The one-time password is spent.
    assertThat(browser().login("root", otp).statusCode()).isEqualTo(401);
    // An administrator manages staff, not cases.
    assertThat(b.get("/supervision/overdue").statusCode()).isEqualTo(403);
    assertThat(TestPostgres.value(env.get("GATEWAY_DATABASE_URL"), "SELECT actor FROM staff_changes WHERE login = 'root' "
        + "AND change = 'added'")).asString().startsWith("cli:");
  }

  @Test
  void resetPasswordAndUnlockFromTheCommandLine() {
    Run added = staff("add", "--role", "handler", "--login", "zhang.san", "--name", "张三");
    assertThat(added.code()).isZero();
    assertThat(added.out()).contains("handler, 江苏省生态环境厅 32");
    String first = otp(added);
    Run reset = staff("reset-password", "--login", "zhang.san");
    assertThat(reset.code()).isZero();
    String second = otp(reset);
    assertThat(second).isNotEqualTo(first);
    assertThat(browser().login("zhang.san", first).statusCode()).isEqualTo(401);
    SessionClient b = browser();
    for (int i = 0; i < 4; i++) {
      assertThat(b.login("zhang.san", "not-it-" + i).statusCode()).isEqualTo(401);
    }
    assertThat(b.login("zhang.san", second).statusCode()).isEqualTo(429);
    Run unlocked = staff("unlock", "--login", "zhang.san");
    assertThat(unlocked.code()).isZero();
    assertThat(unlocked.out()).contains("1 lock(s) lifted");
    HttpResponse<Buffer> in = b.login("zhang.san", second);
    assertThat(in.statusCode()).isEqualTo(200);
    assertThat(in.bodyAsJsonObject().getBoolean("mustChangePassword")).isTrue();
    Run list = staff("list");
    assertThat(list.out()).contains("zhang.san\thandler\t32\t张三\tactive");
  }

  @Test
  void mistakesAreRefusedWithAReasonAndChangeNothing() {
    Run unknownDepartment = staff("add", "--admin", "--login", "admin2", "--name", "某人", "--department", "9999");
    assertThat(unknownDepartment.code()).isEqualTo(1);
    assertThat(unknownDepartment.err()).contains("department");
    Run aboveTheDeployment = staff("add", "--admin", "--login", "admin3", "--name", "某人", "--department", "-");
    assertThat(aboveTheDeployment.code()).isEqualTo(1);
    assertThat(staff("add", "--login", "x1", "--name", "某人").code()).isEqualTo(2);
    assertThat(staff("add", "--role", "janitor", "--login", "x1", "--name", "某人").code()).isEqualTo(2);
    assertThat(staff("reset-password").code()).isEqualTo(2);
    assertThat(staff("fly").code()).isEqualTo(2);
    assertThat(staff("add", "--admin", "--login", "Bad Login", "--name", "某人").err()).contains("login");
    assertThat(staff("add", "--role", "auditor", "--login", "dup", "--name", "某人").code()).isZero();
    Run dup = staff("add", "--role", "auditor", "--login", "dup", "--name", "另一人");
    assertThat(dup.code()).isEqualTo(1);
    assertThat(dup.err()).contains("already taken");
    assertThat(staff("unlock", "--login", "nobody").err()).contains("No such member of staff");
    assertThat(TestPostgres.value(env.get("GATEWAY_DATABASE_URL"),
        "SELECT count(*) FROM staff_users WHERE login IN ('admin2', 'admin3', 'x1')")).isEqualTo(0L);
  }

  @Test
  void withTheEmbeddedDatabaseACommandUsesTheRunningGatewaysServer() throws Exception {
    String url = EmbeddedDatabase.runningUrl(TestPostgres.dataDir()).orElseThrow();
    assertThat(url).startsWith("postgresql://postgres:").contains("@localhost:");
    assertThat(TestPostgres.value(url, "SELECT 1")).isEqualTo(1);
    assertThat(EmbeddedDatabase.runningUrl(TestPostgres.dataDir().resolveSibling("nothing-here"))).isEmpty();
  }
}
