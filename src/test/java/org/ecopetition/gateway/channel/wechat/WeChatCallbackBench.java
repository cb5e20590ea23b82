package org.ecopetition.gateway.channel.wechat;

import io.vertx.core.Vertx;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
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
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
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
import org.ecopetition.gateway.bench.Petitioner;
import org.ecopetition.gateway.support.TestGateway;
import org.ecopetition.gateway.support.TestPostgres;
import org.ecopetition.gateway.support.WeChatClient;
import org.ecopetition.gateway.support.WeChatStub;

/**
 * WeChat callback speed (bench/wechat.sh): a gateway with its embedded PostgreSQL and a local WeChat API,
 * pushes signed and encrypted in safe mode by WxJava (built before timing), from USERS followers each going
 * through the intake.
 *
 * <p>The answers are not a fixed list: before anything is timed, one follower walks the intake over the real
 * callback with the benchmarks' {@link Petitioner} (it answers whatever each reply asks; a passive reply's numbered
 * options are its buttons, a typed number picks one), from a free-text report through the receipt and a status query
 * of the new case, and the walk's texts are recorded; the run fails when the walk reaches no receipt. A second
 * follower then replays the recorded walk twice and must get a receipt each time. Every follower of the timed loops
 * sends that recorded walk, round after round. With {@code phase=offset} (the default) follower u is first brought
 * (before timing) to step u mod the walk's length, so every second carries the same mix of steps, as petitioners who
 * are not synchronised do; {@code phase=lockstep} keeps every follower on the same step (a heavy step arrives as a
 * burst of USERS pushes: the worst case).
 *
 * <p>(1) Open loop at RATE pushes/s for SECONDS: latency from each push's scheduled time, so queueing counts; twice:
 * the warm-up's followers writing on, then new followers (offset: each slot's new follower takes over from its known
 * one at a round spread over the loop; lockstep: all of them from the first push). (2) Closed loop, 64 at once: the
 * saturated rate (the known followers writing on). (3) The web chat's HTTP turn, closed loop, 64 at once, in the same
 * run for comparison, its conversations walking the web chat's own recorded walk (buttons by value). p50/p99 per step
 * of the walk, and at the end the cases registered and the "misunderstood" alerts raised (from the database).
 */
public final class WeChatCallbackBench {
  private static final Pattern OPTION = Pattern.compile("(\\d{1,2})\\. (.+)");
  private static final Pattern CASE = Pattern.compile("HB\\d{13}");
  private static final int WARM_STEPS = 4;

  private WeChatCallbackBench() {}

  /** A request, the step of the walk it is (FIRST_CONTACT added: a new follower's first push), and its follower. */
  record Push(HttpRequest request, int step, String who) {}

  static final int FIRST_CONTACT = 1000;
  /** The gateway's /metrics port, for the pools' waits of each loop. */
  private static int metricsPort;
  /** The embedded PostgreSQL's log, when lock waits are logged ({@code -Dlockwaits=true}). */
  private static java.nio.file.Path pgLog;

