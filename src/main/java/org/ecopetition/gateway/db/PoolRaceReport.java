package org.ecopetition.gateway.db;

import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What Vert.x reports as unhandled on its event loops, logged as Vert.x does (error, with the stack) except for one
 * known race in Vert.x 5.0's SQL pool: when a wait for a connection times out just as the pool hands that waiter a
 * connection, the wait's timer fails an acquisition already completed and Vert.x reports
 * {@code IllegalStateException: Promise already completed} from {@code SqlConnectionPool} (eclipse-vertx/vertx-sql-client
 * #1567; the pool's waiter is not marked disposed when a recycled connection is handed to it, vert.x #6169, fixed in 5.1.3
 * and not in the 5.0.7 the BOM gives). The caller got its connection and one outcome (PoolWaitTimeoutTest), so it is
 * counted and logged as that, one line without a stack trace, instead of an alarming error.
 */
public final class PoolRaceReport {
  private static final Logger LOG = LoggerFactory.getLogger(PoolRaceReport.class);
  private static final AtomicLong RACES = new AtomicLong();

  private PoolRaceReport() {}

  /** The Vert.x instance's exception handler. */
  public static void report(Throwable err) {
    if (isKnownPoolRace(err)) {
      LOG.warn("Vert.x SQL pool: a timed-out connection wait completed twice (vertx-sql-client#1567, harmless: the "
          + "waiter had its connection); {} so far", RACES.incrementAndGet());
      return;
    }
    LOG.error("Unhandled exception", err);
  }

  /** Vert.x's own pool race, thrown from its pool with no frame of the gateway's in it. */
  static boolean isKnownPoolRace(Throwable err) {
    if (!(err instanceof IllegalStateException) || !"Promise already completed".equals(err.getMessage())) {
      return false;
    }
    boolean pool = false;
    for (StackTraceElement f : err.getStackTrace()) {
      if (f.getClassName().startsWith("org.ecopetition.")) {
        return false;
      }
      pool |= f.getClassName().startsWith("io.vertx.sqlclient.impl.pool.SqlConnectionPool");
    }
    return pool;
  }
}
