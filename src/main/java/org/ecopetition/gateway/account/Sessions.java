package org.ecopetition.gateway.account;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.vertx.core.Future;
import io.vertx.sqlclient.SqlClient;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Staff sessions: a random id in the cookie, only its SHA-256 in PostgreSQL, checked on every request. An instance
 * reuses what it read of a session for at most {@code cacheSeconds} (timed by the gateway's clock), so a session
 * ended on any instance — sign-out, revocation, a disabled account, a new password — stops working everywhere within
 * that time; its own instance forgets it at once. A session ends after {@code idle} without a request (the last
 * request is written back at most once a minute) and {@code lifetime} after sign-in, whatever happens.
 */
final class Sessions {
  private final PgSessions store;
  private final Clock clock;
  private final Duration idle;
  private final Duration lifetime;
  private final Duration touchEvery;
  private final Cache<ByteBuffer, StaffSession> cache;
  private final SecureRandom random = new SecureRandom();

  Sessions(PgSessions store, Clock clock, Duration idle, Duration lifetime, int cacheSeconds) {
    this.store = store;
    this.clock = clock;
    this.idle = idle;
    this.lifetime = lifetime;
    Duration tenth = idle.dividedBy(10);
    this.touchEvery = tenth.compareTo(Duration.ofMinutes(1)) < 0 ? tenth : Duration.ofMinutes(1);
    this.cache = Caffeine.newBuilder().maximumSize(10_000)
        .expireAfterWrite(Duration.ofSeconds(cacheSeconds))
        .ticker(() -> {
          Instant now = clock.instant();
          return now.getEpochSecond() * 1_000_000_000L + now.getNano();
        }).executor(Runnable::run).build();
  }

  Duration idle() {
    return idle;
  }

  /** A new session id (32 random bytes, base64url); the caller stores it with {@link #open}. */
  String newId() {
    byte[] b = new byte[32];
    random.nextBytes(b);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(b);
  }

  /** Opens a session for a member of staff on the caller's connection; returns its absolute end. */
  Future<OffsetDateTime> open(SqlClient conn, String id, long userId, String client) {
    OffsetDateTime now = stamp();
    OffsetDateTime expires = now.plus(lifetime);
    return store.insert(conn, hash(id), userId, now, expires, client).map(v -> expires);
  }

  /** The open session with this id, if it has neither ended, idled out nor outlived its lifetime. */
  Future<Optional<StaffSession>> find(String id) {
    if (id == null || id.isBlank() || id.length() > 100) {
      return Future.succeededFuture(Optional.empty());
    }
    byte[] h = hash(id);
    ByteBuffer key = ByteBuffer.wrap(h);
    StaffSession cached = cache.getIfPresent(key);
    Future<Optional<StaffSession>> found = cached != null ? Future.succeededFuture(Optional.of(cached)) : store.find(h);
    return found.compose(s -> {
      OffsetDateTime now = stamp();
      if (s.isEmpty() || !now.isBefore(s.get().expiresAt()) || !now.isBefore(s.get().lastSeenAt().plus(idle))) {
        cache.invalidate(key);
        return Future.succeededFuture(Optional.empty());
      }
      StaffSession live = s.get();
      if (Duration.between(live.lastSeenAt(), now).compareTo(touchEvery) >= 0) {
        StaffSession seen = live.seenAt(now);
        return store.touch(h, now).map(v -> {
          // Only what was just read may start a new cache period; a cached copy is dropped and read again next time.
          if (cached == null) {
            cache.put(key, seen);
          } else {
            cache.invalidate(key);
          }
          return Optional.of(seen);
        });
      }
      if (cached == null) {
        cache.put(key, live);
      }
      return Future.succeededFuture(Optional.of(live));
    });
  }

  /** Ends one session (sign-out). */
  Future<Void> end(SqlClient conn, byte[] idHash, String reason) {
    cache.invalidate(ByteBuffer.wrap(idHash));
    return store.end(conn, idHash, stamp(), reason);
  }

  /** Ends every session of a member of staff but {@code except} (null: all); returns how many were open. */
  Future<Integer> endAll(SqlClient conn, long userId, String reason, byte[] except) {
    cache.asMap().entrySet().removeIf(e -> e.getValue().userId() == userId
        && (except == null || !MessageDigest.isEqual(except, e.getValue().idHash())));
    return store.endAll(conn, userId, stamp(), reason, except);
  }

  /** Forgets what this instance read of a member of staff's sessions (their role, department or name changed). */
  void forget(long userId) {
    cache.asMap().entrySet().removeIf(e -> e.getValue().userId() == userId);
  }

  /**
   * The CSRF token of a session: an HMAC of a fixed label under the session id, so it needs no storage, differs
   * for every session, and cannot be computed without the id (which only the HttpOnly cookie holds).
   */
  static String csrf(String id) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(id.getBytes(StandardCharsets.US_ASCII), "HmacSHA256"));
      return Base64.getUrlEncoder().withoutPadding().encodeToString(mac.doFinal("csrf".getBytes(StandardCharsets.US_ASCII)));
    } catch (NoSuchAlgorithmException | InvalidKeyException e) {
      throw new IllegalStateException(e);
    }
  }

  static byte[] hash(String s) {
    try {
      return MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  private OffsetDateTime stamp() {
    return clock.instant().atOffset(ZoneOffset.UTC);
  }
}
