package org.ecopetition.gateway.channel.messaging;

import io.vertx.core.Future;
import java.time.Instant;
import java.util.Optional;

/**
 * Whether an address refused the messages the gateway starts itself (SMS 退订), and since when: the outbox then
 * delivers only replies to what the petitioner wrote after that moment (they started it), never a notice.
 */
public interface Consent {
  /** Every address takes every message (WeChat and WeCom have their own switches). */
  Consent ALWAYS = address -> Future.succeededFuture(Optional.empty());

  /** Empty: the address takes messages; else the moment it opted out. */
  Future<Optional<Instant>> optedOutSince(String address);
}
