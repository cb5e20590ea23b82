package org.ecopetition.gateway.staff;

import io.vertx.core.Future;
import io.vertx.core.Handler;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.json.DecodeException;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Route;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.BodyHandler;
import io.vertx.sqlclient.Pool;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import org.ecopetition.gateway.access.Endpoint;
import org.ecopetition.gateway.access.Family;
import org.ecopetition.gateway.access.StaffPrincipal;
import org.ecopetition.gateway.access.Visibility;
import org.ecopetition.gateway.account.Accounts;
import org.ecopetition.gateway.account.Authenticator;
import org.ecopetition.gateway.casefile.CaseActions;
import org.ecopetition.gateway.casefile.NewCase;
import org.ecopetition.gateway.casefile.PgCaseRepository;
import org.ecopetition.gateway.casefile.ProposalJson;
import org.ecopetition.gateway.config.GatewayConfig;
import org.ecopetition.gateway.conversation.Takeover;
import org.ecopetition.gateway.documents.Documents;
import org.ecopetition.gateway.nlp.Extractor;
import org.ecopetition.gateway.nlp.Place;
import org.ecopetition.gateway.nlp.Redaction;
import org.ecopetition.gateway.notice.PgNoticeRepository;
import org.ecopetition.gateway.http.ApiError;
import org.ecopetition.gateway.http.Requests;

/**
 * The staff API under {@code /api/v1/staff} (bearer token of a configured member of staff): a case's
 * details (each read logged, Art 42), its history, acts on it through the regulation's procedure — one
 * transaction per act, optimistic versions so that of two staff acting at once one wins and the other is
 * told — the delivery of written replies, and the overdue list (Art 38–41).
 */
public final class StaffRouter {
  private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

  private final Takeover takeover;
  private final PgStaffRepository repo;
  private final PgNoticeRepository notices;
  private final PgCaseRepository cases;
  private final Function<String, Optional<Place>> places;
  private final Clock clock;
  private final Visibility visibility;
  private Function<String, Future<Boolean>> knownStaff = login -> Future.succeededFuture(true);
  private final Documents documents = Documents.bundled();
  private int hotspotCases;
  private int hotspotDays;
  private io.vertx.core.WorkerExecutor pdfPool;
  private io.vertx.core.WorkerExecutor nlpPool;
  private Extractor extractor;
  private CaseActions actions;

  private StaffRouter(PgStaffRepository repo, PgNoticeRepository notices, PgCaseRepository cases,
      Function<String, Optional<Place>> places, Clock clock, Visibility visibility, Takeover takeover) {
    this.takeover = takeover;
    this.repo = repo;
    this.notices = notices;
    this.cases = cases;
    this.places = places;
    this.clock = clock;
    this.visibility = visibility;
  }

  /**
   * {@code places}: resolves a place typed by staff to the administrative divisions; {@code accounts}: sessions and
   * staff management, and {@code workspace}: the queue, takeover and alerts, whose routes are mounted here behind the
   * same gate.
   */
  public static Router create(Vertx vertx, Pool pool, GatewayConfig cfg, Clock clock, PgCaseRepository cases,
      PgNoticeRepository notices, CaseActions actions, Function<String, Optional<Place>> places, Accounts accounts,
      Visibility visibility, Takeover takeover, Map<Endpoint, Handler<RoutingContext>> workspace, Extractor extractor) {
    PgStaffRepository repo = new PgStaffRepository(pool, clock, cases.keys());
    StaffRouter s = new StaffRouter(repo, notices, cases, places, clock, visibility, takeover);
    CaseActs acts = new CaseActs(pool, actions, clock);
    s.knownStaff = accounts::known;
    s.hotspotCases = cfg.routing().hotspotCases();
    s.hotspotDays = cfg.routing().hotspotDays();
    // PDF rendering is blocking: it has its own named pool, never an event loop.
    s.pdfPool = vertx.createSharedWorkerExecutor("pdf", 2);
    // Extraction is blocking too: the gateway's named language pool, shared with the chat.
    s.nlpPool = vertx.createSharedWorkerExecutor("nlp", Math.max(2, Runtime.getRuntime().availableProcessors()));
    s.extractor = extractor;
    s.actions = actions;
    Map<Endpoint, Handler<RoutingContext>> handlers = new EnumMap<>(Endpoint.class);
    handlers.putAll(accounts.handlers());
    handlers.put(Endpoint.REGISTER_CASE, s::register);
    handlers.put(Endpoint.CASE_DETAILS, s::details);
    handlers.put(Endpoint.CASES, s::list);
    handlers.put(Endpoint.EXTRACT, s::extract);
    handlers.put(Endpoint.ACTS_NOW, s::actsNow);
    handlers.put(Endpoint.CASE_HISTORY, s::history);
    handlers.put(Endpoint.CASE_DOCUMENT, s::document);
    handlers.put(Endpoint.CASE_ACT, acts::act);
    handlers.put(Endpoint.CASE_CORRECTION, new CaseCorrections(pool, actions, places, s::today)::correct);
    handlers.put(Endpoint.CASE_RECUSAL, s::recuse);
    handlers.put(Endpoint.NEWS_READ, s::newsRead);
    handlers.put(Endpoint.CONFIRM_REDACTION, s::confirmRedaction);
    handlers.put(Endpoint.CONFIRM_ACCUSED, s::confirmAccused);
    handlers.put(Endpoint.DIRECTORY, s::directory);
    handlers.put(Endpoint.NOTICES, s::notices);
    handlers.put(Endpoint.NOTICE_DELIVERY, s::delivery);
    handlers.put(Endpoint.OVERDUE, s::overdue);
    handlers.put(Endpoint.OVERDUE_SUMMARY, s::overdueSummary);
    handlers.put(Endpoint.SUPERVISION_NOTE, ctx -> s.supervise(ctx, "supervision_note"));
    handlers.put(Endpoint.SUPERVISION_FEEDBACK, ctx -> s.supervise(ctx, "supervision_feedback"));
    handlers.put(Endpoint.STATS, s::stats);
    handlers.put(Endpoint.EXPORT, s::export);
    handlers.put(Endpoint.AUDIT_ACCESS, s::accessLog);
    handlers.put(Endpoint.LATE, s::late);
    handlers.put(Endpoint.HOTSPOTS, s::hotspots);
    handlers.put(Endpoint.UNDELIVERED, s::undelivered);
    handlers.put(Endpoint.ELECTRONIC_DELIVERY, s::electronicDelivery);
    handlers.putAll(workspace);
    StaffGate gate = new StaffGate(accounts.authenticator(), visibility, repo);
    Router r = Router.router(vertx);
    // A letter of 20,000 Chinese characters (the free texts' limit) is 60 KB of UTF-8, more when escaped, beside its
    // request and the form's other fields.
    BodyHandler body = BodyHandler.create().setBodyLimit(256 * 1024);
    // Exactly the routes of the table, each behind the gate: a route cannot be mounted without its family.
    for (Endpoint e : Endpoint.values()) {
      Handler<RoutingContext> handler = handlers.get(e);
      if (handler == null) {
        throw new IllegalStateException("no handler for the staff route " + e.method() + " " + e.path());
      }
      Route route = r.route(HttpMethod.valueOf(e.method()), e.path());
      if (e.changesState()) {
        route.handler(body).handler(StaffInput::check);
      }
      if (e == Endpoint.LIVE) {
        // The gate looks the session up in PostgreSQL before the socket is upgraded: the request is paused meanwhile,
        // or its end is read and the upgrade refused ("Request has already been read"). A refusal resumes it.
        route.handler(ctx -> {
          ctx.request().pause();
          ctx.addHeadersEndHandler(v -> ctx.request().resume());
          ctx.next();
        });
      }
      route.handler(ctx -> gate.check(ctx, e)).handler(handler);
    }
    return r;
  }

