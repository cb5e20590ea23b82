package org.ecopetition.gateway.channel.wechat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How long work waited for a pool (the database's connections, the NLP workers) during a phase of a bench: Vert.x's
 * own pool metrics (`vertx_pool_queue_time_seconds`, `vertx_pool_usage_seconds`) read from the gateway's /metrics
 * before and after. Counters only: a phase's waits are the difference of the sums and counts.
 */
final class PoolWaits {
  private static final Pattern LINE = Pattern.compile(
      "^vertx_pool_(queue_time|usage)_seconds_(sum|count)\\{([^}]*)\\} ([0-9.eE+-]+)$", Pattern.MULTILINE);
  private static final Pattern NAME = Pattern.compile("pool_name=\"([^\"]*)\"");
  private static final Pattern TYPE = Pattern.compile("pool_type=\"([^\"]*)\"");
  private static final HttpClient HTTP = HttpClient.newHttpClient();

  private PoolWaits() {}

  /** pool type/name + metric → value, now; empty when the metrics port is off or does not answer. */
  static Map<String, Double> snapshot(int metricsPort) {
    Map<String, Double> out = new TreeMap<>();
    if (metricsPort <= 0) {
      return out;
    }
    try {
      String body = HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + metricsPort + "/metrics")).build(),
          HttpResponse.BodyHandlers.ofString()).body();
      Matcher m = LINE.matcher(body);
      while (m.find()) {
        Matcher n = NAME.matcher(m.group(3));
        Matcher t = TYPE.matcher(m.group(3));
        String pool = (t.find() ? t.group(1) : "?") + "/" + (n.find() ? n.group(1) : "?");
        out.merge(pool + " " + m.group(1) + "_" + m.group(2), Double.parseDouble(m.group(4)), Double::sum);
      }
    } catch (Exception e) {
      // No figure: the bench goes on.
    }
    return out;
  }

  /** One line per pool used between the two snapshots: acquisitions, mean wait for a resource, mean time held. */
  static String between(Map<String, Double> before, Map<String, Double> after) {
    StringBuilder s = new StringBuilder();
    for (String key : after.keySet()) {
      if (!key.endsWith(" queue_time_count")) {
        continue;
      }
      String pool = key.substring(0, key.length() - " queue_time_count".length());
      double n = d(after, key) - d(before, key);
      if (n <= 0) {
        continue;
      }
      double wait = (d(after, pool + " queue_time_sum") - d(before, pool + " queue_time_sum")) / n;
      double un = d(after, pool + " usage_count") - d(before, pool + " usage_count");
      double held = un <= 0 ? 0 : (d(after, pool + " usage_sum") - d(before, pool + " usage_sum")) / un;
      s.append(String.format("%s%s: %.0f acquired, waited %.2f ms on average, held %.2f ms", s.length() == 0 ? "" : "; ",
          pool, n, wait * 1000, held * 1000));
    }
    return s.length() == 0 ? "(no pool metrics)" : s.toString();
  }

  private static double d(Map<String, Double> m, String k) {
    return m.getOrDefault(k, 0.0);
  }
}
