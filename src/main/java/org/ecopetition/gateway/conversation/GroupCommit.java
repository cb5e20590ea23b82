package org.ecopetition.gateway.conversation;

import io.vertx.core.Context;
import io.vertx.core.Future;
import io.vertx.core.Promise;
import io.vertx.core.Vertx;
import io.vertx.sqlclient.SqlConnection;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.ecopetition.gateway.config.GatewayConfig;
import org.ecopetition.gateway.metrics.Metrics;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Group commit of turns (issue 16 §2): the turns of many conversations that arrive within a short window share one
 * transaction on one connection, so one fsync and one commit serve them all. In the batch, per turn in the
 * conversations' id order (two instances' crossing batches cannot deadlock on their locks): a savepoint and the turn's
 * own code, whose first statement takes the conversation's row lock with its read ({@link TurnCommit.Step}: the owner
 * read under the lock, as alone); a turn that fails is rolled back to its
 * savepoint and fails alone, and is tried once more in a transaction of its own. A turn's result is given — and so
 * acknowledged and sent — only after the batch's COMMIT. A conversation's next turn waits until its previous one is
 * done, so a batch holds at most one turn per conversation and the conversation's order is kept: the turns waiting
 * behind one are a queue of their own, taken one at a time as each is done — never a chain of futures, which would
 * fail recursively all at once (a StackOverflowError when thousands waited and the pool closed). Durability is
 * PostgreSQL's as configured (fsync, synchronous_commit on): a COMMIT returns once the batch is on disk. A batch ends
 * at a turn that registered a case (the day's case-serial row is then held only to its COMMIT, not through the batch's
 * later turns), and its events are NOTIFYed after its COMMIT (V34: a COMMIT that NOTIFYs holds PostgreSQL's
 * cluster-wide notify lock through its flush, so the batches in flight would flush one after another).
 */
final class GroupCommit implements TurnCommit {
  private static final Logger LOG = LoggerFactory.getLogger(GroupCommit.class);

  private final Vertx vertx;
  private final PgConversationRepository repo;
  private final TurnCommit alone;
  private final GatewayConfig.GroupCommit cfg;
  private final Metrics metrics;
  /** Turns given to their caller on its own thread without a hop (tests). */
  final java.util.concurrent.atomic.AtomicLong hopsSaved = new java.util.concurrent.atomic.AtomicLong();
  /** Guarded by this: turns ready to go, the batches committing, whether a window's timer is armed. */
  private final ArrayDeque<Pending> ready = new ArrayDeque<>();
  private int inFlight;
  private boolean armed;
  /**
   * Guarded by this: each conversation with a turn in a batch or ready, and the turns waiting behind that one, in
   * order (empty: none waits).
   */
  private final Map<UUID, ArrayDeque<Pending>> behind = new HashMap<>();
  /** Guarded by this: a flush is running (on some thread), and whether it must look at the queue again. */
  private boolean flushing;
  private boolean flushAgain;

  GroupCommit(Vertx vertx, PgConversationRepository repo, TurnCommit alone, GatewayConfig.GroupCommit cfg,
      Metrics metrics) {
    this.vertx = vertx;
    this.repo = repo;
    this.alone = alone;
    this.cfg = cfg;
    this.metrics = metrics;
  }

  private record Pending(UUID id, TurnCommit.Step turn, Promise<Received> done, Context context) {}

  /**
   * The turn's outcome to its caller, on the caller's context (its socket's event loop); then the conversation's next
   * waiting turn is made ready (after the caller's handlers: they see this turn's result first).
   */
  private void complete(Pending p, Received r, Throwable err) {
    Runnable give = () -> {
      try {
        if (err == null) {
          p.done().complete(r);
        } else {
          p.done().fail(err);
        }
      } finally {
        next(p.id());
      }
    };
    // On the caller's thread already (the batch's connection answers on the event loop it was taken on, often the
    // socket's): given at once, as the caller's context, not queued behind the loop's other tasks for one more hop.
    if (p.context() == null) {
      give.run();
    } else if (p.context() instanceof io.vertx.core.internal.ContextInternal c && c.inThread()) {
      c.emit(v -> give.run());
      hopsSaved.incrementAndGet();
    } else {
      p.context().runOnContext(v -> give.run());
    }
  }

