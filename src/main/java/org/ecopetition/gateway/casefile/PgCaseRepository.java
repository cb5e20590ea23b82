package org.ecopetition.gateway.casefile;

import io.vertx.core.Future;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.SqlClient;
import io.vertx.sqlclient.Tuple;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.ecopetition.gateway.calendar.Deadline;
import org.ecopetition.gateway.lifecycle.AutoAcceptance;
import org.ecopetition.gateway.lifecycle.CaseChange;
import org.ecopetition.gateway.lifecycle.CaseFacts;
import org.ecopetition.gateway.lifecycle.CaseRecord;
import org.ecopetition.gateway.lifecycle.CaseStatus;
import org.ecopetition.gateway.lifecycle.Command;
import org.ecopetition.gateway.lifecycle.Lifecycle;
import org.ecopetition.gateway.lifecycle.Pause;
import org.ecopetition.gateway.lifecycle.Registration;
import org.ecopetition.gateway.nlp.Place;
import org.ecopetition.gateway.notice.CaseHistory;
import org.ecopetition.gateway.routing.PriorCase;
import org.ecopetition.gateway.routing.Proposal;
import org.ecopetition.gateway.routing.Router;
import org.ecopetition.gateway.routing.RoutingCase;

/**
 * Cases in PostgreSQL, and the one writer of the case tables ({@code cases}, {@code case_events},
 * {@code case_serials}): registration, the changes the lifecycle decides, and the history entries of everything
 * else that happens to a case. Every write runs on the caller's connection, inside the caller's transaction.
 */
public final class PgCaseRepository implements CaseHistory {
  public static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

