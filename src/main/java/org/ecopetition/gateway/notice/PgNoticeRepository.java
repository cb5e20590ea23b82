package org.ecopetition.gateway.notice;

import io.vertx.core.Future;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.SqlClient;
import io.vertx.sqlclient.Tuple;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.ecopetition.gateway.access.CaseScope;
import org.ecopetition.gateway.lifecycle.NoticePlan;

/**
 * Written notices to petitioners (Art 17, 29, 40): one row per notice and channel with its delivery status,
 * and each step on the case's append-only history (through {@link CaseHistory}). A notice is planned in the transaction of the act that
 * owes it, so an act is never recorded without its notice.
 */
public final class PgNoticeRepository {
  private static final String RECIPIENT = """
      SELECT id, case_number, conversation_id, channel, lang, department, anonymous,
             contact_mobile AS has_mobile,
             contact_phone IS NOT NULL AND contact_phone <> '' AS has_phone,
             petitioner_address IS NOT NULL AND petitioner_address <> '' AS has_address, electronic_delivery,
             channel = 'wechat' AND conversation_id IS NOT NULL AND $2::text <> '' AND ($3 OR EXISTS (
               SELECT 1 FROM wechat_subscriptions s WHERE s.conversation_id = cases.conversation_id
                 AND s.template_id = $2 AND s.accepted)) AS wechat
      FROM cases WHERE id = $1""";
  private static final String INSERT = """
      INSERT INTO notices (case_id, act, channel, status, text, article, due, sent_on, created_at, next_attempt_at)
      VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $9) RETURNING id""";
  private static final String CHAT_MESSAGE = """
      INSERT INTO messages (conversation_id, channel, direction, author, body, created_at)
      VALUES ($1, $2, 'out', 'bot', $3, $4)""";

