package org.ecopetition.gateway.db;

import static org.assertj.core.api.Assertions.assertThat;

import io.vertx.core.DeploymentOptions;
import io.vertx.core.Future;
import io.vertx.core.VerticleBase;
import io.vertx.core.Vertx;
import io.vertx.core.VertxOptions;
import io.vertx.pgclient.PgBuilder;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.PoolOptions;
import io.vertx.sqlclient.SqlClient;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import org.ecopetition.gateway.support.TestPostgres;
import org.junit.jupiter.api.Test;

/**
 * Issue 16 §4: each event loop that asks gets a client of its own, made on it, whose connections live on that loop —
 * so a status query is written and answered on the thread that received the request, with no hand-over to another
 * loop (the pipelined client shared by all loops had its connections on loops of its own).
 */
class LoopClientsTest {

  /** What one server instance saw: its loop's thread, its client, and the thread its client's connection opened on. */
  record Seen(Thread loop, SqlClient client, Thread queriedOn) {}

  @Test
  void eachLoopGetsItsOwnClientWhoseConnectionsLiveOnThatLoop() {
    // More event loops than instances, as in the gateway (Vert.x's default is two per core): a client with loops of
    // its own could land on any of them.
    Vertx vertx = Vertx.vertx(new VertxOptions().setEventLoopPoolSize(6));
    PgUrl url = PgUrl.parse(TestPostgres.freshDatabaseUrl());
    Pool elsewhere = PgBuilder.pool().with(new PoolOptions().setMaxSize(1)).connectingTo(url.connectOptions())
        .using(vertx).build();
    Map<SqlClient, Thread> connectedOn = new ConcurrentHashMap<>();
    List<Seen> seen = new CopyOnWriteArrayList<>();
    LoopClients clients = new LoopClients(() -> {
      SqlClient[] made = new SqlClient[1];
      made[0] = PgBuilder.client().with(new PoolOptions().setMaxSize(1).setShared(false).setEventLoopSize(0))
          .withConnectHandler(conn -> {
            connectedOn.put(made[0], Thread.currentThread());
            conn.close();
          })
          .connectingTo(url.connectOptions()).using(vertx).build();
      return made[0];
    }, elsewhere);
    try {
      vertx.deployVerticle(() -> new VerticleBase() {
        @Override
        public Future<?> start() {
          Thread loop = Thread.currentThread();
          SqlClient client = clients.current();
          // Asked twice on one loop: the same client.
          assertThat(clients.current()).isSameAs(client);
          return client.query("SELECT 1").execute()
              .map(rows -> seen.add(new Seen(loop, client, Thread.currentThread())));
        }
      }, new DeploymentOptions().setInstances(3)).await();

      assertThat(seen).hasSize(3);
      assertThat(clients.size()).isEqualTo(3);
      assertThat(seen.stream().map(Seen::client).distinct()).hasSize(3);
      for (Seen s : seen) {
        // The connection was opened (and so lives) on the loop that asked, and the answer came back on it.
        assertThat(connectedOn.get(s.client())).isSameAs(s.loop());
        assertThat(s.queriedOn()).isSameAs(s.loop());
      }
      // Off any event loop (this test's thread): the client for elsewhere.
      assertThat(clients.current()).isSameAs(elsewhere);
    } finally {
      vertx.close().await();
    }
  }
}
