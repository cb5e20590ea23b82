package org.ecopetition.gateway.support;

import io.vertx.core.Vertx;
import io.vertx.core.http.HttpServer;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A real local HTTP server speaking the JSON of WeChat's and WeCom's APIs, standing in for platforms that
 * cannot be reached here: stable_token and gettoken (the same token until it is invalidated), customer-service
 * messages, subscribe and template messages, the menu, 微信客服's sync_msg (from a queue, with cursors) and
 * send_msg, and app messages. It keeps every call; {@code refuseCustomerService} makes customer-service sends answer
 * an errcode, {@code refuseSubscribe} subscribe and template messages (43101: the user refused or withdrew the
 * subscription). Subscribe and template messages are answered with a numeric {@code msgid}, as WeChat's reports
 * (subscribe_msg_sent_event, TEMPLATESENDJOBFINISH) name them.
 */
public final class WeChatStub implements AutoCloseable {
  public final List<JsonObject> customerService = new CopyOnWriteArrayList<>();
  public final List<JsonObject> subscribeMessages = new CopyOnWriteArrayList<>();
  public final List<JsonObject> templateMessages = new CopyOnWriteArrayList<>();
  /** The msgid given to each subscribe or template message, in the order sent. */
  public final List<String> messageIds = new CopyOnWriteArrayList<>();
  private final java.util.concurrent.atomic.AtomicLong nextMessageId = new java.util.concurrent.atomic.AtomicLong(
      3_000_000_000_000_000_000L);
  public final List<JsonObject> menus = new CopyOnWriteArrayList<>();
  public final List<JsonObject> kfSent = new CopyOnWriteArrayList<>();
  public final List<JsonObject> appMessages = new CopyOnWriteArrayList<>();
  public final List<JsonObject> syncRequests = new CopyOnWriteArrayList<>();
  public final AtomicInteger tokensIssued = new AtomicInteger();
  /** Token requests by account (wechat:appid, wecom:secret). */
  public final Map<String, AtomicInteger> tokenCalls = new ConcurrentHashMap<>();
  /** Messages 微信客服 holds, in order; sync_msg serves them after the cursor (the index as a string). */
  public final List<JsonObject> kfQueue = new CopyOnWriteArrayList<>();
  /** Temporary media (临时素材) by media_id, served by media/get; an unknown id is answered errcode 40007. */
  public final Map<String, byte[]> media = new ConcurrentHashMap<>();
  /** media/get calls, by media_id, in order. */
  public final List<String> mediaRequests = new CopyOnWriteArrayList<>();
  /** How many media/get calls to answer errcode -1 (system busy) before serving again. */
  public final AtomicInteger mediaBusy = new AtomicInteger();
  /** jsapi_tickets issued by getticket (the same until {@link #expireTokens()}), and how often it was called. */
  public final Map<String, String> jsapiTickets = new ConcurrentHashMap<>();
  public final AtomicInteger ticketCalls = new AtomicInteger();
  public volatile int refuseCustomerService;
  public volatile int refuseSubscribe;
  /** Non-zero: 微信客服's send_msg answers this errcode (95018: out of the 48-hour window). */
  public volatile int refuseKf;
  private final Map<String, String> tokens = new ConcurrentHashMap<>();
  private final HttpServer server;

  public WeChatStub(Vertx vertx) {
    this.server = vertx.createHttpServer().requestHandler(req -> req.body().onSuccess(body -> {
      String path = req.path();
      JsonObject in = body.length() == 0 ? new JsonObject() : body.toJsonObject();
      switch (path) {
        case "/open/js/fake-jweixin.js" -> req.response().putHeader("Content-Type", "text/javascript; charset=utf-8")
            .end(FAKE_JS_SDK);
        case "/cgi-bin/stable_token" -> token(req, "wechat:" + in.getString("appid"));
        case "/cgi-bin/gettoken" -> token(req, "wecom:" + req.getParam("corpsecret"));
        default -> call(req, path, in);
      }
    })).listen(0, "127.0.0.1").await();
  }

  /**
   * A stand-in for WeChat's JS-SDK in a browser test ({@code wechat.jsSdkUrl} pointed here): {@code wx.config} keeps
   * its parameters in {@code window.__wxConfig}; each {@code wx-open-subscribe} tag gets a button that, like the user
   * choosing 允许 in WeChat's popup, fires the tag's {@code success} event with WeChat's detail (subscribeDetails: a
   * JSON string of template id → JSON string of the status).
   */
  static final String FAKE_JS_SDK = """
      (function () {
        var ready = [];
        window.wx = {
          config: function (c) {
            window.__wxConfig = c;
            document.querySelectorAll('wx-open-subscribe').forEach(function (tag) {
              var b = document.createElement('button');
              b.id = 'fake-allow';
              b.textContent = '允许';
              b.addEventListener('click', function () {
                var d = {};
                tag.getAttribute('template').split(',').forEach(function (id) { d[id] = JSON.stringify({status: 'accept'}); });
                tag.dispatchEvent(new CustomEvent('success', {detail: {errMsg: 'subscribe:ok', subscribeDetails: JSON.stringify(d)}}));
              });
              tag.appendChild(b);
            });
            setTimeout(function () { ready.forEach(function (f) { f(); }); }, 0);
          },
          ready: function (f) { ready.push(f); },
          error: function () {}
        };
      }());
      """;

  private void token(HttpServerRequest req, String who) {
    tokenCalls.computeIfAbsent(who, k -> new AtomicInteger()).incrementAndGet();
    String t = tokens.computeIfAbsent(who, k -> "TOKEN-" + tokensIssued.incrementAndGet());
    json(req, new JsonObject().put("errcode", 0).put("access_token", t).put("expires_in", 7200));
  }

