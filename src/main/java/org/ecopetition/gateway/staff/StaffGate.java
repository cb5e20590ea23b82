package org.ecopetition.gateway.staff;

import io.vertx.core.Future;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.RoutingContext;
import java.util.Optional;
import org.ecopetition.gateway.access.CaseView;
import org.ecopetition.gateway.access.Endpoint;
import org.ecopetition.gateway.access.Family;
import org.ecopetition.gateway.access.Permissions;
import org.ecopetition.gateway.access.Sight;
import org.ecopetition.gateway.access.Visibility;
import org.ecopetition.gateway.account.Authenticated;
import org.ecopetition.gateway.account.Authenticator;
import org.ecopetition.gateway.http.ApiError;
import org.ecopetition.gateway.http.Requests;

/**
 * What every staff route passes before it runs, in this order: who is calling (401), the CSRF token of a cookie
 * session on a state-changing request (403), a one-time password still to change (403), the role's permission for
 * the route's family (403), and for a route that addresses a case the case's visibility — out of scope answers
 * exactly like a case that does not exist (404), a recused member of staff is told so (403).
 */
final class StaffGate {
  private final Authenticator authenticator;
  private final Visibility visibility;
  private final PgStaffRepository repo;

  StaffGate(Authenticator authenticator, Visibility visibility, PgStaffRepository repo) {
    this.authenticator = authenticator;
    this.visibility = visibility;
    this.repo = repo;
  }

  void check(RoutingContext ctx, Endpoint e) {
    if (e.family() == Family.PUBLIC) {
      ctx.next();
      return;
    }
    authenticator.authenticate(ctx.request()).compose(found -> {
      if (found.isEmpty()) {
        Requests.refuse(ctx, 401, "unauthorized", "需要工作人员身份，请登录。", "Staff sign-in required.");
        return Future.succeededFuture();
      }
      Authenticated a = found.get();
      ctx.put(Authenticator.KEY, a);
      ctx.put("staff", a.principal().actor());
      if (e.changesState() && !a.csrfSatisfied(ctx.request().getHeader(Authenticator.CSRF_HEADER))) {
        Requests.refuse(ctx, 403, "csrf", "页面已过期或请求来源不明，请刷新页面后重试。",
            "The page is out of date or the request's origin is unknown; reload the page and try again.");
        return Future.succeededFuture();
      }
      if (a.mustChangePassword() && e.family() != Family.SELF) {
        Requests.refuse(ctx, 403, "password_change_required", "请先修改一次性密码。",
            "Change your one-time password first.");
        return Future.succeededFuture();
      }
      if (!Permissions.allows(a.principal().role(), e.family())) {
        Requests.refuse(ctx, 403, "forbidden", "您的角色不能进行此操作。", "Your role does not allow this.");
        return Future.succeededFuture();
      }
      return view(ctx, e).map(view -> {
        if (view == null) {
          ctx.next();
          return null;
        }
        Sight sight = view.map(v -> visibility.sight(a.principal(), e.family(), v)).orElse(Sight.HIDDEN);
        switch (sight) {
          case VISIBLE -> ctx.next();
          case HIDDEN -> Requests.fail(ctx, ApiError.STAFF_NOT_FOUND, Requests.lang(ctx));
          case RECUSED -> ctx.response().setStatusCode(403).putHeader("Content-Type", "application/json; charset=utf-8")
              .end(new JsonObject().put("error", new JsonObject().put("code", "recused").put("article", "第二十一条第三款")
                  .put("message", "en".equals(Requests.lang(ctx))
                      ? "You are recused from this case (a direct interest in the matter or the petitioner)."
                      : "您与该信访事项或信访人有直接利害关系，已回避，不能查看或办理此案件。")).encode());
        }
        return null;
      });
    }).onFailure(ctx::fail);
  }

  /**
   * The case a request addresses: null when it addresses none (or names it so badly that the route's own checks
   * refuse it), empty when the case does not exist.
   */
  private Future<Optional<CaseView>> view(RoutingContext ctx, Endpoint e) {
    switch (e.target()) {
      case CASE_PATH:
        return repo.caseView(ctx.pathParam("caseNumber"));
      case CASE_BODY:
        JsonObject body = Requests.jsonBody(ctx);
        Object number = body == null ? null : body.getValue("caseNumber");
        return number instanceof String n ? repo.caseView(n) : Future.succeededFuture(null);
      case NOTICE_PATH:
        try {
          return repo.caseViewOfNotice(Long.parseLong(ctx.pathParam("id")));
        } catch (NumberFormatException ex) {
          return Future.succeededFuture(null);
        }
      default:
        // Staff accounts are scoped by StaffAdmin on the member's department.
        return Future.succeededFuture(null);
    }
  }
}
