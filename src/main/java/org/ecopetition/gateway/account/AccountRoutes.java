package org.ecopetition.gateway.account;

import io.vertx.core.Future;
import io.vertx.core.Handler;
import io.vertx.core.WorkerExecutor;
import io.vertx.core.http.Cookie;
import io.vertx.core.http.CookieSameSite;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.RoutingContext;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.ecopetition.gateway.access.Endpoint;
import org.ecopetition.gateway.access.Family;
import org.ecopetition.gateway.access.Role;
import org.ecopetition.gateway.access.Visibility;
import org.ecopetition.gateway.http.ApiError;
import org.ecopetition.gateway.http.Requests;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The staff API's own routes: signing in and out, the current session, changing one's password, and the
 * administrators' management of staff accounts with its record. The staff router has authenticated the caller and
 * checked CSRF and role before any of these but sign-in runs.
 */
final class AccountRoutes {
  private static final Logger LOG = LoggerFactory.getLogger(AccountRoutes.class);
  private static final String LOGIN_FAILED_ZH = "登录名或密码不正确。";
  private static final String LOGIN_FAILED_EN = "The login or the password is wrong.";

  private final PgStaffAccounts accounts;
  private final Sessions sessions;
  private final Passwords passwords;
  private final WorkerExecutor hashing;
  private final Authenticator authenticator;
  private final StaffAdmin admin;
  private final Visibility visibility;
  private final LockRule lockRule;
  private final Clock clock;
  private final org.ecopetition.gateway.http.TrustedProxies proxies;
  private final Function<String, Optional<String>> departmentName;

  AccountRoutes(PgStaffAccounts accounts, Sessions sessions, Passwords passwords, WorkerExecutor hashing,
      Authenticator authenticator, StaffAdmin admin, Visibility visibility, LockRule lockRule, Clock clock,
      org.ecopetition.gateway.http.TrustedProxies proxies, Function<String, Optional<String>> departmentName) {
    this.accounts = accounts;
    this.sessions = sessions;
    this.passwords = passwords;
    this.hashing = hashing;
    this.authenticator = authenticator;
    this.admin = admin;
    this.visibility = visibility;
    this.lockRule = lockRule;
    this.clock = clock;
    this.proxies = proxies;
    this.departmentName = departmentName;
  }

  Map<Endpoint, Handler<RoutingContext>> handlers() {
    Map<Endpoint, Handler<RoutingContext>> h = new EnumMap<>(Endpoint.class);
    h.put(Endpoint.LOGIN, this::login);
    h.put(Endpoint.SESSION, this::session);
    h.put(Endpoint.LOGOUT, this::logout);
    h.put(Endpoint.CHANGE_PASSWORD, this::changePassword);
    h.put(Endpoint.USERS, this::users);
    h.put(Endpoint.ADD_USER, this::addUser);
    h.put(Endpoint.CHANGE_USER, this::changeUser);
    h.put(Endpoint.RESET_PASSWORD, ctx -> answer(ctx, admin.resetPassword(by(ctx), ctx.pathParam("login")), 200, null));
    h.put(Endpoint.UNLOCK_USER, ctx -> answer(ctx, admin.unlock(by(ctx), ctx.pathParam("login")), 200, "unlocked"));
    h.put(Endpoint.REVOKE_SESSIONS, ctx -> answer(ctx, admin.revokeSessions(by(ctx), ctx.pathParam("login")), 200,
        "revoked"));
    h.put(Endpoint.AUDIT_STAFF_CHANGES, this::staffChanges);
    return h;
  }

  private OffsetDateTime stamp() {
    return clock.instant().atOffset(ZoneOffset.UTC);
  }

