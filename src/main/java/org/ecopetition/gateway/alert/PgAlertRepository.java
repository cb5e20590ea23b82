package org.ecopetition.gateway.alert;

import io.vertx.core.Future;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.SqlClient;
import io.vertx.sqlclient.Tuple;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.ecopetition.gateway.access.CaseScope;

/**
 * Alerts a person must see (danger to life, urgent matters, hand-offs, abuse, a bot that could not understand):
 * durable rows, raised in the turn that found them, listed to every console of the responsible scope until a
 * person acknowledges them, raised again to supervisors when nobody does. Never deleted.
 */
public final class PgAlertRepository {
  /** One open alert of a kind per conversation: the same danger said twice is one alert, not two. */
  private static final String RAISE = """
      INSERT INTO alerts (kind, conversation_id, case_id, department_code, raised_at)
      SELECT $1, $2, $3, $4, $5
      WHERE NOT EXISTS (SELECT 1 FROM alerts WHERE conversation_id = $2 AND kind = $1 AND acknowledged_at IS NULL)
      RETURNING id""";
  private static final String EVENT = "INSERT INTO events (kind, conversation_id, detail, at) VALUES ('alert', $1, $2, $3)";
  /**
   * An alert whose case, or a case of whose conversation, the member of staff ({@code $actor}) may not know exists
   * (recused, Art 21; an accusation against their unit or one above it, {@code $department}, Art 23): the one rule of
   * the case lists and the queue ({@link CaseScope#barred}), so that an alert never names what is 404 to them.
   */
  static String notBarred(String alert, int department, int actor) {
    return "NOT EXISTS (SELECT 1 FROM cases k WHERE (k.id = " + alert + ".case_id OR k.conversation_id = " + alert
        + ".conversation_id) AND " + CaseScope.barred("k", department, actor) + ")";
  }

  /**
   * Whether a member of staff sees alert {@code alert} (the one rule of the console and of every way out of it): of
   * their department or one below it (codes extend their parent's), and of no case barred from them.
   */
  static String seenBy(String alert, int department, int actor) {
    return alert + ".department_code LIKE $" + department + " || '%' AND " + notBarred(alert, department, actor);
  }

  /** Open alerts a member of staff sees ($1 department, $2 login). */
  private static final String OPEN = """
      SELECT a.id, a.kind, a.conversation_id, a.raised_at, a.escalations, a.escalated_at, c.channel,
             cs.case_number, cardinality(a.duty_gaps) > 0 AS duty_gap,
             cardinality(a.blind_raisings) > 0 AS told_blind
      FROM alerts a LEFT JOIN conversations c ON c.id = a.conversation_id LEFT JOIN cases cs ON cs.id = a.case_id
      WHERE a.acknowledged_at IS NULL AND """ + " " + seenBy("a", 1, 2) + """

      ORDER BY CASE a.kind WHEN 'life_safety' THEN 0 WHEN 'urgent' THEN 1 ELSE 2 END, a.raised_at
      LIMIT 500""";
  /** An alert barred from the member ($2 login, $4 department) is as missing: acknowledging it tells nothing. */
  private static final String ACK = """
      UPDATE alerts a SET acknowledged_by = $2, acknowledged_at = $3
      WHERE id = $1 AND acknowledged_at IS NULL AND """ + " " + seenBy("a", 4, 2) + """

      RETURNING id""";
  /** Whether the member ($2 department, $3 login) would see the open alert $1 in their console. */
  private static final String SEEN = "SELECT 1 FROM alerts a WHERE a.id = $1 AND a.acknowledged_at IS NULL AND "
      + seenBy("a", 2, 3);
  /** Records once that raising $2 of alert $1 reached nobody entitled on duty; no row: already recorded. */
  private static final String GAP = """
      UPDATE alerts SET duty_gaps = array_append(duty_gaps, $2) WHERE id = $1 AND NOT ($2 = ANY(duty_gaps))
      RETURNING conversation_id""";
  private static final String GAP_EVENT =
      "INSERT INTO events (kind, conversation_id, detail, at) VALUES ('alert', NULL, 'gap', $1)";
  /** Records once that raising $2 of alert $1 was told to the duty officers content-free, unchecked. */
  private static final String BLIND = """
      UPDATE alerts SET blind_raisings = array_append(blind_raisings, $2) WHERE id = $1 AND NOT ($2 = ANY(blind_raisings))
      RETURNING id""";
  private static final String FIND = "SELECT acknowledged_by, department_code FROM alerts a WHERE id = $1 AND "
      + notBarred("a", 2, 3);
  /**
   * Alerts nobody acknowledged within the period, raised again (once per period): the statement itself decides,
   * so two instances running it at once raise each alert once.
   */
  private static final String ESCALATE = """
      UPDATE alerts SET escalations = escalations + 1, escalated_at = $2
      WHERE acknowledged_at IS NULL AND coalesce(escalated_at, raised_at) <= $1
      RETURNING id, kind, conversation_id, department_code, escalations""";
  private static final String OPEN_ONE =
      "SELECT kind, department_code, escalations FROM alerts WHERE id = $1 AND acknowledged_at IS NULL";
  /** Claims the right to tell one officer of one raising: only the instance that appends the mark sends. */
  private static final String CLAIM = """
      UPDATE alerts SET notified = array_append(notified, $2) WHERE id = $1 AND NOT ($2 = ANY(notified))
        AND acknowledged_at IS NULL
      RETURNING raised_at""";

