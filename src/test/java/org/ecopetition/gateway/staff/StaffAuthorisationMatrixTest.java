package org.ecopetition.gateway.staff;

import static org.assertj.core.api.Assertions.assertThat;

import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.client.HttpRequest;
import io.vertx.ext.web.client.HttpResponse;
import io.vertx.ext.web.client.WebClient;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.ecopetition.gateway.Gateway;
import org.ecopetition.gateway.access.Endpoint;
import org.ecopetition.gateway.access.Family;
import org.ecopetition.gateway.access.Permissions;
import org.ecopetition.gateway.access.Role;
import org.ecopetition.gateway.support.SessionClient;
import org.ecopetition.gateway.support.StaffClient;
import org.ecopetition.gateway.support.TestClock;
import org.ecopetition.gateway.support.TestGateway;
import org.ecopetition.gateway.support.TestPostgres;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Every staff route × every role × every scope, generated over the route table ({@link Endpoint}) that the router
 * mounts — a new route is in this test by construction (the switch below does not compile without it). Members of
 * staff at 南京市生态环境局 (3201) in a provincial deployment (32), signed in with a session and as machine clients
 * with a token: the routes their role allows work, the others are 403, a case, notice or member of staff of another
 * department (the province above, 苏州 beside) is 404 exactly like one that does not exist while those of their own
 * department and of 江宁 (320115) below are theirs; without credentials every route is 401; by cookie without the
 * CSRF token every state-changing route is 403. Refusals change nothing. Lists, counts and exports hold only the
 * cases in scope.
 */
class StaffAuthorisationMatrixTest {
  static final String DEPARTMENT = "3201";
  static final String PASSWORD = "Xuanwu-lake-2026!";
  static final String OTHER_PASSWORD = "Xuanwu-lake-2027!";
  static final String ROOT = "token-of-the-root-admin-0123456789";
  static final AtomicInteger SERIAL = new AtomicInteger();

  enum Scope {
    OWN("3201", true), BELOW("320115", true), ABOVE("32", false), SIBLING("3202", false);

    final String code;
    final boolean visible;

    Scope(String code, boolean visible) {
      this.code = code;
      this.visible = visible;
    }
  }

  enum Kind { SESSION, TOKEN }

  /** One caller: a member of staff signed in, or a machine client. */
  interface Caller {
    HttpResponse<Buffer> send(HttpMethod method, String path, JsonObject body);
  }

  static Vertx vertx;
  static WebClient http;
  static String db;
  static Gateway gateway;
  static StaffClient wang;
  static final Map<Role, SessionClient> sessions = new EnumMap<>(Role.class);
  static final Map<Role, String> passwords = new EnumMap<>(Role.class);
  static final Map<Scope, String> targetUsers = new EnumMap<>(Scope.class);
  static final Map<Scope, String[]> cases = new EnumMap<>(Scope.class);
  static final Map<Scope, String> photos = new EnumMap<>(Scope.class);
  /** A conversation waiting for a person on the deployment's (the province's) chat. */
  static String conversation;

  static String token(Role r) {
    return "matrix-token-of-the-" + r.code() + "-0123456789";
  }