  /**
   * Sign-in. Unknown login, wrong password and a disabled account get the same answer in the same time; after
   * too many failures from one client the login is locked for that client only, for a while that grows.
   */
  private void login(RoutingContext ctx) {
    JsonObject body = Requests.jsonBody(ctx);
    String login = text(body, "login");
    String password = text(body, "password");
    if (login == null || password == null || login.length() > 200 || password.length() > 1024) {
      Requests.fail(ctx, ApiError.BAD_JSON, Requests.lang(ctx));
      return;
    }
    if (ctx.request().getHeader("Origin") != null && !authenticator.sameOrigin(ctx.request())) {
      Requests.refuse(ctx, 403, "origin", "请从本系统的登录页面登录。", "Sign in from this gateway's own page.");
      return;
    }
    String l = login.strip().toLowerCase(Locale.ROOT);
    byte[] loginHash = Sessions.hash(l);
    String client = proxies.client(ctx.request());
    OffsetDateTime now = stamp();
    unlessLocked(ctx, loginHash, client, now, () -> {
      Future<Optional<StaffUser>> user = l.matches("[a-z0-9][a-z0-9._-]{1,31}")
          ? accounts.byLogin(accounts.pool(), l) : Future.succeededFuture(Optional.empty());
      return user.compose(u -> hashing.executeBlocking(
              () -> passwords.matches(password, u.map(StaffUser::passwordHash).orElse(null)), false)
          .compose(match -> {
            if (match && !u.get().disabled()) {
              if (u.get().passwordExpiresAt() != null && !now.isBefore(u.get().passwordExpiresAt())) {
                Requests.refuse(ctx, 401, "password_expired", "一次性密码已过期，请联系管理员重新设置。",
                    "The one-time password has expired; ask an administrator for a new one.");
                return Future.succeededFuture();
              }
              return signIn(ctx, u.get(), loginHash, client);
            }
            if (u.isPresent()) {
              LOG.info("staff sign-in failed: {} from {}", l, client);
            } else {
              LOG.info("staff sign-in failed for an unknown login from {}", client);
            }
            return accounts.failed(loginHash, client, now, lockRule).map(lock -> {
              Requests.refuse(ctx, 401, "login_failed", LOGIN_FAILED_ZH, LOGIN_FAILED_EN);
              return null;
            });
          }));
    });
  }

  private Future<Void> signIn(RoutingContext ctx, StaffUser u, byte[] loginHash, String client) {
    String id = sessions.newId();
    Cookie previous = ctx.request().getCookie(Authenticator.COOKIE);
    return accounts.pool().withTransaction(conn -> accounts.succeeded(conn, loginHash, client)
            // A new id at every sign-in; a session the browser still held ends.
            .compose(v -> previous == null ? Future.<Void>succeededFuture()
                : sessions.end(conn, Sessions.hash(previous.getValue()), "logout"))
            .compose(v -> sessions.open(conn, id, u.id(), client))
            .compose(expires -> accounts.signedIn(conn, u.id(), stamp()).map(expires)))
        .map(expires -> {
          LOG.info("staff sign-in: {} from {}", u.login(), client);
          setCookie(ctx, id);
          ctx.response().putHeader("Cache-Control", "no-store");
          ctx.json(sessionJson(u.principal().login(), u.name(), u.role(), u.departmentCode(), u.mustChangePassword(),
              Sessions.csrf(id), expires));
          return null;
        });
  }

  /** Runs {@code work} unless the login is locked for this client, which is then told until when (429). */
  private void unlessLocked(RoutingContext ctx, byte[] loginHash, String client, OffsetDateTime now,
      java.util.function.Supplier<Future<Void>> work) {
    accounts.lockedUntil(loginHash, client, now).compose(locked -> {
      if (locked.isPresent()) {
        locked(ctx, locked.get(), now);
        return Future.<Void>succeededFuture();
      }
      return work.get();
    }).onFailure(ctx::fail);
  }

  private void locked(RoutingContext ctx, OffsetDateTime until, OffsetDateTime now) {
    long seconds = Math.max(1, Duration.between(now, until).toSeconds() + 1);
    long minutes = (seconds + 59) / 60;
    ctx.response().putHeader("Retry-After", Long.toString(seconds));
    Requests.refuse(ctx, 429, "login_locked", "登录失败次数过多，此登录名在本设备上已暂时锁定，请 " + minutes + " 分钟后再试，或请管理员解锁。",
        "Too many failed sign-ins: this login is locked on this device for " + minutes
            + " minute(s); try again later or ask an administrator to unlock it.");
  }