  private LocalDate today() {
    return LocalDate.ofInstant(clock.instant(), CHINA);
  }

  private StaffPrincipal principal(RoutingContext ctx) {
    return Authenticator.of(ctx).principal();
  }

  /** A matter entered by staff (a letter, a call, a visit, a matter transferred in), registered at once. */
  private void register(RoutingContext ctx) {
    String lang = Requests.lang(ctx);
    JsonObject body = Requests.jsonBody(ctx);
    if (body == null) {
      Requests.fail(ctx, ApiError.BAD_JSON, lang);
      return;
    }
    Entry.Parsed parsed = Entry.parse(body, today(), places);
    if (parsed instanceof Entry.Invalid bad) {
      Requests.invalidField(ctx, bad.field(), bad.zh(), bad.en());
      return;
    }
    NewCase typed = ((Entry.Valid) parsed).entry();
    String lateReason = ((Entry.Valid) parsed).lateReason();
    String actor = ctx.get("staff");
    UUID conversation;
    try {
      conversation = body.getString("conversationId") == null ? null : UUID.fromString(body.getString("conversationId"));
    } catch (IllegalArgumentException | ClassCastException e) {
      Requests.invalidField(ctx, "conversationId", "会话编号不正确。", "conversationId is not a conversation's id.");
      return;
    }
    String scope = principal(ctx).departmentCode();
    // A matter registered from a conversation staff took over is linked to it, and its notices go back there.
    Future<Optional<String>> channel = conversation == null ? Future.succeededFuture(Optional.of(""))
        : takeover.channelOf(conversation, scope, actor);
    channel.compose(ch -> {
      if (ch.isEmpty()) {
        Requests.invalidField(ctx, "conversationId", "没有这个会话。", "No such conversation.");
        return Future.<Void>succeededFuture();
      }
      NewCase entry = conversation == null ? typed : typed.fromConversation(conversation, ch.get());
      StaffPrincipal who = principal(ctx);
      java.time.OffsetDateTime at = clock.instant().atOffset(java.time.ZoneOffset.UTC);
      return repo.pool().withTransaction(conn -> cases.register(conn, entry, java.util.Map.of(), java.util.List.of(),
              visibleEarlier(conn, entry, who))
            .compose(reg -> cases.event(conn, reg.id(), at, "entered", actor, null, null, "第十四条", typed.channel(),
                null, null).map(v -> reg))
            // Art 17: why a matter received long ago is registered only now, beside its day of receipt.
            .compose(reg -> lateReason == null ? Future.succeededFuture(reg)
                : cases.event(conn, reg.id(), at, "registered_late", actor, null, null, "第十七条", lateReason, null,
                    new JsonObject().put("receivedOn", typed.origin().receivedOn().toString())).map(v -> reg)))
        .compose(reg -> conversation == null ? Future.succeededFuture(reg)
            : takeover.linked(conversation, scope, actor, "case_registered", reg.caseNumber()).map(x -> reg))
        .compose(reg -> ctx.response().setStatusCode(201).putHeader("Content-Type", "application/json; charset=utf-8")
            .end(new JsonObject().put("caseNumber", reg.caseNumber()).put("queryCode", reg.queryCode())
                .put("noticeDue", typed.origin().transferredFrom() == null ? reg.noticeDue().lastDay().toString() : null)
                .put("decisionDue", reg.noticeDue().lastDay().toString())
                .put("proposal", ProposalJson.of(reg.proposal())).encode()));
    }).onFailure(ctx::fail);
  }

  /**
   * The earlier cases routing weighs for a matter this member of staff registers (a repeat, a hotspot), without those
   * they may not know exist (Art 21, 23): the proposal they read back would tell them otherwise.
   */
  private Future<java.util.List<org.ecopetition.gateway.routing.PriorCase>> visibleEarlier(
      io.vertx.sqlclient.SqlClient conn, NewCase entry, StaffPrincipal who) {
    return cases.earlier(conn, entry).compose(priors -> repo.caseViews(conn,
            priors.stream().map(org.ecopetition.gateway.routing.PriorCase::caseNumber).distinct().toList())
        .map(views -> priors.stream().filter(p -> views.get(p.caseNumber()) == null
            || !visibility.barred(who, views.get(p.caseNumber()))).toList()));
  }

  private static final java.util.Set<String> CLOCKS = java.util.Set.of("notice", "handling", "review", "report");
  /** The clocks the overdue list names (a matter transferred in runs "decision" instead of "notice"). */
  private static final java.util.Set<String> OVERDUE_CLOCKS =
      java.util.Set.of("notice", "decision", "handling", "review", "report");

