package org.ecopetition.gateway.inbound;

import io.vertx.core.Future;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/** API access tokens shared by every instance, refreshed by one at a time. */
public interface TokenStore {
  record Stored(String token, Instant expiresAt) {}

  Future<Optional<Stored>> read(String name);

  /** True when this owner may refresh the token now (no other instance is refreshing it). */
  Future<Boolean> leaseRefresh(String name, String owner, Instant now, Duration lease);

  Future<Void> store(String name, String owner, String token, Instant expiresAt);

  /** Forgets a token the platform refused, unless another instance has already replaced it. */
  Future<Void> invalidate(String name, String token);
}