  private static final String NEXT_SERIAL = """
      INSERT INTO case_serials (day, last_serial) VALUES ($1, 1)
      ON CONFLICT (day) DO UPDATE SET last_serial = case_serials.last_serial + 1
      RETURNING last_serial""";
  private static final String INSERT_CASE = """
      INSERT INTO cases (case_number, query_code_hmac, channel, conversation_id, anonymous, petitioner_name,
        petitioner_address, contact_phone, location, request, facts, state, department, lang,
        received_at, received_date, notice_due, notice_due_estimated, province, city, county, town, category,
        kind, since, polluter, affected, accused, disclosure_consent, urgent, place_code, matter, proposal,
        proposed_decision, proposed_department, repeat_of, hotspot, subtype, raised_directly, transferred_from,
        objection_due, representatives, updated_at, accepted_date, handling_due, handling_due_estimated,
        responsible_code)
      VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19, $20, $21,
        $22, $23, $24, $25, $26, $27, $28, $29, $30, $31, $32, $33, $34, $35, $36, $37, $38, $39, $40, $41, $42, $15,
        $43, $44, $45, $46)
      RETURNING id""";
  /** Earlier cases that may make this one a repeat (same phone) or a hotspot (same polluter, place and kind). */
  private static final String PRIORS = """
      SELECT case_number, contact_phone, polluter, place_code, kind, state, received_date FROM cases
      WHERE (contact_phone = $1)
         OR (received_date >= $2 AND (polluter = $3 OR (place_code = $4 AND kind = $5)))
      ORDER BY id DESC LIMIT 500""";
  /** Art 17: told on the spot (当场告知), in the receipt the chat shows. */
  private static final String TOLD_IN_RECEIPT = """
      INSERT INTO notices (case_id, act, channel, status, text, article, due, sent_on, created_at, next_attempt_at)
      VALUES ($1, 'accept', 'web', 'sent', '登记回执中当场告知受理', '第十七条', $2, $2, $3, $3)""";
  private static final String RECORD_COLUMNS = """
      id, state, category, subtype, recused, extended, last_delivery, hearing_open, version, accepted_date,
      fast_track, extension_days, received_date, notice_due, notice_due_estimated, matter, handling_due,
      handling_due_estimated, handling_basis, report_due, report_due_estimated, raised_directly,
      transferred_from IS NOT NULL AS transferred_in,
      CASE WHEN (proposal ->> 'reportRequired')::boolean THEN (proposal ->> 'reportDays')::int END AS report_days""";
  private static final String LOCK_BY_NUMBER = "SELECT " + RECORD_COLUMNS + " FROM cases WHERE case_number = $1 FOR UPDATE";
  private static final String LOCK_BY_ID = "SELECT " + RECORD_COLUMNS + " FROM cases WHERE id = $1 FOR UPDATE";
  private static final String APPLY = """
      UPDATE cases SET state = $2, version = version + 1, updated_at = $17, accepted_date = $3, handling_due = $4,
             handling_due_estimated = $5, extended = $6, hearing_open = $7, last_delivery = $8,
             extension_days = $10, fast_track = $11, notice_due = $12, notice_due_estimated = $13,
             handling_basis = $14, report_due = $15, report_due_estimated = $16
      WHERE id = $1 AND version = $9 RETURNING version""";
  private static final String EVENT = """
      INSERT INTO case_events (case_id, at, kind, actor, state_from, state_to, article, reason, public_text, detail)
      VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)""";
  private static final String HEARINGS = """
      SELECT kind, at FROM case_events WHERE case_id = $1 AND kind IN ('hearing_started', 'hearing_ended') ORDER BY id""";
  private static final String RECUSE = """
      UPDATE cases SET recused = array_append(recused, $2), version = version + 1, updated_at = $3
      WHERE case_number = $1 AND NOT ($2 = ANY(recused)) RETURNING id, version""";
  private static final String REPLY_DELIVERED = """
      UPDATE cases SET last_delivery = $2, version = version + 1, updated_at = $3 WHERE id = $1""";
  private static final String ID_OF = "SELECT id FROM cases WHERE case_number = $1";
  /** A conversation attached to a case raised in it again; a case keeps the conversation it came from. */
  private static final String ATTACH = """
      UPDATE cases SET conversation_id = coalesce(conversation_id, $2), version = version + 1, updated_at = $3
      WHERE case_number = $1 RETURNING id""";
  private static final String INSERT_CROSS_INSTANCE_EVENT =
      "INSERT INTO events (kind, case_id, conversation_id, at) VALUES ($1, $2, $3, $4)";
  private static final String STATUS = """
      SELECT c.id, c.case_number, c.query_code_hmac, c.state, c.department, c.received_date, c.notice_due,
        c.notice_due_estimated,
        (SELECT coalesce(json_agg(json_build_object('at', e.at, 'text', e.public_text) ORDER BY e.id), '[]'::json)
           FROM case_events e WHERE e.case_id = c.id AND e.public_text IS NOT NULL) AS replies,
        (SELECT coalesce(json_agg(json_build_object('at', e.at, 'state', e.state_to) ORDER BY e.id), '[]'::json)
           FROM case_events e WHERE e.case_id = c.id AND e.state_to IS NOT NULL) AS timeline,
        c.accepted_date, c.handling_due, c.handling_due_estimated
      FROM cases c WHERE c.case_number = $1""";
  private static final String DELIVERIES =
      "SELECT count(*)::int FROM case_events WHERE case_id = $1 AND kind = 'reply_delivered'";
  private static final String FAILURES = """
      SELECT key, failures FROM status_failures
      WHERE key = ANY($1) AND window_start > $3::timestamptz - make_interval(mins => $2)""";
  private static final String RECORD_FAILURE = """
      INSERT INTO status_failures AS f (key, window_start, failures)
      SELECT k, $3::timestamptz, 1 FROM unnest($1::text[]) AS k
      ON CONFLICT (key) DO UPDATE SET
        failures = CASE WHEN f.window_start <= $3::timestamptz - make_interval(mins => $2) THEN 1 ELSE f.failures + 1 END,
        window_start = CASE WHEN f.window_start <= $3::timestamptz - make_interval(mins => $2) THEN $3::timestamptz
                       ELSE f.window_start END
      RETURNING key, failures""";

  private final Pool pool;
  private final QueryCodes codes;
  private final Clock clock;
  private final String department;
  private final String departmentCode;
  private final Router router;
  private final boolean autoAccept;
  private final Lifecycle lifecycle;

