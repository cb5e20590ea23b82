package org.ecopetition.gateway.account;

import io.vertx.core.Future;
import io.vertx.core.WorkerExecutor;
import io.vertx.core.json.JsonObject;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.ecopetition.gateway.access.DepartmentScope;
import org.ecopetition.gateway.access.Departments;
import org.ecopetition.gateway.access.Family;
import org.ecopetition.gateway.access.Role;
import org.ecopetition.gateway.access.StaffPrincipal;
import org.ecopetition.gateway.access.Visibility;

/**
 * Managing staff accounts, for administrators in the staff API and for the {@code staff} command alike: add (with a
 * one-time password), change name, role, department or disabled, reset the password, unlock, revoke sessions. Each
 * change is one transaction with its entry in {@code staff_changes} (who, when, what). An administrator manages the
 * members of staff of their department and those below it, and cannot change their own role, department or
 * disabled flag; the command ({@code by.principal()} null) manages everyone.
 */
public final class StaffAdmin {
  /** Who makes a change: {@code actor} as recorded, {@code principal} the administrator (null: the command line). */
  public record By(String actor, StaffPrincipal principal) {}

  /** What to change; null fields stay as they are. */
  public record Change(String name, Role role, String department, Boolean disabled) {}

  /** The outcome: the member of staff as they are now, a one-time password where one was made, a count. */
  public sealed interface Outcome {}

  public record Done(JsonObject user, String oneTimePassword, long count) implements Outcome {}

  /** Why a change was refused: the HTTP status, a code, the field at fault (or null), the message in both languages. */
  public record Refused(int status, String code, String field, String zh, String en) implements Outcome {
    static Refused notFound() {
      return new Refused(404, "not_found", null, "没有这个工作人员。", "No such member of staff.");
    }

    static Refused field(String field, String zh, String en) {
      return new Refused(400, "invalid_field", field, zh, en);
    }
  }

  private final PgStaffAccounts accounts;
  private final Sessions sessions;
  private final Passwords passwords;
  private final WorkerExecutor hashing;
  private final Clock clock;
  private final Visibility visibility;
  private final Function<String, Optional<String>> departmentName;
  private final Set<String> machineLogins;
  private final Duration oneTimeValid;

  StaffAdmin(PgStaffAccounts accounts, Sessions sessions, Passwords passwords, WorkerExecutor hashing, Clock clock,
      Visibility visibility, Function<String, Optional<String>> departmentName, Set<String> machineLogins,
      Duration oneTimeValid) {
    this.accounts = accounts;
    this.sessions = sessions;
    this.passwords = passwords;
    this.hashing = hashing;
    this.clock = clock;
    this.visibility = visibility;
    this.departmentName = departmentName;
    this.machineLogins = machineLogins;
    this.oneTimeValid = oneTimeValid;
  }

  private OffsetDateTime stamp() {
    return clock.instant().atOffset(ZoneOffset.UTC);
  }

  /** The members of staff {@code by} manages. */
  public Future<List<JsonObject>> list(By by) {
    DepartmentScope scope = by.principal() == null ? new DepartmentScope("", true)
        : visibility.departments(by.principal(), Family.USERS);
    return accounts.list(scope, stamp())
        .map(users -> users.stream().map(u -> json(u.user()).put("lockedClients", u.locks())).toList());
  }

