package org.ecopetition.gateway.staff;

import io.vertx.core.Future;
import io.vertx.core.json.DecodeException;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.RoutingContext;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.ecopetition.gateway.calendar.Deadline;
import org.ecopetition.gateway.calendar.WorkCalendar;
import org.ecopetition.gateway.config.GatewayConfig;
import org.ecopetition.gateway.lifecycle.Act;
import org.ecopetition.gateway.lifecycle.CaseStatus;
import org.ecopetition.gateway.lifecycle.ClockSpec;
import org.ecopetition.gateway.lifecycle.Clocks;
import org.ecopetition.gateway.lifecycle.Command;
import org.ecopetition.gateway.lifecycle.Outcome;
import org.ecopetition.gateway.lifecycle.Pause;
import org.ecopetition.gateway.lifecycle.Procedure;
import org.ecopetition.gateway.lifecycle.NoticePlan;
import org.ecopetition.gateway.notice.PgNoticeRepository;
import org.ecopetition.gateway.notice.Recipient;
import org.ecopetition.gateway.web.ApiError;
import org.ecopetition.gateway.web.Requests;

/**
 * {@code POST /cases/{n}/acts}: an act through the regulation's procedure, in one transaction with its
 * history entry, its new deadlines and the notice it owes the petitioner; optimistic versions, so that of
 * two staff acting at once one wins and the other is told.
 */
final class CaseActs {
  private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");
  /** The acts whose notice is the one Art 17 owes within 15 days of receipt. */
  private static final List<Act> DECISIONS = List.of(Act.ACCEPT, Act.TRANSFER, Act.REFER, Act.NOT_ACCEPT);
  /** Statuses in which the handling clock runs and is recomputed on each act. */
  private static final java.util.Set<CaseStatus> OPEN = java.util.EnumSet.of(CaseStatus.ACCEPTED, CaseStatus.HANDLING);

  /** Art 28: how a subtype (3) reply reached the petitioner — web, phone, on the spot, or in writing when asked. */
  private static final java.util.Set<String> FEEDBACK = java.util.Set.of("web", "phone", "on_site", "written");

  private final PgStaffRepository repo;
  private final PgNoticeRepository notices;
  private final Procedure procedure;
  private final Clocks clocks;
  private final List<ClockSpec> specs = ClockSpec.bundled();
  private final Map<String, GatewayConfig.PerformPeriod> periods = new java.util.HashMap<>();
  private final boolean smsEnabled;
  private final Clock clock;

  CaseActs(PgStaffRepository repo, PgNoticeRepository notices, WorkCalendar calendar, GatewayConfig cfg, Clock clock) {
    this.repo = repo;
    this.notices = notices;
    this.procedure = new Procedure(calendar);
    this.clocks = new Clocks(calendar);
    cfg.lifecycle().performPeriods().forEach(p -> periods.put(p.matter(), p));
    this.smsEnabled = cfg.sms().enabled();
    this.clock = clock;
  }

  /** What an act ended as: applied, refused by the procedure, stale, or no such case. */
  private sealed interface Result {}

  private record Done(CaseStatus status, long version, String article) implements Result {}

  private record Refused(Outcome.Rejected why) implements Result {}

  private record Stale(long current) implements Result {}

  private record Missing() implements Result {}