  /**
   * The case list ({@code ?state=&clock=&department=&channel=&category=&urgent=&hotspot=&q=&from=&to=&before=&limit=}):
   * the cases in the caller's scope, newest first; {@code q} is a case number (or its beginning) or a phone number.
   */
  private void list(RoutingContext ctx) {
    Requests.Page page = Requests.page(ctx);
    if (page == null) {
      return;
    }
    io.vertx.core.MultiMap q = ctx.request().params();
    String clockName = blank(q.get("clock"));
    if (clockName != null && !CLOCKS.contains(clockName)) {
      Requests.invalidField(ctx, "clock", "期限须为 notice、handling、review 或 report 之一。",
          "clock is one of notice, handling, review, report.");
      return;
    }
    String state = blank(q.get("state"));
    if (state != null && java.util.Arrays.stream(org.ecopetition.gateway.lifecycle.CaseStatus.values())
        .noneMatch(st -> st.code().equals(state))) {
      Requests.invalidField(ctx, "state", "没有这个案件状态（如 registered、accepted、handling、replied、closed）。",
          "No such case state (e.g. registered, accepted, handling, replied, closed).");
      return;
    }
    if (unknown(ctx, "channel", q.get("channel"), Entry.CHANNELS, "transfer", "wechat", "wecom", "sms", "webchat")
        || unknown(ctx, "category", q.get("category"), Entry.CATEGORIES)
        || unknown(ctx, "urgent", q.get("urgent"), java.util.Set.of("true", "false"))) {
      return;
    }
    if (unknownDepartment(ctx, blank(q.get("department")), false)) {
      return;
    }
    String search = blank(q.get("q"));
    if (search != null) {
      search = search.replaceAll("[\\s\\-()（）]", "").replaceFirst("^(\\+86|0086)", "");
    }
    String urgent = blank(q.get("urgent"));
    LocalDate to = today();
    // A role without need of the petitioner's identity (an auditor) reads every case without it: a search by phone
    // would give it back (this phone petitioned in that case). Their search is by case number only.
    boolean phones = principal(ctx).role() != org.ecopetition.gateway.access.Role.AUDITOR;
    PgStaffRepository.CaseFilter f = new PgStaffRepository.CaseFilter(state, clockName,
        blank(q.get("department")), blank(q.get("channel")), blank(q.get("category")),
        urgent == null ? null : Boolean.valueOf(urgent), "true".equals(q.get("hotspot")), to.minusDays(hotspotDays), to,
        hotspotCases, search, phones, page);
    boolean byPhone = phones && search != null && search.matches("1\\d{10}");
    repo.cases(f, visibility.scope(principal(ctx), Family.READ_CASE))
        // Art 42: a search by phone ties a person to the cases found, a read of personal data for each of them.
        .compose(a -> byPhone ? repo.logReadsByNumber(a.stream().map(o -> ((JsonObject) o).getString("case_number"))
            .toList(), ctx.get("staff"), "search by phone", purpose(ctx)).map(v -> a) : Future.succeededFuture(a))
        .onSuccess(a -> ctx.response().putHeader("Cache-Control", "no-store").putHeader("Content-Type", "application/json; charset=utf-8").end(new JsonObject().put("cases", a)
            .put("next", page.next(a)).put("today", to.toString()).encode()))
        .onFailure(ctx::fail);
  }

  /**
   * A department filter that is no code of the department directory answers 400 naming it (true): a mistyped code
   * ("3299", "32O1") answered an empty list, read as "nothing there". {@code names}: a department's name as listed is
   * also a filter (the overdue list); department names are Chinese, so Latin letters and digits are meant as a code.
   */
  private boolean unknownDepartment(RoutingContext ctx, String department, boolean names) {
    if (department == null) {
      return false;
    }
    boolean code = department.matches("[0-9A-Za-z]+");
    if (code && org.ecopetition.gateway.access.Departments.wellFormed(department)
        && cases.directory().byCode(department).isPresent() || !code && names) {
      return false;
    }
    if (!code) {
      Requests.invalidField(ctx, "department", "部门须填写部门名录中的代码（2、4或6位数字，如 3201），不是名称；可在部门名录中查找。",
          "department is a code of the department directory (2, 4 or 6 digits, e.g. 3201), not a name.");
      return true;
    }
    String shown = department.length() > 20 ? department.substring(0, 20) + "…" : department;
    Requests.invalidField(ctx, "department", "部门名录中没有代码为“" + shown + "”的部门：部门代码为2、4或6位数字（如 3201），"
        + (names ? "也可按名录填写部门名称；" : "") + "可在部门名录中查找。",
        "No department of the directory has the code '" + shown + "': a code has 2, 4 or 6 digits (e.g. 3201)"
        + (names ? ", or give a department's name as listed" : "") + "; look it up in the department directory.");
    return true;
  }

  private static String blank(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }

  /**
   * A list's filter given a value it cannot hold answers 400 naming it (true): an empty list was read as "nothing
   * there" — a clerk's worklist, a supervisor's cases — when the filter was only mistyped.
   */
  private static boolean unknown(RoutingContext ctx, String field, String value, java.util.Set<String> known,
      String... also) {
    String v = blank(value);
    if (v == null || known.contains(v) || java.util.Arrays.asList(also).contains(v)) {
      return false;
    }
    java.util.List<String> all = new java.util.ArrayList<>(known);
    all.addAll(java.util.Arrays.asList(also));
    java.util.Collections.sort(all);
    Requests.invalidField(ctx, field, field + " 须为以下之一：" + String.join("、", all) + "。",
        field + " is one of " + String.join(", ", all) + ".");
    return true;
  }

  private static final java.util.Set<String> NOTICE_STATUSES = java.util.Set.of("pending", "sent", "delivered",
      "failed", "exempt");
  private static final java.util.Set<String> NOTICE_CHANNELS = java.util.Set.of("web", "wechat", "sms", "letter",
      "phone", "none");

  /**
   * The registration form's fields read from a pasted letter, call note or fax ({@code {text}}) by the extractor, on
   * the language pool: nothing is stored; the clerk corrects and confirms with {@code POST /cases}.
   */
  private void extract(RoutingContext ctx) {
    JsonObject body = Requests.jsonBody(ctx);
    Object t = body == null ? null : body.getValue("text");
    if (!(t instanceof String text) || text.isBlank() || text.length() > 20_000) {
      Requests.invalidField(ctx, "text", "请粘贴来信、来电记录或传真的文字（不超过2万字）。",
          "Paste the text of the letter, call note or fax (at most 20,000 characters).");
      return;
    }
    nlpPool.executeBlocking(() -> extractor.extract(text), false)
        .onSuccess(x -> ctx.response().putHeader("Cache-Control", "no-store")
            .putHeader("Content-Type", "application/json; charset=utf-8").end(ExtractedForm.of(text, x).encode()))
        .onFailure(ctx::fail);
  }

  /** The acts allowed now on a case, each with the procedure's refusal (reason and article) where it is not. */
  private void actsNow(RoutingContext ctx) {
    String lang = Requests.lang(ctx);
    repo.pool().withTransaction(conn -> actions.allowedNow(conn, ctx.pathParam("caseNumber"), ctx.get("staff")))
        .onSuccess(found -> {
          if (found.isEmpty()) {
            Requests.fail(ctx, ApiError.STAFF_NOT_FOUND, lang);
            return;
          }
          io.vertx.core.json.JsonArray a = new io.vertx.core.json.JsonArray();
          for (CaseActions.Allowed x : found.get()) {
            JsonObject o = new JsonObject().put("act", x.act().name().toLowerCase())
                .put("label", Requests.words(ctx).label(x.act(), lang)).put("allowed", x.refusal() == null);
            if (x.refusal() != null) {
              o.put("refusal", Requests.words(ctx).text(x.refusal().reason(), lang, x.refusal().vars()))
                  .put("article", x.refusal().article());
            }
            a.add(o);
          }
          ctx.response().putHeader("Cache-Control", "no-store").putHeader("Content-Type", "application/json; charset=utf-8")
              .end(new JsonObject().put("acts", a).encode());
        }).onFailure(ctx::fail);
  }

