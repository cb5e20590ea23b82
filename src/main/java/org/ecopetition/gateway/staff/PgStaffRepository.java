package org.ecopetition.gateway.staff;

import io.vertx.core.Future;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.SqlConnection;
import io.vertx.sqlclient.Tuple;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.ecopetition.gateway.casefile.PgCaseRepository;
import org.ecopetition.gateway.lifecycle.CaseFacts;
import org.ecopetition.gateway.lifecycle.CaseStatus;
import org.ecopetition.gateway.lifecycle.Pause;

/** Cases as staff act on them: one row locked per act, the append-only history, the access log. */
final class PgStaffRepository {
  private static final String LOCK = """
      SELECT id, state, category, subtype, recused, extended, last_delivery, hearing_open, version, accepted_date,
             fast_track, extension_days, received_date, notice_due, notice_due_estimated, matter, handling_due,
             handling_due_estimated, handling_basis, report_due, report_due_estimated, raised_directly,
             transferred_from IS NOT NULL AS transferred_in,
             CASE WHEN (proposal ->> 'reportRequired')::boolean THEN (proposal ->> 'reportDays')::int END AS report_days
      FROM cases WHERE case_number = $1 FOR UPDATE""";
  private static final String DETAILS = """
      SELECT id, case_number, state, category, subtype, channel, anonymous, petitioner_name, petitioner_address,
             contact_phone, location, province, city, county, town, request, facts, kind, polluter, accused, urgent,
             disclosure_consent, received_date, notice_due, accepted_date, handling_due, handling_basis, last_delivery,
             proposal, fast_track, raised_directly, transferred_from, objection_due, report_due, representatives, version
      FROM cases WHERE case_number = $1""";
  private static final String UPDATE = """
      UPDATE cases SET state = $2, version = version + 1, updated_at = $17, accepted_date = $3, handling_due = $4,
             handling_due_estimated = $5, extended = $6, hearing_open = $7, last_delivery = $8,
             extension_days = $10, fast_track = $11, notice_due = $12, notice_due_estimated = $13,
             handling_basis = $14, report_due = $15, report_due_estimated = $16
      WHERE id = $1 AND version = $9 RETURNING version""";
  private static final String EVENT = """
      INSERT INTO case_events (case_id, at, kind, actor, state_from, state_to, article, reason, public_text, detail)
      VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)""";
  private static final String HISTORY = """
      SELECT at, kind, actor, state_from, state_to, article, reason, public_text FROM case_events
      WHERE case_id = (SELECT id FROM cases WHERE case_number = $1) ORDER BY id""";
  private static final String HEARINGS = """
      SELECT kind, at FROM case_events WHERE case_id = $1 AND kind IN ('hearing_started', 'hearing_ended') ORDER BY id""";
  /** Counts by one dimension; the column is chosen from a closed list, never from the request. */
  // A city or county is keyed with its parents: 朝阳区 exists in Beijing and in Changchun.
  private static final java.util.Map<String, String> DIMENSIONS = java.util.Map.of(
      "kind", "coalesce(kind, 'unknown')", "province", "coalesce(province, 'unknown')",
      "city", "CASE WHEN city IS NULL THEN 'unknown' ELSE concat_ws('/', province, city) END",
      "county", "CASE WHEN county IS NULL THEN 'unknown' ELSE concat_ws('/', province, city, county) END",
      "department", "coalesce(department, 'unknown')", "channel", "channel",
      "month", "to_char(received_date, 'YYYY-MM')", "category", "coalesce(category, 'unknown')", "state", "state");
  private static final String SATISFACTION = """
      SELECT substring(kind from 11) AS rating, count(*) AS n FROM case_events WHERE kind LIKE 'evaluated:%'
      GROUP BY 1 ORDER BY 1""";
  private static final String EXPORT = """
      SELECT case_number, received_date, channel, category, subtype, kind, matter, province, city, county, town,
             location, polluter, request, facts, state, urgent, anonymous, disclosure_consent, petitioner_name,
             petitioner_address, contact_phone, proposed_decision, proposed_department, notice_due, handling_due
      FROM cases WHERE received_date BETWEEN $1 AND $2 ORDER BY id""";
  private static final String DOCUMENT = """
      SELECT c.id, c.case_number, c.petitioner_name, c.anonymous, c.received_date, c.request, c.facts, c.handling_due,
             c.department, e.at AS event_at, e.reason, e.public_text, e.article, e.detail
      FROM cases c LEFT JOIN LATERAL (
        SELECT at, reason, public_text, article, detail FROM case_events
        WHERE case_id = c.id AND kind = $2 AND ($3::text IS NULL OR article = $3) ORDER BY id DESC LIMIT 1) e ON true
      WHERE c.case_number = $1""";
  private static final String ACCESS = "INSERT INTO access_log (actor, case_id, what, at) VALUES ($1, $2, $3, $4)";
  /**
   * Every clock that ran out (Art 38–41), one row per case and clock: not told (a matter raised directly
   * with no decision notice sent, delivered or excepted by day 15), not decided (a matter transferred in,
   * still undecided on day 15), not concluded, review not answered (also when forwarded to the body above),
   * result report not in.
   */
  private static final String OVERDUE = """
      WITH late AS (
        SELECT id, 'notice' AS clock, notice_due AS due FROM cases c
        WHERE raised_directly AND notice_due < $1 AND NOT EXISTS (
          SELECT 1 FROM notices n WHERE n.case_id = c.id AND n.act IN ('accept', 'transfer', 'refer', 'not_accept')
            AND n.status IN ('sent', 'delivered', 'exempt'))
        UNION ALL
        SELECT id, 'decision', notice_due FROM cases
        WHERE NOT raised_directly AND state IN ('registered', 'objected') AND notice_due < $1
        UNION ALL
        SELECT id, 'handling', handling_due FROM cases WHERE state IN ('accepted', 'handling') AND handling_due < $1
        UNION ALL
        SELECT id, 'review', handling_due FROM cases
        WHERE state IN ('review_requested', 'rereview_requested') AND handling_due < $1
        UNION ALL
        SELECT id, 'report', report_due FROM cases c WHERE report_due < $1 AND NOT EXISTS (
          SELECT 1 FROM case_events e WHERE e.case_id = c.id AND e.kind = 'report_result'))
      SELECT c.case_number, c.state, c.department, c.received_date, late.clock, late.due, c.notice_due, c.handling_due,
             c.report_due,
             (SELECT e.detail ->> 'to' FROM case_events e WHERE e.case_id = c.id AND e.kind IN ('transfer', 'forward_review')
               ORDER BY e.id DESC LIMIT 1) AS sent_to,
             (SELECT count(*) FROM case_events e WHERE e.case_id = c.id AND e.kind = 'supervision_note') AS notes,
             (SELECT max(id) FROM case_events e WHERE e.case_id = c.id AND e.kind = 'supervision_feedback')
               > coalesce((SELECT max(id) FROM case_events e WHERE e.case_id = c.id AND e.kind = 'supervision_note'), 0)
               AS answered
      FROM late JOIN cases c ON c.id = late.id
      ORDER BY late.due, c.id""";

