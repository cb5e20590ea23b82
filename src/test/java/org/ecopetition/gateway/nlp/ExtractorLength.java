package org.ecopetition.gateway.nlp;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.List;

/**
 * Whether an extraction's cost grows linearly with the text's length: letters of about 100 to 4,000 characters made by
 * joining ExtractorBench's messages (each a different rotation, so that no two letters are the same text), and the
 * thread's CPU time and bytes allocated per extraction and per 100 characters for each length.
 * {@code java -cp target/test-classes:target/classes:$(cat target/bench.classpath) org.ecopetition.gateway.nlp.ExtractorLength [ms per length]}
 */
public final class ExtractorLength {
  private ExtractorLength() {}

  public static void main(String[] args) {
    long budgetMs = args.length > 0 ? Long.parseLong(args[0]) : 4000;
    ThreadMXBean mx = ManagementFactory.getThreadMXBean();
    com.sun.management.ThreadMXBean alloc = (com.sun.management.ThreadMXBean) mx;
    HanLpExtractor x = new HanLpExtractor(Gazetteer.bundled(), Classifiers.bundled());
    List<String> m = ExtractorBench.MESSAGES;
    long sink = 0;
    for (int i = 0; i < 40_000; i++) {
      sink += x.extract(m.get(i % m.size())).fields().size(); // the JIT settled on the bench's messages first
    }
    for (int length : new int[] {100, 200, 400, 800, 1600, 3200, 4000}) {
      List<String> letters = new ArrayList<>();
      for (int r = 0; r < m.size(); r++) {
        StringBuilder s = new StringBuilder();
        for (int k = 0; s.length() < length; k++) {
          s.append(m.get((r + k) % m.size()));
        }
        letters.add(s.substring(0, length));
      }
      for (int i = 0; i < 200_000 / length + 8; i++) {
        sink += x.extract(letters.get(i % letters.size())).fields().size(); // warm-up
      }
      long c0 = mx.getCurrentThreadCpuTime();
      long a0 = alloc.getThreadAllocatedBytes(Thread.currentThread().getId());
      int n = 0;
      while ((mx.getCurrentThreadCpuTime() - c0) / 1_000_000 < budgetMs || n < 8) {
        sink += x.extract(letters.get(n++ % letters.size())).fields().size();
      }
      double us = (mx.getCurrentThreadCpuTime() - c0) / 1000.0 / n;
      double bytes = (alloc.getThreadAllocatedBytes(Thread.currentThread().getId()) - a0) / (double) n;
      System.out.printf("%5d chars: %9.1f µs CPU, %9.0f bytes per extraction; per 100 chars %6.1f µs, %7.0f bytes (%d extractions)%n",
          length, us, bytes, us * 100 / length, bytes * 100 / length, n);
    }
    System.out.println(sink == 42 ? " " : "");
  }
}
