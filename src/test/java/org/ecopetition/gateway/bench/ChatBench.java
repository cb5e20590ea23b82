package org.ecopetition.gateway.bench;

import io.vertx.core.Vertx;
import io.vertx.core.VertxOptions;
import io.vertx.core.http.WebSocket;
import io.vertx.core.http.WebSocketClient;
import io.vertx.core.http.WebSocketClientOptions;
import io.vertx.core.http.WebSocketConnectOptions;
import io.vertx.pgclient.PgConnectOptions;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.DriverManager;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import org.HdrHistogram.Histogram;
import org.HdrHistogram.Recorder;
import org.ecopetition.gateway.db.EmbeddedDatabase;
import org.ecopetition.gateway.db.PgUrl;

/**
 * The chat benchmark (bench/chat.sh): the real gateway (its jar, in a process of its own) on a PostgreSQL
 * started here with the embedded binaries and the gateway's durable settings (or the one given), driven over
 * WebSocket by petitioners who walk whatever the dialogs ask; in the same run and on the same machine a
 * minimal Vert.x WebSocket echo server and PostgreSQL committing turn-shaped transactions one at a time and
 * fifty at a time, so that each figure comes with its ceilings and the ratios to them. Also the idle-socket
 * harness ({@code idle N}). Prints what it measured, the machine and its load.
 */
public final class ChatBench {
  private static final HttpClient HTTP = HttpClient.newHttpClient();

  private ChatBench() {}