  private static final String WAKE = 
      "INSERT INTO events (kind, conversation_id, case_id, at) VALUES ('conversation_message', $1, $2, $3)";
  /**
   * SMS notices due to go, leased for five minutes so that another instance does not send them too; a
   * crash after sending and before recording sends again, with the same reference for the gateway to drop.
   */
  private static final String CLAIM = """
      UPDATE notices n SET attempts = n.attempts + 1, next_attempt_at = $2::timestamptz + interval '5 minutes'
      FROM cases c
      WHERE c.id = n.case_id AND n.id IN (
        SELECT id FROM notices WHERE status = 'pending' AND channel = 'sms' AND next_attempt_at <= $2::timestamptz
        ORDER BY next_attempt_at LIMIT $1 FOR UPDATE SKIP LOCKED)
      RETURNING n.id, n.case_id, n.text, n.attempts, c.contact_phone,
                (SELECT m.body FROM messages m WHERE m.id = n.message_id) AS message_body""";
  /** WeChat notices due to go, leased like the SMS ones; with what the subscribe message's fields show. */
  private static final String CLAIM_WECHAT = """
      UPDATE notices n SET attempts = n.attempts + 1, next_attempt_at = $2::timestamptz + interval '5 minutes'
      FROM cases c
      WHERE c.id = n.case_id AND n.id IN (
        SELECT id FROM notices WHERE status = 'pending' AND channel = 'wechat' AND next_attempt_at <= $2::timestamptz
        ORDER BY next_attempt_at LIMIT $1 FOR UPDATE SKIP LOCKED)
      RETURNING n.id, n.case_id, n.act, n.article, n.due, n.text, n.attempts, c.case_number, c.state, c.lang,
                c.conversation_id, c.anonymous, coalesce(c.contact_mobile, false) AS has_mobile""";
  private static final String WECHAT_SENT = """
      UPDATE notices SET status = 'sent', sent_on = $2, provider_ref = $3, last_error = NULL, version = version + 1
      WHERE id = $1 AND status = 'pending'""";
  /** WeChat's report of a subscribe or template message (subscribe_msg_sent_event, TEMPLATESENDJOBFINISH). */
  private static final String WECHAT_RECEIPT = """
      UPDATE notices SET status = $2, delivered_on = CASE WHEN $2 = 'delivered' THEN $3 ELSE delivered_on END,
             last_error = CASE WHEN $2 = 'failed' THEN $4 ELSE last_error END, version = version + 1
      WHERE provider_ref = $1 AND channel = 'wechat' AND status = 'sent'
      RETURNING id, case_id, act, article, due, text""";
  private static final String SUBSCRIPTION = """
      INSERT INTO wechat_subscriptions (conversation_id, template_id, accepted, chosen_at, recorded_at)
      VALUES ($1, $2, $3, $4, $5)
      ON CONFLICT (conversation_id, template_id) DO UPDATE SET accepted = $3, chosen_at = $4, recorded_at = $5
      WHERE wechat_subscriptions.chosen_at <= $4 AND wechat_subscriptions.accepted <> $3
      RETURNING accepted""";
  private static final String CASES_OF_CONVERSATION = "SELECT id FROM cases WHERE conversation_id = $1 ORDER BY id";
  private static final String FALLBACK = """
      INSERT INTO notices (case_id, act, channel, status, text, article, due, created_at, next_attempt_at)
      SELECT case_id, act, 'sms', 'pending', text, article, due, $2, $2 FROM notices WHERE id = $1""";
  private static final String SENT = """
      UPDATE notices SET status = 'sent', sent_on = $2, provider_ref = $3, last_error = NULL, version = version + 1
      WHERE id = $1 AND status = 'pending'""";
  private static final String RETRY = """
      UPDATE notices SET next_attempt_at = $4::timestamptz + make_interval(secs => $2), last_error = $3, version = version + 1
      WHERE id = $1 AND status = 'pending'""";
  /** SMS notices failed because the number had opted out (退订), due again now that it opted back in. */
  private static final String RESUME_OPTED_OUT = """
      UPDATE notices n SET status = 'pending', attempts = 0, next_attempt_at = $2, last_error = NULL,
        version = n.version + 1
      FROM cases c
      WHERE c.id = n.case_id AND c.contact_phone_hash = ANY($1) AND n.channel = 'sms' AND n.status = 'failed'
        AND n.last_error = 'opted_out'
      RETURNING n.case_id, n.act""";
  private static final String FAILED = """
      UPDATE notices SET status = 'failed', last_error = $2, version = version + 1 WHERE id = $1 AND status = 'pending'""";
  private static final String RECEIPT = """
      UPDATE notices SET status = $3, delivered_on = CASE WHEN $3 = 'delivered' THEN $4 ELSE delivered_on END,
             last_error = CASE WHEN $3 = 'failed' THEN $5 ELSE last_error END, version = version + 1
      WHERE (provider_ref = $1 OR id = $2) AND channel = 'sms' AND status IN ('sent', 'pending', 'delivered')
      RETURNING id, case_id, act""";
  private static final String LOCK = """
      SELECT n.id, n.case_id, n.channel, n.status, n.act FROM notices n WHERE n.id = $1 FOR UPDATE""";
  private static final String STAFF_UPDATE = """
      UPDATE notices SET status = $2, sent_on = CASE WHEN $2 IN ('sent', 'delivered') THEN coalesce(sent_on, $3) ELSE sent_on END,
             delivered_on = CASE WHEN $2 = 'delivered' THEN $3 ELSE delivered_on END,
             last_error = CASE WHEN $2 = 'failed' THEN $4 ELSE last_error END, version = version + 1
      WHERE id = $1""";
  private static final String WORKLIST = """
      SELECT n.id, c.case_number, n.act, n.channel, n.status, n.text, n.article, n.due, n.created_at, n.sent_on,
             n.delivered_on, n.attempts, n.last_error,
             CASE WHEN n.act = 'accept' THEN 'acceptance' WHEN n.act = 'not_accept' THEN 'non_acceptance'
                  WHEN n.act = 'transfer' THEN 'transfer' WHEN n.act = 'extend' THEN 'extension'
                  WHEN n.act = 'reply_delivered' AND n.article = '第二十五条' THEN 'opinion' END AS document
      FROM notices n JOIN cases c ON c.id = n.case_id
      WHERE ($1::text IS NULL OR n.status = $1) AND ($2::text IS NULL OR n.channel = $2)
        AND ($3::text IS NULL OR c.case_number = $3) AND %s
      ORDER BY n.due NULLS LAST, n.id LIMIT 500""";

