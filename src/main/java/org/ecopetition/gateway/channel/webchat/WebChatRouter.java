package org.ecopetition.gateway.channel.webchat;

import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.json.DecodeException;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.BodyHandler;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.ecopetition.gateway.config.GatewayConfig;
import org.ecopetition.gateway.conversation.ConversationBusy;
import org.ecopetition.gateway.conversation.ConversationRef;
import org.ecopetition.gateway.conversation.ConversationService;
import org.ecopetition.gateway.conversation.StoredMessage;
import org.ecopetition.gateway.conversation.Horizon;
import org.ecopetition.gateway.conversation.Unseen;
import org.ecopetition.gateway.dialog.ConversationState;
import org.ecopetition.gateway.http.ApiError;
import org.ecopetition.gateway.http.Requests;
import org.ecopetition.gateway.ops.Operations;

/** The web chat: a WebSocket at {@code /chat/ws} and its HTTP fallback under {@code /api/v1/chat}. */
public final class WebChatRouter {
  private final ConversationService conversations;
  private final LiveSockets live;
  private final WebChatSettings settings;
  private final Operations ops;

  private WebChatRouter(ConversationService conversations, LiveSockets live, WebChatSettings settings,
      Operations ops) {
    this.ops = ops;
    this.conversations = conversations;
    this.live = live;
    this.settings = settings;
  }

  /** The WebSocket route, to mount at {@code /chat}. */
  public static Router socket(Vertx vertx, ConversationService conversations, LiveSockets live, GatewayConfig cfg,
      Operations ops) {
    WebChatRouter w = new WebChatRouter(conversations, live, settings(cfg), ops);
    Router r = Router.router(vertx);
    r.route("/ws").handler(w::upgrade);
    return r;
  }

  /** The HTTP fallback, to mount at {@code /api/v1/chat}. */
  public static Router fallback(Vertx vertx, ConversationService conversations, LiveSockets live, GatewayConfig cfg,
      Operations ops) {
    WebChatRouter w = new WebChatRouter(conversations, live, settings(cfg), ops);
    Router r = Router.router(vertx);
    r.post().handler(BodyHandler.create().setBodyLimit(64 * 1024).setHandleFileUploads(false));
    r.post("/conversations").handler(w::open);
    r.post("/messages").handler(w::post);
    r.get("/messages").handler(w::poll);
    return r;
  }

  private static WebChatSettings settings(GatewayConfig cfg) {
    return new WebChatSettings(cfg.chat().maxMessageBytes(), cfg.chat().historyReplay(), org.ecopetition.gateway.http.TrustedProxies.of(cfg.http().trustedProxies()), cfg.chat().maxNewConversationsPerHour(),
        org.ecopetition.gateway.http.Origins.of(cfg.http().allowedOrigins(),
            org.ecopetition.gateway.http.TrustedProxies.of(cfg.http().trustedProxies())));
  }

  /**
   * A browser always sends Origin on a WebSocket: a page elsewhere is refused (403 forbidden_origin); a client
   * without Origin is not a browser page (an app, a test) and carries no ambient credential.
   */
  private void upgrade(RoutingContext ctx) {
    if (ctx.request().getHeader("Origin") != null && !settings.origins().allowed(ctx.request())) {
      Requests.fail(ctx, ApiError.FORBIDDEN_ORIGIN, Requests.lang(ctx));
      return;
    }
    String client = settings.proxies().client(ctx.request());
    ctx.request().toWebSocket()
        .onSuccess(ws -> {
          ChatSocket.consolidateFlushes(ctx.request().connection());
          new ChatSocket(ws, conversations, live, settings, client, Requests.words(ctx), ops).start();
        })
        .onFailure(ctx::fail);
  }

  private void open(RoutingContext ctx) {
    String lang = body(ctx).map(b -> b.getValue("lang") instanceof String s ? ConversationState.normaliseLang(s) : null)
        .orElse(Requests.lang(ctx));
    String client = settings.proxies().client(ctx.request());
    conversations.admit(client, settings.maxNewConversationsPerHour()).compose(wait -> {
      if (wait > 0) {
        ctx.response().putHeader("Retry-After", String.valueOf(wait));
        Requests.fail(ctx, ApiError.TOO_MANY_CONVERSATIONS, lang);
        return Future.succeededFuture();
      }
      return conversations.open(WebChatSettings.CHANNEL, lang).map(o -> {
        ctx.response().setStatusCode(201).putHeader("Cache-Control", "no-store")
            .putHeader("Content-Type", "application/json; charset=utf-8")
            .end(new JsonObject().put("token", o.token()).put("lang", o.lang()).put("messages", json(o.messages()))
                .put("cursor", cursor(o.messages(), 0)).encode());
        return null;
      });
    }).onFailure(ctx::fail);
  }

