package org.ecopetition.gateway.inbound;

import io.vertx.core.Future;
import java.time.Duration;
import java.time.Instant;

/** Callbacks taken once across every instance: a platform's retry of a message finds it taken. */
public interface Deduplication {
  /**
   * True when this caller takes the callback: first seen, or seen over {@code retakeAfter} ago and never
   * finished (an instance died with it). False: another caller has it.
   */
  Future<Boolean> claim(String channel, String key, Instant now, Duration retakeAfter);
}