  /** The notices worklist: letters to post, calls to make, SMS that failed ({@code ?status=&channel=&caseNumber=}). */
  private void notices(RoutingContext ctx) {
    if (unknown(ctx, "status", ctx.request().getParam("status"), NOTICE_STATUSES)
        || unknown(ctx, "channel", ctx.request().getParam("channel"), NOTICE_CHANNELS)) {
      return;
    }
    notices.list(ctx.request().getParam("status"), ctx.request().getParam("channel"),
            ctx.request().getParam("caseNumber"), visibility.scope(principal(ctx), Family.NOTICES))
        // The worklist shows what goes to the petitioner (an address, a phone): every case on it is a read (Art 42).
        .compose(a -> repo.logReadsByNumber(a.stream().map(o -> ((JsonObject) o).getString("case_number")).distinct()
            .toList(), ctx.get("staff"), "notices worklist", purpose(ctx)).map(v -> a))
        // A notice's text repeats what staff wrote to the petitioner (a reply naming them): a role without need reads
        // it masked as the case's history.
        .compose(a -> principal(ctx).role() != org.ecopetition.gateway.access.Role.AUDITOR ? Future.succeededFuture(a)
            : repo.maskings(a.stream().map(o -> ((JsonObject) o).getString("case_number")).distinct().toList())
                .map(m -> {
                  a.forEach(o -> {
                    JsonObject n = (JsonObject) o;
                    java.util.function.UnaryOperator<String> mask = m.get(n.getString("case_number"));
                    if (mask != null && n.getValue("text") instanceof String t) {
                      n.put("text", mask.apply(t));
                    }
                  });
                  return a;
                }))
        .onSuccess(a -> ctx.json(new JsonObject().put("notices", a))).onFailure(ctx::fail);
  }

  /** Staff record a letter posted or delivered, a call made, or a notice that could not be delivered. */
  private void delivery(RoutingContext ctx) {
    String lang = Requests.lang(ctx);
    long id;
    PgNoticeRepository.StaffOutcome outcome;
    LocalDate on;
    String note;
    try {
      id = Long.parseLong(ctx.pathParam("id"));
      JsonObject body = ctx.body().asJsonObject();
      outcome = PgNoticeRepository.StaffOutcome.valueOf(body.getString("status", "").toUpperCase());
      on = body.getString("on") == null ? today() : LocalDate.parse(body.getString("on"));
      note = body.getString("note");
    } catch (DecodeException | IllegalArgumentException | NullPointerException | ClassCastException
        | DateTimeParseException e) {
      Requests.fail(ctx, ApiError.BAD_JSON, lang);
      return;
    }
    if (on.isAfter(today())) {
      Requests.fail(ctx, ApiError.BAD_DATE, lang);
      return;
    }
    notices.record(id, outcome, on, note, ctx.get("staff")).onSuccess(r -> {
      if (r.isEmpty()) {
        Requests.fail(ctx, ApiError.STAFF_NOT_FOUND, lang);
      } else {
        ctx.json(new JsonObject().put("id", id).put("status", r.get()));
      }
    }).onFailure(ctx::fail);
  }

  /**
   * The handler's act "已阅" on what the petitioner added after the receipt: the case's mark 新补充 cleared and the act on
   * its history (who, when). {@code seen} false: nothing was new, nothing written.
   */
  private void newsRead(RoutingContext ctx) {
    repo.pool().withTransaction(conn -> cases.newsRead(conn, ctx.pathParam("caseNumber"), ctx.get("staff")))
        .onSuccess(r -> {
          if (r.isEmpty()) {
            Requests.fail(ctx, ApiError.STAFF_NOT_FOUND, Requests.lang(ctx));
          } else {
            ctx.json(new JsonObject().put("seen", r.get()));
          }
        }).onFailure(ctx::fail);
  }

  /** Records that a member of staff (login) must recuse themselves from the case, with the reason (Art 21). */
  private void recuse(RoutingContext ctx) {
    String lang = Requests.lang(ctx);
    JsonObject body = Requests.jsonBody(ctx);
    String login = body == null ? null : body.getString("login");
    String reason = body == null ? null : body.getString("reason");
    if (login == null || login.isBlank() || reason == null || reason.isBlank()) {
      Requests.fail(ctx, ApiError.BAD_JSON, lang);
      return;
    }
    String who = login.startsWith("staff:") ? login : "staff:" + login;
    // Recusing someone who is not a member of staff protects nobody: the clerk is told the login is unknown.
    knownStaff.apply(who.substring("staff:".length())).compose(known -> {
      if (!known) {
        Requests.invalidField(ctx, "login", "没有这个工作人员账号：" + who.substring("staff:".length()) + "。",
            "No member of staff has the login " + who.substring("staff:".length()) + ".");
        return Future.succeededFuture();
      }
      return repo.pool().withTransaction(conn -> cases.recuse(conn, ctx.pathParam("caseNumber"), who, ctx.get("staff"),
        reason.strip(), today())).onSuccess(r -> {
          if (r.isEmpty()) {
            Requests.fail(ctx, ApiError.STAFF_NOT_FOUND, lang);
          } else {
            ctx.response().setStatusCode(r.get() ? 201 : 200).putHeader("Content-Type", "application/json; charset=utf-8")
                .end(new JsonObject().put("recused", who).encode());
          }
        }).<Void>mapEmpty();
    }).onFailure(ctx::fail);
  }

  /**
   * The case. A role without need of the petitioner's identity (an auditor) reads the redacted copy and no name,
   * address or phone (issue 11 §1); every read is logged (Art 42), with the purpose where given ({@code ?purpose=}).
   */
  private void details(RoutingContext ctx) {
    boolean needsIdentity = principal(ctx).role() != org.ecopetition.gateway.access.Role.AUDITOR;
    repo.details(ctx.pathParam("caseNumber"), ctx.get("staff"), purpose(ctx)).onSuccess(o -> {
      if (o.isEmpty()) {
        Requests.fail(ctx, ApiError.STAFF_NOT_FOUND, Requests.lang(ctx));
      } else {
        JsonObject c = needsIdentity ? o.get() : Redacted.forNoNeed(o.get());
        // The accused units by name from the directory, for the console's confirmation (Art 23).
        JsonArray units = new JsonArray();
        JsonArray codes = c.getJsonArray("accused_codes");
        if (codes != null) {
          codes.forEach(code -> units.add(unit(String.valueOf(code))));
        }
        c.put("accused_units", units);
        // What the petitioner added stays new until a handler says it is read (已阅, NEWS_READ): opening the case for
        // something else cleared it, with nothing on the history.
        ctx.json(c);
      }
    }).onFailure(ctx::fail);
  }

  private JsonObject unit(String code) {
    JsonObject u = new JsonObject().put("code", code);
    cases.directory().byCode(code).ifPresent(d -> u.put("name", d.printableName().orElse(d.name()))
        .put("level", d.level().zh()));
    return u;
  }

  /**
   * The department directory, for a unit staff name ({@code ?q=}: part of a name or the start of a code; at most 20,
   * highest level first): public information, as the directory's own data file is.
   */
  private void directory(RoutingContext ctx) {
    String q = ctx.request().getParam("q");
    JsonArray found = new JsonArray();
    if (q != null && !q.isBlank() && q.length() <= 40) {
      String t = q.strip();
      cases.directory().all().stream()
          .filter(d -> !d.code().isEmpty() && (d.code().startsWith(t) || d.name().contains(t)
              || d.printableName().map(n -> n.contains(t)).orElse(false)))
          .sorted(java.util.Comparator.comparingInt((org.ecopetition.gateway.routing.Department d) -> d.code().length())
              .thenComparing(org.ecopetition.gateway.routing.Department::code))
          .limit(20)
          .forEach(d -> found.add(unit(d.code())));
    }
    ctx.json(new JsonObject().put("departments", found));
  }

