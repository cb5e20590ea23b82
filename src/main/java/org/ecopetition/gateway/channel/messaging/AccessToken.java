package org.ecopetition.gateway.channel.messaging;

import io.vertx.core.Future;
import io.vertx.core.Promise;
import io.vertx.core.Vertx;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import java.util.function.Supplier;
import org.ecopetition.gateway.inbound.TokenStore;

/**
 * An API access token shared by every instance: kept in PostgreSQL, refreshed five minutes before it
 * expires by one instance at a time (a lease), and by one request at a time on an instance. WeChat's
 * {@code stable_token} also returns the same token to every caller while it is valid.
 */
public final class AccessToken {
  /** A token as the platform issued it. */
  public record Issued(String token, Duration validFor) {}

  private static final Duration EARLY = Duration.ofMinutes(5);
  private static final Duration LEASE = Duration.ofSeconds(10);

  private final String name;
  private final TokenStore store;
  private final Supplier<Future<Issued>> fetch;
  private final Vertx vertx;
  private final Clock clock;
  private volatile TokenStore.Stored current;
  private Future<String> inFlight;

  public AccessToken(String name, TokenStore store, Supplier<Future<Issued>> fetch, Vertx vertx, Clock clock) {
    this.name = name;
    this.store = store;
    this.fetch = fetch;
    this.vertx = vertx;
    this.clock = clock;
  }

  /**
   * A failure whose message may carry the request's address with its {@code access_token} (the HTTP client's timeout
   * names the URI): the same failure with the token masked, so that no log line holds it. Other failures as they are.
   */
  public static Throwable withoutToken(Throwable err) {
    String m = err.getMessage();
    if (m == null || !m.contains("access_token=")) {
      return err;
    }
    return new java.io.IOException(m.replaceAll("access_token=[^&\\s]*", "access_token=***"));
  }

  public synchronized Future<String> get() {
    TokenStore.Stored c = current;
    if (fresh(c)) {
      return Future.succeededFuture(c.token());
    }
    if (inFlight == null) {
      inFlight = load(0).onComplete(r -> {
        synchronized (this) {
          inFlight = null;
        }
      });
    }
    return inFlight;
  }

  /** The platform refused this token (expired early, revoked): forget it everywhere. */
  public Future<Void> refused(String token) {
    synchronized (this) {
      if (current != null && current.token().equals(token)) {
        current = null;
      }
    }
    return store.invalidate(name, token);
  }

  private boolean fresh(TokenStore.Stored s) {
    return s != null && clock.instant().isBefore(s.expiresAt().minus(EARLY));
  }

  private Future<String> load(int attempt) {
    return store.read(name).compose(stored -> {
      if (stored.isPresent() && fresh(stored.get())) {
        current = stored.get();
        return Future.succeededFuture(stored.get().token());
      }
      String owner = UUID.randomUUID().toString();
      return store.leaseRefresh(name, owner, clock.instant(), LEASE).compose(won -> {
        if (won) {
          return fetch.get().compose(issued -> {
            Instant expires = clock.instant().plus(issued.validFor());
            return store.store(name, owner, issued.token(), expires).map(v -> {
              current = new TokenStore.Stored(issued.token(), expires);
              return issued.token();
            });
          });
        }
        if (attempt >= 40) {
          return Future.failedFuture("the " + name + " token is being refreshed elsewhere for too long");
        }
        // Another instance is refreshing: read its result shortly.
        Promise<Void> later = Promise.promise();
        vertx.setTimer(250, t -> later.complete());
        return later.future().compose(v -> load(attempt + 1));
      });
    });
  }
}
