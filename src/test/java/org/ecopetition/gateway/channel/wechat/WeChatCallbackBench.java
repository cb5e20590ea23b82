package org.ecopetition.gateway.channel.wechat;

import io.vertx.core.Vertx;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import me.chanjar.weixin.common.util.crypto.SHA1;
import me.chanjar.weixin.common.util.crypto.WxCryptUtil;
import org.ecopetition.gateway.Gateway;
import org.ecopetition.gateway.support.TestGateway;
import org.ecopetition.gateway.support.TestPostgres;
import org.ecopetition.gateway.support.WeChatClient;
import org.ecopetition.gateway.support.WeChatStub;

/**
 * WeChat callback speed (bench/wechat.sh): a gateway with its embedded PostgreSQL and a local WeChat API,
 * pushes signed and encrypted in safe mode by WxJava (built before timing), from USERS followers each going
 * through the intake. (1) Open loop at RATE pushes/s for SECONDS: latency from each push's scheduled time,
 * so queueing counts. (2) Closed loop, 64 at once: the saturated rate. (3) The web chat's HTTP turn, closed
 * loop, 64 at once, in the same run for comparison.
 */
public final class WeChatCallbackBench {
  private static final String[] ANSWERS = {WebChatTexts.FIRST, "是", "投诉污染或提出诉求", "江苏省南京市江宁区秣陵街道",
      "水污染", "上个月", "村口的电镀厂", "20", "请尽快查处", "匿名反映", "查询进度", "取消"};

  private WeChatCallbackBench() {}

  /** The texts of a petitioner's way through the intake (the web chat tests' answers). */
  static final class WebChatTexts {
    static final String FIRST = org.ecopetition.gateway.channel.webchat.WebChatFlowTestSupport.FIRST;
  }

  public static void main(String[] args) throws Exception {
    int rate = Integer.parseInt(System.getProperty("rate", "300"));
    int seconds = Integer.parseInt(System.getProperty("seconds", "20"));
    int users = Integer.parseInt(System.getProperty("users", "500"));
    Vertx vertx = Vertx.vertx();
    WeChatStub stub = new WeChatStub(vertx);
    Map<String, String> env = WeChatChannelTest.env(TestPostgres.freshDatabaseUrl(), TestGateway.newKey(), stub.base());
    env.put("GATEWAY_WECHAT_MAX_MESSAGES_PER_MINUTE", "1000");
    env.put("GATEWAY_DATABASE_POOL_SIZE", "16");
    env.put("GATEWAY_WECHAT_PASSIVE_REPLY_MILLIS", "4000");
    String loops = System.getProperty("eventLoops", "");
    if (!loops.isBlank()) {
      env.put("GATEWAY_HTTP_EVENT_LOOPS", loops); // EVENT_LOOPS=1 bench/wechat.sh: the HTTP server on one loop
    }
    try (Gateway g = TestGateway.start(env)) {
      HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
          .executor(Executors.newFixedThreadPool(4)).connectTimeout(Duration.ofSeconds(5)).build();
      String base = "http://127.0.0.1:" + g.port();
      System.out.printf("machine: %d cores, %s%n", Runtime.getRuntime().availableProcessors(), cpu());
      // Warm-up: JIT, pools, the first token.
      run(http, pushes(base, 2_000, users, "w"), 200, 64, false);
      // Twice: the warm-up's followers writing on (every conversation exists), then as many new followers, whose first
      // pushes (a contact, a conversation, a full extraction each) all fall in the loop's first seconds.
      openLoop(http, pushes(base, rate * seconds, users, "w"), rate, seconds, "followers known");
      openLoop(http, pushes(base, rate * seconds, users, "o"), rate, seconds, "new followers");
      List<HttpRequest> sat = pushes(base, 15 * 600, users, "s");
      Result closed = run(http, sat, 0, 64, false);
      System.out.printf("saturated (64 at once): %.0f pushes/s, p50 %.1f ms, p99 %.1f ms, max %.1f ms, errors %d%n",
          closed.rate(), closed.p(50), closed.p(99), closed.max(), closed.errors);
      Result chat = run(http, webChat(http, base, users), 0, 64, false);
      System.out.printf("web chat HTTP turns (64 at once): %.0f turns/s, p50 %.1f ms, p99 %.1f ms, errors %d%n",
          chat.rate(), chat.p(50), chat.p(99), chat.errors);
    } finally {
      stub.close();
      vertx.close().await();
      System.exit(0);
    }
  }