  /** Why the data is read, where the console asks ({@code ?purpose=}, at most 200 characters), or null. */
  static String purpose(RoutingContext ctx) {
    return Requests.purpose(ctx);
  }

  /**
   * Staff confirm the unit an accusation accuses ({@code {department}}: its directory code; issue 11 §3, Art 23): its
   * staff and those under it never see the matter, and no act sends it there; until then it is not transferred.
   */
  private void confirmAccused(RoutingContext ctx) {
    String lang = Requests.lang(ctx);
    JsonObject body = Requests.jsonBody(ctx);
    Object code = body == null ? null : body.getValue("department");
    if (!(code instanceof String c) || !org.ecopetition.gateway.access.Departments.wellFormed(c)) {
      Requests.invalidField(ctx, "department", "请填写被检举控告单位的区划代码（如 320115）。",
          "Give the accused unit's directory code (e.g. 320115).");
      return;
    }
    repo.pool().withTransaction(conn -> cases.confirmAccused(conn, ctx.pathParam("caseNumber"), (String) code,
        ctx.get("staff"))).onSuccess(r -> {
          if (r.isEmpty()) {
            Requests.fail(ctx, ApiError.STAFF_NOT_FOUND, lang);
          } else if (!r.get()) {
            Requests.invalidField(ctx, "department", "只有检举控告事项需要确认被检举控告单位。",
                "Only an accusation has an accused unit to confirm.");
          } else {
            ctx.json(new JsonObject().put("accused", code));
          }
        }).onFailure(ctx::fail);
  }

  /**
   * A person confirms the case's redacted copy before any copy for the reported party leaves (issue 11 §1, correction
   * 2), optionally correcting it ({@code {facts?, request?}}): a correction still holding the petitioner's name, phone
   * or address is refused (400 naming the field). Recorded in the history.
   */
  private void confirmRedaction(RoutingContext ctx) {
    String lang = Requests.lang(ctx);
    JsonObject body = ctx.body() == null || ctx.body().length() == 0 ? new JsonObject() : Requests.jsonBody(ctx);
    if (body == null) {
      Requests.fail(ctx, ApiError.BAD_JSON, lang);
      return;
    }
    for (String field : new String[] {"facts", "request"}) {
      Object v = body.getValue(field);
      if (v != null && (!(v instanceof String t) || t.isBlank() || t.length() > 20_000)) {
        Requests.invalidField(ctx, field, field + " 须为非空文本。", field + " must be a non-empty text.");
        return;
      }
    }
    String facts = body.getString("facts");
    String request = body.getString("request");
    String number = ctx.pathParam("caseNumber");
    // The answer is given once the transaction has committed: a 200 means the confirmation is recorded.
    repo.pool().withTransaction(conn -> cases.knownIdentities(conn, number).compose(known -> {
      if (known.isEmpty()) {
        return Future.<Runnable>succeededFuture(() -> Requests.fail(ctx, ApiError.STAFF_NOT_FOUND, lang));
      }
      for (String[] f : new String[][] {{"facts", facts}, {"request", request}}) {
        if (f[1] != null && org.ecopetition.gateway.casefile.CaseRedaction.holds(f[1], known.get())) {
          return Future.<Runnable>succeededFuture(() -> Requests.invalidField(ctx, f[0],
              "更正后的文本仍含有信访人的姓名、电话或地址。",
              "The corrected " + f[0] + " still holds the petitioner's name, phone or address."));
        }
      }
      // The copy a person wrote is stored as masked as any release reads it (the petitioner as people call them,
      // accounts, ID numbers): the column never holds what a release would mask.
      java.util.Map<String, String> k = known.get();
      java.util.function.UnaryOperator<String> more = t -> t == null ? null : org.ecopetition.gateway.casefile.CopyMask
          .more(t.strip(), k.get(org.ecopetition.gateway.nlp.Identity.NAME),
              k.get(org.ecopetition.gateway.nlp.Identity.PHONE), k.get(org.ecopetition.gateway.nlp.Identity.ADDRESS));
      return cases.confirmRedaction(conn, number, ctx.get("staff"), more.apply(facts), more.apply(request))
          .map(copy -> copy.isEmpty()
              ? (Runnable) () -> Requests.invalidField(ctx, "facts", "此案件没有脱敏副本，请提交脱敏后的事实与请求。",
                  "This case has no redacted copy: send the redacted facts and request.")
              : () -> ctx.json(copy.get().put("confirmedBy", (String) ctx.get("staff"))));
    })).onSuccess(Runnable::run).onFailure(ctx::fail);
  }

  private void history(RoutingContext ctx) {
    // As the case itself: a role without need of the petitioner's identity (an auditor) reads no identity value.
    boolean identity = principal(ctx).role() != org.ecopetition.gateway.access.Role.AUDITOR;
    repo.history(ctx.pathParam("caseNumber"), ctx.get("staff"), purpose(ctx), identity).onSuccess(a -> ctx.json(new JsonObject().put("events", a)))
        .onFailure(ctx::fail);
  }

  /** The overdue list: a clock it does not know is a 400 (it answered an empty list, read as "nothing overdue"). */
  private void overdue(RoutingContext ctx) {
    String clockName = blank(ctx.request().getParam("clock"));
    if (clockName != null && !OVERDUE_CLOCKS.contains(clockName)) {
      Requests.invalidField(ctx, "clock", "期限须为 notice、decision、handling、review 或 report 之一。",
          "clock is one of notice, decision, handling, review, report.");
      return;
    }
    String department = blank(ctx.request().getParam("department"));
    if (unknownDepartment(ctx, department, true)) {
      return;
    }
    String format = blank(ctx.request().getParam("format"));
    if (format != null && !"json".equals(format) && !"csv".equals(format)) {
      Requests.invalidField(ctx, "format", "格式须为 json 或 csv。", "format is json or csv.");
      return;
    }
    // A supervisor must see what runs out soon, not only what already ran out: ?within=N adds the clocks that run
    // out in the next N days (0: today), soonest first as every row.
    Optional<Integer> within = within(ctx);
    if (within == null) {
      return;
    }
    LocalDate today = today();
    // The list holds every clock due before the day given: the day after the last day asked for.
    LocalDate before = within.map(n -> today.plusDays(n + 1L)).orElse(today);
    repo.overdue(before, department, clockName, visibility.scope(principal(ctx), Family.OVERDUE)).onSuccess(a -> {
      if ("csv".equals(format)) {
        sendCsv(ctx, "overdue-" + today + within.map(n -> "-within-" + n).orElse("") + ".csv", Csv.of(OVERDUE_COLUMNS, a.stream().map(o -> OVERDUE_COLUMNS.stream()
            .map(((JsonObject) o)::getValue).toList()).toList()));
      } else {
        ctx.json(new JsonObject().put("cases", a));
      }
    }).onFailure(ctx::fail);
  }

