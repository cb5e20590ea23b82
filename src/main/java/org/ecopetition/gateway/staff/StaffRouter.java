package org.ecopetition.gateway.staff;

import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.json.DecodeException;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.BodyHandler;
import io.vertx.sqlclient.Pool;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.ecopetition.gateway.calendar.Deadline;
import org.ecopetition.gateway.calendar.WorkCalendar;
import org.ecopetition.gateway.config.GatewayConfig;
import org.ecopetition.gateway.documents.Documents;
import org.ecopetition.gateway.lifecycle.Act;
import org.ecopetition.gateway.lifecycle.CaseStatus;
import org.ecopetition.gateway.lifecycle.ClockSpec;
import org.ecopetition.gateway.lifecycle.Clocks;
import org.ecopetition.gateway.lifecycle.Command;
import org.ecopetition.gateway.lifecycle.Outcome;
import org.ecopetition.gateway.lifecycle.Pause;
import org.ecopetition.gateway.lifecycle.Procedure;
import org.ecopetition.gateway.web.ApiError;
import org.ecopetition.gateway.web.Requests;

/**
 * The staff API under {@code /api/v1/staff} (bearer token of a configured member of staff): a case's
 * details (each read logged, Art 42), its history, acts on it through the regulation's procedure — one
 * transaction per act, optimistic versions so that of two staff acting at once one wins and the other is
 * told — the delivery of written replies, and the overdue list (Art 38–41).
 */
public final class StaffRouter {
  private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

  private final StaffAuth auth;
  private final PgStaffRepository repo;
  private final Procedure procedure;
  private final Clocks clocks;
  private final List<ClockSpec> specs = ClockSpec.bundled();
  private final Clock clock;
  private final Documents documents = Documents.bundled();
  private io.vertx.core.WorkerExecutor pdfPool;

  private StaffRouter(StaffAuth auth, PgStaffRepository repo, WorkCalendar calendar, Clock clock) {
    this.auth = auth;
    this.repo = repo;
    this.procedure = new Procedure(calendar);
    this.clocks = new Clocks(calendar);
    this.clock = clock;
  }

  public static Router create(Vertx vertx, Pool pool, GatewayConfig.Staff cfg, WorkCalendar calendar, Clock clock) {
    StaffRouter s = new StaffRouter(new StaffAuth(cfg.tokens()), new PgStaffRepository(pool), calendar, clock);
    // PDF rendering is blocking: it has its own named pool, never an event loop.
    s.pdfPool = vertx.createSharedWorkerExecutor("pdf", 2);
    Router r = Router.router(vertx);
    r.route().handler(s::authenticate);
    r.post().handler(BodyHandler.create().setBodyLimit(64 * 1024));
    r.get("/cases/:caseNumber").handler(s::details);
    r.get("/cases/:caseNumber/history").handler(s::history);
    r.post("/cases/:caseNumber/acts").handler(s::act);
    r.get("/supervision/overdue").handler(s::overdue);
    r.post("/supervision/notes").handler(ctx -> s.supervise(ctx, "supervision_note"));
    r.post("/supervision/feedback").handler(ctx -> s.supervise(ctx, "supervision_feedback"));
    r.get("/stats/:dimension").handler(s::stats);
    r.get("/export").handler(s::export);
    r.get("/cases/:caseNumber/documents/:type").handler(s::document);
    return r;
  }

  private void authenticate(RoutingContext ctx) {
    String h = ctx.request().getHeader("Authorization");
    Optional<String> login = auth.login(h != null && h.startsWith("Bearer ") ? h.substring(7) : null);
    if (login.isEmpty()) {
      ctx.response().setStatusCode(401).putHeader("Content-Type", "application/json; charset=utf-8")
          .end(new JsonObject().put("error", new JsonObject().put("code", "unauthorized")
              .put("message", "en".equals(Requests.lang(ctx)) ? "Staff sign-in required." : "需要工作人员身份。")).encode());
      return;
    }
    ctx.put("staff", "staff:" + login.get());
    ctx.next();
  }