  public Future<Outcome> add(By by, String login, String name, Role role, String department) {
    String l = login == null ? "" : login.strip().toLowerCase();
    if (!l.matches("[a-z0-9][a-z0-9._-]{1,31}")) {
      return refused(Refused.field("login", "登录名须为 2–32 个小写字母、数字或 . _ -，以字母或数字开头。",
          "A login is 2-32 lower-case letters, digits or . _ -, starting with a letter or digit."));
    }
    if (machineLogins.contains(l)) {
      return refused(new Refused(409, "login_taken", "login", "该登录名已被使用。", "This login is already taken."));
    }
    Optional<Refused> bad = badName(name).or(() -> role == null ? Optional.of(badRole()) : Optional.empty())
        .or(() -> badDepartment(by, department));
    if (bad.isPresent()) {
      return refused(bad.get());
    }
    String otp = passwords.oneTime();
    return hashing.executeBlocking(() -> passwords.hash(otp), false).compose(hash -> accounts.pool().withTransaction(
        conn -> accounts.byLogin(conn, l).compose(existing -> {
          if (existing.isPresent()) {
            return refused(new Refused(409, "login_taken", "login", "该登录名已被使用。", "This login is already taken."));
          }
          OffsetDateTime now = stamp();
          return accounts.insert(conn, l, name.strip(), role, department, hash, now.plus(oneTimeValid), now)
              .compose(u -> accounts.change(conn, now, by.actor(), l, "added", new JsonObject().put("name", u.name())
                      .put("role", role.code()).put("department", department))
                  .map(v -> (Outcome) new Done(json(u), otp, 1)));
        })));
  }

  public Future<Outcome> change(By by, String login, Change c) {
    Optional<Refused> bad = c.name() == null ? Optional.empty() : badName(c.name());
    if (bad.isEmpty() && c.department() != null) {
      bad = badDepartment(by, c.department());
    }
    if (bad.isPresent()) {
      return refused(bad.get());
    }
    return managed(by, login, (conn, u) -> {
      boolean own = by.principal() != null && by.principal().login().equals(u.login());
      if (own && (c.role() != null && c.role() != u.role() || c.department() != null
          && !c.department().equals(u.departmentCode()) || Boolean.TRUE.equals(c.disabled()))) {
        return refused(new Refused(409, "own_account", null, "不能更改自己的角色、部门或停用自己的账号。",
            "You cannot change your own role or department, or disable yourself."));
      }
      StaffUser next = new StaffUser(u.id(), u.login(), c.name() == null ? u.name() : c.name().strip(),
          c.role() == null ? u.role() : c.role(), c.department() == null ? u.departmentCode() : c.department(),
          c.disabled() == null ? u.disabled() : c.disabled(), u.mustChangePassword(), u.passwordHash(),
          u.passwordExpiresAt(), u.lastLoginAt(), u.createdAt());
      JsonObject detail = new JsonObject();
      diff(detail, "name", u.name(), next.name());
      diff(detail, "role", u.role().code(), next.role().code());
      diff(detail, "department", u.departmentCode(), next.departmentCode());
      diff(detail, "disabled", u.disabled(), next.disabled());
      if (detail.isEmpty()) {
        return Future.succeededFuture(new Done(json(u), null, 0));
      }
      OffsetDateTime now = stamp();
      sessions.forget(u.id());
      Future<Integer> ended = next.disabled() && !u.disabled() ? sessions.endAll(conn, u.id(), "disabled", null)
          : Future.succeededFuture(0);
      return ended.compose(n -> accounts.update(conn, next, now))
          .compose(saved -> accounts.change(conn, now, by.actor(), u.login(), changeName(u, next), detail)
              .map(v -> (Outcome) new Done(json(saved), null, 1)));
    });
  }

  /** A new one-time password: the old one stops working, every session ends, every lock is lifted. */
  public Future<Outcome> resetPassword(By by, String login) {
    String otp = passwords.oneTime();
    return hashing.executeBlocking(() -> passwords.hash(otp), false).compose(hash -> managed(by, login, (conn, u) -> {
      OffsetDateTime now = stamp();
      return accounts.setPassword(conn, u.id(), hash, true, now.plus(oneTimeValid), now)
          .compose(v -> sessions.endAll(conn, u.id(), "revoked", null))
          .compose(v -> accounts.unlock(conn, Sessions.hash(u.login()), now))
          .compose(v -> accounts.change(conn, now, by.actor(), u.login(), "password_reset", null))
          .map(v -> (Outcome) new Done(json(u).put("mustChangePassword", true), otp, 1));
    }));
  }