  /** What bars staff from the cases of alert $1 (the cases table alone: no staff account is read). */
  private static final String BARRING = """
      SELECT k.responsible_code, k.category, k.recused, k.accused_codes
      FROM alerts a JOIN cases k ON k.id = a.case_id OR k.conversation_id = a.conversation_id WHERE a.id = $1""";

  private final Pool pool;
  private final Clock clock;

  public PgAlertRepository(Pool pool, Clock clock) {
    this.pool = pool;
    this.clock = clock;
  }

  private OffsetDateTime stamp() {
    return clock.instant().atOffset(ZoneOffset.UTC);
  }

  /** An alert raised in the caller's transaction; empty when one of that kind is still open on the conversation. */
  public Future<Optional<Long>> raise(SqlClient conn, String kind, UUID conversation, Long caseId,
      String departmentCode) {
    return conn.preparedQuery(RAISE).execute(Tuple.of(kind, conversation, caseId, departmentCode, stamp()))
        .compose(rows -> {
          if (rows.size() == 0) {
            return Future.succeededFuture(Optional.<Long>empty());
          }
          long id = rows.iterator().next().getLong(0);
          return conn.preparedQuery(EVENT).execute(Tuple.of(conversation, String.valueOf(id), stamp()))
              .map(v -> Optional.of(id));
        });
  }

  /**
   * Open alerts for a member of staff: their department's scope ({@code scope}: its directory code, '' for all),
   * without those of cases barred from them ({@code actor}: their login).
   */
  public Future<JsonArray> open(String scope, String actor) {
    return pool.preparedQuery(OPEN).execute(Tuple.of(scope, actor)).map(rows -> {
      JsonArray a = new JsonArray();
      for (Row r : rows) {
        a.add(new JsonObject().put("id", r.getLong("id")).put("kind", r.getString("kind"))
            .put("conversationId", r.getUUID("conversation_id") == null ? null : r.getUUID("conversation_id").toString())
            .put("caseNumber", r.getString("case_number")).put("channel", r.getString("channel"))
            .put("raisedAt", r.getOffsetDateTime("raised_at").toInstant().toString())
            .put("escalations", r.getInteger("escalations")).put("dutyGap", r.getBoolean("duty_gap"))
            .put("toldWithoutCheck", r.getBoolean("told_blind")));
      }
      return a;
    });
  }

  /** What acknowledging ended as. */
  public enum Ack { ACKNOWLEDGED, ALREADY, MISSING }

  /** A person acknowledges an alert in their scope; an alert outside it, or barred from them, is as missing. */
  public Future<Ack> acknowledge(long id, String who, String scope) {
    return pool.withTransaction(conn -> conn.preparedQuery(ACK).execute(Tuple.of(id, who, stamp(), scope))
        .compose(rows -> rows.size() > 0
            ? conn.preparedQuery(EVENT).execute(Tuple.of(null, String.valueOf(id), stamp())).map(v -> Ack.ACKNOWLEDGED)
            : conn.preparedQuery(FIND).execute(Tuple.of(id, scope, who)).map(found -> {
              if (found.size() == 0) {
                return Ack.MISSING;
              }
              Row r = found.iterator().next();
              return r.getString("department_code").startsWith(scope) ? Ack.ALREADY : Ack.MISSING;
            })));
  }