  private void details(RoutingContext ctx) {
    repo.details(ctx.pathParam("caseNumber"), ctx.get("staff")).onSuccess(o -> {
      if (o.isEmpty()) {
        Requests.fail(ctx, ApiError.NOT_FOUND, Requests.lang(ctx));
      } else {
        ctx.json(o.get());
      }
    }).onFailure(ctx::fail);
  }

  private void history(RoutingContext ctx) {
    repo.history(ctx.pathParam("caseNumber")).onSuccess(a -> ctx.json(new JsonObject().put("events", a)))
        .onFailure(ctx::fail);
  }

  private void overdue(RoutingContext ctx) {
    repo.overdue(LocalDate.ofInstant(clock.instant(), CHINA)).onSuccess(a -> ctx.json(new JsonObject().put("cases", a)))
        .onFailure(ctx::fail);
  }

  /** Art 38: a supervision note on an overdue or mishandled case, and the written feedback that answers it. */
  private void supervise(RoutingContext ctx, String kind) {
    String lang = Requests.lang(ctx);
    JsonObject body;
    try {
      body = ctx.body().asJsonObject();
    } catch (DecodeException | ClassCastException e) {
      body = null;
    }
    String text = body == null ? null : body.getString("text");
    String number = body == null ? null : body.getString("caseNumber");
    if (text == null || text.isBlank() || number == null) {
      Requests.fail(ctx, ApiError.BAD_JSON, lang);
      return;
    }
    repo.supervision(number, kind, ctx.get("staff"), text.strip(), LocalDate.ofInstant(clock.instant(), CHINA))
        .onSuccess(found -> {
          if (found) {
            ctx.response().setStatusCode(201).end();
          } else {
            Requests.fail(ctx, ApiError.NOT_FOUND, lang);
          }
        }).onFailure(ctx::fail);
  }

  /** Counts by kind, province, channel, month, category or state, as JSON or CSV; satisfaction counted (Art 16). */
  private void stats(RoutingContext ctx) {
    String dimension = ctx.pathParam("dimension");
    if ("satisfaction".equals(dimension)) {
      repo.satisfaction().onSuccess(a -> ctx.json(new JsonObject().put("satisfaction", a))).onFailure(ctx::fail);
      return;
    }
    if (!PgStaffRepository.knownDimension(dimension)) {
      Requests.fail(ctx, ApiError.NO_SUCH_PAGE, Requests.lang(ctx));
      return;
    }
    LocalDate from;
    LocalDate to;
    try {
      from = ctx.request().getParam("from") == null ? null : LocalDate.parse(ctx.request().getParam("from"));
      to = ctx.request().getParam("to") == null ? null : LocalDate.parse(ctx.request().getParam("to"));
    } catch (DateTimeParseException e) {
      Requests.fail(ctx, ApiError.BAD_DATE, Requests.lang(ctx));
      return;
    }
    boolean csv = "csv".equals(ctx.request().getParam("format"));
    repo.counts(dimension, from, to).onSuccess(a -> {
      if (csv) {
        StringBuilder b = new StringBuilder(dimension).append(",count\n");
        a.forEach(o -> b.append(csvField(((JsonObject) o).getString("key"))).append(',')
            .append(((JsonObject) o).getLong("count")).append('\n'));
        ctx.response().putHeader("Content-Type", "text/csv; charset=utf-8").end(b.toString());
      } else {
        ctx.json(new JsonObject().put("by", dimension).put("counts", a));
      }
    }).onFailure(ctx::fail);
  }

  private static String csvField(String s) {
    return s.contains(",") || s.contains("\"") ? "\"" + s.replace("\"", "\"\"") + "\"" : s;
  }

