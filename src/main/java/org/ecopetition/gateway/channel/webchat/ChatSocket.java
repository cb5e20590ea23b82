package org.ecopetition.gateway.channel.webchat;

import io.vertx.core.Context;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.http.ServerWebSocket;
import io.vertx.core.json.DecodeException;
import io.vertx.core.json.JsonObject;
import java.util.List;
import java.util.UUID;
import org.ecopetition.gateway.conversation.ConversationService;
import org.ecopetition.gateway.conversation.StoredMessage;
import org.ecopetition.gateway.dialog.ConversationState;
import org.ecopetition.gateway.http.ApiError;
import org.ecopetition.gateway.text.Catalogue;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One WebSocket of the web chat. Frames are handled one after another, so replies leave in the order the
 * petitioner wrote; a refused frame is answered with an error and the socket stays open.
 */
final class ChatSocket {
  private static final Logger LOG = LoggerFactory.getLogger(ChatSocket.class);

  private final ServerWebSocket ws;
  private final ConversationService conversations;
  private final LiveSockets live;
  private final WebChatSettings settings;
  private final String client;
  private final Catalogue words;
  private final Context context = Vertx.currentContext();
  private Future<Void> tail = Future.succeededFuture();
  private UUID conversation;
  private String lang = "zh";
  private long lastSent;

  ChatSocket(ServerWebSocket ws, ConversationService conversations, LiveSockets live, WebChatSettings settings,
      String client, Catalogue words) {
    this.words = words;
    this.ws = ws;
    this.conversations = conversations;
    this.live = live;
    this.settings = settings;
    this.client = client;
  }

  void start() {
    ws.textMessageHandler(this::onText);
    ws.binaryMessageHandler(b -> error(ApiError.BAD_JSON));
    ws.closeHandler(v -> {
      if (conversation != null) {
        live.remove(conversation, this);
      }
    });
  }

  private void onText(String frame) {
    tail = tail.transform(ignored -> handle(frame).recover(err -> {
      LOG.error("web chat frame failed", err);
      error(ApiError.INTERNAL);
      return Future.succeededFuture();
    }));
  }

  private Future<Void> handle(String frame) {
    JsonObject msg;
    try {
      msg = new JsonObject(frame);
    } catch (DecodeException | ClassCastException e) {
      error(ApiError.BAD_JSON);
      return Future.succeededFuture();
    }
    String type = msg.getValue("type") instanceof String s ? s : "";
    return switch (type) {
      case "hello" -> hello(msg);
      case "message" -> message(msg);
      case "ping" -> {
        send(new JsonObject().put("type", "pong"));
        yield Future.succeededFuture();
      }
      default -> {
        error(ApiError.UNKNOWN_TYPE);
        yield Future.succeededFuture();
      }
    };
  }

  private Future<Void> hello(JsonObject msg) {
    String token = msg.getValue("token") instanceof String s ? s : null;
    String wanted = msg.getValue("lang") instanceof String s ? ConversationState.normaliseLang(s) : lang;
    long since = msg.getValue("since") instanceof Number n ? n.longValue() : 0L;
    if (conversation != null) {
      live.remove(conversation, this);
      conversation = null;
    }
    if (token == null) {
      return conversations.open(WebChatSettings.CHANNEL, wanted).map(opened -> {
        attach(opened.id(), opened.lang(), 0);
        send(new JsonObject().put("type", "welcome").put("token", opened.token()).put("lang", opened.lang())
            .put("resumed", false));
        sendAll(opened.messages());
        return null;
      });
    }
    return conversations.resolve(token).compose(ref -> {
      if (ref.isEmpty()) {
        lang = wanted;
        error(ApiError.UNKNOWN_CONVERSATION);
        return Future.succeededFuture();
      }
      UUID id = ref.get().id();
      return conversations.state(id).compose(state -> {
        attach(id, state.lang(), since);
        send(new JsonObject().put("type", "welcome").put("token", token).put("lang", state.lang())
            .put("resumed", true));
        return pull();
      });
    });
  }

  private void attach(UUID id, String l, long since) {
    conversation = id;
    lang = l;
    lastSent = Math.max(0, since);
    live.add(id, this);
  }

  private Future<Void> message(JsonObject msg) {
    if (conversation == null) {
      error(ApiError.NOT_STARTED);
      return Future.succeededFuture();
    }
    ChatInput.Checked checked = ChatInput.check(msg, settings.maxMessageBytes());
    if (checked instanceof ChatInput.Refused r) {
      JsonObject e = errorJson(r.error());
      if (msg.getValue("clientMsgId") instanceof String id && id.length() <= 64) {
        e.put("clientMsgId", id);
      }
      send(e);
      return Future.succeededFuture();
    }
    ChatInput in = ((ChatInput.Ok) checked).input();
    return conversations.receive(conversation, WebChatSettings.CHANNEL, in.text(), in.clientMsgId(), client)
        .compose(received -> {
          List<StoredMessage> msgs = received.messages();
          if (!msgs.isEmpty() && in.clientMsgId() != null) {
            send(new JsonObject().put("type", "ack").put("clientMsgId", in.clientMsgId()).put("id", msgs.get(0).id()));
          }
          sendAll(msgs);
          lang = received.lang();
          return Future.<Void>succeededFuture();
        });
  }

  /** Sends what was stored after the last message this socket sent (e.g. written by staff elsewhere). */
  Future<Void> pull() {
    UUID id = conversation;
    if (id == null) {
      return Future.succeededFuture();
    }
    int limit = settings.historyReplay();
    return conversations.since(id, lastSent, limit).compose(msgs -> {
      sendAll(msgs);
      // A long history comes in pages until nothing is left.
      return msgs.size() == limit ? pull() : Future.succeededFuture();
    });
  }

  /** Called when another instance or a member of staff wrote to this conversation. */
  void wake() {
    context.runOnContext(v -> tail = tail.transform(ignored -> pull().recover(err -> Future.succeededFuture())));
  }

  private void sendAll(List<StoredMessage> msgs) {
    for (StoredMessage m : msgs) {
      if (m.id() > lastSent) {
        send(m.toJson().put("type", "message"));
        lastSent = m.id();
      }
    }
  }

  private void error(ApiError e) {
    send(errorJson(e));
  }

  private JsonObject errorJson(ApiError e) {
    return new JsonObject().put("type", "error").put("code", e.code()).put("message", e.message(words, lang));
  }

  private void send(JsonObject o) {
    if (!ws.isClosed()) {
      ws.writeTextMessage(o.encode());
    }
  }
}