  void act(RoutingContext ctx) {
    String lang = Requests.lang(ctx);
    JsonObject body;
    Act act;
    LocalDate on;
    try {
      body = ctx.body().asJsonObject();
      act = Act.valueOf(body.getString("act", "").toUpperCase());
      on = body.getString("on") == null ? LocalDate.ofInstant(clock.instant(), CHINA) : LocalDate.parse(body.getString("on"));
      if (body.getValue("version") == null || body.getValue("reportDays") != null && body.getInteger("reportDays") < 1) {
        throw new IllegalArgumentException("version");
      }
    } catch (DecodeException | IllegalArgumentException | NullPointerException | ClassCastException
        | DateTimeParseException e) {
      Requests.fail(ctx, ApiError.BAD_JSON, lang);
      return;
    }
    String feedback = body.getString("feedback");
    if (feedback != null && !FEEDBACK.contains(feedback)) {
      Requests.invalidField(ctx, "feedback", "反馈方式须为 web（网络）、phone（电话）、on_site（当面）或 written（书面）之一（第二十八条）。",
          "feedback is one of web, phone, on_site, written (Art 28).");
      return;
    }
    long version = body.getLong("version");
    Command cmd = new Command(act, ctx.get("staff"), on, body.getString("reason"), body.getInteger("days"),
        body.getString("approver"), body.getString("to"));
    String publicText = body.getString("publicText");
    Integer reportDays = body.getInteger("reportDays");
    repo.pool().withTransaction(conn -> repo.lock(conn, ctx.pathParam("caseNumber")).compose(found -> {
      if (found.isEmpty()) {
        return Future.<Result>succeededFuture(new Missing());
      }
      PgStaffRepository.Locked c = found.get();
      if (c.version() != version) {
        return Future.<Result>succeededFuture(new Stale(c.version()));
      }
      Outcome o = procedure.apply(c.facts(), cmd);
      if (o instanceof Outcome.Rejected r) {
        return Future.<Result>succeededFuture(new Refused(r));
      }
      Outcome.Applied applied = (Outcome.Applied) o;
      return notices.recipient(conn, c.id()).compose(to -> repo.hearings(conn, c.id(), on).compose(pauses -> {
        PgStaffRepository.Update u = next(c, cmd, applied.status(), pauses, reportDays, reachesAtOnce(to));
        return repo.update(conn, c.id(), u, version)
            .compose(v -> repo.event(conn, c.id(), on, eventKind(act), cmd.actor(), c.facts().status().code(),
                applied.status().code(), applied.article(), cmd.reason(), publicText, detail(body, act, u))
                .compose(x -> {
                  Optional<String> text = Notices.text(cmd, to, u, publicText);
                  return text.isEmpty() ? Future.<Void>succeededFuture()
                      : notices.send(conn, to, eventKind(act), text.get(), applied.article(), noticeDue(c, cmd), on,
                          smsEnabled);
                })
                .map(x -> (Result) new Done(applied.status(), v, applied.article())));
      }));
    })).onSuccess(result -> answer(ctx, lang, result)).onFailure(ctx::fail);
  }

  private static void answer(RoutingContext ctx, String lang, Result result) {
    if (result instanceof Done d) {
      ctx.json(new JsonObject().put("status", d.status().code()).put("label", d.status().zh())
          .put("version", d.version()).put("article", d.article()));
    } else if (result instanceof Refused r) {
      ctx.response().setStatusCode(422).putHeader("Content-Type", "application/json; charset=utf-8")
          .end(new JsonObject().put("error", new JsonObject().put("code", "refused")
              .put("message", "en".equals(lang) ? r.why().reasonEn() : r.why().reasonZh())
              .put("article", r.why().article())).encode());
    } else if (result instanceof Stale s) {
      ctx.response().setStatusCode(409).putHeader("Content-Type", "application/json; charset=utf-8")
          .end(new JsonObject().put("error", new JsonObject().put("code", "conflict").put("currentVersion", s.current())
              .put("message", "en".equals(lang) ? "Someone else changed this case; reload it and try again."
                  : "案件已被他人修改，请刷新后重试。")).encode());
    } else {
      Requests.fail(ctx, ApiError.NOT_FOUND, lang);
    }
  }

  /**
   * Whether a written reply reaches the petitioner the day it is issued: in their conversation or by SMS.
   * A letter is delivered (送达) when staff record it, and the review windows wait for that (Art 30, 31).
   */
  private boolean reachesAtOnce(Recipient to) {
    return NoticePlan.channels(to.anonymous(), to.conversation() != null, to.hasMobile(), to.hasPhone(),
            to.hasAddress(), smsEnabled)
        .stream().anyMatch(ch -> ch == NoticePlan.Channel.WEB || ch == NoticePlan.Channel.SMS);
  }

  /**
   * By when the act's notice must reach the petitioner: a decision on a matter raised directly within the
   * 15 days of Art 17; an extension before the limit it extends (Art 29); other notices have no limit.
   */
  private static LocalDate noticeDue(PgStaffRepository.Locked c, Command cmd) {
    if (DECISIONS.contains(cmd.act())) {
      return c.raisedDirectly() ? c.noticeDue() : null;
    }
    return cmd.act() == Act.EXTEND ? c.handlingDue() : null;
  }

  /** What an act decided beyond its reason, for the history and the documents. */
  private static JsonObject detail(JsonObject body, Act act, PgStaffRepository.Update u) {
    JsonObject d = new JsonObject();
    for (String k : List.of("outcome", "basis", "agreement", "to", "days", "approver", "kind", "reportDays", "feedback")) {
      if (body.getValue(k) != null) {
        d.put(k, body.getValue(k));
      }
    }
    if (u.handlingBasis() != null && act == Act.ACCEPT) {
      d.put("period", u.handlingBasis());
    }
    if (u.reportDue() != null && act == Act.TRANSFER) {
      d.put("reportDue", u.reportDue().toString());
    }
    return d.isEmpty() ? null : d;
  }