  @BeforeAll
  static void start() {
    vertx = Vertx.vertx();
    http = WebClient.create(vertx);
    db = TestPostgres.freshDatabaseUrl();
    Map<String, String> env = TestGateway.env(db, TestGateway.newKey());
    env.put("GATEWAY_ROUTING_DIVISION_CODE", "32");
    StaffClient.configure(env);
    List<String> tokens = new ArrayList<>(List.of(env.get("GATEWAY_STAFF_TOKENS"),
        StaffClient.tokenEntry("root", ROOT, "admin", "32")));
    for (Role r : Role.values()) {
      tokens.add(StaffClient.tokenEntry("m-" + r.code(), token(r), r.code(), DEPARTMENT));
    }
    env.put("GATEWAY_STAFF_TOKENS", String.join(",", tokens));
    gateway = TestGateway.start(env);
    wang = new StaffClient(vertx, gateway);
    for (Role r : Role.values()) {
      String[] u = addUser(r.code(), DEPARTMENT);
      SessionClient s = new SessionClient(http, gateway::port, null);
      assertThat(s.login(u[0], u[1]).statusCode()).isEqualTo(200);
      assertThat(s.changePassword(u[1], PASSWORD).statusCode()).isEqualTo(200);
      sessions.put(r, s);
      passwords.put(r, PASSWORD);
    }
    for (Scope s : Scope.values()) {
      targetUsers.put(s, addUser("handler", s.code)[0]);
      cases.put(s, acceptedCase(s));
    }
    new org.ecopetition.gateway.support.HttpChat(http, gateway.port()).say("人工");
    conversation = String.valueOf(value("SELECT id FROM conversations WHERE owner = 'queue' LIMIT 1"));
    // Each case carries an evidence photo (as one sent from the chat page would be), for the photo routes.
    for (Scope s : Scope.values()) {
      photos.put(s, String.valueOf(value("INSERT INTO evidence_photos (conversation_id, case_id, content_type, bytes,"
          + " size, width, height, sha256, created_at) SELECT '" + conversation + "', id, 'image/jpeg',"
          + " '\\xffd8ffd9'::bytea, 4, 1, 1, '\\x00'::bytea, TIMESTAMPTZ '2026-06-15 10:00+08' FROM cases"
          + " WHERE case_number = '" + cases.get(s)[0] + "' RETURNING id")));
    }
  }

  @AfterAll
  static void stop() {
    gateway.close();
    vertx.close().await();
  }

  static String[] addUser(String role, String department) {
    String login = "s" + SERIAL.incrementAndGet();
    HttpResponse<Buffer> r = http.post(gateway.port(), "127.0.0.1", "/api/v1/staff/users")
        .putHeader("Authorization", "Bearer " + ROOT).sendJsonObject(new JsonObject().put("login", login)
            .put("name", "工作人员" + login).put("role", role).put("department", department)).await();
    assertThat(r.statusCode()).as(r.bodyAsString()).isEqualTo(201);
    return new String[] {login, r.bodyAsJsonObject().getString("oneTimePassword")};
  }

  static JsonObject letter() {
    return new JsonObject().put("channel", "letter").put("category", "申诉求决")
        .put("facts", "某砖厂夜间焚烧垃圾，烟雾很大。").put("request", "请求查处").put("name", "钱多")
        .put("address", "江苏省南京市江宁区某村12号").put("location", "江苏省南京市江宁区");
  }

  static Object value(String sql) {
    return TestPostgres.value(db, sql);
  }

  /** A case registered and moved to a department (as a transfer would), version 0. */
  static String freshCase(Scope s) {
    String n = wang.enter(letter());
    TestPostgres.jdbc(db, c -> c.createStatement().execute("UPDATE cases SET responsible_code = '" + s.code
        + "' WHERE case_number = '" + n + "'"));
    return n;
  }

  /** A case accepted (so it has an acceptance document and a letter to post) and moved: its number and notice id. */
  static String[] acceptedCase(Scope s) {
    String n = wang.enter(letter());
    wang.act(n, "accept", 0, new JsonObject().put("reason", "属于本级职责"));
    TestPostgres.jdbc(db, c -> c.createStatement().execute("UPDATE cases SET responsible_code = '" + s.code
        + "' WHERE case_number = '" + n + "'"));
    Object notice = value("SELECT min(n.id) FROM notices n JOIN cases c ON c.id = n.case_id WHERE c.case_number = '"
        + n + "' AND n.channel = 'letter'");
    assertThat(notice).as("a letter to post for " + n).isNotNull();
    return new String[] {n, notice.toString()};
  }

  static Caller caller(Role r, Kind k) {
    if (k == Kind.SESSION) {
      return sessions.get(r)::send;
    }
    return (method, path, body) -> {
      HttpRequest<Buffer> req = http.request(method, gateway.port(), "127.0.0.1", "/api/v1/staff" + path)
          .putHeader("Authorization", "Bearer " + token(r));
      return (body == null ? req.send() : req.sendJsonObject(body)).await();
    };
  }