  /**
   * Every CSV the gateway serves: UTF-8 with its BOM (Excel on a Chinese Windows reads it as GBK otherwise), never
   * cached (it holds case data), saved under its name.
   */
  private static void sendCsv(RoutingContext ctx, String filename, String csv) {
    ctx.response().putHeader("Content-Type", "text/csv; charset=utf-8").putHeader("Cache-Control", "no-store")
        .putHeader("Content-Disposition", "attachment; filename=\"" + filename + "\"")
        .end(io.vertx.core.buffer.Buffer.buffer(Csv.BOM + csv, "UTF-8"));
  }

  /** The most days ahead the overdue list looks ({@code within}): a year, as far as any clock runs. */
  private static final int MAX_WITHIN = 366;

  /** The overdue CSV's columns, fixed so an empty list still has its header. */
  private static final java.util.List<String> OVERDUE_COLUMNS = java.util.List.of("case_number", "clock", "due",
      "state", "department", "responsible_code", "sent_to", "received_date", "notes", "answered");

  /**
   * {@code ?within=N} of the overdue list and its summary, checked alike: empty when absent, null when refused (the
   * 400 naming it is sent).
   */
  private static Optional<Integer> within(RoutingContext ctx) {
    String withinParam = blank(ctx.request().getParam("within"));
    if (withinParam == null) {
      return Optional.empty();
    }
    if (!withinParam.matches("[0-9]{1,3}") || Integer.parseInt(withinParam) > MAX_WITHIN) {
      Requests.invalidField(ctx, "within", "within 须为 0 至 " + MAX_WITHIN + " 的整数（天数，0 为今天到期）。",
          "within is a whole number of days from 0 (due today) to " + MAX_WITHIN + ".");
      return null;
    }
    return Optional.of(Integer.valueOf(withinParam));
  }

  /** The overdue counts per department and clock; {@code ?within=N} counts what runs out in N days too, as the list. */
  private void overdueSummary(RoutingContext ctx) {
    Optional<Integer> within = within(ctx);
    if (within == null) {
      return;
    }
    LocalDate today = today();
    LocalDate before = within.map(n -> today.plusDays(n + 1L)).orElse(today);
    repo.overdueSummary(before, visibility.scope(principal(ctx), Family.OVERDUE)).onSuccess(a -> ctx.json(new JsonObject().put("summary", a))).onFailure(ctx::fail);
  }

  /** Art 38-41: acts done after their deadline, by period and department ({@code ?from=&to=&department=}). */
  private void late(RoutingContext ctx) {
    LocalDate[] period = period(ctx);
    if (period == null) {
      return;
    }
    String department = blank(ctx.request().getParam("department"));
    if (unknownDepartment(ctx, department, false)) {
      return;
    }
    repo.late(period[0], period[1], department, visibility.scope(principal(ctx), Family.OVERDUE)).onSuccess(a -> ctx.json(new JsonObject().put("acts", a)))
        .onFailure(ctx::fail);
  }

  /**
   * Art 34: polluters and places with repeated matters in a period ({@code ?from=&to=}, by default the last
   * {@code routing.hotspotDays}; {@code ?min=}, by default {@code routing.hotspotCases}), with their cases.
   */
  private void hotspots(RoutingContext ctx) {
    LocalDate[] period = period(ctx);
    if (period == null) {
      return;
    }
    int min;
    try {
      min = ctx.request().getParam("min") == null ? hotspotCases : Integer.parseInt(ctx.request().getParam("min"));
    } catch (NumberFormatException e) {
      Requests.invalidField(ctx, "min", "min 须为正整数。", "min is a positive number.");
      return;
    }
    if (min < 1) {
      Requests.invalidField(ctx, "min", "min 须为正整数。", "min is a positive number.");
      return;
    }
    LocalDate to = period[1] == null ? today() : period[1];
    LocalDate from = period[0] == null ? to.minusDays(hotspotDays) : period[0];
    repo.hotspots(from, to, min, visibility.scope(principal(ctx), Family.OVERDUE)).onSuccess(a -> ctx.json(new JsonObject().put("from", from.toString())
        .put("to", to.toString()).put("min", min).put("hotspots", a))).onFailure(ctx::fail);
  }

  /** The worklist of written opinions issued and not yet delivered (Art 30, 31; correction 5). */
  private void undelivered(RoutingContext ctx) {
    repo.undelivered(visibility.scope(principal(ctx), Family.NOTICES)).onSuccess(a -> ctx.json(new JsonObject().put("cases", a))).onFailure(ctx::fail);
  }

  /**
   * The petitioner's consent to electronic delivery of written opinions ({@code {consent, how}}: how it was given,
   * e.g. in their letter), or its withdrawal. Without it an opinion is delivered by letter.
   */
  private void electronicDelivery(RoutingContext ctx) {
    String lang = Requests.lang(ctx);
    JsonObject body = Requests.jsonBody(ctx);
    Object consent = body == null ? null : body.getValue("consent");
    String how = body == null ? null : body.getString("how");
    if (!(consent instanceof Boolean) || how == null || how.isBlank()) {
      Requests.invalidField(ctx, "how", "须写明同意与否（consent）以及信访人如何表示（how）。",
          "State the consent (true or false) and how the petitioner gave it (how).");
      return;
    }
    repo.pool().withTransaction(conn -> cases.electronicDelivery(conn, ctx.pathParam("caseNumber"), (Boolean) consent,
            how.strip(), ctx.get("staff")))
        .onSuccess(found -> {
          if (found) {
            ctx.json(new JsonObject().put("electronicDelivery", consent));
          } else {
            Requests.fail(ctx, ApiError.STAFF_NOT_FOUND, lang);
          }
        }).onFailure(ctx::fail);
  }

  /** {@code ?from=&to=} as dates (either may be absent); null after answering 400 for a malformed one. */
  private static LocalDate[] period(RoutingContext ctx) {
    LocalDate[] period;
    try {
      String from = ctx.request().getParam("from");
      String to = ctx.request().getParam("to");
      period = new LocalDate[] {from == null ? null : LocalDate.parse(from), to == null ? null : LocalDate.parse(to)};
    } catch (DateTimeParseException e) {
      Requests.fail(ctx, ApiError.BAD_DATE, Requests.lang(ctx));
      return null;
    }
    return refusedPeriodOrFormat(ctx, period[0], period[1]) ? null : period;
  }

