package org.ecopetition.gateway.cli;

import java.io.PrintStream;
import org.ecopetition.gateway.Gateway;
import org.ecopetition.gateway.casefile.PgCaseRepository;
import org.ecopetition.gateway.config.GatewayConfig;
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
    try (CliDatabase db = CliDatabase.open(cfg)) {
      int n = PgCaseRepository.sealAll(db.pool, keys).await();
      out.println("sealed " + n + " cases under data key version " + keys.currentVersion());
      return 0;
    }
  }
}