  @Override
  public Future<Received> run(UUID conversation, TurnCommit.Step turn) {
    Pending p = new Pending(conversation, turn, Promise.promise(), Vertx.currentContext());
    boolean first;
    synchronized (this) {
      ArrayDeque<Pending> waiting = behind.get(conversation);
      first = waiting == null;
      if (first) {
        behind.put(conversation, new ArrayDeque<>());
      } else {
        waiting.add(p);
      }
    }
    if (first) {
      enqueue(p);
    }
    return p.done().future();
  }

  /** The conversation's turn is done: its next waiting turn, if any, is ready now. */
  private void next(UUID conversation) {
    Pending n;
    synchronized (this) {
      ArrayDeque<Pending> waiting = behind.get(conversation);
      n = waiting == null ? null : waiting.poll();
      if (n == null) {
        behind.remove(conversation);
      }
    }
    if (n != null) {
      enqueue(n);
    }
  }

  private void enqueue(Pending p) {
    boolean now;
    boolean arm = false;
    synchronized (this) {
      ready.add(p);
      now = ready.size() >= cfg.maxTurns();
      if (!now && !armed) {
        armed = arm = true;
      }
    }
    if (now) {
      flush();
    } else if (arm) {
      if (cfg.windowMillis() == 0) {
        vertx.runOnContext(v -> timerFired());
      } else {
        vertx.setTimer(cfg.windowMillis(), t -> timerFired());
      }
    }
  }

  private void timerFired() {
    synchronized (this) {
      armed = false;
    }
    flush();
  }

  /**
   * Starts as many batches as the queue fills and the in-flight bound allows. One flush at a time: a flush asked for
   * while one runs (a batch that failed at once and made the next turns ready, on this thread or another) is done by
   * the running one's loop, so failures never recurse through here.
   */
  private void flush() {
    synchronized (this) {
      if (flushing) {
        flushAgain = true;
        return;
      }
      flushing = true;
    }
    while (true) {
      List<Pending> batch;
      synchronized (this) {
        if (ready.isEmpty() || inFlight >= cfg.batchesInFlight()) {
          if (flushAgain) {
            flushAgain = false;
            continue;
          }
          flushing = false;
          return;
        }
        flushAgain = false;
        batch = new ArrayList<>(Math.min(ready.size(), cfg.maxTurns()));
        while (!ready.isEmpty() && batch.size() < cfg.maxTurns()) {
          batch.add(ready.poll());
        }
        inFlight++;
      }
      commit(batch).onComplete(ar -> {
        synchronized (this) {
          inFlight--;
        }
        // Turns that queued while every batch was committing go now, without another window.
        flush();
      });
    }
  }

  /** What a turn came to in the batch: its result, or its failure. */
  private record Outcome(Pending p, Received result, Throwable failure) {}

  /**
   * The batch's last turn so far registered a case: it holds the day's case-serial row (V1), which every other
   * registration, in any batch of any instance, waits for until this transaction ends. So the batch commits now, and
   * its turns not yet run go to the next batch: the row is held for the rest of one turn and a COMMIT, not for the
   * batch's later turns (measured: waits of a whole batch, 27 ms to seconds, on the registrations behind it). The
   * numbers stay dense and unique: the serial is still taken in the transaction that stores the case.
   */
  private static boolean tookCaseNumber(List<Outcome> outcomes) {
    if (outcomes.isEmpty()) {
      return false;
    }
    Outcome last = outcomes.get(outcomes.size() - 1);
    return last.failure() == null && last.result() != null && !last.result().duplicate()
        && last.result().messages().stream().anyMatch(m -> m.receipt() != null);
  }