  private void export(RoutingContext ctx) {
    LocalDate from;
    LocalDate to;
    try {
      from = LocalDate.parse(ctx.request().getParam("from"));
      to = LocalDate.parse(ctx.request().getParam("to"));
    } catch (DateTimeParseException | NullPointerException e) {
      Requests.fail(ctx, ApiError.BAD_DATE, Requests.lang(ctx));
      return;
    }
    boolean redacted = "true".equals(ctx.request().getParam("forReportedParty"));
    repo.export(from, to, redacted, ctx.get("staff")).onSuccess(a -> ctx.json(new JsonObject().put("cases", a)))
        .onFailure(ctx::fail);
  }

  private static final java.util.Map<String, String[]> DOCUMENT_ACTS = java.util.Map.of(
      "acceptance", new String[] {"accept", null, "受理告知书"},
      "non_acceptance", new String[] {"not_accept", null, "不予受理告知书"},
      "transfer", new String[] {"transfer", null, "转送（交办）告知书"},
      "extension", new String[] {"extend", null, "延期办理告知书"},
      "opinion", new String[] {"reply_delivered", "第二十五条", "信访处理意见书"},
      "mediation", new String[] {"mediate", null, "调解协议书"});

  /** A document of the case as printable HTML or PDF (Art 17, 25, 26, 29). */
  private void document(RoutingContext ctx) {
    String lang = Requests.lang(ctx);
    String[] spec = DOCUMENT_ACTS.get(ctx.pathParam("type"));
    if (spec == null) {
      Requests.fail(ctx, ApiError.NO_SUCH_PAGE, lang);
      return;
    }
    String type = ctx.pathParam("type");
    boolean pdf = "pdf".equals(ctx.request().getParam("format"));
    repo.documentData(ctx.pathParam("caseNumber"), spec[0], spec[1]).compose(data -> {
      if (data.isEmpty()) {
        Requests.fail(ctx, ApiError.NOT_FOUND, lang);
        return Future.succeededFuture();
      }
      JsonObject d = data.get();
      if (d.getBoolean("missing", false)) {
        ctx.response().setStatusCode(409).putHeader("Content-Type", "application/json; charset=utf-8")
            .end(new JsonObject().put("error", new JsonObject().put("code", "no_such_act").put("message",
                "en".equals(lang) ? "This document exists only once its act is recorded." : "尚未作出相应决定，没有此文书。")).encode());
        return Future.succeededFuture();
      }
      String title = "mediation".equals(type) && "reconciliation".equals(detailOf(d).getString("kind"))
          ? "和解协议书" : spec[2];
      String html = documents.html(type, title, DocumentValues.of(d, title));
      if (!pdf) {
        ctx.response().putHeader("Content-Type", "text/html; charset=utf-8").end(html);
        return Future.succeededFuture();
      }
      return pdfPool.executeBlocking(() -> documents.pdf(html), false).map(bytes -> {
        ctx.response().putHeader("Content-Type", "application/pdf")
            .putHeader("Content-Disposition", "inline; filename=\"" + d.getString("case_number") + "-" + type + ".pdf\"")
            .end(io.vertx.core.buffer.Buffer.buffer(bytes));
        return null;
      });
    }).onFailure(ctx::fail);
  }

  static JsonObject detailOf(JsonObject d) {
    Object v = d.getValue("detail");
    return v instanceof JsonObject o ? o : v instanceof String s ? new JsonObject(s) : new JsonObject();
  }

  /** What an act ended as: applied, refused by the procedure, stale, or no such case. */
  private sealed interface Result {}

  private record Done(CaseStatus status, long version, String article) implements Result {}

  private record Refused(Outcome.Rejected why) implements Result {}

  private record Stale(long current) implements Result {}

  private record Missing() implements Result {}