  public static void main(String[] args) throws Exception {
    int rate = Integer.parseInt(System.getProperty("rate", "300"));
    int seconds = Integer.parseInt(System.getProperty("seconds", "20"));
    int users = Integer.parseInt(System.getProperty("users", "500"));
    boolean failed = false;
    boolean lockstep = "lockstep".equals(System.getProperty("phase", "offset"));
    Vertx vertx = Vertx.vertx();
    WeChatStub stub = new WeChatStub(vertx);
    String db = TestPostgres.freshDatabaseUrl();
    Tail.listen();
    if (Boolean.getBoolean("lockwaits")) {
      // Every lock wait over 5 ms logged with its duration and statement (read back per loop by Tail).
      TestPostgres.jdbc(db, c -> {
        try (java.sql.Statement st = c.createStatement()) {
          st.execute("ALTER SYSTEM SET log_lock_waits = on");
          st.execute("ALTER SYSTEM SET deadlock_timeout = '5ms'");
          st.execute("ALTER SYSTEM SET log_line_prefix = '%m [%p] '");
          st.execute("SELECT pg_reload_conf()");
        }
        return null;
      });
      pgLog = TestPostgres.dataDir().resolveSibling(TestPostgres.dataDir().getFileName() + ".log");
      Tail.calibrate(pgLog, token -> TestPostgres.jdbc(db, c -> {
        try (java.sql.Statement st = c.createStatement()) {
          long t0 = System.nanoTime();
          st.execute("DO $$ BEGIN RAISE LOG 'tail-mark " + token + "'; END $$");
          return t0 + (System.nanoTime() - t0) / 2;
        }
      }));
    }
    Map<String, String> env = WeChatChannelTest.env(db, TestGateway.newKey(), stub.base());
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
      metricsPort = g.metricsPort();
      System.out.printf("machine: %d cores, %s; phase %s%n", Runtime.getRuntime().availableProcessors(), cpu(),
          lockstep ? "lockstep (every follower on the same step)" : "offset (follower u starts at step u mod the walk)");
      WeChatClient client = new WeChatClient(g.port(), true);
      List<String> walk = walkWeChat(client, stub);
      System.out.println("walk (" + walk.size() + " steps, answered as the dialog asked): " + labels(walk));
      Lane wechat = new Lane("w", walk, users, lockstep, (f, text, n) -> push(base, "oBenchw" + f, text, n));
      // Warm-up (JIT, pools, the first token), which also brings each follower to its first step.
      wechat.warm(http);
      openLoop(http, wechat.next(rate * seconds), rate, seconds, "followers known", walk);
      Lane fresh = new Lane("o", walk, users, true, (f, text, n) -> push(base, "oBencho" + f, text, n));
      int rounds = (rate * seconds + users - 1) / users;
      openLoop(http, arriving(wechat, fresh, rate * seconds, rounds, lockstep), rate, seconds,
          lockstep ? "new followers (all from the loop's first push)"
              : "new followers (each taking over its slot at a round spread over the loop)", walk);
      if (Boolean.getBoolean("openOnly")) {
        return; // OPEN_ONLY=true bench/wechat.sh: the two open loops, not the saturated rate nor the web chat
      }
      Map<String, Double> pools0 = PoolWaits.snapshot(metricsPort);
      Result closed = run(http, wechat.next(15 * 600), 0, 64, false);
      Map<String, Double> pools1 = PoolWaits.snapshot(metricsPort);
      System.out.printf("saturated (64 at once): %.0f pushes/s, p50 %.1f ms, p99 %.1f ms, max %.1f ms, errors %d%n",
          closed.rate(), closed.p(50), closed.p(99), closed.max(), closed.errors);
      System.out.println("  by step: " + closed.bySteps(walk));
      System.out.println("  pools: " + PoolWaits.between(pools0, pools1));
      List<String> chatWalk = walkWebChat(http, base);
      List<String> tokens = new ArrayList<>();
      for (int i = 0; i < Math.min(users, 200); i++) {
        tokens.add(conversation(http, base));
      }
      AtomicInteger ids = new AtomicInteger();
      Lane web = new Lane("c", chatWalk, tokens.size(), lockstep, (f, text, n) -> chatTurn(base, tokens.get(f), text,
          "b" + ids.incrementAndGet()));
      web.warm(http);
      Result chat = run(http, web.next(15 * 400), 0, 64, false);
      System.out.printf("web chat HTTP turns (64 at once, walk of %d steps): %.0f turns/s, p50 %.1f ms, p99 %.1f ms, "
          + "errors %d%n", chatWalk.size(), chat.rate(), chat.p(50), chat.p(99), chat.errors);
      System.out.println("  by step: " + chat.bySteps(chatWalk));
      Thread.sleep(2_000); // the last turns' replies and alerts committed
      System.out.printf("database: %s cases registered (%s on WeChat), %s misunderstood alerts raised "
              + "(%s conversations), %s conversations%n",
          TestPostgres.value(db, "SELECT count(*) FROM cases"),
          TestPostgres.value(db, "SELECT count(*) FROM cases WHERE channel = 'wechat'"),
          TestPostgres.value(db, "SELECT count(*) FROM alerts WHERE kind = 'misunderstood'"),
          TestPostgres.value(db, "SELECT count(DISTINCT conversation_id) FROM alerts WHERE kind = 'misunderstood'"),
          TestPostgres.value(db, "SELECT count(*) FROM conversations"));
      // Every kind of alert: the walks' texts are ordinary complaints, so an urgent alert here is a false alarm that
      // would reach the duty staff once per conversation (one address answer read as urgent did, 2026-12-05).
      System.out.printf("alerts by kind: %s%n", TestPostgres.value(db, "SELECT coalesce(string_agg(kind || ' ' || n, ', '), "
          + "'none') FROM (SELECT kind, count(*) AS n FROM alerts GROUP BY kind ORDER BY kind) x"));
      misunderstood(db, g);
    } catch (Throwable e) {
      e.printStackTrace(System.out); // System.exit below would swallow it
      failed = true;
    } finally {
      stub.close();
      vertx.close().await();
      System.exit(failed ? 1 : 0);
    }
  }

  /** For up to 5 conversations with a "misunderstood" alert: the channel and the petitioner's last texts before it. */
  private static void misunderstood(String db, Gateway g) {
    TestPostgres.jdbc(db, c -> {
      try (java.sql.Statement st = c.createStatement(); java.sql.ResultSet rs = st.executeQuery("""
          SELECT a.conversation_id, m.channel, m.body::text FROM (SELECT conversation_id, min(raised_at) AS at
            FROM alerts WHERE kind = 'misunderstood' GROUP BY conversation_id LIMIT 5) a
          JOIN LATERAL (SELECT channel, body FROM messages m WHERE m.conversation_id = a.conversation_id
            AND m.direction = 'in' AND m.created_at <= a.at ORDER BY m.id DESC LIMIT 3) m ON true""")) {
        while (rs.next()) {
          System.out.printf("  misunderstood: conversation %s (%s) after: %s%n", rs.getString(1), rs.getString(2),
              g.atRest().openBody(new JsonObject(rs.getString(3))).getString("text"));
        }
      }
      return null;
    });
  }

  /** Builds the n-th request of a lane: follower f sends text. */
  interface Sender {
    HttpRequest build(int follower, String text, int n);
  }

  /**
   * Followers each at their own step of a recorded walk (the step each sends next), round after round: push i goes to
   * follower i mod followers. Offset: follower f is brought to step f mod the walk's length during the warm-up.
   */
  static final class Lane {
    final List<String> walk;
    final int[] cursor;
    final boolean lockstep;
    final Sender sender;
    final String name;
    int built;

    Lane(String name, List<String> walk, int followers, boolean lockstep, Sender sender) {
      this.name = name;
      this.walk = walk;
      this.cursor = new int[followers];
      this.lockstep = lockstep;
      this.sender = sender;
    }

    Push push(int f) {
      int step = cursor[f]++ % walk.size();
      return new Push(sender.build(f, walk.get(step), built++), step + (cursor[f] == 1 ? FIRST_CONTACT : 0),
          name + f);
    }

    /** n pushes, follower by follower, each at its next step, built (signed) now. */
    List<Push> next(int n) {
      List<Push> out = new ArrayList<>(n);
      for (int i = 0; i < n; i++) {
        out.add(push(i % cursor.length));
      }
      return out;
    }

    /**
     * WARM_STEPS steps for every follower, plus (offset) f mod the walk's length more for follower f: round after
     * round (each round done before the next, so that one follower's steps arrive in order), 64 at once.
     */
    void warm(HttpClient http) throws Exception {
      int most = WARM_STEPS + (lockstep ? 0 : Math.min(cursor.length, walk.size()) - 1);
      for (int r = 0; r < most; r++) {
        List<Push> round = new ArrayList<>();
        for (int f = 0; f < cursor.length; f++) {
          if (r < WARM_STEPS + (lockstep ? 0 : f % walk.size())) {
            round.add(push(f));
          }
        }
        Result res = run(http, round, 0, 64, false);
        if (res.errors > 0) {
          throw new IllegalStateException("warm-up round " + r + ": " + res.errors + " errors");
        }
      }
    }
  }

  /**
   * The new followers' loop: slot (round k, column f) is known follower f writing on until new follower f arrives at
   * round f mod rounds (offset), or new follower f from the first round (lockstep).
   */
  private static List<Push> arriving(Lane known, Lane fresh, int n, int rounds, boolean lockstep) {
    int users = fresh.cursor.length;
    List<Push> out = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      int f = i % users;
      int k = i / users;
      out.add(lockstep || k >= f % rounds ? fresh.push(f) : known.push(f));
    }
    return out;
  }

  private static String labels(List<String> walk) {
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < walk.size(); i++) {
      String t = walk.get(i);
      b.append(i == 0 ? "" : " | ").append(i).append(' ').append(t.length() > 10 ? t.substring(0, 10) + "…" : t);
    }
    return b.toString();
  }

  /**
   * One follower walks the intake over the real callback, answering what each reply asks, to the receipt, a status
   * query of the new case and the command that starts a new report; returns the texts it sent. A second follower
   * replays them twice (the walk is a cycle) and must reach a receipt each time. Fails loudly otherwise.
   */
  static List<String> walkWeChat(WeChatClient client, WeChatStub stub) {
    String walker = "oBenchWalker";
    Petitioner p = new Petitioner(7);
    List<String> walk = new ArrayList<>();
    List<Petitioner.Reply> replies = List.of();
    List<String> asked = new ArrayList<>();
    for (int turn = 0; turn < 60 && p.statusAnswers() == 0; turn++) {
      Petitioner.Say say = p.next(replies);
      if (p.stuck() > 0) {
        throw new IllegalStateException("the walk got stuck (a question asked three times) after: " + walk);
      }
      walk.add(say.text());
      List<String> read = say(client, stub, walker, say.text());
      asked.add(shape(read));
      replies = read.stream().map(WeChatCallbackBench::numbered).toList();
    }
    if (p.receipts().size() != 1 || p.statusAnswers() != 1) {
      throw new IllegalStateException("the WeChat walk reached no receipt and status answer: " + walk);
    }
    String replayer = "oBenchReplayer";
    for (int cycle = 0; cycle < 2; cycle++) {
      StringBuilder all = new StringBuilder();
      for (int i = 0; i < walk.size(); i++) {
        List<String> read = say(client, stub, replayer, walk.get(i));
        read.forEach(r -> all.append(r).append('\n'));
        // The same questions as the walker was asked (case numbers, codes, dates and counts aside).
        String now = shape(read);
        if (now.isEmpty() != asked.get(i).isEmpty() || !now.endsWith(asked.get(i)) && !asked.get(i).endsWith(now)) {
          throw new IllegalStateException("the recorded walk replayed (cycle " + cycle + ") was answered otherwise at step "
              + i + " (" + walk.get(i) + "): " + read + " instead of " + asked.get(i));
        }
      }
      if (!CASE.matcher(all).find()) {
        throw new IllegalStateException("the recorded walk replayed reached no receipt (cycle " + cycle + "): "
            + walk);
      }
    }
    return walk;
  }

  /**
   * The last message read (what it asks), without what differs from one petitioner to the next (numbers, codes); it
   * may begin with a new follower's greeting (one passive reply carries the turn's messages), so compared by its end.
   */
  private static String shape(List<String> read) {
    return read.isEmpty() ? "" : read.get(read.size() - 1).replaceAll("[0-9A-Z]+", "#");
  }

  /** What the follower reads after a push: the passive reply, then the customer-service messages that follow. */
  private static List<String> say(WeChatClient client, WeChatStub stub, String openId, String text) {
    int before = stub.textsTo(openId).size();
    WeChatClient.Answer a = client.push(WeChatClient.text(openId, text, WeChatClient.nextMsgId()));
    if (a.status() != 200) {
      throw new IllegalStateException("push answered " + a.status() + ": " + a.body());
    }
    List<String> out = new ArrayList<>();
    if (a.content() != null) {
      out.add(a.content());
    }
    // Until no customer-service message came for 300 ms (and one came at all when there was no passive reply).
    int last = -1;
    for (int i = 0; i < 100; i++) {
      int now = stub.textsTo(openId).size();
      if (now == last && (a.content() != null || now > before)) {
        break;
      }
      last = now;
      sleep(300);
    }
    out.addAll(stub.textsTo(openId).subList(before, stub.textsTo(openId).size()));
    return out;
  }

  /** A reply as a person reads it on WeChat: the numbered options at its end are its buttons (the number picks). */
  static Petitioner.Reply numbered(String text) {
    String[] lines = text.split("\n");
    int j = lines.length - 1;
    if (j > 0 && !OPTION.matcher(lines[j]).matches() && OPTION.matcher(lines[j - 1]).matches()) {
      j--; // the line after the options (how to pick one)
    }
    int last = j;
    while (j >= 0 && OPTION.matcher(lines[j]).matches()) {
      j--;
    }
    if (last == j) {
      return new Petitioner.Reply(text, List.of());
    }
    List<Petitioner.Button> buttons = new ArrayList<>();
    for (int i = j + 1; i <= last; i++) {
      Matcher m = OPTION.matcher(lines[i]);
      m.matches();
      buttons.add(new Petitioner.Button(m.group(2), m.group(1)));
    }
    return new Petitioner.Reply(String.join("\n", Arrays.asList(lines).subList(0, j + 1)), buttons);
  }

  /** The web chat's own walk over its HTTP fallback (buttons by their values), as above. */
  static List<String> walkWebChat(HttpClient http, String base) throws Exception {
    String token = conversation(http, base);
    Petitioner p = new Petitioner(7);
    List<String> walk = new ArrayList<>();
    List<Petitioner.Reply> replies = List.of();
    for (int turn = 0; turn < 60 && p.statusAnswers() == 0; turn++) {
      Petitioner.Say say = p.next(replies);
      walk.add(say.text());
      replies = chat(http, base, token, say.text());
    }
    if (p.receipts().size() != 1 || p.statusAnswers() != 1 || p.stuck() > 0) {
      throw new IllegalStateException("the web chat walk reached no receipt and status answer: " + walk);
    }
    return walk;
  }

  private static String conversation(HttpClient http, String base) throws Exception {
    String body = http.send(HttpRequest.newBuilder(URI.create(base + "/api/v1/chat/conversations"))
        .POST(HttpRequest.BodyPublishers.ofString("{\"lang\":\"zh\"}")).header("Content-Type", "application/json")
        .build(), HttpResponse.BodyHandlers.ofString()).body();
    return new JsonObject(body).getString("token");
  }

  private static List<Petitioner.Reply> chat(HttpClient http, String base, String token, String text) throws Exception {
    HttpResponse<String> r = http.send(chatTurn(base, token, text, UUID.randomUUID().toString()),
        HttpResponse.BodyHandlers.ofString());
    if (r.statusCode() != 200) {
      throw new IllegalStateException("chat turn answered " + r.statusCode() + ": " + r.body());
    }
    List<Petitioner.Reply> out = new ArrayList<>();
    JsonArray messages = new JsonObject(r.body()).getJsonArray("messages", new JsonArray());
    for (int i = 0; i < messages.size(); i++) {
      JsonObject m = messages.getJsonObject(i);
      if ("out".equals(m.getString("direction"))) {
        List<Petitioner.Button> buttons = new ArrayList<>();
        JsonArray b = m.getJsonArray("buttons", new JsonArray());
        for (int k = 0; k < b.size(); k++) {
          buttons.add(new Petitioner.Button(b.getJsonObject(k).getString("label"), b.getJsonObject(k).getString("value")));
        }
        out.add(new Petitioner.Reply(m.getString("text"), buttons));
      }
    }
    return out;
  }

  private static HttpRequest chatTurn(String base, String token, String text, String clientMsgId) {
    return HttpRequest.newBuilder(URI.create(base + "/api/v1/chat/messages")).header("Content-Type", "application/json")
        .timeout(Duration.ofSeconds(10)).POST(HttpRequest.BodyPublishers.ofString(new JsonObject()
            .put("token", token).put("text", text).put("clientMsgId", clientMsgId).encode())).build();
  }

  private static void sleep(long ms) {
    try {
      Thread.sleep(ms);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private static void openLoop(HttpClient http, List<Push> pushes, int rate, int seconds, String who, List<String> walk)
      throws Exception {
    Map<String, Double> pools0 = PoolWaits.snapshot(metricsPort);
    long logFrom = pgLog == null ? 0 : Tail.logSize(pgLog);
    Result open = run(http, pushes, rate, 0, true);
    Map<String, Double> pools1 = PoolWaits.snapshot(metricsPort);
    System.out.printf("open loop %d/s for %d s, %s: sent %d, answered %d (%d success, %d passive), errors %d, "
            + "p50 %.1f ms, p90 %.1f ms, p99 %.1f ms, max %.1f ms, over 4.5 s: %d%n", rate, seconds, who, open.sent,
        open.ok, open.success, open.ok - open.success, open.errors, open.p(50), open.p(90), open.p(99), open.max(),
        open.over(4_500));
    // Why a push answered "success": the passive budget ran out (answered ≥ 4 s after it was sent), or sooner
    // (its follower's previous push still held the outbox, a retry, nothing to say).
    System.out.printf("  success: %d after the passive budget, %d sooner; sent after due (timer lag, or waiting for the "
            + "follower's previous answer) p50 %.1f ms, p99 %.1f ms, max %.1f ms%n", open.successLate.get(),
        open.success - open.successLate.get(), open.lag(50), open.lag(99), open.lag(100));
    System.out.println("  p50 by second of the schedule (ms): " + open.bySecond());
    System.out.println("  by step: " + open.bySteps(walk));
    System.out.println("  pools: " + PoolWaits.between(pools0, pools1));
    long end = Arrays.stream(open.answered()).max().orElse(System.nanoTime());
    System.out.print(Tail.report(open.start(), end, open.due(), open.answered(),
        pushes.stream().mapToInt(Push::step).toArray(), 60, pgLog == null ? null : Tail.lockWaits(pgLog, logFrom)));
  }

  private static String cpu() {
    try {
      return java.nio.file.Files.readAllLines(java.nio.file.Path.of("/proc/cpuinfo")).stream()
          .filter(l -> l.startsWith("model name")).findFirst().map(l -> l.split(":", 2)[1].strip()).orElse("?");
    } catch (Exception e) {
      return "?";
    }
  }

  /** One push of follower {@code user}, signed and encrypted now (outside the timing). */
  static HttpRequest push(String base, String user, String text, int n) {
    WxCryptUtil crypt = CRYPT.get();
    long ts = WeChatClient.epochSeconds();
    String xml = WeChatClient.text(user, text, WeChatClient.nextMsgId());
    String enc = crypt.encryptContext(xml).getEncrypt();
    String nonce = Integer.toString(n);
    String query = "signature=" + SHA1.gen(WeChatClient.TOKEN, Long.toString(ts), nonce) + "&timestamp=" + ts
        + "&nonce=" + nonce + "&encrypt_type=aes&msg_signature=" + SHA1.gen(WeChatClient.TOKEN, Long.toString(ts), nonce, enc);
    return HttpRequest.newBuilder(URI.create(base + "/wechat/callback?" + query)).timeout(Duration.ofSeconds(10))
        .POST(HttpRequest.BodyPublishers.ofString("<xml><ToUserName><![CDATA[" + WeChatClient.ACCOUNT
            + "]]></ToUserName><Encrypt><![CDATA[" + enc + "]]></Encrypt></xml>", StandardCharsets.UTF_8)).build();
  }

  private static final ThreadLocal<WxCryptUtil> CRYPT = ThreadLocal.withInitial(
      () -> new WxCryptUtil(WeChatClient.TOKEN, WeChatClient.AES_KEY, WeChatClient.APP_ID));

  private record Result(int sent, int ok, int success, int errors, long[] micros, long elapsedNanos,
      AtomicInteger successLate, long[] lagMicros, Map<Integer, List<Long>> perSecond,
      Map<Integer, List<Long>> perStep, long start, long[] due, long[] answered) {
    /** p50/p99 of each step of the walk (and of new followers' first pushes), in ms. */
    String bySteps(List<String> walk) {
      StringBuilder b = new StringBuilder();
      new java.util.TreeMap<>(perStep).forEach((step, l) -> {
        long[] s = l.stream().mapToLong(Long::longValue).sorted().toArray();
        int k = step % FIRST_CONTACT;
        b.append(step >= FIRST_CONTACT ? "\n    first contact, step " : "\n    step ").append(k).append(' ')
            .append(String.format("%-12s", walk.get(k).length() > 10 ? walk.get(k).substring(0, 10) + "…" : walk.get(k)))
            .append(String.format(" n %5d  p50 %7.1f  p99 %7.1f ms", s.length, s[(s.length - 1) / 2] / 1000.0,
                s[Math.max(0, (int) Math.ceil(0.99 * s.length) - 1)] / 1000.0));
      });
      return b.toString();
    }

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
  private static Result run(HttpClient http, List<Push> pushes, int rate, int concurrency, boolean openLoop)
      throws Exception {
    List<HttpRequest> requests = pushes.stream().map(Push::request).toList();
    Map<Integer, List<Long>> perStep = new java.util.concurrent.ConcurrentHashMap<>();
    ConcurrentLinkedQueue<Long> lat = new ConcurrentLinkedQueue<>();
    AtomicInteger ok = new AtomicInteger();
    AtomicInteger success = new AtomicInteger();
    AtomicInteger errors = new AtomicInteger();
    long start = System.nanoTime();
    List<CompletableFuture<Void>> all = new ArrayList<>();
    AtomicInteger successLate = new AtomicInteger();
    long[] lag = new long[openLoop ? requests.size() : 0];
    long[] dues = new long[openLoop ? requests.size() : 0];
    long[] answers = new long[openLoop ? requests.size() : 0];
    Map<Integer, List<Long>> perSecond = new java.util.concurrent.ConcurrentHashMap<>();
    if (openLoop) {
      ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor();
      long periodNanos = 1_000_000_000L / rate;
      // A follower reads the answer before writing on: a push due while its follower's previous one is unanswered
      // leaves when that one is answered (its latency still counted from when it was due). Otherwise a later push
      // could overtake it on another connection and the dialog would get the answers out of order.
      Map<String, CompletableFuture<Void>> lastOf = new java.util.HashMap<>();
      for (int i = 0; i < requests.size(); i++) {
        long due = start + i * periodNanos;
        dues[i] = due;
        HttpRequest r = requests.get(i);
        CompletableFuture<Void> done = new CompletableFuture<>();
        all.add(done);
        CompletableFuture<Void> before = lastOf.put(pushes.get(i).who(), done);
        CompletableFuture<Void> previous = before == null ? CompletableFuture.completedFuture(null) : before;
        int n = i;
        int second = (int) (i * periodNanos / 1_000_000_000L);
        timer.schedule(() -> previous.thenRun(() -> {
          long sentAt = System.nanoTime();
          lag[n] = (sentAt - due) / 1000;
          http.sendAsync(r, HttpResponse.BodyHandlers.ofString()).whenComplete((resp, err) -> {
            long answeredAt = System.nanoTime();
            record(resp, err, due, lat, ok, success, errors);
            if (err == null) {
              answers[n] = answeredAt;
              perStep.computeIfAbsent(pushes.get(n).step(), k -> new java.util.concurrent.CopyOnWriteArrayList<>())
                  .add((answeredAt - due) / 1000);
              perSecond.computeIfAbsent(second, k -> new java.util.concurrent.CopyOnWriteArrayList<>())
                  .add((answeredAt - due) / 1000);
              if ("success".equals(resp.body()) && answeredAt - sentAt >= 3_900_000_000L) {
                successLate.incrementAndGet();
              }
            }
            done.complete(null);
          });
        }), due - System.nanoTime(), TimeUnit.NANOSECONDS);
      }
      CompletableFuture.allOf(all.toArray(CompletableFuture[]::new)).get(120, TimeUnit.SECONDS);
      timer.shutdown();
    } else {
      AtomicInteger next = new AtomicInteger();
      AtomicLong ignored = new AtomicLong();
      for (int c = 0; c < concurrency; c++) {
        all.add(loop(http, pushes, next, lat, ok, success, errors, perStep));
      }
      CompletableFuture.allOf(all.toArray(CompletableFuture[]::new)).get(300, TimeUnit.SECONDS);
      ignored.incrementAndGet();
    }
    long elapsed = System.nanoTime() - start;
    long[] micros = lat.stream().mapToLong(Long::longValue).sorted().toArray();
    return new Result(requests.size(), ok.get(), success.get(), errors.get(), micros, elapsed, successLate, lag,
        perSecond, perStep, start, dues, answers);
  }

  private static CompletableFuture<Void> loop(HttpClient http, List<Push> pushes, AtomicInteger next,
      ConcurrentLinkedQueue<Long> lat, AtomicInteger ok, AtomicInteger success, AtomicInteger errors,
      Map<Integer, List<Long>> perStep) {
    int i = next.getAndIncrement();
    if (i >= pushes.size()) {
      return CompletableFuture.completedFuture(null);
    }
    long t0 = System.nanoTime();
    return http.sendAsync(pushes.get(i).request(), HttpResponse.BodyHandlers.ofString())
        .handle((resp, err) -> {
          record(resp, err, t0, lat, ok, success, errors);
          if (err == null) {
            perStep.computeIfAbsent(pushes.get(i).step(), k -> new java.util.concurrent.CopyOnWriteArrayList<>())
                .add((System.nanoTime() - t0) / 1000);
          }
          return null;
        }).thenCompose(v -> loop(http, pushes, next, lat, ok, success, errors, perStep));
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
