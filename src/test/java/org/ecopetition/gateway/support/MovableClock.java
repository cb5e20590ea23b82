package org.ecopetition.gateway.support;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The suite's clock ({@link TestClock#CLOCK}) that a test can move forward, for what happens after a while (a session
 * idling out, a lock running out) without waiting for it. Given to {@code Gateway.start} like any clock.
 */
public final class MovableClock extends Clock {
  private final Clock base;
  private final AtomicReference<Duration> ahead = new AtomicReference<>(Duration.ZERO);

  public MovableClock() {
    this(TestClock.CLOCK);
  }

  public MovableClock(Clock base) {
    this.base = base;
  }

  public void advance(Duration d) {
    ahead.accumulateAndGet(d, Duration::plus);
  }

  @Override
  public Instant instant() {
    return base.instant().plus(ahead.get());
  }

  @Override
  public ZoneId getZone() {
    return base.getZone();
  }

  @Override
  public Clock withZone(ZoneId zone) {
    throw new UnsupportedOperationException("the gateway's clock is UTC");
  }
}
