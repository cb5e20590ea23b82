package org.ecopetition.gateway.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * Where the cores went during a phase, from /proc: the whole machine (other engineers' work included), the
 * gateway, PostgreSQL (the postmaster and its backends) and this generator.
 */
final class Machine {
  private static final double HZ = 100.0;

  private Machine() {}

  /**
   * {@code syscalls}: the gateway's read-like and write-like system calls so far (/proc/PID/io syscr, syscw: read,
   * readv, recv…; write, writev, send…), counts that do not depend on how loaded the machine is.
   */
  record Sample(long busy, long total, long gateway, long postgres, long generator, long nanos,
      java.util.Map<String, long[]> switches, long[] syscalls, long compilers) {
    Sample(long busy, long total, long gateway, long postgres, long generator, long nanos) {
      this(busy, total, gateway, postgres, generator, nanos, java.util.Map.of(), new long[2], 0);
    }

    /**
     * The gateway's CPU (user and system) and its read-like and write-like system calls, per turn: counts to compare
     * builds on a shared machine, where rates are noise.
     */
    String gatewayPer(double turns) {
      if (turns <= 0 || syscalls == null) {
        return "";
      }
      // Without the JIT compilers' threads: on a loaded machine they may still be compiling in the window.
      return String.format(Locale.ROOT, "gateway per turn: CPU %.3f ms (%.3f ms without its JIT compilers); system "
          + "calls read-like %.2f, write-like %.2f; PostgreSQL per turn: CPU %.3f ms", gateway / HZ * 1000 / turns,
          (gateway - compilers) / HZ * 1000 / turns, syscalls[0] / turns, syscalls[1] / turns,
          postgres / HZ * 1000 / turns);
    }

    /**
     * The gateway's context switches per turn by thread group (voluntary, then involuntary): each wake-up of a thread
     * that waited (a hop to another thread, a selector woken) is a voluntary one; on 2 shared cores each costs.
     */
    String switchesPer(double turns) {
      if (switches.isEmpty() || turns <= 0) {
        return "";
      }
      StringBuilder sb = new StringBuilder();
      long v = 0;
      long n = 0;
      for (var e : new java.util.TreeMap<>(switches).entrySet()) {
        if (e.getKey().equals(POSTGRES)) {
          continue;
        }
        v += e.getValue()[0];
        n += e.getValue()[1];
        if (e.getValue()[0] + e.getValue()[1] < turns / 20) {
          continue;
        }
        sb.append(String.format(Locale.ROOT, "%s %.2f/%.2f, ", e.getKey(), e.getValue()[0] / turns,
            e.getValue()[1] / turns));
      }
      long[] pg = switches.getOrDefault(POSTGRES, new long[2]);
      return String.format(Locale.ROOT, "context switches per turn (voluntary/involuntary): PostgreSQL %.2f/%.2f; "
          + "gateway %.2f/%.2f (%s)", pg[0] / turns, pg[1] / turns, v / turns, n / turns,
          sb.substring(0, Math.max(0, sb.length() - 2)));
    }

    @Override
    public String toString() {
      double secs = nanos / 1e9;
      return String.format(Locale.ROOT, "%3.0f%%; %.2f; %.2f; %.2f cores", total == 0 ? 0 : 100.0 * busy / total,
          gateway / HZ / secs, postgres / HZ / secs, generator / HZ / secs);
    }
  }

  static String describe() {
    String model = "";
    try {
      model = Files.readAllLines(Path.of("/proc/cpuinfo")).stream().filter(l -> l.startsWith("model name"))
          .findFirst().map(l -> l.substring(l.indexOf(':') + 1).strip()).orElse("");
    } catch (IOException ignored) {
      // not Linux
    }
    return String.format(Locale.ROOT, "machine: %d cores (%s), %d GiB; load average at the start: %s; Java %s",
        Runtime.getRuntime().availableProcessors(), model,
        Math.round(((com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory
            .getOperatingSystemMXBean()).getTotalMemorySize() / (1024.0 * 1024 * 1024)),
        loadAverage(), System.getProperty("java.version"));
  }

  static String loadAverage() {
    try {
      String[] f = Files.readString(Path.of("/proc/loadavg")).split(" ");
      return f[0] + " " + f[1] + " " + f[2];
    } catch (IOException e) {
      return "?";
    }
  }

  static Sample sample(ChatBench.Services s) {
    long busy = 0;
    long total = 0;
    try {
      String[] f = Files.readAllLines(Path.of("/proc/stat")).get(0).trim().split("\\s+");
      for (int i = 1; i < f.length && i <= 8; i++) {
        long v = Long.parseLong(f[i]);
        total += v;
        if (i != 4 && i != 5) {
          busy += v;
        }
      }
    } catch (IOException | RuntimeException ignored) {
      // not Linux
    }
    long pg = 0;
    long[] pgSwitches = new long[2];
    long master = s.pg == null && s.pgData == null ? -1 : postmaster(s);
    if (master > 0) {
      try (Stream<Path> procs = Files.list(Path.of("/proc"))) {
        for (Path p : procs.filter(p -> p.getFileName().toString().matches("\\d+")).toList()) {
          long[] st = stat(p);
          if (st != null && (st[0] == master || st[1] == master)) {
            pg += st[2];
            long[] c = switches(p);
            pgSwitches[0] += c[0];
            pgSwitches[1] += c[1];
          }
        }
      } catch (IOException ignored) {
        // gone
      }
    }
    long[] gw = stat(Path.of("/proc", String.valueOf(s.gateway.pid())));
    long[] me = stat(Path.of("/proc", String.valueOf(ProcessHandle.current().pid())));
    java.util.Map<String, long[]> sw = switches(s.gateway.pid());
    sw.put(POSTGRES, pgSwitches);
    return new Sample(busy, total, gw == null ? 0 : gw[2], pg, me == null ? 0 : me[2], System.nanoTime(), sw,
        syscalls(s.gateway.pid()), compilerTicks(s.gateway.pid()));
  }

  /** A process's read-like and write-like system calls so far (/proc/PID/io; zeros where it cannot be read). */
  static long[] syscalls(long pid) {
    long[] c = new long[2];
    try {
      for (String l : Files.readAllLines(Path.of("/proc", String.valueOf(pid), "io"))) {
        if (l.startsWith("syscr:")) {
          c[0] = Long.parseLong(l.substring(6).strip());
        } else if (l.startsWith("syscw:")) {
          c[1] = Long.parseLong(l.substring(6).strip());
        }
      }
    } catch (IOException | RuntimeException e) {
      // not Linux, or gone
    }
    return c;
  }

  /** The key of PostgreSQL's processes (all of them together) among the gateway's thread groups. */
  static final String POSTGRES = "~postgres";

  /** A process's (or thread's) voluntary and involuntary context switches so far. */
  private static long[] switches(Path proc) {
    long[] c = new long[2];
    try {
      for (String l : Files.readAllLines(proc.resolve("status"))) {
        if (l.startsWith("voluntary_ctxt_switches:")) {
          c[0] = Long.parseLong(l.replaceAll("\\D", ""));
        } else if (l.startsWith("nonvoluntary_ctxt_switches:")) {
          c[1] = Long.parseLong(l.replaceAll("\\D", ""));
        }
      }
    } catch (IOException | RuntimeException gone) {
      // ended
    }
    return c;
  }

  /** Each thread group's (the name less its number) voluntary and involuntary context switches so far. */
  static java.util.Map<String, long[]> switches(long pid) {
    java.util.Map<String, long[]> by = new java.util.HashMap<>();
    try (Stream<Path> tasks = Files.list(Path.of("/proc", String.valueOf(pid), "task"))) {
      for (Path t : tasks.toList()) {
        try {
          String name = "?";
          long vol = 0;
          long non = 0;
          for (String l : Files.readAllLines(t.resolve("status"))) {
            if (l.startsWith("Name:")) {
              name = l.substring(5).strip().replaceAll("[-#]?\\d+$", "");
            } else if (l.startsWith("voluntary_ctxt_switches:")) {
              vol = Long.parseLong(l.replaceAll("\\D", ""));
            } else if (l.startsWith("nonvoluntary_ctxt_switches:")) {
              non = Long.parseLong(l.replaceAll("\\D", ""));
            }
          }
          long[] c = by.computeIfAbsent(name, k -> new long[2]);
          c[0] += vol;
          c[1] += non;
        } catch (IOException | RuntimeException gone) {
          // the thread ended
        }
      }
    } catch (IOException | RuntimeException e) {
      // not Linux, or gone
    }
    return by;
  }

  /**
   * CPU ticks so far of a process's JIT compiler threads (C1 and C2): a gateway whose compilers still run is not yet in
   * its steady state, and what they take is missing from the turns' share of the cores.
   */
  static long compilerTicks(long pid) {
    long t = 0;
    try (Stream<Path> tasks = Files.list(Path.of("/proc", String.valueOf(pid), "task"))) {
      for (Path task : tasks.toList()) {
        try {
          String st = Files.readString(task.resolve("stat"));
          String name = st.substring(st.indexOf('(') + 1, st.lastIndexOf(')'));
          if (name.contains("CompilerThre")) {
            String[] f = st.substring(st.lastIndexOf(')') + 2).split(" ");
            t += Long.parseLong(f[11]) + Long.parseLong(f[12]);
          }
        } catch (IOException | RuntimeException gone) {
          // the thread ended
        }
      }
    } catch (IOException | RuntimeException e) {
      // not Linux, or gone
    }
    return t;
  }

  /** Cores that {@code ticks} of CPU over {@code seconds} come to. */
  static double cores(long ticks, double seconds) {
    return ticks / HZ / seconds;
  }

  static Sample since(Sample a, ChatBench.Services s) {
    Sample b = sample(s);
    java.util.Map<String, long[]> d = new java.util.HashMap<>();
    b.switches.forEach((k, v) -> {
      long[] was = a.switches.getOrDefault(k, new long[2]);
      d.put(k, new long[] {v[0] - was[0], v[1] - was[1]});
    });
    return new Sample(b.busy - a.busy, b.total - a.total, b.gateway - a.gateway, b.postgres - a.postgres,
        b.generator - a.generator, b.nanos - a.nanos, d,
        new long[] {b.syscalls[0] - a.syscalls[0], b.syscalls[1] - a.syscalls[1]}, b.compilers - a.compilers);
  }

  /** {pid, ppid, utime + stime} of a process. */
  private static long[] stat(Path proc) {
    try {
      String st = Files.readString(proc.resolve("stat"));
      String[] f = st.substring(st.lastIndexOf(')') + 2).split(" ");
      return new long[] {Long.parseLong(proc.getFileName().toString()), Long.parseLong(f[1]),
          Long.parseLong(f[11]) + Long.parseLong(f[12])};
    } catch (IOException | RuntimeException e) {
      return null;
    }
  }

  private static long postmaster(ChatBench.Services s) {
    try {
      // The embedded one's folder, or a given PostgreSQL's (--pg-data, when it runs on this machine).
      Path data = s.pgData != null ? s.pgData
          : Files.list(s.work()).filter(p -> p.getFileName().toString().equals("pg")).findFirst().orElse(null);
      if (data == null) {
        return -1;
      }
      List<String> lines = Files.readAllLines(data.resolve("postmaster.pid"));
      return Long.parseLong(lines.get(0).trim());
    } catch (IOException | RuntimeException e) {
      return -1;
    }
  }

  /** Resident set of a process in MiB. */
  static long rssMib(long pid) {
    try {
      for (String l : Files.readAllLines(Path.of("/proc", String.valueOf(pid), "status"))) {
        if (l.startsWith("VmRSS:")) {
          return Long.parseLong(l.replaceAll("\\D", "")) / 1024;
        }
      }
    } catch (IOException ignored) {
      // gone
    }
    return -1;
  }
}