  /** {@code department}, {@code departmentCode}: this deployment's department, its name and directory code. */
  public PgCaseRepository(Pool pool, QueryCodes codes, Lifecycle lifecycle, Clock clock, String department,
      String departmentCode, Router router, boolean autoAccept) {
    this.departmentCode = departmentCode;
    this.pool = pool;
    this.codes = codes;
    this.clock = clock;
    this.department = department;
    this.router = router;
    this.autoAccept = autoAccept;
    this.lifecycle = lifecycle;
  }

  private OffsetDateTime stamp() {
    return clock.instant().atOffset(ZoneOffset.UTC);
  }

  /** The moment recorded for an act that takes effect on a day: noon of that day in Beijing. */
  static OffsetDateTime moment(LocalDate on) {
    return on.atTime(12, 0).atOffset(ZoneOffset.ofHours(8));
  }

  /** Registers a matter (Art 17: every matter received is registered) on the given connection. */
  public Future<Registered> register(SqlClient conn, NewCase c) {
    Instant now = clock.instant();
    LocalDate today = LocalDate.ofInstant(now, CHINA);
    // Clocks run from receipt (Art 17); the number is the day of registration.
    LocalDate day = c.origin() != null && c.origin().receivedOn() != null ? c.origin().receivedOn() : today;
    String transferredFrom = c.origin() == null ? null : c.origin().transferredFrom();
    String code = codes.generate();
    OffsetDateTime at = now.atOffset(ZoneOffset.UTC);
    return priors(conn, c, day).compose(priors -> {
      Proposal proposal = router.propose(routingCase(c, day), priors);
      // Where the deployment allows it, a clear matter is accepted at once; the receipt tells the petitioner.
      boolean acceptNow = autoAccept && c.origin() == null && AutoAcceptance.clear(
          proposal.decision() == Proposal.Decision.ACCEPT, c.category(), c.subtype(), c.accused());
      Registration clocks = lifecycle.register(day, transferredFrom != null, acceptNow);
      Deadline notice = clocks.notice();
      return conn.preparedQuery(NEXT_SERIAL).execute(Tuple.of(today))
        .map(rows -> CaseNumber.of(today, rows.iterator().next().getInteger(0)))
        .compose(number -> conn.preparedQuery(INSERT_CASE).execute(Tuple.from(new Object[] {
                number, Buffer.buffer(codes.hmac(code)), c.channel(), c.conversationId(), c.anonymous(), c.name(),
                c.address(), c.phone(), c.location(), c.request(), c.facts(),
                (acceptNow ? CaseStatus.ACCEPTED : CaseStatus.REGISTERED).code(),
                department, c.lang(), at, day, notice.lastDay(), notice.estimated(), c.province(), c.city(),
                c.county(), c.town(), c.category(), c.kind(), c.since(), c.polluter(), c.affected(), c.accused(),
                c.disclosureConsent(), c.urgent(), c.placeCode(), c.matter(), ProposalJson.of(proposal),
                proposal.decision().name().toLowerCase(), proposal.department() == null ? null : proposal.department().code(),
                proposal.duplicateOf(), proposal.hotspot(), c.subtype(), transferredFrom == null, transferredFrom,
                clocks.objectionDue(), c.origin() == null ? null : c.origin().representatives(),
                acceptNow ? day : null, acceptNow ? clocks.handling().lastDay() : null,
                acceptNow && clocks.handling().estimated(), departmentCode}))
            .map(rows -> rows.iterator().next().getLong(0))
            .compose(id -> event(conn, id, at, "registered", "system:" + c.channel(), null, CaseStatus.REGISTERED.code(),
                    "第十七条", transferredFrom == null ? null : "转送、交办机关：" + transferredFrom, null, null)
                .compose(v -> event(conn, id, at, "routing_proposed", "system:routing", null, null,
                    String.join("、", proposal.articles()), proposal.reasonZh(), null, null))
                .compose(v -> conn.preparedQuery(INSERT_CROSS_INSTANCE_EVENT)
                    .execute(Tuple.of("case_registered", id, c.conversationId(), at)))
                .compose(v -> acceptNow ? acceptedInReceipt(conn, id, c, day, at) : Future.<Void>succeededFuture())
                .map(v -> new Registered(id, number, code, notice, proposal, clocks.handling()))));
    });
  }

