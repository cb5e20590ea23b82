package org.ecopetition.gateway.bench;

import java.lang.reflect.Method;

/**
 * Two builds of the engine's part of a chat turn ({@link EngineDriver}) compared in one JVM, on one thread, in
 * alternating rounds (A B, then B A): thread CPU and bytes allocated a turn. Each build is loaded in a class loader
 * of its own (its classes, then these test classes, then the dependencies), so that both see the same machine at the
 * same moments. First both walk the same fresh conversations and their digests of every reply and stored state are
 * compared: a change meant to keep behaviour must print "same".
 * Arguments: classes dir A, classes dir B, test classes dir, dependency class path, rounds, turns a round.
 */
public final class EngineCpuAb {
  private EngineCpuAb() {}

  public static void main(String[] args) throws Exception {
    int rounds = Integer.parseInt(args[4]);
    int perRound = Integer.parseInt(args[5]);
    Build a = new Build(args[0], args[2], args[3]);
    Build b = new Build(args[1], args[2], args[3]);
    String da = a.digest(60, 3000);
    String db = b.digest(60, 3000);
    System.out.printf("replies and states over 3,000 turns of 60 fresh conversations: %s (A %s…, B %s…)%n",
        da.equals(db) ? "same" : "DIFFERENT", da.substring(0, 12), db.substring(0, 12));
    // Warm-up: every text read once, the JIT given time on both.
    for (int i = 0; i < 6; i++) {
      a.round(perRound);
      b.round(perRound);
    }
    double[] ua = new double[rounds];
    double[] ub = new double[rounds];
    double[] ratio = new double[rounds];
    long cpuA = 0;
    long cpuB = 0;
    long bytesA = 0;
    long bytesB = 0;
    for (int r = 0; r < rounds; r++) {
      long[] x;
      long[] y;
      if (r % 2 == 0) {
        x = a.round(perRound);
        y = b.round(perRound);
      } else {
        y = b.round(perRound);
        x = a.round(perRound);
      }
      ua[r] = x[0] / 1e3 / perRound;
      ub[r] = y[0] / 1e3 / perRound;
      ratio[r] = ua[r] / ub[r];
      cpuA += x[0];
      cpuB += y[0];
      bytesA += x[1];
      bytesB += y[1];
      System.out.printf("round %2d: A %.1f µs, B %.1f µs, A/B %.3f%n", r + 1, ua[r], ub[r], ratio[r]);
    }
    AbRounds.Interval ci = AbRounds.interval(ratio);
    System.out.printf("CPU a turn: median A %.1f µs, B %.1f µs; A/B of the totals %.3f; per round mean %.3f "
        + "(95 %% interval %.3f–%.3f), %d rounds of %d turns%n", AbRounds.median(ua), AbRounds.median(ub), cpuA / (double) cpuB,
        ci.mean(), ci.low(), ci.high(), rounds, perRound);
    System.out.printf("allocated a turn: A %.0f bytes, B %.0f bytes%n", bytesA / (double) rounds / perRound,
        bytesB / (double) rounds / perRound);
  }

  /** One build's driver, in its own class loader. */
  private static final class Build {
    private final Object driver;
    private final Method round;
    private final Method digest;

    Build(String classes, String tests, String deps) throws Exception {
      ClassLoader loader = AbRounds.loader(deps, classes, tests);
      Class<?> d = loader.loadClass("org.ecopetition.gateway.bench.EngineDriver");
      driver = d.getConstructor(int.class).newInstance(100);
      round = d.getMethod("round", int.class);
      digest = d.getMethod("digest", int.class, int.class);
    }

    long[] round(int n) throws Exception {
      return (long[]) round.invoke(driver, n);
    }

    String digest(int conversations, int turns) throws Exception {
      return (String) digest.invoke(driver, conversations, turns);
    }
  }
}