  private static final String BACKLOG = """
      SELECT count(*) FILTER (WHERE status = 'pending' AND channel = 'sms' AND created_at < $1::timestamptz - interval '15 minutes')
               AS sms_late,
             count(*) FILTER (WHERE status = 'failed') AS failed,
             count(*) FILTER (WHERE status = 'pending' AND channel IN ('letter', 'phone')) AS for_staff
      FROM notices""";

  /** A notice's copy in a conversation, and who wrote a message a channel could not carry. */
  private static final String UNCARRIED = """
      SELECT m.id, m.author, (m.body ->> 'notice')::bigint AS notice FROM messages m
      WHERE m.id = ANY($1) AND m.conversation_id = $2 ORDER BY m.id""";
  private static final String COPY_FAILED = """
      UPDATE notices SET status = 'failed', last_error = $2, version = version + 1
      WHERE id = $1 AND channel = 'web' AND status = 'sent' RETURNING case_id, act, text""";
  /** The same notice going another way (WeChat's subscribe message, SMS, a letter): the copy was not its only way. */
  private static final String GOES_ANOTHER_WAY = """
      SELECT EXISTS (SELECT 1 FROM notices s WHERE s.case_id = $1 AND s.act = $2 AND s.text = $3 AND s.channel <> 'web'
        AND s.status IN ('pending', 'sent', 'delivered'))""";
  /** The conversation's latest case with a mobile on record, not anonymous: where a staff message can go by SMS. */
  private static final String CASE_WITH_MOBILE = """
      SELECT id FROM cases WHERE conversation_id = $1 AND NOT anonymous AND coalesce(contact_mobile, false)
      ORDER BY id DESC LIMIT 1""";
  private static final String STAFF_MESSAGE_SMS = """
      INSERT INTO notices (case_id, act, channel, status, text, article, created_at, next_attempt_at, message_id)
      VALUES ($1, 'staff_message', 'sms', 'pending', $2, '', $3, $3, $4)""";
  /** What the worklist shows of a staff message sent by SMS: its text stays sealed in the conversation. */
  static final String STAFF_MESSAGE_TEXT = "（工作人员在会话中的消息，原文见会话记录）";

  private final Pool pool;
  private final Clock clock;
  private final PgSmsOptOuts optOuts;
  private final CaseHistory history;
  private final WeChatReach wechat;
  private final org.ecopetition.gateway.security.DataKeys keys;
  /** A notice told in the chat is a stored message: its text sealed as every message's (issue 11 §6). */
  private final org.ecopetition.gateway.security.AtRest atRest;

  /**
   * How written notices reach WeChat petitioners: the subscribe-message template they subscribe to (or, with
   * {@code templateMessages}, the template message the account sends to every follower); none: WeChat is no notice
   * channel.
   */
  public record WeChatReach(String templateId, boolean templateMessages) {
    public static final WeChatReach NONE = new WeChatReach("", false);

    public boolean enabled() {
      return templateId != null && !templateId.isBlank();
    }
  }

  /** {@code keys}: open the sealed phone of an SMS notice, just before it is sent. */
  public PgNoticeRepository(Pool pool, Clock clock, CaseHistory history, org.ecopetition.gateway.security.DataKeys keys) {
    this(pool, clock, history, WeChatReach.NONE, keys);
  }

  public PgNoticeRepository(Pool pool, Clock clock, CaseHistory history, WeChatReach wechat,
      org.ecopetition.gateway.security.DataKeys keys) {
    this.keys = keys;
    this.optOuts = new PgSmsOptOuts(pool, keys, clock, this::resumeOptedOut);
    this.atRest = new org.ecopetition.gateway.security.AtRest(keys);
    this.pool = pool;
    this.clock = clock;
    this.history = history;
    this.wechat = wechat;
  }

  public WeChatReach wechat() {
    return wechat;
  }

  /** The numbers that opted out of SMS (退订). */
  public PgSmsOptOuts optOuts() {
    return optOuts;
  }

  private OffsetDateTime stamp() {
    return clock.instant().atOffset(ZoneOffset.UTC);
  }