  private void call(HttpServerRequest req, String path, JsonObject in) {
    if (!tokens.containsValue(String.valueOf(req.getParam("access_token")))) {
      json(req, new JsonObject().put("errcode", 40001).put("errmsg", "invalid credential"));
      return;
    }
    switch (path) {
      case "/cgi-bin/ticket/getticket" -> {
        if (!"jsapi".equals(req.getParam("type"))) {
          json(req, new JsonObject().put("errcode", 40097).put("errmsg", "invalid args"));
          return;
        }
        ticketCalls.incrementAndGet();
        String ticket = jsapiTickets.computeIfAbsent(req.getParam("access_token"),
            k -> "sM4AOVdWfPE4DxkXGEs8VM" + Integer.toHexString(k.hashCode()) + "-jsapi-ticket");
        json(req, new JsonObject().put("errcode", 0).put("errmsg", "ok").put("ticket", ticket).put("expires_in", 7200));
        return;
      }
      case "/cgi-bin/media/get" -> {
        media(req);
        return;
      }
      case "/cgi-bin/message/custom/send" -> {
        if (refuseCustomerService != 0) {
          json(req, new JsonObject().put("errcode", refuseCustomerService).put("errmsg", "refused"));
          return;
        }
        customerService.add(in);
      }
      case "/cgi-bin/message/subscribe/bizsend", "/cgi-bin/message/template/send" -> {
        if (refuseSubscribe != 0) {
          json(req, new JsonObject().put("errcode", refuseSubscribe).put("errmsg", "user refuse to accept the msg"));
          return;
        }
        long id = nextMessageId.incrementAndGet();
        messageIds.add(Long.toString(id));
        // Kept beside what was sent (not a field of the request): the msgid WeChat's report will name.
        (path.contains("subscribe") ? subscribeMessages : templateMessages).add(in.copy().put("given_msgid",
            Long.toString(id)));
        json(req, new JsonObject().put("errcode", 0).put("errmsg", "ok").put("msgid", id));
        return;
      }
      case "/cgi-bin/menu/create" -> menus.add(in);
      case "/cgi-bin/kf/send_msg" -> {
        if (refuseKf != 0) {
          json(req, new JsonObject().put("errcode", refuseKf).put("errmsg", "refused"));
          return;
        }
        kfSent.add(in);
      }
      case "/cgi-bin/message/send" -> appMessages.add(in);
      case "/cgi-bin/kf/sync_msg" -> {
        syncRequests.add(in);
        int from = in.getString("cursor", "").isEmpty() ? 0 : Integer.parseInt(in.getString("cursor"));
        int to = Math.min(kfQueue.size(), from + 2);
        JsonArray list = new JsonArray();
        kfQueue.subList(from, to).forEach(list::add);
        json(req, new JsonObject().put("errcode", 0).put("errmsg", "ok").put("next_cursor", String.valueOf(to))
            .put("has_more", to < kfQueue.size() ? 1 : 0).put("msg_list", list));
        return;
      }
      default -> {
        req.response().setStatusCode(404).end();
        return;
      }
    }
    json(req, new JsonObject().put("errcode", 0).put("errmsg", "ok").put("msgid", "m" + System.nanoTime()));
  }

  /**
   * media/get as WeChat answers it: the file with its type and a Content-disposition naming it; an error is HTTP 200
   * with a JSON body, sent by the Official Account as text/plain and by WeCom as application/json with its
   * Error-Code and Error-Msg headers.
   */
  private void media(HttpServerRequest req) {
    String id = String.valueOf(req.getParam("media_id"));
    mediaRequests.add(id);
    byte[] file = media.get(id);
    boolean wecom = tokens.entrySet().stream().anyMatch(e -> e.getKey().startsWith("wecom:")
        && e.getValue().equals(req.getParam("access_token")));
    int errcode = mediaBusy.getAndUpdate(n -> Math.max(0, n - 1)) > 0 ? -1 : file == null ? 40007 : 0;
    if (errcode != 0) {
      String msg = errcode == -1 ? "system error" : "invalid media_id";
      var r = req.response().putHeader("Content-Type", wecom ? "application/json; charset=UTF-8" : "text/plain");
      if (wecom) {
        r.putHeader("Error-Code", Integer.toString(errcode)).putHeader("Error-Msg", msg);
      }
      r.end(new JsonObject().put("errcode", errcode).put("errmsg", msg).encode());
      return;
    }
    req.response().putHeader("Content-Type", "image/jpeg")
        .putHeader("Content-disposition", "attachment; filename=\"" + id + ".jpg\"")
        .putHeader("Cache-Control", "no-cache, must-revalidate").end(io.vertx.core.buffer.Buffer.buffer(file));
  }

  /** Makes every instance fetch a new token (as after an early expiry). */
  public void expireTokens() {
    tokens.clear();
    jsapiTickets.clear();
  }

  private static void json(HttpServerRequest req, JsonObject o) {
    req.response().putHeader("Content-Type", "application/json; charset=utf-8").end(o.encode());
  }

  public String base() {
    return "http://127.0.0.1:" + server.actualPort();
  }

  /** Customer-service texts sent to one user, in order. */
  public List<String> textsTo(String openId) {
    return customerService.stream().filter(m -> openId.equals(m.getString("touser")))
        .map(m -> m.getJsonObject("text").getString("content")).toList();
  }

  @Override
  public void close() {
    server.close().await();
  }
}
