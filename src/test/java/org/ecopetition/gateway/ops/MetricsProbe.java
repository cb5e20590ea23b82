package org.ecopetition.gateway.ops;

import org.ecopetition.gateway.Gateway;

/** A gateway's own metric, read from its registry (what /metrics would show). */
public final class MetricsProbe {
  private MetricsProbe() {}

  public static double value(Gateway g, String series) {
    return MetricsEndpointTest.value(g.metrics().scrape(), series);
  }
}
