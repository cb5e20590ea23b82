package org.ecopetition.gateway.cli;

import java.io.PrintStream;
import org.ecopetition.gateway.Gateway;
import org.ecopetition.gateway.casefile.PgCaseRepository;
import org.ecopetition.gateway.conversation.PgConversationsAtRest;
import org.ecopetition.gateway.config.GatewayConfig;
import org.ecopetition.gateway.security.DataKeys;

/**
 * {@code keys rotate}: after {@code security.dataKey} was replaced (the old key moved to
 * {@code security.previousDataKeys}), seals again under the new key everything sealed at rest (the cases' identity,
 * facts and request, the conversations' states, the messages' texts, the messaging senders) and recomputes the lookup
 * hashes of phones and senders — what
 * each gateway also does at its start, here without serving. Prints how many rows changed.
 */
public final class KeyCommands {
  private KeyCommands() {}

  public static int rotate(GatewayConfig cfg, PrintStream out) throws Exception {
    DataKeys keys = Gateway.dataKeys(cfg);
    try (CliDatabase db = CliDatabase.open(cfg)) {
      int n = PgCaseRepository.sealAll(db.pool, keys).await();
      int[] talk = PgConversationsAtRest.sealAll(db.pool, keys, Gateway.queryCodeKey(cfg)).await();
      int optOuts = org.ecopetition.gateway.notice.PgSmsOptOuts.sealAll(db.pool, keys).await();
      out.println("sealed " + n + " cases, " + talk[0] + " conversation states, " + talk[1] + " messages and "
          + talk[2] + " channel senders under data key version " + keys.currentVersion()
          + (optOuts > 0 ? "; " + optOuts + " SMS opt-outs hashed again" : ""));
      return 0;
    }
  }
}
