package org.ecopetition.gateway.bench;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Where the gateway's turns spent their time in a window, by the gateway's own clock (its /metrics, read at the window's
 * start and end): waiting for the nlp pool and extracting, waiting in the group commit's queue, inside their batch
 * (batches of ordinary turns only, or with a turn that ran statements or pool work of its own), and the whole turn with
 * the share over 250 ms and 1 s. Issue 16's latency tail: which of these parts the slow turns' time is in.
 */
final class TurnTimes {
  private final Map<String, Double> values = new HashMap<>();

  private TurnTimes() {}

  static TurnTimes read(ChatBench.Services s) {
    TurnTimes t = new TurnTimes();
    try {
      for (String line : s.metrics().split("\n")) {
        if (line.startsWith("#") || line.isBlank()) {
          continue;
        }
        int sp = line.lastIndexOf(' ');
        try {
          t.values.put(line.substring(0, sp), Double.parseDouble(line.substring(sp + 1)));
        } catch (NumberFormatException ignored) {
          // not a sample
        }
      }
    } catch (Exception unread) {
      // no figures: the line is left out
    }
    return t;
  }

  private double d(TurnTimes before, String key) {
    return values.getOrDefault(key, 0.0) - before.values.getOrDefault(key, 0.0);
  }

  /** Mean ms of a timer over the window, and its count. */
  private double[] mean(TurnTimes before, String name, String labels) {
    double n = d(before, name + "_seconds_count" + labels);
    double sum = d(before, name + "_seconds_sum" + labels);
    return new double[] {n <= 0 ? 0 : 1000 * sum / n, n};
  }

  /** The share of a timer's events over {@code le} seconds in the window (its SLO buckets). */
  private double over(TurnTimes before, String name, String labels, String le) {
    String inner = labels.isEmpty() ? "" : labels.substring(1, labels.length() - 1) + ",";
    double n = d(before, name + "_seconds_count" + labels);
    double under = d(before, name + "_seconds_bucket{" + inner + "le=\"" + le + "\"}");
    return n <= 0 ? 0 : (n - under) / n;
  }

  /** One line, or "" when the gateway did not say (an older jar has no batch timers). */
  String since(TurnTimes before) {
    double[] turn = mean(before, "gateway_turns", "{channel=\"webchat\",outcome=\"ok\",transport=\"ws\"}");
    double[] queued = mean(before, "gateway_turns_batch_queued", "");
    if (turn[1] <= 0 || queued[1] <= 0) {
      return "";
    }
    double[] nlpWait = mean(before, "vertx_pool_queue_time", "{pool_name=\"nlp\",pool_type=\"worker\"}");
    double[] extraction = mean(before, "gateway_extraction", "");
    double[] ordinary = mean(before, "gateway_turns_batch_time", "{kind=\"ordinary\"}");
    double[] mixed = mean(before, "gateway_turns_batch_time", "{kind=\"mixed\"}");
    String tl = "{channel=\"webchat\",outcome=\"ok\",transport=\"ws\"}";
    return String.format(Locale.ROOT, "gateway's clock, mean ms a turn: whole %.1f (over 250 ms %.1f %%, over 1 s %.2f %%);"
        + " nlp pool wait %.1f + extraction %.1f (%.2f a turn); group commit queue %.1f (over 250 ms %.1f %%);"
        + " batch %.1f for turns in ordinary batches (%.0f %% of turns; over 250 ms %.1f %%), %.1f in mixed ones"
        + " (over 250 ms %.1f %%); turns sent on to the next batch behind a registration %.3f a turn",
        turn[0], 100 * over(before, "gateway_turns", tl, "0.25"), 100 * over(before, "gateway_turns", tl, "1.0"),
        nlpWait[0], extraction[0], extraction[1] / turn[1], queued[0],
        100 * over(before, "gateway_turns_batch_queued", "", "0.25"), ordinary[0],
        100 * ordinary[1] / Math.max(1, ordinary[1] + mixed[1]),
        100 * over(before, "gateway_turns_batch_time", "{kind=\"ordinary\"}", "0.25"), mixed[0],
        100 * over(before, "gateway_turns_batch_time", "{kind=\"mixed\"}", "0.25"),
        d(before, "gateway_turns_batch_deferred_total") / turn[1]);
  }
}