  /** What a request to one route looks like, for a target in {@code s}, and the statuses that mean it worked. */
  record Call(HttpMethod method, String path, JsonObject body, Set<Integer> worked, String caseNumber) {}

  static Call call(Endpoint e, Scope s, Kind k) {
    String[] c = cases.get(s);
    String user = targetUsers.get(s);
    HttpMethod m = HttpMethod.valueOf(e.method());
    String today = TestClock.TODAY.toString();
    return switch (e) {
      case LOGIN -> new Call(m, "/session", new JsonObject().put("login", "nobody").put("password", "x"),
          Set.of(401), null);
      case SESSION -> new Call(m, "/session", null, Set.of(200), null);
      case LOGOUT -> new Call(m, "/session", null, Set.of(204), null);
      // A machine client has no password to change: the route itself says so.
      case CHANGE_PASSWORD -> new Call(m, "/session/password", new JsonObject().put("currentPassword", PASSWORD)
          .put("newPassword", OTHER_PASSWORD), k == Kind.TOKEN ? Set.of(400) : Set.of(200), null);
      case REGISTER_CASE -> new Call(m, "/cases", letter(), Set.of(201), null);
      case CASE_DETAILS -> new Call(m, "/cases/" + c[0], null, Set.of(200), c[0]);
      case CASES -> new Call(m, "/cases?state=accepted&hotspot=false", null, Set.of(200), null);
      // Extraction stores nothing: the fingerprint (cases, staff) must not move even when it worked.
      case EXTRACT -> new Call(m, "/extract", new JsonObject().put("text", "南京市江宁区某砖厂夜间排放黑烟，请求查处。"),
          Set.of(200), null);
      case ACTS_NOW -> new Call(m, "/cases/" + c[0] + "/acts", null, Set.of(200), c[0]);
      case CASE_HISTORY -> new Call(m, "/cases/" + c[0] + "/history", null, Set.of(200), c[0]);
      case CASE_DOCUMENT -> new Call(m, "/cases/" + c[0] + "/documents/acceptance", null, Set.of(200), c[0]);
      case CASE_PHOTOS -> new Call(m, "/cases/" + c[0] + "/photos", null, Set.of(200), c[0]);
      case CASE_PHOTO -> new Call(m, "/cases/" + c[0] + "/photos/" + photos.get(s), null, Set.of(200), c[0]);
      case CASE_ACT -> {
        String n = freshCase(s);
        yield new Call(m, "/cases/" + n + "/acts", new JsonObject().put("act", "accept").put("version", 0)
            .put("reason", "属于本级职责"), Set.of(200), n);
      }
      case CASE_CORRECTION -> {
        String n = freshCase(s);
        yield new Call(m, "/cases/" + n + "/corrections", new JsonObject().put("version", 0)
            .put("reason", "登记时误选污染类型").put("kind", "air"), Set.of(200), n);
      }
      case CASE_RECUSAL -> new Call(m, "/cases/" + c[0] + "/recusals", new JsonObject().put("login", user)
          .put("reason", "与信访人系近亲属"), Set.of(200, 201), c[0]);
      // The matrix's cases are complaints: the route answers that only an accusation has an accused unit.
      case CONFIRM_ACCUSED -> new Call(m, "/cases/" + c[0] + "/accused", new JsonObject().put("department", "3202"),
          Set.of(400), c[0]);
      case DIRECTORY -> new Call(m, "/directory?q=" + java.net.URLEncoder.encode("江宁",
          java.nio.charset.StandardCharsets.UTF_8), null, Set.of(200), null);
      case CONFIRM_REDACTION -> new Call(m, "/cases/" + c[0] + "/redaction", new JsonObject(), Set.of(200), c[0]);
      case NEWS_READ -> new Call(m, "/cases/" + c[0] + "/news-read", new JsonObject(), Set.of(200), c[0]);
      case NOTICES -> new Call(m, "/notices", null, Set.of(200), null);
      case NOTICE_DELIVERY -> new Call(m, "/notices/" + c[1] + "/delivery", new JsonObject().put("status", "sent"),
          Set.of(200), c[0]);
      case OVERDUE -> new Call(m, "/supervision/overdue", null, Set.of(200), null);
      case OVERDUE_SUMMARY -> new Call(m, "/supervision/overdue/summary", null, Set.of(200), null);
      case SUPERVISION_NOTE -> new Call(m, "/supervision/notes", new JsonObject().put("caseNumber", c[0])
          .put("text", "请于三日内办结"), Set.of(201), c[0]);
      case SUPERVISION_FEEDBACK -> new Call(m, "/supervision/feedback", new JsonObject().put("caseNumber", c[0])
          .put("text", "已办结"), Set.of(201), c[0]);
      case STATS -> new Call(m, "/stats/kind", null, Set.of(200), null);
      case EXPORT -> new Call(m, "/export?from=2020-01-01&to=" + today, null, Set.of(200), null);
      case AUDIT_ACCESS -> new Call(m, "/audit/access", null, Set.of(200), null);
      case AUDIT_STAFF_CHANGES -> new Call(m, "/audit/staff-changes", null, Set.of(200), null);
      case USERS -> new Call(m, "/users", null, Set.of(200), null);
      case ADD_USER -> new Call(m, "/users", new JsonObject().put("login", "n" + SERIAL.incrementAndGet())
          .put("name", "新人").put("role", "intake").put("department", DEPARTMENT), Set.of(201), null);
      case CHANGE_USER -> new Call(m, "/users/" + user, new JsonObject().put("name", "改名" + SERIAL.incrementAndGet()),
          Set.of(200), null);
      case RESET_PASSWORD -> new Call(m, "/users/" + user + "/password", null, Set.of(200), null);
      case UNLOCK_USER -> new Call(m, "/users/" + user + "/unlock", null, Set.of(200), null);
      case REVOKE_SESSIONS -> new Call(m, "/users/" + user + "/sessions", null, Set.of(200), null);
      case LATE -> new Call(m, "/supervision/late", null, Set.of(200), null);
      case HOTSPOTS -> new Call(m, "/supervision/hotspots", null, Set.of(200), null);
      case UNDELIVERED -> new Call(m, "/supervision/undelivered", null, Set.of(200), null);
      case ELECTRONIC_DELIVERY -> new Call(m, "/cases/" + c[0] + "/electronic-delivery", new JsonObject()
          .put("consent", true).put("how", "来信中同意电子送达"), Set.of(200), c[0]);
      case GOVERNMENT_REPORT -> new Call(m, "/workspace/cases/" + c[0] + "/government-report", new JsonObject()
          .put("to", "南京市人民政府"), Set.of(201), c[0]);
      case QUEUE -> new Call(m, "/workspace/queue", null, Set.of(200), null);
      // Not a WebSocket upgrade: refused as such once the gate let it through.
      case LIVE -> new Call(m, "/workspace/live", null, Set.of(400), null);
      case ALERTS -> new Call(m, "/workspace/alerts", null, Set.of(200), null);
      case ACKNOWLEDGE_ALERT -> new Call(m, "/workspace/alerts/999999/ack", null, Set.of(404), null);
      case DUTY -> new Call(m, "/workspace/duty", null, Set.of(200), null);
      case ADD_DUTY -> new Call(m, "/workspace/duty", new JsonObject().put("login", "wang").put("phone", "13900001111")
          .put("from", TestClock.CLOCK.instant().toString())
          .put("to", TestClock.CLOCK.instant().plusSeconds(3600).toString()), Set.of(201), null);
      case CANNED -> new Call(m, "/workspace/canned", null, Set.of(200), null);
      // The deployment is the province's: its chat queue is not a city bureau's to see (404, as if unknown).
      case CONVERSATION -> new Call(m, "/workspace/conversations/" + conversation, null, Set.of(404), null);
      case CLAIM -> new Call(m, "/workspace/conversations/" + conversation + "/claim", null, Set.of(404), null);
      case STAFF_MESSAGE -> new Call(m, "/workspace/conversations/" + conversation + "/messages",
          new JsonObject().put("text", "您好"), Set.of(404), null);
      case CONVERSATION_NOTE -> new Call(m, "/workspace/conversations/" + conversation + "/notes",
          new JsonObject().put("text", "备注"), Set.of(404), null);
      case HAND_BACK -> new Call(m, "/workspace/conversations/" + conversation + "/release", null, Set.of(404), null);
      case CLOSE_CONVERSATION -> new Call(m, "/workspace/conversations/" + conversation + "/close", null, Set.of(404),
          null);
      case PREFILL -> new Call(m, "/workspace/conversations/" + conversation + "/prefill", null, Set.of(404), null);
      case ATTACH_CONVERSATION -> new Call(m, "/workspace/conversations/" + conversation + "/attach",
          new JsonObject().put("caseNumber", c[0]), Set.of(404), c[0]);
    };
  }

