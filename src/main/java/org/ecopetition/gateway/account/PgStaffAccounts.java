package org.ecopetition.gateway.account;

import io.vertx.core.Future;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.SqlClient;
import io.vertx.sqlclient.Tuple;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.ecopetition.gateway.access.DepartmentScope;
import org.ecopetition.gateway.access.Role;
import org.ecopetition.gateway.http.Requests;

/**
 * Staff accounts in PostgreSQL: the members of staff, the failed sign-ins counted per (login, client), and the
 * append-only record of changes. Writes that belong together run on the caller's connection, in its transaction.
 */
final class PgStaffAccounts {
  private static final String COLUMNS = """
      id, login, display_name, role, department_code, disabled, must_change_password, password_hash,
      password_expires_at, last_login_at, created_at""";
  private static final String BY_LOGIN = "SELECT " + COLUMNS + " FROM staff_users WHERE login = $1";
  private static final String INSERT = """
      INSERT INTO staff_users (login, display_name, role, department_code, password_hash, must_change_password,
        password_expires_at, created_at, updated_at)
      VALUES ($1, $2, $3, $4, $5, true, $6, $7, $7) RETURNING """ + " " + COLUMNS;
  private static final String UPDATE = """
      UPDATE staff_users SET display_name = $2, role = $3, department_code = $4, disabled = $5, updated_at = $6
      WHERE id = $1 RETURNING """ + " " + COLUMNS;
  private static final String SET_PASSWORD = """
      UPDATE staff_users SET password_hash = $2, must_change_password = $3, password_expires_at = $4, updated_at = $5
      WHERE id = $1""";
  private static final String SIGNED_IN = "UPDATE staff_users SET last_login_at = $2 WHERE id = $1";
  private static final String CHANGE = """
      INSERT INTO staff_changes (at, actor, login, change, detail) VALUES ($1, $2, $3, $4, $5)""";
  /** A failure; a day without one starts the count again. */
  private static final String FAILURE = """
      INSERT INTO staff_login_failures AS f (login_hash, client, failures, last_failure_at) VALUES ($1, $2, 1, $3)
      ON CONFLICT (login_hash, client) DO UPDATE SET
        failures = CASE WHEN f.last_failure_at < $3::timestamptz - interval '1 day' THEN 1 ELSE f.failures + 1 END,
        last_failure_at = $3
      RETURNING failures""";
  private static final String LOCK = "UPDATE staff_login_failures SET locked_until = $3 WHERE login_hash = $1 AND client = $2";
  private static final String LOCKED_UNTIL = """
      SELECT locked_until FROM staff_login_failures WHERE login_hash = $1 AND client = $2 AND locked_until > $3""";
  private static final String CLEAR = "DELETE FROM staff_login_failures WHERE login_hash = $1 AND client = $2";
  private static final String UNLOCK = "DELETE FROM staff_login_failures WHERE login_hash = $1";
  private static final String LOCKS = """
      SELECT count(*) FILTER (WHERE locked_until > $2) FROM staff_login_failures WHERE login_hash = $1""";

  private final Pool pool;

  PgStaffAccounts(Pool pool) {
    this.pool = pool;
  }

  Pool pool() {
    return pool;
  }

  Future<Optional<StaffUser>> byLogin(SqlClient conn, String login) {
    return conn.preparedQuery(BY_LOGIN).execute(Tuple.of(login))
        .map(rows -> rows.size() == 0 ? Optional.empty() : Optional.of(user(rows.iterator().next())));
  }

  /** A member of staff in a list, with how many clients their login is locked for now. */
  record Listed(StaffUser user, long locks) {}

  /** The members of staff of some departments, by department and login. */
  Future<List<Listed>> list(DepartmentScope scope, OffsetDateTime now) {
    return pool.preparedQuery("SELECT " + COLUMNS + ", (SELECT count(*) FROM staff_login_failures f "
            + "WHERE f.login_hash = sha256(convert_to(login, 'UTF8')) AND f.locked_until > $3) AS locks "
            + "FROM staff_users WHERE " + scope.sql("department_code", 1) + " ORDER BY department_code, login")
        .execute(Tuple.of(scope.params().get(0), scope.params().get(1), now)).map(rows -> {
          List<Listed> out = new ArrayList<>();
          rows.forEach(r -> out.add(new Listed(user(r), r.getLong("locks"))));
          return out;
        });
  }

  Future<StaffUser> insert(SqlClient conn, String login, String name, Role role, String department, String hash,
      OffsetDateTime expires, OffsetDateTime at) {
    return conn.preparedQuery(INSERT).execute(Tuple.of(login, name, role.code(), department, hash, expires, at))
        .map(rows -> user(rows.iterator().next()));
  }

  Future<StaffUser> update(SqlClient conn, StaffUser u, OffsetDateTime at) {
    return conn.preparedQuery(UPDATE).execute(Tuple.of(u.id(), u.name(), u.role().code(), u.departmentCode(),
        u.disabled(), at)).map(rows -> user(rows.iterator().next()));
  }

