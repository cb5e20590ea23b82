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
import org.ecopetition.gateway.access.CaseScope;
import org.ecopetition.gateway.access.CaseView;
import org.ecopetition.gateway.casefile.PgCaseRepository;
import org.ecopetition.gateway.http.Requests;
import org.ecopetition.gateway.lifecycle.CaseFacts;
import org.ecopetition.gateway.lifecycle.CaseStatus;
import org.ecopetition.gateway.lifecycle.Pause;
import org.ecopetition.gateway.nlp.Redaction;
import org.ecopetition.gateway.security.AtRest;

/** Cases as staff act on them: one row locked per act, the append-only history, the access log. */
final class PgStaffRepository {
  private static final String DETAILS = """
      SELECT id, case_number, state, category, subtype, channel, anonymous, petitioner_name, petitioner_address,
             contact_phone, location, province, city, county, town, request, facts, kind, polluter, accused, urgent,
             disclosure_consent, received_date, notice_due, accepted_date, handling_due, handling_basis, last_delivery,
             proposal, fast_track, raised_directly, transferred_from, objection_due, report_due, representatives, version,
             facts_redacted, request_redacted, redaction_confirmed_by, redaction_confirmed_at,
             accused_codes, accused_confirmed_by, accused_confirmed_at,
             affected, affected_text, affected_unit, affected_count, affected_min, affected_max,
             EXISTS (SELECT 1 FROM case_news n WHERE n.case_id = cases.id) AS news
      FROM cases WHERE case_number = $1""";
  private static final String HISTORY = """
      SELECT at, kind, actor, state_from, state_to, article, reason, public_text,
             CASE WHEN kind = 'corrected' THEN detail -> 'changes' END AS changes FROM case_events
      WHERE case_id = (SELECT id FROM cases WHERE case_number = $1) ORDER BY id""";
  /** Counts by one dimension; the column is chosen from a closed list, never from the request. */
  // A city or county is keyed with its parents: 朝阳区 exists in Beijing and in Changchun.
  private static final java.util.Map<String, String> DIMENSIONS = java.util.Map.of(
      "kind", "coalesce(kind, 'unknown')", "province", "coalesce(province, 'unknown')",
      "city", "CASE WHEN city IS NULL THEN 'unknown' ELSE concat_ws('/', province, city) END",
      "county", "CASE WHEN county IS NULL THEN 'unknown' ELSE concat_ws('/', province, city, county) END",
      "department", "coalesce(department, 'unknown')", "channel", "channel",
      "month", "to_char(received_date, 'YYYY-MM')", "category", "coalesce(category, 'unknown')", "state", "state");
  private static final String SATISFACTION = """
      SELECT substring(e.kind from 11) AS rating, count(*) AS n FROM case_events e JOIN cases c ON c.id = e.case_id
      WHERE e.kind LIKE 'evaluated:%%' AND %s
      GROUP BY 1 ORDER BY 1""";
  private static final String EXPORT = """
      SELECT id, case_number, received_date, channel, category, subtype, kind, matter, province, city, county, town,
             location, polluter, request, facts, state, urgent, anonymous, disclosure_consent, petitioner_name,
             petitioner_address, contact_phone, proposed_decision, proposed_department, notice_due, handling_due,
             facts_redacted, request_redacted, redaction_confirmed_at
      FROM cases c WHERE received_date BETWEEN $1 AND $2 AND %s ORDER BY id""";
  private static final String DOCUMENT = """
      SELECT c.id, c.case_number, c.petitioner_name, c.petitioner_address, c.contact_phone, c.anonymous,
             c.received_date, c.request, c.facts, c.handling_due,
             c.department, c.category, c.disclosure_consent, c.facts_redacted, c.request_redacted,
             c.redaction_confirmed_at, c.polluter, c.accused, e.at AS event_at, e.reason, e.public_text, e.article,
             e.detail
      FROM cases c LEFT JOIN LATERAL (
        SELECT at, reason, public_text, article, detail FROM case_events
        WHERE case_id = c.id AND kind = $2 AND ($3::text IS NULL OR article = $3) ORDER BY id DESC LIMIT 1) e ON true
      WHERE c.case_number = $1""";
  private static final String ACCESS =
      "INSERT INTO access_log (actor, case_id, what, at, purpose) VALUES ($1, $2, $3, $4, $5)";
  /**
   * Every clock that ran out (Art 38–41), one row per case and clock: not told (a matter raised directly
   * with no decision notice sent, delivered or excepted by day 15), not decided (a matter transferred in,
   * still undecided on day 15), not concluded (a case under hearing is not: the hearing's days do not count, Art
   * 33, and its limit is set again when the hearing ends), review not answered (also when forwarded to the body
   * above), result report not in.
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
        SELECT id, 'handling', handling_due FROM cases
        WHERE state IN ('accepted', 'handling') AND handling_due < $1 AND NOT hearing_open
        UNION ALL
        SELECT id, 'review', handling_due FROM cases
        WHERE state IN ('review_requested', 'rereview_requested') AND handling_due < $1
        UNION ALL
        SELECT id, 'report', report_due FROM cases c WHERE report_due < $1 AND NOT EXISTS (
          SELECT 1 FROM case_events e WHERE e.case_id = c.id AND e.kind = 'report_result'))
      SELECT c.case_number, c.state, c.department, c.received_date, late.clock, late.due, c.notice_due, c.handling_due,
             c.report_due, c.responsible_code,
             (SELECT e.detail ->> 'to' FROM case_events e WHERE e.case_id = c.id AND e.kind IN ('transfer', 'forward_review')
               ORDER BY e.id DESC LIMIT 1) AS sent_to,
             (SELECT count(*) FROM case_events e WHERE e.case_id = c.id AND e.kind = 'supervision_note') AS notes,
             (SELECT max(id) FROM case_events e WHERE e.case_id = c.id AND e.kind = 'supervision_feedback')
               > coalesce((SELECT max(id) FROM case_events e WHERE e.case_id = c.id AND e.kind = 'supervision_note'), 0)
               AS answered
      FROM late JOIN cases c ON c.id = late.id
      WHERE %s
      ORDER BY late.due, c.id""";

  /**
   * Acts done after the deadline they answer (Art 38-41), kept on the history for good: in a period (the day the act
   * took effect), for a department and those below it (the one responsible when the act was done).
   */
  private static final String LATE = """
      SELECT c.case_number, e.kind AS act, e.late_clock AS clock, e.late_due AS due,
             ((e.at AT TIME ZONE 'Asia/Shanghai')::date) AS done_on,
             ((coalesce(e.recorded_at, e.at) AT TIME ZONE 'Asia/Shanghai')::date) AS recorded_on,
             e.responsible_code AS department_code, e.actor, e.article
      FROM case_events e JOIN cases c ON c.id = e.case_id
      WHERE e.late_clock IS NOT NULL
        AND ($1::date IS NULL OR (e.at AT TIME ZONE 'Asia/Shanghai')::date >= $1::date)
        AND ($2::date IS NULL OR (e.at AT TIME ZONE 'Asia/Shanghai')::date <= $2::date)
        AND ($3::text IS NULL OR starts_with(coalesce(e.responsible_code, ''), $3::text)) AND %s
      ORDER BY e.at, e.id""";
  /**
   * Art 34: the polluters, and the places with a kind of pollution, that several matters received in a period are
   * about, with their cases — the concentrated and repeated problems to supervise.
   */
  private static final String HOTSPOTS = """
      SELECT 'polluter' AS by, regexp_replace(polluter, '\s', '', 'g') AS key, NULL AS kind, count(*) AS cases,
             array_agg(case_number ORDER BY id) AS numbers, min(received_date) AS first, max(received_date) AS last
      FROM cases c WHERE polluter IS NOT NULL AND polluter <> '' AND received_date BETWEEN $1 AND $2 AND %1$s
      GROUP BY 2 HAVING count(*) >= $3
      UNION ALL
      SELECT 'place', concat_ws('/', province, city, county, town), kind, count(*),
             array_agg(case_number ORDER BY id), min(received_date), max(received_date)
      FROM cases c WHERE place_code IS NOT NULL AND kind IS NOT NULL AND received_date BETWEEN $1 AND $2 AND %1$s
      GROUP BY place_code, 2, kind HAVING count(*) >= $3
      ORDER BY cases DESC, key""";
  /** Written opinions issued and not delivered (送达): the review windows have not started (Art 30, 31). */
  private static final String UNDELIVERED = """
      SELECT c.case_number, c.state, c.reply_issued_on, c.electronic_delivery,
             (SELECT coalesce(json_agg(json_build_object('id', n.id, 'channel', n.channel, 'status', n.status)
                ORDER BY n.id), '[]'::json) FROM notices n
               WHERE n.case_id = c.id AND n.act = 'reply_delivered'
                 AND n.created_at >= (SELECT max(e.recorded_at) FROM case_events e WHERE e.case_id = c.id
                                        AND e.kind = 'reply_delivered')) AS notices
      FROM cases c WHERE c.reply_issued_on IS NOT NULL AND c.last_delivery IS NULL AND %s
      ORDER BY c.reply_issued_on, c.id""";

