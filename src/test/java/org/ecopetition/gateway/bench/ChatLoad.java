package org.ecopetition.gateway.bench;

import io.vertx.core.Future;
import io.vertx.core.Promise;
import io.vertx.core.Vertx;
import io.vertx.core.http.WebSocket;
import io.vertx.core.http.WebSocketClient;
import io.vertx.core.http.WebSocketConnectOptions;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.HdrHistogram.Recorder;

/**
 * Conversations over the real WebSocket, each driven by its own {@link Petitioner}: a closed loop (each sends
 * its next message as soon as the last turn's replies are in) or an open loop (turns started at a fixed rate
 * whatever the answers, a turn waiting for a free conversation counted from when it was due, so queueing
 * shows). A turn ends with the message the ack names as its last. Everything runs on the generator's event
 * loop; the counters are read from the main thread.
 */
final class ChatLoad {
  static final long TIMEOUT_NANOS = TimeUnit.SECONDS.toNanos(10);

  /** What a measured window counted. */
  static final class Window {
    final Recorder latency = new Recorder(3);
    final AtomicLong turns = new AtomicLong();
    final AtomicLong errors = new AtomicLong();
    final AtomicLong timeouts = new AtomicLong();
    final AtomicLong receipts = new AtomicLong();
    final Map<Petitioner.Kind, AtomicLong> kinds = new EnumMap<>(Petitioner.Kind.class);
    /** Latency by kind of turn: which turns make the tail (a registration, an extraction, or any turn queueing). */
    final Map<Petitioner.Kind, Recorder> byKind = new EnumMap<>(Petitioner.Kind.class);
    volatile boolean open;

    Window() {
      for (Petitioner.Kind k : Petitioner.Kind.values()) {
        kinds.put(k, new AtomicLong());
        byKind.put(k, new Recorder(3));
      }
    }
  }

  private final Vertx vertx;
  private final List<Conv> convs = new ArrayList<>();
  private volatile Window window = new Window();
  private volatile boolean openLoop;
  private final ArrayDeque<Conv> idle = new ArrayDeque<>();
  private final ArrayDeque<Long> due = new ArrayDeque<>();
  private long rateTimer = -1;

  private final boolean statusQueries;
  /**
   * Receipts after which a petitioner leaves and comes back in a new conversation (hello without a token); 0: never,
   * one conversation for the whole run, whose history grows by thousands of messages (every choice of anonymity then
   * reads them all, as issue 11 §2 asks: a cost of the history, not of the turn).
   */
  private final int intakesPerConversation;

  /** {@code statusQueries}: each petitioner queries its new case's status after the receipt. */
  ChatLoad(Vertx vertx, boolean statusQueries) {
    this(vertx, statusQueries, 0);
  }

  ChatLoad(Vertx vertx, boolean statusQueries, int intakesPerConversation) {
    this.vertx = vertx;
    this.statusQueries = statusQueries;
    this.intakesPerConversation = intakesPerConversation;
  }

  int size() {
    return convs.size();
  }

  int busy() {
    return (int) convs.stream().filter(c -> c.busy).count();
  }

  int stuck() {
    return convs.stream().mapToInt(c -> c.petitioner.stuck()).sum();
  }

  /** Opens conversations up to {@code n} (hello without a token), {@code parallel} at a time. */
  void grow(List<WebSocketClient> clients, int port, int n, int parallel) {
    while (convs.size() < n) {
      List<Future<Conv>> batch = new ArrayList<>();
      for (int i = 0; i < parallel && convs.size() + batch.size() < n; i++) {
        int k = convs.size() + batch.size();
        batch.add(Conv.open(this, clients.get(k % clients.size()), port, k));
      }
      for (Future<Conv> f : batch) {
        // A gateway whose pool is starved answers no hello: say so instead of waiting for ever.
        convs.add(f.timeout(120, TimeUnit.SECONDS).await());
      }
    }
  }

  /** Starts a closed loop on the first {@code n} conversations (the others stay idle). */
  void closedLoop(int n) {
    vertx.runOnContext(v -> {
      openLoop = false;
      for (int i = 0; i < n; i++) {
        convs.get(i).next(System.nanoTime());
      }
    });
  }

