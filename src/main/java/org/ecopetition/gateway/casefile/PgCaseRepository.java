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
import java.util.function.Function;
import org.ecopetition.gateway.calendar.Deadline;
import org.ecopetition.gateway.calendar.WorkCalendar;
import org.ecopetition.gateway.lifecycle.AutoAcceptance;
import org.ecopetition.gateway.lifecycle.CaseFacts;
import org.ecopetition.gateway.lifecycle.CaseStatus;
import org.ecopetition.gateway.lifecycle.ClockSpec;
import org.ecopetition.gateway.lifecycle.Clocks;
import org.ecopetition.gateway.lifecycle.Command;
import org.ecopetition.gateway.lifecycle.Outcome;
import org.ecopetition.gateway.lifecycle.Procedure;
import org.ecopetition.gateway.nlp.Place;
import org.ecopetition.gateway.routing.PriorCase;
import org.ecopetition.gateway.routing.Proposal;
import org.ecopetition.gateway.routing.Router;
import org.ecopetition.gateway.routing.RoutingCase;

/** Cases in PostgreSQL. Registration runs on the caller's connection, inside the caller's transaction. */
public final class PgCaseRepository {
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
        objection_due, representatives, updated_at)
      VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19, $20, $21,
        $22, $23, $24, $25, $26, $27, $28, $29, $30, $31, $32, $33, $34, $35, $36, $37, $38, $39, $40, $41, $42, $15)
      RETURNING id""";
  /** Earlier cases that may make this one a repeat (same phone) or a hotspot (same polluter, place and kind). */
  private static final String PRIORS = """
      SELECT case_number, contact_phone, polluter, place_code, kind, state, received_date FROM cases
      WHERE (contact_phone = $1)
         OR (received_date >= $2 AND (polluter = $3 OR (place_code = $4 AND kind = $5)))
      ORDER BY id DESC LIMIT 500""";
  private static final String INSERT_EVENT = """
      INSERT INTO case_events (case_id, at, kind, actor, state_to, article, reason)
      VALUES ($1, $2, $3, $4, $5, $6, $7)""";
  private static final String AUTO_ACCEPT = """
      UPDATE cases SET state = 'accepted', accepted_date = $2, handling_due = $3, handling_due_estimated = $4,
             version = version + 1, updated_at = $5
      WHERE id = $1""";
  /** Art 17: told on the spot (当场告知), in the receipt the chat shows. */
  private static final String TOLD_IN_RECEIPT = """
      INSERT INTO notices (case_id, act, channel, status, text, article, due, sent_on, created_at, next_attempt_at)
      VALUES ($1, 'accept', 'web', 'sent', '登记回执中当场告知受理', '第十七条', $2, $2, $3, $3)""";
  private static final String LOCK_FACTS = """
      SELECT state, category, subtype, recused, extended, last_delivery, hearing_open, received_date,
             transferred_from IS NOT NULL AS transferred_in
      FROM cases WHERE id = $1 FOR UPDATE""";
  private static final String SET_STATE = """
      UPDATE cases SET state = $2, version = version + 1, updated_at = $5, handling_due = coalesce($3, handling_due),
             handling_due_estimated = coalesce($4, handling_due_estimated)
      WHERE id = $1""";
  private static final String INSERT_ACT = """
      INSERT INTO case_events (case_id, at, kind, actor, state_from, state_to, article, reason)
      VALUES ($1, $2, $3, $4, $5, $6, $7, $8)""";
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
  private final Router router;
  private final boolean autoAccept;
  private final Clocks clocks;
  private final List<ClockSpec> clockSpecs = ClockSpec.bundled();

  public PgCaseRepository(Pool pool, QueryCodes codes, WorkCalendar calendar, Clock clock, String department,
      Router router, boolean autoAccept) {
    this.pool = pool;
    this.codes = codes;
    this.clock = clock;
    this.department = department;
    this.router = router;
    this.autoAccept = autoAccept;
    this.clocks = new Clocks(calendar);
  }

  private OffsetDateTime stamp() {
    return clock.instant().atOffset(ZoneOffset.UTC);
  }

  /** Registers a matter (Art 17: every matter received is registered) on the given connection. */
  public Future<Registered> register(SqlClient conn, NewCase c) {
    Instant now = clock.instant();
    LocalDate today = LocalDate.ofInstant(now, CHINA);
    // Clocks run from receipt (Art 17); the number is the day of registration.
    LocalDate day = c.origin() != null && c.origin().receivedOn() != null ? c.origin().receivedOn() : today;
    String transferredFrom = c.origin() == null ? null : c.origin().transferredFrom();
    // Art 17: decided and told within 15 days of receipt, the "notice" row of clocks.tsv.
    Deadline notice = clocks.due(ClockSpec.byId(clockSpecs, "notice").orElseThrow(), day, List.of(), false, 0);
    LocalDate objectionDue = transferredFrom == null ? null
        : clocks.due(ClockSpec.byId(clockSpecs, "objection").orElseThrow(), day, List.of(), false, 0).lastDay();
    String code = codes.generate();
    OffsetDateTime at = now.atOffset(ZoneOffset.UTC);
    return priors(conn, c, day).compose(priors -> {
      Proposal proposal = router.propose(routingCase(c, day), priors);
      return conn.preparedQuery(NEXT_SERIAL).execute(Tuple.of(today))
        .map(rows -> CaseNumber.of(today, rows.iterator().next().getInteger(0)))
        .compose(number -> conn.preparedQuery(INSERT_CASE).execute(Tuple.from(new Object[] {
                number, Buffer.buffer(codes.hmac(code)), c.channel(), c.conversationId(), c.anonymous(), c.name(),
                c.address(), c.phone(), c.location(), c.request(), c.facts(), CaseStatus.REGISTERED.code(),
                department, c.lang(), at, day, notice.lastDay(), notice.estimated(), c.province(), c.city(),
                c.county(), c.town(), c.category(), c.kind(), c.since(), c.polluter(), c.affected(), c.accused(),
                c.disclosureConsent(), c.urgent(), c.placeCode(), c.matter(), ProposalJson.of(proposal),
                proposal.decision().name().toLowerCase(), proposal.department() == null ? null : proposal.department().code(),
                proposal.duplicateOf(), proposal.hotspot(), c.subtype(), transferredFrom == null, transferredFrom,
                objectionDue, c.origin() == null ? null : c.origin().representatives()}))
            .map(rows -> rows.iterator().next().getLong(0))
            .compose(id -> conn.preparedQuery(INSERT_EVENT)
                .execute(Tuple.of(id, at, "registered", "system:" + c.channel(), CaseStatus.REGISTERED.code(),
                    "第十七条", transferredFrom == null ? null : "转送、交办机关：" + transferredFrom))
                .compose(v -> conn.preparedQuery(INSERT_EVENT).execute(Tuple.of(id, at, "routing_proposed",
                    "system:routing", null, String.join("、", proposal.articles()), proposal.reasonZh())))
                .compose(v -> conn.preparedQuery(INSERT_CROSS_INSTANCE_EVENT)
                    .execute(Tuple.of("case_registered", id, c.conversationId(), at)))
                .compose(v -> autoAccept(conn, id, c, proposal, day, at))
                .map(handling -> new Registered(id, number, code, notice, proposal, handling))));
    });
  }

  /**
   * Where the deployment allows it, a clear matter is accepted in the registration's transaction; the
   * receipt tells the petitioner, which is the Art 17 notice. Returns the handling deadline, or null.
   */
  private Future<Deadline> autoAccept(SqlClient conn, long id, NewCase c, Proposal proposal, LocalDate day,
      OffsetDateTime at) {
    if (!autoAccept || c.origin() != null || !AutoAcceptance.clear(proposal.decision() == Proposal.Decision.ACCEPT, c.category(),
        c.subtype(), c.accused())) {
      return Future.succeededFuture(null);
    }
    Deadline due = clocks.due(ClockSpec.byId(clockSpecs, "perform").orElseThrow(), day, List.of(), false, 0);
    return conn.preparedQuery(AUTO_ACCEPT).execute(Tuple.of(id, day, due.lastDay(), due.estimated(), at))
        .compose(v -> conn.preparedQuery(INSERT_EVENT).execute(Tuple.of(id, at, "accept", "system:auto-accept",
            CaseStatus.ACCEPTED.code(), "第十七条第一款第一项", "属于本级职责的履行法定职责事项，按部署设置于登记时受理")))
        .compose(v -> conn.preparedQuery(INSERT_EVENT).execute(Tuple.of(id, at, "notice_sent", "system:" + c.channel(),
            null, "第十七条", "told in the receipt")))
        .compose(v -> conn.preparedQuery(TOLD_IN_RECEIPT).execute(Tuple.of(id, day, at)))
        .map(v -> due);
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

  /** The stored HMAC and the public view of a case, if the number exists. */
  Future<Optional<StoredStatus>> findStatus(String caseNumber) {
    return pool.preparedQuery(STATUS).execute(Tuple.of(caseNumber)).map(rows -> {
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
  Future<Map<String, Integer>> failures(List<String> keys, int windowMinutes) {
    return pool.preparedQuery(FAILURES).execute(Tuple.of(keys.toArray(new String[0]), windowMinutes, stamp()))
        .map(PgCaseRepository::counts);
  }

  /** Counts one more failure for each key and returns the new counts. */
  Future<Map<String, Integer>> recordFailure(List<String> keys, int windowMinutes) {
    return pool.preparedQuery(RECORD_FAILURE).execute(Tuple.of(keys.toArray(new String[0]), windowMinutes, stamp()))
        .map(PgCaseRepository::counts);
  }

  private static Map<String, Integer> counts(Iterable<Row> rows) {
    Map<String, Integer> m = new HashMap<>();
    rows.forEach(r -> m.put(r.getString(0), r.getInteger(1)));
    return m;
  }

  record StoredStatus(long id, byte[] hmac, StatusView view) {}

  /** The petitioner's own acts on a case (a review request, an evaluation), appended to its history. */
  public Future<Void> recordPetitionerAct(long caseId, String kind, String reason, String channel) {
    return pool.preparedQuery(INSERT_EVENT)
        .execute(Tuple.of(caseId, stamp(), kind, "petitioner:" + channel, null, null, reason))
        .compose(v -> pool.preparedQuery(INSERT_CROSS_INSTANCE_EVENT).execute(Tuple.of(kind, caseId, null, stamp())))
        .mapEmpty();
  }

  /**
   * A petitioner's request that moves the case (review, re-review): the case row locked, the procedure
   * decides on the facts as they are now, and an applied act changes the state and is recorded in one
   * transaction; a rejection changes nothing.
   */
  public Future<Outcome> petitionerAct(long caseId, Function<CaseFacts, Command> command, Procedure procedure,
      String kind) {
    return pool.withTransaction(conn -> conn.preparedQuery(LOCK_FACTS).execute(Tuple.of(caseId)).compose(rows -> {
      CaseFacts facts = facts(rows.iterator().next());
      Command cmd = command.apply(facts);
      Outcome o = procedure.apply(facts, cmd);
      if (!(o instanceof Outcome.Applied a)) {
        return Future.succeededFuture(o);
      }
      String to = a.status().code();
      Optional<Deadline> reply = clocks.reviewReplyDue(a.status(), cmd.on(), clockSpecs);
      return conn.preparedQuery(SET_STATE).execute(Tuple.of(caseId, to, reply.map(Deadline::lastDay).orElse(null),
              reply.map(Deadline::estimated).orElse(null), stamp()))
          .compose(v -> conn.preparedQuery(INSERT_ACT).execute(Tuple.from(new Object[] {caseId,
              stamp(), kind, cmd.actor(), facts.status().code(), to,
              a.article(), cmd.reason()})))
          .compose(v -> conn.preparedQuery(INSERT_CROSS_INSTANCE_EVENT).execute(Tuple.of(kind, caseId, null, stamp())))
          .map(v -> o);
    }));
  }

  /** What the procedure decides on, from a row with the columns of {@code LOCK_FACTS}. */
  public static CaseFacts facts(Row r) {
    String[] recused = r.getArrayOfStrings("recused");
    return new CaseFacts(CaseStatus.of(r.getString("state")), r.getString("category"),
        r.getInteger("subtype"), Set.of(recused == null ? new String[0] : recused), r.getBoolean("extended"),
        r.getLocalDate("last_delivery"), r.getBoolean("hearing_open"), r.getLocalDate("received_date"),
        r.getBoolean("transferred_in"));
  }

  /** How many written replies were delivered (送达) to the petitioner: an evaluation needs one (Art 16). */
  public Future<Integer> deliveries(long caseId) {
    return pool.preparedQuery(DELIVERIES).execute(Tuple.of(caseId)).map(rows -> rows.iterator().next().getInteger(0));
  }
}