  /**
   * The case list of the console: newest first, filtered by state, the clock that runs now, the responsible
   * department (and those below it), channel, category, urgency, hotspot (a polluter, or a place with a kind, that
   * at least {@code min} cases in scope received in the hotspot period are about) and a search by case number or
   * phone; each with the deadline that runs now.
   */
  private static final String CASES = """
      SELECT * FROM (
        SELECT c.id, c.case_number, c.received_date, c.channel, c.category, c.subtype, c.kind, c.state, c.urgent,
               EXISTS (SELECT 1 FROM case_news n WHERE n.case_id = c.id) AS news, c.department, c.responsible_code, c.county, c.polluter, c.fast_track, c.transferred_from,
               CASE WHEN c.state IN ('registered', 'objected') THEN 'notice'
                    WHEN c.state IN ('accepted', 'handling') THEN 'handling'
                    WHEN c.state IN ('review_requested', 'rereview_requested') THEN 'review' END AS clock,
               CASE WHEN c.state IN ('registered', 'objected') THEN c.notice_due
                    WHEN c.state IN ('accepted', 'handling', 'review_requested', 'rereview_requested')
                      THEN c.handling_due END AS due,
               c.report_due,
               ((SELECT count(*) FROM cases h WHERE h.received_date BETWEEN $8 AND $9 AND %2$s AND (
                   (c.polluter IS NOT NULL AND c.polluter <> ''
                     AND regexp_replace(h.polluter, '\s', '', 'g') = regexp_replace(c.polluter, '\s', '', 'g'))
                   OR (c.place_code IS NOT NULL AND c.kind IS NOT NULL AND h.place_code = c.place_code
                     AND h.kind = c.kind))) >= $10) AS hotspot
        FROM cases c
        WHERE ($1::text IS NULL OR c.state = $1) AND ($3::text IS NULL OR starts_with(coalesce(c.responsible_code, $16), $3))
          AND ($4::text IS NULL OR c.channel = $4) AND ($5::text IS NULL OR c.category = $5)
          AND ($6::boolean IS NULL OR c.urgent = $6)
          AND ($11::text IS NULL OR c.case_number LIKE upper($11) || '%%' OR c.contact_phone_hash = ANY($20::bytea[]))
          AND ($12::bigint IS NULL OR c.id < $12) AND ($18::date IS NULL OR c.received_date >= $18)
          AND ($19::date IS NULL OR c.received_date <= $19) AND %1$s) l
      WHERE ($2::text IS NULL OR l.clock = $2 OR ($2 = 'report' AND l.report_due IS NOT NULL))
        AND ($7::boolean IS NOT TRUE OR l.hotspot)
      ORDER BY l.id DESC LIMIT $13""";

