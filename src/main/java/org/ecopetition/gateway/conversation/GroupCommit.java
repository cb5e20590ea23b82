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
 * transaction on one connection, so one fsync and one commit serve them all. The batch's BEGIN is followed by one
 * statement that locks and reads every conversation of the batch that no other transaction holds
 * ({@link PgConversationRepository#LOAD_BATCH}: in id order, SKIP LOCKED, with each turn's clientMsgId look-up); then
 * each turn's own code runs in the conversations' id order with its row given ({@link TurnCommit.Step}), in the top
 * transaction: no savepoint and no subtransaction a turn. A turn whose conversation was held elsewhere is left out and
 * tried alone after the batch, where it waits for the row. A turn that fails fails the batch: it is rolled back, and
 * each of its turns is tried once more in a transaction of its own (issue 16: "a failed batch fails only the turns in
 * it, retried once"). A turn's result is given — and so acknowledged and sent — only after the batch's COMMIT. A
 * conversation's next turn waits until its previous one is done, so a batch holds at most one turn per conversation
 * and the conversation's order is kept: the turns waiting behind one are a queue of their own, taken one at a time as
 * each is done — never a chain of futures, which would fail recursively all at once (a StackOverflowError when
 * thousands waited and the pool closed). Durability is PostgreSQL's as configured (fsync, synchronous_commit on): a
 * COMMIT returns once the batch is on disk. A batch ends at a turn that registered a case (the day's case-serial row is
 * then held only to its COMMIT, not through the batch's later turns), and its events are NOTIFYed after its COMMIT
 * (V34: a COMMIT that NOTIFYs holds PostgreSQL's cluster-wide notify lock through its flush, so the batches in flight
 * would flush one after another).
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
    // The turns in their conversations' id order (the load locks the rows in that order too).
    List<Pending> batch = new ArrayList<>(unordered);
    batch.sort(java.util.Comparator.comparing(Pending::id));
    return repo.pool().getConnection().compose(conn -> {
      int n = batch.size();
      List<UUID> ids = new ArrayList<>(n);
      List<String> clientMsgIds = new ArrayList<>(n);
      for (Pending p : batch) {
        ids.add(p.id());
        clientMsgIds.add(p.turn().clientMsgId());
      }
      // BEGIN and the batch's load in one round trip. The turns wait for both answers: a statement of theirs sent after
      // a BEGIN that failed would run, and commit, alone (a load that ran so took its locks only for itself).
      Future<Void> begun = repo.beginNotifyingAfter(conn);
      Future<Map<UUID, PgConversationRepository.Loaded>> load = repo.loadBatch(conn, ids, clientMsgIds);
      Future<Map<UUID, PgConversationRepository.Loaded>> rows = begun.compose(v -> load);
      List<Outcome> outcomes = new ArrayList<>();
      // Held by another transaction: not returned by the load, tried alone after the batch.
      List<Pending> skipped = new ArrayList<>();
      // Each turn starts when the one before it has sent its last statement (it says so: TurnCommit.Step), or is done:
      // its statements then share a round trip with the previous turn's, and its code runs while PostgreSQL executes
      // them.
      List<Promise<Void>> go = new ArrayList<>(n);
      List<Future<Outcome>> runs = new ArrayList<>(n);
      // Once the batch has failed, no further turn starts (its statements could follow the ROLLBACK and commit alone).
      boolean[] closing = {false};
      // Once a turn registered a case, no further turn starts either: the batch commits (tookCaseNumber), and the turns
      // not run go to the next batch (their rows, locked by the load, are let go by the COMMIT).
      boolean[] ending = {false};
      List<Pending> deferred = new ArrayList<>();
      for (int i = 0; i < n; i++) {
        go.add(Promise.promise());
      }
      for (int i = 0; i < n; i++) {
        int k = i;
        Pending p = batch.get(k);
        Runnable sent = k + 1 < n ? () -> go.get(k + 1).tryComplete() : () -> { };
        runs.add(go.get(k).future().compose(v -> {
          if (closing[0]) {
            return Future.succeededFuture(new Outcome(p, null, new IllegalStateException("the batch failed")));
          }
          if (ending[0]) {
            deferred.add(p);
            return Future.succeededFuture(null);
          }
          PgConversationRepository.Loaded row = rows.result().get(p.id());
          if (row == null) {
            skipped.add(p);
            sent.run(); // it sends nothing
            return Future.succeededFuture(null);
          }
          return turnIn(conn, p, row, sent);
        }));
      }
      Future<Void> chain = rows.onSuccess(v -> go.get(0).complete()).mapEmpty();
      for (int i = 0; i < n; i++) {
        int k = i;
        chain = chain.compose(v -> runs.get(k)).compose(o -> {
          Promise<Void> next = k + 1 < n ? go.get(k + 1) : Promise.promise();
          if (o == null) {
            // Deferred to the next batch, or left out.
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
          // A turn failed: so does the batch (the next turn may have started behind it; it is let finish below).
          return Future.<Void>failedFuture(o.failure());
        });
      }
      return chain.compose(v -> repo.commitNotifyingAfter(conn))
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
              metrics.batch(outcomes.size() + skipped.size(), skipped.size(), true);
              if (!deferred.isEmpty()) {
                // Ahead of what queued meanwhile, and started by the flush that follows this batch.
                synchronized (this) {
                  for (int k = deferred.size() - 1; k >= 0; k--) {
                    ready.addFirst(deferred.get(k));
                  }
                }
              }
              outcomes.forEach(o -> complete(o.p(), o.result(), null));
              skipped.forEach(p -> retry(p, null));
            } else {
              // The batch failed (a turn, the connection, the commit): rolled back, every turn is tried once alone.
              LOG.warn("a batch of {} turns failed ({}), each is tried again alone", batch.size(), kind(ar.cause()));
              // The turns started are let finish first: a statement of theirs sent after the ROLLBACK would commit.
              // Those not started are let start now, and end at once (closing).
              closing[0] = true;
              go.forEach(Promise::tryComplete);
              metrics.batch(batch.size(), 0, false);
              Future.join(new ArrayList<>(runs)).onComplete(y -> repo.rollback(conn).onComplete(x -> {
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
   * The turn's own code on the batch's connection with its row as the batch's load read it; a failure (thrown or
   * failed) is kept as its outcome.
   */
  private static Future<Outcome> turnIn(SqlConnection conn, Pending p, PgConversationRepository.Loaded row,
      Runnable sent) {
    Future<Received> f;
    try {
      f = p.turn().run(conn, row, sent);
    } catch (RuntimeException e) {
      f = Future.failedFuture(e);
    }
    return f.transform(ar -> Future.succeededFuture(new Outcome(p, ar.result(), ar.cause())));
  }

  /** What failed, without the message (a constraint's detail may quote a petitioner's data). */
  private static String kind(Throwable err) {
    return err instanceof io.vertx.pgclient.PgException pg ? "SQLSTATE " + pg.getSqlState()
        : err.getClass().getSimpleName();
  }

  /**
   * Once more, in a transaction of its own; its failure then is the turn's. {@code first}: why the batch failed (null:
   * the turn was left out, its conversation held elsewhere).
   */
  private void retry(Pending p, Throwable first) {
    if (first != null) {
      LOG.debug("a turn's batch failed ({}), the turn is tried again alone", kind(first));
    }
    alone.run(p.id(), p.turn()).onComplete(ar -> complete(p, ar.result(), ar.cause()));
  }
}
