package org.ecopetition.gateway.inbound;

import io.vertx.core.Future;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** Tokens for a one-off command that runs beside the gateways (publishing the menu): kept in memory only. */
public final class MemoryTokenStore implements TokenStore {
  private final Map<String, Stored> tokens = new ConcurrentHashMap<>();

  @Override
  public Future<Optional<Stored>> read(String name) {
    return Future.succeededFuture(Optional.ofNullable(tokens.get(name)));
  }

  @Override
  public Future<Boolean> leaseRefresh(String name, String owner, Instant now, Duration lease) {
    return Future.succeededFuture(true);
  }

  @Override
  public Future<Void> store(String name, String owner, String token, Instant expiresAt) {
    tokens.put(name, new Stored(token, expiresAt));
    return Future.succeededFuture();
  }

  @Override
  public Future<Void> invalidate(String name, String token) {
    tokens.remove(name);
    return Future.succeededFuture();
  }
}