  private static final String RECUSED = "SELECT $2 = ANY(recused) FROM cases WHERE case_number = $1";
  private static final String RECUSE = """
      UPDATE cases SET recused = array_append(recused, $2), version = version + 1, updated_at = $3
      WHERE case_number = $1 AND NOT ($2 = ANY(recused)) RETURNING id, version""";

  private final Pool pool;
  private final java.time.Clock clock;

  PgStaffRepository(Pool pool, java.time.Clock clock) {
    this.pool = pool;
    this.clock = clock;
  }

  private OffsetDateTime stamp() {
    return clock.instant().atOffset(ZoneOffset.UTC);
  }

  Pool pool() {
    return pool;
  }

  /** The case's row, locked until the transaction ends (two staff acting at once: one waits, then sees the version). */
  Future<Optional<Locked>> lock(SqlConnection conn, String caseNumber) {
    return conn.preparedQuery(LOCK).execute(Tuple.of(caseNumber)).map(rows -> {
      if (rows.size() == 0) {
        return Optional.empty();
      }
      Row r = rows.iterator().next();
      return Optional.of(new Locked(r.getLong("id"), PgCaseRepository.facts(r), r.getLong("version"), r.getLocalDate("accepted_date"),
          r.getBoolean("fast_track"), r.getInteger("extension_days"), r.getLocalDate("received_date"),
          r.getLocalDate("notice_due"), r.getBoolean("notice_due_estimated"), r.getString("matter"),
          r.getLocalDate("handling_due"), r.getBoolean("handling_due_estimated"), r.getString("handling_basis"),
          r.getLocalDate("report_due"), r.getBoolean("report_due_estimated"), r.getBoolean("raised_directly"),
          r.getInteger("report_days")));
    });
  }

  /** The hearings of a case as pauses of its clocks (Art 33); one still open counts up to {@code until}. */
  Future<List<Pause>> hearings(SqlConnection conn, long caseId, LocalDate until) {
    return conn.preparedQuery(HEARINGS).execute(Tuple.of(caseId)).map(rows -> {
      List<Pause> out = new ArrayList<>();
      LocalDate start = null;
      for (Row r : rows) {
        LocalDate d = LocalDate.ofInstant(r.getOffsetDateTime("at").toInstant(), java.time.ZoneId.of("Asia/Shanghai"));
        if (r.getString("kind").equals("hearing_started")) {
          start = d;
        } else if (start != null) {
          out.add(new Pause(start, d));
          start = null;
        }
      }
      if (start != null && !until.isBefore(start)) {
        out.add(new Pause(start, until));
      }
      return out;
    });
  }

