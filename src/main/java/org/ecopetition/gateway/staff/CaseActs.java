package org.ecopetition.gateway.staff;

import io.vertx.core.json.DecodeException;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.RoutingContext;
import io.vertx.sqlclient.Pool;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.ecopetition.gateway.casefile.CaseActions;
import org.ecopetition.gateway.http.ApiError;
import org.ecopetition.gateway.http.Requests;
import org.ecopetition.gateway.lifecycle.Act;
import org.ecopetition.gateway.lifecycle.Command;
import org.ecopetition.gateway.text.Msg;

/**
 * {@code POST /cases/{n}/acts}: a member of staff's act, read from the request and answered; the act itself goes
 * through {@link CaseActions} in one transaction. Optimistic versions: of two staff acting at once one wins and the
 * other is told.
 */
final class CaseActs {
  private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");
  /** Art 28: how a subtype (3) reply reached the petitioner — web, phone, on the spot, or in writing when asked. */
  private static final java.util.Set<String> FEEDBACK = java.util.Set.of("web", "phone", "on_site", "written");
  /** What an act decided beyond its reason, kept on the history and printed on the documents. */
  private static final List<String> DETAIL = List.of("outcome", "basis", "findings", "agreement", "to", "days",
      "approver", "kind", "reportDays", "feedback", "ground", "finding", "rule", "by");
  /** What the lifecycle reads of an act beyond its reason (Art 18, 25, 26, 30, 31, 36). */
  private static final List<String> TERMS = List.of("ground", "outcome", "basis", "findings", "agreement", "kind",
      "finding", "rule", "by");

  private final Pool pool;
  private final CaseActions actions;
  private final Clock clock;

  CaseActs(Pool pool, CaseActions actions, Clock clock) {
    this.pool = pool;
    this.actions = actions;
    this.clock = clock;
  }

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
    java.util.Map<String, String> terms = new java.util.HashMap<>();
    for (String k : TERMS) {
      if (body.getValue(k) instanceof String v) {
        terms.put(k, v);
      }
    }
    if (body.getValue("publicText") instanceof String text) {
      terms.put("text", text);
    }
    // A reward is decided by a responsible person (Art 36), an extension approved by one (Art 29).
    String approver = body.getString("approver", body.getString("decidedBy"));
    Command cmd = new Command(act, ctx.get("staff"), on, body.getString("reason"), body.getInteger("days"),
        approver, body.getString("to"), terms);
    JsonObject detail = new JsonObject();
    DETAIL.forEach(k -> {
      if (body.getValue(k) != null) {
        detail.put(k, body.getValue(k));
      }
    });
    if (body.getValue("decidedBy") != null) {
      detail.put("decidedBy", body.getValue("decidedBy"));
    }
    CaseActions.Extras extras = new CaseActions.Extras(body.getLong("version"), body.getString("publicText"),
        body.getInteger("reportDays"), detail);
    pool.withTransaction(conn -> actions.act(conn, ctx.pathParam("caseNumber"), cmd, extras))
        .onSuccess(result -> answer(ctx, lang, result)).onFailure(ctx::fail);
  }

  private static void answer(RoutingContext ctx, String lang, CaseActions.Result result) {
    if (result instanceof CaseActions.Result.Done d) {
      ctx.json(new JsonObject().put("status", d.change().status().code())
          .put("label", Requests.words(ctx).label(d.change().status(), lang))
          .put("version", d.version()).put("article", d.change().article())
          .put("department", d.change().department()).put("responsibleCode", d.change().responsibleCode())
          .put("referredTo", d.change().referredTo())
          .put("late", d.change().late() == null ? null : new JsonObject().put("clock", d.change().late().clock())
              .put("due", d.change().late().due().toString())));
    } else {
      answerUnsettled(ctx, lang, result);
    }
  }

  /**
   * The answers every act on a case shares when it did not happen: refused (its article), stale (409 with the
   * current version), or no such case.
   */
  static void answerUnsettled(RoutingContext ctx, String lang, CaseActions.Result result) {
    if (result instanceof CaseActions.Result.Refused r) {
      Requests.refused(ctx, r.why());
    } else if (result instanceof CaseActions.Result.Stale s) {
      ctx.response().setStatusCode(409).putHeader("Content-Type", "application/json; charset=utf-8")
          .end(new JsonObject().put("error", new JsonObject().put("code", "conflict").put("currentVersion", s.current())
              .put("message", Requests.words(ctx).text(Msg.ERROR_CONFLICT, lang))).encode());
    } else {
      Requests.fail(ctx, ApiError.STAFF_NOT_FOUND, lang);
    }
  }
}
