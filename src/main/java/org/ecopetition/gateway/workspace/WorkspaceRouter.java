package org.ecopetition.gateway.workspace;

import io.vertx.core.Future;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.core.Handler;
import io.vertx.ext.web.RoutingContext;
import io.vertx.sqlclient.Pool;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.EnumMap;
import java.util.Map;
import java.util.UUID;
import org.ecopetition.gateway.access.Endpoint;
import org.ecopetition.gateway.account.Authenticated;
import org.ecopetition.gateway.account.Authenticator;
import org.ecopetition.gateway.alert.PgAlertRepository;
import org.ecopetition.gateway.alert.PgDutyRoster;
import org.ecopetition.gateway.casefile.PgCaseRepository;
import org.ecopetition.gateway.conversation.Takeover;
import org.ecopetition.gateway.http.ApiError;
import org.ecopetition.gateway.http.Requests;

/**
 * The staff workspace under {@code /api/v1/staff/workspace} (behind the staff API's authentication): the live queue
 * of conversations waiting for a person, a conversation's transcript and log, takeover (claim, message, note, hand
 * back, close), alerts and their acknowledgement, the duty roster, canned replies, the record of an Art 19 report to
 * the government, and the consoles' live channel.
 */
public final class WorkspaceRouter {
  private static final int MAX_TEXT = 4000;

  private final org.ecopetition.gateway.http.Origins origins;
  private final Takeover takeover;
  private final PgAlertRepository alerts;
  private final PgDutyRoster roster;
  private final PgCaseRepository cases;
  private final Pool pool;
  private final Canned canned;
  private final StaffLive live;
  private final int queueLimit;
  private final Clock clock;
  private final java.util.function.Function<String, Future<Boolean>> knownStaff;

  /** Everything the workspace works with, wired once by the gateway. */
  public record Parts(Takeover takeover, PgAlertRepository alerts, PgDutyRoster roster, PgCaseRepository cases,
      Pool pool, Path dialogsDir, StaffLive live, int queueLimit, Clock clock,
      org.ecopetition.gateway.http.Origins origins, java.util.function.Function<String, Future<Boolean>> knownStaff) {}

  private WorkspaceRouter(Parts p) {
    this.takeover = p.takeover();
    this.origins = p.origins();
    this.alerts = p.alerts();
    this.roster = p.roster();
    this.cases = p.cases();
    this.pool = p.pool();
    this.canned = Canned.load(p.dialogsDir().resolve("staff").resolve("canned.yaml"));
    this.live = p.live();
    this.queueLimit = p.queueLimit();
    this.clock = p.clock();
    this.knownStaff = p.knownStaff();
  }

  /** The workspace's routes, mounted by the staff router behind its gate (authentication, CSRF, role). */
  public static Map<Endpoint, Handler<RoutingContext>> handlers(Parts parts) {
    WorkspaceRouter w = new WorkspaceRouter(parts);
    Map<Endpoint, Handler<RoutingContext>> h = new EnumMap<>(Endpoint.class);
    h.put(Endpoint.LIVE, w::live);
    h.put(Endpoint.QUEUE, w::queue);
    h.put(Endpoint.CONVERSATION, w::view);
    h.put(Endpoint.CLAIM, w::claim);
    h.put(Endpoint.STAFF_MESSAGE, w::say);
    h.put(Endpoint.CONVERSATION_NOTE, w::note);
    h.put(Endpoint.HAND_BACK, w::release);
    h.put(Endpoint.CLOSE_CONVERSATION, w::close);
    h.put(Endpoint.PREFILL, w::prefill);
    h.put(Endpoint.ATTACH_CONVERSATION, w::attach);
    h.put(Endpoint.ALERTS, w::openAlerts);
    h.put(Endpoint.ACKNOWLEDGE_ALERT, w::acknowledge);
    h.put(Endpoint.DUTY, w::duty);
    h.put(Endpoint.ADD_DUTY, w::addDuty);
    h.put(Endpoint.CANNED, ctx -> ctx.json(new JsonObject().put("replies", w.canned.replies())));
    h.put(Endpoint.GOVERNMENT_REPORT, w::governmentReport);
    return h;
  }

  /** The member of staff's scope: the directory code their department serves (theirs and those below it). */
  private static String scope(RoutingContext ctx) {
    return caller(ctx).principal().departmentCode();
  }

  private static String staff(RoutingContext ctx) {
    return caller(ctx).principal().actor();
  }

  private static Authenticated caller(RoutingContext ctx) {
    return ctx.get(Authenticator.KEY);
  }