  private void post(RoutingContext ctx) {
    String lang = Requests.lang(ctx);
    Optional<JsonObject> body = body(ctx);
    if (body.isEmpty()) {
      Requests.fail(ctx, ApiError.BAD_JSON, lang);
      return;
    }
    ChatInput.Checked checked = ChatInput.check(body.get(), settings.maxMessageBytes());
    if (checked instanceof ChatInput.Refused r) {
      Requests.fail(ctx, r.error(), lang);
      return;
    }
    ChatInput in = ((ChatInput.Ok) checked).input();
    String token = body.get().getValue("token") instanceof String s ? s : bearer(ctx);
    String client = settings.proxies().client(ctx.request());
    conversations.resolve(token).compose(ref -> {
      if (ref.isEmpty()) {
        Requests.fail(ctx, ApiError.UNKNOWN_CONVERSATION, lang);
        return Future.succeededFuture();
      }
      UUID id = ref.get().id();
      return TimedTurn.receive(conversations, ops.metrics(), "http", id, in, client).map(received -> {
        live.wake(id);
        ctx.response().putHeader("Content-Type", "application/json; charset=utf-8")
            .putHeader("Cache-Control", "no-store")
            .end(new JsonObject().put("messages", json(received.messages())).put("duplicate", received.duplicate())
                .put("cursor", cursor(received.messages(), 0)).encode());
        return null;
      });
    }).onFailure(err -> {
      if (err instanceof ConversationBusy) {
        ctx.response().putHeader("Retry-After", "1");
        Requests.fail(ctx, ApiError.TOO_FAST, lang);
      } else {
        ctx.fail(err);
      }
    });
  }

  private void poll(RoutingContext ctx) {
    String lang = Requests.lang(ctx);
    long since;
    try {
      String s = ctx.request().getParam("since");
      since = s == null ? 0 : Long.parseLong(s);
    } catch (NumberFormatException e) {
      Requests.fail(ctx, ApiError.BAD_JSON, lang);
      return;
    }
    // The horizon of the poller's last answer: what committed below its cursor after that answer comes too (a late
    // notice). Without one (an older client, the first poll), only what follows the cursor.
    String given = ctx.request().getParam("horizon");
    PollHorizon horizon = given == null ? null : PollHorizon.read(given);
    if (given != null && horizon == null) {
      Requests.fail(ctx, ApiError.BAD_JSON, lang);
      return;
    }
    conversations.resolve(bearer(ctx)).compose(ref -> {
      if (ref.isEmpty()) {
        Requests.fail(ctx, ApiError.UNKNOWN_CONVERSATION, lang);
        return Future.succeededFuture();
      }
      ConversationRef c = ref.get();
      int limit = settings.historyReplay();
      Future<Unseen> read = horizon == null
          ? conversations.unseen(c.id(), since, limit, null, new long[0])
          : conversations.unseen(c.id(), since, limit, horizon.horizon(), horizon.given(), horizon.then());
      return read.map(unseen -> {
        List<StoredMessage> msgs = unseen.messages();
        String next = Horizon.compact(unseen.horizon());
        long cursor = cursor(msgs, since);
        if (limit > 0 && unseen.older() == limit) {
          // More late ones than a page (a horizon far older than the cursor): this page of them alone, the cursor where
          // it was, and a horizon that names the last one given and this read, so the next poll gives the next page
          // (and what committed below it since) and nothing twice. What follows the cursor comes after them.
          msgs = msgs.stream().filter(m -> m.id() <= since).toList();
          cursor = since;
          next = horizon.more(msgs.get(msgs.size() - 1).id(), unseen.horizon());
        }
        ctx.response().putHeader("Content-Type", "application/json; charset=utf-8")
            .putHeader("Cache-Control", "no-store")
            .end(new JsonObject().put("messages", json(msgs)).put("cursor", cursor).put("horizon", next).encode());
        return null;
      });
    }).onFailure(ctx::fail);
  }

  private static Optional<JsonObject> body(RoutingContext ctx) {
    if (ctx.body().length() == 0) {
      return Optional.of(new JsonObject());
    }
    try {
      return Optional.ofNullable(ctx.body().asJsonObject());
    } catch (DecodeException | ClassCastException e) {
      return Optional.empty();
    }
  }

  private static String bearer(RoutingContext ctx) {
    String h = ctx.request().getHeader("Authorization");
    return h != null && h.startsWith("Bearer ") ? h.substring(7).strip() : null;
  }

  private static JsonArray json(List<StoredMessage> msgs) {
    JsonArray a = new JsonArray();
    msgs.forEach(m -> a.add(m.toJson()));
    return a;
  }

  /** The highest id, never below {@code from}: a late message read below the cursor does not move it back. */
  private static long cursor(List<StoredMessage> msgs, long from) {
    return Math.max(from, msgs.stream().mapToLong(StoredMessage::id).max().orElse(from));
  }
}