  Future<Long> update(SqlConnection conn, long id, Update u, long version) {
    return conn.preparedQuery(UPDATE).execute(Tuple.from(new Object[] {id, u.status().code(),
        u.acceptedDate(), u.handlingDue(), u.handlingDueEstimated(), u.extended(), u.hearingOpen(), u.lastDelivery(),
        version, u.extensionDays(), u.fastTrack(), u.noticeDue(), u.noticeDueEstimated(), u.handlingBasis(), u.reportDue(),
        u.reportDueEstimated(), stamp()})).map(rows -> rows.iterator().next().getLong(0));
  }

  Future<Void> event(SqlConnection conn, long caseId, LocalDate on, String kind, String actor, String from, String to,
      String article, String reason, String publicText) {
    return event(conn, caseId, on, kind, actor, from, to, article, reason, publicText, null);
  }

  Future<Void> event(SqlConnection conn, long caseId, LocalDate on, String kind, String actor, String from, String to,
      String article, String reason, String publicText, JsonObject detail) {
    OffsetDateTime at = on.atTime(12, 0).atOffset(ZoneOffset.ofHours(8));
    return conn.preparedQuery(EVENT).execute(Tuple.from(new Object[] {caseId, at, kind, actor, from, to, article,
        reason, publicText, detail})).mapEmpty();
  }

  /** A document's data: the case, and the latest event of the act it records (none: no such document yet). */
  Future<Optional<JsonObject>> documentData(String caseNumber, String kind, String article) {
    return pool.preparedQuery(DOCUMENT).execute(Tuple.of(caseNumber, kind, article)).map(rows -> {
      if (rows.size() == 0) {
        return Optional.empty();
      }
      JsonObject o = rows.iterator().next().toJson();
      return o.getValue("event_at") == null ? Optional.of(o.put("missing", true)) : Optional.of(o);
    });
  }

  /** Cases received in a period ({@code from}, {@code to} inclusive; null: open-ended), counted by a dimension. */
  Future<JsonArray> counts(String dimension, LocalDate from, LocalDate to) {
    String expr = DIMENSIONS.get(dimension);
    if (expr == null) {
      return Future.failedFuture(new IllegalArgumentException("unknown dimension"));
    }
    return pool.preparedQuery("SELECT " + expr + " AS key, count(*) AS n FROM cases WHERE ($1::date IS NULL OR "
        + "received_date >= $1::date) AND ($2::date IS NULL OR received_date <= $2::date) GROUP BY 1 ORDER BY 1")
        .execute(Tuple.of(from, to))
        .map(rows -> {
          JsonArray a = new JsonArray();
          rows.forEach(r -> a.add(new JsonObject().put("key", String.valueOf(r.getValue("key"))).put("count", r.getLong("n"))));
          return a;
        });
  }

  static boolean knownDimension(String d) {
    return DIMENSIONS.containsKey(d);
  }

  Future<JsonArray> satisfaction() {
    return pool.query(SATISFACTION).execute().map(rows -> {
      JsonArray a = new JsonArray();
      rows.forEach(r -> a.add(new JsonObject().put("rating", r.getString("rating")).put("count", r.getLong("n"))));
      return a;
    });
  }

  /**
   * Cases received in a period, for the national platform (Art 16). {@code forReportedParty}: a copy that
   * may reach the party complained about carries no identity without the petitioner's recorded consent,
   * and an accusation's never (Art 23, 24).
   */
  Future<JsonArray> export(LocalDate from, LocalDate to, boolean forReportedParty, String actor) {
    return pool.withTransaction(conn -> conn.preparedQuery(EXPORT).execute(Tuple.of(from, to)).compose(rows -> {
      JsonArray a = new JsonArray();
      rows.forEach(r -> {
        JsonObject o = r.toJson();
        boolean mayDisclose = Boolean.TRUE.equals(o.getBoolean("disclosure_consent"))
            && !"检举控告".equals(o.getString("category"));
        if (forReportedParty && !mayDisclose) {
          o.putNull("petitioner_name").putNull("petitioner_address").putNull("contact_phone");
        }
        a.add(o);
      });
      return conn.preparedQuery("INSERT INTO access_log (actor, case_id, what, at) SELECT $1, id, $2, $5 FROM cases "
          + "WHERE received_date BETWEEN $3 AND $4").execute(Tuple.of(actor, forReportedParty ? "export (redacted)" : "export",
          from, to, stamp())).map(v -> a);
    }));
  }

