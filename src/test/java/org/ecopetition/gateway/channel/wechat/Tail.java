package org.ecopetition.gateway.channel.wechat;

import com.sun.management.GarbageCollectionNotificationInfo;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.management.NotificationEmitter;
import javax.management.openmbean.CompositeData;

/**
 * What the slowest pushes of an open loop waited on (bench only): the JVM's GC pauses (from the collectors' own
 * notifications, so the generator's and the gateway's collections alike: they share the JVM) and PostgreSQL's lock
 * waits (with {@code log_lock_waits} and a short {@code deadlock_timeout}, read back from the server's log), each
 * set against every push's interval from its scheduled moment to its answer. Times are this JVM's nanoTime; the GC's
 * uptime is mapped onto it at start, the log's timestamps through a marker the server logs at a known nanoTime
 * ({@link #calibrate}): the server's own clock, so this JVM never reads the wall clock.
 */
final class Tail {
  /** A pause or a wait: [start, end) in nanoTime. */
  record Span(long start, long end, String what) {}

  private static final long NANO0 = System.nanoTime();
  private static final long UPTIME0 = ManagementFactory.getRuntimeMXBean().getUptime();
  /** The server log's clock at {@link #markNanos} (epoch ms), from its marker line; unset until calibrated. */
  private static volatile long markWall = Long.MIN_VALUE;
  private static volatile long markNanos;
  static final ConcurrentLinkedQueue<Span> GC = new ConcurrentLinkedQueue<>();

  private Tail() {}