  /** What the case list is asked for; null: any. {@code byPhone}: whether the query may also find a case by its phone. */
  record CaseFilter(String state, String clock, String department, String channel, String category, Boolean urgent,
      boolean hotspot, LocalDate hotFrom, LocalDate hotTo, int hotMin, String query, boolean byPhone,
      Requests.Page page) {}

  private static final String RECUSED = "SELECT $2 = ANY(recused) FROM cases WHERE case_number = $1";
  private static final String CASE_VIEW =
      "SELECT responsible_code, category, recused, accused_codes FROM cases WHERE case_number = $1";
  private static final String NOTICE_CASE_VIEW = """
      SELECT c.responsible_code, c.category, c.recused, c.accused_codes FROM notices n JOIN cases c ON c.id = n.case_id WHERE n.id = $1""";
  /**
   * The access log in an auditor's scope: a read of a case by the case's visibility, a read of a conversation with no
   * case by the conversation's department.
   */
  private static final String ACCESS_LOG = """
      SELECT a.id, a.at, a.actor, c.case_number, a.conversation_id, a.what, a.purpose FROM access_log a
      LEFT JOIN cases c ON c.id = a.case_id LEFT JOIN conversations v ON v.id = a.conversation_id
      WHERE ($1::text IS NULL OR a.actor = $1) AND ($2::text IS NULL OR c.case_number = $2)
        AND ($3::timestamptz IS NULL OR a.at >= $3) AND ($4::timestamptz IS NULL OR a.at < $4)
        AND ($5::bigint IS NULL OR a.id < $5)
        AND CASE WHEN c.id IS NOT NULL THEN %s
                 ELSE coalesce(v.department_code, '') LIKE $7::text || '%%' END
      ORDER BY a.id DESC LIMIT $6""";