  private void act(RoutingContext ctx) {
    String lang = Requests.lang(ctx);
    JsonObject body;
    Act act;
    LocalDate on;
    try {
      body = ctx.body().asJsonObject();
      act = Act.valueOf(body.getString("act", "").toUpperCase());
      on = body.getString("on") == null ? LocalDate.ofInstant(clock.instant(), CHINA) : LocalDate.parse(body.getString("on"));
    } catch (DecodeException | IllegalArgumentException | NullPointerException | ClassCastException
        | DateTimeParseException e) {
      Requests.fail(ctx, ApiError.BAD_JSON, lang);
      return;
    }
    if (body.getValue("version") == null) {
      Requests.fail(ctx, ApiError.BAD_JSON, lang);
      return;
    }
    long version = body.getLong("version");
    Command cmd = new Command(act, ctx.get("staff"), on, body.getString("reason"), body.getInteger("days"),
        body.getString("approver"));
    String publicText = body.getString("publicText");
    String to = body.getString("to");
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
      return repo.hearings(conn, c.id()).compose(pauses -> {
        PgStaffRepository.Update u = next(c, cmd, applied.status(), pauses);
        return repo.update(conn, c.id(), u, version)
            .compose(v -> repo.event(conn, c.id(), on, eventKind(act), cmd.actor(), c.facts().status().code(),
                applied.status().code(), applied.article(), cmd.reason(), publicText, detail(body))
                .compose(x -> repo.noticeTarget(conn, c.id()))
                .compose(target -> {
                  Optional<String> text = target.flatMap(t -> Notices.text(cmd, t, u, publicText, to));
                  return text.isEmpty() ? Future.<Void>succeededFuture()
                      : repo.notice(conn, c.id(), target.get(), text.get(), on);
                })
                .map(x -> (Result) new Done(applied.status(), v, applied.article())));
      });
    })).onSuccess(result -> {
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
    }).onFailure(ctx::fail);
  }

  /** What an act decided beyond its reason, for the history and the documents. */
  private static JsonObject detail(JsonObject body) {
    JsonObject d = new JsonObject();
    for (String k : List.of("outcome", "basis", "agreement", "to", "days", "approver", "kind")) {
      if (body.getValue(k) != null) {
        d.put(k, body.getValue(k));
      }
    }
    return d.isEmpty() ? null : d;
  }

  /** The case after an applied act: acceptance starts the handling clock; extensions and hearings move it. */
  private PgStaffRepository.Update next(PgStaffRepository.Locked c, Command cmd, CaseStatus to, List<Pause> pauses) {
    LocalDate accepted = cmd.act() == Act.ACCEPT ? cmd.on() : c.acceptedDate();
    int extensionDays = cmd.act() == Act.EXTEND ? cmd.days() : c.extensionDays();
    boolean extended = c.facts().extended() || cmd.act() == Act.EXTEND;
    boolean hearing = cmd.act() == Act.START_HEARING || c.facts().hearingOpen() && cmd.act() != Act.END_HEARING;
    List<Pause> all = new ArrayList<>(pauses);
    if (cmd.act() == Act.END_HEARING && !pauses.isEmpty()) {
      all.add(new Pause(pauses.get(pauses.size() - 1).to(), cmd.on()));
    }
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
    LocalDate due = null;
    boolean estimated = false;
    String clockId = c.facts().subtype() == null ? null : switch (c.facts().subtype()) {
      case 3 -> "perform";
      case 4 -> "conclude";
      default -> null;
    };
    if (accepted != null && clockId != null && "申诉求决".equals(c.facts().category())) {
      Deadline d = clocks.due(ClockSpec.byId(specs, clockId).orElseThrow(), accepted, all, fastTrack, extensionDays);
      due = d.lastDay();
      estimated = d.estimated();
    }
    LocalDate delivered = c.facts().lastDelivery();
    if (cmd.act() == Act.ISSUE_OPINION || cmd.act() == Act.REPLY_REVIEW || cmd.act() == Act.REPLY) {
      delivered = cmd.on(); // delivered the same day it is issued through the chat or by SMS
    }
    return new PgStaffRepository.Update(to, accepted, due, estimated, extended, hearing, delivered, extensionDays,
        fastTrack, noticeDue, noticeEstimated);
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