  public Future<Recipient> recipient(SqlClient conn, long caseId) {
    String template = wechat.enabled() ? wechat.templateId() : "";
    return conn.preparedQuery(RECIPIENT).execute(Tuple.of(caseId, template, wechat.templateMessages())).map(rows -> {
      Row r = rows.iterator().next();
      return new Recipient(r.getLong("id"), r.getString("case_number"), r.getUUID("conversation_id"),
          r.getString("channel"), r.getString("lang"), r.getString("department"), r.getBoolean("anonymous"),
          r.getBoolean("has_mobile"), r.getBoolean("has_phone"), r.getBoolean("has_address"),
          r.getBoolean("electronic_delivery"), r.getBoolean("wechat"));
    });
  }

  /**
   * Plans a notice on every channel that reaches the petitioner: the conversation at once (sent), SMS
   * queued for the dispatcher, a letter or a call waiting for staff; or the Art 17 exception recorded.
   * {@code due}: by when it must go (null: no deadline of its own); {@code opinion}: a written opinion to be
   * delivered (送达), on the channels that can deliver it ({@link NoticePlan#opinionChannels}).
   */
  public Future<Void> send(SqlClient conn, Recipient to, String act, String text, String article, LocalDate due,
      LocalDate on, boolean smsEnabled, boolean opinion) {
    List<NoticePlan.Channel> channels = opinion
        ? NoticePlan.opinionChannels(to.anonymous(), to.conversation() != null, to.hasMobile(), to.hasAddress(),
            smsEnabled, to.electronicDelivery(), to.wechat())
        : NoticePlan.channels(to.anonymous(), to.conversation() != null, to.hasMobile(), to.hasPhone(),
            to.hasAddress(), smsEnabled, to.wechat());
    OffsetDateTime at = on.atTime(12, 0).atOffset(ZoneOffset.ofHours(8));
    if (channels.isEmpty()) {
      return conn.preparedQuery(INSERT).execute(Tuple.from(new Object[] {to.caseId(), act, "none", "exempt", text,
              article, due, null, stamp()}))
          .compose(v -> event(conn, to.caseId(), at, "notice_exempt", "system:notices", "第十七条",
              "no contact details on record: the exception of Art 17"));
    }
    Future<Void> f = Future.succeededFuture();
    for (NoticePlan.Channel ch : channels) {
      f = f.compose(v -> switch (ch) {
        // The copy in the conversation is a message of kind "notice" naming its row: a messaging channel that cannot
        // carry it (the window closed, the number opted out) marks that row failed and falls back (undelivered).
        case WEB -> conn.preparedQuery(INSERT).execute(Tuple.from(new Object[] {to.caseId(), act, "web", "sent",
                text, article, due, on, stamp()}))
            .compose(rows -> conn.preparedQuery(CHAT_MESSAGE).execute(Tuple.of(to.conversation(), to.channel(),
                atRest.sealBody(new JsonObject().put("text", text).put("buttons", new JsonArray()).put("kind", "notice")
                    .put("notice", rows.iterator().next().getLong("id"))), stamp())))
            .compose(x -> conn.preparedQuery(WAKE).execute(Tuple.of(to.conversation(), to.caseId(), stamp())))
            .compose(x -> event(conn, to.caseId(), at, "notice_sent", "system:" + to.channel(), article,
                "delivered to the conversation"));
        case WECHAT, SMS, LETTER, PHONE -> conn.preparedQuery(INSERT).execute(Tuple.from(new Object[] {to.caseId(), act,
                ch.name().toLowerCase(), "pending", text, article, due, null, stamp()}))
            .compose(x -> event(conn, to.caseId(), at, "notice_queued", "system:notices", article,
                ch.name().toLowerCase()));
      });
    }
    return f;
  }

  private Future<Void> event(SqlClient conn, long caseId, OffsetDateTime at, String kind, String actor,
      String article, String reason) {
    return history.noticeStep(conn, caseId, at, kind, actor, article, reason);
  }

  /** An SMS the dispatcher holds: the phone is read here, used once, and never logged. */
  record Claimed(long id, long caseId, String text, int attempts, String phone) {}

