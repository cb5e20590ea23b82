package org.ecopetition.gateway.db;

import io.netty.channel.ChannelPipeline;
import io.netty.handler.flush.FlushConsolidationHandler;
import io.vertx.sqlclient.SqlConnection;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One write system call for the statements a task sends together on a PostgreSQL connection (issue 16, gwcpu). The
 * client flushes each statement as it is scheduled: a batch's BEGIN and its load, or a turn's statements, one after
 * another, and answers read together are followed by statements sent from their handlers — a
 * {@code write} each, 9 % of the gateway's CPU. With Netty's {@link FlushConsolidationHandler} in front, a flush asked
 * for while the connection reads waits for the end of that read, and one asked for outside a read is done once the
 * task that asked has finished (a task queued on the same event loop): what a task writes goes out in one call. Bytes
 * keep their order; a close flushes what is pending first.
 */
public final class ConsolidatedFlushes {
  private static final Logger LOG = LoggerFactory.getLogger(ConsolidatedFlushes.class);
  private static final AtomicBoolean MISSING_TOLD = new AtomicBoolean();

  private ConsolidatedFlushes() {}

  /**
   * For a pool's connect handler: consolidates the connection's flushes, then gives it to the pool (the handler must
   * close it). Returns whether the handler was installed.
   */
  public static boolean install(SqlConnection conn) {
    try {
      ChannelPipeline p = pipeline(conn);
      if (p == null) {
        if (!MISSING_TOLD.getAndSet(true)) {
          LOG.warn("PostgreSQL flush consolidation unavailable: connection class {}", conn.getClass().getName());
        }
        return false;
      }
      if (p.get(FlushConsolidationHandler.class) == null) {
        p.addFirst(new FlushConsolidationHandler(FlushConsolidationHandler.DEFAULT_EXPLICIT_FLUSH_AFTER_FLUSHES, true));
      }
      return true;
    } finally {
      conn.close();
    }
  }

  /**
   * The Netty pipeline under a client connection: the pool hands out a wrapper of a pooled connection of a socket
   * connection (internal classes of the SQL client, hence looked for, not assumed); null when not found.
   */
  static ChannelPipeline pipeline(SqlConnection conn) {
    if (!(conn instanceof io.vertx.sqlclient.internal.SqlConnectionInternal ci)) {
      return null;
    }
    io.vertx.sqlclient.internal.Connection c = ci.unwrap();
    for (int i = 0; i < 4 && c != null; i++) {
      if (c instanceof io.vertx.sqlclient.impl.SocketConnectionBase s) {
        return s.socket().channelHandlerContext().pipeline();
      }
      io.vertx.sqlclient.internal.Connection inner = c.unwrap();
      if (inner == c) {
        return null;
      }
      c = inner;
    }
    return null;
  }
}
