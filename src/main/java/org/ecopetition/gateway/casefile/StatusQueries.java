package org.ecopetition.gateway.casefile;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.vertx.core.Future;
import io.vertx.sqlclient.SqlClient;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.ecopetition.gateway.config.GatewayConfig;
import org.ecopetition.gateway.metrics.Metrics;

/**
 * Answers "case number + query code" with the public status, the same 404 for an unknown case and a wrong
 * code, and 429 once a case number or a client has failed too often. Failures are counted in PostgreSQL, so
 * the bound holds across instances; what this instance read is cached for a few seconds so that correct
 * queries cost no database round trip (a lock-out on another instance is seen within that time).
 */
public final class StatusQueries {
  private final PgCaseRepository repo;
  private final QueryCodes codes;
  private final GatewayConfig.Status limits;
  private final Cache<String, Optional<PgCaseRepository.StoredStatus>> cases;
  private final Cache<String, Integer> failures;
  private final Metrics metrics;

  private final java.time.Clock clock;

  /**
   * {@code metrics}: counts lookups answered from the cache and those read from PostgreSQL; {@code clock}: the day a
   * written opinion opened here with its code is delivered.
   */
  public StatusQueries(PgCaseRepository repo, QueryCodes codes, GatewayConfig.Status limits, Metrics metrics,
      java.time.Clock clock) {
    this.metrics = metrics;
    this.clock = clock;
    this.repo = repo;
    this.codes = codes;
    this.limits = limits;
    Duration ttl = Duration.ofSeconds(Math.max(0, limits.cacheSeconds()));
    this.cases = Caffeine.newBuilder().maximumSize(100_000).expireAfterWrite(ttl).build();
    this.failures = Caffeine.newBuilder().maximumSize(200_000).expireAfterWrite(ttl).build();
  }

  /** A query on its own (the public status API), outside any transaction. */
  public Future<StatusResult> query(String caseNumber, String code, String client) {
    return query(repo.pool(), caseNumber, code, client);
  }

  /**
   * {@code client}: who asks (an address, a WeChat user), counted on its own; {@code conn}: the connection to use
   * (a chat turn's own, or the pool).
   */
  public Future<StatusResult> query(SqlClient conn, String caseNumber, String code, String client) {
    String number = caseNumber == null ? "" : caseNumber.strip().toUpperCase();
    String typed = code == null ? "" : code.strip().toUpperCase();
    // A malformed number cannot match anything: count it against the client only, so junk does not
    // create a row per string it invents.
    String caseKey = "case:" + (CaseNumber.valid(number) ? number : "malformed");
    String clientKey = "client:" + client;
    return counts(conn, caseKey, clientKey).compose(counts -> {
      if (limited(counts.get(caseKey), counts.get(clientKey))) {
        return Future.succeededFuture(new StatusResult.Limited());
      }
      Future<Optional<PgCaseRepository.StoredStatus>> stored = CaseNumber.valid(number)
          ? lookup(conn, number) : Future.succeededFuture(Optional.empty());
      return stored.compose(s -> {
        if (s.isPresent() && typed.length() == QueryCodes.LENGTH && codes.matches(typed, s.get().hmac())) {
          return opened(conn, s.get()).map(v -> new StatusResult.Found(s.get().id(), s.get().view()));
        }
        return fail(conn, CaseNumber.valid(number) ? List.of(caseKey, clientKey) : List.of(clientKey));
      });
    });
  }

  /**
   * Correction 5: the petitioner opened the full letter with the query code — with consent to electronic delivery,
   * that delivers (送达) the written opinion awaiting delivery, and the review window runs from today.
   */
  private Future<Void> opened(SqlClient conn, PgCaseRepository.StoredStatus s) {
    if (!s.view().awaitingDelivery() || !s.view().electronicDelivery()) {
      return Future.succeededFuture();
    }
    java.time.LocalDate today = java.time.LocalDate.ofInstant(clock.instant(), PgCaseRepository.CHINA);
    return repo.delivered(conn, s.id(), today, "web").map(done -> {
      if (done) {
        cases.invalidate(s.view().caseNumber());
      }
      return null;
    });
  }

  private boolean limited(Integer caseFailures, Integer clientFailures) {
    return caseFailures != null && caseFailures >= limits.maxFailuresPerCase()
        || clientFailures != null && clientFailures >= limits.maxFailuresPerClient();
  }

  private Future<Map<String, Integer>> counts(SqlClient conn, String caseKey, String clientKey) {
    Integer a = failures.getIfPresent(caseKey);
    Integer b = failures.getIfPresent(clientKey);
    if (a != null && b != null) {
      return Future.succeededFuture(Map.of(caseKey, a, clientKey, b));
    }
    return repo.failures(conn, List.of(caseKey, clientKey), limits.failureWindowMinutes()).map(m -> {
      failures.put(caseKey, m.getOrDefault(caseKey, 0));
      failures.put(clientKey, m.getOrDefault(clientKey, 0));
      return Map.of(caseKey, m.getOrDefault(caseKey, 0), clientKey, m.getOrDefault(clientKey, 0));
    });
  }

  private Future<Optional<PgCaseRepository.StoredStatus>> lookup(SqlClient conn, String number) {
    Optional<PgCaseRepository.StoredStatus> hit = cases.getIfPresent(number);
    metrics.statusLookup(hit != null);
    if (hit != null) {
      return Future.succeededFuture(hit);
    }
    return repo.findStatus(conn, number).onSuccess(s -> cases.put(number, s));
  }

  private Future<StatusResult> fail(SqlClient conn, List<String> keys) {
    return repo.recordFailure(conn, keys, limits.failureWindowMinutes()).map(m -> {
      m.forEach(failures::put);
      return new StatusResult.NotFound();
    });
  }

  /** Forget what this instance cached of a case (after a change to it). */
  public void invalidate(String caseNumber) {
    cases.invalidate(caseNumber);
  }
}