  Future<List<Claimed>> claim(int batch) {
    return pool.preparedQuery(CLAIM).execute(Tuple.of(batch, stamp())).map(rows -> {
      List<Claimed> out = new ArrayList<>();
      rows.forEach(r -> {
        // A staff message's SMS carries the message itself, opened here (its text is never copied to the notice).
        JsonObject body = r.getJsonObject("message_body");
        String text = body == null ? r.getString("text") : atRest.openBody(body).getString("text");
        out.add(new Claimed(r.getLong("id"), r.getLong("case_id"), text, r.getInteger("attempts"),
            keys.open("cases.contact_phone", r.getString("contact_phone"))));
      });
      return out;
    });
  }

  Future<Void> sent(Claimed n, String providerRef, LocalDate on, OffsetDateTime at) {
    return pool.withTransaction(conn -> conn.preparedQuery(SENT).execute(Tuple.of(n.id(), on, providerRef))
        .compose(v -> event(conn, n.caseId(), at, "notice_sent", "system:sms", "第十七条", "sent by SMS")));
  }

  /** A failed attempt: tried again after {@code retrySeconds} doubling, or given up after the last one. */
  Future<Void> failed(Claimed n, String error, int maxAttempts, int retrySeconds, OffsetDateTime at) {
    if (n.attempts() < maxAttempts) {
      long wait = (long) retrySeconds << Math.min(n.attempts() - 1, 10);
      return pool.preparedQuery(RETRY).execute(Tuple.of(n.id(), (double) wait, error, stamp())).mapEmpty();
    }
    return pool.withTransaction(conn -> conn.preparedQuery(FAILED).execute(Tuple.of(n.id(), error))
        .compose(v -> event(conn, n.caseId(), at, "notice_failed", "system:sms", "第十七条",
            "SMS failed after " + n.attempts() + " attempts: " + error)));
  }

  /** The number opted back in (订阅): its notices failed meanwhile go again by SMS, each step on its case's history. */
  private Future<Void> resumeOptedOut(SqlClient conn, Buffer[] hashes, OffsetDateTime at) {
    return conn.preparedQuery(RESUME_OPTED_OUT).execute(Tuple.of(hashes, at)).compose(rows -> {
      Future<Void> steps = Future.succeededFuture();
      for (Row r : rows) {
        long caseId = r.getLong("case_id");
        steps = steps.compose(v -> event(conn, caseId, at, "notice_queued", "system:sms", "第十七条",
            "sent again by SMS: the number opted back in (订阅)"));
      }
      return steps;
    });
  }

  /**
   * The number opted out of SMS (退订): the notice is not sent and is failed at once, with its reason on the case's
   * history, so that the worklist of failed notices and the overdue list show it (staff reach the petitioner another
   * way).
   */
  Future<Void> optedOut(Claimed n, OffsetDateTime at) {
    return pool.withTransaction(conn -> conn.preparedQuery(FAILED).execute(Tuple.of(n.id(), "opted_out"))
        .compose(v -> event(conn, n.caseId(), at, "notice_failed", "system:sms", "第十七条",
            "not sent by SMS: the number opted out (退订)")));
  }

  /**
   * Messages of a conversation its channel ({@code channel}) did not carry, {@code why} (window_closed, refused,
   * opted_out). A notice's copy: its row is failed with the reason on the case's history, and where the notice goes no
   * other way an SMS takes its place if the case has a mobile (the dispatcher then honours an opt-out), else it waits on
   * the worklist of failed notices. A staff message: an SMS carrying it where the conversation's case has a mobile
   * (not when the number itself opted out). "sms" when anything went to SMS, else "none".
   */
  public Future<String> undelivered(java.util.UUID conversation, String channel, List<Long> messages, String why,
      boolean smsEnabled) {
    OffsetDateTime at = stamp();
    return pool.withTransaction(conn -> conn.preparedQuery(UNCARRIED)
        .execute(Tuple.of(messages.toArray(Long[]::new), conversation)).compose(rows -> {
          Future<Boolean> sms = Future.succeededFuture(false);
          for (Row r : rows) {
            Long notice = r.getLong("notice");
            String author = r.getString("author");
            long message = r.getLong("id");
            if (notice != null) {
              sms = sms.compose(any -> copyFailed(conn, notice, channel, why, smsEnabled, at).map(s -> any || s));
            } else if (author.startsWith("staff:") && smsEnabled && !"opted_out".equals(why)) {
              sms = sms.compose(any -> conn.preparedQuery(CASE_WITH_MOBILE).execute(Tuple.of(conversation))
                  .compose(cases -> {
                    if (cases.size() == 0) {
                      return Future.succeededFuture(any);
                    }
                    long caseId = cases.iterator().next().getLong("id");
                    return conn.preparedQuery(STAFF_MESSAGE_SMS).execute(Tuple.of(caseId, STAFF_MESSAGE_TEXT, at,
                            message))
                        .compose(x -> event(conn, caseId, at, "notice_queued", "system:notices", "",
                            "sms (fallback: a staff message " + channel + " did not carry: " + why + ")"))
                        .map(x -> true);
                  }));
            }
          }
          return sms.map(any -> any ? "sms" : "none");
        }));
  }