  private void session(RoutingContext ctx) {
    Authenticated a = Authenticator.of(ctx);
    ctx.response().putHeader("Cache-Control", "no-store");
    ctx.json(sessionJson(a.principal().login(), a.name(), a.principal().role(), a.principal().departmentCode(),
        a.mustChangePassword(), a.csrfToken(), a.expiresAt()));
  }

  private void logout(RoutingContext ctx) {
    Authenticated a = Authenticator.of(ctx);
    if (!a.bySession()) {
      ctx.response().setStatusCode(204).end();
      return;
    }
    accounts.pool().withTransaction(conn -> sessions.end(conn, a.sessionHash(), "logout")).onSuccess(v -> {
      ctx.response().addCookie(cookie(ctx, "").setMaxAge(0));
      ctx.response().setStatusCode(204).end();
    }).onFailure(ctx::fail);
  }

  /** A new password: every session of the member ends, and this browser gets a new one. */
  private void changePassword(RoutingContext ctx) {
    Authenticated a = Authenticator.of(ctx);
    if (!a.bySession()) {
      Requests.refuse(ctx, 400, "not_a_session", "机器客户端没有密码。", "A machine client has no password.");
      return;
    }
    JsonObject body = Requests.jsonBody(ctx);
    String current = text(body, "currentPassword");
    String next = text(body, "newPassword");
    if (current == null || next == null || current.length() > 1024) {
      Requests.fail(ctx, ApiError.BAD_JSON, Requests.lang(ctx));
      return;
    }
    String login = a.principal().login();
    Optional<String[]> weak = passwords.weakness(login, next);
    if (weak.isEmpty() && next.equals(current)) {
      weak = Optional.of(new String[] {"新密码不能与当前密码相同。", "The new password must differ from the current one."});
    }
    if (weak.isPresent()) {
      Requests.invalidField(ctx, "newPassword", weak.get()[0], weak.get()[1]);
      return;
    }
    byte[] loginHash = Sessions.hash(login);
    String client = proxies.client(ctx.request());
    OffsetDateTime now = stamp();
    unlessLocked(ctx, loginHash, client, now, () -> accounts.byLogin(accounts.pool(), login)
        .compose(u -> hashing.executeBlocking(
            () -> passwords.matches(current, u.get().passwordHash()) ? passwords.hash(next) : null, false)
          .compose(hash -> {
            if (hash == null) {
              return accounts.failed(loginHash, client, now, lockRule).map(lock -> {
                Requests.invalidField(ctx, "currentPassword", "当前密码不正确。", "The current password is wrong.");
                return null;
              });
            }
            String id = sessions.newId();
            return accounts.pool().withTransaction(conn -> accounts.setPassword(conn, u.get().id(), hash, false, null, now)
                    .compose(v -> sessions.endAll(conn, u.get().id(), "password_changed", null))
                    .compose(v -> accounts.succeeded(conn, loginHash, client))
                    .compose(v -> accounts.change(conn, now, a.principal().actor(), login, "password_changed", null))
                    .compose(v -> sessions.open(conn, id, u.get().id(), client)))
                .map(expires -> {
                  setCookie(ctx, id);
                  ctx.response().putHeader("Cache-Control", "no-store");
                  ctx.json(sessionJson(login, u.get().name(), u.get().role(), u.get().departmentCode(), false,
                      Sessions.csrf(id), expires));
                  return null;
                });
          })));
  }

  private void users(RoutingContext ctx) {
    admin.list(by(ctx)).onSuccess(list -> {
      ctx.response().putHeader("Cache-Control", "no-store");
      ctx.json(new JsonObject().put("users", new io.vertx.core.json.JsonArray(list)));
    }).onFailure(ctx::fail);
  }

  private void addUser(RoutingContext ctx) {
    JsonObject body = Requests.jsonBody(ctx);
    if (body == null) {
      Requests.fail(ctx, ApiError.BAD_JSON, Requests.lang(ctx));
      return;
    }
    Optional<Role> role = Role.of(text(body, "role"));
    if (role.isEmpty()) {
      refused(ctx, StaffAdmin.badRole());
      return;
    }
    answer(ctx, admin.add(by(ctx), text(body, "login"), text(body, "name"), role.get(), text(body, "department")), 201, null);
  }

