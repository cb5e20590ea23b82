package org.ecopetition.gateway.nlp;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.lang.reflect.Method;
import java.util.List;
import org.ecopetition.gateway.bench.AbRounds;

/**
 * Two builds of the extractor compared in one JVM, on one thread, in alternating short rounds: the CPU time
 * of this thread per extraction for each (run by bench/extractor-cpu.sh with BASE set). Each build is loaded
 * in a class loader of its own (its classes and the dependencies), so that both see the same machine at
 * the same moments: on a shared, loaded machine a before/after taken in separate runs minutes apart
 * measures the neighbours as much as the change.
 * Arguments: classes dir A, classes dir B, dependency class path, rounds, extractions per round.
 */
public final class ExtractorCpuAb {
  private ExtractorCpuAb() {}

  public static void main(String[] args) throws Exception {
    String deps = args[2];
    int rounds = Integer.parseInt(args[3]);
    int perRound = Integer.parseInt(args[4]);
    List<String> messages = ExtractorBench.MESSAGES;
    Build a = new Build(args[0], deps);
    Build b = new Build(args[1], deps);
    ThreadMXBean mx = ManagementFactory.getThreadMXBean();
    for (int i = 0; i < perRound * 3; i++) {
      a.extract(messages.get(i % messages.size()));
      b.extract(messages.get(i % messages.size()));
    }
    double[] ua = new double[rounds];
    double[] ub = new double[rounds];
    double[] ratio = new double[rounds];
    double sumA = 0;
    double sumB = 0;
    for (int r = 0; r < rounds; r++) {
      // A then B, then B then A: neither build always runs on the heels of the other
      if (r % 2 == 0) {
        ua[r] = a.round(mx, messages, perRound);
        ub[r] = b.round(mx, messages, perRound);
      } else {
        ub[r] = b.round(mx, messages, perRound);
        ua[r] = a.round(mx, messages, perRound);
      }
      ratio[r] = ua[r] / ub[r];
      sumA += ua[r];
      sumB += ub[r];
      System.out.printf("round %2d: A %.1f µs, B %.1f µs, A/B %.2f%n", r + 1, ua[r], ub[r], ratio[r]);
    }
    System.out.printf("median CPU per extraction: A %.1f µs, B %.1f µs; A/B: median per round %.2f, of the totals %.2f"
        + " (%d rounds of %d)%n", AbRounds.median(ua), AbRounds.median(ub), AbRounds.median(ratio), sumA / sumB, rounds, perRound);
    // The rounds' ratios as a sample: their mean and an approximate 95 % interval, which says whether the difference
    // is the builds' or the machine's.
    AbRounds.Interval ci = AbRounds.interval(ratio);
    System.out.printf("A/B per round: mean %.3f, 95 %% interval %.3f–%.3f%n", ci.mean(), ci.low(), ci.high());
    // Bytes allocated per extraction: a count of the work done that other processes do not change.
    System.out.printf("allocated per extraction: A %.0f bytes, B %.0f bytes%n", a.allocated / (double) a.extractions,
        b.allocated / (double) b.extractions);
  }

  /** One build's extractor, in its own class loader. */
  private static final class Build {
    private final Object extractor;
    private final Method extract;
    private long sink;
    private long allocated;
    private long extractions;

    Build(String classes, String deps) throws Exception {
      ClassLoader loader = AbRounds.loader(deps, classes);
      Class<?> g = loader.loadClass("org.ecopetition.gateway.nlp.Gazetteer");
      Class<?> c = loader.loadClass("org.ecopetition.gateway.nlp.Classifiers");
      Class<?> x = loader.loadClass("org.ecopetition.gateway.nlp.HanLpExtractor");
      extractor = x.getConstructor(g, c).newInstance(g.getMethod("bundled").invoke(null), c.getMethod("bundled").invoke(null));
      extract = x.getMethod("extract", String.class);
    }

    void extract(String text) throws Exception {
      sink += extract.invoke(extractor, text) != null ? 1 : 0;
    }

    double round(ThreadMXBean mx, List<String> messages, int n) throws Exception {
      com.sun.management.ThreadMXBean bytes = (com.sun.management.ThreadMXBean) mx;
      long a0 = bytes.getCurrentThreadAllocatedBytes();
      long c0 = mx.getCurrentThreadCpuTime();
      for (int i = 0; i < n; i++) {
        extract(messages.get(i % messages.size()));
      }
      double us = (mx.getCurrentThreadCpuTime() - c0) / 1000.0 / n;
      allocated += bytes.getCurrentThreadAllocatedBytes() - a0;
      extractions += n;
      return us;
    }
  }
}
