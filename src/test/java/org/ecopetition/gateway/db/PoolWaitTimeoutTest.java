package org.ecopetition.gateway.db;

import static org.assertj.core.api.Assertions.assertThat;

import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.VertxOptions;
import io.vertx.pgclient.PgBuilder;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.PoolOptions;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.ecopetition.gateway.support.TestPostgres;
import org.junit.jupiter.api.Test;

/**
 * Waits for a pooled connection that time out, as under the WeChat benchmark's queued load: a pool of one connection,
 * waits of ten milliseconds, callers on four event loops. Vert.x 5.0.7 then sometimes reports an
 * {@code IllegalStateException: Promise already completed} from its own pool (the wait's timer fails an acquisition
 * that the pool had already given a connection: eclipse-vertx/vertx-sql-client#1567, vert.x#6169); this test shows that
 * it is Vert.x's alone: every caller of ours gets exactly one outcome, the pool stays usable, and what Vert.x reports is
 * recognised by {@link PoolRaceReport} so that the gateway logs it for what it is.
 */
class PoolWaitTimeoutTest {

  @Test
  void poolWaitsThatTimeOutGiveEachCallerOneOutcomeAndTheRaceIsVertxsOwn() {
    ConcurrentLinkedQueue<Throwable> reported = new ConcurrentLinkedQueue<>();
    Vertx vertx = Vertx.vertx(new VertxOptions().setEventLoopPoolSize(4));
    vertx.exceptionHandler(reported::add);
    PgUrl url = PgUrl.parse(TestPostgres.freshDatabaseUrl());
    Pool pool = PgBuilder.pool().with(new PoolOptions().setMaxSize(1).setShared(false).setEventLoopSize(4)
            .setConnectionTimeout(10).setConnectionTimeoutUnit(TimeUnit.MILLISECONDS))
        .connectingTo(url.connectOptions()).using(vertx).build();
    try {
      AtomicInteger outcomes = new AtomicInteger();
      AtomicInteger timedOut = new AtomicInteger();
      int rounds = 6;
      int callers = 200;
      for (int round = 0; round < rounds; round++) {
        List<Future<Void>> all = new ArrayList<>();
        for (int i = 0; i < callers; i++) {
          // Each call from this (non-Vert.x) thread gets a new context, spread over the four event loops.
          all.add(Future.<Void>future(p -> vertx.getOrCreateContext().runOnContext(v -> pool
                  .withConnection(c -> c.query("SELECT 1").execute())
                  .onComplete(ar -> {
                    outcomes.incrementAndGet();
                    if (ar.failed()) {
                      timedOut.incrementAndGet();
                    }
                    p.complete();
                  }))));
        }
        Future.all(all).await();
      }
      assertThat(outcomes).hasValue(rounds * callers);
      assertThat(timedOut.get()).isPositive();
      // The pool is whole afterwards: its one connection serves again (a wait of 2 ms may still lose to a reconnect).
      Integer two = null;
      for (int i = 0; i < 200 && two == null; i++) {
        two = pool.query("SELECT 2").execute().map(rows -> rows.iterator().next().getInteger(0))
            .otherwiseEmpty().await();
      }
      assertThat(two).isEqualTo(2);
      // Whatever Vert.x reported on its own is the known race, and nothing of ours.
      for (Throwable t : reported) {
        assertThat(PoolRaceReport.isKnownPoolRace(t)).as(t.toString()).isTrue();
      }
      System.out.printf("pool waits: %d of %d timed out; Vert.x reported its pool race %d time(s)%n", timedOut.get(),
          outcomes.get(), reported.size());
    } finally {
      pool.close().await();
      vertx.close().await();
    }
  }

  @Test
  void theKnownRaceIsRecognisedByWhereItIsThrownAndNothingElse() {
    IllegalStateException race = new IllegalStateException("Promise already completed");
    race.setStackTrace(new StackTraceElement[] {
        new StackTraceElement("io.vertx.core.Promise", "fail", "Promise.java", 110),
        new StackTraceElement("io.vertx.sqlclient.impl.pool.SqlConnectionPool$1PoolRequest", "lambda$onEnqueue$1",
            "SqlConnectionPool.java", 259)});
    assertThat(PoolRaceReport.isKnownPoolRace(race)).isTrue();
    IllegalStateException ours = new IllegalStateException("Promise already completed");
    ours.setStackTrace(new StackTraceElement[] {
        new StackTraceElement("io.vertx.core.Promise", "fail", "Promise.java", 110),
        new StackTraceElement("org.ecopetition.gateway.Something", "run", "Something.java", 1)});
    assertThat(PoolRaceReport.isKnownPoolRace(ours)).isFalse();
    assertThat(PoolRaceReport.isKnownPoolRace(new IllegalStateException("other"))).isFalse();
  }
}