  /** Accepted at registration: the history says by whom and why, and the receipt was the Art 17 notice. */
  private Future<Void> acceptedInReceipt(SqlClient conn, long id, NewCase c, LocalDate day, OffsetDateTime at) {
    return event(conn, id, at, "accept", "system:auto-accept", CaseStatus.REGISTERED.code(), CaseStatus.ACCEPTED.code(),
            "第十七条第一款第一项", "属于本级职责的履行法定职责事项，按部署设置于登记时受理", null, null)
        .compose(v -> event(conn, id, at, "notice_sent", "system:" + c.channel(), null, null, "第十七条",
            "told in the receipt", null, null))
        .compose(v -> conn.preparedQuery(TOLD_IN_RECEIPT).execute(Tuple.of(id, day, at)).mapEmpty());
  }

  private Future<List<PriorCase>> priors(SqlClient conn, NewCase c, LocalDate day) {
    return conn.preparedQuery(PRIORS).execute(Tuple.of(c.phone(), day.minusDays(router.hotspotDays()), c.polluter(),
        c.placeCode(), c.kind())).map(rows -> {
          List<PriorCase> out = new ArrayList<>();
          for (Row r : rows) {
            CaseStatus state = CaseStatus.of(r.getString("state"));
            boolean open = state != CaseStatus.CLOSED && state != CaseStatus.NOT_ACCEPTED && state != CaseStatus.REFERRED;
            boolean accepted = state == CaseStatus.ACCEPTED || state == CaseStatus.HANDLING || state == CaseStatus.TRANSFERRED;
            out.add(new PriorCase(r.getString("case_number"), r.getString("contact_phone"), r.getString("polluter"),
                r.getString("place_code"), r.getString("kind"), open, accepted, null, false,
                r.getLocalDate("received_date")));
          }
          return out;
        });
  }

  private static RoutingCase routingCase(NewCase c, LocalDate day) {
    Place place = c.placeCode() == null ? null
        : new Place(c.province(), c.city(), c.county(), c.town(), false, c.placeCode());
    return new RoutingCase(c.channel(), place, c.location() != null, c.category(),
        c.subtype(), c.accused(), c.matter(), null, c.urgent(), c.polluter(), c.phone(),
        c.kind(), String.join(" ", c.facts(), c.request(), c.accused() == null ? "" : c.accused()), day);
  }

  /** The case's row by number, locked until the transaction ends (two acts at once: one waits, then sees the version). */
  public Future<Optional<CaseRecord>> lock(SqlClient conn, String caseNumber) {
    return conn.preparedQuery(LOCK_BY_NUMBER).execute(Tuple.of(caseNumber)).map(PgCaseRepository::record);
  }

  /** The same by the case's id (a chat effect knows the id from the status query). */
  public Future<Optional<CaseRecord>> lock(SqlClient conn, long id) {
    return conn.preparedQuery(LOCK_BY_ID).execute(Tuple.of(id)).map(PgCaseRepository::record);
  }

  private static Optional<CaseRecord> record(Iterable<Row> rows) {
    var it = rows.iterator();
    if (!it.hasNext()) {
      return Optional.empty();
    }
    Row r = it.next();
    String[] recused = r.getArrayOfStrings("recused");
    CaseFacts facts = new CaseFacts(CaseStatus.of(r.getString("state")), r.getString("category"),
        r.getInteger("subtype"), Set.of(recused == null ? new String[0] : recused), r.getBoolean("extended"),
        r.getLocalDate("last_delivery"), r.getBoolean("hearing_open"), r.getLocalDate("received_date"),
        r.getBoolean("transferred_in"));
    return Optional.of(new CaseRecord(r.getLong("id"), facts, r.getLong("version"), r.getLocalDate("accepted_date"),
        r.getBoolean("fast_track"), r.getInteger("extension_days"), r.getLocalDate("received_date"),
        r.getLocalDate("notice_due"), r.getBoolean("notice_due_estimated"), r.getString("matter"),
        r.getLocalDate("handling_due"), r.getBoolean("handling_due_estimated"), r.getString("handling_basis"),
        r.getLocalDate("report_due"), r.getBoolean("report_due_estimated"), r.getBoolean("raised_directly"),
        r.getInteger("report_days")));
  }