  /**
   * The case after an applied act: acceptance starts the handling clock (Art 27's 60 days, or the period
   * another law sets for the matter), extensions and hearings move it, a review request starts the
   * reviewer's 30 days, a transfer may set when the result must be reported (Art 17(1)(4)).
   */
  private PgStaffRepository.Update next(PgStaffRepository.Locked c, Command cmd, CaseStatus to, List<Pause> pauses,
      Integer reportDays, boolean reachesAtOnce) {
    LocalDate accepted = cmd.act() == Act.ACCEPT ? cmd.on() : c.acceptedDate();
    int extensionDays = cmd.act() == Act.EXTEND ? cmd.days() : c.extensionDays();
    boolean extended = c.facts().extended() || cmd.act() == Act.EXTEND;
    boolean hearing = cmd.act() == Act.START_HEARING || c.facts().hearingOpen() && cmd.act() != Act.END_HEARING;
    boolean fastTrack = c.fastTrack() || cmd.act() == Act.FAST_TRACK;
    LocalDate noticeDue = c.noticeDue();
    boolean noticeEstimated = c.noticeDueEstimated();
    if (cmd.act() == Act.FAST_TRACK && to == CaseStatus.REGISTERED) {
      // The shorter notice limit of Art 32 never lengthens one already running.
      Deadline n = clocks.due(ClockSpec.byId(specs, "notice").orElseThrow(), c.receivedDate(), List.of(), true, 0);
      if (n.lastDay().isBefore(noticeDue)) {
        noticeDue = n.lastDay();
        noticeEstimated = n.estimated();
      }
    }
    LocalDate due = c.handlingDue();
    boolean estimated = c.handlingDueEstimated();
    String basis = c.handlingBasis();
    Optional<Deadline> review = clocks.reviewReplyDue(to, cmd.on(), specs);
    Optional<ClockSpec> handling = handlingClock(c);
    if (review.isPresent() && to != c.facts().status()) {
      due = review.get().lastDay();
      estimated = review.get().estimated();
    } else if (accepted != null && handling.isPresent() && OPEN.contains(to)) {
      Deadline d = clocks.due(handling.get(), accepted, pauses, fastTrack, extensionDays);
      due = d.lastDay();
      estimated = d.estimated();
      basis = handling.get().article();
    }
    LocalDate delivered = c.facts().lastDelivery();
    if (cmd.act() == Act.ISSUE_OPINION || cmd.act() == Act.REPLY_REVIEW || cmd.act() == Act.REPLY
        || cmd.act() == Act.REPLY_REREVIEW) {
      // Delivered the day it is issued through the chat or by SMS; by letter, when staff record the delivery.
      delivered = reachesAtOnce ? cmd.on() : null;
    }
    LocalDate reportDue = c.reportDue();
    boolean reportEstimated = c.reportDueEstimated();
    Integer days = reportDays != null ? reportDays : c.proposedReportDays();
    if (cmd.act() == Act.TRANSFER && days != null) {
      Deadline r = clocks.due(new ClockSpec("report", days, ClockSpec.Unit.DAY, "transferred", "transferred",
          "第十七条第一款第四项", null), cmd.on(), List.of(), false, 0);
      reportDue = r.lastDay();
      reportEstimated = r.estimated();
    }
    return new PgStaffRepository.Update(to, accepted, due, estimated, extended, hearing, delivered, extensionDays,
        fastTrack, noticeDue, noticeEstimated, basis, reportDue, reportEstimated);
  }

  /** The clock of the handling: Art 27 for subtype (3) (or the period another law sets), Art 29 for (4). */
  private Optional<ClockSpec> handlingClock(PgStaffRepository.Locked c) {
    Integer subtype = c.facts().subtype();
    if (!"申诉求决".equals(c.facts().category()) || subtype == null || subtype < 3) {
      return Optional.empty();
    }
    ClockSpec spec = ClockSpec.byId(specs, subtype == 3 ? "perform" : "conclude").orElseThrow();
    GatewayConfig.PerformPeriod p = subtype == 3 && c.matter() != null ? periods.get(c.matter()) : null;
    return Optional.of(p == null ? spec : spec.withLength(p.days(), p.basis() + "（第二十七条：法律、法规另有规定的，从其规定）"));
  }

  private static String eventKind(Act act) {
    return switch (act) {
      case START_HEARING -> "hearing_started";
      case END_HEARING -> "hearing_ended";
      case ISSUE_OPINION, REPLY, REPLY_REVIEW -> "reply_delivered";
      default -> act.name().toLowerCase();
    };
  }
}
