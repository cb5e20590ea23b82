package org.ecopetition.gateway.bench;

import io.vertx.core.Vertx;
import io.vertx.core.VertxOptions;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.WebSocket;
import io.vertx.core.http.WebSocketClient;
import io.vertx.core.http.WebSocketClientOptions;
import io.vertx.core.http.WebSocketConnectOptions;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.client.HttpResponse;
import io.vertx.ext.web.client.WebClient;
import io.vertx.pgclient.PgBuilder;
import io.vertx.pgclient.PgConnectOptions;
import io.vertx.pgclient.pubsub.PgSubscriber;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.PoolOptions;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.HdrHistogram.Histogram;
import org.ecopetition.gateway.Gateway;
import org.ecopetition.gateway.db.PgUrl;
import org.ecopetition.gateway.support.Chromium;
import org.ecopetition.gateway.support.HttpChat;
import org.ecopetition.gateway.support.StaffClient;
import org.ecopetition.gateway.support.TestGateway;
import org.ecopetition.gateway.support.TestPostgres;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The staff workspace's speed (issue 10): (1) a member of staff's message, posted to instance B, reaching the
 * petitioner's socket on instance A (one PostgreSQL, NOTIFY between them) — open loop at a stated rate while the
 * chat load of bench/ (petitioners walking the intake, {@link ChatLoad}) runs on A in an open loop of its own; in
 * the same run and at the same rate, the machine's own floor for that path: a bare PostgreSQL NOTIFY reaching a
 * LISTEN connection; (2) the queue of 1,000 waiting conversations drawn by the console in Chromium (fetch and render,
 * and from navigation start). Usage: bench/console.sh (options as system properties, see main).
 */
public final class StaffDeliveryBench {
  static final String ADMIN = "token-of-the-bench-admin-0123456789";