  /** An alert raised again because nobody acknowledged it in time. */
  public record Escalated(long id, String kind, UUID conversation, String departmentCode, int escalations) {}

  /** Raises again every alert unacknowledged for {@code after}; each announced to the consoles. */
  public Future<List<Escalated>> escalate(Duration after) {
    OffsetDateTime now = stamp();
    return pool.withTransaction(conn -> conn.preparedQuery(ESCALATE).execute(Tuple.of(now.minus(after), now))
        .compose(rows -> {
          List<Escalated> out = new ArrayList<>();
          Future<Void> chain = Future.succeededFuture();
          for (Row r : rows) {
            Escalated e = new Escalated(r.getLong("id"), r.getString("kind"), r.getUUID("conversation_id"),
                r.getString("department_code"), r.getInteger("escalations"));
            out.add(e);
            chain = chain.compose(v -> conn.preparedQuery(EVENT)
                .execute(Tuple.of(e.conversation(), String.valueOf(e.id()), now)).mapEmpty());
          }
          return chain.map(v -> out);
        }));
  }

  /** An alert still open: what it is and where. */
  public record Open(String kind, String departmentCode, int escalations) {}

  public Future<Optional<Open>> openOne(long id) {
    return pool.preparedQuery(OPEN_ONE).execute(Tuple.of(id)).map(rows -> {
      if (rows.size() == 0) {
        return Optional.empty();
      }
      Row r = rows.iterator().next();
      return Optional.of(new Open(r.getString("kind"), r.getString("department_code"), r.getInteger("escalations")));
    });
  }

  /**
   * Whether the member of staff of {@code department} ({@code actor}: their login as the case history names them) sees
   * the open alert in the console: who is told of it outside the console answers to the same rule.
   */
  public Future<Boolean> seenBy(long id, String department, String actor) {
    return pool.preparedQuery(SEEN).execute(Tuple.of(id, department, actor)).map(rows -> rows.size() > 0);
  }

  /**
   * Records that raising {@code escalations} of alert {@code id} reached nobody entitled on duty, and hints the consoles
   * (no ids). True only for the instance that recorded it.
   */
  public Future<Boolean> dutyGap(long id, int escalations) {
    return pool.withTransaction(conn -> conn.preparedQuery(GAP).execute(Tuple.of(id, escalations))
        .compose(rows -> rows.size() == 0 ? Future.succeededFuture(false)
            : conn.preparedQuery(GAP_EVENT).execute(Tuple.of(stamp())).map(v -> true)));
  }

  /**
   * Records that raising {@code escalations} of alert {@code id} was told to the officers on duty without the check of
   * who may see it (that lookup failed): content-free. True only for the instance that recorded it.
   */
  public Future<Boolean> toldWithoutCheck(long id, int escalations) {
    return pool.preparedQuery(BLIND).execute(Tuple.of(id, escalations)).map(rows -> rows.size() > 0);
  }

  /** The raising's moment when this instance may tell {@code mark} (an officer and a raising); empty: already told. */
  public Future<Optional<java.time.Instant>> claimTelling(long id, String mark) {
    return pool.preparedQuery(CLAIM).execute(Tuple.of(id, mark)).map(rows -> rows.size() == 0 ? Optional.empty()
        : Optional.of(rows.iterator().next().getOffsetDateTime("raised_at").toInstant()));
  }


  /**
   * What bars staff from the cases of an alert — who is recused, which units an accusation or appeal names — read from
   * the cases table alone, for when the lookup of who may see the alert failed ({@link BlindRecipients}).
   */
  public Future<List<org.ecopetition.gateway.access.CaseView>> barring(long id) {
    return pool.preparedQuery(BARRING).execute(Tuple.of(id)).map(rows -> {
      List<org.ecopetition.gateway.access.CaseView> out = new ArrayList<>();
      for (Row r : rows) {
        String[] recused = r.getArrayOfStrings("recused");
        String[] accused = r.getArrayOfStrings("accused_codes");
        out.add(new org.ecopetition.gateway.access.CaseView(r.getString("responsible_code"), r.getString("category"),
            recused == null ? List.of() : List.of(recused), accused == null ? List.of() : List.of(accused)));
      }
      return out;
    });
  }
}