  /** Listens to every collector's notifications (each pause, young or full, with its duration). */
  static void listen() {
    for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
      ((NotificationEmitter) gc).addNotificationListener((n, h) -> {
        if (!GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION.equals(n.getType())) {
          return;
        }
        GarbageCollectionNotificationInfo info = GarbageCollectionNotificationInfo.from((CompositeData) n.getUserData());
        long start = NANO0 + (info.getGcInfo().getStartTime() - UPTIME0) * 1_000_000L;
        long end = NANO0 + (info.getGcInfo().getEndTime() - UPTIME0) * 1_000_000L;
        // G1's concurrent cycle is reported by its own bean ("G1 Concurrent GC" on 17+), not a pause.
        if (!info.getGcName().contains("Concurrent") && !info.getGcAction().contains("concurrent")) {
          GC.add(new Span(start, Math.max(end, start + 1), info.getGcName() + " " + info.getGcCause()));
        }
      }, null, null);
    }
  }

  private static final Pattern WAIT = Pattern.compile(
      "^(\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\d\\.\\d{3}) UTC .*process (\\d+) acquired (\\w+) on (.+?) after ([0-9.]+) ms");
  private static final Pattern STATEMENT = Pattern.compile("STATEMENT:\\s+(.*)");
  private static final DateTimeFormatter TS = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss.SSS");

  /**
   * The lock waits PostgreSQL logged ("acquired … after N ms") in the server log from byte {@code from} on: the
   * wait's span and what waited (the lock's kind and the statement's first words).
   */
  static List<Span> lockWaits(Path log, long from) {
    List<Span> out = new ArrayList<>();
    try {
      List<String> lines = Files.readAllLines(log);
      long seen = 0;
      for (int i = 0; i < lines.size(); i++) {
        String l = lines.get(i);
        seen += l.length() + 1;
        if (seen < from) {
          continue;
        }
        Matcher m = WAIT.matcher(l);
        if (!m.find()) {
          continue;
        }
        long endWall = LocalDateTime.parse(m.group(1), TS).toInstant(ZoneOffset.UTC).toEpochMilli();
        if (markWall == Long.MIN_VALUE) {
          System.out.println("  lock waits: no marker in the server log, times unknown");
          return out;
        }
        long end = markNanos + (endWall - markWall) * 1_000_000L;
        long dur = (long) (Double.parseDouble(m.group(5)) * 1_000_000L);
        String stmt = "?";
        for (int k = i + 1; k < Math.min(lines.size(), i + 4); k++) {
          Matcher s = STATEMENT.matcher(lines.get(k));
          if (s.find()) {
            stmt = s.group(1);
            break;
          }
        }
        String what = m.group(3) + " on " + m.group(4).replaceAll("[0-9]+", "#") + " by "
            + stmt.replaceAll("\\s+", " ").substring(0, Math.min(50, stmt.replaceAll("\\s+", " ").length()));
        out.add(new Span(end - dur, end, what));
      }
    } catch (Exception e) {
      System.out.println("  lock waits: log not read (" + e + ")");
    }
    return out;
  }

  private static final Pattern MARK = Pattern.compile(
      "^(\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\d\\.\\d{3}) UTC .*LOG:\\s+tail-mark (\\w+)");

  /**
   * Maps the server log's timestamps onto nanoTime: {@code raise} makes the server log "tail-mark TOKEN" (RAISE LOG)
   * and returns the nanoTime at the middle of that statement's round trip, when the server's clock read the logged
   * time (within half the round trip).
   */
  static void calibrate(Path log, java.util.function.ToLongFunction<String> raise) throws InterruptedException {
    String token = Long.toHexString(System.nanoTime());
    long at = raise.applyAsLong(token);
    for (int tries = 0; tries < 50; tries++) {
      try {
        for (String l : Files.readAllLines(log)) {
          Matcher m = MARK.matcher(l);
          if (m.find() && m.group(2).equals(token)) {
            markWall = LocalDateTime.parse(m.group(1), TS).toInstant(ZoneOffset.UTC).toEpochMilli();
            markNanos = at;
            return;
          }
        }
      } catch (java.io.IOException e) {
        // not written yet
      }
      Thread.sleep(100);
    }
    System.out.println("  lock waits: the server's marker was not logged; waits will not be placed");
  }

  static long logSize(Path log) {
    try {
      return Files.size(log);
    } catch (Exception e) {
      return 0;
    }
  }

  private static long overlap(long a0, long a1, List<Span> spans) {
    long sum = 0;
    for (Span s : spans) {
      long lo = Math.max(a0, s.start());
      long hi = Math.min(a1, s.end());
      if (hi > lo) {
        sum += hi - lo;
      }
    }
    return sum;
  }

  /**
   * The report: GC pauses and lock waits during the loop [t0, t1), and for the pushes over {@code slowMs} (due →
   * answered) how many overlapped a pause or a wait, and by how much of their time. {@code locks} null: not logged.
   */
  static String report(long t0, long t1, long[] due, long[] answered, int[] steps, long slowMs, List<Span> locks) {
    List<Span> gcs = GC.stream().filter(s -> s.end() > t0 && s.start() < t1).toList();
    List<Span> waits = locks == null ? List.of() : locks.stream().filter(s -> s.end() > t0 && s.start() < t1).toList();
    StringBuilder b = new StringBuilder();
    long gcSum = gcs.stream().mapToLong(s -> s.end() - s.start()).sum();
    long gcMax = gcs.stream().mapToLong(s -> s.end() - s.start()).max().orElse(0);
    b.append(String.format("  GC pauses in the loop: %d, total %.0f ms (%.2f %% of the loop), max %.0f ms%n", gcs.size(),
        gcSum / 1e6, 100.0 * gcSum / (t1 - t0), gcMax / 1e6));
    Map<String, long[]> byKind = new TreeMap<>();
    for (Span w : waits) {
      long[] a = byKind.computeIfAbsent(w.what(), k -> new long[3]);
      a[0]++;
      a[1] += w.end() - w.start();
      a[2] = Math.max(a[2], w.end() - w.start());
    }
    b.append(locks == null ? "  lock waits: not logged (LOCKWAITS=true bench/wechat.sh logs those over 5 ms)\n"
        : String.format("  lock waits logged (≥ deadlock_timeout, 5 ms) in the loop: %d%n", waits.size()));
    byKind.forEach((k, a) -> b.append(String.format("    %4d × mean %.1f ms, max %.1f ms: %s%n", a[0], a[1] / 1e6 / a[0],
        a[2] / 1e6, k)));
    int slow = 0;
    int withGc = 0;
    int withWait = 0;
    int neither = 0;
    long gcIn = 0;
    long waitIn = 0;
    long slowTime = 0;
    Map<Integer, Integer> slowSteps = new TreeMap<>();
    Map<Integer, Integer> allSteps = new TreeMap<>();
    for (int i = 0; i < due.length; i++) {
      if (answered[i] == 0) {
        continue;
      }
      allSteps.merge(steps[i], 1, Integer::sum);
      long lat = answered[i] - due[i];
      if (lat < slowMs * 1_000_000L) {
        continue;
      }
      slow++;
      slowSteps.merge(steps[i], 1, Integer::sum);
      slowTime += lat;
      long g = overlap(due[i], answered[i], gcs);
      long w = overlap(due[i], answered[i], waits);
      gcIn += g;
      waitIn += w;
      withGc += g > 0 ? 1 : 0;
      withWait += w > 0 ? 1 : 0;
      neither += g == 0 && w == 0 ? 1 : 0;
    }
    b.append(String.format("  pushes over %d ms: %d; overlapping a GC pause %d (GC %.1f %% of their time), a logged lock "
            + "wait %d (waits %.1f %% of their time: any lock wait in PostgreSQL, not necessarily theirs), neither %d%n",
        slowMs, slow, withGc, slowTime == 0 ? 0 : 100.0 * gcIn / slowTime, withWait,
        slowTime == 0 ? 0 : 100.0 * waitIn / slowTime, neither));
    StringBuilder st = new StringBuilder();
    slowSteps.forEach((s, n) -> st.append(' ').append(s % WeChatCallbackBench.FIRST_CONTACT)
        .append(s >= WeChatCallbackBench.FIRST_CONTACT ? "f" : "").append(':').append(n).append('/')
        .append(allSteps.get(s)));
    b.append("  slow pushes by step (slow/all):").append(st).append('\n');
    return b.toString();
  }
}
