package org.ecopetition.gateway.channel.messaging;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Messages per minute from one sender. WeChat's and the SMS platform's callbacks all come from the
 * platform's own addresses, so the limit is per OpenID or phone number (its keyed hash), never per IP.
 * Kept on each instance: a flood is spread over instances, each limiting it.
 */
public final class SenderLimits {
  private final java.util.Map<String, Integer> perMinute;
  private final Clock clock;
  private final Cache<String, AtomicInteger> counts = Caffeine.newBuilder()
      .expireAfterWrite(Duration.ofMinutes(2)).maximumSize(200_000).executor(Runnable::run).build();

  /** Messages per minute allowed from one sender, by channel. */
  public SenderLimits(java.util.Map<String, Integer> perMinute, Clock clock) {
    this.perMinute = java.util.Map.copyOf(perMinute);
    this.clock = clock;
  }

  /** Counts one message; false when the sender is over the limit this minute. */
  public boolean allow(String channel, String client) {
    long minute = clock.millis() / 60_000;
    return counts.get(client + "@" + minute, k -> new AtomicInteger()).incrementAndGet()
        <= perMinute.getOrDefault(channel, 20);
  }
}