  private final Pool pool;
  private final java.time.Clock clock;

  private final org.ecopetition.gateway.security.DataKeys keys;
  private final AtRest atRest;

  /** {@code keys}: open the sealed identity, facts and request for the staff who may read them (issue 11 §6). */
  PgStaffRepository(Pool pool, java.time.Clock clock, org.ecopetition.gateway.security.DataKeys keys) {
    this.keys = keys;
    this.atRest = new AtRest(keys);
    this.pool = pool;
    this.clock = clock;
  }

  private OffsetDateTime stamp() {
    return clock.instant().atOffset(ZoneOffset.UTC);
  }

  Pool pool() {
    return pool;
  }

  /** A case row with the columns sealed at rest opened (those the query selected). */
  private JsonObject opened(JsonObject row) {
    for (String column : AtRest.CASE_TEXTS) {
      String name = column.substring("cases.".length());
      if (row.containsKey(name)) {
        row.put(name, atRest.open(column, row.getString(name)));
      }
    }
    return row;
  }





  /** A document's data: the case, and the latest event of the act it records (none: no such document yet). */
  Future<Optional<JsonObject>> documentData(String caseNumber, String kind, String article) {
    return pool.preparedQuery(DOCUMENT).execute(Tuple.of(caseNumber, kind, article)).map(rows -> {
      if (rows.size() == 0) {
        return Optional.empty();
      }
      JsonObject o = opened(rows.iterator().next().toJson());
      return o.getValue("event_at") == null ? Optional.of(o.put("missing", true)) : Optional.of(o);
    });
  }

  /** Art 42: one read of a case's personal data, with what was read and why where given. */
  Future<Void> logRead(long caseId, String actor, String what, String purpose) {
    return pool.preparedQuery(ACCESS).execute(Tuple.of(actor, caseId, what, stamp(), purpose)).mapEmpty();
  }

  /** Art 42: reads of the cases with these numbers (a list that shows their personal data), one row each. */
  Future<Void> logReadsByNumber(List<String> numbers, String actor, String what, String purpose) {
    if (numbers.isEmpty()) {
      return Future.succeededFuture();
    }
    return pool.preparedQuery("INSERT INTO access_log (actor, case_id, what, at, purpose) "
        + "SELECT $1, id, $2, $3, $4 FROM cases WHERE case_number = ANY($5::text[])")
        .execute(Tuple.of(actor, what, stamp(), purpose, numbers.toArray(new String[0]))).mapEmpty();
  }