  /** Lifts the locks on a login from every client; {@code count}: how many were holding. */
  public Future<Outcome> unlock(By by, String login) {
    return managed(by, login, (conn, u) -> accounts.unlock(conn, Sessions.hash(u.login()), stamp())
        .compose(n -> accounts.change(conn, stamp(), by.actor(), u.login(), "unlocked", new JsonObject().put("locks", n))
            .map(v -> (Outcome) new Done(json(u), null, n))));
  }

  /** Ends every session of a member of staff; {@code count}: how many were open. */
  public Future<Outcome> revokeSessions(By by, String login) {
    return managed(by, login, (conn, u) -> sessions.endAll(conn, u.id(), "revoked", null)
        .compose(n -> accounts.change(conn, stamp(), by.actor(), u.login(), "sessions_revoked",
                new JsonObject().put("sessions", n))
            .map(v -> (Outcome) new Done(json(u), null, n))));
  }

  private interface Work {
    Future<Outcome> apply(io.vertx.sqlclient.SqlConnection conn, StaffUser u);
  }

  /** Runs {@code work} on a member of staff {@code by} manages, locked for the transaction; otherwise not found. */
  private Future<Outcome> managed(By by, String login, Work work) {
    String l = login == null ? "" : login.strip().toLowerCase();
    return accounts.pool().withTransaction(conn -> accounts.byLogin(conn, l).compose(found -> {
      if (found.isEmpty() || by.principal() != null
          && !visibility.reaches(by.principal(), Family.USERS, found.get().departmentCode())) {
        return refused(Refused.notFound());
      }
      return work.apply(conn, found.get());
    }));
  }

  private JsonObject json(StaffUser u) {
    return u.json(departmentName.apply(u.departmentCode()).orElse(null));
  }

  private static String changeName(StaffUser from, StaffUser to) {
    if (from.disabled() != to.disabled()) {
      return to.disabled() ? "disabled" : "enabled";
    }
    return "changed";
  }

  private static void diff(JsonObject detail, String key, Object from, Object to) {
    if (!from.equals(to)) {
      detail.put(key, new JsonObject().put("from", from).put("to", to));
    }
  }

  private static Optional<Refused> badName(String name) {
    return name == null || name.isBlank() || name.strip().length() > 64
        ? Optional.of(Refused.field("name", "请填写姓名（最多 64 个字符）。", "A name is needed (64 characters at most)."))
        : Optional.empty();
  }

  static Refused badRole() {
    return Refused.field("role", "角色须为 intake、handler、supervisor、auditor 或 admin 之一。",
        "The role is one of intake, handler, supervisor, auditor, admin.");
  }

  /** A department must be in the directory, this deployment's or below it, and within what {@code by} manages. */
  private Optional<Refused> badDepartment(By by, String code) {
    if (code == null) {
      // Missing (or a number): "not in the directory" sent the administrator looking for a wrong code.
      return Optional.of(Refused.field("department", "请填写部门代码（文字，如 \"3201\"、\"320115\"；部级为 \"\"）。",
          "Enter the department code as text (e.g. \"3201\", \"320115\"; \"\" for the ministry)."));
    }
    if (!Departments.wellFormed(code) || departmentName.apply(code).isEmpty()
        || !Departments.within(code, visibility.deploymentCode())) {
      return Optional.of(Refused.field("department", "部门代码不在本部署的部门目录中（本级或下级）。",
          "The department code is not this deployment's department or one below it in the directory."));
    }
    if (by.principal() != null && !visibility.reaches(by.principal(), Family.USERS, code)) {
      return Optional.of(Refused.field("department", "只能把工作人员安排在您所在部门或其下级部门。",
          "You can only place staff in your department or one below it."));
    }
    return Optional.empty();
  }

  private static Future<Outcome> refused(Refused r) {
    return Future.succeededFuture(r);
  }
}
