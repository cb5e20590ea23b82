package org.ecopetition.gateway.account;

import org.ecopetition.gateway.http.TrustedProxies;
import io.vertx.core.Handler;
import io.vertx.core.Vertx;
import io.vertx.core.WorkerExecutor;
import io.vertx.ext.web.RoutingContext;
import io.vertx.sqlclient.Pool;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.ecopetition.gateway.access.Endpoint;
import org.ecopetition.gateway.access.Visibility;
import org.ecopetition.gateway.config.GatewayConfig;
import org.ecopetition.gateway.routing.DepartmentDirectory;

/**
 * Staff accounts wired for one gateway (or for the {@code staff} command): who is calling ({@link #authenticator}),
 * the routes of sessions and staff management ({@link #handlers}), and the management itself ({@link #admin}).
 */
public final class Accounts {
  private final Authenticator authenticator;
  private final AccountRoutes routes;
  private final StaffAdmin admin;
  private final TokenClients tokens;
  private final PgStaffAccounts accounts;
  private final Pool pool;

  public Accounts(Vertx vertx, Pool pool, GatewayConfig cfg, Clock clock, DepartmentDirectory directory,
      Visibility visibility) {
    GatewayConfig.Staff s = cfg.staff();
    Function<String, Optional<String>> departmentName = code -> code == null ? Optional.empty()
        : directory.byCode(code).map(d -> d.printableName().orElse(d.name()));
    TokenClients tokens = new TokenClients(s.tokens(), visibility.deploymentCode(),
        code -> directory.byCode(code).isPresent());
    // Argon2 is slow and memory-hard on purpose: its own small pool, never an event loop.
    WorkerExecutor hashing = vertx.createSharedWorkerExecutor("passwords", 2);
    Passwords passwords = new Passwords(s.minPasswordLength());
    PgStaffAccounts accounts = new PgStaffAccounts(pool);
    Sessions sessions = new Sessions(new PgSessions(pool), clock, Duration.ofMinutes(s.sessionIdleMinutes()),
        Duration.ofHours(s.sessionMaxHours()), s.sessionCacheSeconds());
    this.tokens = tokens;
    this.accounts = accounts;
    this.pool = pool;
    this.authenticator = new Authenticator(tokens, sessions, TrustedProxies.of(cfg.http().trustedProxies()));
    this.admin = new StaffAdmin(accounts, sessions, passwords, hashing, clock, visibility, departmentName,
        tokens.logins(), Duration.ofHours(s.oneTimePasswordHours()));
    this.routes = new AccountRoutes(accounts, sessions, passwords, hashing, authenticator, admin, visibility,
        new LockRule(s.lockAfterFailures(), Duration.ofMinutes(s.lockMinutes()), Duration.ofMinutes(s.lockMaxMinutes())),
        clock, TrustedProxies.of(cfg.http().trustedProxies()), departmentName);
  }

  public Authenticator authenticator() {
    return authenticator;
  }

  /** The handlers of the session, staff-management and staff-change routes, for the staff router to mount. */
  public Map<Endpoint, Handler<RoutingContext>> handlers() {
    return routes.handlers();
  }

  public StaffAdmin admin() {
    return admin;
  }

  /**
   * The member of staff of a login as they would sign in (a configured machine client, or an account not disabled):
   * what they may see decides what they are told outside the console (duty alerts).
   */
  public io.vertx.core.Future<Optional<org.ecopetition.gateway.access.StaffPrincipal>> principal(String login) {
    if (login == null || login.isBlank()) {
      return io.vertx.core.Future.succeededFuture(Optional.empty());
    }
    Optional<org.ecopetition.gateway.access.StaffPrincipal> machine = tokens.byLogin(login);
    if (machine.isPresent()) {
      return io.vertx.core.Future.succeededFuture(machine);
    }
    return pool.withConnection(conn -> accounts.byLogin(conn, login))
        .map(u -> u.filter(x -> !x.disabled()).map(StaffUser::principal));
  }

  /** Whether a login is a member of staff (an account, or a configured machine client): one that can be recused. */
  public io.vertx.core.Future<Boolean> known(String login) {
    if (login == null || login.isBlank()) {
      return io.vertx.core.Future.succeededFuture(false);
    }
    if (tokens.logins().contains(login)) {
      return io.vertx.core.Future.succeededFuture(true);
    }
    return pool.withConnection(conn -> accounts.byLogin(conn, login)).map(Optional::isPresent);
  }
}