  private Future<Void> commit(List<Pending> unordered) {
    // The turns in their conversations' id order: each takes its conversation's lock in that order, so that two
    // instances' crossing batches cannot deadlock on them.
    List<Pending> batch = new ArrayList<>(unordered);
    batch.sort(java.util.Comparator.comparing(Pending::id));
    return repo.pool().getConnection().compose(conn -> {
      List<Outcome> outcomes = new ArrayList<>();
      // A batch of one turn needs no savepoint (a statement and a subtransaction less): its failure rolls back the
      // whole transaction, which then has nothing to commit.
      boolean single = batch.size() == 1;
      int n = batch.size();
      // Each turn starts when the one before it has sent its last statement (it says so: TurnCommit.Step), or is done:
      // its savepoint and its lock with its first read then share a round trip with the previous turn's writes, and its code runs
      // while PostgreSQL executes them — an ordinary turn costs the batch one round trip instead of two. The first turn
      // waits for BEGIN's answer: a statement sent after a BEGIN that failed would run, and commit, alone.
      List<Promise<Void>> go = new ArrayList<>(n);
      List<Future<Void>> marks = new ArrayList<>(n);
      List<Future<Outcome>> runs = new ArrayList<>(n);
      // Once the batch has failed, no further turn starts (its statements could follow the ROLLBACK and commit alone).
      boolean[] closing = {false};
      // Once a turn registered a case, no further turn starts either: the batch commits (tookCaseNumber), and the turns
      // not run go to the next batch.
      boolean[] ending = {false};
      List<Pending> deferred = new ArrayList<>();
      for (int i = 0; i < n; i++) {
        go.add(Promise.promise());
        marks.add(null);
      }
      for (int i = 0; i < n; i++) {
        int k = i;
        Pending p = batch.get(k);
        Runnable sent = k + 1 < n ? () -> go.get(k + 1).tryComplete() : () -> { };
        // The savepoint is not waited for: the turn's first statement, which takes the lock (TurnCommit.Step), follows
        // it on the connection in order, so the two share a round trip. If it failed, so does the turn. The lock is taken inside the turn's
        // savepoint, by the subtransaction that then updates the row: a lock held by the batch's top transaction and
        // an update by a subtransaction would make PostgreSQL record both in a MultiXact on every turn (two or three
        // per turn, each written to the WAL and to pg_multixact, and read back by every later look at the row). A
        // turn rolled back to its savepoint releases its lock.
        // The lock is taken only if free (NOWAIT): a batch that holds rows of its earlier turns (a registration holds
        // the day's case-serial row) must never wait for a conversation another transaction holds, which could be
        // waiting for those rows — a deadlock PostgreSQL breaks only after a second. A turn whose conversation is
        // held elsewhere fails in the batch and is tried again alone after the commit, where it waits its turn.
        runs.add(go.get(k).future().compose(v -> {
          if (closing[0]) {
            return Future.succeededFuture(new Outcome(p, null, new IllegalStateException("the batch failed")));
          }
          if (ending[0]) {
            deferred.add(p);
            return Future.succeededFuture(null);
          }
          // The first turn's savepoint came with the batch's BEGIN, whose answer it waited for.
          Future<Void> mark = single || k == 0 ? Future.succeededFuture() : repo.savepoint(conn);
          marks.set(k, mark);
          return turnIn(conn, p, mark, sent);
        }));
      }
      // The batch's events are NOTIFYed after its COMMIT (V34): a COMMIT that NOTIFYs holds PostgreSQL's notify lock
      // through its flush, and would make the batches in flight flush one after another.
      Future<Void> chain = repo.beginNotifyingAfter(conn, !single).onSuccess(v -> go.get(0).complete());
      for (int i = 0; i < n; i++) {
        int k = i;
        chain = chain.compose(v -> runs.get(k)).compose(o -> {
          Promise<Void> next = k + 1 < n ? go.get(k + 1) : Promise.promise();
          if (o == null) {
            // Deferred to the next batch.
            next.tryComplete();
            return Future.<Void>succeededFuture();
          }
          outcomes.add(o);
          if (o.failure() == null) {
            // A registering turn never lets the next start behind it (ConversationService), so none has yet.
            ending[0] = tookCaseNumber(outcomes);
            next.tryComplete();
            return Future.<Void>succeededFuture();
          }
          // The next turn may have started behind this one's last statements. Its savepoint tells what happened: it
          // failed — this turn's failure aborted the transaction, nothing of the next ran, and the savepoint still
          // holding is this turn's, which the rollback undoes alone (the next turn fails too and is tried alone);
          // it succeeded — this turn failed after its writes (in the gateway) and its savepoint was released with
          // them: only the whole batch can undo them, so it fails and every turn is tried again alone.
          Future<Void> nextMark = k + 1 < n ? marks.get(k + 1) : null;
          Future<Void> undo = (nextMark == null ? Future.<Void>succeededFuture() : nextMark.transform(ar -> ar.succeeded()
                  ? Future.<Void>failedFuture(new IllegalStateException("a failed turn's savepoint was released"))
                  : Future.<Void>succeededFuture()))
              .compose(x -> single ? repo.rollback(conn) : repo.rollbackToSavepoint(conn));
          // Not started yet: it starts behind the rollback.
          next.tryComplete();
          return undo;
        });
      }
      return chain.compose(v -> single && outcomes.get(0).failure() != null
              ? Future.succeededFuture(new PgConversationRepository.Untold(List.of(), List.of()))
              : repo.commitNotifyingAfter(conn))
          .<Void>transform(ar -> {
            if (ar.succeeded()) {
              // Once told, the connection goes back (the turns are answered meanwhile: their rows are committed).
              repo.notifyCommitted(conn, ar.result()).onComplete(x -> {
                if (x.failed()) {
                  LOG.warn("the NOTIFY of {} committed events failed ({}): listeners miss this wake (the rows stand)",
                      ar.result().size(), kind(x.cause()));
                }
                conn.close();
              });
              metrics.batch(outcomes.size(), (int) outcomes.stream().filter(o -> o.failure() != null).count(), true);
              if (!deferred.isEmpty()) {
                // Ahead of what queued meanwhile, and started by the flush that follows this batch.
                synchronized (this) {
                  for (int k = deferred.size() - 1; k >= 0; k--) {
                    ready.addFirst(deferred.get(k));
                  }
                }
              }
              outcomes.forEach(o -> {
                if (o.failure() == null) {
                  complete(o.p(), o.result(), null);
                } else {
                  retry(o.p(), o.failure());
                }
              });
            } else {
              // The batch as a whole failed (the connection, a lock, the commit): every turn is tried once alone.
              LOG.warn("a batch of {} turns failed ({}), each is tried again alone", batch.size(), kind(ar.cause()));
              // The turns started are let finish first: a statement of theirs sent after the ROLLBACK would commit.
              closing[0] = true;
              List<Future<Outcome>> started = new ArrayList<>();
              for (int i = 0; i < n; i++) {
                if (marks.get(i) != null) {
                  started.add(runs.get(i));
                }
              }
              metrics.batch(batch.size(), 0, false);
              Future.join(started).onComplete(y -> repo.rollback(conn).onComplete(x -> {
                conn.close();
                batch.forEach(p -> retry(p, ar.cause()));
              }));
            }
            return Future.succeededFuture();
          });
    }).recover(err -> {
      // No connection: the turns are tried alone, where the pool's own wait and errors apply.
      batch.forEach(p -> retry(p, err));
      return Future.succeededFuture();
    });
  }

