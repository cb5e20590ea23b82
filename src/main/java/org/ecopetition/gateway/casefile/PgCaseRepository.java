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
import org.ecopetition.gateway.config.GatewayConfig;
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
import org.ecopetition.gateway.routing.Department;
import org.ecopetition.gateway.routing.PriorCase;
import org.ecopetition.gateway.routing.Proposal;
import org.ecopetition.gateway.routing.Router;
import org.ecopetition.gateway.routing.RoutingCase;
import org.ecopetition.gateway.security.AtRest;

/**
 * Cases in PostgreSQL, and the one writer of the case tables ({@code cases}, {@code case_events},
 * {@code case_serials}): registration, the changes the lifecycle decides, and the history entries of everything
 * else that happens to a case. Every write runs on the caller's connection, inside the caller's transaction.
 */
public final class PgCaseRepository implements CaseHistory {
  public static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

  /**
   * A registration in one statement (issue 16 §2): the day's serial, the case, its history entries in order, the Art 17
   * notice told in the receipt ($65) and the cross-instance event — one round trip where there were up to eleven. The
   * case number is the day's prefix ($1) and the serial; the caller checks the serial's range. The case_status and
   * foreign-key triggers run at the end of the statement, when every row is in place.
   */
  private static final String REGISTER = """
      WITH serial AS (
        INSERT INTO case_serials (day, last_serial) VALUES ($57, 1)
        ON CONFLICT (day) DO UPDATE SET last_serial = case_serials.last_serial + 1
        RETURNING last_serial),
      c AS (
        INSERT INTO cases (case_number, query_code_hmac, channel, conversation_id, anonymous, petitioner_name,
          petitioner_address, contact_phone, location, request, facts, state, department, lang,
          received_at, received_date, notice_due, notice_due_estimated, province, city, county, town, category,
          kind, since, polluter, affected, accused, disclosure_consent, urgent, place_code, matter, proposal,
          proposed_decision, proposed_department, repeat_of, hotspot, subtype, raised_directly, transferred_from,
          objection_due, representatives, updated_at, accepted_date, handling_due, handling_due_estimated,
          responsible_code, facts_redacted, request_redacted, accused_codes, contact_phone_hash, contact_mobile,
          affected_text, affected_unit, affected_count, affected_min, affected_max, electronic_delivery)
        SELECT $1 || lpad(serial.last_serial::text, 5, '0'), $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14,
          $15, $16, $17, $18, $19, $20, $21, $22, $23, $24, $25, $26, $27, $28, $29, $30, $31, $32, $33, $34, $35, $36,
          $37, $38, $39, $40, $41, $42, $15, $43, $44, $45, $46, $47, $48, $49, $50, $51, $52, $53, $54, $55, $56, $58
        FROM serial
        RETURNING id, case_number),
      history AS (
        INSERT INTO case_events (case_id, at, kind, actor, state_from, state_to, article, reason, recorded_at)
        SELECT c.id, $15, e.kind, e.actor, e.state_from, e.state_to, e.article, e.reason, $15
        FROM c, unnest($59::text[], $60::text[], $61::text[], $62::text[], $63::text[], $64::text[])
          WITH ORDINALITY AS e (kind, actor, state_from, state_to, article, reason, n)
        ORDER BY e.n),
      told AS (
        INSERT INTO notices (case_id, act, channel, status, text, article, due, sent_on, created_at, next_attempt_at)
        SELECT c.id, 'accept', 'web', 'sent', '登记回执中当场告知受理', '第十七条', $16, $16, $15, $15 FROM c WHERE $65),
      woken AS (
        INSERT INTO events (kind, case_id, conversation_id, at) SELECT 'case_registered', c.id, $4, $15 FROM c)
      SELECT c.id, c.case_number, serial.last_serial FROM c, serial""";
  /**
   * Earlier cases that may make this one a repeat (same phone) or a hotspot (same polluter, place and kind), issue 16:
   * the petitioner's own ({@code mine}: the phone's keyed hash, $1; or, for a phone without digits ($7), a case in the window
   * whose phone has none either, as before: such texts are compared as written) that can be the same matter — the same place and kind, or one polluter within the other
   * without whitespace ($6: the new case's polluter so, null under three characters; $8 the whitespace the router
   * strips) — newest first, with the sealed phone to compare exactly when routing asks; and of everyone else's in the
   * window ($2) with the same place and kind, or the same polluter, at most $9 by each rule (the threshold less one:
   * routing counts them against it, so more change nothing), along their indexes, no phone. Every case the router
   * would weigh is here; the rest it passed over are not read. Planned with its parameters at every call (it begins
   * with PgUrl.CUSTOM_PLAN, so the client keeps it unprepared): PostgreSQL's plan cache chose the generic plan for it
   * in some connections, and that plan read the whole cases table (393 of 397 slow calls in the chat benchmark: a
   * sequential scan, 10.8 ms each), against 16 buffers with its parameters (pgcpu). A phone without digits ($7) has
   * V38's index. {@code $11}: a case left out (a corrected case's routing made again weighs the others, not itself),
   * null at registration.
   */
  static final String PRIORS = """
      /* custom plan */ WITH mine AS (
        SELECT id, case_number, contact_phone, polluter, place_code, kind, state, received_date, responsible_code,
               conversation_id
        FROM cases
        WHERE (contact_phone_hash = ANY($1)
            OR ($7 AND contact_phone_hash IS NULL AND contact_phone IS NOT NULL AND received_date >= $2))
          AND ($11::bigint IS NULL OR id <> $11)
          AND ((place_code = $4 AND kind = $5) OR strpos($6::text, translate(polluter, $8, '')) > 0
            OR strpos(translate(polluter, $8, ''), $6::text) > 0)
        ORDER BY id DESC LIMIT 500),
      others AS (
        (SELECT id, case_number, polluter, place_code, kind, state, received_date, responsible_code FROM cases
         WHERE place_code = $4 AND kind = $5 AND received_date >= $2 AND ($11::bigint IS NULL OR id <> $11)
           AND NOT (coalesce(contact_phone_hash = ANY($1), false)
             OR ($7 AND contact_phone_hash IS NULL AND contact_phone IS NOT NULL))
         ORDER BY received_date DESC LIMIT $9)
        UNION
        (SELECT id, case_number, polluter, place_code, kind, state, received_date, responsible_code FROM cases
         WHERE polluter = $3 AND $6::text IS NOT NULL AND received_date >= $2 AND ($11::bigint IS NULL OR id <> $11)
           AND NOT (coalesce(contact_phone_hash = ANY($1), false)
             OR ($7 AND contact_phone_hash IS NULL AND contact_phone IS NOT NULL))
         ORDER BY received_date DESC LIMIT $9))
      SELECT id, case_number, contact_phone, polluter, place_code, kind, state, received_date, responsible_code,
             coalesce(conversation_id = $10, false) AS same_source FROM mine
      UNION ALL
      SELECT id, case_number, NULL, polluter, place_code, kind, state, received_date, responsible_code, false FROM others
      ORDER BY id DESC""";
  /** The whitespace {@link Router#stripped} takes out of a polluter ({@code \\s}), for SQL's translate. */
  private static final String WHITESPACE = " \t\n\013\f\r";
  private static final String RECORD_COLUMNS = """
      id, state, category, subtype, recused, extended, last_delivery, hearing_open, version, accepted_date,
      fast_track, extension_days, received_date, notice_due, notice_due_estimated, matter, handling_due,
      handling_due_estimated, handling_basis, report_due, report_due_estimated, raised_directly,
      transferred_from IS NOT NULL AS transferred_in,
      CASE WHEN (proposal ->> 'reportRequired')::boolean THEN (proposal ->> 'reportDays')::int END AS report_days,
      last_act_on, review_stage, opinion_by, review_body, proposed_department, responsible_code, department,
      referred_to, reply_issued_on, accused_codes, accused_confirmed_at IS NOT NULL AS accused_confirmed""";
  /**
   * An act's lock on the case's row: FOR NO KEY UPDATE, the lock its own update takes — two acts still wait for each
   * other, but a row written beside the case (its history, a supplement, a photo: a key share) does not wait for an
   * act, which may itself wait for that writer's conversation (its notice).
   */
  private static final String LOCK_BY_NUMBER = "SELECT " + RECORD_COLUMNS
      + " FROM cases WHERE case_number = $1 FOR NO KEY UPDATE";
  private static final String LOCK_BY_ID = "SELECT " + RECORD_COLUMNS + " FROM cases WHERE id = $1 FOR NO KEY UPDATE";
  private static final String APPLY = """
      UPDATE cases SET state = $2, version = version + 1, updated_at = $17, accepted_date = $3, handling_due = $4,
             handling_due_estimated = $5, extended = $6, hearing_open = $7, last_delivery = $8,
             extension_days = $10, fast_track = $11, notice_due = $12, notice_due_estimated = $13,
             handling_basis = $14, report_due = $15, report_due_estimated = $16, responsible_code = $18,
             department = $19, referred_to = $20, opinion_by = $21, review_body = $22, review_stage = $23,
             last_act_on = $24, reply_issued_on = $25
      WHERE id = $1 AND version = $9 RETURNING version""";
  private static final String EVENT = """
      INSERT INTO case_events (case_id, at, kind, actor, state_from, state_to, article, reason, public_text, detail,
        recorded_at, late_clock, late_due, responsible_code)
      VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14)""";
  private static final String HEARINGS = """
      SELECT kind, at FROM case_events WHERE case_id = $1 AND kind IN ('hearing_started', 'hearing_ended') ORDER BY id""";
  private static final String RECUSE = """
      UPDATE cases SET recused = array_append(recused, $2), version = version + 1, updated_at = $3
      WHERE case_number = $1 AND NOT ($2 = ANY(recused)) RETURNING id, version""";
  /** The written reply awaiting delivery is delivered (送达): the first delivery counts, once. */
  private static final String REPLY_DELIVERED = """
      UPDATE cases SET last_delivery = $2, version = version + 1, updated_at = $3
      WHERE id = $1 AND last_delivery IS NULL AND ($4 OR electronic_delivery) RETURNING id""";
  private static final String ELECTRONIC_CONSENT = """
      UPDATE cases SET electronic_delivery = $2, version = version + 1, updated_at = $3 WHERE case_number = $1
      RETURNING id""";
  /** Open cases with a deadline estimated beyond the calendar, and the day their review request was received. */
  private static final String ESTIMATED = """
      SELECT c.id, (SELECT e.at FROM case_events e WHERE e.case_id = c.id
                      AND e.kind IN ('request_review', 'request_rereview') ORDER BY e.id DESC LIMIT 1) AS review_at
      FROM cases c
      WHERE (c.notice_due_estimated AND c.state IN ('registered', 'objected'))
         OR (c.handling_due_estimated AND c.state IN ('accepted', 'handling', 'review_requested', 'rereview_requested'))
      ORDER BY c.id""";
  private static final String RECOMPUTED = """
      UPDATE cases SET notice_due = $2, notice_due_estimated = $3, handling_due = $4, handling_due_estimated = $5,
             version = version + 1, updated_at = $6
      WHERE id = $1""";
  /**
   * A person confirms the redacted copy (correction 2), optionally correcting it: the copy as confirmed, by whom and
   * when. An accusation's copy is never for the reported party, but may still be confirmed for roles without need.
   */
  private static final String CONFIRM_REDACTION = """
      UPDATE cases SET facts_redacted = coalesce($2::text, facts_redacted),
             request_redacted = coalesce($3::text, request_redacted),
             redaction_confirmed_by = $4, redaction_confirmed_at = $5, version = version + 1, updated_at = $5
      WHERE case_number = $1 AND (facts_redacted IS NOT NULL OR $2::text IS NOT NULL)
        AND (request_redacted IS NOT NULL OR $3::text IS NOT NULL OR request = '')
      RETURNING id, facts_redacted, request_redacted""";
  private static final String ID_OF = "SELECT id FROM cases WHERE case_number = $1";
  /**
   * The case a petitioner's supplement goes to — only one raised in the same conversation — with the identities it
   * knows (sealed) and the reported party's names, for the copy's masking. Not locked: the turn holds its conversation's
   * lock, and a staff act holds the case's row before it takes that lock (its notice to the conversation).
   */
  private static final String SUPPLEMENT_TARGET = """
      SELECT id, petitioner_name, contact_phone, petitioner_address, accused, polluter, urgent
      FROM cases WHERE case_number = $1 AND conversation_id = $2""";
  /**
   * A petitioner's supplement (V47) on the case's history; the case marked as having something new for its handler
   * (V48) and the consoles told (an events row: its NOTIFY carries the conversation and the case number, ids only).
   * Inserts only: the case's row is read, never locked (they share its key with a staff act's update).
   */
  private static final String SUPPLEMENT = """
      WITH added AS (
        INSERT INTO case_events (case_id, at, kind, actor, reason, recorded_at) VALUES ($1, $2, 'supplement', $3, $4, $5)
        RETURNING case_id),
      marked AS (
        INSERT INTO case_news (case_id, since) SELECT case_id, $2 FROM added ON CONFLICT (case_id) DO NOTHING)
      INSERT INTO events (kind, conversation_id, case_id, detail, at)
      SELECT 'case_news', c.conversation_id, c.id, c.case_number, $5 FROM cases c JOIN added a ON a.case_id = c.id""";
  /**
   * Art 19 found after registration: the case marked urgent once, with its history entry (the lifecycle decided).
   * {@code $8}: skip a row another transaction holds (the turn's own lock order; see {@link #markUrgent}).
   */
  private static final String URGENT = """
      WITH free AS (
        SELECT id FROM cases WHERE id = $1 AND NOT coalesce(urgent, false) FOR NO KEY UPDATE SKIP LOCKED),
      waited AS (
        SELECT id FROM cases WHERE id = $1 AND NOT coalesce(urgent, false) AND NOT $8 FOR NO KEY UPDATE),
      marked AS (
        UPDATE cases SET urgent = true, version = version + 1, updated_at = $5
        WHERE id IN (SELECT id FROM free UNION SELECT id FROM waited) RETURNING id)
      INSERT INTO case_events (case_id, at, kind, actor, article, reason, recorded_at)
      SELECT id, $2, $6, $3, $7, $4, $5 FROM marked RETURNING case_id""";
  /**
   * A handler's act "已阅" (read) on what the petitioner added (V48): the mark cleared and the act on the case's history
   * (kind {@code news_read}: who, when, since when it was new), in one statement. {@code id} null: no such case; {@code
   * seen} 0: nothing was new.
   */
  private static final String NEWS_READ = """
      WITH c AS (SELECT id FROM cases WHERE case_number = $1),
      seen AS (DELETE FROM case_news n USING c WHERE n.case_id = c.id RETURNING n.case_id, n.since),
      logged AS (
        INSERT INTO case_events (case_id, at, kind, actor, reason, recorded_at)
        SELECT case_id, $2, 'news_read', $3, $4, $2 FROM seen RETURNING case_id)
      SELECT (SELECT id FROM c) AS id, (SELECT count(*) FROM logged)::int AS seen""";
  /** A conversation attached to a case raised in it again; a case keeps the conversation it came from. */
  private static final String ATTACH = """
      UPDATE cases SET conversation_id = coalesce(conversation_id, $2), version = version + 1, updated_at = $3
      WHERE case_number = $1 RETURNING id""";
  private static final String INSERT_CROSS_INSTANCE_EVENT =
      "INSERT INTO events (kind, case_id, conversation_id, at) VALUES ($1, $2, $3, $4)";
  /**
   * The public status of a case (issue 16 §4): one row of the read model V30 keeps in the same transaction as every
   * change to the case, its events and its photos — one index lookup instead of five scans, two sorts and an
   * aggregate per query. Its columns are read by position ({@link #statusOf}, in this order): a row's lookup by name
   * is a linear search of the column names, and an answer reads 27 of them.
   */
  private static final String STATUS_COLUMNS = """
      s.id, s.case_number, s.query_code_hmac, s.state, s.department, s.received_date, s.notice_due,
      s.notice_due_estimated, s.conversation_id, s.device_hash, s.reply_at, s.reply_text, s.step_at,
      s.step_state, s.accepted_date, s.handling_due, s.handling_due_estimated, s.referred_to, s.report_due,
      s.report_due_estimated, s.last_delivery, s.reply_issued_on, s.electronic_delivery, s.review_stage,
      s.referral_reason, s.letter, s.photos""";
  private static final String DELIVERIES =
      "SELECT count(*)::int FROM case_events WHERE case_id = $1 AND kind = 'reply_delivered'";
  private static final String ATTEMPT = "SELECT status_attempt($1, $2, $3, $4, $5, $6, $7, $8)";
  /**
   * An uncached status query in one round trip (issue 16 §4): the case's read-model row ({@code case_status}) and the
   * bounds checked in the same statement, a plain join (the CTEs of V29's form cost more than the lookup). The
   * caller's two key sets differ only by the per-case key, which counts unless the asker is the case's own device ($13 its conversation, $14 its device token's hash); the code is right when its
   * HMAC ($8, null for a malformed code) is the stored one. With the right code the statement writes nothing (V29:
   * no row, no row lock, no transaction id, so nothing to flush at commit); a wrong code or an unknown case counts its
   * failure in it.
   */
  private static final String STATUS_AND_ATTEMPT = "SELECT " + STATUS_COLUMNS + """
      , status_attempt(CASE WHEN o.own THEN $2::text[] ELSE $3::text[] END,
          CASE WHEN o.own THEN $4::int[] ELSE $5::int[] END, CASE WHEN o.own THEN $6::int[] ELSE $7::int[] END,
          coalesce(s.query_code_hmac = $8, false), $9, $10, $11, $12) AS wait
      FROM (VALUES (1)) AS one LEFT JOIN case_status s ON s.case_number = $1
        CROSS JOIN LATERAL (SELECT coalesce(s.conversation_id = $13 OR s.device_hash = $14, false) AS own) o""";

