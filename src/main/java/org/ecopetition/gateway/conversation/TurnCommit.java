package org.ecopetition.gateway.conversation;

import io.vertx.core.Future;
import io.vertx.sqlclient.SqlConnection;
import java.util.UUID;
import java.util.function.Function;

/** How a turn's transaction is run: the turn's code is the same either way, given the connection to use. */
interface TurnCommit {

  /** Runs {@code turn} under the conversation's lock; its result only once it is committed. */
  Future<Received> run(UUID conversation, Function<SqlConnection, Future<Received>> turn);

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
