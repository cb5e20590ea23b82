package org.ecopetition.gateway.nlp;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;

/**
 * The polluter finder's own cost: its model's first load, and one thread's CPU time of {@link PolluterFinder#find} (the
 * windows, as wired) on ExtractorBench's eight messages, run on every one of them (the extractor runs it only where the
 * rules name no unit). Run: {@code java -cp … PolluterFinderCost [ROUNDS] [PER]}.
 */
final class PolluterFinderCost {
  private PolluterFinderCost() {}

  public static void main(String[] args) {
    int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 5;
    int per = args.length > 1 ? Integer.parseInt(args[1]) : 40000;
    ThreadMXBean mx = ManagementFactory.getThreadMXBean();
    long c0 = mx.getCurrentThreadCpuTime();
    PolluterFinder f = PolluterFinder.bundled();
    System.out.printf("first load: %.0f ms CPU, %d features%n", (mx.getCurrentThreadCpuTime() - c0) / 1e6, f.size());
    String[] texts = ExtractorBench.MESSAGES.stream().map(m -> Normaliser.map(m).text()).toArray(String[]::new);
    int windows = 0;
    for (String t : texts) {
      windows += f.find(t, 0.0).isEmpty() ? 0 : 1; // at 0 every window read gives a span
    }
    System.out.printf("messages with a window read: %d of %d%n", windows, texts.length);
    for (int i = 0; i < per; i++) {
      f.find(texts[i % texts.length], 0.5);
    }
    for (int r = 0; r < rounds; r++) {
      long s = mx.getCurrentThreadCpuTime();
      for (int i = 0; i < per; i++) {
        f.find(texts[i % texts.length], 0.5);
      }
      System.out.printf("round %d: %.1f µs CPU a message%n", r + 1, (mx.getCurrentThreadCpuTime() - s) / 1e3 / per);
    }
  }
}