  /** Starts turns at {@code rate} per second over every conversation. */
  void openLoop(double rate) {
    vertx.runOnContext(v -> {
      openLoop = true;
      idle.clear();
      due.clear();
      for (Conv c : convs) {
        if (!c.busy) {
          idle.add(c);
        }
      }
      long t0 = System.nanoTime();
      long[] issued = {0};
      rateTimer = vertx.setPeriodic(1, t -> {
        long now = System.nanoTime();
        long shouldHave = (long) ((now - t0) / 1e9 * rate);
        while (issued[0] < shouldHave) {
          long intended = t0 + (long) (issued[0] * 1e9 / rate);
          issued[0]++;
          Conv c = idle.poll();
          if (c != null) {
            c.next(intended);
          } else {
            due.add(intended);
          }
        }
      });
    });
  }

  /** Stops starting turns (the ones in flight finish) and waits until none is in flight. */
  void stop() {
    vertx.runOnContext(v -> {
      if (rateTimer >= 0) {
        vertx.cancelTimer(rateTimer);
        rateTimer = -1;
      }
      openLoop = false;
      due.clear();
      for (Conv c : convs) {
        c.stopAfterTurn = true;
      }
    });
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
    while (convs.stream().anyMatch(c -> c.busy) && System.nanoTime() < deadline) {
      PgTurnBench.sleep(50);
    }
    vertx.runOnContext(v -> convs.forEach(c -> c.stopAfterTurn = false));
    PgTurnBench.sleep(100);
  }

  /** A new counting window, opened now. */
  Window measure() {
    Window w = new Window();
    w.open = true;
    window = w;
    return w;
  }

  Window warm() {
    Window w = new Window();
    window = w;
    return w;
  }

  void close() {
    for (Conv c : convs) {
      if (c.ws != null) {
        c.ws.close();
      }
    }
  }

  private void turnDone(Conv c, long startedNanos, Petitioner.Kind kind, boolean receipt) {
    Window w = window;
    long took = System.nanoTime() - startedNanos;
    if (w.open) {
      {
        w.turns.incrementAndGet();
        w.kinds.get(kind).incrementAndGet();
        w.latency.recordValue(Math.max(1, TimeUnit.NANOSECONDS.toMicros(took)));
        w.byKind.get(kind).recordValue(Math.max(1, TimeUnit.NANOSECONDS.toMicros(took)));
        if (took > TIMEOUT_NANOS) {
          w.timeouts.incrementAndGet();
        }
        if (receipt) {
          w.receipts.incrementAndGet();
        }
      }
    }
    if (c.stopAfterTurn) {
      return;
    }
    if (receipt && intakesPerConversation > 0 && ++c.intakes >= intakesPerConversation) {
      // The petitioner comes back later in a new conversation: its next turn is started once the new one is welcomed.
      c.intakes = 0;
      c.renew().onComplete(ar -> {
        if (!c.stopAfterTurn) {
          goOn(c);
        }
      });
      return;
    }
    goOn(c);
  }

  /** The conversation's next turn: at once in a closed loop, else the next one due, else it waits idle. */
  private void goOn(Conv c) {
    if (!openLoop) {
      c.next(System.nanoTime());
    } else if (!due.isEmpty()) {
      c.next(due.poll());
    } else {
      idle.add(c);
    }
  }

  /** One conversation: its socket, its petitioner, the turn in flight. */
  static final class Conv {
    final ChatLoad load;
    final Petitioner petitioner;
    WebSocket ws;
    WebSocketClient client;
    int port;
    /** Receipts in the current conversation. */
    int intakes;
    /** The current socket's hello was answered (a refused one is said again, also after {@link #renew}). */
    private boolean welcomed;
    // Written on the sockets' event loops, read by the bench's main thread (stop, the count after the run): volatile,
    // or the count reads a stale "busy" (a run once printed "turns unfinished after the run: 3" with none in flight).
    volatile boolean busy;
    volatile boolean stopAfterTurn;
    private List<Petitioner.Reply> replies = new ArrayList<>();
    private final List<long[]> early = new ArrayList<>();
    private final List<Petitioner.Reply> earlyReplies = new ArrayList<>();
    private Petitioner.Say saying;
    private String clientMsgId;
    private long started;
    private long ackId = -1;
    private long last = -1;
    private long seq;
    private final int n;

    private Conv(ChatLoad load, int n) {
      this.load = load;
      this.n = n;
      this.petitioner = new Petitioner(n * 7919L + 17, load.statusQueries);
    }