  private void changeUser(RoutingContext ctx) {
    JsonObject body = Requests.jsonBody(ctx);
    if (body == null || body.getValue("disabled") != null && !(body.getValue("disabled") instanceof Boolean)) {
      Requests.fail(ctx, ApiError.BAD_JSON, Requests.lang(ctx));
      return;
    }
    Role role = null;
    if (body.getValue("role") != null) {
      Optional<Role> r = Role.of(text(body, "role"));
      if (r.isEmpty()) {
        refused(ctx, StaffAdmin.badRole());
        return;
      }
      role = r.get();
    }
    answer(ctx, admin.change(by(ctx), ctx.pathParam("login"), new StaffAdmin.Change(text(body, "name"), role,
        text(body, "department"), body.getBoolean("disabled"))), 200, null);
  }

  /** The record of changes to staff accounts ({@code ?login=&from=&to=&before=&limit=}), newest first. */
  private void staffChanges(RoutingContext ctx) {
    Requests.Page page = Requests.page(ctx);
    if (page == null) {
      return;
    }
    String login = ctx.request().getParam("login");
    accounts.changes(visibility.departments(Authenticator.of(ctx).principal(), Family.STAFF_LOG),
            login == null ? null : login.strip().toLowerCase(Locale.ROOT), page)
        .onSuccess(a -> ctx.json(new JsonObject().put("changes", a).put("next", page.next(a))))
        .onFailure(ctx::fail);
  }

  private static StaffAdmin.By by(RoutingContext ctx) {
    Authenticated a = Authenticator.of(ctx);
    return new StaffAdmin.By(a.principal().actor(), a.principal());
  }

  /** {@code countKey}: the name under which the outcome's count is answered (null: none). */
  private void answer(RoutingContext ctx, Future<StaffAdmin.Outcome> outcome, int status, String countKey) {
    outcome.onSuccess(o -> {
      if (o instanceof StaffAdmin.Refused r) {
        refused(ctx, r);
        return;
      }
      StaffAdmin.Done d = (StaffAdmin.Done) o;
      JsonObject out = new JsonObject().put("user", d.user());
      if (d.oneTimePassword() != null) {
        out.put("oneTimePassword", d.oneTimePassword());
      }
      if (countKey != null) {
        out.put(countKey, d.count());
      }
      ctx.response().setStatusCode(status).putHeader("Content-Type", "application/json; charset=utf-8")
          .putHeader("Cache-Control", "no-store").end(out.encode());
    }).onFailure(ctx::fail);
  }

  private static void refused(RoutingContext ctx, StaffAdmin.Refused r) {
    JsonObject error = new JsonObject().put("code", r.code())
        .put("message", "en".equals(Requests.lang(ctx)) ? r.en() : r.zh());
    if (r.field() != null) {
      error.put("field", r.field());
    }
    ctx.response().setStatusCode(r.status()).putHeader("Content-Type", "application/json; charset=utf-8")
        .putHeader("Cache-Control", "no-store").end(new JsonObject().put("error", error).encode());
  }

  private JsonObject sessionJson(String login, String name, Role role, String department, boolean mustChange,
      String csrf, OffsetDateTime expires) {
    return new JsonObject().put("login", login).put("name", name).put("role", role.code())
        .put("department", department).put("departmentName", departmentName.apply(department).orElse(null))
        .put("mustChangePassword", mustChange).put("via", csrf == null ? "token" : "session")
        .put("csrfToken", csrf).put("expiresAt", expires == null ? null : expires.toInstant().toString())
        .put("idleTimeoutSeconds", csrf == null ? null : sessions.idle().toSeconds());
  }

  private void setCookie(RoutingContext ctx, String id) {
    ctx.response().addCookie(cookie(ctx, id));
  }

  private Cookie cookie(RoutingContext ctx, String value) {
    return Cookie.cookie(Authenticator.COOKIE, value).setPath("/").setHttpOnly(true).setSameSite(CookieSameSite.STRICT)
        .setSecure(authenticator.secureCookie(ctx.request()));
  }

  private static String text(JsonObject body, String key) {
    Object v = body == null ? null : body.getValue(key);
    return v instanceof String s ? s : null;
  }
}
