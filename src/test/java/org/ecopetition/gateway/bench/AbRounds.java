package org.ecopetition.gateway.bench;

import java.io.File;
import java.net.URL;
import java.net.URLClassLoader;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * What the in-JVM A/B harnesses (ExtractorCpuAb, EngineCpuAb) share: a class loader of its own for each build, so
 * both see the same machine at the same moments, and the reading of their alternating rounds.
 */
public final class AbRounds {
  private AbRounds() {}

  /** The rounds' A/B ratios as a sample: their mean and an approximate 95 % interval (Student's t). */
  public record Interval(double mean, double low, double high) {}

  public static Interval interval(double[] ratio) {
    int n = ratio.length;
    double mean = Arrays.stream(ratio).average().orElse(0);
    double var = Arrays.stream(ratio).map(v -> (v - mean) * (v - mean)).sum() / Math.max(1, n - 1);
    double half = (1.96 + 2.4 / Math.max(1, n - 1)) * Math.sqrt(var / n);
    return new Interval(mean, mean - half, mean + half);
  }

  public static double median(double[] v) {
    double[] s = v.clone();
    Arrays.sort(s);
    return s[s.length / 2];
  }

  /**
   * A loader of {@code dirs} and then the class path {@code deps}, over the platform loader (so nothing of this JVM's
   * own class path leaks in); made the thread's context loader, as the libraries that look it up expect.
   */
  public static ClassLoader loader(String deps, String... dirs) throws Exception {
    List<URL> urls = new ArrayList<>();
    for (String d : dirs) {
      urls.add(new File(d).toURI().toURL());
    }
    for (String p : deps.split(File.pathSeparator)) {
      if (!p.isBlank()) {
        urls.add(new File(p).toURI().toURL());
      }
    }
    ClassLoader loader = new URLClassLoader(urls.toArray(new URL[0]), ClassLoader.getPlatformClassLoader());
    Thread.currentThread().setContextClassLoader(loader);
    return loader;
  }
}
