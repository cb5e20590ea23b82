package org.ecopetition.gateway.account;

import io.vertx.core.Future;
import io.vertx.core.buffer.Buffer;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.SqlClient;
import io.vertx.sqlclient.Tuple;
import java.time.OffsetDateTime;
import java.util.Optional;
import org.ecopetition.gateway.access.Role;
import org.ecopetition.gateway.access.StaffPrincipal;

/** Staff sessions in PostgreSQL, shared by every instance: found by the SHA-256 of their id, never by the id. */
final class PgSessions {
  private static final String INSERT = """
      INSERT INTO staff_sessions (id_hash, user_id, created_at, last_seen_at, expires_at, client)
      VALUES ($1, $2, $3, $3, $4, $5)""";
  /** Open sessions of members of staff who are not disabled, with who they are now (role and department may change). */
  private static final String FIND = """
      SELECT s.user_id, s.created_at, s.last_seen_at, s.expires_at, u.login, u.display_name, u.role, u.department_code,
             u.must_change_password
      FROM staff_sessions s JOIN staff_users u ON u.id = s.user_id
      WHERE s.id_hash = $1 AND s.ended_at IS NULL AND NOT u.disabled""";
  private static final String TOUCH = "UPDATE staff_sessions SET last_seen_at = $2 WHERE id_hash = $1 AND ended_at IS NULL";
  private static final String END = """
      UPDATE staff_sessions SET ended_at = $2, end_reason = $3 WHERE id_hash = $1 AND ended_at IS NULL""";
  private static final String END_ALL = """
      UPDATE staff_sessions SET ended_at = $2, end_reason = $3
      WHERE user_id = $1 AND ended_at IS NULL AND ($4::bytea IS NULL OR id_hash <> $4)""";

  private final Pool pool;

  PgSessions(Pool pool) {
    this.pool = pool;
  }

  Future<Void> insert(SqlClient conn, byte[] idHash, long userId, OffsetDateTime at, OffsetDateTime expires,
      String client) {
    return conn.preparedQuery(INSERT).execute(Tuple.of(Buffer.buffer(idHash), userId, at, expires, client)).mapEmpty();
  }

  Future<Optional<StaffSession>> find(byte[] idHash) {
    return pool.preparedQuery(FIND).execute(Tuple.of(Buffer.buffer(idHash)))
        .map(rows -> rows.size() == 0 ? Optional.empty() : Optional.of(session(idHash, rows.iterator().next())));
  }

  Future<Void> touch(byte[] idHash, OffsetDateTime at) {
    return pool.preparedQuery(TOUCH).execute(Tuple.of(Buffer.buffer(idHash), at)).mapEmpty();
  }

  Future<Void> end(SqlClient conn, byte[] idHash, OffsetDateTime at, String reason) {
    return conn.preparedQuery(END).execute(Tuple.of(Buffer.buffer(idHash), at, reason)).mapEmpty();
  }

  /** Ends every open session of a member of staff but {@code except} (null: all); returns how many. */
  Future<Integer> endAll(SqlClient conn, long userId, OffsetDateTime at, String reason, byte[] except) {
    return conn.preparedQuery(END_ALL).execute(Tuple.of(userId, at, reason, except == null ? null : Buffer.buffer(except)))
        .map(rows -> rows.rowCount());
  }

  private static StaffSession session(byte[] idHash, Row r) {
    return new StaffSession(idHash, r.getLong("user_id"),
        new StaffPrincipal(r.getString("login"), Role.of(r.getString("role")).orElseThrow(), r.getString("department_code")),
        r.getString("display_name"), r.getBoolean("must_change_password"), r.getOffsetDateTime("created_at"),
        r.getOffsetDateTime("last_seen_at"), r.getOffsetDateTime("expires_at"));
  }
}
