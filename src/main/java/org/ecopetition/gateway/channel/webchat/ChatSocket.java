package org.ecopetition.gateway.channel.webchat;

import io.vertx.core.Context;
import io.vertx.core.Future;
import io.vertx.core.Promise;
import io.vertx.core.Vertx;
import io.vertx.core.http.ServerWebSocket;
import io.vertx.core.json.DecodeException;
import io.vertx.core.json.JsonObject;
import java.util.List;
import java.util.UUID;
import org.ecopetition.gateway.conversation.ConversationBusy;
import org.ecopetition.gateway.conversation.ConversationService;
import org.ecopetition.gateway.conversation.Horizon;
import org.ecopetition.gateway.conversation.StoredMessage;
import org.ecopetition.gateway.dialog.ConversationState;
import org.ecopetition.gateway.http.ApiError;
import org.ecopetition.gateway.text.Catalogue;
import org.ecopetition.gateway.ops.Drain;
import org.ecopetition.gateway.ops.Operations;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;

/**
 * One WebSocket of the web chat. Frames are handled one after another, so replies leave in the order the
 * petitioner wrote; a refused frame is answered with an error and the socket stays open.
 */
final class ChatSocket implements Drain.Member {
  private static final Logger LOG = LoggerFactory.getLogger(ChatSocket.class);

  private final ServerWebSocket ws;
  private final ConversationService conversations;
  private final LiveSockets live;
  private final WebChatSettings settings;
  private final String client;
  private final Catalogue words;
  private final Operations ops;
  /** The event loop of the server instance that accepted the socket: every frame, wake and write runs on it. */
  private final Context context = Vertx.currentContext();
  private final String loop = Thread.currentThread().getName();
  private boolean draining;
  private Future<Void> tail = Future.succeededFuture();
  private UUID conversation;
  private String lang = "zh";
  private long lastSent;
  /**
   * Late messages (issue: a notice that drew its id before a reply the socket sent, and committed after): the snapshot
   * of this socket's last read (null: none yet, after a resume, until its first read) and the ids it sent since that
   * read without reading them (its own turns', a new conversation's first messages). The next read, which a late
   * message's own event brings, also takes what that snapshot did not show below the cursor, less these: each message
   * once, in the order of commits. Nothing is added to a turn: the turn's messages are sent as they come, and a wake by
   * the turn's own event still reads nothing ({@link OwnEvents}).
   */
  private String horizon;
  /** The most ids a page may name as received after its horizon (the page drops its horizon past that). */
  static final int MAX_RECEIVED = 1024;
  private long[] sentSince = new long[8];
  private int sentCount;
  /** The events of this socket's own turns whose messages it has sent: their wakes need no read. */
  private final OwnEvents own = new OwnEvents();

  ChatSocket(ServerWebSocket ws, ConversationService conversations, LiveSockets live, WebChatSettings settings,
      String client, Catalogue words, Operations ops) {
    this.words = words;
    this.ws = ws;
    this.ops = ops;
    this.conversations = conversations;
    this.live = live;
    this.settings = settings;
    this.client = client;
  }

  void start() {
    ws.frameHandler(this::onFrame);
    ws.closeHandler(v -> {
      ops.drain().leave(this);
      if (conversation != null) {
        live.remove(conversation, this);
      }
    });
    ops.drain().join(this);
  }

  /**
   * One flush for the frames a task writes together (a turn's ack, the petitioner's message and the replies; a page of
   * history): written outside a read of this socket, as a turn's answer is, Vert.x flushes each frame — a write system
   * call and a pass through the pipeline each. Frames keep their order; a close flushes what is pending first.
   */
  static boolean consolidateFlushes(io.vertx.core.http.HttpConnection connection) {
    // Vert.x Web hands out a wrapper of the socket: its connection (Vert.x's own, public class) has the channel.
    if (connection instanceof io.vertx.core.net.impl.ConnectionBase c) {
      io.netty.channel.ChannelPipeline p = c.channel().pipeline();
      if (p.get(io.netty.handler.flush.FlushConsolidationHandler.class) == null) {
        p.addFirst(new io.netty.handler.flush.FlushConsolidationHandler(
            io.netty.handler.flush.FlushConsolidationHandler.DEFAULT_EXPLICIT_FLUSH_AFTER_FLUSHES, true));
      }
      return true;
    }
    // An internal class of Vert.x: after an upgrade that moves it, sockets still work, one flush per frame.
    if (!CONSOLIDATION_MISSING_TOLD.getAndSet(true)) {
      LOG.warn("WebSocket flush consolidation unavailable: connection class {}", connection.getClass().getName());
    }
    return false;
  }

  private static final java.util.concurrent.atomic.AtomicBoolean CONSOLIDATION_MISSING_TOLD =
      new java.util.concurrent.atomic.AtomicBoolean();

