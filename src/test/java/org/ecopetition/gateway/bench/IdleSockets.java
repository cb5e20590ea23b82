package org.ecopetition.gateway.bench;

import io.vertx.core.Future;
import io.vertx.core.Promise;
import io.vertx.core.Vertx;
import io.vertx.core.VertxOptions;
import io.vertx.core.http.WebSocket;
import io.vertx.core.http.WebSocketClient;
import io.vertx.core.http.WebSocketClientOptions;
import io.vertx.core.http.WebSocketConnectOptions;
import io.vertx.core.json.JsonObject;
import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.HdrHistogram.Recorder;

/**
 * Many idle chat sockets on one gateway: each opens a conversation (hello) and then only pings every 25 s as
 * the page does, from client addresses spread over 127.0.0.2… (one address has about 28,000 ephemeral ports).
 * Reports the sockets open on the gateway, its heap after a full collection and its resident set, the pongs
 * and their round trip, and the generator's own memory.
 */
final class IdleSockets {
  static final long PING_MS = 25_000;

  private IdleSockets() {}

  static void run(ChatBench.Services s, int wanted, int addresses, int holdSeconds) throws Exception {
    long limit = openFilesLimit();
    int n = (int) Math.min(wanted, limit - 1_000);
    if (n < wanted) {
      System.out.printf(Locale.ROOT, "this machine allows %d open files per process (ulimit -n, hard limit): %d sockets "
          + "cannot be held by one gateway here, measuring %d and the cost per socket instead%n", limit, wanted, n);
    }
    new ProcessBuilder("jcmd", String.valueOf(s.gateway.pid()), "GC.run").redirectErrorStream(true)
        .redirectOutput(ProcessBuilder.Redirect.DISCARD).start().waitFor(60, TimeUnit.SECONDS);
    PgTurnBench.sleep(1000);
    String before = s.metrics();
    double heap0 = sum(before, "jvm_memory_used_bytes{area=\"heap\"");
    long rss0 = Machine.rssMib(s.gateway.pid());
    System.out.printf(Locale.ROOT, "gateway before: heap used %s MiB after a full GC, resident set %d MiB%n", mib(heap0), rss0);
    Vertx gen = Vertx.vertx(new VertxOptions().setEventLoopPoolSize(1));
    List<WebSocketClient> clients = new ArrayList<>();
    for (int a = 0; a < addresses; a++) {
      clients.add(gen.createWebSocketClient(new WebSocketClientOptions().setLocalAddress("127.0.0." + (2 + a))
          .setMaxConnections(1_000_000).setConnectTimeout(60_000).setIdleTimeout(0)));
    }
    AtomicLong pongs = new AtomicLong();
    AtomicLong pings = new AtomicLong();
    AtomicLong closed = new AtomicLong();
    Recorder rtt = new Recorder(3);
    List<WebSocket> sockets = new ArrayList<>(n);
    long t0 = System.nanoTime();
    int parallel = 200;
    for (int i = 0; i < n; i += parallel) {
      List<Future<WebSocket>> batch = new ArrayList<>();
      for (int j = i; j < Math.min(n, i + parallel); j++) {
        batch.add(open(gen, clients.get(j % addresses), s.gatewayPort, pongs, pings, closed, rtt));
      }
      for (Future<WebSocket> f : batch) {
        sockets.add(f.await());
      }
      if ((i / parallel) % 50 == 0) {
        System.out.printf(Locale.ROOT, "  %d sockets open after %.0f s%n", sockets.size(), (System.nanoTime() - t0) / 1e9);
      }
    }
    double openSecs = (System.nanoTime() - t0) / 1e9;
    System.out.printf(Locale.ROOT, "opened %d sockets with a conversation each in %.0f s (%.0f/s), over %d client addresses%n",
        sockets.size(), openSecs, sockets.size() / openSecs, addresses);
    rtt.reset();
    long p0 = pongs.get();
    long q0 = pings.get();
    long h0 = System.nanoTime();
    PgTurnBench.sleep(holdSeconds * 1000L);
    double held = (System.nanoTime() - h0) / 1e9;
    var hist = rtt.getIntervalHistogram();
    String metrics = s.metrics();
    new ProcessBuilder("jcmd", String.valueOf(s.gateway.pid()), "GC.run").redirectErrorStream(true)
        .redirectOutput(ProcessBuilder.Redirect.DISCARD).start().waitFor(60, TimeUnit.SECONDS);
    PgTurnBench.sleep(1000);
    String afterGc = s.metrics();
    // Vert.x closes a client nothing references (and its sockets): the clients stay reachable through the hold.
    java.lang.ref.Reference.reachabilityFence(clients);
    System.out.printf(Locale.ROOT, "held %.0f s: %d pings sent, %d pongs (%.0f/s), pong round trip p50 %.1f ms, p99 %.1f ms,"
        + " max %.1f ms; sockets closed by the server: %d%n", held, pings.get() - q0, pongs.get() - p0,
        (pongs.get() - p0) / held, hist.getValueAtPercentile(50) / 1000.0, hist.getValueAtPercentile(99) / 1000.0,
        hist.getMaxValue() / 1000.0, closed.get());
    System.out.printf(Locale.ROOT, "gateway: websockets open %s; heap used %s MiB before and %s MiB after a full GC"
        + " (max %s MiB); resident set %d MiB; threads %s%n", gauge(metrics, "gateway_websockets_open"),
        mib(sum(metrics, "jvm_memory_used_bytes{area=\"heap\"")), mib(sum(afterGc, "jvm_memory_used_bytes{area=\"heap\"")),
        mib(sum(afterGc, "jvm_memory_max_bytes{area=\"heap\"")), Machine.rssMib(s.gateway.pid()),
        gauge(afterGc, "jvm_threads_live_threads"));
    double heap1 = sum(afterGc, "jvm_memory_used_bytes{area=\"heap\"");
    long rss1 = Machine.rssMib(s.gateway.pid());
    System.out.printf(Locale.ROOT, "per socket (with its conversation): %.1f KiB of heap after a full GC, %.1f KiB of"
        + " resident set; so 50,000 sockets ≈ %.0f MiB of heap over the gateway's own%n", (heap1 - heap0) / 1024 / n,
        (rss1 - rss0) * 1024.0 / n, (heap1 - heap0) / n * 50_000 / (1024 * 1024));
    Runtime rt = Runtime.getRuntime();
    System.out.printf(Locale.ROOT, "generator: heap used %d MiB, resident set %d MiB%n",
        (rt.totalMemory() - rt.freeMemory()) / (1024 * 1024), Machine.rssMib(ProcessHandle.current().pid()));
    System.out.println("load average at the end: " + Machine.loadAverage() + "; CPU used by the gateway "
        + ProcessHandle.of(s.gateway.pid()).flatMap(p -> p.info().totalCpuDuration()).map(d -> d.toSeconds() + " s")
        .orElse("?") + ", by the generator " + ProcessHandle.current().info().totalCpuDuration()
        .map(d -> d.toSeconds() + " s").orElse("?") + " (over " + ManagementFactory.getRuntimeMXBean().getUptime() / 1000
        + " s)");
    sockets.forEach(WebSocket::close);
    gen.close().await();
  }

