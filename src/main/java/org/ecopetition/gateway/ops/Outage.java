package org.ecopetition.gateway.ops;

import io.vertx.core.Vertx;
import io.vertx.pgclient.PgException;
import io.vertx.sqlclient.ClosedConnectionException;
import io.vertx.sqlclient.Pool;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.UnknownHostException;
import java.nio.channels.ClosedChannelException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import org.ecopetition.gateway.metrics.Metrics;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The database is away: requests are answered 503 with Retry-After instead of 500 and a stack trace each,
 * and the log says so once when the outage starts and once when a probe (every second) finds the database
 * again, with how long it lasted and how many answers it cost.
 */
public final class Outage {
  private static final Logger LOG = LoggerFactory.getLogger(Outage.class);

  private final Vertx vertx;
  private final Pool pool;
  private final int retryAfterSeconds;
  private final Metrics metrics;
  private final AtomicBoolean down = new AtomicBoolean();
  private final AtomicLong refused = new AtomicLong();
  private volatile long since;

  public Outage(Vertx vertx, Pool pool, int retryAfterSeconds, Metrics metrics) {
    this.vertx = vertx;
    this.pool = pool;
    this.retryAfterSeconds = Math.max(1, retryAfterSeconds);
    this.metrics = metrics;
  }

  /**
   * Whether a failure means the database cannot be reached (no connection, a connection lost, the server
   * shutting down or refusing connections), looking through the causes.
   */
  public static boolean isUnavailable(Throwable failure) {
    for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
      if (t instanceof ConnectException || t instanceof ClosedConnectionException || t instanceof NoRouteToHostException
          || t instanceof UnknownHostException || t instanceof ClosedChannelException
          || t instanceof io.netty.channel.ConnectTimeoutException) {
        return true;
      }
      if (t instanceof PgException pg && pg.getSqlState() != null) {
        String s = pg.getSqlState();
        // 08: connection exception; 57P01-03: admin/crash shutdown, cannot connect now; 53300: too many connections
        if (s.startsWith("08") || s.equals("57P01") || s.equals("57P02") || s.equals("57P03") || s.equals("53300")) {
          return true;
        }
      }
      if (t instanceof io.vertx.core.VertxException && t.getMessage() != null
          && (t.getMessage().contains("Connection refused") || t.getMessage().startsWith("Connection closed"))) {
        return true;
      }
    }
    return false;
  }

  /**
   * Reports a failure: true when it is the database being away (the caller answers 503 with
   * {@link #retryAfterSeconds()}); the first one of an outage is logged, the others only counted.
   */
  public boolean report(Throwable failure) {
    if (!isUnavailable(failure)) {
      return false;
    }
    refused.incrementAndGet();
    metrics.refusedUnavailable();
    if (down.compareAndSet(false, true)) {
      since = System.nanoTime();
      // The failure's kind and message only: connection errors carry addresses, never row values.
      LOG.error("database unavailable ({}: {}): answering 503 with Retry-After {} s until it answers again",
          rootOf(failure).getClass().getSimpleName(), rootOf(failure).getMessage(), retryAfterSeconds);
      vertx.setPeriodic(1_000, 1_000, this::probe);
    }
    return true;
  }

  private void probe(long timer) {
    pool.query("SELECT 1").execute().onSuccess(rows -> {
      if (down.compareAndSet(true, false)) {
        vertx.cancelTimer(timer);
        LOG.info("database available again after {} s; {} answers were 503 meanwhile",
            TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - since), refused.getAndSet(0));
      }
    });
  }

  private static Throwable rootOf(Throwable t) {
    Throwable r = t;
    while (r.getCause() != null && r.getCause() != r) {
      r = r.getCause();
    }
    return r;
  }

  public boolean down() {
    return down.get();
  }

  public int retryAfterSeconds() {
    return retryAfterSeconds;
  }
}