  Future<Void> setPassword(SqlClient conn, long id, String hash, boolean oneTime, OffsetDateTime expires,
      OffsetDateTime at) {
    return conn.preparedQuery(SET_PASSWORD).execute(Tuple.of(id, hash, oneTime, expires, at)).mapEmpty();
  }

  Future<Void> signedIn(SqlClient conn, long id, OffsetDateTime at) {
    return conn.preparedQuery(SIGNED_IN).execute(Tuple.of(id, at)).mapEmpty();
  }

  /** Records a change to a member of staff (append-only). */
  Future<Void> change(SqlClient conn, OffsetDateTime at, String actor, String login, String change, JsonObject detail) {
    return conn.preparedQuery(CHANGE).execute(Tuple.of(at, actor, login, change, detail)).mapEmpty();
  }

  /**
   * The record of changes to the members of staff of some departments (their department now), newest first:
   * {@code login} null for all.
   */
  Future<JsonArray> changes(DepartmentScope scope, String login, Requests.Page page) {
    String sql = "SELECT ch.id, ch.at, ch.actor, ch.login, ch.change, ch.detail FROM staff_changes ch "
        + "JOIN staff_users u ON u.login = ch.login WHERE " + scope.sql("u.department_code", 1)
        + " AND ($3::text IS NULL OR ch.login = $3) AND ($4::timestamptz IS NULL OR ch.at >= $4)"
        + " AND ($5::timestamptz IS NULL OR ch.at < $5) AND ($6::bigint IS NULL OR ch.id < $6)"
        + " ORDER BY ch.id DESC LIMIT $7";
    List<Object> params = new ArrayList<>(scope.params());
    params.addAll(java.util.Arrays.asList(login, page.start(), page.end(), page.before(), page.limit()));
    return pool.preparedQuery(sql).execute(Tuple.from(params)).map(rows -> {
      JsonArray a = new JsonArray();
      rows.forEach(r -> a.add(new JsonObject().put("id", r.getLong("id"))
          .put("at", r.getOffsetDateTime("at").toInstant().toString()).put("actor", r.getString("actor"))
          .put("login", r.getString("login")).put("change", r.getString("change"))
          .put("detail", r.getJsonObject("detail"))));
      return a;
    });
  }

  /** The end of a lock that holds now for this login typed from this client, if any. */
  Future<Optional<OffsetDateTime>> lockedUntil(byte[] loginHash, String client, OffsetDateTime now) {
    return pool.preparedQuery(LOCKED_UNTIL).execute(Tuple.of(Buffer.buffer(loginHash), client, now))
        .map(rows -> rows.size() == 0 ? Optional.empty()
            : Optional.of(rows.iterator().next().getOffsetDateTime(0)));
  }

  /** Counts a failure and locks as the rule says; returns the end of the lock it set, if any. */
  Future<Optional<OffsetDateTime>> failed(byte[] loginHash, String client, OffsetDateTime now, LockRule rule) {
    return pool.withTransaction(conn -> conn.preparedQuery(FAILURE)
        .execute(Tuple.of(Buffer.buffer(loginHash), client, now)).compose(rows -> {
          java.time.Duration lock = rule.lockAfter(rows.iterator().next().getInteger(0));
          if (lock.isZero()) {
            return Future.succeededFuture(Optional.<OffsetDateTime>empty());
          }
          OffsetDateTime until = now.plus(lock);
          return conn.preparedQuery(LOCK).execute(Tuple.of(Buffer.buffer(loginHash), client, until))
              .map(v -> Optional.of(until));
        }));
  }

  Future<Void> succeeded(SqlClient conn, byte[] loginHash, String client) {
    return conn.preparedQuery(CLEAR).execute(Tuple.of(Buffer.buffer(loginHash), client)).mapEmpty();
  }

  /** Forgets every failure of a login, from every client; returns how many locks were holding. */
  Future<Long> unlock(SqlClient conn, byte[] loginHash, OffsetDateTime now) {
    return conn.preparedQuery(LOCKS).execute(Tuple.of(Buffer.buffer(loginHash), now))
        .compose(rows -> conn.preparedQuery(UNLOCK).execute(Tuple.of(Buffer.buffer(loginHash)))
            .map(v -> rows.iterator().next().getLong(0)));
  }

  /** How many clients a login is locked for now. */
  Future<Long> locks(byte[] loginHash, OffsetDateTime now) {
    return pool.preparedQuery(LOCKS).execute(Tuple.of(Buffer.buffer(loginHash), now))
        .map(rows -> rows.iterator().next().getLong(0));
  }

  private static StaffUser user(Row r) {
    return new StaffUser(r.getLong("id"), r.getString("login"), r.getString("display_name"),
        Role.of(r.getString("role")).orElseThrow(), r.getString("department_code"), r.getBoolean("disabled"),
        r.getBoolean("must_change_password"), r.getString("password_hash"), r.getOffsetDateTime("password_expires_at"),
        r.getOffsetDateTime("last_login_at"), r.getOffsetDateTime("created_at"));
  }
}