    static Future<Conv> open(ChatLoad load, WebSocketClient client, int port, int n) {
      Conv c = new Conv(load, n);
      c.client = client;
      c.port = port;
      return c.connect();
    }

    /** A new conversation for this petitioner: the old socket closed, a new one welcomed. */
    Future<Conv> renew() {
      WebSocket old = ws;
      ws = null;
      old.close();
      return connect();
    }

    private Future<Conv> connect() {
      Conv c = this;
      welcomed = false;
      Promise<Conv> ready = Promise.promise();
      client.connect(new WebSocketConnectOptions().setHost("127.0.0.1").setPort(port).setURI("/chat/ws"))
          .onFailure(ready::fail)
          .onSuccess(ws -> {
            c.ws = ws;
            ws.textMessageHandler(t -> c.frame(new JsonObject(t), ready));
            ws.writeTextMessage(new JsonObject().put("type", "hello").put("lang", "zh").encode());
          });
      return ready.future();
    }

    void next(long startedNanos) {
      busy = true;
      started = startedNanos;
      saying = petitioner.next(replies);
      send();
    }

    private void send() {
      clientMsgId = "b" + n + "-" + (seq++);
      resend();
    }

    /** The message in flight, again with the same clientMsgId (a retry is handled once). */
    private void resend() {
      ackId = -1;
      last = -1;
      replies = new ArrayList<>();
      early.clear();
      earlyReplies.clear();
      ws.writeTextMessage(new JsonObject().put("type", "message").put("text", saying.text())
          .put("clientMsgId", clientMsgId).encode());
    }

    private void frame(JsonObject f, Promise<Conv> ready) {
      switch (f.getString("type", "")) {
        case "welcome" -> {
          welcomed = true;
          ready.tryComplete(this);
        }
        case "ack" -> {
          if (!f.getString("clientMsgId", "").equals(clientMsgId)) {
            return;
          }
          ackId = f.getLong("id");
          last = f.getLong("last", ackId);
          for (int i = 0; i < early.size(); i++) {
            if (early.get(i)[0] > ackId) {
              replies.add(earlyReplies.get(i));
            }
          }
          if (last <= ackId || early.stream().anyMatch(e -> e[0] >= last)) {
            finish();
          }
        }
        case "message" -> {
          long id = f.getLong("id");
          if (!busy) {
            return;
          }
          Petitioner.Reply r = "out".equals(f.getString("direction")) ? reply(f) : null;
          if (ackId < 0) {
            if (r != null) {
              early.add(new long[] {id});
              earlyReplies.add(r);
            }
            return;
          }
          if (id > ackId && r != null) {
            replies.add(r);
          }
          if (id >= last) {
            finish();
          }
        }
        case "error" -> {
          if (ws != null && !welcomed) {
            // The hello was refused (e.g. no pooled connection within its timeout): say hello again.
            load.vertx.setTimer(1000, t -> ws.writeTextMessage(new JsonObject().put("type", "hello").put("lang", "zh")
                .encode()));
            return;
          }
          if (busy && stopAfterTurn) {
            busy = false;
            return;
          }
          if (busy) {
            // "unavailable", "busy": counted as an error; the same message goes again after the wait.
            Window w = load.window;
            if (w.open) {
              w.errors.incrementAndGet();
            }
            int wait = f.getInteger("retryAfter", 1);
            load.vertx.setTimer(wait * 1000L, t -> resend());
          }
        }
        default -> {
          // pong
        }
      }
    }

    private void finish() {
      if (!busy) {
        return;
      }
      busy = false;
      boolean receipt = replies.stream().anyMatch(r -> Petitioner.CASE.matcher(r.text()).find()
          && Petitioner.CODE.matcher(r.text()).find());
      load.turnDone(this, started, saying.kind(), receipt);
    }

    private static Petitioner.Reply reply(JsonObject m) {
      List<Petitioner.Button> buttons = new ArrayList<>();
      JsonArray b = m.getJsonArray("buttons", new JsonArray());
      for (int i = 0; i < b.size(); i++) {
        buttons.add(new Petitioner.Button(b.getJsonObject(i).getString("label"), b.getJsonObject(i).getString("value")));
      }
      return new Petitioner.Reply(m.getString("text"), buttons);
    }
  }
}