  /** A notice's copy the conversation's channel did not carry: true when an SMS was queued in its place. */
  private Future<Boolean> copyFailed(SqlClient conn, long notice, String channel, String why, boolean smsEnabled,
      OffsetDateTime at) {
    return conn.preparedQuery(COPY_FAILED).execute(Tuple.of(notice, why)).compose(rows -> {
      if (rows.size() == 0) {
        return Future.succeededFuture(false);
      }
      Row n = rows.iterator().next();
      long caseId = n.getLong("case_id");
      return event(conn, caseId, at, "notice_failed", "system:" + channel, "第十七条",
              "not delivered in the conversation (" + channel + ": " + why + ")")
          .compose(v -> conn.preparedQuery(GOES_ANOTHER_WAY).execute(Tuple.of(caseId, n.getString("act"),
              n.getString("text"))))
          .compose(other -> other.iterator().next().getBoolean(0) ? Future.succeededFuture(false)
              : recipient(conn, caseId).compose(to -> to.anonymous() || !to.hasMobile() || !smsEnabled
                  ? Future.succeededFuture(false)
                  : conn.preparedQuery(FALLBACK).execute(Tuple.of(notice, at))
                      .compose(x -> event(conn, caseId, at, "notice_queued", "system:notices", "第十七条",
                          "sms (fallback: " + channel + " did not carry the notice: " + why + ")"))
                      .map(x -> true)));
    });
  }

  /** A WeChat notice the dispatcher holds, with what its subscribe-message fields show. */
  record WeChatClaimed(long id, long caseId, String caseNumber, String state, String lang, java.util.UUID conversation,
      int attempts, boolean fallbackPossible) {}

  Future<List<WeChatClaimed>> claimWeChat(int batch, boolean smsEnabled) {
    return pool.preparedQuery(CLAIM_WECHAT).execute(Tuple.of(batch, stamp())).map(rows -> {
      List<WeChatClaimed> out = new ArrayList<>();
      rows.forEach(r -> out.add(new WeChatClaimed(r.getLong("id"), r.getLong("case_id"), r.getString("case_number"),
          r.getString("state"), r.getString("lang"), r.getUUID("conversation_id"), r.getInteger("attempts"),
          smsEnabled && !r.getBoolean("anonymous") && r.getBoolean("has_mobile"))));
      return out;
    });
  }

  Future<Void> wechatSent(WeChatClaimed n, String msgId, LocalDate on, OffsetDateTime at, String how) {
    return pool.withTransaction(conn -> conn.preparedQuery(WECHAT_SENT).execute(Tuple.of(n.id(), on, msgId))
        .compose(v -> event(conn, n.caseId(), at, "notice_sent", "system:wechat", "第十七条", "sent by WeChat " + how)));
  }