  /** What a refused request must leave as it was: the case's row, history and reads, or the member's record. */
  static String fingerprint(Endpoint e, Scope s, Call c) {
    if (c.caseNumber() != null) {
      return String.valueOf(value("SELECT version || '/' || (SELECT count(*) FROM case_events WHERE case_id = c.id) || '/' "
          + "|| (SELECT count(*) FROM access_log WHERE case_id = c.id) || '/' || (SELECT string_agg(status, ',' ORDER BY id) "
          + "FROM notices WHERE case_id = c.id) FROM cases c WHERE case_number = '" + c.caseNumber() + "'"));
    }
    if (e.target() == Endpoint.Target.USER_PATH) {
      return String.valueOf(value("SELECT count(*) FROM staff_changes WHERE login = '" + targetUsers.get(s) + "'"));
    }
    return String.valueOf(value("SELECT (SELECT count(*) FROM cases) || '/' || (SELECT count(*) FROM staff_users)"));
  }

  static boolean hasTarget(Endpoint e) {
    return e.target() != Endpoint.Target.NONE;
  }

  @Test
  void everyRouteForEveryRoleAndScopeIsAllowedRefusedOrHiddenAsTheTableSays() {
    String missing = wang.get("/cases/HB2020010100001").bodyAsString();
    int checked = 0;
    for (Kind kind : Kind.values()) {
      for (Role role : Role.values()) {
        for (Endpoint e : Endpoint.values()) {
          if (e.family() == Family.PUBLIC) {
            continue;
          }
          for (Scope scope : hasTarget(e) ? Scope.values() : new Scope[] {Scope.OWN}) {
            Call c = call(e, scope, kind);
            String what = kind + " " + role + " " + e + " on " + scope;
            Caller who = caller(role, kind);
            if (e == Endpoint.LOGOUT && kind == Kind.SESSION) {
              // Sign out a second session of the same member, keeping the one the matrix uses.
              SessionClient second = new SessionClient(http, gateway::port, null);
              assertThat(second.login(loginOf(role), passwords.get(role)).statusCode()).isEqualTo(200);
              who = second::send;
            }
            String before = fingerprint(e, scope, c);
            HttpResponse<Buffer> r;
            if (e == Endpoint.CHANGE_PASSWORD && kind == Kind.SESSION) {
              String next = passwords.get(role).equals(PASSWORD) ? OTHER_PASSWORD : PASSWORD;
              r = sessions.get(role).changePassword(passwords.get(role), next);
              passwords.put(role, next);
            } else {
              r = who.send(c.method(), c.path(), c.body());
            }
            if (!Permissions.allows(role, e.family())) {
              assertThat(r.statusCode()).as(what + ": " + r.bodyAsString()).isEqualTo(403);
              assertThat(r.bodyAsJsonObject().getJsonObject("error").getString("code")).as(what).isEqualTo("forbidden");
              assertThat(fingerprint(e, scope, c)).as(what + " changed nothing").isEqualTo(before);
            } else if (!scope.visible) {
              assertThat(r.statusCode()).as(what + ": " + r.bodyAsString()).isEqualTo(404);
              if (c.caseNumber() != null) {
                assertThat(r.bodyAsString()).as(what + " answers like a case that does not exist").isEqualTo(missing);
              }
              assertThat(fingerprint(e, scope, c)).as(what + " changed nothing").isEqualTo(before);
            } else {
              assertThat(r.statusCode()).as(what + ": " + r.bodyAsString()).isIn(c.worked());
            }
            checked++;
          }
        }
      }
    }
    assertThat(checked).isGreaterThan(500);
  }