  public static void main(String[] args) throws Exception {
    int conversations = Integer.getInteger("conversations", 100);
    double chatRate = Double.parseDouble(System.getProperty("chatRate", "50"));
    int waiting = Integer.getInteger("waiting", 20);
    double rate = Double.parseDouble(System.getProperty("rate", "20"));
    int seconds = Integer.getInteger("seconds", 20);
    int queue = Integer.getInteger("queue", 1000);
    System.out.println(Machine.describe());
    String db = TestPostgres.freshDatabaseUrl();
    Map<String, String> env = TestGateway.env(db, TestGateway.newKey());
    StaffClient.configure(env);
    env.put("GATEWAY_STAFF_TOKENS", env.get("GATEWAY_STAFF_TOKENS") + "," + StaffClient.tokenEntry("root", ADMIN,
        "admin", ""));
    env.put("GATEWAY_DATABASE_POOL_SIZE", "16");
    Gateway a = TestGateway.start(new HashMap<>(env));
    Gateway b = TestGateway.start(new HashMap<>(env));
    Vertx gen = Vertx.vertx(new VertxOptions().setEventLoopPoolSize(1));
    WebClient http = WebClient.create(gen);
    WebSocketClient ws = gen.createWebSocketClient(new WebSocketClientOptions().setMaxConnections(100_000)
        .setMaxFrameSize(1 << 20).setMaxMessageSize(1 << 20));
    StaffClient staff = new StaffClient(gen, b);
    try {
      if (rate <= 0) {
        queueInBrowser(b, http, queue);
        return;
      }
      // Petitioners waiting for a person on A, each taken over by staff on B.
      Map<String, Long> sentAt = new ConcurrentHashMap<>();
      Histogram delivery = new Histogram(TimeUnit.SECONDS.toMicros(30), 3);
      AtomicLong received = new AtomicLong();
      List<String> ids = new ArrayList<>();
      for (int i = 0; i < waiting; i++) {
        WebSocket s = ws.connect(new WebSocketConnectOptions().setHost("127.0.0.1").setPort(a.port())
            .setURI("/chat/ws")).await();
        s.textMessageHandler(t -> {
          int at = t.indexOf("bench-msg-");
          if (at < 0) {
            return;
          }
          String key = t.substring(at, t.indexOf(' ', at) < 0 ? t.indexOf('"', at) : Math.min(t.indexOf(' ', at),
              t.indexOf('"', at)));
          Long t0 = sentAt.remove(key);
          if (t0 != null) {
            synchronized (delivery) {
              delivery.recordValue(Math.max(1, (System.nanoTime() - t0) / 1000));
            }
            received.incrementAndGet();
          }
        });
        s.writeTextMessage(new JsonObject().put("type", "hello").put("lang", "zh").encode());
        Thread.sleep(50);
        s.writeTextMessage(new JsonObject().put("type", "message").put("text", "人工").put("clientMsgId", "w" + i)
            .encode());
      }
      long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
      while (ids.size() < waiting && System.nanoTime() < until) {
        Thread.sleep(500);
        ids.clear();
        staff.get("/workspace/queue").bodyAsJsonObject().getJsonArray("conversations").forEach(o -> {
          JsonObject c = (JsonObject) o;
          if ("asked".equals(c.getString("reason")) || "queue".equals(c.getString("owner"))) {
            ids.add(c.getString("id"));
          }
        });
      }
      for (String id : ids) {
        staff.post("/workspace/conversations/" + id + "/claim", new JsonObject());
      }
      System.out.printf(Locale.ROOT, "%d conversations taken over on B, their petitioners' sockets on A%n", ids.size());

      // The chat load on A.
      ChatLoad load = new ChatLoad(gen, false);
      if (conversations > 0) {
        load.grow(List.of(ws), a.port(), conversations, 25);
        load.warm();
        load.openLoop(chatRate);
        Thread.sleep(5_000);
      }
      ChatLoad.Window w = load.measure();

      // The floor: NOTIFY -> LISTEN on the same PostgreSQL, at the same rate, at the same time.
      PgConnectOptions pgo = PgUrl.parse(db).connectOptions();
      PgSubscriber sub = PgSubscriber.subscriber(gen, pgo);
      Histogram floor = new Histogram(TimeUnit.SECONDS.toMicros(30), 3);
      Map<String, Long> notified = new ConcurrentHashMap<>();
      sub.channel("bench_probe").handler(p -> {
        Long t0 = notified.remove(p);
        if (t0 != null) {
          synchronized (floor) {
            floor.recordValue(Math.max(1, (System.nanoTime() - t0) / 1000));
          }
        }
      });
      sub.connect().await();
      Pool pool = PgBuilder.pool().with(new PoolOptions().setMaxSize(4)).connectingTo(pgo).using(gen).build();

      String loadBefore = Machine.loadAverage();
      long t0 = System.nanoTime();
      long n = (long) (rate * seconds);
      AtomicLong errors = new AtomicLong();
      // A pool as wide as the messages in flight may be (the default 5 connections would queue them here).
      WebClient posting = WebClient.wrap(gen.createHttpClient(new io.vertx.core.http.PoolOptions().setHttp1MaxSize(128)));
      for (long i = 0; i < n; i++) {
        long intended = t0 + (long) (i * 1e9 / rate);
        long wait = intended - System.nanoTime();
        if (wait > 0) {
          Thread.sleep(wait / 1_000_000, (int) (wait % 1_000_000));
        }
        String key = "bench-msg-" + i;
        String id = ids.get((int) (i % ids.size()));
        sentAt.put(key, intended);
        // Asynchronous: a blocked poster would queue messages in the generator and count its own wait.
        posting.post(b.port(), "127.0.0.1", "/api/v1/staff/workspace/conversations/" + id + "/messages")
            .putHeader("Authorization", "Bearer " + StaffClient.TOKEN)
            .sendJsonObject(new JsonObject().put("text", key + " 您好，请问还有什么需要补充？")).onComplete(r -> {
              if (r.failed() || r.result().statusCode() != 200) {
                errors.incrementAndGet();
              }
            });
        String probe = "p" + i;
        notified.put(probe, intended);
        pool.query("NOTIFY bench_probe, '" + probe + "'").execute();
      }
      Thread.sleep(3_000);
      // Vert.x closes a client nothing references (and its connections): both stay reachable until the loop is done.
      java.lang.ref.Reference.reachabilityFence(posting);
      java.lang.ref.Reference.reachabilityFence(ws);
      double took = (System.nanoTime() - t0) / 1e9 - 3;
      w.open = false;
      String loadAfter = Machine.loadAverage();
      load.stop();
      Histogram chat = w.latency.getIntervalHistogram();
      System.out.printf(Locale.ROOT, "load average (1, 5, 15 min) before: %s, after: %s%n", loadBefore, loadAfter);
      System.out.printf(Locale.ROOT, "chat load on A: open loop at %.0f turns/s over %d conversations: %.0f turns/s, "
              + "p50 %.1f ms, p99 %.1f ms, errors %d, timeouts %d%n", chatRate, conversations, w.turns.get() / took,
          chat.getValueAtPercentile(50) / 1000.0, chat.getValueAtPercentile(99) / 1000.0, w.errors.get(),
          w.timeouts.get());
      System.out.printf(Locale.ROOT, "staff message B -> petitioner socket A, open loop at %.0f/s for %d s over %d "
              + "conversations: delivered %d of %d (errors %d), p50 %.1f ms, p90 %.1f ms, p99 %.1f ms, max %.1f ms%n",
          rate, seconds, ids.size(), received.get(), n, errors.get(), delivery.getValueAtPercentile(50) / 1000.0,
          delivery.getValueAtPercentile(90) / 1000.0, delivery.getValueAtPercentile(99) / 1000.0,
          delivery.getMaxValue() / 1000.0);
      System.out.printf(Locale.ROOT, "floor, PostgreSQL NOTIFY -> LISTEN at the same rate: p50 %.1f ms, p90 %.1f ms, "
              + "p99 %.1f ms, max %.1f ms%n", floor.getValueAtPercentile(50) / 1000.0,
          floor.getValueAtPercentile(90) / 1000.0, floor.getValueAtPercentile(99) / 1000.0, floor.getMaxValue() / 1000.0);
      sub.close();
      pool.close();
      load.close();

      // The queue of 1,000 waiting conversations in the console.
      if (queue > 0) {
        queueInBrowser(b, http, queue - ids.size());
      }
    } catch (Exception | Error e) {
      e.printStackTrace();
    } finally {
      a.close();
      b.close();
      gen.close().await();
      System.exit(0);
    }
  }