  /** Art 42: reads of several cases at once (a list with identities), one row each. */
  Future<Void> logReads(List<Long> caseIds, String actor, String what, String purpose) {
    if (caseIds.isEmpty()) {
      return Future.succeededFuture();
    }
    return pool.preparedQuery("INSERT INTO access_log (actor, case_id, what, at, purpose) "
        + "SELECT $1, id, $2, $3, $4 FROM unnest($5::bigint[]) AS id")
        .execute(Tuple.of(actor, what, stamp(), purpose, caseIds.toArray(new Long[0]))).mapEmpty();
  }

  /** Cases received in a period ({@code from}, {@code to} inclusive; null: open-ended), counted by a dimension. */
  Future<JsonArray> counts(String dimension, LocalDate from, LocalDate to, CaseScope scope) {
    String expr = DIMENSIONS.get(dimension);
    if (expr == null) {
      return Future.failedFuture(new IllegalArgumentException("unknown dimension"));
    }
    return pool.preparedQuery("SELECT " + expr + " AS key, count(*) AS n FROM cases WHERE ($1::date IS NULL OR "
        + "received_date >= $1::date) AND ($2::date IS NULL OR received_date <= $2::date) AND " + scope.sql("cases", 3)
        + " GROUP BY 1 ORDER BY 1")
        .execute(params(scope, from, to))
        .map(rows -> {
          JsonArray a = new JsonArray();
          rows.forEach(r -> a.add(new JsonObject().put("key", String.valueOf(r.getValue("key"))).put("count", r.getLong("n"))));
          return a;
        });
  }

  static boolean knownDimension(String d) {
    return DIMENSIONS.containsKey(d);
  }

  Future<JsonArray> satisfaction(CaseScope scope) {
    return pool.preparedQuery(SATISFACTION.formatted(scope.sql("c", 1))).execute(params(scope)).map(rows -> {
      JsonArray a = new JsonArray();
      rows.forEach(r -> a.add(new JsonObject().put("rating", r.getString("rating")).put("count", r.getLong("n"))));
      return a;
    });
  }

  /**
   * Cases received in a period, for the national platform (Art 16). {@code forReportedParty}: the copy that may reach
   * the party complained about (issue 11 §1, Art 23, 24): no accusation at all; a case whose petitioner consented to
   * disclosure as it is; every other case only once a person confirmed its redacted copy, and then that copy with no
   * name, address or phone (the others are listed in {@code withheld}, to be confirmed first). Every case that leaves
   * is a row of the access log.
   */
  Future<JsonObject> export(LocalDate from, LocalDate to, boolean forReportedParty, String actor, CaseScope scope,
      String purpose) {
    return pool.withTransaction(conn -> conn.preparedQuery(EXPORT.formatted(scope.sql("c", 3)))
        .execute(params(scope, from, to)).compose(rows -> {
      JsonArray a = new JsonArray();
      JsonArray withheld = new JsonArray();
      List<Long> ids = new ArrayList<>();
      rows.forEach(r -> {
        JsonObject o = opened(r.toJson());
        long id = o.getLong("id");
        Object factsRedacted = o.remove("facts_redacted");
        Object requestRedacted = o.remove("request_redacted");
        Object confirmed = o.remove("redaction_confirmed_at");
        o.remove("id");
        boolean accusation = "检举控告".equals(o.getString("category"));
        boolean mayDisclose = Boolean.TRUE.equals(o.getBoolean("disclosure_consent")) && !accusation
            && !Boolean.TRUE.equals(o.getBoolean("anonymous"));
        if (forReportedParty && accusation) {
          return;
        }
        if (forReportedParty && mayDisclose) {
          ReportedPartyCopy.consented(o, ReportedPartyCopy.others(o, factsRedacted, requestRedacted));
        }
        if (forReportedParty && !mayDisclose) {
          if (confirmed == null) {
            withheld.add(o.getString("case_number"));
            return;
          }
          Redaction.Values known = ReportedPartyCopy.known(o, factsRedacted, requestRedacted);
          ReportedPartyCopy.masked(o, known);
          o.put("facts", ReportedPartyCopy.mask(known, (String) factsRedacted))
              .put("request", requestRedacted == null ? "" : ReportedPartyCopy.mask(known, (String) requestRedacted))
              .putNull("petitioner_name").putNull("petitioner_address").putNull("contact_phone");
        }
        ids.add(id);
        a.add(o);
      });
      return conn.preparedQuery("INSERT INTO access_log (actor, case_id, what, at, purpose) "
          + "SELECT $1, id, $2, $3, $4 FROM unnest($5::bigint[]) AS id")
          .execute(Tuple.of(actor, forReportedParty ? "export (for the reported party)" : "export", stamp(), purpose,
              ids.toArray(new Long[0])))
          .map(v -> new JsonObject().put("cases", a).put("withheld", withheld));
    }));
  }