  static final Map<Role, String> LOGINS = new HashMap<>();

  static String loginOf(Role r) {
    return LOGINS.computeIfAbsent(r, x -> sessions.get(x).get("/session").bodyAsJsonObject().getString("login"));
  }

  @Test
  void withoutCredentialsEveryRouteButSignInIsUnauthorised() {
    for (Endpoint e : Endpoint.values()) {
      if (e.family() == Family.PUBLIC) {
        continue;
      }
      Call c = call(e, Scope.OWN, Kind.TOKEN);
      HttpMethod m = c.method();
      HttpRequest<Buffer> none = http.request(m, gateway.port(), "127.0.0.1", "/api/v1/staff" + c.path());
      HttpRequest<Buffer> badToken = http.request(m, gateway.port(), "127.0.0.1", "/api/v1/staff" + c.path())
          .putHeader("Authorization", "Bearer not-a-token");
      HttpRequest<Buffer> badCookie = http.request(m, gateway.port(), "127.0.0.1", "/api/v1/staff" + c.path())
          .putHeader("Cookie", "staff_session=not-a-session");
      for (HttpRequest<Buffer> req : List.of(none, badToken, badCookie)) {
        HttpResponse<Buffer> r = (c.body() == null ? req.send() : req.sendJsonObject(c.body())).await();
        assertThat(r.statusCode()).as(e + ": " + r.bodyAsString()).isEqualTo(401);
        assertThat(r.bodyAsJsonObject().getJsonObject("error").getString("code")).isEqualTo("unauthorized");
      }
    }
  }

