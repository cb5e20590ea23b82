package org.ecopetition.gateway.ops;

import org.ecopetition.gateway.metrics.Metrics;

/** What the HTTP side needs to be run by operators: the metrics port, the outage state, the drain. */
public record Operations(Metrics metrics, Outage outage, Drain drain) {}
