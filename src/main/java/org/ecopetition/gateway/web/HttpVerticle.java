package org.ecopetition.gateway.web;

import io.vertx.core.DeploymentOptions;
import io.vertx.core.Future;
import io.vertx.core.VerticleBase;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpServer;
import io.vertx.core.http.HttpServerOptions;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.StaticHandler;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Function;
import org.ecopetition.gateway.config.GatewayConfig;
import org.ecopetition.gateway.http.ApiError;
import org.ecopetition.gateway.http.Requests;
import org.ecopetition.gateway.ops.Operations;
import org.ecopetition.gateway.text.Catalogue;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The HTTP server: each feature's sub-router mounted at its path (given by the gateway's wiring, so this package
 * depends on no feature), the static pages, and one JSON error shape for every failure. Deployed as one instance per
 * event loop ({@link #deploy}), all on one port: Vert.x hands each new connection to the next instance, so requests
 * and sockets spread over every core. Each instance builds its own routers from the features' functions; what they
 * share (live sockets, drain counts, caches) is made once by the gateway and is safe from any loop.
 */
public final class HttpVerticle extends VerticleBase {
  private static final Logger LOG = LoggerFactory.getLogger(HttpVerticle.class);
  /** A Host header fit to name in the policy (compiled once: every answer checks it). */
  private static final java.util.regex.Pattern HOST = java.util.regex.Pattern.compile("[A-Za-z0-9.:\\[\\]-]+");

  private final GatewayConfig.Http cfg;
  private final Map<String, Function<Vertx, Router>> features;
  private final Catalogue words;
  private final Operations ops;
  private HttpServer server;
  /** The port to listen on: a negative one makes the instances share one free port (0 would give each its own). */
  private final int listenPort;

  /**
   * {@code features}: mount path (e.g. {@code /api/v1/staff/*}) → the feature's router, in mounting order;
   * {@code words}: the message catalogue every handler answers in.
   */
  private HttpVerticle(GatewayConfig.Http cfg, Map<String, Function<Vertx, Router>> features, Catalogue words,
      Operations ops) {
    this.ops = ops;
    this.cfg = cfg;
    this.words = words;
    this.features = new LinkedHashMap<>(features);
    this.listenPort = cfg.port() == 0 ? -1 : cfg.port();
  }

  /** The server instances of one gateway, on as many event loops as {@code http.eventLoops} says. */
  public static final class Servers {
    private final List<HttpVerticle> instances;

    private Servers(List<HttpVerticle> instances) {
      this.instances = List.copyOf(instances);
    }

    /** The port actually bound (the same for every instance). */
    public int port() {
      return instances.get(0).port();
    }

    /** How many instances serve (one per event loop). */
    public int instances() {
      return instances.size();
    }

    /** Closes every instance's listening socket and the connections left (after the drain). */
    public Future<Void> close() {
      return Future.join(instances.stream().map(HttpVerticle::closeServer).toList()).mapEmpty();
    }
  }

  /**
   * Deploys {@code cfg.loops()} instances, each on an event loop of its own (Vert.x gives each instance the next
   * loop), sharing the port.
   */
  public static Future<Servers> deploy(Vertx vertx, GatewayConfig.Http cfg, Map<String, Function<Vertx, Router>> features,
      Catalogue words, Operations ops) {
    List<HttpVerticle> made = new CopyOnWriteArrayList<>();
    return vertx.deployVerticle(() -> {
      HttpVerticle v = new HttpVerticle(cfg, features, words, ops);
      made.add(v);
      return v;
    }, new DeploymentOptions().setInstances(cfg.loops())).map(id -> new Servers(made));
  }

  @Override
  public Future<?> start() {
    Router root = Router.router(vertx);
    root.route().handler(this::admit);
    features.forEach((path, router) -> root.route(path).subRouter(router.apply(vertx)));
    root.get("/api/v1/openapi.yaml").handler(ctx -> ctx.response()
        .putHeader("Content-Type", "application/yaml; charset=utf-8").sendFile("openapi.yaml").onFailure(ctx::fail));
    // Pages and scripts have unversioned names: a browser revalidates them every time (a 304 when unchanged), so a
    // new release is never mixed with an old cached half.
    root.route("/*").handler(ctx -> {
      ctx.addHeadersEndHandler(v -> {
        if (ctx.response().getStatusCode() < 400) {
          ctx.response().headers().set("Cache-Control", "no-cache");
        }
      });
      ctx.next();
    });
    root.route("/*").handler(StaticHandler.create("webroot").setCachingEnabled(true).setMaxAgeSeconds(300)
        .setIndexPage("index.html"));
    root.route().last().handler(ctx -> Requests.fail(ctx, ApiError.NO_SUCH_PAGE, Requests.lang(ctx)));
    root.route().failureHandler(this::failure);

    HttpServerOptions options = new HttpServerOptions()
        .setHost(cfg.host())
        .setPort(listenPort)
        .setCompressionSupported(true)
        // Large enough that an over-long chat message reaches the handler and gets a clear refusal.
        .setMaxWebSocketFrameSize(256 * 1024)
        .setMaxWebSocketMessageSize(256 * 1024)
        .setIdleTimeout(0);
    return vertx.createHttpServer(options).requestHandler(root).invalidRequestHandler(this::invalid).listen()
        .onSuccess(s -> server = s);
  }

  /**
   * A request the HTTP decoder refused before any route (a request line over 4096 bytes: 414, headers over 8 KiB:
   * 431, otherwise 400) gets the same JSON error body as every refusal, and the connection is closed.
   */
  private void invalid(io.vertx.core.http.HttpServerRequest req) {
    Throwable cause = req.decoderResult() == null ? null : req.decoderResult().cause();
    ApiError e = cause instanceof io.netty.handler.codec.TooLongFrameException
        && cause.getClass().getSimpleName().contains("Line") ? ApiError.URI_TOO_LONG
        : cause instanceof io.netty.handler.codec.TooLongFrameException
        && cause.getClass().getSimpleName().contains("Header") ? ApiError.HEADERS_TOO_LARGE
        : ApiError.BAD_JSON;
    String accept = req.getHeader("Accept-Language");
    String lang = accept != null && accept.toLowerCase().startsWith("en") ? "en" : "zh";
    req.response().setStatusCode(e.status()).putHeader("Content-Type", "application/json; charset=utf-8")
        .putHeader("Cache-Control", "no-store").putHeader("Connection", "close")
        .end(e.body(words, lang).encode());
  }

  /**
   * While draining, new work is refused (503, try another instance; health checks still answer, DOWN);
   * otherwise the request is counted until its response ends, so the drain can wait for it. WebSockets are
   * counted as sockets, not as requests.
   */
  private void admit(RoutingContext ctx) {
    headers(ctx);
    ctx.put(Requests.WORDS, words);
    String path = ctx.normalizedPath();
    if (path.startsWith("/health/")) {
      ctx.next();
      return;
    }
    if (ops.drain().draining()) {
      ctx.response().putHeader("Retry-After", "1").putHeader("Connection", "close");
      Requests.fail(ctx, ApiError.UNAVAILABLE, Requests.lang(ctx));
      return;
    }
    if (!path.equals("/chat/ws")) {
      ops.drain().requestStarted();
      ctx.addEndHandler(v -> ops.drain().requestEnded());
    }
    ctx.next();
  }

  /**
   * On every answer: a strict Content-Security-Policy (scripts and styles only from files of this origin, never
   * inline; sockets only to this host; no framing), no Referer sent onwards, no MIME sniffing. API answers carry
   * personal data: never stored by a browser or proxy (a handler may say otherwise).
   */
  private static void headers(RoutingContext ctx) {
    String host = ctx.request().authority() == null ? null : ctx.request().authority().toString();
    String sockets = host == null || !HOST.matcher(host).matches() ? "" : " ws://" + host + " wss://" + host;
    ctx.response().putHeader("X-Content-Type-Options", "nosniff")
        .putHeader("Content-Security-Policy", "default-src 'self'; script-src 'self'; style-src 'self'; "
            + "img-src 'self' data: blob:; connect-src 'self'" + sockets + "; object-src 'none'; base-uri 'none'; "
            + "form-action 'self'; frame-ancestors 'none'")
        .putHeader("Referrer-Policy", "no-referrer")
        .putHeader("X-Frame-Options", "DENY");
    String path = ctx.normalizedPath();
    if (path.startsWith("/api/") || path.startsWith("/chat/")) {
      ctx.response().putHeader("Cache-Control", "no-store");
    }
  }

  /** Closes the listening socket and every connection left (after the drain). */
  public Future<Void> closeServer() {
    return server == null ? Future.succeededFuture() : server.close();
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
    if (ctx.failure() != null && ops.outage().report(ctx.failure())) {
      // Said once per outage by Outage; each request only gets its 503.
      ctx.response().putHeader("Retry-After", String.valueOf(ops.outage().retryAfterSeconds()));
      Requests.fail(ctx, ApiError.UNAVAILABLE, lang);
      return;
    }
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