  /** Art 42: every read of a petitioner's data is logged with who and when. */
  Future<Optional<JsonObject>> details(String caseNumber, String actor) {
    return pool.withTransaction(conn -> conn.preparedQuery(DETAILS).execute(Tuple.of(caseNumber)).compose(rows -> {
      if (rows.size() == 0) {
        return Future.succeededFuture(Optional.<JsonObject>empty());
      }
      JsonObject o = rows.iterator().next().toJson();
      return conn.preparedQuery(ACCESS).execute(Tuple.of(actor, o.getLong("id"), "case details", stamp()))
          .map(v -> Optional.of(o));
    }));
  }

  /** Whether this member of staff must keep away from the case (Art 21); false for an unknown case. */
  Future<Boolean> recused(String caseNumber, String actor) {
    return pool.preparedQuery(RECUSED).execute(Tuple.of(caseNumber, actor))
        .map(rows -> rows.size() > 0 && Boolean.TRUE.equals(rows.iterator().next().getBoolean(0)));
  }

  /**
   * Art 21: a member of staff with a direct interest in the matter or the petitioner is recused, from then
   * on unable to read or act on the case. Empty: no such case; false: already recused.
   */
  Future<Optional<Boolean>> recuse(String caseNumber, String who, String actor, String reason, LocalDate on) {
    return pool.withTransaction(conn -> conn.preparedQuery(RECUSE).execute(Tuple.of(caseNumber, who, stamp())).compose(rows -> {
      if (rows.size() == 0) {
        return conn.preparedQuery("SELECT 1 FROM cases WHERE case_number = $1").execute(Tuple.of(caseNumber))
            .map(r -> r.size() == 0 ? Optional.<Boolean>empty() : Optional.of(false));
      }
      long id = rows.iterator().next().getLong("id");
      return event(conn, id, on, "recused", actor, null, null, "第二十一条第三款", reason, null,
          new JsonObject().put("who", who)).map(v -> Optional.of(true));
    }));
  }

  Future<JsonArray> history(String caseNumber) {
    return pool.preparedQuery(HISTORY).execute(Tuple.of(caseNumber)).map(rows -> {
      JsonArray a = new JsonArray();
      rows.forEach(r -> a.add(r.toJson()));
      return a;
    });
  }

  /** A supervision note on a case, or the handling unit's written feedback on it (Art 38). */
  Future<Boolean> supervision(String caseNumber, String kind, String actor, String text, LocalDate on) {
    return pool.withTransaction(conn -> conn.preparedQuery("SELECT id FROM cases WHERE case_number = $1")
        .execute(Tuple.of(caseNumber)).compose(rows -> rows.size() == 0 ? Future.succeededFuture(false)
            : event(conn, rows.iterator().next().getLong(0), on, kind, actor, null, null, "第三十八条", text, null)
                .map(v -> true)));
  }

  /**
   * Overdue counts per responsible department and clock, for a supervisor's first look (Art 38–41): a
   * transferred matter or a forwarded review counts against where it went.
   */
  Future<JsonArray> overdueSummary(LocalDate today) {
    return pool.preparedQuery("SELECT coalesce(sent_to, department) AS department, clock, count(*) AS cases FROM ("
        + OVERDUE + ") o GROUP BY 1, 2 ORDER BY 3 DESC, 1, 2").execute(Tuple.of(today)).map(rows -> {
          JsonArray a = new JsonArray();
          rows.forEach(r -> a.add(new JsonObject().put("department", r.getString("department"))
              .put("clock", r.getString("clock")).put("cases", r.getLong("cases"))));
          return a;
        });
  }

  /** {@code department}, {@code clock}: null for all. */
  Future<JsonArray> overdue(LocalDate today, String department, String clock) {
    return pool.preparedQuery("SELECT * FROM (" + OVERDUE + ") o WHERE ($2::text IS NULL OR o.department = $2) "
        + "AND ($3::text IS NULL OR o.clock = $3)").execute(Tuple.of(today, department, clock)).map(rows -> {
      JsonArray a = new JsonArray();
      rows.forEach(r -> a.add(r.toJson()));
      return a;
    });
  }

  /** A case as an act finds it; {@code proposedReportDays}: the routing's report deadline for a transfer. */
  record Locked(long id, CaseFacts facts, long version, LocalDate acceptedDate, boolean fastTrack, int extensionDays,
      LocalDate receivedDate, LocalDate noticeDue, boolean noticeDueEstimated, String matter, LocalDate handlingDue,
      boolean handlingDueEstimated, String handlingBasis, LocalDate reportDue, boolean reportDueEstimated,
      boolean raisedDirectly, Integer proposedReportDays) {}

  record Update(CaseStatus status, LocalDate acceptedDate, LocalDate handlingDue, boolean handlingDueEstimated,
      boolean extended, boolean hearingOpen, LocalDate lastDelivery, int extensionDays, boolean fastTrack,
      LocalDate noticeDue, boolean noticeDueEstimated, String handlingBasis, LocalDate reportDue,
      boolean reportDueEstimated) {}
}
