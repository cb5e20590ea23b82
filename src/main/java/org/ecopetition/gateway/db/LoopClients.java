package org.ecopetition.gateway.db;

import io.vertx.core.Context;
import io.vertx.core.Vertx;
import io.vertx.sqlclient.SqlClient;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * One SQL client per event loop, made on that loop the first time code running on it asks (issue 16 §4). A client
 * built with no event loops of its own ({@code PoolOptions.eventLoopSize} 0) opens each connection on the loop of the
 * query that needed it, so a query from that loop is written, answered and handed back on one thread. One client
 * shared by every loop put its connections on loops of its own (taken from Vert.x's group when it was built, not the
 * HTTP servers'): each query was queued to another thread and its answer queued back, two wake-ups per query.
 *
 * <p>Made inside a verticle's start, a client closes with that verticle. Code on no event loop (a worker, a test's
 * thread) gets {@code elsewhere}.
 */
public final class LoopClients {
  private final Map<Thread, SqlClient> clients = new ConcurrentHashMap<>();
  private final Supplier<SqlClient> make;
  private final SqlClient elsewhere;

  /** {@code make}: builds a client with {@code eventLoopSize} 0 (called on the loop it will serve). */
  public LoopClients(Supplier<SqlClient> make, SqlClient elsewhere) {
    this.make = make;
    this.elsewhere = elsewhere;
  }

  /** The client of the calling event loop, made now if this loop has none. */
  public SqlClient current() {
    Context context = Vertx.currentContext();
    if (context == null || !context.isEventLoopContext() || !Context.isOnEventLoopThread()) {
      return elsewhere;
    }
    return clients.computeIfAbsent(Thread.currentThread(), t -> make.get());
  }

  /** How many loops have a client (for tests). */
  public int size() {
    return clients.size();
  }
}