  /**
   * Frames gathered into messages here rather than by Vert.x, to see their bytes: a text message that is not valid
   * UTF-8 is refused (bad_encoding) as a request body is over HTTP, instead of being read with replacement
   * characters; one longer than a chat message can be gets message_too_long without being kept; binary is not JSON.
   */
  private void onFrame(io.vertx.core.http.WebSocketFrame frame) {
    io.vertx.core.http.WebSocketFrameType type = frame.type();
    if (type == io.vertx.core.http.WebSocketFrameType.CLOSE || type == io.vertx.core.http.WebSocketFrameType.PING
        || type == io.vertx.core.http.WebSocketFrameType.PONG) {
      return;
    }
    if (!frame.isContinuation()) {
      partial = frame.isText() ? io.vertx.core.buffer.Buffer.buffer() : null;
      tooLong = false;
      binary = frame.isBinary();
    }
    if (partial != null && !tooLong) {
      partial.appendBuffer(frame.binaryData());
      // A frame holds JSON around the text: room for escapes, and never more than a chat message could need.
      if (partial.length() > settings.maxMessageBytes() * 6 + 1024) {
        tooLong = true;
        partial = io.vertx.core.buffer.Buffer.buffer();
      }
    }
    if (!frame.isFinal()) {
      return;
    }
    io.vertx.core.buffer.Buffer whole = partial;
    partial = null;
    if (binary) {
      error(ApiError.BAD_JSON);
    } else if (tooLong) {
      error(ApiError.MESSAGE_TOO_LONG);
    } else if (whole != null) {
      try {
        onText(java.nio.charset.StandardCharsets.UTF_8.newDecoder()
            .onMalformedInput(java.nio.charset.CodingErrorAction.REPORT)
            .onUnmappableCharacter(java.nio.charset.CodingErrorAction.REPORT)
            .decode(java.nio.ByteBuffer.wrap(whole.getBytes())).toString());
      } catch (java.nio.charset.CharacterCodingException e) {
        error(ApiError.BAD_ENCODING);
      }
    }
  }

  private io.vertx.core.buffer.Buffer partial;
  private boolean tooLong;
  private boolean binary;

  private void onText(String frame) {
    if (draining) {
      // Not acknowledged: the page keeps the message and sends it again on its next socket.
      return;
    }
    tail = tail.transform(ignored -> handle(frame).recover(err -> {
      if (ops.outage().report(err)) {
        send(errorJson(ApiError.UNAVAILABLE).put("retryAfter", ops.outage().retryAfterSeconds()));
        return Future.succeededFuture();
      }
      if (err instanceof ConversationBusy) {
        // Not acknowledged: the page keeps the message and sends it again.
        send(errorJson(ApiError.TOO_FAST).put("retryAfter", 1));
        return Future.succeededFuture();
      }
      try (MDC.MDCCloseable ids = MDC.putCloseable("conversation", String.valueOf(conversation))) {
        LOG.error("web chat frame failed", err);
      }
      error(ApiError.INTERNAL);
      return Future.succeededFuture();
    }));
  }

