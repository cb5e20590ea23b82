package org.ecopetition.gateway.casefile;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.vertx.core.Future;
import io.vertx.sqlclient.SqlClient;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.ecopetition.gateway.config.GatewayConfig;
import org.ecopetition.gateway.metrics.Metrics;

/**
 * Answers "case number + query code" with the public status, the same 404 for an unknown case and a wrong
 * code, and 429 past a bound. Every attempt is checked and counted in one atomic call to PostgreSQL (V21), so the
 * bounds hold under concurrency and across instances: per (case, device) {@code maxFailuresPerCaseClient}, per
 * client across cases {@code maxFailuresPerClient}, and per case {@code maxFailuresPerCase} — high, with delays
 * growing after {@code caseDelayAfter} failures — which does not apply to the device the case was registered from.
 * So a stranger's wrong guesses never lock the petitioner out of their own case. What this instance read of a case
 * is cached for a few seconds.
 */
public final class StatusQueries {
  private final PgCaseRepository repo;
  private final QueryCodes codes;
  private final GatewayConfig.Status limits;
  private final Cache<String, Optional<PgCaseRepository.StoredStatus>> cases;
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
  }

  /** A query on its own (the public status API), outside any transaction. */
  public Future<StatusResult> query(String caseNumber, String code, Asker asker) {
    return query(repo.pool(), caseNumber, code, asker);
  }

  /** {@code conn}: the connection to use (a chat turn's own, or the pool). */
  public Future<StatusResult> query(SqlClient conn, String caseNumber, String code, Asker asker) {
    String number = caseNumber == null ? "" : caseNumber.strip().toUpperCase();
    String typed = code == null ? "" : code.strip().toUpperCase();
    boolean valid = CaseNumber.valid(number);
    Future<Optional<PgCaseRepository.StoredStatus>> stored = valid
        ? lookup(conn, number) : Future.succeededFuture(Optional.empty());
    return stored.compose(s -> {
      boolean right = s.isPresent() && typed.length() == QueryCodes.LENGTH && codes.matches(typed, s.get().hmac());
      List<String> keys = new ArrayList<>();
      List<Integer> bounds = new ArrayList<>();
      List<Integer> delays = new ArrayList<>();
      // A malformed number cannot match anything: counted against the client only, so junk does not create a row
      // per string it invents.
      keys.add("client:" + asker.client());
      bounds.add(limits.maxFailuresPerClient());
      delays.add(0);
      if (valid) {
        keys.add("pair:" + number + "|" + asker.device());
        bounds.add(limits.maxFailuresPerCaseClient());
        delays.add(0);
        if (s.isEmpty() || !asker.owns(s.get())) {
          keys.add("case:" + number);
          bounds.add(limits.maxFailuresPerCase());
          delays.add(limits.caseDelayAfter());
        }
      }
      return repo.attempt(conn, keys, bounds, delays, right, limits).compose(wait -> {
        if (wait > 0) {
          return Future.succeededFuture(new StatusResult.Limited(wait));
        }
        if (right) {
          return opened(conn, s.get()).map(v -> new StatusResult.Found(s.get().id(), s.get().view()));
        }
        return Future.succeededFuture(new StatusResult.NotFound());
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

  private Future<Optional<PgCaseRepository.StoredStatus>> lookup(SqlClient conn, String number) {
    Optional<PgCaseRepository.StoredStatus> hit = cases.getIfPresent(number);
    metrics.statusLookup(hit != null);
    if (hit != null) {
      return Future.succeededFuture(hit);
    }
    return repo.findStatus(conn, number).onSuccess(s -> cases.put(number, s));
  }

  /** Forget what this instance cached of a case (after a change to it). */
  public void invalidate(String caseNumber) {
    cases.invalidate(caseNumber);
  }
}
