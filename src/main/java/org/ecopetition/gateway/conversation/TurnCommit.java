package org.ecopetition.gateway.conversation;

import io.vertx.core.Future;
import io.vertx.sqlclient.SqlConnection;
import java.util.UUID;
import java.util.function.Function;

/** How a turn's transaction is run: the turn's code is the same either way, given the connection to use. */
interface TurnCommit {

  /** Runs {@code turn} under the conversation's lock; its result only once it is committed. */
  Future<Received> run(UUID conversation, Function<SqlConnection, Future<Received>> turn);

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
    public Future<Received> run(UUID conversation, Function<SqlConnection, Future<Received>> turn) {
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

  /** One transaction per turn. */
  final class Alone implements TurnCommit {
    private final PgConversationRepository repo;

    Alone(PgConversationRepository repo) {
      this.repo = repo;
    }

    @Override
    public Future<Received> run(UUID conversation, Function<SqlConnection, Future<Received>> turn) {
      return repo.pool().withTransaction(conn -> repo.lock(conn, conversation).compose(v -> turn.apply(conn)));
    }
  }
}