  /** The turn in flight (and any frame queued behind it) finishes; then the page is told to reconnect. */
  @Override
  public Future<Void> drain() {
    Promise<Void> closed = Promise.promise();
    context.runOnContext(v -> {
      draining = true;
      tail = tail.transform(ignored -> ws.isClosed() ? Future.<Void>succeededFuture()
          : ws.close(Drain.RECONNECT, "service restart: reconnect").recover(err -> Future.succeededFuture()));
      tail.onComplete(r -> closed.tryComplete());
    });
    return closed.future();
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
    // The page's horizon (the last "seen" it was sent) and the ids it received since: a resume then also gets what
    // committed below `since` while no socket was open (a late notice). Either missing or malformed: not used.
    String given = msg.getValue("horizon") instanceof String h ? Horizon.read(h) : null;
    long[] received = given == null ? null : received(msg.getValue("received"));
    if (conversation != null) {
      live.remove(conversation, this);
      conversation = null;
    }
    if (token == null) {
      return conversations.admit(client, settings.maxNewConversationsPerHour()).compose(wait -> {
        if (wait > 0) {
          lang = wanted;
          send(errorJson(ApiError.TOO_MANY_CONVERSATIONS).put("retryAfter", wait));
          return Future.succeededFuture();
        }
        return conversations.open(WebChatSettings.CHANNEL, wanted).map(opened -> {
          attach(opened.id(), opened.lang(), 0);
          // A new conversation: nothing of it was read, and what is sent now is named as sent (read and sent once).
          horizon = org.ecopetition.gateway.conversation.Unseen.NOTHING;
          send(new JsonObject().put("type", "welcome").put("token", opened.token()).put("lang", opened.lang())
              .put("resumed", false));
          seen();
          sendNew(opened.messages());
          return null;
        });
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
        if (given != null && received != null) {
          horizon = given;
          sentSince = java.util.Arrays.copyOf(received, Math.max(8, received.length));
          sentCount = received.length;
        }
        send(new JsonObject().put("type", "welcome").put("token", token).put("lang", state.lang())
            .put("resumed", true));
        return pull();
      });
    });
  }

  /**
   * Tells the page this socket's horizon (short form): the page keeps it, with the ids it receives after it, for its
   * next hello (a socket reconnecting with `since`).
   */
  private void seen() {
    send(new JsonObject().put("type", "seen").put("horizon", Horizon.compact(horizon)));
  }

  /** The ids a page received after its horizon: numbers, at most {@link #MAX_RECEIVED}; otherwise null (not used). */
  private static long[] received(Object value) {
    if (!(value instanceof io.vertx.core.json.JsonArray a) || a.size() > MAX_RECEIVED) {
      return null;
    }
    long[] ids = new long[a.size()];
    for (int i = 0; i < ids.length; i++) {
      if (!(a.getValue(i) instanceof Number n)) {
        return null;
      }
      ids[i] = n.longValue();
    }
    return ids;
  }

  private void attach(UUID id, String l, long since) {
    own.clear();
    conversation = id;
    lang = l;
    lastSent = Math.max(0, since);
    // A resume reads after the page's cursor first: what the page had before it is its own (a reload sends 0).
    horizon = null;
    sentCount = 0;
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
    return TimedTurn.receive(conversations, ops.metrics(), "ws", conversation, in, client)
        .compose(received -> {
          List<StoredMessage> msgs = received.messages();
          if (!msgs.isEmpty() && in.clientMsgId() != null) {
            // "last": the id of the turn's last message, so a client knows when the turn's replies are all in.
            send(new JsonObject().put("type", "ack").put("clientMsgId", in.clientMsgId()).put("id", msgs.get(0).id())
                .put("last", msgs.get(msgs.size() - 1).id()));
          }
          if (received.duplicate()) {
            // An earlier turn's messages, read back: those the socket already has stay unsent.
            sendNew(msgs);
          } else {
            // This turn's: stored after the socket's last read (frames and reads take turns), so none was sent yet,
            // even below the cursor (a late notice read meanwhile may have passed their ids).
            for (StoredMessage m : msgs) {
              sendUnread(m);
            }
          }
          own.sent(received.event(), received.lastMessage(), lastSent);
          lang = received.lang();
          return Future.<Void>succeededFuture();
        });
  }

  /**
   * Sends what was stored after the last message this socket sent (e.g. written by staff elsewhere), and what committed
   * below it after the socket's last read (a late notice): one read, as before.
   */
  Future<Void> pull() {
    UUID id = conversation;
    if (id == null) {
      return Future.succeededFuture();
    }
    int limit = settings.historyReplay();
    return conversations.unseen(id, lastSent, limit, horizon, java.util.Arrays.copyOf(sentSince, sentCount))
        .compose(unseen -> {
          // More below the cursor than a page (only after the horizon before everything, a new conversation's, when
          // far more than a page was sent without a read): the horizon stays, what goes now is named, and the rest
          // comes with the next page.
          boolean below = unseen.older() == limit;
          for (StoredMessage m : unseen.messages()) {
            if (below) {
              sendUnread(m);
            } else if (m.id() > lastSent || !sentSinceRead(m.id())) {
              send(m.toJson().put("type", "message"));
              lastSent = Math.max(lastSent, m.id());
            }
          }
          if (!below) {
            // Everything sent before this read is visible in its snapshot: the names kept are no longer needed.
            horizon = unseen.horizon();
            sentCount = 0;
            seen();
          }
          // A long history comes in pages until nothing is left.
          return below || unseen.newer() == limit ? pull() : Future.succeededFuture();
        });
  }

  /** The name of the event-loop thread serving this socket. */
  String loop() {
    return loop;
  }

  /**
   * Called when another instance or a member of staff wrote to this conversation (from any thread), told by the event
   * {@code event} (0: unknown). Decided in the queue, after the frames before it: the NOTIFY of this socket's own turn
   * often comes before the turn's answer is handled here; once it is, the turn's messages are sent and nothing is left
   * to read for its event.
   */
  void wake(long event) {
    context.runOnContext(v -> tail = tail.transform(ignored -> own.covers(event) ? Future.<Void>succeededFuture()
        : pull().recover(err -> Future.succeededFuture())));
  }

  /** Sends the messages after the cursor (those before it the socket has), named as sent until the next read. */
  private void sendNew(List<StoredMessage> msgs) {
    for (StoredMessage m : msgs) {
      if (m.id() > lastSent) {
        sendUnread(m);
      }
    }
  }

  /** Sends a message the socket did not read (it came with a turn), and names it for the next read to leave out. */
  private void sendUnread(StoredMessage m) {
    if (sentSinceRead(m.id())) {
      return;
    }
    send(m.toJson().put("type", "message"));
    lastSent = Math.max(lastSent, m.id());
    if (horizon != null) {
      if (sentCount == sentSince.length) {
        sentSince = java.util.Arrays.copyOf(sentSince, sentCount * 2);
      }
      sentSince[sentCount++] = m.id();
    }
  }

  private boolean sentSinceRead(long id) {
    for (int i = 0; i < sentCount; i++) {
      if (sentSince[i] == id) {
        return true;
      }
    }
    return false;
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