  /**
   * A period that ends before it starts, or a format other than json and csv, answered 400 naming the field (true):
   * both answered an empty list or JSON, which a supervisor reads as "nothing in that period" or saves as a CSV.
   */
  private static boolean refusedPeriodOrFormat(RoutingContext ctx, LocalDate from, LocalDate to) {
    if (from != null && to != null && from.isAfter(to)) {
      Requests.invalidField(ctx, "from", "开始日期（from）晚于结束日期（to），请核对。", "from is after to: check the period.");
      return true;
    }
    String format = ctx.request().getParam("format");
    if (format != null && !"json".equals(format) && !"csv".equals(format)) {
      Requests.invalidField(ctx, "format", "格式须为 json 或 csv。", "format is json or csv.");
      return true;
    }
    return false;
  }

  /** Art 38: a supervision note on an overdue or mishandled case, and the written feedback that answers it. */
  private void supervise(RoutingContext ctx, String kind) {
    String lang = Requests.lang(ctx);
    JsonObject body = Requests.jsonBody(ctx);
    String text = body == null ? null : body.getString("text");
    String number = body == null ? null : body.getString("caseNumber");
    if (text == null || text.isBlank() || number == null) {
      Requests.fail(ctx, ApiError.BAD_JSON, lang);
      return;
    }
    repo.pool().withTransaction(conn -> cases.event(conn, number, today(), kind, ctx.get("staff"), "第三十八条",
            text.strip()))
        .onSuccess(found -> {
          if (found) {
            ctx.response().setStatusCode(201).end();
          } else {
            Requests.fail(ctx, ApiError.STAFF_NOT_FOUND, lang);
          }
        }).onFailure(ctx::fail);
  }