  private static void openLoop(HttpClient http, List<HttpRequest> pushes, int rate, int seconds, String who)
      throws Exception {
    Result open = run(http, pushes, rate, 0, true);
    System.out.printf("open loop %d/s for %d s, %s: sent %d, answered %d (%d success, %d passive), errors %d, "
            + "p50 %.1f ms, p90 %.1f ms, p99 %.1f ms, max %.1f ms, over 4.5 s: %d%n", rate, seconds, who, open.sent,
        open.ok, open.success, open.ok - open.success, open.errors, open.p(50), open.p(90), open.p(99), open.max(),
        open.over(4_500));
    // Why a push answered "success": the passive budget ran out (answered ≥ 4 s after it was sent), or sooner
    // (its follower's previous push still held the outbox, a retry, nothing to say).
    System.out.printf("  success: %d after the passive budget, %d sooner; timer lag (sent after due) p50 %.1f ms, "
        + "max %.1f ms%n", open.successLate.get(), open.success - open.successLate.get(), open.lag(50), open.lag(100));
    System.out.println("  p50 by second of the schedule (ms): " + open.bySecond());
  }

  private static String cpu() {
    try {
      return java.nio.file.Files.readAllLines(java.nio.file.Path.of("/proc/cpuinfo")).stream()
          .filter(l -> l.startsWith("model name")).findFirst().map(l -> l.split(":", 2)[1].strip()).orElse("?");
    } catch (Exception e) {
      return "?";
    }
  }

  /** {@code n} pushes, user by user through the answers, each signed and encrypted now (outside the timing). */
  private static List<HttpRequest> pushes(String base, int n, int users, String prefix) {
    WxCryptUtil crypt = new WxCryptUtil(WeChatClient.TOKEN, WeChatClient.AES_KEY, WeChatClient.APP_ID);
    List<HttpRequest> out = new ArrayList<>(n);
    long ts = WeChatClient.now();
    for (int i = 0; i < n; i++) {
      String user = "oBench" + prefix + String.format("%06d", i % users);
      String xml = WeChatClient.text(user, ANSWERS[(i / users) % ANSWERS.length], WeChatClient.nextMsgId());
      String enc = crypt.encryptContext(xml).getEncrypt();
      String nonce = Integer.toString(i);
      String query = "signature=" + SHA1.gen(WeChatClient.TOKEN, Long.toString(ts), nonce) + "&timestamp=" + ts
          + "&nonce=" + nonce + "&encrypt_type=aes&msg_signature=" + SHA1.gen(WeChatClient.TOKEN, Long.toString(ts), nonce, enc);
      out.add(HttpRequest.newBuilder(URI.create(base + "/wechat/callback?" + query)).timeout(Duration.ofSeconds(10))
          .POST(HttpRequest.BodyPublishers.ofString("<xml><ToUserName><![CDATA[" + WeChatClient.ACCOUNT
              + "]]></ToUserName><Encrypt><![CDATA[" + enc + "]]></Encrypt></xml>", StandardCharsets.UTF_8)).build());
    }
    return out;
  }

  /** Web chat conversations opened now; then 15 s worth of turns through the HTTP fallback. */
  private static List<HttpRequest> webChat(HttpClient http, String base, int users) throws Exception {
    List<String> tokens = new ArrayList<>();
    for (int i = 0; i < Math.min(users, 200); i++) {
      String body = http.send(HttpRequest.newBuilder(URI.create(base + "/api/v1/chat/conversations"))
          .POST(HttpRequest.BodyPublishers.ofString("{}")).header("Content-Type", "application/json").build(),
          HttpResponse.BodyHandlers.ofString()).body();
      tokens.add(new io.vertx.core.json.JsonObject(body).getString("token"));
    }
    List<HttpRequest> out = new ArrayList<>();
    for (int i = 0; i < 15 * 400; i++) {
      String token = tokens.get(i % tokens.size());
      String text = ANSWERS[(i / tokens.size()) % ANSWERS.length];
      out.add(HttpRequest.newBuilder(URI.create(base + "/api/v1/chat/messages")).header("Content-Type", "application/json")
          .timeout(Duration.ofSeconds(10)).POST(HttpRequest.BodyPublishers.ofString(new io.vertx.core.json.JsonObject()
              .put("token", token).put("text", text).put("clientMsgId", "b" + i).encode())).build());
    }
    return out;
  }

  private record Result(int sent, int ok, int success, int errors, long[] micros, long elapsedNanos,
      AtomicInteger successLate, long[] lagMicros, Map<Integer, List<Long>> perSecond) {
    double lag(int pct) {
      long[] l = Arrays.stream(lagMicros).sorted().toArray();
      return l.length == 0 ? 0 : l[Math.max(0, Math.min(l.length - 1, (int) Math.ceil(pct / 100.0 * l.length) - 1))] / 1000.0;
    }

    String bySecond() {
      StringBuilder b = new StringBuilder();
      new java.util.TreeMap<>(perSecond).forEach((sec, l) -> {
        long[] s = l.stream().mapToLong(Long::longValue).sorted().toArray();
        b.append(s.length == 0 ? "-" : Long.toString(s[s.length / 2] / 1000)).append(' ');
      });
      return b.toString().strip();
    }

    double p(int pct) {
      if (micros.length == 0) {
        return 0;
      }
      return micros[Math.min(micros.length - 1, (int) Math.ceil(pct / 100.0 * micros.length) - 1)] / 1000.0;
    }

    double max() {
      return micros.length == 0 ? 0 : micros[micros.length - 1] / 1000.0;
    }

    long over(long ms) {
      return Arrays.stream(micros).filter(m -> m > ms * 1000).count();
    }

    double rate() {
      return ok * 1e9 / elapsedNanos;
    }
  }

