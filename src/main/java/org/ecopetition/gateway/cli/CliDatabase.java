package org.ecopetition.gateway.cli;

import io.vertx.core.Vertx;
import io.vertx.pgclient.PgBuilder;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.PoolOptions;
import java.nio.file.Path;
import java.util.Optional;
import org.ecopetition.gateway.config.GatewayConfig;
import org.ecopetition.gateway.db.EmbeddedDatabase;
import org.ecopetition.gateway.db.Migrations;
import org.ecopetition.gateway.db.PgUrl;

/**
 * The configured database for a command run beside (or instead of) the gateway: the running embedded one if there
 * is one, else started for the command; migrated; a small pool. Closing stops what the command started.
 */
final class CliDatabase implements AutoCloseable {
  final Vertx vertx;
  final Pool pool;
  private final EmbeddedDatabase embedded;

  private CliDatabase(Vertx vertx, Pool pool, EmbeddedDatabase embedded) {
    this.vertx = vertx;
    this.pool = pool;
    this.embedded = embedded;
  }

  static CliDatabase open(GatewayConfig cfg) throws Exception {
    EmbeddedDatabase embedded = null;
    String url;
    if (cfg.database().embedded()) {
      Path dir = Path.of(cfg.database().embeddedDataDir());
      Optional<String> running = EmbeddedDatabase.runningUrl(dir);
      if (running.isPresent()) {
        url = running.get();
      } else {
        embedded = EmbeddedDatabase.start(dir);
        url = embedded.url();
      }
    } else {
      url = cfg.database().url();
    }
    try {
      PgUrl pg = PgUrl.parse(url);
      Migrations.run(pg);
      Vertx vertx = Vertx.vertx();
      Pool pool = PgBuilder.pool().with(new PoolOptions().setMaxSize(2)).connectingTo(pg.connectOptions())
          .using(vertx).build();
      return new CliDatabase(vertx, pool, embedded);
    } catch (Exception e) {
      if (embedded != null) {
        embedded.close();
      }
      throw e;
    }
  }

  @Override
  public void close() {
    vertx.close().await();
    if (embedded != null) {
      embedded.close();
    }
  }
}
