package org.ecopetition.gateway.alert;

import io.vertx.core.Future;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.Tuple;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

/**
 * Who is on duty when (Art 19: a danger to life is answered at any hour): each shift a member of staff, the mobile
 * number or WeCom user the alerts reach them on outside the console, and the department whose alerts they take (and those below it).
 */
public final class PgDutyRoster {
  private static final String ADD = """
      INSERT INTO duty_roster (login, phone, department_code, starts_at, ends_at, created_by, created_at, wecom_user)
      VALUES ($1, $2, $3, $4, $5, $6, $7, $8) RETURNING id""";
  private static final String ON_DUTY = """
      SELECT login, phone, wecom_user, department_code FROM duty_roster
      WHERE starts_at <= $1 AND ends_at > $1 AND $2 LIKE department_code || '%' ORDER BY id""";
  /** The shifts to come for an alert of a department, the soonest first. */
  private static final String NEXT = """
      SELECT login, phone, wecom_user, department_code FROM duty_roster
      WHERE starts_at > $1 AND $2 LIKE department_code || '%' ORDER BY starts_at, id LIMIT 50""";
  private static final String LIST = """
      SELECT id, login, department_code, starts_at, ends_at, created_by FROM duty_roster
      WHERE ends_at > $1 AND department_code LIKE $2 || '%' ORDER BY starts_at LIMIT 500""";

  private final Pool pool;
  private final Clock clock;

  public PgDutyRoster(Pool pool, Clock clock) {
    this.pool = pool;
    this.clock = clock;
  }

  /**
   * An officer on duty: a mobile number for SMS, a WeCom user id for the app, or both; {@code department} the
   * department whose alerts the shift takes (null: not read). It decides who may be sent the content-free alert when
   * the lookup of who may see an alert fails ({@link BlindRecipients}).
   */
  public record Officer(String login, String phone, String wecomUser, String department) {
    public Officer(String login, String phone, String wecomUser) {
      this(login, phone, wecomUser, null);
    }
  }

  /** The officers on duty now for an alert of this department. */
  public Future<List<Officer>> onDuty(String departmentCode) {
    return officers(ON_DUTY, departmentCode);
  }

  private Future<List<Officer>> officers(String sql, String departmentCode) {
    return pool.preparedQuery(sql).execute(Tuple.of(clock.instant().atOffset(ZoneOffset.UTC), departmentCode))
        .map(rows -> {
          List<Officer> out = new ArrayList<>();
          rows.forEach(r -> out.add(new Officer(r.getString("login"), r.getString("phone"), r.getString("wecom_user"),
          r.getString("department_code"))));
          return out;
        });
  }

  /** The officers of the shifts to come for an alert of this department, the soonest first. */
  public Future<List<Officer>> next(String departmentCode) {
    return officers(NEXT, departmentCode);
  }

  public Future<Long> add(Officer officer, String departmentCode, Instant from, Instant to, String by) {
    return pool.preparedQuery(ADD).execute(Tuple.from(new Object[] {officer.login(), officer.phone(), departmentCode,
            from.atOffset(ZoneOffset.UTC), to.atOffset(ZoneOffset.UTC), by, clock.instant().atOffset(ZoneOffset.UTC),
            officer.wecomUser()}))
        .map(rows -> rows.iterator().next().getLong(0));
  }

  /** Shifts not yet over in a scope; the phone is not listed (a colleague's number is not everyone's to read). */
  public Future<JsonArray> upcoming(String scope) {
    OffsetDateTime now = clock.instant().atOffset(ZoneOffset.UTC);
    return pool.preparedQuery(LIST).execute(Tuple.of(now, scope)).map(rows -> {
      JsonArray a = new JsonArray();
      for (Row r : rows) {
        a.add(new JsonObject().put("id", r.getLong("id")).put("login", r.getString("login"))
            .put("department", r.getString("department_code"))
            .put("from", r.getOffsetDateTime("starts_at").toInstant().toString())
            .put("to", r.getOffsetDateTime("ends_at").toInstant().toString()).put("by", r.getString("created_by")));
      }
      return a;
    });
  }
}
