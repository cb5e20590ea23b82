package org.ecopetition.gateway.web;

import io.vertx.core.Future;
import io.vertx.core.VerticleBase;
import io.vertx.core.http.HttpServer;
import io.vertx.core.http.HttpServerOptions;
import io.vertx.ext.web.Router;
import org.ecopetition.gateway.notice.SmsReceiptRouter;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.StaticHandler;
import io.vertx.sqlclient.Pool;
import java.time.Clock;
import org.ecopetition.gateway.calendar.WorkCalendar;
import org.ecopetition.gateway.casefile.StatusQueries;
import org.ecopetition.gateway.casefile.StatusRouter;
import org.ecopetition.gateway.channel.webchat.LiveSockets;
import org.ecopetition.gateway.channel.webchat.WebChatRouter;
import org.ecopetition.gateway.config.GatewayConfig;
import org.ecopetition.gateway.conversation.ConversationService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The HTTP server: one sub-router per feature, static pages, and one JSON error shape for every failure. */
public final class HttpVerticle extends VerticleBase {
  private static final Logger LOG = LoggerFactory.getLogger(HttpVerticle.class);

  private final GatewayConfig cfg;
  private final Pool pool;
  private final Readiness readiness;
  private final ConversationService conversations;
  private final StatusQueries status;
  private final LiveSockets live;
  private final java.util.function.Function<io.vertx.core.Vertx, Router> staff;
  private final Clock clock;
  private HttpServer server;
  private java.util.Map<String, java.util.function.Function<io.vertx.core.Vertx, Router>> extra = java.util.Map.of();

  public HttpVerticle(GatewayConfig cfg, Pool pool, Readiness readiness, ConversationService conversations,
      StatusQueries status, LiveSockets live, java.util.function.Function<io.vertx.core.Vertx, Router> staff,
      Clock clock) {
    this.clock = clock;
    this.cfg = cfg;
    this.pool = pool;
    this.readiness = readiness;
    this.conversations = conversations;
    this.status = status;
    this.live = live;
    this.staff = staff;
  }

  /** Further features' sub-routers by mount path (the messaging channels), mounted before the pages. */
  public HttpVerticle with(java.util.Map<String, java.util.function.Function<io.vertx.core.Vertx, Router>> routes) {
    this.extra = java.util.Map.copyOf(routes);
    return this;
  }

  @Override
  public Future<?> start() {
    Router root = Router.router(vertx);
    root.route().handler(ctx -> {
      ctx.response().putHeader("X-Content-Type-Options", "nosniff");
      ctx.next();
    });
    extra.forEach((path, sub) -> root.route(path).subRouter(sub.apply(vertx)));
    root.route("/health/*").subRouter(HealthRouter.create(vertx, readiness, pool, WorkCalendar.official(), clock));
    root.route("/chat/*").subRouter(WebChatRouter.socket(vertx, conversations, live, cfg));
    root.route("/api/v1/chat/*").subRouter(WebChatRouter.fallback(vertx, conversations, live, cfg));
    root.route("/api/v1/cases/*").subRouter(StatusRouter.create(vertx, status, cfg.http().trustForwardedFor(),
        conversations::departmentName));
    root.route("/api/v1/info*").subRouter(InfoRouter.create(vertx, cfg.deployment()));
    root.route("/api/v1/staff/*").subRouter(staff.apply(vertx));
    root.route("/api/v1/sms/*").subRouter(SmsReceiptRouter.create(vertx, pool, cfg.sms(), clock));
    root.get("/api/v1/openapi.yaml").handler(ctx -> ctx.response()
        .putHeader("Content-Type", "application/yaml; charset=utf-8").sendFile("openapi.yaml").onFailure(ctx::fail));
    root.route("/*").handler(StaticHandler.create("webroot").setCachingEnabled(true).setMaxAgeSeconds(300)
        .setIndexPage("index.html"));
    root.route().last().handler(ctx -> Requests.fail(ctx, ApiError.NO_SUCH_PAGE, Requests.lang(ctx)));
    root.route().failureHandler(this::failure);

    HttpServerOptions options = new HttpServerOptions()
        .setHost(cfg.http().host())
        .setPort(cfg.http().port())
        .setCompressionSupported(true)
        // Large enough that an over-long chat message reaches the handler and gets a clear refusal.
        .setMaxWebSocketFrameSize(256 * 1024)
        .setMaxWebSocketMessageSize(256 * 1024)
        .setIdleTimeout(0);
    return vertx.createHttpServer(options).requestHandler(root).listen().onSuccess(s -> server = s);
  }

  /** The port actually bound (0 in the configuration picks a free one). */
  public int port() {
    return server.actualPort();
  }

  private void failure(RoutingContext ctx) {
    String lang = Requests.lang(ctx);
    if (ctx.response().ended()) {
      return;
    }
    int code = ctx.statusCode();
    if (code == 413) {
      Requests.fail(ctx, ApiError.BODY_TOO_LARGE, lang);
    } else if (code == 404) {
      Requests.fail(ctx, ApiError.NO_SUCH_PAGE, lang);
    } else if (code >= 400 && code < 500) {
      Requests.fail(ctx, ApiError.BAD_JSON, lang);
    } else {
      // The cause, never the request: it may carry personal data.
      LOG.error("request failed: {} {}", ctx.request().method(), ctx.normalizedPath(), ctx.failure());
      Requests.fail(ctx, ApiError.INTERNAL, lang);
    }
  }
}