  @Test
  void byCookieEveryStateChangingRouteNeedsTheCsrfTokenAndChangesNothingWithout() {
    int checked = 0;
    for (Endpoint e : Endpoint.values()) {
      if (!e.changesState() || e.family() == Family.PUBLIC) {
        continue;
      }
      Role role = java.util.Arrays.stream(Role.values()).filter(r -> Permissions.allows(r, e.family())).findFirst()
          .orElseThrow();
      Call c = call(e, Scope.OWN, Kind.SESSION);
      String before = fingerprint(e, Scope.OWN, c);
      HttpResponse<Buffer> r = sessions.get(role).sendWithoutCsrf(c.method(), c.path(), c.body());
      assertThat(r.statusCode()).as(e + ": " + r.bodyAsString()).isEqualTo(403);
      assertThat(r.bodyAsJsonObject().getJsonObject("error").getString("code")).isEqualTo("csrf");
      assertThat(fingerprint(e, Scope.OWN, c)).as(e + " changed nothing").isEqualTo(before);
      checked++;
    }
    assertThat(checked).isGreaterThan(10);
  }

  static List<String> numbers(JsonArray a, String key) {
    return a.stream().map(o -> ((JsonObject) o).getString(key)).toList();
  }

  @Test
  void listsCountsAndExportsHoldOnlyTheCasesInScope() {
    Map<Scope, String> overdue = new EnumMap<>(Scope.class);
    for (Scope s : Scope.values()) {
      String n = freshCase(s);
      TestPostgres.jdbc(db, c -> c.createStatement().execute("UPDATE cases SET notice_due = DATE '2020-01-06' "
          + "WHERE case_number = '" + n + "'"));
      overdue.put(s, n);
    }
    Caller handler = caller(Role.HANDLER, Kind.TOKEN);
    Caller supervisor = caller(Role.SUPERVISOR, Kind.SESSION);
    Caller auditor = caller(Role.AUDITOR, Kind.TOKEN);
    String today = TestClock.TODAY.toString();

    List<String> exported = numbers(handler.send(HttpMethod.GET, "/export?from=2020-01-01&to=" + today, null)
        .bodyAsJsonObject().getJsonArray("cases"), "case_number");
    assertThat(exported).contains(overdue.get(Scope.OWN), overdue.get(Scope.BELOW), cases.get(Scope.OWN)[0])
        .doesNotContain(overdue.get(Scope.ABOVE), overdue.get(Scope.SIBLING), cases.get(Scope.SIBLING)[0]);
    // The export's reads are logged for the cases exported, and only those.
    assertThat(value("SELECT count(*) FROM access_log a JOIN cases c ON c.id = a.case_id WHERE a.actor = "
        + "'staff:m-handler' AND a.what = 'export' AND c.responsible_code NOT LIKE '3201%'")).isEqualTo(0L);

    long inScope = (Long) value("SELECT count(*) FROM cases WHERE coalesce(responsible_code, '32') LIKE '3201%'");
    long counted = supervisor.send(HttpMethod.GET, "/stats/state", null).bodyAsJsonObject().getJsonArray("counts")
        .stream().mapToLong(o -> ((JsonObject) o).getLong("count")).sum();
    assertThat(counted).isEqualTo(inScope).isLessThan((Long) value("SELECT count(*) FROM cases"));

    // A handler's overdue list is their own department's; a supervisor's reaches the departments below.
    List<String> handlers = numbers(handler.send(HttpMethod.GET, "/supervision/overdue", null).bodyAsJsonObject()
        .getJsonArray("cases"), "case_number");
    assertThat(handlers).contains(overdue.get(Scope.OWN)).doesNotContain(overdue.get(Scope.BELOW),
        overdue.get(Scope.ABOVE), overdue.get(Scope.SIBLING));
    List<String> supervisors = numbers(supervisor.send(HttpMethod.GET, "/supervision/overdue", null).bodyAsJsonObject()
        .getJsonArray("cases"), "case_number");
    assertThat(supervisors).contains(overdue.get(Scope.OWN), overdue.get(Scope.BELOW))
        .doesNotContain(overdue.get(Scope.ABOVE), overdue.get(Scope.SIBLING));
    long summarised = supervisor.send(HttpMethod.GET, "/supervision/overdue/summary", null).bodyAsJsonObject()
        .getJsonArray("summary").stream().mapToLong(o -> ((JsonObject) o).getLong("cases")).sum();
    assertThat(summarised).isEqualTo(supervisors.size());

    // The console's case list: the cases in scope only, whatever is searched for.
    List<String> listed = numbers(handler.send(HttpMethod.GET, "/cases?limit=1000", null).bodyAsJsonObject()
        .getJsonArray("cases"), "case_number");
    assertThat(listed).contains(overdue.get(Scope.OWN), overdue.get(Scope.BELOW), cases.get(Scope.OWN)[0])
        .doesNotContain(overdue.get(Scope.ABOVE), overdue.get(Scope.SIBLING), cases.get(Scope.SIBLING)[0]);
    assertThat(handler.send(HttpMethod.GET, "/cases?q=" + cases.get(Scope.SIBLING)[0], null).bodyAsJsonObject()
        .getJsonArray("cases")).isEmpty();
    assertThat(numbers(handler.send(HttpMethod.GET, "/cases?q=" + cases.get(Scope.BELOW)[0], null).bodyAsJsonObject()
        .getJsonArray("cases"), "case_number")).containsExactly(cases.get(Scope.BELOW)[0]);

    List<String> notices = numbers(auditor.send(HttpMethod.GET, "/notices", null).bodyAsJsonObject()
        .getJsonArray("notices"), "case_number");
    assertThat(notices).contains(cases.get(Scope.OWN)[0], cases.get(Scope.BELOW)[0])
        .doesNotContain(cases.get(Scope.ABOVE)[0], cases.get(Scope.SIBLING)[0]);

    // The access log: reads of the cases in scope only, filtered by who and which case.
    wang.get("/cases/" + cases.get(Scope.SIBLING)[0]);
    wang.get("/cases/" + cases.get(Scope.BELOW)[0]);
    JsonArray log = auditor.send(HttpMethod.GET, "/audit/access?login=wang", null).bodyAsJsonObject()
        .getJsonArray("entries");
    assertThat(numbers(log, "caseNumber")).contains(cases.get(Scope.BELOW)[0])
        .doesNotContain(cases.get(Scope.SIBLING)[0]);
    assertThat(numbers(log, "actor")).containsOnly("staff:wang");
    JsonArray one = auditor.send(HttpMethod.GET, "/audit/access?case=" + cases.get(Scope.BELOW)[0] + "&from=" + today
        + "&to=" + today, null).bodyAsJsonObject().getJsonArray("entries");
    assertThat(numbers(one, "caseNumber")).isNotEmpty().containsOnly(cases.get(Scope.BELOW)[0]);
    assertThat(auditor.send(HttpMethod.GET, "/audit/access?from=2020-13-01", null).statusCode()).isEqualTo(400);

    // Staff accounts: an administrator of 3201 sees and changes only the staff of 3201 and below.
    Caller admin = caller(Role.ADMIN, Kind.SESSION);
    List<String> staff = numbers(admin.send(HttpMethod.GET, "/users", null).bodyAsJsonObject().getJsonArray("users"),
        "department");
    assertThat(staff).isNotEmpty().allSatisfy(d -> assertThat(d).startsWith("3201"));
    HttpResponse<Buffer> placedAbove = admin.send(HttpMethod.POST, "/users", new JsonObject().put("login", "above1")
        .put("name", "某人").put("role", "handler").put("department", "32"));
    assertThat(placedAbove.statusCode()).isEqualTo(400);
    assertThat(admin.send(HttpMethod.PATCH, "/users/" + targetUsers.get(Scope.OWN), new JsonObject()
        .put("department", "3202")).statusCode()).isEqualTo(400);
    List<String> changed = numbers(auditor.send(HttpMethod.GET, "/audit/staff-changes", null).bodyAsJsonObject()
        .getJsonArray("changes"), "login");
    assertThat(changed).contains(targetUsers.get(Scope.OWN), targetUsers.get(Scope.BELOW))
        .doesNotContain(targetUsers.get(Scope.ABOVE), targetUsers.get(Scope.SIBLING));

    // Recused from a case in scope: it is gone from their lists and counts too (Art 21).
    String recused = overdue.get(Scope.BELOW);
    wang.post("/cases/" + recused + "/recusals", new JsonObject().put("login", "m-supervisor").put("reason", "近亲属"));
    Caller supervisorToken = caller(Role.SUPERVISOR, Kind.TOKEN);
    assertThat(numbers(supervisorToken.send(HttpMethod.GET, "/supervision/overdue", null).bodyAsJsonObject()
        .getJsonArray("cases"), "case_number")).contains(overdue.get(Scope.OWN)).doesNotContain(recused);
    assertThat(supervisorToken.send(HttpMethod.GET, "/cases/" + recused, null).statusCode()).isEqualTo(403);
  }

  @Test
  void anAdministratorCannotChangeTheirOwnRoleDepartmentOrDisableThemselves() {
    Caller admin = caller(Role.ADMIN, Kind.SESSION);
    String me = loginOf(Role.ADMIN);
    for (JsonObject change : List.of(new JsonObject().put("role", "supervisor"), new JsonObject().put("department",
        "320115"), new JsonObject().put("disabled", true))) {
      HttpResponse<Buffer> r = admin.send(HttpMethod.PATCH, "/users/" + me, change);
      assertThat(r.statusCode()).as(change.encode()).isEqualTo(409);
    }
    assertThat(admin.send(HttpMethod.PATCH, "/users/" + me, new JsonObject().put("name", "新名字")).statusCode())
        .isEqualTo(200);
    assertThat(admin.send(HttpMethod.PATCH, "/users/" + me, new JsonObject().put("role", "janitor")).statusCode())
        .isEqualTo(400);
    assertThat(admin.send(HttpMethod.POST, "/users", new JsonObject().put("login", "wang").put("name", "冒名")
        .put("role", "admin").put("department", DEPARTMENT)).statusCode()).isEqualTo(409);
  }
}
