package org.ecopetition.gateway.web;

import io.vertx.core.Vertx;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.sqlclient.Pool;

/** {@code /health/live}: the process answers. {@code /health/ready}: migrations ran, dialogs loaded, DB reachable. */
final class HealthRouter {
  private final Readiness readiness;
  private final Pool pool;

  private HealthRouter(Readiness readiness, Pool pool) {
    this.readiness = readiness;
    this.pool = pool;
  }

  static Router create(Vertx vertx, Readiness readiness, Pool pool) {
    HealthRouter h = new HealthRouter(readiness, pool);
    Router r = Router.router(vertx);
    r.get("/live").handler(h::live);
    r.get("/ready").handler(h::ready);
    return r;
  }

  private void live(RoutingContext ctx) {
    ctx.json(new JsonObject().put("status", "UP"));
  }

  private void ready(RoutingContext ctx) {
    JsonObject parts = new JsonObject();
    readiness.parts().forEach(parts::put);
    if (!readiness.ready()) {
      ctx.response().setStatusCode(503);
      ctx.json(new JsonObject().put("status", "DOWN").put("parts", parts));
      return;
    }
    pool.query("SELECT 1").execute()
        .onSuccess(rows -> ctx.json(new JsonObject().put("status", "UP").put("parts", parts.put("database", true))))
        .onFailure(err -> {
          ctx.response().setStatusCode(503);
          ctx.json(new JsonObject().put("status", "DOWN").put("parts", parts.put("database", false)));
        });
  }
}
