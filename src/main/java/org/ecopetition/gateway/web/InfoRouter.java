package org.ecopetition.gateway.web;

import org.ecopetition.gateway.http.ApiError;
import org.ecopetition.gateway.http.Requests;
import io.vertx.core.Vertx;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import org.ecopetition.gateway.config.GatewayConfig;

/** Art 13: the published channels, address, hotline, reception hours and how to query progress. */
public final class InfoRouter {
  private final GatewayConfig.Deployment d;

  private InfoRouter(GatewayConfig.Deployment d) {
    this.d = d;
  }

  public static Router create(Vertx vertx, GatewayConfig.Deployment d) {
    InfoRouter i = new InfoRouter(d);
    Router r = Router.router(vertx);
    r.get("/").handler(i::info);
    return r;
  }

  private void info(RoutingContext ctx) {
    boolean en = "en".equals(Requests.lang(ctx));
    ctx.json(new JsonObject()
        .put("department", en ? d.departmentNameEn() : d.departmentName())
        .put("hotline", d.hotline())
        .put("address", d.address())
        .put("receptionHours", d.receptionHours())
        .put("channels", new JsonArray(d.channels()))
        .put("statusQuery", en
            ? "With the case number and query code: in the chat (send \"status\"), at /status.html, or GET /api/v1/cases/{caseNumber}/status?code=…"
            : "凭案件编号和查询码：在对话中发送“查询进度”，或访问 /status.html，或 GET /api/v1/cases/{案件编号}/status?code=…"));
  }
}
