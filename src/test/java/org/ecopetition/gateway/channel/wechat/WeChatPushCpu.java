package org.ecopetition.gateway.channel.wechat;

import io.vertx.core.Vertx;
import java.lang.management.ManagementFactory;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.ecopetition.gateway.Gateway;
import org.ecopetition.gateway.support.TestGateway;
import org.ecopetition.gateway.support.TestPostgres;
import org.ecopetition.gateway.support.WeChatClient;
import org.ecopetition.gateway.support.WeChatStub;

/**
 * CPU time per WeChat push (bench/wechat-cpu.sh), a measure a shared machine disturbs less than throughput: the
 * bench's recorded walk, FOLLOWERS followers offset along it, pushed in rounds with CONCURRENCY in flight (well under
 * the saturated rate, so that nothing queues to the passive budget), and per push: the gateway JVM's CPU (the
 * process's CPU time less the generator's own threads: event loops, workers, GC and JIT included), the CPU of the
 * embedded PostgreSQL (postmaster, its backends and the children it reaped, from /proc), the bytes the gateway's
 * threads allocated, and how many pushes were answered passively. Rounds after a JIT warm-up; the median of the rounds.
 * Not a test: a measuring tool.
 */
public final class WeChatPushCpu {
  private static final String GENERATOR = "gen-";

  private WeChatPushCpu() {}

  public static void main(String[] args) throws Exception {
    int followers = Integer.parseInt(System.getProperty("followers", "100"));
    int rounds = Integer.parseInt(System.getProperty("rounds", "7"));
    int warm = Integer.parseInt(System.getProperty("warm", "4"));
    int concurrency = Integer.parseInt(System.getProperty("concurrency", "8"));
    boolean failed = false;
    Vertx vertx = Vertx.vertx();
    WeChatStub stub = new WeChatStub(vertx);
    String db = TestPostgres.freshDatabaseUrl();
    Map<String, String> env = WeChatChannelTest.env(db, TestGateway.newKey(), stub.base());
    env.put("GATEWAY_WECHAT_MAX_MESSAGES_PER_MINUTE", "1000");
    env.put("GATEWAY_DATABASE_POOL_SIZE", "16");
    env.put("GATEWAY_WECHAT_PASSIVE_REPLY_MILLIS", "4000");
    AtomicInteger threads = new AtomicInteger();
    try (Gateway g = TestGateway.start(env)) {
      HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
          .executor(Executors.newFixedThreadPool(2, r -> new Thread(r, GENERATOR + threads.incrementAndGet())))
          .connectTimeout(Duration.ofSeconds(5)).build();
      String base = "http://127.0.0.1:" + g.port();
      List<String> walk = WeChatCallbackBench.walkWeChat(new WeChatClient(g.port(), true), stub);
      int perRound = followers * walk.size();
      System.out.printf("walk of %d steps; %d followers offset along it; rounds of %d pushes, %d in flight%n",
          walk.size(), followers, perRound, concurrency);
      WeChatCallbackBench.Lane lane = new WeChatCallbackBench.Lane("u", walk, followers, false,
          (f, text, n) -> WeChatCallbackBench.push(base, "oCpuFollower" + f, text, n));
      try {
        lane.warm(http);
      } catch (IllegalStateException e) {
        // A loaded machine's timeouts in the warm-up (a round with errors): the followers are at their steps all the
        // same; the measured rounds count their own errors.
        System.out.println("warm-up: " + e.getMessage());
      }
      Path pid = TestPostgres.dataDir().resolve("postmaster.pid");
      long postmaster = Long.parseLong(Files.readAllLines(pid).get(0).strip());
      List<double[]> rows = new ArrayList<>();
      for (int r = 0; r < warm + rounds; r++) {
        List<WeChatCallbackBench.Push> pushes = lane.next(perRound); // built (signed, encrypted) before measuring
        Thread.sleep(300); // the previous round's releases and wakes done
        long cpu0 = processCpu();
        long gen0 = generatorCpu();
        long alloc0 = gatewayAllocated();
        long pg0 = postgresTicks(postmaster);
        Map<String, Double> pools0 = PoolWaits.snapshot(g.metricsPort());
        long t0 = System.nanoTime();
        int[] counts = send(http, pushes, concurrency);
        Thread.sleep(300); // what follows each answer (the release, its check) counted with its round
        long wall = System.nanoTime() - t0;
        double n = pushes.size();
        double jvm = (processCpu() - cpu0 - (generatorCpu() - gen0)) / n / 1000.0;
        double pg = (postgresTicks(postmaster) - pg0) * (1_000_000.0 / ticksPerSecond()) / n;
        double alloc = (gatewayAllocated() - alloc0) / n / 1024.0;
        System.out.printf("%s round %d: gateway JVM %.0f µs/push, PostgreSQL %.0f µs/push, together %.0f µs; "
                + "allocated %.0f KB/push; %d passive, %d success, %d errors; %.0f pushes/s%n",
            r < warm ? "warm-up" : "measured", r, jvm, pg, jvm + pg, alloc, counts[0], counts[1], counts[2],
            n * 1e9 / wall);
        System.out.println("  pools: " + PoolWaits.between(pools0, PoolWaits.snapshot(g.metricsPort())));
        if (r >= warm) {
          rows.add(new double[] {jvm, pg, jvm + pg, alloc});
        }
      }
      String[] names = {"gateway JVM µs/push", "PostgreSQL µs/push", "together µs/push", "allocated KB/push"};
      for (int k = 0; k < names.length; k++) {
        int col = k;
        double[] v = rows.stream().mapToDouble(x -> x[col]).sorted().toArray();
        System.out.printf("median %-22s %8.1f   (min %.1f, max %.1f)%n", names[k], v[v.length / 2], v[0],
            v[v.length - 1]);
      }
    } catch (Throwable e) {
      e.printStackTrace(System.out);
      failed = true;
    } finally {
      stub.close();
      vertx.close().await();
      System.exit(failed ? 1 : 0);
    }
  }