  /** Counts by kind, province, channel, month, category or state, as JSON or CSV; satisfaction counted (Art 16). */
  private void stats(RoutingContext ctx) {
    String dimension = ctx.pathParam("dimension");
    if ("satisfaction".equals(dimension)) {
      repo.satisfaction(visibility.scope(principal(ctx), Family.STATS)).onSuccess(a -> ctx.json(new JsonObject().put("satisfaction", a))).onFailure(ctx::fail);
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
    if (refusedPeriodOrFormat(ctx, from, to)) {
      return;
    }
    boolean csv = "csv".equals(ctx.request().getParam("format"));
    repo.counts(dimension, from, to, visibility.scope(principal(ctx), Family.STATS)).onSuccess(a -> {
      if (csv) {
        // A file leaves the console: small counts, which point at one petitioner, are not written (SmallCounts).
        java.util.List<Long> counts = new java.util.ArrayList<>();
        a.forEach(o -> counts.add(((JsonObject) o).getLong("count")));
        java.util.List<String> cells = SmallCounts.cells(counts);
        java.util.List<java.util.List<Object>> rows = new java.util.ArrayList<>();
        for (int i = 0; i < a.size(); i++) {
          rows.add(java.util.Arrays.asList(a.getJsonObject(i).getString("key"), cells.get(i)));
        }
        sendCsv(ctx, "stats-" + dimension + (from == null ? "" : "-" + from) + (to == null ? "" : "-" + to) + ".csv",
            Csv.of(java.util.List.of(dimension, "count"), rows));
      } else {
        ctx.json(new JsonObject().put("by", dimension).put("counts", a));
      }
    }).onFailure(ctx::fail);
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
    if (refusedPeriodOrFormat(ctx, from, to)) {
      return;
    }
    boolean redacted = "true".equals(ctx.request().getParam("forReportedParty"));
    boolean csv = "csv".equals(ctx.request().getParam("format"));
    repo.export(from, to, redacted, ctx.get("staff"), visibility.scope(principal(ctx), Family.EXPORT), purpose(ctx))
        .onSuccess(o -> {
          if (csv) {
            sendCsv(ctx, "export-" + from + "-" + to + ".csv", Csv.of(o.getJsonArray("cases")));
          } else {
            ctx.json(o);
          }
        }).onFailure(ctx::fail);
  }

  /**
   * Art 42: who read which case, for auditors ({@code ?login=&case=&from=&to=&before=&limit=}), newest first, over
   * the cases in the auditor's scope; {@code next} pages back.
   */
  private void accessLog(RoutingContext ctx) {
    Requests.Page page = Requests.page(ctx);
    if (page == null) {
      return;
    }
    String login = ctx.request().getParam("login");
    String actor = login == null || login.isBlank() ? null : login.startsWith("staff:") ? login : "staff:" + login.strip();
    repo.accessLog(visibility.scope(principal(ctx), Family.AUDIT), actor, ctx.request().getParam("case"), page)
        // The purpose staff typed ("回访甄女士") may name the petitioner: auditors read it masked as the case's history,
        // or, for a conversation with no case, with the identities the conversation holds; and any person's name the
        // extractor reads in it (a witness named only there).
        .compose(a -> repo.maskings(a.stream().map(o -> ((JsonObject) o).getString("caseNumber"))
            .filter(java.util.Objects::nonNull).distinct().toList()).compose(m -> conversationMaskings(a).map(c -> {
              a.forEach(o -> {
                JsonObject e = (JsonObject) o;
                java.util.function.UnaryOperator<String> mask = e.getString("caseNumber") != null
                    ? m.get(e.getString("caseNumber")) : c.get(e.getString("conversationId"));
                if (e.getValue("purpose") instanceof String t) {
                  e.put("purpose", mask == null ? ReportedPartyCopy.mask(Redaction.values(java.util.Map.of()), t)
                      : mask.apply(t));
                }
              });
              return a;
            })))
        .compose(a -> nlpPool.executeBlocking(() -> {
          a.forEach(o -> {
            JsonObject e = (JsonObject) o;
            if (e.getValue("purpose") instanceof String t) {
              e.put("purpose", org.ecopetition.gateway.casefile.CaseRedaction.text(extractor, t, java.util.Map.of(),
                  null));
            }
          });
          return a;
        }, false))
        .onSuccess(a -> ctx.json(new JsonObject().put("entries", a).put("next", page.next(a))))
        .onFailure(ctx::fail);
  }

  /**
   * For the access log's entries of a conversation with no case that carry a purpose: a masking by conversation id,
   * with the petitioner's identities the conversation holds (as people call them, however written).
   */
  private Future<java.util.Map<String, java.util.function.UnaryOperator<String>>> conversationMaskings(JsonArray a) {
    java.util.List<String> ids = a.stream().map(JsonObject.class::cast)
        .filter(e -> e.getString("caseNumber") == null && e.getString("conversationId") != null
            && e.getValue("purpose") != null)
        .map(e -> e.getString("conversationId")).distinct().toList();
    java.util.Map<String, java.util.function.UnaryOperator<String>> out = new java.util.concurrent.ConcurrentHashMap<>();
    return Future.all(ids.stream().map(id -> takeover.identities(java.util.UUID.fromString(id)).map(known -> {
      Redaction.Values values = org.ecopetition.gateway.casefile.CopyMask.values(known.get(
          org.ecopetition.gateway.nlp.Identity.NAME), known.get(org.ecopetition.gateway.nlp.Identity.PHONE),
          known.get(org.ecopetition.gateway.nlp.Identity.ADDRESS));
      out.put(id, t -> ReportedPartyCopy.mask(values, t));
      return null;
    })).toList()).map(x -> out);
  }

  private static final java.util.Map<String, String[]> DOCUMENT_ACTS = java.util.Map.of(
      "acceptance", new String[] {"accept", null, "受理告知书"},
      "non_acceptance", new String[] {"not_accept", null, "不予受理告知书"},
      "transfer", new String[] {"transfer", null, "转送（交办）告知书"},
      "referral", new String[] {"refer", null, "告知书"},
      "review_opinion", new String[] {"reply_delivered", "第三十条", "复查意见书"},
      "rereview_opinion", new String[] {"reply_delivered", "第三十一条", "复核意见书"},
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
    boolean forReportedParty = "true".equals(ctx.request().getParam("forReportedParty"));
    repo.documentData(ctx.pathParam("caseNumber"), spec[0], spec[1]).compose(data -> {
      if (data.isEmpty()) {
        Requests.fail(ctx, ApiError.STAFF_NOT_FOUND, lang);
        return Future.succeededFuture();
      }
      JsonObject d = data.get();
      if (d.getBoolean("missing", false)) {
        ctx.response().setStatusCode(409).putHeader("Content-Type", "application/json; charset=utf-8")
            .end(new JsonObject().put("error", new JsonObject().put("code", "no_such_act").put("message",
                "en".equals(lang) ? "This document exists only once its act is recorded." : "尚未作出相应决定，没有此文书。")).encode());
        return Future.succeededFuture();
      }
      java.util.function.UnaryOperator<String> mask = java.util.function.UnaryOperator.identity();
      if (forReportedParty) {
        // A copy for the reported party (issue 11 §1, Art 23, 24): never of an accusation; the petitioner's identity
        // only with their consent; otherwise the redacted copy a person confirmed.
        if ("检举控告".equals(d.getString("category"))) {
          ctx.response().setStatusCode(422).putHeader("Content-Type", "application/json; charset=utf-8")
              .end(new JsonObject().put("error", new JsonObject().put("code", "accusation").put("article", "第二十三条")
                  .put("message", "en".equals(lang) ? "An accusation's materials never go to the accused (Art 23)."
                      : "检举控告材料不得转给被检举控告的对象（第二十三条）。")).encode());
          return Future.succeededFuture();
        }
        boolean consent = Boolean.TRUE.equals(d.getBoolean("disclosure_consent")) && !Boolean.TRUE.equals(d.getBoolean("anonymous"));
        if (consent) {
          // The petitioner's consent is for their own name: the third persons they named stay masked.
          Redaction.Values others = ReportedPartyCopy.others(d);
          mask = others::redact;
        } else {
          if (d.getValue("redaction_confirmed_at") == null) {
            ctx.response().setStatusCode(409).putHeader("Content-Type", "application/json; charset=utf-8")
                .end(new JsonObject().put("error", new JsonObject().put("code", "redaction_unconfirmed")
                    .put("message", "en".equals(lang) ? "Confirm the redacted copy first (POST …/redaction)."
                        : "请先核对并确认脱敏副本，再制作给被反映对象的文书。")).encode());
            return Future.succeededFuture();
          }
          // What staff wrote on the act (an opinion's findings, a reason) is printed too and no person confirmed it.
          Redaction.Values known = ReportedPartyCopy.known(d);
          mask = t -> ReportedPartyCopy.mask(known, t);
          d = d.copy().put("facts", d.getString("facts_redacted")).put("request", d.getString("request_redacted", ""))
              .put("anonymous", true).putNull("petitioner_name");
        }
      } else if (principal(ctx).role() == org.ecopetition.gateway.access.Role.AUDITOR) {
        // A role without need of the petitioner's identity reads a document as it reads the case: the redacted copy,
        // no name, and what staff wrote on the act masked.
        mask = Redacted.masking(d);
        d = Redacted.documentForNoNeed(d);
      }
      JsonObject doc = d;
      java.util.function.UnaryOperator<String> printed = mask;
      String what = "document " + type + (pdf ? " (pdf)" : " (html)") + (forReportedParty ? " for the reported party" : "");
      return repo.logRead(d.getLong("id"), ctx.get("staff"), what, purpose(ctx))
          .compose(v -> forReportedParty ? nlpPool.executeBlocking(() -> staffWritten(doc), false)
              : Future.succeededFuture(doc))
          .compose(shown -> render(ctx, shown, type, spec, pdf, printed));
    }).onFailure(ctx::fail);
  }

  /**
   * A document's data with what staff wrote on its act (a reason, an opinion, its findings, basis or agreement) read
   * by the extractor for persons' names, each masked: a witness or a neighbour named only by staff ("走访了下游住户孙德胜")
   * is in no text of the case, so the case's known identities do not hold it, and no person confirmed these texts. The
   * reported party's own names (the polluter, the accused) stay. Blocking (the extractor): on the NLP pool.
   */
  private JsonObject staffWritten(JsonObject d) {
    String reported = org.ecopetition.gateway.casefile.CaseRedaction.reported(d.getString("accused"),
        d.getString("polluter"));
    java.util.function.UnaryOperator<String> names = t -> t == null || t.isBlank() ? t
        : org.ecopetition.gateway.casefile.CaseRedaction.text(extractor, t, java.util.Map.of(), reported);
    JsonObject out = d.copy();
    out.put("reason", names.apply(d.getString("reason")));
    out.put("public_text", names.apply(d.getString("public_text")));
    JsonObject detail = detailOf(d).copy();
    for (String field : new String[] {"basis", "findings", "agreement"}) {
      if (detail.getValue(field) instanceof String s) {
        detail.put(field, names.apply(s));
      }
    }
    return out.put("detail", detail);
  }

  private Future<Void> render(RoutingContext ctx, JsonObject d, String type, String[] spec, boolean pdf,
      java.util.function.UnaryOperator<String> mask) {
    {
      String title = "mediation".equals(type) && "reconciliation".equals(detailOf(d).getString("kind"))
          ? "和解协议书" : spec[2];
      java.util.Map<String, String> values = DocumentValues.of(d, title);
      values.replaceAll((k, v) -> mask.apply(v));
      String html = documents.html(type.endsWith("_opinion") ? "opinion" : type, title, values);
      if (!pdf) {
        ctx.response().putHeader("Content-Type", "text/html; charset=utf-8")
            .putHeader("Content-Security-Policy", documents.contentSecurityPolicy()).end(html);
        return Future.succeededFuture();
      }
      return pdfPool.executeBlocking(() -> documents.pdf(html), false).map(bytes -> {
        ctx.response().putHeader("Content-Type", "application/pdf")
            .putHeader("Content-Disposition", "inline; filename=\"" + d.getString("case_number") + "-" + type + ".pdf\"")
            .end(io.vertx.core.buffer.Buffer.buffer(bytes));
        return null;
      });
    }
  }

  static JsonObject detailOf(JsonObject d) {
    Object v = d.getValue("detail");
    return v instanceof JsonObject o ? o : v instanceof String s ? new JsonObject(s) : new JsonObject();
  }

}
