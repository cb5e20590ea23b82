package org.ecopetition.gateway.web;

import org.ecopetition.gateway.http.ApiError;
import org.ecopetition.gateway.http.Requests;
import io.vertx.core.Vertx;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import org.ecopetition.gateway.config.GatewayConfig;
import org.ecopetition.gateway.text.Msg;

/**
 * Art 13: the published channels, postal address, hotline, reception hours and place, how to query progress, and the
 * procedure a matter follows (in the catalogue's words).
 */
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
    String lang = Requests.lang(ctx);
    boolean en = "en".equals(lang);
    String department = d.departmentName(lang);
    java.util.Map<String, String> vars = java.util.Map.of("department", department, "hotline", d.hotline());
    ctx.json(new JsonObject()
        .put("lang", en ? "en" : "zh")
        // The page's header names the operator (deployment.departmentName); the notice is shown before any
        // personal question, the full text at /privacy.html (issue 13 §11).
        .put("privacy", new JsonObject()
            .put("notice", Requests.words(ctx).text(Msg.PRIVACY_NOTICE, lang, vars))
            .put("link", Requests.words(ctx).text(Msg.PRIVACY_LINK, lang))
            .put("title", Requests.words(ctx).text(Msg.PRIVACY_TITLE, lang))
            .put("text", Requests.words(ctx).text(Msg.PRIVACY_TEXT, lang, vars)))
        .put("department", department)
        .put("hotline", d.hotline())
        .put("address", d.address(lang))
        .put("receptionHours", d.receptionHours(lang))
        .put("receptionPlace", d.receptionPlace(lang))
        .put("channels", new JsonArray(d.channels(lang)))
        .put("statusQuery", Requests.words(ctx).text(Msg.INFO_STATUS_QUERY, lang))
        .put("procedure", Requests.words(ctx).text(Msg.INFO_PROCEDURE, lang))
        .put("regulation", en ? "Measures for Eco-environmental Petition Work (生态环境信访工作办法), in force since 1 January 2025"
            : "《生态环境信访工作办法》（2025年1月1日起施行）"));
  }
}
