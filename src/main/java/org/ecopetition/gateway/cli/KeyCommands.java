package org.ecopetition.gateway.cli;

import io.vertx.core.Vertx;
import io.vertx.pgclient.PgBuilder;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.PoolOptions;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Optional;
import org.ecopetition.gateway.Gateway;
import org.ecopetition.gateway.casefile.PgCaseRepository;
import org.ecopetition.gateway.config.GatewayConfig;
import org.ecopetition.gateway.db.EmbeddedDatabase;
import org.ecopetition.gateway.db.Migrations;
import org.ecopetition.gateway.db.PgUrl;
import org.ecopetition.gateway.security.DataKeys;

/**
 * {@code keys rotate}: after {@code security.dataKey} was replaced (the old key moved to
 * {@code security.previousDataKeys}), seals every phone again under the new key and recomputes its lookup hash —
 * what each gateway also does at its start, here without serving. Prints how many cases changed.
 */
public final class KeyCommands {
  private KeyCommands() {}

  public static int rotate(GatewayConfig cfg, PrintStream out) throws Exception {
    DataKeys keys = Gateway.dataKeys(cfg);
    EmbeddedDatabase embedded = null;
    Vertx vertx = null;
    try {
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
      PgUrl pg = PgUrl.parse(url);
      Migrations.run(pg);
      vertx = Vertx.vertx();
      Pool pool = PgBuilder.pool().with(new PoolOptions().setMaxSize(2)).connectingTo(pg.connectOptions())
          .using(vertx).build();
      int n = PgCaseRepository.sealAll(pool, keys).await();
      out.println("sealed " + n + " cases under data key version " + keys.currentVersion());
      return 0;
    } finally {
      if (vertx != null) {
        vertx.close().await();
      }
      if (embedded != null) {
        embedded.close();
      }
    }
  }
}
