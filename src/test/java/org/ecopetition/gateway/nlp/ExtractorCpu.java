package org.ecopetition.gateway.nlp;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * CPU time of one extraction, measured as this thread's CPU time (not wall time) so that other processes on a
 * shared machine change it little: run by bench/extractor-cpu.sh. Messages: ExtractorBench's eight, or the
 * texts of a JSONL file given as the first argument ("text" key). Warm-up, then rounds of N extractions; prints
 * the CPU µs per extraction of each round and their median.
 */
public final class ExtractorCpu {
  private ExtractorCpu() {}

  public static void main(String[] args) throws Exception {
    List<String> messages = args.length > 0 && !args[0].isEmpty() ? texts(Path.of(args[0])) : ExtractorBench.MESSAGES;
    int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 7;
    int perRound = args.length > 2 ? Integer.parseInt(args[2]) : 20_000;
    ThreadMXBean mx = ManagementFactory.getThreadMXBean();
    HanLpExtractor x = new HanLpExtractor(Gazetteer.bundled(), Classifiers.bundled());
    long sink = 0;
    for (int i = 0; i < perRound * 2; i++) {
      sink += x.extract(messages.get(i % messages.size())).fields().size();
    }
    double[] us = new double[rounds];
    for (int r = 0; r < rounds; r++) {
      long c0 = mx.getCurrentThreadCpuTime();
      for (int i = 0; i < perRound; i++) {
        sink += x.extract(messages.get(i % messages.size())).fields().size();
      }
      us[r] = (mx.getCurrentThreadCpuTime() - c0) / 1000.0 / perRound;
      System.out.printf("round %d: %.1f µs CPU per extraction%n", r + 1, us[r]);
    }
    java.util.Arrays.sort(us);
    System.out.printf("median: %.1f µs CPU per extraction (%d messages, %d per round)%s%n", us[rounds / 2],
        messages.size(), perRound, sink == 42 ? " " : "");
  }

  private static List<String> texts(Path p) throws Exception {
    List<String> out = new ArrayList<>();
    for (String line : Files.readAllLines(p)) {
      int k = line.indexOf("\"text\"");
      if (k < 0) {
        continue;
      }
      out.add(new com.fasterxml.jackson.databind.ObjectMapper().readTree(line).get("text").asText());
    }
    return out;
  }
}