  /**
   * The turn's own code on the batch's connection, sent after its savepoint ({@code mark}) without waiting for it;
   * its first statement takes the conversation's lock if free ({@link TurnCommit.Step}); a failure (thrown or failed)
   * is kept as its outcome: the savepoint's, if it failed (the turn's statements then failed with it).
   */
  private static Future<Outcome> turnIn(SqlConnection conn, Pending p, Future<Void> mark, Runnable sent) {
    Future<Received> f = started(conn, p, sent);
    return Future.join(mark, f).transform(ar -> Future.succeededFuture(ar.succeeded()
        ? new Outcome(p, f.result(), null)
        : new Outcome(p, null, mark.failed() ? mark.cause() : f.cause())));
  }

  private static Future<Received> started(SqlConnection conn, Pending p, Runnable sent) {
    try {
      return p.turn().run(conn, sent);
    } catch (RuntimeException e) {
      return Future.failedFuture(e);
    }
  }

  /** What failed, without the message (a constraint's detail may quote a petitioner's data). */
  private static String kind(Throwable err) {
    return err instanceof io.vertx.pgclient.PgException pg ? "SQLSTATE " + pg.getSqlState()
        : err.getClass().getSimpleName();
  }

  /** Once more, in a transaction of its own; its failure then is the turn's. */
  private void retry(Pending p, Throwable first) {
    LOG.debug("a turn failed in a batch ({}), tried again alone", kind(first));
    alone.run(p.id(), p.turn()).onComplete(ar -> complete(p, ar.result(), ar.cause()));
  }
}
