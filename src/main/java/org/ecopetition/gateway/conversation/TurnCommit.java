package org.ecopetition.gateway.conversation;

import io.vertx.core.Future;
import io.vertx.sqlclient.SqlConnection;
import java.util.UUID;

/** How a turn's transaction is run: the turn's code is the same either way, given the connection to use. */
interface TurnCommit {

  /**
   * A turn's code on the connection it is given, with its conversation as a batch's one load locked and read it
   * ({@link GroupCommit}), or with null: alone, it reads it itself, the transaction holding the lock already
   * ({@link Alone}). The same code either way. {@code sent} may be called once the turn has sent its last statement
   * (nothing more of it goes on the connection; its outcome waits only for their answers): a batch then sends its next
   * turn's statements behind them, in the same round trip ({@link GroupCommit}). Not calling it is always correct.
   * {@code writes}: where an ordinary turn's last writes go.
   */
  interface Step {
    /** The turn's clientMsgId (null: none): a batch's load reads the message stored under it before, with the row. */
    String clientMsgId();

    Future<Received> run(SqlConnection conn, PgConversationRepository.Loaded loaded, Runnable sent, Writes writes);

    /**
     * Whether this turn, its conversation as loaded, may register a case (a batch ends at a registration: see
     * {@link GroupCommit}), so that a batch runs it after the turns that cannot. Only an order: a turn that registers
     * unforeseen still ends its batch, and one foreseen that does not ends nothing.
     */
    default boolean mayRegister(PgConversationRepository.Loaded loaded) {
      return false;
    }
  }

  /**
   * Where an ordinary turn's last writes go ({@link PgConversationRepository#WRITE_TURNS}): alone, sent at once; in a
   * batch, with the batch's other ordinary turns' in one statement, sent once every turn of the batch has started
   * ({@link GroupCommit}).
   */
  interface Writes {
    /**
     * {@code result}: what was written (failed: the turn fails); {@code onWire}: done once the statement is on the
     * connection, so that a statement that must see its rows can be sent behind it.
     */
    record Handle(Future<PgConversationRepository.TurnWritten> result, Future<Void> onWire) {}

    Handle write(PgConversationRepository.TurnRows rows);

    /** A turn's writes sent at once, alone in the statement. */
    static Writes now(PgConversationRepository repo, SqlConnection conn) {
      return rows -> new Handle(repo.writeTurns(conn, java.util.List.of(rows)).compose(w -> w.get(0) == null
          ? Future.failedFuture(new IllegalStateException("conversation changed concurrently"))
          : Future.succeededFuture(w.get(0))), Future.succeededFuture());
    }
  }

  /** Runs {@code turn} under the conversation's lock; its result only once it is committed. */
  Future<Received> run(UUID conversation, Step turn);

  /**
   * {@link #run(UUID, Step)} for a turn with no clientMsgId that reads nothing of its conversation and never says when
   * it has sent everything (tests of the queueing).
   */
  default Future<Received> run(UUID conversation, java.util.function.Function<SqlConnection, Future<Received>> turn) {
    return run(conversation, new Step() {
      @Override
      public String clientMsgId() {
        return null;
      }

      @Override
      public Future<Received> run(SqlConnection conn, PgConversationRepository.Loaded loaded, Runnable sent,
          Writes writes) {
        return turn.apply(conn);
      }
    });
  }

  /**
   * At most {@code bound} turns of one conversation waiting behind the one running (on this instance): the next is
   * refused at once with {@link ConversationBusy}, before anything of it is stored, so that a sender flooding one
   * conversation cannot queue work without end (and fail it all at once when the pool closes).
   */
  final class Bounded implements TurnCommit {
    private final TurnCommit inner;
    private final int bound;
    /** Each conversation's turns submitted and not yet done, on every event loop of this instance. */
    private final java.util.concurrent.ConcurrentHashMap<UUID, Integer> open = new java.util.concurrent.ConcurrentHashMap<>();

    Bounded(TurnCommit inner, int bound) {
      this.inner = inner;
      this.bound = bound;
    }

    @Override
    public Future<Received> run(UUID conversation, Step turn) {
      boolean[] taken = new boolean[1];
      open.compute(conversation, (k, n) -> {
        int now = n == null ? 0 : n;
        taken[0] = now <= bound;
        return taken[0] ? now + 1 : now;
      });
      if (!taken[0]) {
        return Future.failedFuture(new ConversationBusy());
      }
      Future<Received> f;
      try {
        f = inner.run(conversation, turn);
      } catch (RuntimeException e) {
        f = Future.failedFuture(e);
      }
      return f.andThen(ar -> open.computeIfPresent(conversation, (k, n) -> n <= 1 ? null : n - 1));
    }
  }

  /**
   * One transaction per turn, the lock waited for before the turn's first read (which takes it again, at once): a read
   * in the statement that waited would see, besides the row as it is now, only what committed before the wait began.
   */
  final class Alone implements TurnCommit {
    private final PgConversationRepository repo;

    Alone(PgConversationRepository repo) {
      this.repo = repo;
    }

    @Override
    public Future<Received> run(UUID conversation, Step turn) {
      return repo.pool().withTransaction(conn -> repo.lock(conn, conversation)
          .compose(v -> turn.run(conn, null, () -> { }, Writes.now(repo, conn))));
    }
  }
}