  private static UUID id(RoutingContext ctx) {
    try {
      return UUID.fromString(ctx.pathParam("id"));
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  /** A staff socket: only from the console's own origin (a page elsewhere cannot ride on a member's session). */
  private void live(RoutingContext ctx) {
    if (!"websocket".equalsIgnoreCase(ctx.request().getHeader("Upgrade"))) {
      Requests.invalidField(ctx, "Upgrade", "此地址只接受 WebSocket 连接。", "This address takes WebSocket connections only.");
      return;
    }
    // Without Origin only a machine client with its bearer token (no ambient credential a page could ride on).
    boolean machine = ctx.request().getHeader("Authorization") != null;
    if (ctx.request().getHeader("Origin") == null ? !machine : !origins.allowed(ctx.request())) {
      Requests.fail(ctx, ApiError.FORBIDDEN_ORIGIN, Requests.lang(ctx));
      return;
    }
    ctx.request().toWebSocket().onSuccess(ws -> {
      live.add(ws, caller(ctx).principal());
      ws.writeTextMessage(new JsonObject().put("type", "hello").encode());
    }).onFailure(ctx::fail);
  }

  private void queue(RoutingContext ctx) {
    // "now" by the gateway's clock: the console counts waiting times from it, not from the desk's own clock.
    takeover.queue(scope(ctx), staff(ctx), queueLimit).onSuccess(a -> noStore(ctx).json(new JsonObject()
            .put("conversations", a).put("now", clock.instant().toString())))
        .onFailure(ctx::fail);
  }

  private void view(RoutingContext ctx) {
    UUID id = id(ctx);
    if (id == null) {
      missing(ctx);
      return;
    }
    takeover.view(id, scope(ctx), staff(ctx), org.ecopetition.gateway.http.Requests.purpose(ctx)).onSuccess(v -> {
      if (v.isEmpty()) {
        missing(ctx);
      } else {
        noStore(ctx).json(v.get());
      }
    }).onFailure(ctx::fail);
  }

  private void claim(RoutingContext ctx) {
    withId(ctx, id -> takeover.claim(id, scope(ctx), staff(ctx)));
  }

  private void say(RoutingContext ctx) {
    String text = text(ctx);
    if (text != null) {
      withId(ctx, id -> takeover.say(id, scope(ctx), staff(ctx), text));
    }
  }

  private void note(RoutingContext ctx) {
    String text = text(ctx);
    if (text != null) {
      withId(ctx, id -> takeover.note(id, scope(ctx), staff(ctx), text));
    }
  }

  private void release(RoutingContext ctx) {
    JsonObject body = Requests.jsonBody(ctx);
    String step = body == null ? null : body.getString("step");
    withId(ctx, id -> takeover.handBack(id, scope(ctx), staff(ctx), step));
  }

  /** {@code {reason?}}: needed to close a conversation whose report no case was registered from. */
  private void close(RoutingContext ctx) {
    JsonObject body = Requests.jsonBody(ctx);
    Object r = body == null ? null : body.getValue("reason");
    if (r != null && (!(r instanceof String s) || s.isBlank() || s.length() > MAX_TEXT)) {
      Requests.invalidField(ctx, "reason", "请写明不登记即结束的理由（不超过4000字）。",
          "Give the reason to close without registering (at most 4000 characters).");
      return;
    }
    String reason = r == null ? null : ((String) r).strip();
    withId(ctx, id -> takeover.close(id, scope(ctx), staff(ctx), reason));
  }

  /**
   * What the conversation collected, shaped as the registration form's fields (the clerk confirms each one; nothing
   * is registered from here): POST /cases with these and {@code conversationId} registers and links it.
   */
  private void prefill(RoutingContext ctx) {
    UUID id = id(ctx);
    if (id == null) {
      missing(ctx);
      return;
    }
    takeover.slots(id, scope(ctx), staff(ctx), org.ecopetition.gateway.http.Requests.purpose(ctx)).onSuccess(s -> {
      if (s.isEmpty()) {
        missing(ctx);
        return;
      }
      Map<String, String> v = s.get();
      JsonObject f = new JsonObject().put("conversationId", id.toString()).put("facts", v.get("facts"))
          .put("request", v.get("request")).put("place", v.get("location")).put("category", v.get("category"))
          .put("kind", v.get("kind")).put("polluter", v.get("polluter")).put("since", v.get("since"))
          .put("accused", v.get("accused")).put("affected", v.get("affected")).put("lang", v.get("lang"));
      if (!"anonymous".equals(v.get("anonymous"))) {
        f.put("name", v.get("name")).put("address", v.get("address")).put("phone", v.get("phone"));
      }
      noStore(ctx).json(f);
    }).onFailure(ctx::fail);
  }

  /** Attaches the conversation to a case already registered (the same matter raised again in the chat). */
  private void attach(RoutingContext ctx) {
    JsonObject body = Requests.jsonBody(ctx);
    String number = body == null ? null : body.getString("caseNumber");
    UUID id = id(ctx);
    if (number == null || id == null) {
      Requests.fail(ctx, number == null ? ApiError.BAD_JSON : ApiError.STAFF_NOT_FOUND, Requests.lang(ctx));
      return;
    }
    // The conversation must be in the caller's scope before the case is touched (the gate checked the case's).
    takeover.channelOf(id, scope(ctx), staff(ctx))
        .compose(ch -> ch.isEmpty() ? Future.succeededFuture(false)
            : pool.withTransaction(conn -> cases.attachConversation(conn, number, id, staff(ctx))))
        .compose(found -> found ? takeover.linked(id, scope(ctx), staff(ctx), "case_attached", number)
            : Future.succeededFuture(new Takeover.Result.Missing()))
        .onSuccess(r -> answer(ctx, r)).onFailure(ctx::fail);
  }

  private void openAlerts(RoutingContext ctx) {
    alerts.open(scope(ctx), staff(ctx)).onSuccess(a -> noStore(ctx).json(new JsonObject().put("alerts", a))).onFailure(ctx::fail);
  }

  private void acknowledge(RoutingContext ctx) {
    long id;
    try {
      id = Long.parseLong(ctx.pathParam("id"));
    } catch (NumberFormatException e) {
      Requests.fail(ctx, ApiError.STAFF_NOT_FOUND, Requests.lang(ctx));
      return;
    }
    alerts.acknowledge(id, staff(ctx), scope(ctx)).onSuccess(a -> {
      switch (a) {
        case ACKNOWLEDGED -> ctx.json(new JsonObject().put("id", id).put("acknowledgedBy", staff(ctx)));
        case ALREADY -> ctx.response().setStatusCode(409).putHeader("Content-Type", "application/json; charset=utf-8")
            .end(new JsonObject().put("error", new JsonObject().put("code", "already_acknowledged")
                .put("message", "en".equals(Requests.lang(ctx)) ? "Someone has already acknowledged this alert."
                    : "该警报已由其他工作人员确认。")).encode());
        default -> Requests.fail(ctx, ApiError.STAFF_NOT_FOUND, Requests.lang(ctx));
      }
    }).onFailure(ctx::fail);
  }

  private void duty(RoutingContext ctx) {
    roster.upcoming(scope(ctx)).onSuccess(a -> noStore(ctx).json(new JsonObject().put("shifts", a)))
        .onFailure(ctx::fail);
  }

  /**
   * A shift on the duty roster: {@code {login, phone?, wecomUser?, from, to}} (ISO instants; a mobile number, a WeCom
   * user or both), in the caller's scope.
   */
  private void addDuty(RoutingContext ctx) {
    JsonObject b = Requests.jsonBody(ctx);
    Instant from;
    Instant to;
    try {
      from = Instant.parse(b.getString("from"));
      to = Instant.parse(b.getString("to"));
    } catch (RuntimeException e) {
      Requests.invalidField(ctx, "from", "值班起止时间须写成 2026-06-15T01:00:00Z 的形式，且结束晚于开始。",
          "from and to are instants like 2026-06-15T01:00:00Z, the end after the start.");
      return;
    }
    String login = b.getString("login");
    String phone = b.getString("phone");
    String wecom = b.getString("wecomUser");
    boolean phoneOk = phone == null || phone.matches("1[3-9]\\d{9}");
    if (login == null || login.isBlank() || !phoneOk || phone == null && (wecom == null || wecom.isBlank())
        || !to.isAfter(from)) {
      Requests.invalidField(ctx, !phoneOk || phone == null && wecom == null ? "phone" : "login",
          "须填写值班人员，以及11位手机号或企业微信账号，结束时间晚于开始时间。",
          "A login, an 11-digit mobile number or a WeCom user, and an end after the start are needed.");
      return;
    }
    // An officer who is no member of staff could never sign in to acknowledge what their phone is told.
    knownStaff.apply(login.strip()).compose(known -> {
      if (!known) {
        Requests.invalidField(ctx, "login", "值班人员须为本系统的工作人员（登录名）。",
            "The officer on duty must be a member of staff (their login).");
        return Future.succeededFuture();
      }
      return roster.add(new PgDutyRoster.Officer(login.strip(), phone,
              wecom == null || wecom.isBlank() ? null : wecom.strip()), scope(ctx), from, to, staff(ctx))
          .onSuccess(id -> ctx.response().setStatusCode(201).putHeader("Content-Type", "application/json; charset=utf-8")
              .end(new JsonObject().put("id", id).encode())).mapEmpty();
    }).onFailure(ctx::fail);
  }

  /**
   * Art 19: an urgent matter reported to the people's government at once — who reported it, to whom and when, on
   * the case's history.
   */
  private void governmentReport(RoutingContext ctx) {
    JsonObject b = Requests.jsonBody(ctx);
    String to = b == null ? null : b.getString("to");
    if (to == null || to.isBlank()) {
      Requests.invalidField(ctx, "to", "须写明报告的人民政府或部门。", "Name the government or body the matter was reported to.");
      return;
    }
    LocalDate on;
    try {
      on = b.getString("on") == null ? LocalDate.ofInstant(clock.instant(), ZoneId.of("Asia/Shanghai"))
          : LocalDate.parse(b.getString("on"));
    } catch (DateTimeParseException e) {
      Requests.fail(ctx, ApiError.BAD_DATE, Requests.lang(ctx));
      return;
    }
    pool.withTransaction(conn -> cases.event(conn, ctx.pathParam("caseNumber"), on, "government_report", staff(ctx),
            "第十九条", "报告：" + to.strip() + (b.getString("how") == null ? "" : "（" + b.getString("how") + "）")))
        .onSuccess(found -> {
          if (found) {
            ctx.response().setStatusCode(201).end();
          } else {
            Requests.fail(ctx, ApiError.STAFF_NOT_FOUND, Requests.lang(ctx));
          }
        }).onFailure(ctx::fail);
  }

  private interface ById {
    Future<Takeover.Result> run(UUID id);
  }

  private void withId(RoutingContext ctx, ById work) {
    UUID id = id(ctx);
    if (id == null) {
      missing(ctx);
      return;
    }
    work.run(id).onSuccess(r -> answer(ctx, r)).onFailure(ctx::fail);
  }

  private static void answer(RoutingContext ctx, Takeover.Result r) {
    String lang = Requests.lang(ctx);
    if (r instanceof Takeover.Result.Done d) {
      ctx.json(d.body());
    } else if (r instanceof Takeover.Result.HeldBy h) {
      ctx.response().setStatusCode(409).putHeader("Content-Type", "application/json; charset=utf-8")
          .end(new JsonObject().put("error", new JsonObject().put("code", "held").put("holder", h.holder())
              .put("message", "en".equals(lang) ? h.holder() + " is handling this conversation."
                  : "该会话正由" + h.holder() + "处理。")).encode());
    } else if (r instanceof Takeover.Result.NoSuchStep s) {
      ctx.response().setStatusCode(422).putHeader("Content-Type", "application/json; charset=utf-8")
          .end(new JsonObject().put("error", new JsonObject().put("code", "no_such_step")
              .put("steps", new JsonArray(s.steps()))
              .put("message", "en".equals(lang) ? "The conversation cannot go back to that step."
                  : "会话不能回到该步骤。")).encode());
    } else if (r instanceof Takeover.Result.Unregistered) {
      ctx.response().setStatusCode(409).putHeader("Content-Type", "application/json; charset=utf-8")
          .end(new JsonObject().put("error", new JsonObject().put("code", "unregistered_report").put("field", "reason")
              .put("message", "en".equals(lang)
                  ? "This conversation holds a report no case was registered from: register it (or link a case) first,"
                      + " or give the reason to close it without one."
                  : "该会话中的反映尚未登记：请先“登记为案件”或“关联”已登记的案件；确无须登记的，请写明理由后再结束。"))
              .encode());
    } else {
      missing(ctx);
    }
  }

  /**
   * A conversation (or the case to link it to) that does not exist or is outside the caller's scope: the same 404 for
   * both, in words about a conversation (the case API's words speak of a query code).
   */
  private static void missing(RoutingContext ctx) {
    ctx.response().setStatusCode(404).putHeader("Content-Type", "application/json; charset=utf-8")
        .end(new JsonObject().put("error", new JsonObject().put("code", "not_found").put("message",
            "en".equals(Requests.lang(ctx)) ? "No such conversation (or case) within your scope."
                : "未找到该会话（或案件），或不在您的职责范围内。")).encode());
  }

  /** The text of a staff message or note: present, not over-long, no control characters but line breaks. */
  private static String text(RoutingContext ctx) {
    JsonObject b = Requests.jsonBody(ctx);
    Object t = b == null ? null : b.getValue("text");
    if (!(t instanceof String s) || s.isBlank() || s.length() > MAX_TEXT || s.chars().anyMatch(c -> c < 32 && c != '\n')) {
      Requests.invalidField(ctx, "text", "请填写内容（不超过4000字）。", "Write the text (at most 4000 characters).");
      return null;
    }
    return s.strip();
  }

  /** What staff read carries personal data: never kept by a browser or a proxy. */
  private static RoutingContext noStore(RoutingContext ctx) {
    ctx.response().putHeader("Cache-Control", "no-store");
    return ctx;
  }
}