  /** The hearings of a case as pauses of its clocks (Art 33); one still open counts up to {@code until}. */
  public Future<List<Pause>> hearings(SqlClient conn, long caseId, LocalDate until) {
    return conn.preparedQuery(HEARINGS).execute(Tuple.of(caseId)).map(rows -> {
      List<Pause> out = new ArrayList<>();
      LocalDate start = null;
      for (Row r : rows) {
        LocalDate d = LocalDate.ofInstant(r.getOffsetDateTime("at").toInstant(), CHINA);
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

  /**
   * Applies what the lifecycle decided, with its history entry; the new version, or empty when someone else
   * changed the case since it was read.
   */
  public Future<Optional<Long>> apply(SqlClient conn, CaseRecord c, Command cmd, CaseChange u, String publicText,
      JsonObject detail) {
    return conn.preparedQuery(APPLY).execute(Tuple.from(new Object[] {c.id(), u.status().code(),
            u.acceptedDate(), u.handlingDue(), u.handlingDueEstimated(), u.extended(), u.hearingOpen(), u.lastDelivery(),
            c.version(), u.extensionDays(), u.fastTrack(), u.noticeDue(), u.noticeDueEstimated(), u.handlingBasis(),
            u.reportDue(), u.reportDueEstimated(), stamp()}))
        .compose(rows -> {
          if (rows.size() == 0) {
            return Future.succeededFuture(Optional.<Long>empty());
          }
          long version = rows.iterator().next().getLong(0);
          return event(conn, c.id(), moment(cmd.on()), u.eventKind(), cmd.actor(), c.facts().status().code(),
                  u.status().code(), u.article(), cmd.reason(), publicText, detail)
              .compose(v -> conn.preparedQuery(INSERT_CROSS_INSTANCE_EVENT)
                  .execute(Tuple.of(u.eventKind(), c.id(), null, stamp())))
              .map(v -> Optional.of(version));
        });
  }

  /** An entry of the case's history that changes nothing else (a note, a petitioner's evaluation, a notice step). */
  public Future<Void> event(SqlClient conn, long caseId, OffsetDateTime at, String kind, String actor, String from,
      String to, String article, String reason, String publicText, JsonObject detail) {
    return conn.preparedQuery(EVENT).execute(Tuple.from(new Object[] {caseId, at, kind, actor, from, to, article,
        reason, publicText, detail})).mapEmpty();
  }

  /** The same, by case number; false: no such case. */
  public Future<Boolean> event(SqlClient conn, String caseNumber, LocalDate on, String kind, String actor,
      String article, String reason) {
    return conn.preparedQuery(ID_OF).execute(Tuple.of(caseNumber)).compose(rows -> rows.size() == 0
        ? Future.succeededFuture(false)
        : event(conn, rows.iterator().next().getLong(0), moment(on), kind, actor, null, null, article, reason, null,
            null).map(v -> true));
  }

  /** Staff attach a conversation to a case; false: no such case. */
  public Future<Boolean> attachConversation(SqlClient conn, String caseNumber, java.util.UUID conversation,
      String actor) {
    return conn.preparedQuery(ATTACH).execute(Tuple.of(caseNumber, conversation, stamp())).compose(rows -> rows.size() == 0
        ? Future.succeededFuture(false)
        : event(conn, rows.iterator().next().getLong(0), stamp(), "conversation_attached", actor, null, null, null,
            conversation.toString(), null, null).map(v -> true));
  }

  @Override
  public Future<Void> noticeStep(SqlClient conn, long caseId, OffsetDateTime at, String kind, String actor,
      String article, String reason) {
    return event(conn, caseId, at, kind, actor, null, null, article, reason, null, null);
  }

  @Override
  public Future<Void> replyDelivered(SqlClient conn, long caseId, LocalDate on) {
    return conn.preparedQuery(REPLY_DELIVERED).execute(Tuple.of(caseId, on, stamp())).mapEmpty();
  }

  /**
   * Art 21: a member of staff with a direct interest in the matter or the petitioner is recused, from then
   * on unable to read or act on the case. Empty: no such case; false: already recused.
   */
  public Future<Optional<Boolean>> recuse(SqlClient conn, String caseNumber, String who, String actor, String reason,
      LocalDate on) {
    return conn.preparedQuery(RECUSE).execute(Tuple.of(caseNumber, who, stamp())).compose(rows -> {
      if (rows.size() == 0) {
        return conn.preparedQuery(ID_OF).execute(Tuple.of(caseNumber))
            .map(r -> r.size() == 0 ? Optional.<Boolean>empty() : Optional.of(false));
      }
      long id = rows.iterator().next().getLong("id");
      return event(conn, id, moment(on), "recused", actor, null, null, "第二十一条第三款", reason, null,
          new JsonObject().put("who", who)).map(v -> Optional.of(true));
    });
  }

  /** The stored HMAC and the public view of a case, if the number exists. */
  Future<Optional<StoredStatus>> findStatus(SqlClient conn, String caseNumber) {
    return conn.preparedQuery(STATUS).execute(Tuple.of(caseNumber)).map(rows -> {
      if (rows.size() == 0) {
        return Optional.empty();
      }
      Row r = rows.iterator().next();
      List<StatusView.PublicReply> replies = new ArrayList<>();
      Object json = r.getValue("replies");
      JsonArray arr = json instanceof JsonArray a ? a : new JsonArray(String.valueOf(json));
      for (int i = 0; i < arr.size(); i++) {
        JsonObject o = arr.getJsonObject(i);
        replies.add(new StatusView.PublicReply(OffsetDateTime.parse(o.getString("at")).toInstant(), o.getString("text")));
      }
      List<StatusView.Step> timeline = new ArrayList<>();
      Object t = r.getValue("timeline");
      JsonArray steps = t instanceof JsonArray a ? a : new JsonArray(String.valueOf(t));
      for (int i = 0; i < steps.size(); i++) {
        JsonObject o = steps.getJsonObject(i);
        timeline.add(new StatusView.Step(OffsetDateTime.parse(o.getString("at")).toInstant(),
            CaseStatus.of(o.getString("state"))));
      }
      StatusView view = new StatusView(r.getString("case_number"), CaseStatus.of(r.getString("state")),
          r.getString("department"), r.getLocalDate("received_date"), r.getLocalDate("notice_due"),
          r.getBoolean("notice_due_estimated"), List.copyOf(replies), List.copyOf(timeline),
          r.getLocalDate("accepted_date"), r.getLocalDate("handling_due"), r.getBoolean("handling_due_estimated"));
      return Optional.of(new StoredStatus(r.getLong("id"), r.getBuffer("query_code_hmac").getBytes(), view));
    });
  }

  /** Failures per key within the window. */
  Future<Map<String, Integer>> failures(SqlClient conn, List<String> keys, int windowMinutes) {
    return conn.preparedQuery(FAILURES).execute(Tuple.of(keys.toArray(new String[0]), windowMinutes, stamp()))
        .map(PgCaseRepository::counts);
  }

  /** Counts one more failure for each key and returns the new counts. */
  Future<Map<String, Integer>> recordFailure(SqlClient conn, List<String> keys, int windowMinutes) {
    return conn.preparedQuery(RECORD_FAILURE).execute(Tuple.of(keys.toArray(new String[0]), windowMinutes, stamp()))
        .map(PgCaseRepository::counts);
  }

  private static Map<String, Integer> counts(Iterable<Row> rows) {
    Map<String, Integer> m = new HashMap<>();
    rows.forEach(r -> m.put(r.getString(0), r.getInteger(1)));
    return m;
  }

  record StoredStatus(long id, byte[] hmac, StatusView view) {}

  /** How many written replies were delivered (送达) to the petitioner: an evaluation needs one (Art 16). */
  public Future<Integer> deliveries(SqlClient conn, long caseId) {
    return conn.preparedQuery(DELIVERIES).execute(Tuple.of(caseId)).map(rows -> rows.iterator().next().getInteger(0));
  }

  /** The pool, for callers outside a transaction of their own (a public status query). */
  public Pool pool() {
    return pool;
  }
}