  /**
   * The status of a case read by the conversation it came from (the conversation is its owner): no code, no attempt
   * counted — nothing is guessed, the number is the one the conversation registered.
   */
  private static final String STATUS_OWNED = "SELECT " + STATUS_COLUMNS
      + " FROM case_status s WHERE s.case_number = $1 AND s.conversation_id = $2";

  /** States in which a matter is no longer pending anywhere (a repeat of it is not "in progress", Art 18(1)). */
  private static final Set<CaseStatus> ENDED = java.util.EnumSet.of(CaseStatus.CLOSED, CaseStatus.NOT_ACCEPTED,
      CaseStatus.REFERRED, CaseStatus.FINAL, CaseStatus.RETURNED);

  private final Pool pool;
  private final QueryCodes codes;
  private final Clock clock;
  private final String department;
  private final String departmentCode;
  private final Router router;
  private final boolean autoAccept;
  private final Lifecycle lifecycle;
  private final Redactor redactor;

  private final org.ecopetition.gateway.security.DataKeys keys;
  private final AtRest atRest;

  /**
   * {@code department}, {@code departmentCode}: this deployment's department, its name and directory code;
   * {@code keys}: seal the petitioner's phone and hash it for lookups (issue 11 §6).
   */
  public PgCaseRepository(Pool pool, QueryCodes codes, Lifecycle lifecycle, Clock clock, String department,
      String departmentCode, Router router, boolean autoAccept, Redactor redactor,
      org.ecopetition.gateway.security.DataKeys keys) {
    this.redactor = redactor;
    this.keys = keys;
    this.atRest = new AtRest(keys);
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
    return register(conn, c, Map.of(), List.of(), earlier(conn, c));
  }