  /** Closed loop: {passive, success, errors}. */
  private static int[] send(HttpClient http, List<WeChatCallbackBench.Push> pushes, int concurrency) throws Exception {
    AtomicInteger next = new AtomicInteger();
    AtomicInteger passive = new AtomicInteger();
    AtomicInteger success = new AtomicInteger();
    AtomicInteger errors = new AtomicInteger();
    List<CompletableFuture<Void>> all = new ArrayList<>();
    for (int c = 0; c < concurrency; c++) {
      all.add(loop(http, pushes, next, passive, success, errors));
    }
    CompletableFuture.allOf(all.toArray(CompletableFuture[]::new)).get(600, TimeUnit.SECONDS);
    return new int[] {passive.get(), success.get(), errors.get()};
  }

  private static CompletableFuture<Void> loop(HttpClient http, List<WeChatCallbackBench.Push> pushes,
      AtomicInteger next, AtomicInteger passive, AtomicInteger success, AtomicInteger errors) {
    int i = next.getAndIncrement();
    if (i >= pushes.size()) {
      return CompletableFuture.completedFuture(null);
    }
    HttpRequest r = pushes.get(i).request();
    return http.sendAsync(r, HttpResponse.BodyHandlers.ofString()).handle((resp, err) -> {
      if (err != null || resp.statusCode() != 200) {
        errors.incrementAndGet();
      } else if ("success".equals(resp.body())) {
        success.incrementAndGet();
      } else {
        passive.incrementAndGet();
      }
      return null;
    }).thenCompose(v -> loop(http, pushes, next, passive, success, errors));
  }

  private static long processCpu() {
    return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
        .getProcessCpuTime();
  }

  /** The generator's threads: this tool's main thread, the HTTP client's executor and its selector. */
  private static boolean generator(String name) {
    return name.startsWith(GENERATOR) || name.startsWith("HttpClient-") || name.equals("main");
  }

  private static long generatorCpu() {
    java.lang.management.ThreadMXBean mx = ManagementFactory.getThreadMXBean();
    long sum = 0;
    for (java.lang.management.ThreadInfo t : mx.getThreadInfo(mx.getAllThreadIds())) {
      if (t != null && generator(t.getThreadName())) {
        sum += Math.max(0, mx.getThreadCpuTime(t.getThreadId()));
      }
    }
    return sum;
  }

  /** Bytes allocated so far by the threads that are not the generator's (threads that ended are not counted). */
  private static long gatewayAllocated() {
    com.sun.management.ThreadMXBean mx = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
    long sum = 0;
    for (java.lang.management.ThreadInfo t : mx.getThreadInfo(mx.getAllThreadIds())) {
      if (t != null && !generator(t.getThreadName())) {
        sum += Math.max(0, mx.getThreadAllocatedBytes(t.getThreadId()));
      }
    }
    return sum;
  }

  /** utime + stime of the postmaster (with its reaped children) and of its live children, in clock ticks. */
  private static long postgresTicks(long postmaster) throws Exception {
    long sum = 0;
    Set<Long> seen = new HashSet<>();
    long[] own = stat(postmaster);
    sum += own[1] + own[2] + own[3] + own[4];
    seen.add(postmaster);
    try (var dirs = Files.list(Path.of("/proc"))) {
      for (Path p : (Iterable<Path>) dirs::iterator) {
        String name = p.getFileName().toString();
        if (!name.chars().allMatch(Character::isDigit)) {
          continue;
        }
        long[] s = stat(Long.parseLong(name));
        if (s != null && s[0] == postmaster && seen.add(Long.parseLong(name))) {
          sum += s[1] + s[2];
        }
      }
    }
    return sum;
  }

  /** {ppid, utime, stime, cutime, cstime} from /proc/pid/stat, or null when the process is gone. */
  private static long[] stat(long pid) {
    try {
      String s = Files.readString(Path.of("/proc/" + pid + "/stat"));
      String[] f = s.substring(s.lastIndexOf(')') + 2).split(" ");
      // After the command: state(0) ppid(1) … utime(11) stime(12) cutime(13) cstime(14).
      return new long[] {Long.parseLong(f[1]), Long.parseLong(f[11]), Long.parseLong(f[12]), Long.parseLong(f[13]),
          Long.parseLong(f[14])};
    } catch (Exception e) {
      return null;
    }
  }

  private static long ticksPerSecond() {
    return 100; // USER_HZ on Linux x86-64
  }
}