  private static Future<WebSocket> open(Vertx vertx, WebSocketClient client, int port, AtomicLong pongs,
      AtomicLong pings, AtomicLong closed, Recorder rtt) {
    Promise<WebSocket> ready = Promise.promise();
    client.connect(new WebSocketConnectOptions().setHost("127.0.0.1").setPort(port).setURI("/chat/ws"))
        .onFailure(ready::fail)
        .onSuccess(ws -> {
          long[] sent = {0};
          ws.closeHandler(v -> closed.incrementAndGet());
          ws.textMessageHandler(t -> {
            JsonObject f = new JsonObject(t);
            String type = f.getString("type", "");
            if (type.equals("welcome")) {
              ready.tryComplete(ws);
              // The page's heartbeat, each socket at its own phase.
              vertx.setTimer(ThreadLocalRandom.current().nextLong(1, PING_MS), t0 -> {
                ping(ws, sent, pings);
                vertx.setPeriodic(PING_MS, t1 -> ping(ws, sent, pings));
              });
            } else if (type.equals("pong")) {
              pongs.incrementAndGet();
              rtt.recordValue(Math.max(1, TimeUnit.NANOSECONDS.toMicros(System.nanoTime() - sent[0])));
            }
          });
          ws.writeTextMessage("{\"type\":\"hello\",\"lang\":\"zh\"}");
        });
    return ready.future();
  }

  /** The soft limit of open files of this process (what ulimit -n left it), from /proc/self/limits. */
  private static long openFilesLimit() {
    try {
      for (String l : java.nio.file.Files.readAllLines(java.nio.file.Path.of("/proc/self/limits"))) {
        if (l.startsWith("Max open files")) {
          return Long.parseLong(l.substring(26).strip().split("\\s+")[0]);
        }
      }
    } catch (java.io.IOException | RuntimeException ignored) {
      // not Linux
    }
    return Long.MAX_VALUE;
  }

  private static void ping(WebSocket ws, long[] sent, AtomicLong pings) {
    if (!ws.isClosed()) {
      sent[0] = System.nanoTime();
      pings.incrementAndGet();
      ws.writeTextMessage("{\"type\":\"ping\"}");
    }
  }

  private static String gauge(String metrics, String name) {
    return metrics.lines().filter(l -> l.startsWith(name + " ") || l.startsWith(name + "{")).findFirst()
        .map(l -> l.substring(l.lastIndexOf(' ') + 1)).orElse("?");
  }

  private static double sum(String metrics, String prefix) {
    return metrics.lines().filter(l -> l.startsWith(prefix)).mapToDouble(l -> {
      String v = l.substring(l.lastIndexOf(' ') + 1);
      double d = Double.parseDouble(v);
      return d < 0 ? 0 : d;
    }).sum();
  }

  private static String mib(double bytes) {
    return String.format(Locale.ROOT, "%.0f", bytes / (1024 * 1024));
  }
}