  /**
   * For a role without need reading a list that carries case texts (the notices worklist): each case's masking
   * ({@link Redacted#masking}) by its number.
   */
  Future<java.util.Map<String, java.util.function.UnaryOperator<String>>> maskings(List<String> numbers) {
    if (numbers.isEmpty()) {
      return Future.succeededFuture(java.util.Map.of());
    }
    return pool.preparedQuery(DETAILS.replace("WHERE case_number = $1", "WHERE case_number = ANY($1)"))
        .execute(Tuple.of(numbers.toArray(new String[0]))).map(rows -> {
          java.util.Map<String, java.util.function.UnaryOperator<String>> m = new java.util.HashMap<>();
          rows.forEach(r -> {
            JsonObject c = opened(r.toJson());
            m.put(c.getString("case_number"), Redacted.masking(c));
          });
          return m;
        });
  }

  /** Art 42: every read of a petitioner's data is logged with who and when. */
  Future<Optional<JsonObject>> details(String caseNumber, String actor, String purpose) {
    return pool.withTransaction(conn -> conn.preparedQuery(DETAILS).execute(Tuple.of(caseNumber)).compose(rows -> {
      if (rows.size() == 0) {
        return Future.succeededFuture(Optional.<JsonObject>empty());
      }
      JsonObject o = opened(rows.iterator().next().toJson());
      return conn.preparedQuery(ACCESS).execute(Tuple.of(actor, o.getLong("id"), "case details", stamp(), purpose))
          .map(v -> Optional.of(o));
    }));
  }

  Future<JsonArray> cases(CaseFilter f, CaseScope scope) {
    List<Object> p = new ArrayList<>(java.util.Arrays.asList(f.state(), f.clock(), f.department(), f.channel(),
        f.category(), f.urgent(), f.hotspot(), f.hotFrom(), f.hotTo(), f.hotMin(), f.query(), f.page().before(),
        f.page().limit()));
    p.addAll(scope.params());
    p.add(f.page().from());
    p.add(f.page().to());
    // A phone is sealed at rest: found by its keyed hash, under every key while a rotation is under way.
    p.add(f.query() == null || !f.byPhone() ? new io.vertx.core.buffer.Buffer[0]
        : keys.phoneLookups(f.query()).stream().map(io.vertx.core.buffer.Buffer::buffer).toArray(io.vertx.core.buffer.Buffer[]::new));
    return pool.preparedQuery(CASES.formatted(scope.sql("c", 14), scope.sql("h", 14))).execute(Tuple.from(p))
        .map(PgStaffRepository::rows);
  }

  /** What visibility needs of a case (empty: no such case). */
  Future<Optional<CaseView>> caseView(String caseNumber) {
    return pool.preparedQuery(CASE_VIEW).execute(Tuple.of(caseNumber)).map(PgStaffRepository::view);
  }