  /**
   * Sends the requests: open loop at {@code rate}/s (latency from the scheduled time), or closed loop with
   * {@code concurrency} in flight.
   */
  private static Result run(HttpClient http, List<HttpRequest> requests, int rate, int concurrency, boolean openLoop)
      throws Exception {
    ConcurrentLinkedQueue<Long> lat = new ConcurrentLinkedQueue<>();
    AtomicInteger ok = new AtomicInteger();
    AtomicInteger success = new AtomicInteger();
    AtomicInteger errors = new AtomicInteger();
    long start = System.nanoTime();
    List<CompletableFuture<Void>> all = new ArrayList<>();
    AtomicInteger successLate = new AtomicInteger();
    long[] lag = new long[openLoop ? requests.size() : 0];
    Map<Integer, List<Long>> perSecond = new java.util.concurrent.ConcurrentHashMap<>();
    if (openLoop) {
      ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor();
      long periodNanos = 1_000_000_000L / rate;
      for (int i = 0; i < requests.size(); i++) {
        long due = start + i * periodNanos;
        HttpRequest r = requests.get(i);
        CompletableFuture<Void> done = new CompletableFuture<>();
        all.add(done);
        int n = i;
        int second = (int) (i * periodNanos / 1_000_000_000L);
        timer.schedule(() -> {
          long sentAt = System.nanoTime();
          lag[n] = (sentAt - due) / 1000;
          http.sendAsync(r, HttpResponse.BodyHandlers.ofString()).whenComplete((resp, err) -> {
            long now = System.nanoTime();
            record(resp, err, due, lat, ok, success, errors);
            if (err == null) {
              perSecond.computeIfAbsent(second, k -> new java.util.concurrent.CopyOnWriteArrayList<>())
                  .add((now - due) / 1000);
              if ("success".equals(resp.body()) && now - sentAt >= 3_900_000_000L) {
                successLate.incrementAndGet();
              }
            }
            done.complete(null);
          });
        }, due - System.nanoTime(), TimeUnit.NANOSECONDS);
      }
      CompletableFuture.allOf(all.toArray(CompletableFuture[]::new)).get(120, TimeUnit.SECONDS);
      timer.shutdown();
    } else {
      AtomicInteger next = new AtomicInteger();
      AtomicLong ignored = new AtomicLong();
      for (int c = 0; c < concurrency; c++) {
        all.add(loop(http, requests, next, lat, ok, success, errors));
      }
      CompletableFuture.allOf(all.toArray(CompletableFuture[]::new)).get(300, TimeUnit.SECONDS);
      ignored.incrementAndGet();
    }
    long elapsed = System.nanoTime() - start;
    long[] micros = lat.stream().mapToLong(Long::longValue).sorted().toArray();
    return new Result(requests.size(), ok.get(), success.get(), errors.get(), micros, elapsed, successLate, lag,
        perSecond);
  }

  private static CompletableFuture<Void> loop(HttpClient http, List<HttpRequest> requests, AtomicInteger next,
      ConcurrentLinkedQueue<Long> lat, AtomicInteger ok, AtomicInteger success, AtomicInteger errors) {
    int i = next.getAndIncrement();
    if (i >= requests.size()) {
      return CompletableFuture.completedFuture(null);
    }
    long t0 = System.nanoTime();
    return http.sendAsync(requests.get(i), HttpResponse.BodyHandlers.ofString())
        .handle((resp, err) -> {
          record(resp, err, t0, lat, ok, success, errors);
          return null;
        }).thenCompose(v -> loop(http, requests, next, lat, ok, success, errors));
  }

  private static void record(HttpResponse<String> resp, Throwable err, long t0, ConcurrentLinkedQueue<Long> lat,
      AtomicInteger ok, AtomicInteger success, AtomicInteger errors) {
    long micros = (System.nanoTime() - t0) / 1000;
    if (err != null || resp.statusCode() / 100 != 2) {
      errors.incrementAndGet();
      return;
    }
    lat.add(micros);
    ok.incrementAndGet();
    if ("success".equals(resp.body())) {
      success.incrementAndGet();
    }
  }
}