  /**
   * The earlier cases {@code c}'s routing weighs (a repeat, a hotspot), read on the connection now: a caller that knows
   * the matter before its turn's other statements are answered sends this read with them (one round trip less).
   */
  public Future<List<PriorCase>> earlier(SqlClient conn, NewCase c) {
    return priors(conn, c, receivedOn(c));
  }

  /** The day the clocks run from (Art 17): the day of receipt, the day of registration unless transferred in. */
  private LocalDate receivedOn(NewCase c) {
    return c.origin() != null && c.origin().receivedOn() != null ? c.origin().receivedOn()
        : LocalDate.ofInstant(clock.instant(), CHINA);
  }

  /**
   * An entry of the case's history its registration writes after its own (registration, routing, acceptance,
   * consent): what the petitioner was told in the conversation before it, say. No public text, no detail.
   */
  public record Entry(String kind, String actor, String article, String reason) {}

  /**
   * As above; {@code read}: texts the extractor read before, with their identity spans (a chat's typed messages), so
   * that the redacted copy does not read them again; {@code also}: history entries written with the registration,
   * in the same statement; {@code earlier}: {@link #earlier} of {@code c}, on the same connection.
   */
  public Future<Registered> register(SqlClient conn, NewCase c,
      Map<String, java.util.List<org.ecopetition.gateway.nlp.Identity>> read, List<Entry> also,
      Future<List<PriorCase>> earlier) {
    Instant now = clock.instant();
    LocalDate today = LocalDate.ofInstant(now, CHINA);
    // Clocks run from receipt (Art 17); the number is the day of registration.
    LocalDate day = receivedOn(c);
    String transferredFrom = c.origin() == null ? null : c.origin().transferredFrom();
    String code = codes.generate();
    OffsetDateTime at = now.atOffset(ZoneOffset.UTC);
    // The copy others may read is made before anything is written (issue 11 §1).
    return redactor.redact(c, read).compose(copy -> earlier.compose(priors -> {
      RoutingCase routed = routingCase(c, day);
      Proposal proposal = router.propose(routed, priors);
      // A matter raised in a conversation: what its receipt may say of earlier cases (a typed phone proves nothing).
      Proposal told = c.conversationId() == null ? proposal : router.told(routed, priors, proposal);
      // Where the deployment allows it, a clear matter is accepted at once; the receipt tells the petitioner.
      boolean acceptNow = autoAccept && c.origin() == null && AutoAcceptance.clear(
          told.decision() == Proposal.Decision.ACCEPT, c.category(), c.subtype(), c.accused());
      Registration clocks = lifecycle.register(day, transferredFrom != null, acceptNow);
      Deadline notice = clocks.notice();
      // The history, in order: written by the registration's statement, each entry at the moment of registration.
      List<Entry> history = new ArrayList<>();
      history.add(new Entry("registered", "system:" + c.channel(), "第十七条",
          transferredFrom == null ? null : "转送、交办机关：" + transferredFrom));
      history.add(new Entry("routing_proposed", "system:routing", String.join("、", proposal.articles()),
          proposal.reasonZh()));
      List<String> froms = new ArrayList<>(java.util.Arrays.asList(null, null));
      List<String> tos = new ArrayList<>(java.util.Arrays.asList(CaseStatus.REGISTERED.code(), null));
      if (acceptNow) {
        // Accepted at registration: the history says by whom and why, and the receipt was the Art 17 notice.
        history.add(new Entry("accept", "system:auto-accept", "第十七条第一款第一项",
            "属于本级职责的履行法定职责事项，按部署设置于登记时受理"));
        froms.add(CaseStatus.REGISTERED.code());
        tos.add(CaseStatus.ACCEPTED.code());
        history.add(new Entry("notice_sent", "system:" + c.channel(), "第十七条", "told in the receipt"));
        froms.add(null);
        tos.add(null);
      }
      if (c.electronicDelivery()) {
        // Correction 5: the consent the petitioner gave at the intake's last question, with how it was given.
        history.add(new Entry("electronic_delivery_consent", "petitioner:" + c.channel(), "第三十条",
            "chat: the petitioner chose electronic delivery at intake and confirmed it in the summary"));
        froms.add(null);
        tos.add(null);
      }
      for (Entry e : also) {
        history.add(e);
        froms.add(null);
        tos.add(null);
      }
      return conn.preparedQuery(REGISTER).execute(Tuple.from(new Object[] {
              "HB" + java.time.format.DateTimeFormatter.BASIC_ISO_DATE.format(today), Buffer.buffer(codes.hmac(code)),
              c.channel(), c.conversationId(), c.anonymous(),
              // Sealed at rest (issue 11 §6, correction 7): identity, and the facts and request as received.
              atRest.seal(AtRest.NAME, c.name()), atRest.seal(AtRest.ADDRESS, c.address()),
              atRest.seal(PHONE, blank(c.phone())), c.location(),
              // An anonymous matter keeps no identity, even one written into its text (issue 11 §2).
              atRest.seal(AtRest.REQUEST, c.anonymous() && copy.request() != null ? copy.request() : c.request()),
              atRest.seal(AtRest.FACTS, c.anonymous() && copy.facts() != null ? copy.facts() : c.facts()),
              (acceptNow ? CaseStatus.ACCEPTED : CaseStatus.REGISTERED).code(),
              department, c.lang(), at, day, notice.lastDay(), notice.estimated(), c.province(), c.city(),
              c.county(), c.town(), c.category(), c.kind(), c.since(), c.polluter(), c.affected() == null ? null : c.affected().people(), c.accused(),
              c.disclosureConsent(), c.urgent(), c.placeCode(), c.matter(), ProposalJson.of(proposal),
              proposal.decision().name().toLowerCase(), proposal.department() == null ? null : proposal.department().code(),
              proposal.duplicateOf(), proposal.hotspot(), c.subtype(), transferredFrom == null, transferredFrom,
              clocks.objectionDue(), c.origin() == null ? null : c.origin().representatives(),
              acceptNow ? day : null, acceptNow ? clocks.handling().lastDay() : null,
              acceptNow && clocks.handling().estimated(), departmentCode, copy.facts(), copy.request(),
              // Art 23: the units an accusation accuses never see it (issue 11 §3), from the proposal at once; Art 24(2):
              // the departments an appeal complains of never receive it.
              "检举控告".equals(c.category()) || "申诉求决".equals(c.category())
                  ? proposal.excluded().toArray(new String[0]) : new String[0],
              lookup(c.phone()), mobile(c.phone()),
              // How many are affected, as said (the old integer column above keeps only an exact number of people).
              c.affected() == null ? null : c.affected().text(), c.affected() == null ? null : c.affected().unit(),
              c.affected() == null ? null : c.affected().count(), c.affected() == null ? null : c.affected().min(),
              c.affected() == null ? null : c.affected().max(),
              today, c.electronicDelivery(),
              history.stream().map(Entry::kind).toArray(String[]::new),
              history.stream().map(Entry::actor).toArray(String[]::new), froms.toArray(new String[0]),
              tos.toArray(new String[0]), history.stream().map(Entry::article).toArray(String[]::new),
              history.stream().map(e -> AtRest.maskIdNumbers(e.reason())).toArray(String[]::new), acceptNow}))
          .map(rows -> {
            Row r = rows.iterator().next();
            // The day's serial in range, as CaseNumber says (past it the registration fails and rolls back).
            String number = CaseNumber.of(today, r.getInteger("last_serial"));
            if (!number.equals(r.getString("case_number"))) {
              throw new IllegalStateException("case number " + r.getString("case_number") + " is not " + number);
            }
            return new Registered(r.getLong("id"), number, code, notice, proposal, clocks.handling(), told);
          });
    }));
  }

  /** {@link #PRIORS}' parameters for {@code c} received on {@code day}. */
  Tuple priorsOf(NewCase c, LocalDate day) {
    return priorsOf(c, day, null);
  }

  /** As above, the case {@code leftOut} (its id) not among them. */
  Tuple priorsOf(NewCase c, LocalDate day, Long leftOut) {
    Buffer[] hashes = lookups(c.phone());
    String polluter = Router.stripped(c.polluter());
    return Tuple.from(new Object[] {hashes, day.minusDays(router.hotspotDays()),
        c.polluter(), c.placeCode(), c.kind(), polluter == null || polluter.length() < 3 ? null : polluter,
        // A phone without digits has no keyed hash: the same text can only be another phone without digits (a blank
        // one is stored as none, so it is no one's).
        blank(c.phone()) != null && hashes.length == 0, WHITESPACE, Math.max(0, router.hotspotCases() - 1),
        // The new matter's conversation: an earlier case from it is the petitioner's own whatever phone was typed.
        c.conversationId(), leftOut});
  }

  private Future<List<PriorCase>> priors(SqlClient conn, NewCase c, LocalDate day) {
    return priors(conn, c, day, null);
  }