  /** What visibility needs of each of these cases, by case number (a number of no case is absent). */
  Future<java.util.Map<String, CaseView>> caseViews(io.vertx.sqlclient.SqlClient conn, List<String> numbers) {
    if (numbers.isEmpty()) {
      return Future.succeededFuture(java.util.Map.of());
    }
    return conn.preparedQuery("SELECT case_number, responsible_code, category, recused, accused_codes FROM cases "
        + "WHERE case_number = ANY($1::text[])").execute(Tuple.of(numbers.toArray(new String[0]))).map(rows -> {
          java.util.Map<String, CaseView> out = new java.util.HashMap<>();
          for (Row r : rows) {
            String[] recused = r.getArrayOfStrings("recused");
            String[] accused = r.getArrayOfStrings("accused_codes");
            out.put(r.getString("case_number"), new CaseView(r.getString("responsible_code"), r.getString("category"),
                recused == null ? List.of() : List.of(recused), accused == null ? List.of() : List.of(accused)));
          }
          return out;
        });
  }

  /** What visibility needs of the case a written notice belongs to (empty: no such notice). */
  Future<Optional<CaseView>> caseViewOfNotice(long noticeId) {
    return pool.preparedQuery(NOTICE_CASE_VIEW).execute(Tuple.of(noticeId)).map(PgStaffRepository::view);
  }

  private static Optional<CaseView> view(io.vertx.sqlclient.RowSet<Row> rows) {
    if (rows.size() == 0) {
      return Optional.empty();
    }
    Row r = rows.iterator().next();
    String[] recused = r.getArrayOfStrings("recused");
    String[] accused = r.getArrayOfStrings("accused_codes");
    return Optional.of(new CaseView(r.getString("responsible_code"), r.getString("category"),
        recused == null ? List.of() : List.of(recused), accused == null ? List.of() : List.of(accused)));
  }

  /** Who read which case, in a scope; {@code actor}, {@code caseNumber}, {@code from}, {@code to}: null for all. */
  Future<JsonArray> accessLog(CaseScope scope, String actor, String caseNumber, Requests.Page page) {
    return pool.preparedQuery(ACCESS_LOG.formatted(scope.sql("c", 7)))
        .execute(params(scope, actor, caseNumber, page.start(), page.end(), page.before(), page.limit()))
        .map(rows -> {
          JsonArray a = new JsonArray();
          rows.forEach(r -> a.add(new JsonObject().put("id", r.getLong("id"))
              .put("at", r.getOffsetDateTime("at").toInstant().toString()).put("actor", r.getString("actor"))
              .put("caseNumber", r.getString("case_number"))
              .put("conversationId", r.getUUID("conversation_id") == null ? null : r.getUUID("conversation_id").toString())
              .put("what", r.getString("what")).put("purpose", r.getString("purpose"))));
          return a;
        });
  }

  /** The query's own parameters, then the scope's (its {@code sql} placed right after them). */
  private static Tuple params(CaseScope scope, Object... rest) {
    List<Object> p = new ArrayList<>();
    p.addAll(java.util.Arrays.asList(rest));
    p.addAll(scope.params());
    return Tuple.from(p);
  }

  /** The columns a correction's identity values are sealed under, by the field's name. */
  private static final java.util.Map<String, String> IDENTITY_COLUMNS = java.util.Map.of("name", AtRest.NAME,
      "phone", AtRest.PHONE, "address", AtRest.ADDRESS);

  /**
   * The history (its reasons may name people): the read is logged (Art 42). A correction shows each value before and
   * after; the petitioner's identity values opened for {@code identity} (a role with need of it), masked otherwise.
   */
  Future<JsonArray> history(String caseNumber, String actor, String purpose, boolean identity) {
    return pool.withTransaction(conn -> (identity ? Future.succeededFuture(java.util.function.UnaryOperator.<String>identity())
        : conn.preparedQuery(DETAILS).execute(Tuple.of(caseNumber)).map(c -> c.size() == 0
            ? java.util.function.UnaryOperator.<String>identity()
            : Redacted.masking(opened(c.iterator().next().toJson()))))
        .compose(mask -> conn.preparedQuery(HISTORY).execute(Tuple.of(caseNumber)).compose(rows -> {
      JsonArray a = new JsonArray();
      rows.forEach(r -> {
        JsonObject e = r.toJson();
        // What staff and the petitioner wrote on the history (a reason, a reply, a note, a supplement) names people as
        // the facts do: a role without need reads it masked as it reads the facts.
        for (String text : new String[] {"reason", "public_text"}) {
          if (e.getValue(text) instanceof String t) {
            e.put(text, mask.apply(t));
          }
        }
        if (e.getValue("changes") == null) {
          e.remove("changes");
        } else {
          for (Object o : e.getJsonArray("changes")) {
            JsonObject c = (JsonObject) o;
            String column = IDENTITY_COLUMNS.get(c.getString("field"));
            if (Boolean.TRUE.equals(c.remove("sealed")) && column != null) {
              c.put("from", identity ? atRest.open(column, c.getString("from")) : (c.getValue("from") == null ? null : "***"));
              c.put("to", identity ? atRest.open(column, c.getString("to")) : "***");
            }
          }
        }
        a.add(e);
      });
      return conn.preparedQuery("INSERT INTO access_log (actor, case_id, what, at, purpose) "
              + "SELECT $1, id, 'case history', $3, $4 FROM cases WHERE case_number = $2")
          .execute(Tuple.of(actor, caseNumber, stamp(), purpose)).map(v -> a);
    })));
  }