  /**
   * WeChat will not take the notice (the petitioner withdrew the subscription or unfollowed: {@code refused}), or the
   * last attempt failed: the notice is failed and, where a mobile is on record and SMS is on, an SMS takes its place
   * (correction 10: SMS is the fallback). Otherwise tried again after {@code retrySeconds} doubling.
   */
  Future<Void> wechatFailed(WeChatClaimed n, String error, boolean refused, int maxAttempts, int retrySeconds,
      OffsetDateTime at) {
    if (!refused && n.attempts() < maxAttempts) {
      long wait = (long) retrySeconds << Math.min(n.attempts() - 1, 10);
      return pool.preparedQuery(RETRY).execute(Tuple.of(n.id(), (double) wait, error, stamp())).mapEmpty();
    }
    return pool.withTransaction(conn -> conn.preparedQuery(FAILED).execute(Tuple.of(n.id(), error))
        .compose(v -> event(conn, n.caseId(), at, "notice_failed", "system:wechat", "第十七条",
            "WeChat did not take the notice: " + error))
        .compose(v -> n.fallbackPossible()
            ? conn.preparedQuery(FALLBACK).execute(Tuple.of(n.id(), stamp()))
                .compose(x -> event(conn, n.caseId(), at, "notice_queued", "system:notices", "第十七条",
                    "sms (fallback: WeChat did not take the notice)"))
            : Future.<Void>succeededFuture()));
  }

  /**
   * WeChat's report of a subscribe or template message it sent ({@code msgId}): delivered, or failed (the user
   * blocked it), in which case the SMS fallback is queued as for a refusal. False: no such WeChat notice.
   */
  public Future<Boolean> wechatReceipt(String msgId, boolean delivered, String error, boolean smsEnabled) {
    OffsetDateTime at = stamp();
    LocalDate on = LocalDate.ofInstant(clock.instant(), java.time.ZoneId.of("Asia/Shanghai"));
    return pool.withTransaction(conn -> conn.preparedQuery(WECHAT_RECEIPT)
        .execute(Tuple.of(msgId, delivered ? "delivered" : "failed", on, error)).compose(rows -> {
          if (rows.size() == 0) {
            return Future.succeededFuture(false);
          }
          Row r = rows.iterator().next();
          long noticeId = r.getLong("id");
          long caseId = r.getLong("case_id");
          Future<Void> step = event(conn, caseId, at, delivered ? "notice_delivered" : "notice_failed", "system:wechat",
              "第十七条", delivered ? "WeChat delivered the notice" : "WeChat did not deliver the notice: " + error);
          if (delivered) {
            return step.map(v -> true);
          }
          return step.compose(v -> recipient(conn, caseId)).compose(to -> to.anonymous() || !to.hasMobile()
                  || !smsEnabled ? Future.<Void>succeededFuture()
                  : conn.preparedQuery(FALLBACK).execute(Tuple.of(noticeId, at))
                      .compose(x -> event(conn, caseId, at, "notice_queued", "system:notices", "第十七条",
                          "sms (fallback: WeChat did not deliver the notice)")))
              .map(v -> true);
        }));
  }

  /**
   * What a WeChat user chose for a template in the subscribe popup or later in WeChat's settings ({@code chosenAt}:
   * WeChat's time of the choice; an older choice arriving late changes nothing). Recorded on every case of the
   * conversation. False: nothing changed.
   */
  public Future<Boolean> subscription(java.util.UUID conversation, String templateId, boolean accepted,
      java.time.Instant chosenAt) {
    OffsetDateTime at = stamp();
    return pool.withTransaction(conn -> conn.preparedQuery(SUBSCRIPTION).execute(Tuple.of(conversation, templateId,
        accepted, chosenAt.atOffset(ZoneOffset.UTC), at)).compose(rows -> {
          if (rows.size() == 0) {
            return Future.succeededFuture(false);
          }
          return conn.preparedQuery(CASES_OF_CONVERSATION).execute(Tuple.of(conversation)).compose(cases -> {
            Future<Void> all = Future.succeededFuture();
            for (Row c : cases) {
              all = all.compose(v -> event(conn, c.getLong("id"), at, accepted ? "wechat_subscribed"
                  : "wechat_unsubscribed", "petitioner:wechat", "第十七条", "notice template " + templateId));
            }
            return all.map(v -> true);
          });
        }));
  }