  private Future<List<PriorCase>> priors(SqlClient conn, NewCase c, LocalDate day, Long leftOut) {
    return conn.preparedQuery(PRIORS).execute(priorsOf(c, day, leftOut)).map(rows -> {
          List<PriorCase> out = new ArrayList<>();
          for (Row r : rows) {
            CaseStatus state = CaseStatus.of(r.getString("state"));
            // Art 18(1) and 31 need the level that handles the earlier case and whether a re-review ended it.
            boolean open = !ENDED.contains(state);
            boolean accepted = state == CaseStatus.ACCEPTED || state == CaseStatus.HANDLING || state == CaseStatus.TRANSFERRED;
            String code = r.getString("responsible_code");
            // The phone stays sealed unless routing asks whether it is the new case's (a case that is otherwise the
            // same matter): then it is opened and compared as given, as before; others' cases have none to compare.
            String sealed = r.getString("contact_phone");
            java.util.function.Predicate<String> samePhone = sealed == null ? x -> false
                : x -> x.equals(keys.open(PHONE, sealed));
            out.add(new PriorCase(r.getString("case_number"), null, r.getString("polluter"),
                r.getString("place_code"), r.getString("kind"), open, accepted,
                Department.Level.ofCode(code == null ? departmentCode : code), state == CaseStatus.FINAL,
                r.getLocalDate("received_date"), samePhone, r.getBoolean("same_source")));
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
        r.getBoolean("transferred_in"), r.getLocalDate("last_act_on"), r.getLocalDate("handling_due"),
        r.getInteger("review_stage"), r.getString("opinion_by"), r.getString("review_body"),
        Set.of(r.getArrayOfStrings("accused_codes") == null ? new String[0] : r.getArrayOfStrings("accused_codes")),
        r.getBoolean("accused_confirmed"));
    return Optional.of(new CaseRecord(r.getLong("id"), facts, r.getLong("version"), r.getLocalDate("accepted_date"),
        r.getBoolean("fast_track"), r.getInteger("extension_days"), r.getLocalDate("received_date"),
        r.getLocalDate("notice_due"), r.getBoolean("notice_due_estimated"), r.getString("matter"),
        r.getLocalDate("handling_due"), r.getBoolean("handling_due_estimated"), r.getString("handling_basis"),
        r.getLocalDate("report_due"), r.getBoolean("report_due_estimated"), r.getBoolean("raised_directly"),
        r.getInteger("report_days"), r.getString("proposed_department"), r.getString("responsible_code"),
        r.getString("department"), r.getString("referred_to"), r.getLocalDate("reply_issued_on")));
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
            u.reportDue(), u.reportDueEstimated(), stamp(), u.responsibleCode(), u.department(), u.referredTo(),
            u.opinionBy(), u.reviewBody(), u.reviewStage(), u.lastActOn(), u.replyIssuedOn()}))
        .compose(rows -> {
          if (rows.size() == 0) {
            return Future.succeededFuture(Optional.<Long>empty());
          }
          long version = rows.iterator().next().getLong(0);
          // The department responsible when the act was done: a late act counts against it (Art 38-41).
          String responsible = c.responsibleCode() != null ? c.responsibleCode() : departmentCode;
          return conn.preparedQuery(EVENT).execute(Tuple.from(new Object[] {c.id(), moment(cmd.on()), u.eventKind(),
                  cmd.actor(), c.facts().status().code(), u.status().code(), u.article(),
                  AtRest.maskIdNumbers(cmd.reason()), AtRest.maskIdNumbers(publicText), masked(detail), stamp(), u.late() == null ? null : u.late().clock(), u.late() == null ? null : u.late().due(),
                  responsible}))
              .compose(v -> conn.preparedQuery(INSERT_CROSS_INSTANCE_EVENT)
                  .execute(Tuple.of(u.eventKind(), c.id(), null, stamp())))
              .map(v -> Optional.of(version));
        });
  }

  /** An entry of the case's history that changes nothing else (a note, a petitioner's evaluation, a notice step). */
  public Future<Void> event(SqlClient conn, long caseId, OffsetDateTime at, String kind, String actor, String from,
      String to, String article, String reason, String publicText, JsonObject detail) {
    return conn.preparedQuery(EVENT).execute(Tuple.from(new Object[] {caseId, at, kind, actor, from, to, article,
        AtRest.maskIdNumbers(reason), AtRest.maskIdNumbers(publicText), masked(detail), stamp(), null, null, null}))
        .mapEmpty();
  }

  /**
   * What staff write on an act (reason, public text, the detail's texts) stored as every case text is: no ID number
   * in clear (AtRest). The copy for the reported party masks them again on the way out; the history need not hold them.
   */
  private static JsonObject masked(JsonObject detail) {
    return detail == null ? null : new JsonObject(AtRest.stateAsStored(detail.getMap()));
  }

  /**
   * The case raised in conversation {@code conversationId} with number {@code caseNumber}, locked, with what a
   * supplement's copy is masked by: the identities the case knows (opened) and the reported party's names. Empty: no
   * such case raised in that conversation.
   */
  public Future<Optional<SupplementTarget>> supplementTarget(SqlClient conn, String caseNumber,
      java.util.UUID conversationId) {
    return conn.preparedQuery(SUPPLEMENT_TARGET).execute(Tuple.of(caseNumber, conversationId)).map(rows -> {
      if (rows.size() == 0) {
        return Optional.empty();
      }
      Row r = rows.iterator().next();
      return Optional.of(new SupplementTarget(r.getLong("id"), atRest.open(AtRest.NAME, r.getString("petitioner_name")),
          atRest.open(PHONE, r.getString("contact_phone")), atRest.open(AtRest.ADDRESS, r.getString("petitioner_address")),
          r.getString("accused"), r.getString("polluter"), Boolean.TRUE.equals(r.getBoolean("urgent"))));
    });
  }

  /** A case a supplement goes to: its id, the identities it knows, its reported party and whether it is urgent. */
  public record SupplementTarget(long id, String name, String phone, String address, String accused,
      String polluter, boolean urgent) {
    @Override
    public String toString() {
      return "SupplementTarget[" + id + "]"; // never the identities
    }
  }

  /**
   * What a petitioner added, in the conversation that raised the case, after its receipt: an entry of the case's
   * history (kind {@code supplement}), never a second case; the case marked as having something new for its handler,
   * and the consoles that may see it told. {@code copy}: the text as others may read it (masked as the facts' copy is,
   * {@link CaseRedaction#copy}).
   */
  public Future<Void> supplement(SqlClient conn, long caseId, OffsetDateTime at, String actor, String copy) {
    return conn.preparedQuery(SUPPLEMENT).execute(Tuple.of(caseId, at, actor, AtRest.maskIdNumbers(copy), stamp()))
        .mapEmpty();
  }

  /**
   * The change the lifecycle decided ({@link org.ecopetition.gateway.lifecycle.Lifecycle#urgent}) applied: the case
   * marked urgent with its history entry. False: nothing written — it already was, or ({@code skipLocked}) another
   * transaction holds the case's row: a turn holding its conversation's lock must not wait for it (a staff act holds the
   * row, then waits for that lock), and marks it after its commit instead.
   */
  public Future<Boolean> markUrgent(SqlClient conn, long caseId, OffsetDateTime at, String actor, String reason,
      org.ecopetition.gateway.lifecycle.Lifecycle.Urgency u, boolean skipLocked) {
    return conn.preparedQuery(URGENT).execute(Tuple.from(new Object[] {caseId, at, actor, reason, stamp(),
        u.eventKind(), u.article(), skipLocked})).map(rows -> rows.size() > 0);
  }

  /** What routing reads of a case beside its correctable values, and the proposal it has. */
  private static final String ROUTED = "SELECT category, subtype, received_date, proposal FROM cases WHERE id = $1";
  private static final String REROUTED = """
      UPDATE cases SET proposal = $2, proposed_decision = $3, proposed_department = $4, repeat_of = $5, hotspot = $6,
             version = version + 1, updated_at = $7
      WHERE id = $1""";

  /**
   * Art 19 found after registration ({@link #markUrgent}, the row held by the caller): the routing proposal made again
   * as registration makes it, now urgent — the level above told, a result report required of a transfer — recorded as
   * a {@code routing_proposed} entry (detail {@code after: urgent}) where it changed. False: unchanged, nothing written.
   */
  public Future<Boolean> rerouteUrgent(SqlClient conn, long caseId) {
    if (router == null) {
      return Future.succeededFuture(false);
    }
    OffsetDateTime at = stamp();
    return conn.preparedQuery(ROUTED).execute(Tuple.of(caseId)).compose(rows -> {
      Row r = rows.iterator().next();
      String category = r.getString("category");
      Integer subtype = r.getInteger("subtype");
      LocalDate day = r.getLocalDate("received_date");
      Object stored = r.getValue("proposal");
      JsonObject was = stored instanceof JsonObject o ? o : stored == null ? null : new JsonObject(String.valueOf(stored));
      return correctable(conn, caseId).compose(c -> {
        NewCase now = new NewCase(c.channel(), c.conversationId(), c.anonymous(), c.name(), c.address(), c.phone(),
            c.location(), c.province(), c.city(), c.county(), c.town(), c.placeCode(), c.matter(),
            c.request() == null ? "" : c.request(), c.facts() == null ? "" : c.facts(), category, subtype, c.kind(), null,
            c.polluter(), null, c.accused(), false, true, null, null, false);
        return priors(conn, now, day, caseId).compose(p -> {
          Proposal proposal = router.propose(routingCase(now, day), p);
          JsonObject json = ProposalJson.of(proposal);
          if (json.equals(was)) {
            return Future.succeededFuture(false);
          }
          return conn.preparedQuery(REROUTED).execute(Tuple.from(new Object[] {caseId, json,
                  proposal.decision().name().toLowerCase(),
                  proposal.department() == null ? null : proposal.department().code(), proposal.duplicateOf(),
                  proposal.hotspot(), at}))
              .compose(v -> event(conn, caseId, at, "routing_proposed", "system:routing", null, null,
                  String.join("、", proposal.articles()), proposal.reasonZh(), null,
                  new JsonObject().put("after", "urgent")))
              .map(v -> true);
        });
      });
    });
  }

  /** Whether the case is urgent, its row locked for the transaction. */
  public Future<Boolean> urgentNow(SqlClient conn, long caseId) {
    return conn.preparedQuery("SELECT coalesce(urgent, false) FROM cases WHERE id = $1 FOR NO KEY UPDATE")
        .execute(Tuple.of(caseId)).map(rows -> rows.size() == 0 || rows.iterator().next().getBoolean(0));
  }

  /**
   * The handler's act "已阅" on what the petitioner added ({@link #NEWS_READ}), recorded on the case's history by
   * {@code actor}. Empty: no such case; false: nothing was new (nothing written).
   */
  public Future<Optional<Boolean>> newsRead(SqlClient conn, String caseNumber, String actor) {
    return conn.preparedQuery(NEWS_READ).execute(Tuple.of(caseNumber, stamp(), actor, "已阅信访人补充"))
        .map(rows -> {
          Row r = rows.iterator().next();
          return r.getValue("id") == null ? Optional.<Boolean>empty() : Optional.of(r.getInteger("seen") > 0);
        });
  }

  /** The same, by case number; false: no such case. */
  public Future<Boolean> event(SqlClient conn, String caseNumber, LocalDate on, String kind, String actor,
      String article, String reason) {
    return conn.preparedQuery(ID_OF).execute(Tuple.of(caseNumber)).compose(rows -> rows.size() == 0
        ? Future.succeededFuture(false)
        : event(conn, rows.iterator().next().getLong(0), moment(on), kind, actor, null, null, article, reason, null,
            null).map(v -> true));
  }

  /**
   * Records that {@code actor} read and confirmed the case's redacted copy, with their corrections ({@code facts},
   * {@code request}: null keeps the copy made at registration), in the history (issue 11 §1, correction 2). Empty: no
   * such case, or no copy to confirm (a case from before the copies, and no text given).
   */
  public Future<Optional<JsonObject>> confirmRedaction(SqlClient conn, String caseNumber, String actor, String facts,
      String request) {
    OffsetDateTime at = stamp();
    return conn.preparedQuery(CONFIRM_REDACTION).execute(Tuple.of(caseNumber, facts, request, actor, at))
        .compose(rows -> {
          if (rows.size() == 0) {
            return Future.succeededFuture(Optional.<JsonObject>empty());
          }
          Row r = rows.iterator().next();
          JsonObject copy = new JsonObject().put("facts", r.getString("facts_redacted"))
              .put("request", r.getString("request_redacted"));
          return event(conn, r.getLong("id"), at, "redaction_confirmed", actor, null, null, "第二十三条、第二十四条",
              facts != null || request != null ? "corrected" : null, null,
              new JsonObject().put("corrected", facts != null || request != null)).map(v -> Optional.of(copy));
        });
  }

  /**
   * Staff confirm the unit an accusation accuses ({@code code}, of the directory; issue 11 §3, Art 23): it joins the
   * units that never see the matter, and from then on the accusation may be transferred — never there. Recorded in
   * the history. Empty: no such case; false: not an accusation.
   */
  public Future<Optional<Boolean>> confirmAccused(SqlClient conn, String caseNumber, String code, String actor) {
    OffsetDateTime at = stamp();
    return conn.preparedQuery("""
        UPDATE cases SET accused_codes = CASE WHEN $2 = ANY(accused_codes) THEN accused_codes
                                              ELSE array_append(accused_codes, $2) END,
               accused_confirmed_by = $3, accused_confirmed_at = $4, version = version + 1, updated_at = $4
        WHERE case_number = $1 AND category = '检举控告' RETURNING id""").execute(Tuple.of(caseNumber, code, actor, at))
        .compose(rows -> {
          if (rows.size() == 0) {
            return conn.preparedQuery(ID_OF).execute(Tuple.of(caseNumber))
                .map(r -> r.size() == 0 ? Optional.<Boolean>empty() : Optional.of(false));
          }
          return event(conn, rows.iterator().next().getLong("id"), at, "accused_confirmed", actor, null, null,
              "第二十三条", null, null, new JsonObject().put("code", code)).map(v -> Optional.of(true));
        });
  }

  /**
   * What a correction reads of the case before it is decided (the row already locked): whether it is anonymous, and
   * the values it may change as they are, the identity opened (never logged, never returned to a caller as is); and
   * what its redacted copy and its routing are made from again when the identity or the matter changes: the facts and
   * request (opened), their copy and whether a person confirmed it, the reported party, how and where it came.
   */
  public record Correctable(boolean anonymous, String name, String phone, String address, String location,
      String province, String city, String county, String town, String placeCode, String kind, String facts,
      String request, String factsRedacted, String requestRedacted, boolean copyConfirmed, String accused,
      String polluter, String channel, String matter, boolean urgent, java.util.UUID conversationId) {}

  /**
   * The new values a correction gives, null where a value stays: the identity items, the place as typed with the
   * division it was resolved to, the kind of pollution.
   */
  public record Corrections(String name, String phone, String address, String location, String province, String city,
      String county, String town, String placeCode, String kind) {}

  private static final String CORRECTABLE = """
      SELECT anonymous, petitioner_name, contact_phone, petitioner_address, location, province, city, county, town,
             place_code, kind, facts, request, facts_redacted, request_redacted,
             redaction_confirmed_at IS NOT NULL AS copy_confirmed, accused, polluter, channel, matter, urgent,
             conversation_id FROM cases WHERE id = $1""";
  /**
   * A correction applied: identity items sealed as at registration (the phone's lookup hash and mobile flag with it),
   * the category (an accusation never keeps a consent to disclosure, Art 23), receipt and every clock from it, the
   * place and kind; the redacted copy made again after a corrected identity ($26–$28); the routing proposal made again
   * after a corrected matter ($29–$35: an accusation's accused units joined to those it had, Art 23); the version
   * checked.
   */
  private static final String CORRECT = """
      UPDATE cases SET petitioner_name = CASE WHEN $2 THEN $3 ELSE petitioner_name END,
             petitioner_address = CASE WHEN $4 THEN $5 ELSE petitioner_address END,
             contact_phone = CASE WHEN $6 THEN $7 ELSE contact_phone END,
             contact_phone_hash = CASE WHEN $6 THEN $8 ELSE contact_phone_hash END,
             contact_mobile = CASE WHEN $6 THEN $9 ELSE contact_mobile END,
             category = $10, subtype = $11, disclosure_consent = disclosure_consent AND $10 <> '检举控告',
             received_date = $12, notice_due = $13, notice_due_estimated = $14,
             objection_due = coalesce($15, objection_due),
             location = CASE WHEN $16 THEN $17 ELSE location END, province = CASE WHEN $16 THEN $18 ELSE province END,
             city = CASE WHEN $16 THEN $19 ELSE city END, county = CASE WHEN $16 THEN $20 ELSE county END,
             town = CASE WHEN $16 THEN $21 ELSE town END, place_code = CASE WHEN $16 THEN $22 ELSE place_code END,
             kind = coalesce($23, kind), version = version + 1, updated_at = $24,
             facts_redacted = CASE WHEN $26 THEN $27 ELSE facts_redacted END,
             request_redacted = CASE WHEN $26 THEN $28 ELSE request_redacted END,
             proposal = CASE WHEN $29 THEN $30 ELSE proposal END,
             proposed_decision = CASE WHEN $29 THEN $31 ELSE proposed_decision END,
             proposed_department = CASE WHEN $29 THEN $32 ELSE proposed_department END,
             repeat_of = CASE WHEN $29 THEN $33 ELSE repeat_of END,
             hotspot = CASE WHEN $29 THEN $34 ELSE hotspot END,
             accused_codes = CASE WHEN $29 AND $10 = '检举控告'
                 THEN ARRAY(SELECT DISTINCT x FROM unnest(accused_codes || $35::text[]) AS x ORDER BY x)
                 ELSE accused_codes END
      WHERE id = $1 AND version = $25 RETURNING version""";

  /** The case's correctable values as they are (the row locked by the caller). */
  public Future<Correctable> correctable(SqlClient conn, long caseId) {
    return conn.preparedQuery(CORRECTABLE).execute(Tuple.of(caseId)).map(rows -> {
      Row r = rows.iterator().next();
      return new Correctable(r.getBoolean("anonymous"), atRest.open(AtRest.NAME, r.getString("petitioner_name")),
          atRest.open(PHONE, r.getString("contact_phone")),
          atRest.open(AtRest.ADDRESS, r.getString("petitioner_address")), r.getString("location"),
          r.getString("province"), r.getString("city"), r.getString("county"), r.getString("town"),
          r.getString("place_code"), r.getString("kind"), atRest.open(AtRest.FACTS, r.getString("facts")),
          atRest.open(AtRest.REQUEST, r.getString("request")), r.getString("facts_redacted"),
          r.getString("request_redacted"), r.getBoolean("copy_confirmed"), r.getString("accused"),
          r.getString("polluter"), r.getString("channel"), r.getString("matter"),
          Boolean.TRUE.equals(r.getBoolean("urgent")), r.getUUID("conversation_id"));
    });
  }

  /**
   * Whether a correction the lifecycle allowed changes nothing: every value given is the one the case holds (the
   * notice day counted again from the same receipt is no change of the clerk's). Refused, so that the history never
   * holds an entry with no change in it.
   */
  public boolean changesNothing(CaseRecord c, Correctable was, Corrections v,
      org.ecopetition.gateway.lifecycle.Correction.Corrected u) {
    for (Object o : changes(c, was, v, u)) {
      if (!"noticeDue".equals(((JsonObject) o).getString("field"))) {
        return false;
      }
    }
    return true;
  }

  /** Each value a correction changes, before and after (identity values sealed). */
  private JsonArray changes(CaseRecord c, Correctable was, Corrections v,
      org.ecopetition.gateway.lifecycle.Correction.Corrected u) {
    JsonArray changes = new JsonArray();
    sealedChange(changes, "name", AtRest.NAME, was.name(), v.name());
    sealedChange(changes, "phone", PHONE, was.phone(), v.phone());
    sealedChange(changes, "address", AtRest.ADDRESS, was.address(), v.address());
    change(changes, "category", c.facts().category(), u.category());
    change(changes, "subtype", c.facts().subtype(), u.subtype());
    change(changes, "receivedOn", c.receivedDate(), u.receivedOn());
    change(changes, "noticeDue", c.noticeDue(), u.noticeDue());
    if (v.location() != null) {
      change(changes, "location", was.location(), v.location());
      change(changes, "place", String.join("/", nonNull(was.province(), was.city(), was.county(), was.town())),
          String.join("/", nonNull(v.province(), v.city(), v.county(), v.town())));
    }
    change(changes, "kind", was.kind(), v.kind() == null ? was.kind() : v.kind());
    return changes;
  }

  /**
   * Applies a correction the lifecycle allowed, with its history entry ({@code corrected}: who, why, and each value
   * before and after — identity values sealed, opened only for the staff entitled to them): empty when the version
   * moved meanwhile. A corrected identity makes the redacted copy again ({@link #copyAfter}); a corrected category,
   * subtype, place or kind makes the routing proposal again as registration made it (the earlier cases read without
   * this one), recorded as a {@code routing_proposed} entry after the correction's.
   */
  public Future<Optional<Long>> correct(SqlClient conn, CaseRecord c, Correctable was, Corrections v,
      org.ecopetition.gateway.lifecycle.Correction k, org.ecopetition.gateway.lifecycle.Correction.Corrected u) {
    OffsetDateTime at = stamp();
    JsonArray changes = changes(c, was, v, u);
    Set<String> changed = new java.util.HashSet<>();
    changes.forEach(o -> changed.add(((JsonObject) o).getString("field")));
    boolean identity = changed.contains("name") || changed.contains("phone") || changed.contains("address");
    boolean place = v.location() != null;
    boolean matter = router != null && (changed.contains("category") || changed.contains("subtype")
        || changed.contains("kind") || place && !java.util.Objects.equals(was.placeCode(), v.placeCode()));
    NewCase after = after(was, v, u);
    LocalDate day = u.receivedOn() != null ? u.receivedOn() : LocalDate.ofInstant(clock.instant(), CHINA);
    JsonObject detail = new JsonObject().put("changes", changes);
    if (identity) {
      detail.put("copy", was.copyConfirmed() ? "confirmed copy masked again" : "made again");
    }
    return (identity ? copyAfter(was, after) : Future.<Redactor.Copy>succeededFuture(null))
        .compose(copy -> (matter ? priors(conn, after, day, c.id()).map(p -> router.propose(routingCase(after, day), p))
            : Future.<Proposal>succeededFuture(null)).compose(proposal -> conn.preparedQuery(CORRECT)
            .execute(Tuple.from(new Object[] {c.id(),
                v.name() != null, atRest.seal(AtRest.NAME, v.name()), v.address() != null,
                atRest.seal(AtRest.ADDRESS, v.address()), v.phone() != null, atRest.seal(PHONE, v.phone()),
                v.phone() == null ? null : lookup(v.phone()), mobile(v.phone()), u.category(), u.subtype(),
                u.receivedOn(), u.noticeDue(), u.noticeDueEstimated(), u.objectionDue(), place, v.location(),
                v.province(), v.city(), v.county(), v.town(), v.placeCode(), v.kind(), at, c.version(),
                copy != null, copy == null ? null : copy.facts(), copy == null ? null : copy.request(),
                proposal != null, proposal == null ? null : ProposalJson.of(proposal),
                proposal == null ? null : proposal.decision().name().toLowerCase(),
                proposal == null || proposal.department() == null ? null : proposal.department().code(),
                proposal == null ? null : proposal.duplicateOf(), proposal != null && proposal.hotspot(),
                proposal == null ? new String[0] : proposal.excluded().toArray(new String[0])}))
            .compose(rows -> {
              if (rows.size() == 0) {
                return Future.succeededFuture(Optional.<Long>empty());
              }
              long version = rows.iterator().next().getLong("version");
              Future<Void> corrected = conn.preparedQuery(EVENT).execute(Tuple.from(new Object[] {c.id(), at,
                      "corrected", k.actor(), null, null, u.article(), AtRest.maskIdNumbers(k.reason()), null, detail,
                      at, null, null, c.responsibleCode()})).mapEmpty();
              return corrected.compose(x -> proposal == null ? Future.<Void>succeededFuture()
                  : event(conn, c.id(), at, "routing_proposed", "system:routing", null, null,
                      String.join("、", proposal.articles()), proposal.reasonZh(), null,
                      new JsonObject().put("after", "corrected")))
                  .map(x -> Optional.of(version));
            })));
  }

  /** The matter as corrected, as routing and the redacted copy read it. */
  private static NewCase after(Correctable was, Corrections v,
      org.ecopetition.gateway.lifecycle.Correction.Corrected u) {
    boolean place = v.location() != null;
    return new NewCase(was.channel(), was.conversationId(), was.anonymous(), v.name() != null ? v.name() : was.name(),
        v.address() != null ? v.address() : was.address(), v.phone() != null ? v.phone() : was.phone(),
        place ? v.location() : was.location(), place ? v.province() : was.province(), place ? v.city() : was.city(),
        place ? v.county() : was.county(), place ? v.town() : was.town(), place ? v.placeCode() : was.placeCode(),
        was.matter(), was.request() == null ? "" : was.request(), was.facts() == null ? "" : was.facts(),
        u.category(), u.subtype(), v.kind() != null ? v.kind() : was.kind(), null, was.polluter(), null,
        was.accused(), false, was.urgent(), null, null, false);
  }

  /**
   * The copy others may read after a corrected identity: the identity before and after are both the petitioner's, so
   * both are masked wherever they occur, with everything the copy masked before (third persons, what a person masked by
   * hand). A copy a person confirmed stays theirs, masked further; one no person confirmed is made again as
   * registration makes it (the extractor's identity spans, on the NLP pool), with the new identity.
   */
  private Future<Redactor.Copy> copyAfter(Correctable was, NewCase after) {
    Map<String, List<String>> also = new HashMap<>();
    java.util.function.BiConsumer<String, String> add = (type, value) -> {
      if (value != null && !value.isBlank()) {
        also.computeIfAbsent(type, t -> new ArrayList<>()).add(value.strip());
      }
    };
    add.accept(org.ecopetition.gateway.nlp.Identity.NAME, was.name());
    add.accept(org.ecopetition.gateway.nlp.Identity.PHONE, was.phone());
    add.accept(org.ecopetition.gateway.nlp.Identity.ADDRESS, was.address());
    for (String[] t : new String[][] {{was.facts(), was.factsRedacted()}, {was.request(), was.requestRedacted()}}) {
      org.ecopetition.gateway.nlp.Redaction.maskedIn(t[0], t[1]).forEach((type, values) -> values.forEach(
          value -> add.accept(type, value)));
    }
    if (was.copyConfirmed() && was.factsRedacted() != null) {
      add.accept(org.ecopetition.gateway.nlp.Identity.NAME, after.name());
      add.accept(org.ecopetition.gateway.nlp.Identity.PHONE, after.phone());
      add.accept(org.ecopetition.gateway.nlp.Identity.ADDRESS, after.address());
      org.ecopetition.gateway.nlp.Redaction.Values values = org.ecopetition.gateway.nlp.Redaction.values(also);
      return Future.succeededFuture(new Redactor.Copy(
          CopyMask.more(values.redact(was.factsRedacted()), after.name(), after.phone(), after.address()),
          CopyMask.more(values.redact(was.requestRedacted()), after.name(), after.phone(), after.address())));
    }
    org.ecopetition.gateway.nlp.Redaction.Values values = org.ecopetition.gateway.nlp.Redaction.values(also);
    // Made again as registration makes it, with the identity before the correction masked in every form too.
    return redactor.redact(after, Map.of()).map(copy -> new Redactor.Copy(
        CopyMask.more(values.redact(copy.facts()), was.name(), was.phone(), was.address()),
        CopyMask.more(values.redact(copy.request()), was.name(), was.phone(), was.address())));
  }

  private void sealedChange(JsonArray changes, String field, String column, String from, String to) {
    if (to != null && !to.equals(from)) {
      changes.add(new JsonObject().put("field", field).put("sealed", true).put("from", atRest.seal(column, from))
          .put("to", atRest.seal(column, to)));
    }
  }

  private static void change(JsonArray changes, String field, Object from, Object to) {
    if (!java.util.Objects.equals(from, to)) {
      changes.add(new JsonObject().put("field", field).put("from", from == null ? null : from.toString())
          .put("to", to == null ? null : to.toString()));
    }
  }

  private static List<String> nonNull(String... parts) {
    return java.util.Arrays.stream(parts).filter(java.util.Objects::nonNull).toList();
  }

  /**
   * Where the case's routing proposal sends the matter, as the petitioner would be told it: the department's name for
   * an acceptance, transfer, escalation or a department to turn to, the organ for a referral; empty for none (more
   * information needed, not accepted, no proposal).
   */
  public Future<Optional<String>> proposedDestination(SqlClient conn, long caseId) {
    return conn.preparedQuery("""
        SELECT CASE WHEN proposal ->> 'decision' IN ('accept', 'transfer', 'escalate', 'tell_competent', 'repeat')
                    THEN proposal ->> 'departmentName'
                    WHEN proposal ->> 'decision' = 'refer' THEN proposal ->> 'referral' END AS destination
        FROM cases WHERE id = $1""").execute(Tuple.of(caseId)).map(rows -> rows.size() == 0
            ? Optional.<String>empty() : Optional.ofNullable(rows.iterator().next().getString("destination")));
  }

  /** The identities a case knows (name, phone, address), to check a corrected copy against. */
  public Future<Optional<java.util.Map<String, String>>> knownIdentities(SqlClient conn, String caseNumber) {
    return conn.preparedQuery("SELECT petitioner_name, contact_phone, petitioner_address FROM cases WHERE case_number = $1")
        .execute(Tuple.of(caseNumber)).map(rows -> {
          if (rows.size() == 0) {
            return Optional.empty();
          }
          Row r = rows.iterator().next();
          java.util.Map<String, String> known = new HashMap<>();
          known.put(org.ecopetition.gateway.nlp.Identity.NAME,
              atRest.open(AtRest.NAME, r.getString("petitioner_name")));
          known.put(org.ecopetition.gateway.nlp.Identity.PHONE, atRest.open(PHONE, r.getString("contact_phone")));
          known.put(org.ecopetition.gateway.nlp.Identity.ADDRESS,
              atRest.open(AtRest.ADDRESS, r.getString("petitioner_address")));
          return Optional.of(known);
        });
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
  public Future<Void> replyDelivered(SqlClient conn, long caseId, LocalDate on, String how) {
    return delivered(conn, caseId, on, how).mapEmpty();
  }

  /**
   * Delivery (送达) as a fact: the written reply awaiting delivery reached the petitioner — a letter recorded, an SMS
   * report back, or (only with consent to electronic delivery) the letter opened with the query code. The first
   * counts; the review windows run from it (Art 30, 31). True: this delivered it.
   */
  Future<Boolean> delivered(SqlClient conn, long caseId, LocalDate on, String how) {
    boolean electronic = "web".equals(how) || "sms".equals(how);
    return conn.preparedQuery(REPLY_DELIVERED).execute(Tuple.of(caseId, on, stamp(), !electronic || "sms".equals(how)))
        .compose(rows -> rows.size() == 0 ? Future.succeededFuture(false)
            : event(conn, caseId, moment(on), "reply_received", "system:" + how, null, null, "第三十条",
                "delivered: " + how, null, null).map(v -> true));
  }

  /**
   * The petitioner's recorded consent to electronic delivery of written opinions (in the chat and by SMS), or its
   * withdrawal, with how it was given; false: no such case.
   */
  public Future<Boolean> electronicDelivery(SqlClient conn, String caseNumber, boolean consent, String how,
      String actor) {
    return conn.preparedQuery(ELECTRONIC_CONSENT).execute(Tuple.of(caseNumber, consent, stamp())).compose(rows ->
        rows.size() == 0 ? Future.succeededFuture(false)
            : event(conn, rows.iterator().next().getLong(0), stamp(), consent ? "electronic_delivery_consent"
                : "electronic_delivery_withdrawn", actor, null, null, "第三十条", how, null, null).map(v -> true));
  }

  /**
   * Correction 14: once a year's holidays are added to the calendar, the open cases' deadlines that were estimated
   * beyond it are counted again, each with its history entry. Returns how many cases changed.
   */
  public Future<Integer> recomputeEstimated() {
    return pool.withTransaction(conn -> conn.preparedQuery(ESTIMATED).execute().compose(rows -> {
      Future<Integer> chain = Future.succeededFuture(0);
      for (Row r : rows) {
        long id = r.getLong("id");
        OffsetDateTime reviewAt = r.getOffsetDateTime("review_at");
        LocalDate reviewOn = reviewAt == null ? null : LocalDate.ofInstant(reviewAt.toInstant(), CHINA);
        chain = chain.compose(n -> lock(conn, id).compose(found -> hearings(conn, id,
            LocalDate.ofInstant(clock.instant(), CHINA)).compose(pauses -> {
              CaseRecord c = found.orElseThrow();
              Lifecycle.Recomputed x = lifecycle.recompute(c, pauses, reviewOn);
              boolean changed = !java.util.Objects.equals(x.noticeDue(), c.noticeDue())
                  || x.noticeDueEstimated() != c.noticeDueEstimated()
                  || !java.util.Objects.equals(x.handlingDue(), c.handlingDue())
                  || x.handlingDueEstimated() != c.handlingDueEstimated();
              if (!changed) {
                return Future.succeededFuture(n);
              }
              JsonObject detail = new JsonObject().put("noticeDue", String.valueOf(c.noticeDue()) + " → " + x.noticeDue())
                  .put("handlingDue", String.valueOf(c.handlingDue()) + " → " + x.handlingDue());
              return conn.preparedQuery(RECOMPUTED).execute(Tuple.of(id, x.noticeDue(), x.noticeDueEstimated(),
                      x.handlingDue(), x.handlingDueEstimated(), stamp()))
                  .compose(v -> event(conn, id, stamp(), "deadlines_recomputed", "system:calendar", null, null, null,
                      "the official calendar now covers the estimated deadlines", null, detail))
                  .map(v -> n + 1);
            })));
      }
      return chain;
    }));
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

  /** What {@link #statusAndAttempt} found: the case (if the number exists) and the seconds to wait (0: answer). */
  record Looked(Optional<StoredStatus> status, int waitSeconds) {}

  /**
   * The case's status row and {@link #attempt} in one round trip: {@code own} the keys when the asker is the case's own
   * device, {@code other} otherwise (parallel lists as in {@link #attempt}); {@code typedHmac} the typed code's HMAC, or
   * null when it is malformed.
   */
  Future<Looked> statusAndAttempt(SqlClient conn, String caseNumber, Keys own, Keys other, byte[] typedHmac,
      java.util.UUID conversation, byte[] deviceHash, GatewayConfig.Status limits) {
    return conn.preparedQuery(STATUS_AND_ATTEMPT).execute(Tuple.from(new Object[] {caseNumber,
        own.keys().toArray(new String[0]), other.keys().toArray(new String[0]),
        own.bounds().toArray(new Integer[0]), other.bounds().toArray(new Integer[0]),
        own.delays().toArray(new Integer[0]), other.delays().toArray(new Integer[0]),
        typedHmac == null ? null : Buffer.buffer(typedHmac), stamp(), limits.failureWindowMinutes(),
        limits.caseDelaySeconds(), limits.caseDelayMaxSeconds(), conversation,
        deviceHash == null ? null : Buffer.buffer(deviceHash)}))
        .map(rows -> {
          Row r = rows.iterator().next();
          return new Looked(r.getValue(0) == null ? Optional.empty() : Optional.of(statusOf(r)), r.getInteger(WAIT));
        });
  }

  /** The case {@code caseNumber} if it came from {@code conversation}: its public status, read only. */
  Future<Optional<StoredStatus>> statusOwned(SqlClient conn, String caseNumber, java.util.UUID conversation) {
    return conn.preparedQuery(STATUS_OWNED).execute(Tuple.of(caseNumber, conversation))
        .map(rows -> rows.size() == 0 ? Optional.empty() : Optional.of(statusOf(rows.iterator().next())));
  }

  /** Where {@link #STATUS_AND_ATTEMPT} puts the seconds to wait: after the read model's columns. */
  private static final int WAIT = 27;

  /** The keys of one status attempt with their bounds and delay thresholds (parallel). */
  record Keys(List<String> keys, List<Integer> bounds, List<Integer> delays) {}

  private static StoredStatus statusOf(Row r) {
    List<StatusView.PublicReply> replies = new ArrayList<>();
    OffsetDateTime[] replyAt = r.getArrayOfOffsetDateTimes(10); // reply_at, reply_text
    String[] replyText = r.getArrayOfStrings(11);
    for (int i = 0; replyAt != null && i < replyAt.length; i++) {
      replies.add(new StatusView.PublicReply(replyAt[i].toInstant(), replyText[i]));
    }
    List<StatusView.Step> timeline = new ArrayList<>();
    OffsetDateTime[] stepAt = r.getArrayOfOffsetDateTimes(12); // step_at, step_state
    String[] stepState = r.getArrayOfStrings(13);
    for (int i = 0; stepAt != null && i < stepAt.length; i++) {
      timeline.add(new StatusView.Step(stepAt[i].toInstant(), CaseStatus.of(stepState[i])));
    }
    Object letterJson = r.getValue(25); // letter
    JsonObject letter = letterJson instanceof JsonObject o ? o : letterJson == null ? null
        : new JsonObject(String.valueOf(letterJson));
    LocalDate lastDelivery = r.getLocalDate(20);
    StatusView view = new StatusView(r.getString(1) /* case_number */, CaseStatus.of(r.getString(3) /* state */),
        r.getString(4) /* department */, r.getLocalDate(5) /* received_date */, r.getLocalDate(6) /* notice_due */,
        r.getBoolean(7) /* notice_due_estimated */, List.copyOf(replies), List.copyOf(timeline),
        r.getLocalDate(14) /* accepted_date */, r.getLocalDate(15) /* handling_due */,
        r.getBoolean(16) /* handling_due_estimated */, r.getString(17) /* referred_to */,
        r.getString(24) /* referral_reason */, r.getLocalDate(18) /* report_due */,
        r.getBoolean(19) /* report_due_estimated */, lastDelivery,
        r.getLocalDate(21) /* reply_issued_on */ != null && lastDelivery == null,
        r.getBoolean(22) /* electronic_delivery */, r.getInteger(23) /* review_stage */,
        letter == null ? null : new StatusView.Letter(letter.getString("findings"), letter.getString("basis"),
            letter.getString("outcome"), letter.getString("by")), r.getInteger(26) /* photos */);
    Buffer device = r.getBuffer(9); // device_hash
    return new StoredStatus(r.getLong(0) /* id */, r.getBuffer(2).getBytes() /* query_code_hmac */, view,
        r.getUUID(8) /* conversation_id */, device == null ? null : device.getBytes());
  }

  /**
   * One status query against the bounds of its keys, atomically (V21, V29 {@code status_attempt}): 0 when it may be
   * answered (a wrong code counted), otherwise the seconds to wait. Keys, bounds and delay thresholds are parallel. A
   * right code only reads, after waiting for wrong codes of the same keys in flight (advisory locks per key).
   */
  Future<Integer> attempt(SqlClient conn, List<String> keys, List<Integer> bounds, List<Integer> delayAfter,
      boolean right, GatewayConfig.Status limits) {
    return conn.preparedQuery(ATTEMPT).execute(Tuple.from(new Object[] {keys.toArray(new String[0]),
        bounds.toArray(new Integer[0]), delayAfter.toArray(new Integer[0]), right, stamp(),
        limits.failureWindowMinutes(), limits.caseDelaySeconds(), limits.caseDelayMaxSeconds()}))
        .map(rows -> rows.iterator().next().getInteger(0));
  }

  /** {@code conversation}, {@code deviceHash}: the conversation the case came from and its device token's hash. */
  record StoredStatus(long id, byte[] hmac, StatusView view, java.util.UUID conversation, byte[] deviceHash) {}

  /** How many written replies were delivered (送达) to the petitioner: an evaluation needs one (Art 16). */
  public Future<Integer> deliveries(SqlClient conn, long caseId) {
    return conn.preparedQuery(DELIVERIES).execute(Tuple.of(caseId)).map(rows -> rows.iterator().next().getInteger(0));
  }

  static final String PHONE = AtRest.PHONE;
  /** A stored text not sealed under the current key version ($1): readable from before, or under an older key. */
  private static String stale(String column) {
    return "(" + column + " <> '' AND " + column + " !~ ('^k' || $1 || ':'))";
  }
  private static final String UNSEALED = """
      SELECT id, petitioner_name, petitioner_address, contact_phone, facts, request FROM cases
      WHERE id > $2 AND (%s OR %s OR %s OR %s OR %s OR (contact_phone <> '' AND contact_phone_hash IS NULL))
      ORDER BY id LIMIT 500""".formatted(stale("petitioner_name"), stale("petitioner_address"), stale("contact_phone"),
      stale("facts"), stale("request"));
  private static final String RESEAL = """
      UPDATE cases SET petitioner_name = $2, petitioner_address = $3, contact_phone = $4, facts = $5, request = $6,
             contact_phone_hash = $7, contact_mobile = $8
      WHERE id = $1""";

  /** The keys the phone is sealed and hashed with (for the repositories that read it). */
  /** The department directory the routing proposals come from (names for the codes staff confirm). */
  public org.ecopetition.gateway.routing.DepartmentDirectory directory() {
    return router.directory();
  }

  public org.ecopetition.gateway.security.DataKeys keys() {
    return keys;
  }

  /**
   * Seals under the current data key every identity, facts and request of a case stored readable (rows from before
   * V22 and V23) or under an older key, and hashes the phone again: at every start, and by {@code keys rotate}. In
   * batches of 500, each its own transaction; returns how many cases changed.
   */
  public Future<Integer> sealPlainValues() {
    return sealAll(pool, keys);
  }

  /** Stored copies, 500 at a time by id, with the identity they must not show (sealed). */
  private static final String COPIES = """
      SELECT id, petitioner_name, petitioner_address, contact_phone, facts_redacted, request_redacted FROM cases
      WHERE id > $1 AND (facts_redacted IS NOT NULL OR request_redacted IS NOT NULL) ORDER BY id LIMIT 500""";
  /** A copy masked again, unless it changed meanwhile (a person's confirmation or a correction wins). */
  private static final String REMASK = """
      UPDATE cases SET facts_redacted = $2, request_redacted = $3
      WHERE id = $1 AND facts_redacted IS NOT DISTINCT FROM $4 AND request_redacted IS NOT DISTINCT FROM $5""";

  /**
   * {@code copies remask}: every stored redacted copy masked again by {@link CopyMask} — copies stored before it (or
   * before a change to it) may show the petitioner as people call them, the street, an ID number or a contact account
   * that every release now masks. Only the redacted copy changes; the sealed original (facts, request) is never
   * touched. Idempotent: a copy already as masked is left as it is (masking a masked copy changes nothing), so a second
   * run rewrites none. Returns {examined, rewritten}; nothing of any copy is logged.
   */
  public static Future<int[]> remaskCopies(Pool pool, org.ecopetition.gateway.security.DataKeys keys) {
    return remaskFrom(pool, new AtRest(keys), 0L, new int[2]);
  }

  private static Future<int[]> remaskFrom(Pool pool, AtRest atRest, long after, int[] counts) {
    long[] last = {after};
    return pool.withTransaction(conn -> conn.preparedQuery(COPIES).execute(Tuple.of(after)).compose(rows -> {
      List<Tuple> batch = new ArrayList<>();
      int[] seen = {0};
      rows.forEach(r -> {
        seen[0]++;
        last[0] = r.getLong("id");
        String name = atRest.open(AtRest.NAME, r.getString("petitioner_name"));
        String address = atRest.open(AtRest.ADDRESS, r.getString("petitioner_address"));
        String phone = atRest.open(AtRest.PHONE, r.getString("contact_phone"));
        String facts = r.getString("facts_redacted");
        String request = r.getString("request_redacted");
        String f = CopyMask.more(facts, name, phone, address);
        String q = CopyMask.more(request, name, phone, address);
        if (!java.util.Objects.equals(f, facts) || !java.util.Objects.equals(q, request)) {
          batch.add(Tuple.of(last[0], f, q, facts, request));
        }
      });
      counts[0] += seen[0];
      return (batch.isEmpty() ? Future.succeededFuture(0)
          : conn.preparedQuery(REMASK).executeBatch(batch).map(v -> {
            int n = 0;
            for (io.vertx.sqlclient.RowSet<io.vertx.sqlclient.Row> rs = v; rs != null; rs = rs.next()) {
              n += rs.rowCount();
            }
            return n;
          })).map(n -> {
            counts[1] += n;
            return seen[0];
          });
    })).compose(n -> n == 500 ? remaskFrom(pool, atRest, last[0], counts) : Future.succeededFuture(counts));
  }

  /** As {@link #sealPlainValues}, for {@code keys rotate} (no gateway running on this process). */
  public static Future<Integer> sealAll(Pool pool, org.ecopetition.gateway.security.DataKeys keys) {
    return sealFrom(pool, new AtRest(keys), 0L);
  }

  private static Future<Integer> sealFrom(Pool pool, AtRest atRest, long after) {
    long[] last = {after};
    return pool.withTransaction(conn -> conn.preparedQuery(UNSEALED)
        .execute(Tuple.of(String.valueOf(atRest.keys().currentVersion()), after))
        .compose(rows -> {
          List<Tuple> batch = new ArrayList<>();
          rows.forEach(r -> {
            last[0] = r.getLong("id");
            List<Object> values = new ArrayList<>(List.of(last[0]));
            String phone = null;
            for (String column : AtRest.CASE_TEXTS) {
              String plain = atRest.open(column, r.getString(column.substring("cases.".length())));
              phone = column.equals(PHONE) ? plain : phone;
              values.add(atRest.seal(column, plain));
            }
            values.add(lookup(atRest.keys(), phone));
            values.add(mobile(phone));
            batch.add(Tuple.from(values));
          });
          return batch.isEmpty() ? Future.succeededFuture(0)
              : conn.preparedQuery(RESEAL).executeBatch(batch).map(v -> batch.size());
        })).compose(n -> n == 500 ? sealFrom(pool, atRest, last[0]).map(m -> n + m) : Future.succeededFuture(n));
  }

  private static String blank(String s) {
    return s == null || s.isBlank() ? null : s;
  }

  private Buffer lookup(String phone) {
    return lookup(keys, phone);
  }

  private static Buffer lookup(org.ecopetition.gateway.security.DataKeys keys, String phone) {
    byte[] h = keys.phoneLookup(phone);
    return h == null ? null : Buffer.buffer(h);
  }

  private Buffer[] lookups(String phone) {
    return keys.phoneLookups(phone).stream().map(Buffer::buffer).toArray(Buffer[]::new);
  }

  static boolean mobile(String phone) {
    String d = phone == null ? "" : phone.replaceAll("[^0-9]", "");
    return d.matches("(86)?1[3-9][0-9]{9}");
  }

  /** The pool, for callers outside a transaction of their own (a public status query). */
  public Pool pool() {
    return pool;
  }
}
