package org.ecopetition.gateway.cli;

import java.io.PrintStream;
import org.ecopetition.gateway.Gateway;
import org.ecopetition.gateway.casefile.PgCaseRepository;
import org.ecopetition.gateway.config.GatewayConfig;

/**
 * {@code copies remask}: after an upgrade that masks the stored redacted copy further ({@code casefile/CopyMask}),
 * masks again every copy stored before it, without serving; the sealed originals are never touched. Safe to run again
 * (a second run rewrites nothing) and while gateways serve (a copy changed meanwhile is left to its new writer). Prints
 * counts only.
 */
public final class CopyCommands {
  private CopyCommands() {}

  public static int remask(GatewayConfig cfg, PrintStream out) throws Exception {
    try (CliDatabase db = CliDatabase.open(cfg)) {
      int[] n = PgCaseRepository.remaskCopies(db.pool, Gateway.dataKeys(cfg)).await();
      out.println("examined " + n[0] + " stored copies; masked again " + n[1]);
      return 0;
    }
  }
}