  /**
   * For /health/ready: SMS notices still waiting after 15 minutes (the SMS gateway is down or refusing),
   * notices that failed, and letters and calls waiting for staff. Never a reason to be DOWN.
   */
  public Future<JsonObject> backlog() {
    return pool.preparedQuery(BACKLOG).execute(Tuple.of(stamp())).map(rows -> {
      Row r = rows.iterator().next();
      long late = r.getLong("sms_late");
      return new JsonObject().put("smsWaitingOver15Minutes", late).put("failed", r.getLong("failed"))
          .put("waitingForStaff", r.getLong("for_staff"))
          .put("warning", late > 0 ? "SMS notices are not going out: check sms.url and the SMS gateway" : null);
    });
  }

  /** A delivery report from the SMS gateway; false: no such SMS notice. */
  Future<Boolean> receipt(String reference, boolean delivered, String error, LocalDate on, OffsetDateTime at) {
    long id = reference.startsWith("notice-") ? parseId(reference.substring(7)) : -1;
    String status = delivered ? "delivered" : "failed";
    return pool.withTransaction(conn -> conn.preparedQuery(RECEIPT).execute(Tuple.of(reference, id, status, on, error))
        .compose(rows -> {
          if (rows.size() == 0) {
            return Future.succeededFuture(false);
          }
          long caseId = rows.iterator().next().getLong("case_id");
          // A written opinion carried by the SMS is delivered (送达) when its delivery report comes back.
          boolean opinion = delivered && "reply_delivered".equals(rows.iterator().next().getString("act"));
          return event(conn, caseId, at, delivered ? "notice_delivered" : "notice_failed", "system:sms", "第十七条",
              delivered ? "SMS delivered" : "SMS not delivered: " + error)
              .compose(v -> opinion ? history.replyDelivered(conn, caseId, on, "sms") : Future.<Void>succeededFuture())
              .map(v -> true);
        }));
  }

  private static long parseId(String s) {
    try {
      return Long.parseLong(s);
    } catch (NumberFormatException e) {
      return -1;
    }
  }

  /** What staff record of a letter posted or a call made: sent, delivered (送达) or failed, on a day. */
  public enum StaffOutcome { SENT, DELIVERED, FAILED }

  /** Empty: no such notice. A notice already delivered or exempt stays as it is (the result says so). */
  public Future<Optional<String>> record(long noticeId, StaffOutcome outcome, LocalDate on, String note, String actor) {
    OffsetDateTime at = on.atTime(12, 0).atOffset(ZoneOffset.ofHours(8));
    return pool.withTransaction(conn -> conn.preparedQuery(LOCK).execute(Tuple.of(noticeId)).compose(rows -> {
      if (rows.size() == 0) {
        return Future.succeededFuture(Optional.<String>empty());
      }
      Row r = rows.iterator().next();
      String status = r.getString("status");
      if (status.equals("delivered") || status.equals("exempt")) {
        return Future.succeededFuture(Optional.of(status));
      }
      String to = outcome.name().toLowerCase();
      boolean replyDelivered = outcome == StaffOutcome.DELIVERED && "reply_delivered".equals(r.getString("act"));
      return conn.preparedQuery(STAFF_UPDATE).execute(Tuple.of(noticeId, to, on, note))
          .compose(v -> replyDelivered
              ? history.replyDelivered(conn, r.getLong("case_id"), on, r.getString("channel"))
              : Future.<Void>succeededFuture())
          .compose(v -> event(conn, r.getLong("case_id"), at, "notice_" + to, actor, "第十七条",
              r.getString("channel") + (note == null ? "" : ": " + note)))
          .map(v -> Optional.of(to));
    }));
  }

  /**
   * Notices by status, channel or case: the letters to post, the calls to make, the SMS that failed; with
   * the document to print and post for a letter ({@code /cases/{n}/documents/{document}}), where there is one;
   * only of the cases in {@code scope}.
   */
  public Future<JsonArray> list(String status, String channel, String caseNumber, CaseScope scope) {
    List<Object> params = new ArrayList<>(java.util.Arrays.asList(status, channel, caseNumber));
    params.addAll(scope.params());
    return pool.preparedQuery(WORKLIST.formatted(scope.sql("c", 4))).execute(Tuple.from(params)).map(rows -> {
      JsonArray a = new JsonArray();
      rows.forEach(r -> a.add(r.toJson()));
      return a;
    });
  }
}
