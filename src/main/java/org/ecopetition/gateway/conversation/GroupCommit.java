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
 * COMMIT returns once the batch is on disk. The turns that may register a case run last in their batch, together; a
 * registration ends the batch for any turn that cannot register (the day's case-serial row is then held only to its
 * COMMIT, not through other kinds of turns), and its events are NOTIFYed after its COMMIT, by a statement pipelined
 * behind it (V34: a COMMIT that NOTIFYs holds PostgreSQL's cluster-wide notify lock through its flush, so the batches
 * in flight would flush one after another; V41: in the COMMIT's round trip). A batch of ordinary turns is three round
 * trips: BEGIN and the load, the write, COMMIT and the NOTIFYs.
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

  /** {@code since}: when the turn was handed over (System.nanoTime, for the metrics' queue time). */
  private record Pending(UUID id, TurnCommit.Step turn, Promise<Received> done, Context context, long since) {}

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
    Pending p = new Pending(conversation, turn, Promise.promise(), Vertx.currentContext(), System.nanoTime());
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
   * The turn registered a case: it holds the day's case-serial row (V1), which every other registration, in any batch
   * of any instance, waits for until this transaction ends. So the batch commits now, and its turns not yet run go to
   * the next batch: the row is held for the rest of one turn and a COMMIT, not for the batch's later turns (measured:
   * waits of a whole batch, 27 ms to seconds, on the registrations behind it). The numbers stay dense and unique: the
   * serial is still taken in the transaction that stores the case.
   */
  private static boolean tookCaseNumber(Outcome o) {
    return o.failure() == null && o.result() != null && !o.result().duplicate()
        && o.result().messages().stream().anyMatch(m -> m.receipt() != null);
  }

  private Future<Void> commit(List<Pending> unordered) {
    // The turns in their conversations' id order (the load locks the rows in that order too).
    List<Pending> batch = new ArrayList<>(unordered);
    batch.sort(java.util.Comparator.comparing(Pending::id));
    long t0 = System.nanoTime();
    return repo.pool().getConnection().compose(conn -> new Batch(conn, batch, t0).run()).recover(err -> {
      // No connection: the turns are tried alone, where the pool's own wait and errors apply.
      batch.forEach(p -> retry(p, err));
      return Future.succeededFuture();
    });
  }

  /**
   * One batch on its connection: BEGIN and the load; then each turn, started when the one before it has sent its last
   * statement (it says so: {@link TurnCommit.Step}) or is done, so that the turns' statements follow each other on the
   * connection without waiting for answers; the ordinary turns' writes, handed to the batch, in one statement once every
   * turn has started; COMMIT once every turn is done. Runs on the connection's context.
   */
  private final class Batch implements TurnCommit.Writes {
    private final SqlConnection conn;
    private final List<Pending> turns;
    private Map<UUID, PgConversationRepository.Loaded> rows;
    private final List<Future<Outcome>> started = new ArrayList<>();
    private final List<Outcome> outcomes = new ArrayList<>();
    /** Held by another transaction: not returned by the load, tried alone after the batch. */
    private final List<Pending> skipped = new ArrayList<>();
    /** Behind a turn that registered a case: to the next batch (their rows, locked by the load, let go by the COMMIT). */
    private final List<Pending> deferred = new ArrayList<>();
    /** The ordinary turns' writes handed to the batch, in the turns' order. */
    private final List<PgConversationRepository.TurnRows> writes = new ArrayList<>();
    private final List<Promise<PgConversationRepository.TurnWritten>> written = new ArrayList<>();
    private final List<Promise<Void>> onWire = new ArrayList<>();
    private final Promise<Void> allStarted = Promise.promise();
    /** The writes handed were sent (or failed): once. */
    private boolean flushed;
    /** A turn failed: no further turn starts, and the batch is rolled back. */
    private Throwable failure;
    /**
     * A turn registered a case: no further turn starts but those that may register too (they run last, and need the
     * day's case-serial row this transaction now holds), and the batch commits.
     */
    private boolean ending;
    /** The batch's turns that may register ({@link TurnCommit.Step#mayRegister}), run after the others. */
    private final java.util.Set<Pending> mayRegister = new java.util.HashSet<>();

    /** When the batch asked for its connection (System.nanoTime). */
    private final long t0;
    /** This batch's tag: its COMMIT is taken as done only when the flag its load set holds it (V42). */
    private final String tag = PgConversationRepository.newTag();

    Batch(SqlConnection conn, List<Pending> turns, long t0) {
      this.conn = conn;
      this.turns = turns;
      this.t0 = t0;
    }

    Future<Void> run() {
      int n = turns.size();
      List<UUID> ids = new ArrayList<>(n);
      List<String> clientMsgIds = new ArrayList<>(n);
      for (Pending p : turns) {
        ids.add(p.id());
        clientMsgIds.add(p.turn().clientMsgId());
      }
      // BEGIN and the batch's load (which also leaves the batch's NOTIFYs for after its COMMIT, V41) in one round
      // trip. The turns wait for both answers: a statement of theirs sent after a BEGIN that failed would run, and
      // commit, alone (a load that ran so took its locks only for itself).
      Future<Void> begun = repo.begin(conn);
      Future<Map<UUID, PgConversationRepository.Loaded>> load = repo.loadBatch(conn, ids, clientMsgIds, tag);
      return begun.compose(v -> load).compose(r -> {
        rows = r;
        lastThoseThatMayRegister();
        start(0);
        return allStarted.future();
      }).compose(v -> {
        flush();
        // Every turn's outcome (a failure is an outcome), then the batch's.
        return Future.join(new ArrayList<>(started));
      }).compose(v -> failure != null ? Future.failedFuture(failure) : commitAndTell())
          .transform(ar -> {
            if (ar.succeeded()) {
              committed();
            } else {
              failed(ar.cause());
            }
            return Future.<Void>succeededFuture();
          });
    }

    /**
     * COMMIT and the NOTIFYs it leaves, in one round trip ({@link PgConversationRepository#commitThenNotify}); the
     * batch is committed once both have answered and the second says so (a COMMIT of a transaction that an error
     * aborted answers ROLLBACK, not an error). The NOTIFYs failing loses listeners a wake, not a row: the COMMIT's
     * answer stands.
     */
    private Future<Void> commitAndTell() {
      PgConversationRepository.Commit c = repo.commitThenNotify(conn, tag);
      return c.committed().compose(v -> c.told().transform(ar -> {
        if (ar.failed()) {
          LOG.warn("the NOTIFYs after a committed batch failed ({}): listeners miss this wake (the rows stand)",
              kind(ar.cause()));
          return Future.<Void>succeededFuture();
        }
        return ar.result() < 0
            ? Future.<Void>failedFuture(new IllegalStateException("the batch was rolled back at its COMMIT"))
            : Future.<Void>succeededFuture();
      }));
    }

    /**
     * The turns that may register a case (their conversation at its summary) moved after the others, each part in id
     * order, and run together: once one has registered, the day's case-serial row is held by this transaction to its
     * COMMIT anyway, and the registrations behind it would wait for that COMMIT in any other batch. Before, a
     * registration ended its batch and sent every turn behind it to the next: a batch committed at most one
     * registration, so with ≈ 8 % of turns registering, batches were cut at ≈ 12 turns, turns were sent on ≈ 2.5
     * times each, and the closed loop's rate was bound by batches a second (issue 16: its latency tail and its ≈ 580
     * turns/s). An unforeseen registration still ends the batch for the turns that cannot register. The rows are
     * locked by the load in id order whatever order the turns then run in.
     */
    private void lastThoseThatMayRegister() {
      List<Pending> first = new ArrayList<>(turns.size());
      List<Pending> last = new ArrayList<>();
      for (Pending p : turns) {
        PgConversationRepository.Loaded row = rows.get(p.id());
        boolean may;
        try {
          may = row != null && p.turn().mayRegister(row);
        } catch (RuntimeException e) {
          may = false; // only an order: the turn's own code meets whatever this was
        }
        (may ? last : first).add(p);
      }
      mayRegister.addAll(last);
      if (!last.isEmpty() && !first.isEmpty()) {
        turns.clear();
        turns.addAll(first);
        turns.addAll(last);
      }
    }

    /** Starts turn {@code k} unless the batch is failing or ending; the next one starts when this one says. */
    private void start(int k) {
      if (k == turns.size() || failure != null) {
        allStarted.tryComplete();
        return;
      }
      Pending p = turns.get(k);
      if (ending && !mayRegister.contains(p)) {
        deferred.add(p);
        start(k + 1);
        return;
      }
      PgConversationRepository.Loaded row = rows.get(p.id());
      if (row == null) {
        skipped.add(p);
        start(k + 1);
        return;
      }
      boolean[] next = {false};
      Runnable sent = () -> {
        if (!next[0]) {
          next[0] = true;
          start(k + 1);
        }
      };
      // Counted as started before its code runs: the last turn's code may end the starts (sent), and what waits for every
      // turn started (COMMIT) must wait for it too.
      Promise<Outcome> done = Promise.promise();
      started.add(done.future());
      turnIn(p, row, sent).onComplete(ar -> {
        Outcome o = ar.result();
        outcomes.add(o);
        if (o.failure() != null) {
          // The batch fails: the turns started are let finish, none starts any more.
          failure = failure == null ? o.failure() : failure;
        } else if (tookCaseNumber(o)) {
          // A registering turn never lets the next start behind it (ConversationService), so none has yet.
          ending = true;
        }
        sent.run();
        done.complete(o);
      });
    }

    /** The turn's own code with its row; a failure (thrown or failed) is kept as its outcome. */
    private Future<Outcome> turnIn(Pending p, PgConversationRepository.Loaded row, Runnable sent) {
      Future<Received> f;
      try {
        f = p.turn().run(conn, row, sent, this);
      } catch (RuntimeException e) {
        f = Future.failedFuture(e);
      }
      return f.transform(ar -> Future.succeededFuture(new Outcome(p, ar.result(), ar.cause())));
    }

    /** An ordinary turn's writes, kept for the batch's one statement ({@link #flush}). */
    @Override
    public Handle write(PgConversationRepository.TurnRows rows) {
      Promise<PgConversationRepository.TurnWritten> result = Promise.promise();
      Promise<Void> wire = Promise.promise();
      writes.add(rows);
      written.add(result);
      onWire.add(wire);
      return new Handle(result.future(), wire.future());
    }

    /**
     * Every turn has started: the ordinary turns' writes go in one statement (none if the batch is failing: they fail,
     * and so do their turns). Each turn's part of the answer is its own; a row not at its version fails its turn.
     */
    private void flush() {
      if (flushed || writes.isEmpty()) {
        return;
      }
      flushed = true;
      if (failure != null) {
        IllegalStateException no = new IllegalStateException("the batch failed");
        onWire.forEach(w -> w.tryFail(no));
        written.forEach(w -> w.tryFail(no));
        return;
      }
      Future<List<PgConversationRepository.TurnWritten>> all = repo.writeTurns(conn, writes);
      // On the connection now: what a turn sends behind its writes (a count of its outbox) follows them.
      onWire.forEach(Promise::tryComplete);
      all.onComplete(ar -> {
        for (int i = 0; i < written.size(); i++) {
          if (ar.failed()) {
            written.get(i).tryFail(ar.cause());
          } else if (ar.result().get(i) == null) {
            written.get(i).tryFail(new IllegalStateException("conversation changed concurrently"));
          } else {
            written.get(i).tryComplete(ar.result().get(i));
          }
        }
      });
    }

    private void committed() {
      conn.close();
      metrics.batch(outcomes.size() + skipped.size(), skipped.size(), true);
      long took = System.nanoTime() - t0;
      boolean ordinary = writes.size() == outcomes.size();
      outcomes.forEach(o -> metrics.batchTimes(t0 - o.p().since(), took, ordinary));
      metrics.deferred(deferred.size());
      if (!deferred.isEmpty()) {
        // Ahead of what queued meanwhile, and started by the flush that follows this batch.
        synchronized (GroupCommit.this) {
          for (int k = deferred.size() - 1; k >= 0; k--) {
            ready.addFirst(deferred.get(k));
          }
        }
      }
      outcomes.forEach(o -> complete(o.p(), o.result(), null));
      skipped.forEach(p -> retry(p, null));
    }

    /**
     * The batch failed (a turn, the connection, the commit): rolled back once every turn started is done (a statement
     * of theirs sent after the ROLLBACK would commit), then every turn is tried once alone.
     */
    private void failed(Throwable cause) {
      LOG.warn("a batch of {} turns failed ({}), each is tried again alone", turns.size(), kind(cause));
      failure = failure == null ? cause : failure;
      // Writes handed but not sent (the load or BEGIN failed before every turn started): their turns fail now.
      flush();
      metrics.batch(turns.size(), 0, false);
      Future.join(new ArrayList<>(started)).onComplete(y -> repo.rollback(conn).onComplete(x -> {
        conn.close();
        turns.forEach(p -> retry(p, cause));
      }));
    }
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