  /** The group commit's batches so far and the turns in them (the gateway's metrics), or nothing if unread. */
  private static double[] batches(Services s) {
    try {
      double count = -1;
      double sum = -1;
      for (String line : s.metrics().split("\n")) {
        if (line.startsWith("gateway_turns_batch_turns_count")) {
          count = Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1));
        } else if (line.startsWith("gateway_turns_batch_turns_sum")) {
          sum = Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1));
        }
      }
      return count < 0 || sum < 0 ? null : new double[] {count, sum};
    } catch (Exception unread) {
      return null;
    }
  }

  /** Batches committed in a window and their mean size (what the in-flight bound and the window make of the load). */
  private static String batchesSaid(double[] b0, double[] b1) {
    if (b0 == null || b1 == null || b1[0] <= b0[0]) {
      return "";
    }
    return String.format(Locale.ROOT, "; %.0f batches, %.2f turns a batch", b1[0] - b0[0],
        (b1[1] - b0[1]) / (b1[0] - b0[0]));
  }

  public static void main(String[] args) throws Exception {
    Map<String, String> opt = options(args);
    String mode = opt.getOrDefault("mode", "run");
    Path work = Files.createTempDirectory("chat-bench");
    Services s = Services.start(work, opt, mode.equals("idle") ? "-Xmx" + opt.getOrDefault("gateway-heap", "4g")
        : "-Xmx" + opt.getOrDefault("gateway-heap", "1g"));
    // Interrupted (Ctrl-C, SIGTERM): the gateway, the echo server and PostgreSQL are stopped all the same.
    Runtime.getRuntime().addShutdownHook(new Thread(s::close, "bench-cleanup"));
    try {
      System.out.println(Machine.describe());
      System.out.println("PostgreSQL: " + s.pgVersion + (s.embedded ? " (embedded binaries started by the benchmark"
          + ", fsync on, synchronous_commit on)" : " (given)") + "; gateway: " + opt.getOrDefault("jar",
          "target/petition-gateway.jar") + ", database.poolSize 8, " + s.gatewayHeap + ", group commit "
          + opt.getOrDefault("group-commit", "both") + " (window " + opt.getOrDefault("window", "1") + " ms, at most "
          + opt.getOrDefault("batch", "50") + " turns, " + opt.getOrDefault("in-flight", "the default number of")
          + " batches in flight), http.eventLoops " + opt.getOrDefault("event-loops",
          "0 (one per processor)"));
      if (mode.equals("idle")) {
        IdleSockets.run(s, Integer.parseInt(opt.getOrDefault("sockets", "50000")),
            Integer.parseInt(opt.getOrDefault("addresses", "8")), Integer.parseInt(opt.getOrDefault("hold", "60")));
      } else {
        run(s, opt);
      }
    } finally {
      s.close();
    }
    System.exit(0);
  }

  /**
   * Keeps the load running until the gateway's JIT compilers have settled (under 0.05 of a core over 5 s), at most
   * {@code max} seconds: measured quietly, the C2 compiler still took 0.39 cores 20–50 s into a closed loop (36 % of the
   * gateway's CPU) and the closed loop's rate rose from 734 turns/s over its first 40 s to 969 over 150 s. The figures are
   * the steady state's, and the line printed says how long it took, or that it did not settle.
   */
  private static void settle(Process gateway, int max) {
    if (max <= 0) {
      return;
    }
    long t0 = System.nanoTime();
    double last = Double.NaN;
    while ((System.nanoTime() - t0) / 1e9 < max) {
      long a = Machine.compilerTicks(gateway.pid());
      long w0 = System.nanoTime();
      PgTurnBench.sleep(5_000);
      last = Machine.cores(Machine.compilerTicks(gateway.pid()) - a, (System.nanoTime() - w0) / 1e9);
      if (last < 0.05) {
        System.out.printf(Locale.ROOT, "      JIT settled after %.0f s more of load (compilers %.3f cores over the last 5 s)%n",
            (System.nanoTime() - t0) / 1e9, last);
        return;
      }
    }
    System.out.printf(Locale.ROOT, "      JIT NOT settled after %d s more of load (compilers %.3f cores over the last 5 s): "
        + "the figures below include compilation%n", max, last);
  }

  private static Map<String, String> options(String[] args) {
    Map<String, String> opt = new LinkedHashMap<>();
    for (int i = 0; i < args.length; i++) {
      if (args[i].startsWith("--") && i + 1 < args.length) {
        opt.put(args[i].substring(2), args[++i]);
      } else {
        opt.put("mode", args[i]);
      }
    }
    return opt;
  }

  private static void run(Services s, Map<String, String> opt) throws Exception {
    int warm = Integer.parseInt(opt.getOrDefault("warm", "10"));
    int secs = Integer.parseInt(opt.getOrDefault("seconds", "20"));
    int settle = Integer.parseInt(opt.getOrDefault("settle-seconds", "120"));
    int intakes = Integer.parseInt(opt.getOrDefault("intakes-per-conversation", "0"));
    List<Integer> sizes = new ArrayList<>();
    for (String n : opt.getOrDefault("conversations", "100,1000").split(",")) {
      sizes.add(Integer.parseInt(n.strip()));
    }
    List<Row> rows = new ArrayList<>();
    Vertx gen = Vertx.vertx(new VertxOptions().setEventLoopPoolSize(1));
    WebSocketClient client = gen.createWebSocketClient(new WebSocketClientOptions().setMaxFrameSize(1 << 20)
        .setMaxMessageSize(1 << 20).setMaxConnections(1_000_000).setConnectTimeout(30_000));

    // PostgreSQL alone, turn-shaped; --ceilings false leaves these and the echo out (a profile of the gateway alone).
    boolean ceilings = Boolean.parseBoolean(opt.getOrDefault("ceilings", "true"));
    Machine.Sample m0;
    PgTurnBench.Result one = null;
    PgTurnBench.Result savepointed = null;
    PgTurnBench.Result batch = null;
    if (ceilings) {
      PgTurnBench pg = new PgTurnBench(gen, s.benchDb, 8, 100);
      pg.prepare();
      m0 = Machine.sample(s);
      one = pg.oneAtATime(100, 3, Math.min(secs, 10));
      rows.add(Row.of("PostgreSQL: turn-shaped tx, one per tx, 100 in flight, pool 8", one.perSecond(),
          one.latency().getIntervalHistogram(), 0, 0, Machine.since(m0, s)));
      m0 = Machine.sample(s);
      savepointed = pg.savepointed(4, 3, Math.min(secs, 10));
      rows.add(Row.of("PostgreSQL: 50 turns per tx, a savepoint each (group commit's shape), 4 conn.",
          savepointed.perSecond(), savepointed.latency().getIntervalHistogram(), 0, 0, Machine.since(m0, s))
          .per("batch"));
      m0 = Machine.sample(s);
      batch = pg.batched(8, 3, Math.min(secs, 10));
      rows.add(Row.of("PostgreSQL: 50 turns per tx (multi-row), 8 connections", batch.perSecond(),
          batch.latency().getIntervalHistogram(), 0, 0, Machine.since(m0, s)).per("batch"));
      pg.close();

      // The echo ceiling.
      for (int n : sizes) {
        m0 = Machine.sample(s);
        Echo echo = Echo.run(gen, client, s.echoPort, n, Math.min(warm, 5), Math.min(secs, 10));
        rows.add(Row.of("Vert.x WebSocket echo, closed loop, " + n + " connections", echo.perSecond,
            echo.latency, 0, 0, Machine.since(m0, s)));
      }
    }

    // The gateway.
    boolean status = Boolean.parseBoolean(opt.getOrDefault("status", "true"));
    System.out.println("mix: a free-text report, the questions it leaves, a correction, the receipt"
        + (status ? ", then a status query of the new case (its effect takes a second pooled connection today)" : ""));
    Row unbatched = null;
    if (s.unbatchedPort > 0) {
      // The same gateway with group commit off (one transaction per turn), same database, same run: the gain's base.
      int n = sizes.get(0);
      ChatLoad off = new ChatLoad(gen, status, intakes);
      off.grow(List.of(client), s.unbatchedPort, n, 50);
      off.warm();
      off.closedLoop(n);
      PgTurnBench.sleep(warm * 1000L);
      settle(s.unbatched, settle);
      // The cores column reads the gateway under load: this phase, the unbatched one.
      Process batched = s.gateway;
      s.gateway = s.unbatched;
      m0 = Machine.sample(s);
      ChatLoad.Window w = off.measure();
      long t0 = System.nanoTime();
      PgTurnBench.sleep(secs * 1000L);
      double took = (System.nanoTime() - t0) / 1e9;
      w.open = false;
      Machine.Sample used = Machine.since(m0, s);
      s.gateway = batched;
      off.stop();
      unbatched = Row.of("gateway chat, group commit OFF, closed loop, " + n + " conversations", w.turns.get() / took,
          w.latency.getIntervalHistogram(), w.errors.get(), w.timeouts.get(), used);
      unbatched.mix = mix(w, took);
      rows.add(unbatched);
      off.close();
    }
    ChatLoad load = new ChatLoad(gen, status, intakes);
    double closed100 = 0;
    for (int n : sizes) {
      load.grow(List.of(client), s.gatewayPort, n, 50);
      load.warm();
      load.closedLoop(n);
      PgTurnBench.sleep(warm * 1000L);
      settle(s.gateway, settle);
      m0 = Machine.sample(s);
      long jit = Machine.compilerTicks(s.gateway.pid());
      double[] b0 = batches(s);
      TurnTimes tt0 = TurnTimes.read(s);
      ChatLoad.Window w = load.measure();
      long t0 = System.nanoTime();
      PgTurnBench.sleep(secs * 1000L);
      double took = (System.nanoTime() - t0) / 1e9;
      w.open = false;
      Machine.Sample used = Machine.since(m0, s);
      jit = Machine.compilerTicks(s.gateway.pid()) - jit;
      double[] b1 = batches(s);
      String times = TurnTimes.read(s).since(tt0);
      load.stop();
      Row r = Row.of("gateway chat, closed loop, " + n + " conversations", w.turns.get() / took,
          w.latency.getIntervalHistogram(), w.errors.get(), w.timeouts.get(), used);
      r.mix = mix(w, took, String.format(Locale.ROOT, "; the gateway's JIT compilers %.3f cores",
          Machine.cores(jit, took)) + batchesSaid(b0, b1));
      r.times = times;
      rows.add(r);
      if (closed100 == 0) {
        closed100 = r.perSecond;
      }
    }
    double rate = opt.containsKey("rate") ? Double.parseDouble(opt.get("rate")) : Math.max(10, Math.round(closed100 * 0.5));
    load.warm();
    load.openLoop(rate);
    PgTurnBench.sleep(Math.min(warm, 5) * 1000L);
    m0 = Machine.sample(s);
    double[] b0 = batches(s);
    TurnTimes tt0 = TurnTimes.read(s);
    ChatLoad.Window w = load.measure();
    long t0 = System.nanoTime();
    PgTurnBench.sleep(secs * 1000L);
    double took = (System.nanoTime() - t0) / 1e9;
    w.open = false;
    Machine.Sample used = Machine.since(m0, s);
    double[] b1 = batches(s);
    String openTimes = TurnTimes.read(s).since(tt0);
    load.stop();
    // Vert.x closes a client nothing references (and its sockets): the client stays reachable until the loops end.
    java.lang.ref.Reference.reachabilityFence(client);
    Row open = Row.of(String.format(Locale.ROOT, "gateway chat, OPEN loop at %.0f turns/s over %d conversations", rate,
        load.size()), w.turns.get() / took, w.latency.getIntervalHistogram(), w.errors.get(), w.timeouts.get(), used);
    open.mix = mix(w, took) + batchesSaid(b0, b1);
    open.times = openTimes;
    rows.add(open);
    int stuck = load.stuck();
    int unfinished = load.busy();
    load.close();

    System.out.println();
    System.out.printf(Locale.ROOT, "%-72s %10s %9s %9s %9s %9s %9s %6s %8s %s%n", "what", "per second", "p50 ms",
        "p90 ms", "p99 ms", "p99.9 ms", "max ms", "errors", "timeouts", "cpu (machine busy; gateway; postgres; generator)");
    for (Row r : rows) {
      System.out.println(r);
      if (r.mix != null) {
        System.out.println("      mix: " + r.mix);
        String sw = r.cpu.switchesPer(r.perSecond * r.cpu.nanos() / 1e9);
        if (!sw.isEmpty()) {
          System.out.println("      " + sw);
        }
        String per = r.cpu.gatewayPer(r.perSecond * r.cpu.nanos() / 1e9);
        if (!per.isEmpty()) {
          System.out.println("      " + per);
        }
        if (!r.times.isEmpty()) {
          System.out.println("      " + r.times);
        }
      }
    }
    if (!ceilings) {
      System.out.println("petitioners stuck (a question three times running): " + stuck
          + "; turns unfinished after the run: " + unfinished);
      gen.close().await();
      return;
    }
    Row echo100 = rows.stream().filter(r -> r.name.startsWith("Vert.x")).findFirst().orElseThrow();
    Row chat100 = rows.stream().filter(r -> r.name.startsWith("gateway chat, closed")).findFirst().orElseThrow();
    System.out.println();
    System.out.printf(Locale.ROOT, "ratios at %s: chat / echo = %.4f; chat / PostgreSQL one-per-tx = %.3f; "
        + "chat / PostgreSQL 50-per-tx ceiling = %.4f%n", chat100.name.replaceAll(".*loop, ", ""),
        chat100.perSecond / echo100.perSecond, chat100.perSecond / one.perSecond(),
        chat100.perSecond / batch.perSecond());
    System.out.printf(Locale.ROOT, "group commit at %s: chat / PostgreSQL savepointed 50-per-tx ceiling = %.4f%s%n",
        chat100.name.replaceAll(".*loop, ", ""), chat100.perSecond / savepointed.perSecond(),
        unbatched == null ? "" : String.format(Locale.ROOT, "; group commit ON / OFF = %.2f (%.0f vs %.0f turns/s)",
            chat100.perSecond / unbatched.perSecond, chat100.perSecond, unbatched.perSecond));
    System.out.println("petitioners stuck (a question three times running): " + stuck
        + "; turns unfinished after the run: " + unfinished);
    gen.close().await();
  }

  private static String mix(ChatLoad.Window w, double secs) {
    return mix(w, secs, "");
  }

  private static String mix(ChatLoad.Window w, double secs, String more) {
    StringBuilder sb = new StringBuilder();
    w.kinds.forEach((k, v) -> sb.append(k.name().toLowerCase()).append(' ').append(v.get()).append(", "));
    StringBuilder by = new StringBuilder();
    w.byKind.forEach((k, r) -> {
      org.HdrHistogram.Histogram h = r.getIntervalHistogram();
      if (h.getTotalCount() > 0) {
        by.append(String.format(Locale.ROOT, "%s %.0f/%.0f, ", k.name().toLowerCase(), h.getValueAtPercentile(50) / 1e3,
            h.getValueAtPercentile(99) / 1e3));
      }
    });
    return sb + String.format(Locale.ROOT, "receipts %d (%.1f intakes/s)", w.receipts.get(), w.receipts.get() / secs)
        + more + (by.length() == 0 ? "" : "\n      latency by kind of turn, p50/p99 ms: " + by.substring(0, by.length() - 2));
  }

  /** One line of the results. */
  static final class Row {
    final String name;
    final double perSecond;
    final Histogram h;
    final long errors;
    final long timeouts;
    final Machine.Sample cpu;
    String unit = "";
    String mix;
    /** Where the turns' time went by the gateway's clock ({@link TurnTimes}), or "". */
    String times = "";

    private Row(String name, double perSecond, Histogram h, long errors, long timeouts, Machine.Sample cpu) {
      this.name = name;
      this.perSecond = perSecond;
      this.h = h;
      this.errors = errors;
      this.timeouts = timeouts;
      this.cpu = cpu;
    }

    static Row of(String name, double perSecond, Histogram h, long errors, long timeouts, Machine.Sample cpu) {
      return new Row(name, perSecond, h, errors, timeouts, cpu);
    }

    Row per(String what) {
      unit = " (latency per " + what + ")";
      return this;
    }

    @Override
    public String toString() {
      return String.format(Locale.ROOT, "%-72s %10.0f %9.2f %9.2f %9.2f %9.2f %9.2f %6d %8d %s%s", name, perSecond,
          ms(h, 50), ms(h, 90), ms(h, 99), ms(h, 99.9), h.getMaxValue() / 1000.0, errors, timeouts, cpu, unit);
    }

    private static double ms(Histogram h, double p) {
      return h.getTotalCount() == 0 ? 0 : h.getValueAtPercentile(p) / 1000.0;
    }
  }

  /** The echo ceiling: connections each sending a chat-sized frame and waiting for it to come back. */
  static final class Echo {
    double perSecond;
    Histogram latency;

    static Echo run(Vertx vertx, WebSocketClient client, int port, int n, int warm, int secs) {
      String frame = new io.vertx.core.json.JsonObject().put("type", "message").put("clientMsgId", "b1-1")
          .put("text", "村口的电镀厂每天夜里往河里排黄色的废水，水都发黑了，河里还有死鱼，已经一个多月了，请尽快查处。").encode();
      List<WebSocket> sockets = new ArrayList<>();
      for (int i = 0; i < n; i++) {
        sockets.add(client.connect(new WebSocketConnectOptions().setHost("127.0.0.1").setPort(port).setURI("/echo"))
            .await());
      }
      AtomicBoolean measuring = new AtomicBoolean();
      AtomicBoolean stop = new AtomicBoolean();
      AtomicLong count = new AtomicLong();
      Recorder rec = new Recorder(3);
      for (WebSocket ws : sockets) {
        long[] sent = {0};
        ws.textMessageHandler(t -> {
          if (measuring.get()) {
            count.incrementAndGet();
            rec.recordValue(Math.max(1, TimeUnit.NANOSECONDS.toMicros(System.nanoTime() - sent[0])));
          }
          if (!stop.get()) {
            sent[0] = System.nanoTime();
            ws.writeTextMessage(frame);
          }
        });
        vertx.runOnContext(v -> {
          sent[0] = System.nanoTime();
          ws.writeTextMessage(frame);
        });
      }
      PgTurnBench.sleep(warm * 1000L);
      rec.reset();
      measuring.set(true);
      long t0 = System.nanoTime();
      PgTurnBench.sleep(secs * 1000L);
      measuring.set(false);
      Echo e = new Echo();
      e.perSecond = count.get() / ((System.nanoTime() - t0) / 1e9);
      e.latency = rec.getIntervalHistogram();
      stop.set(true);
      PgTurnBench.sleep(300);
      sockets.forEach(WebSocket::close);
      return e;
    }
  }

  /** The processes under test: PostgreSQL, the gateway, the echo server. */
  static final class Services {
    EmbeddedDatabase pg;
    boolean embedded;
    /** A given PostgreSQL's data folder on this machine (--pg-data), for its CPU column; null: none. */
    Path pgData;
    String pgVersion;
    PgConnectOptions benchDb;
    Process gateway;
    Process echo;
    int gatewayPort;
    /** A second gateway with group commit off (0: none), for the same run's unbatched figure. */
    Process unbatched;
    int unbatchedPort;
    int metricsPort;
    int echoPort;
    String gatewayHeap;
    Path work;
    private boolean closed;

    Path work() {
      return work;
    }

    static Services start(Path work, Map<String, String> opt, String heap) throws Exception {
      Services s = new Services();
      try {
        return s.startAll(work, opt, heap);
      } catch (Exception | Error e) {
        s.close();
        throw e;
      }
    }

    private Services startAll(Path work, Map<String, String> opt, String heap) throws Exception {
      Services s = this;
      s.work = work;
      s.gatewayHeap = heap;
      String base;
      if (opt.containsKey("database-url")) {
        base = opt.get("database-url");
        s.pgData = opt.containsKey("pg-data") ? Path.of(opt.get("pg-data")) : null;
      } else {
        s.pg = EmbeddedDatabase.start(work.resolve("pg"));
        s.embedded = true;
        base = s.pg.url();
      }
      PgUrl admin = PgUrl.parse(base);
      String jdbc = "jdbc:postgresql://" + admin.connectOptions().getHost() + ":" + admin.connectOptions().getPort()
          + "/" + admin.connectOptions().getDatabase();
      String suffix = Long.toString(System.nanoTime() % 1_000_000);
      try (Connection c = DriverManager.getConnection(jdbc, admin.connectOptions().getUser(),
          admin.connectOptions().getPassword())) {
        c.createStatement().execute("CREATE DATABASE bench_gateway_" + suffix);
        c.createStatement().execute("CREATE DATABASE bench_turns_" + suffix);
        var rs = c.createStatement().executeQuery("SHOW server_version");
        rs.next();
        s.pgVersion = rs.getString(1);
      }
      s.benchDb = new PgConnectOptions(admin.connectOptions()).setDatabase("bench_turns_" + suffix);
      String gatewayUrl = base.replaceFirst("/[^/?]*(\\?|$)", "/bench_gateway_" + suffix + "$1");

      s.gatewayPort = freePort();
      s.metricsPort = freePort();
      String jar = Path.of(opt.getOrDefault("jar", "target/petition-gateway.jar")).toAbsolutePath().toString();
      byte[] key = new byte[32];
      new SecureRandom().nextBytes(key);
      String groupCommit = opt.getOrDefault("group-commit", "both");
      s.gateway = gateway(work, heap, jar, gatewayUrl, key, s.gatewayPort, s.metricsPort, "gateway.log",
          !groupCommit.equals("off"), opt);
      if (groupCommit.equals("both") && !opt.getOrDefault("mode", "run").equals("idle")) {
        s.unbatchedPort = freePort();
        s.unbatched = gateway(work, heap, jar, gatewayUrl, key, s.unbatchedPort, freePort(), "gateway-unbatched.log",
            false, opt);
      }
      s.echoPort = freePort();
      s.echo = new ProcessBuilder(java(), "-Xmx512m", "-cp", System.getProperty("java.class.path"),
          EchoServer.class.getName(), String.valueOf(s.echoPort), opt.getOrDefault("event-loops",
          String.valueOf(Runtime.getRuntime().availableProcessors()))).redirectErrorStream(true)
          .redirectOutput(work.resolve("echo.log").toFile()).start();
      s.awaitReady(work, Integer.parseInt(opt.getOrDefault("ready-seconds", "120")));
      return s;
    }

    /** A gateway process from the jar; {@code batched}: group commit on (window and size from the options). */
    private static Process gateway(Path work, String heap, String jar, String url, byte[] key, int port, int metricsPort,
        String log, boolean batched, Map<String, String> opt) throws IOException {
      List<String> cmd = new ArrayList<>(List.of(java(), heap));
      // --gateway-jvm "…": more options for the gateway's JVM, e.g. a profiler's -agentpath (bench/chat.sh's usage).
      String more = opt.getOrDefault("gateway-jvm", "").strip();
      if (!more.isEmpty()) {
        cmd.addAll(List.of(more.split("\\s+")));
      }
      cmd.addAll(List.of("-jar", jar));
      ProcessBuilder gw = new ProcessBuilder(cmd).directory(work.toFile())
          .redirectErrorStream(true).redirectOutput(work.resolve(log).toFile());
      gw.environment().keySet().removeIf(k -> k.startsWith("GATEWAY_"));
      gw.environment().put("GATEWAY_DATABASE_URL", url);
      gw.environment().put("GATEWAY_SECURITY_QUERY_CODE_KEY", Base64.getEncoder().encodeToString(key));
      gw.environment().put("GATEWAY_SECURITY_DATA_KEY", Base64.getEncoder().encodeToString(key));
      gw.environment().put("GATEWAY_HTTP_HOST", "0.0.0.0");
      gw.environment().put("GATEWAY_HTTP_PORT", String.valueOf(port));
      gw.environment().put("GATEWAY_METRICS_PORT", String.valueOf(metricsPort));
      // The load comes from a few local addresses: lift the per-address bound on new conversations.
      gw.environment().put("GATEWAY_CHAT_MAX_NEW_CONVERSATIONS_PER_HOUR", "100000000");
      gw.environment().put("GATEWAY_CHAT_GROUP_COMMIT_ENABLED", String.valueOf(batched));
      gw.environment().put("GATEWAY_CHAT_GROUP_COMMIT_WINDOW_MILLIS", opt.getOrDefault("window", "1"));
      gw.environment().put("GATEWAY_CHAT_GROUP_COMMIT_MAX_TURNS", opt.getOrDefault("batch", "50"));
      if (opt.containsKey("in-flight")) {
        gw.environment().put("GATEWAY_CHAT_GROUP_COMMIT_BATCHES_IN_FLIGHT", opt.get("in-flight"));
      }
      if (opt.containsKey("event-loops")) {
        gw.environment().put("GATEWAY_HTTP_EVENT_LOOPS", opt.get("event-loops"));
      }
      return gw.start();
    }

    /** {@code seconds}: how long a start may take (on a loaded machine more than the default two minutes). */
    private void awaitReady(Path work, int seconds) throws Exception {
      long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
      while (System.nanoTime() < deadline) {
        if (!gateway.isAlive() || unbatched != null && !unbatched.isAlive()) {
          throw new IllegalStateException("a gateway stopped:\n" + Files.readString(work.resolve("gateway.log")));
        }
        if (ready(gatewayPort) && (unbatched == null || ready(unbatchedPort))
            && Files.readString(work.resolve("echo.log")).contains("port")) {
          return;
        }
        Thread.sleep(200);
      }
      throw new IllegalStateException("the gateway was not ready within " + seconds + " s (--ready-seconds)");
    }

    private static boolean ready(int port) throws InterruptedException {
      try {
        return HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/health/ready")).build(),
            HttpResponse.BodyHandlers.ofString()).statusCode() == 200;
      } catch (IOException notYet) {
        return false;
      }
    }

    String metrics() throws Exception {
      // A deadline on the whole exchange, body included: the request's timeout ends at the headers, and twice (once
      // under load average 30, once on a quiet machine, 2026-12-08) a scrape's body never came and the run waited on it
      // for good while curl got the page at once; unanswered, the figures it gives are left out.
      return HTTP.sendAsync(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + metricsPort + "/metrics"))
              .timeout(java.time.Duration.ofSeconds(15)).build(),
          HttpResponse.BodyHandlers.ofString()).get(20, java.util.concurrent.TimeUnit.SECONDS).body();
    }

    synchronized void close() {
      if (closed) {
        return;
      }
      closed = true;
      for (Process p : new Process[] {gateway, unbatched, echo}) {
        if (p != null) {
          p.destroy();
          try {
            if (!p.waitFor(30, TimeUnit.SECONDS)) {
              p.destroyForcibly();
            }
          } catch (InterruptedException e) {
            p.destroyForcibly();
          }
        }
      }
      if (pg != null) {
        pg.close();
      }
      // The scratch folder (PostgreSQL's data, the logs) goes too, unless asked to keep it.
      if (work != null && System.getenv("BENCH_KEEP") == null) {
        try (var walk = Files.walk(work)) {
          walk.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException ignored) {
          // left for the system's temp cleaner
        }
      }
    }

    static String java() {
      return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    static int freePort() throws IOException {
      try (ServerSocket s = new ServerSocket(0)) {
        return s.getLocalPort();
      }
    }
  }
}
