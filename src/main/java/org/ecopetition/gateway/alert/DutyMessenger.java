package org.ecopetition.gateway.alert;

import io.vertx.core.Future;

/**
 * A way to reach a duty officer outside the console (an SMS gateway, the deployment's WeCom app). Empty when the
 * officer has no address on this way or the way is not configured: the others still try.
 */
@FunctionalInterface
public interface DutyMessenger {
  /** {@code reference}: the same for every attempt at one raising, so a gateway can drop a repeat. */
  Future<Boolean> send(PgDutyRoster.Officer officer, String text, String reference);
}
