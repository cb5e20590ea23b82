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
 * code, and 429 past a bound. Every attempt is checked in one atomic call to PostgreSQL (V21, V29), which counts it
 * only when the code is wrong (a right code is a pure read: issue 16 §4), so the bounds hold under concurrency and
 * across instances: per (case, device) {@code maxFailuresPerCaseClient}, per
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
  /** Where a query on its own goes: the pool, or a pipelined client (see {@link #StatusQueries(PgCaseRepository,
   * QueryCodes, GatewayConfig.Status, Metrics, java.time.Clock, SqlClient)}). */
  private final SqlClient alone;

  /**
   * {@code metrics}: counts lookups answered from the cache and those read from PostgreSQL; {@code clock}: the day a
   * written opinion opened here with its code is delivered. Queries on their own go through the repository's pool.
   */
  public StatusQueries(PgCaseRepository repo, QueryCodes codes, GatewayConfig.Status limits, Metrics metrics,
      java.time.Clock clock) {
    this(repo, codes, limits, metrics, clock, repo.pool());
  }

  /**
   * {@code alone}: the client the queries on their own (the public status API) use — the pool, or a pipelined client
   * ({@code database.statusConnections}). Pipelining is safe here: such a query is one statement (with at most the
   * delivery's writes after it), each sent with its own Sync, so each runs in an implicit transaction of its own
   * whose advisory locks end with it; nothing sets session state.
   */
  public StatusQueries(PgCaseRepository repo, QueryCodes codes, GatewayConfig.Status limits, Metrics metrics,
      java.time.Clock clock, SqlClient alone) {
    this.alone = alone;
    this.metrics = metrics;
    this.clock = clock;
    this.repo = repo;
    this.codes = codes;
    this.limits = limits;
    Duration ttl = Duration.ofSeconds(Math.max(0, limits.cacheSeconds()));
    // Without a cache time nothing is kept (a cache of zero seconds still scheduled an eviction per query on the
    // common pool); with one, its upkeep runs on the calling event loop, not handed to another thread per write.
    this.cases = ttl.isZero() ? null
        : Caffeine.newBuilder().maximumSize(100_000).expireAfterWrite(ttl).executor(Runnable::run).build();
  }

  private StatusQueries(StatusQueries of, SqlClient alone) {
    this.alone = alone;
    this.metrics = of.metrics;
    this.clock = of.clock;
    this.repo = of.repo;
    this.codes = of.codes;
    this.limits = of.limits;
    this.cases = of.cases;
  }

  /**
   * The same queries (the same cache and bounds) with those on their own sent through {@code alone}: an HTTP event
   * loop's own client ({@code db/LoopClients}), so that a query never leaves the loop that received it.
   */
  public StatusQueries through(SqlClient alone) {
    return new StatusQueries(this, alone);
  }

  /** A query on its own (the public status API), outside any transaction. */
  public Future<StatusResult> query(String caseNumber, String code, Asker asker) {
    return query(alone, caseNumber, code, asker);
  }

  /**
   * {@code conn}: the connection to use (a chat turn's own, or the pool). A case this instance has cached costs one
   * statement (the bounds); one it has not, one too: read and bounded together (issue 16 §4). Either writes only for
   * a wrong code or an unknown case.
   */
  public Future<StatusResult> query(SqlClient conn, String caseNumber, String code, Asker asker) {
    String number = caseNumber == null ? "" : caseNumber.strip().toUpperCase();
    String typed = code == null ? "" : code.strip().toUpperCase();
    boolean valid = CaseNumber.valid(number);
    // The typed code's HMAC, once per query (null: malformed).
    byte[] typedHmac = typed.length() == QueryCodes.LENGTH ? codes.hmac(typed) : null;
    Optional<PgCaseRepository.StoredStatus> hit = valid && cases != null ? cases.getIfPresent(number) : null;
    if (valid) {
      metrics.statusLookup(hit != null);
    }
    if (valid && hit == null) {
      return repo.statusAndAttempt(conn, number, keys(number, asker, false), keys(number, asker, true),
              typedHmac, asker.conversation(), asker.deviceHash(), limits)
          .compose(looked -> {
            if (cases != null) {
              cases.put(number, looked.status());
            }
            return answer(conn, looked.status(), typedHmac, looked.waitSeconds());
          });
    }
    Optional<PgCaseRepository.StoredStatus> s = valid ? hit : Optional.empty();
    boolean right = s.isPresent() && QueryCodes.same(typedHmac, s.get().hmac());
    PgCaseRepository.Keys keys = valid ? keys(number, asker, s.isEmpty() || !asker.owns(s.get()))
        : new PgCaseRepository.Keys(List.of("client:" + asker.client()), List.of(limits.maxFailuresPerClient()),
            List.of(0));
    return repo.attempt(conn, keys.keys(), keys.bounds(), keys.delays(), right, limits)
        .compose(wait -> answer(conn, s, typedHmac, wait));
  }

  /**
   * The keys an attempt on a well-formed case number counts: the client across cases, the (case, device) pair, and —
   * unless the asker is the case's own device ({@code perCase} false) — the case from everyone. A malformed number is
   * counted against the client only, so junk does not create a row per string it invents.
   */
  private PgCaseRepository.Keys keys(String number, Asker asker, boolean perCase) {
    List<String> keys = new ArrayList<>(List.of("client:" + asker.client(), "pair:" + number + "|" + asker.device()));
    List<Integer> bounds = new ArrayList<>(List.of(limits.maxFailuresPerClient(), limits.maxFailuresPerCaseClient()));
    List<Integer> delays = new ArrayList<>(List.of(0, 0));
    if (perCase) {
      keys.add("case:" + number);
      bounds.add(limits.maxFailuresPerCase());
      delays.add(limits.caseDelayAfter());
    }
    return new PgCaseRepository.Keys(keys, bounds, delays);
  }

  /**
   * The case registered in conversation {@code conversation}, asked about there after its receipt ("明天会派人来吗"): the
   * conversation is its owner, so no code is asked and no attempt counted; any other case is not found. A pure read:
   * an opinion awaiting delivery is delivered by its code's opening only.
   */
  public Future<StatusResult> owned(SqlClient conn, String caseNumber, java.util.UUID conversation) {
    String number = caseNumber == null ? "" : caseNumber.strip().toUpperCase();
    if (!CaseNumber.valid(number) || conversation == null) {
      return Future.succeededFuture(new StatusResult.NotFound());
    }
    return repo.statusOwned(conn, number, conversation).map(s -> s.<StatusResult>map(
        found -> new StatusResult.Found(found.id(), found.view())).orElseGet(StatusResult.NotFound::new));
  }

  private Future<StatusResult> answer(SqlClient conn, Optional<PgCaseRepository.StoredStatus> s, byte[] typedHmac,
      int wait) {
    if (wait > 0) {
      return Future.succeededFuture(new StatusResult.Limited(wait));
    }
    if (s.isPresent() && QueryCodes.same(typedHmac, s.get().hmac())) {
      return opened(conn, s.get()).map(v -> new StatusResult.Found(s.get().id(), s.get().view()));
    }
    return Future.succeededFuture(new StatusResult.NotFound());
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
        invalidate(s.view().caseNumber());
      }
      return null;
    });
  }

  /** Forget what this instance cached of a case (after a change to it). */
  public void invalidate(String caseNumber) {
    if (cases != null) {
      cases.invalidate(caseNumber);
    }
  }
}