  /**
   * Overdue counts per responsible department and clock, for a supervisor's first look (Art 38–41): a
   * transferred matter or a forwarded review counts against where it went. Every clock due before {@code before}, as
   * {@link #overdue}.
   */
  Future<JsonArray> overdueSummary(LocalDate before, CaseScope scope) {
    return pool.preparedQuery("SELECT coalesce(sent_to, department) AS department, clock, count(*) AS cases FROM ("
        + OVERDUE.formatted(scope.sql("c", 2)) + ") o GROUP BY 1, 2 ORDER BY 3 DESC, 1, 2")
        .execute(params(scope, before)).map(rows -> {
          JsonArray a = new JsonArray();
          rows.forEach(r -> a.add(new JsonObject().put("department", r.getString("department"))
              .put("clock", r.getString("clock")).put("cases", r.getLong("cases"))));
          return a;
        });
  }

  /** Late acts in a period for a department and those below it ({@code null}: any). */
  Future<JsonArray> late(LocalDate from, LocalDate to, String department, CaseScope scope) {
    return pool.preparedQuery(LATE.formatted(scope.sql("c", 4))).execute(params(scope, from, to, department))
        .map(PgStaffRepository::rows);
  }

  /** Hotspots of the cases received from {@code from} to {@code to}: at least {@code min} about one thing. */
  Future<JsonArray> hotspots(LocalDate from, LocalDate to, int min, CaseScope scope) {
    return pool.preparedQuery(HOTSPOTS.formatted(scope.sql("c", 4))).execute(params(scope, from, to, min))
        .map(PgStaffRepository::rows);
  }

  /** The worklist of written opinions not delivered, with the notices that carried them. */
  Future<JsonArray> undelivered(CaseScope scope) {
    return pool.preparedQuery(UNDELIVERED.formatted(scope.sql("c", 1))).execute(params(scope))
        .map(PgStaffRepository::rows);
  }

  private static JsonArray rows(Iterable<Row> rows) {
    JsonArray a = new JsonArray();
    rows.forEach(r -> a.add(r.toJson()));
    return a;
  }

  /**
   * {@code department}: a code lists that department's and those below it (as the case list and the late acts do; the
   * console sends codes), a name that department's as named; {@code clock}; null for all. Every clock due before
   * {@code before}: today for what ran out, a later day for what runs out by then too.
   */
  Future<JsonArray> overdue(LocalDate before, String department, String clock, CaseScope scope) {
    return pool.preparedQuery("SELECT * FROM (" + OVERDUE.formatted(scope.sql("c", 4)) + ") o WHERE ($2::text IS NULL "
        + "OR o.department = $2 OR ($2 ~ '^[0-9]{2}([0-9]{2}){0,2}$' AND starts_with(coalesce(o.responsible_code, $6::text), $2))) "
        + "AND ($3::text IS NULL OR o.clock = $3)").execute(params(scope, before, department, clock))
        .map(rows -> {
      JsonArray a = new JsonArray();
      rows.forEach(r -> a.add(r.toJson()));
      return a;
    });
  }
}
