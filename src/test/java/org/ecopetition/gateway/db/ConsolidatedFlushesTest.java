package org.ecopetition.gateway.db;

import static org.assertj.core.api.Assertions.assertThat;

import io.vertx.core.Future;
import io.vertx.core.Promise;
import io.vertx.core.Vertx;
import io.vertx.pgclient.PgBuilder;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.PoolOptions;
import io.vertx.sqlclient.SqlConnection;
import io.vertx.sqlclient.Tuple;
import java.util.List;
import org.ecopetition.gateway.support.PgWire;
import org.ecopetition.gateway.support.TestPostgres;
import org.junit.jupiter.api.Test;

/**
 * Issue 16 (gwcpu): the statements one task sends on a pooled PostgreSQL connection leave in one write — counted where
 * PostgreSQL would read them ({@link PgWire}: the relay's reads) — whether the task is a read's handler (answers
 * followed by the statements they lead to) or any other; and each is still answered, in order.
 */
class ConsolidatedFlushesTest {

  private static Pool pool(Vertx vertx, String url) {
    return PgBuilder.pool().with(new PoolOptions().setMaxSize(1))
        .connectingTo(PgUrl.parse(url).connectOptions())
        .withConnectHandler(ConsolidatedFlushes::install)
        .using(vertx).build();
  }

  @Test
  void aTasksStatementsLeaveInOneWriteAndAreAnsweredInOrder() throws Exception {
    String db = TestPostgres.freshDatabaseUrl();
    Vertx vertx = Vertx.vertx();
    try (PgWire wire = new PgWire(PgWire.portOf(db))) {
      Pool pool = pool(vertx, PgWire.through(db, wire));
      try {
        SqlConnection conn = pool.getConnection().await();
        // Prepared once, so that each execution below is one Bind/Execute, as a turn's statements are.
        conn.preparedQuery("SELECT $1::int + 1").execute(Tuple.of(0)).await();
        int mark = wire.mark();
        // Three statements from one task (off a read): the first flush waits for the task's end.
        Promise<List<Integer>> outside = Promise.promise();
        vertx.runOnContext(v -> {
          List<Future<Integer>> three = List.of(1, 2, 3).stream()
              .map(i -> conn.preparedQuery("SELECT $1::int + 1").execute(Tuple.of(i))
                  .map(rows -> rows.iterator().next().getInteger(0)))
              .toList();
          Future.all(three).map(all -> three.stream().map(Future::result).toList()).onComplete(outside);
        });
        assertThat(outside.future().await()).containsExactly(2, 3, 4);
        List<PgWire.Sent> sent = wire.since(mark);
        assertThat(sent).hasSize(3);
        assertThat(sent.stream().map(PgWire.Sent::read).distinct()).as("reads of %s", sent).hasSize(1);

        // Two statements sent from an answer's handler (inside the client's read): one write at the read's end.
        mark = wire.mark();
        List<Integer> inside = conn.query("SELECT 1").execute().compose(first -> {
          Future<Integer> a = conn.preparedQuery("SELECT $1::int + 1").execute(Tuple.of(10))
              .map(rows -> rows.iterator().next().getInteger(0));
          Future<Integer> b = conn.preparedQuery("SELECT $1::int + 1").execute(Tuple.of(20))
              .map(rows -> rows.iterator().next().getInteger(0));
          return Future.all(a, b).map(x -> List.of(a.result(), b.result()));
        }).await();
        assertThat(inside).containsExactly(11, 21);
        sent = wire.since(mark);
        assertThat(sent).hasSize(3);
        assertThat(sent.get(1).read()).as("reads of %s", sent).isEqualTo(sent.get(2).read())
            .isGreaterThan(sent.get(0).read());
        conn.close().await();
      } finally {
        pool.close().await();
      }
    } finally {
      vertx.close().await();
    }
  }

  @Test
  void thePooledConnectionIsFoundAndTheHandlerInstalledOnce() {
    String db = TestPostgres.freshDatabaseUrl();
    Vertx vertx = Vertx.vertx();
    try {
      Pool pool = pool(vertx, db);
      try {
        SqlConnection conn = pool.getConnection().await();
        io.netty.channel.ChannelPipeline p = ConsolidatedFlushes.pipeline(conn);
        assertThat(p).isNotNull();
        assertThat(p.toMap().values().stream()
            .filter(h -> h instanceof io.netty.handler.flush.FlushConsolidationHandler)).hasSize(1);
        conn.close().await();
      } finally {
        pool.close().await();
      }
    } finally {
      vertx.close().await();
    }
  }
}