  /** Fills the queue to {@code more} more waiting conversations, then times the console drawing it. */
  static void queueInBrowser(Gateway b, WebClient http, int more) throws Exception {
    ExecutorService askers = Executors.newFixedThreadPool(8);
    List<java.util.concurrent.Future<?>> asked = new ArrayList<>();
    for (int i = 0; i < more; i++) {
      asked.add(askers.submit(() -> new HttpChat(http, b.port()).say("人工")));
    }
    for (java.util.concurrent.Future<?> f : asked) {
      f.get();
    }
    askers.shutdown();
    System.out.printf(Locale.ROOT, "%d more conversations asked for a person%n", more);
    HttpResponse<Buffer> added = http.post(b.port(), "127.0.0.1", "/api/v1/staff/users")
        .putHeader("Authorization", "Bearer " + ADMIN).sendJsonObject(new JsonObject().put("login", "bench.desk")
            .put("name", "值班员").put("role", "handler").put("department", "")).await();
    String otp = added.bodyAsJsonObject().getString("oneTimePassword");
    int listed = http.get(b.port(), "127.0.0.1", "/api/v1/staff/workspace/queue").putHeader("Authorization", "Bearer "
        + StaffClient.TOKEN).send().await().bodyAsJsonObject().getJsonArray("conversations").size();
    long[] api = new long[5];
    for (int i = 0; i < api.length; i++) {
      long t = System.nanoTime();
      http.get(b.port(), "127.0.0.1", "/api/v1/staff/workspace/queue").putHeader("Authorization", "Bearer "
          + StaffClient.TOKEN).send().await().bodyAsBuffer();
      api[i] = (System.nanoTime() - t) / 1_000_000;
    }
    java.util.Arrays.sort(api);
    System.out.printf(Locale.ROOT, "the queue lists %d conversations; GET /workspace/queue alone: median %d ms, max %d ms%n",
        listed, api[2], api[4]);
    WebDriver d = Chromium.start("--window-size=1366,900");
    try {
      WebDriverWait wait = new WebDriverWait(d, Duration.ofSeconds(60));
      String base = "http://127.0.0.1:" + b.port() + "/console/";
      d.get(base);
      wait.until(x -> x.findElement(By.id("login")).isDisplayed());
      d.findElement(By.id("loginName")).sendKeys("bench.desk");
      d.findElement(By.id("loginPassword")).sendKeys(otp, Keys.ENTER);
      wait.until(x -> x.findElement(By.id("password")).isDisplayed());
      d.findElement(By.id("currentPassword")).sendKeys(otp);
      d.findElement(By.id("newPassword")).sendKeys("Bench-desk-2026!", Keys.ENTER);
      wait.until(x -> x.findElement(By.id("app")).isDisplayed());
      List<long[]> runs = new ArrayList<>();
      for (int i = 0; i < 6; i++) {
        d.get("about:blank");
        d.get(base + "#queue");
        try {
          wait.until(x -> {
            String rows = x.findElement(By.tagName("body")).getAttribute("data-queue-rows");
            return rows != null && Integer.parseInt(rows) >= listed;
          });
        } catch (org.openqa.selenium.TimeoutException e) {
          System.out.println("the console showed: rows=" + d.findElement(By.tagName("body")).getAttribute("data-queue-rows")
              + " url=" + d.getCurrentUrl() + " text=" + d.findElement(By.tagName("body")).getText());
          throw e;
        }
        long ms = Long.parseLong(d.findElement(By.tagName("body")).getAttribute("data-queue-ms"));
        long fetch = Long.parseLong(d.findElement(By.tagName("body")).getAttribute("data-queue-fetch-ms"));
        long at = Long.parseLong(d.findElement(By.tagName("body")).getAttribute("data-queue-at"));
        int rows = d.findElements(By.cssSelector("#queueTable tbody tr")).size();
        // The browser's own floor on this machine at this moment: a bare table of as many rows and cells, built with
        // the same DOM calls and laid out, with no data to fetch.
        long bare = ((Number) ((org.openqa.selenium.JavascriptExecutor) d).executeScript(
            "performance.clearMarks('bare-start'); performance.clearMarks('bare-end'); performance.clearMeasures('bare');"
            + " performance.mark('bare-start');"
            + " var t = document.createElement('table'); var b = document.createElement('tbody');"
            + "for (var i = 0; i < arguments[0]; i++) { var tr = document.createElement('tr');"
            + "  for (var j = 0; j < 6; j++) { var td = document.createElement('td');"
            + "    td.textContent = '工厂每天晚上排放刺鼻的废气 ' + i + ' ' + j; tr.appendChild(td); } b.appendChild(tr); }"
            + "t.appendChild(b); document.body.appendChild(t); void t.offsetHeight; performance.mark('bare-end');"
            + " var ms = performance.measure('bare', 'bare-start', 'bare-end').duration;"
            + "t.remove(); return Math.round(ms);", rows)).longValue();
        if (i > 0) {
          runs.add(new long[] {ms, at, rows, fetch, bare});
        }
      }
      runs.sort((x, y) -> Long.compare(x[0], y[0]));
      long[] worst = runs.get(runs.size() - 1);
      long worstAt = runs.stream().mapToLong(r -> r[1]).max().orElse(0);
      long[] fetches = runs.stream().mapToLong(r -> r[3]).sorted().toArray();
      System.out.printf(Locale.ROOT, "console queue of %d conversations (5 page loads after a warm-up): fetch and draw "
              + "median %d ms, max %d ms (of which the API fetch: median %d ms, max %d ms); drawn after navigation "
              + "start: max %d ms%n", worst[2], runs.get(runs.size() / 2)[0], worst[0], fetches[fetches.length / 2],
          fetches[fetches.length - 1], worstAt);
      long[] bares = runs.stream().mapToLong(r -> r[4]).sorted().toArray();
      System.out.printf(Locale.ROOT, "floor, a bare table of as many rows built and laid out in the same page: median %d ms, "
          + "max %d ms%n", bares[bares.length / 2], bares[bares.length - 1]);
    } finally {
      d.quit();
    }
  }
}
