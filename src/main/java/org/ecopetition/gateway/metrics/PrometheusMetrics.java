package org.ecopetition.gateway.metrics;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.Timer;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.VertxOptions;
import io.vertx.core.http.HttpServer;
import io.vertx.ext.web.Router;
import io.vertx.micrometer.Label;
import io.vertx.micrometer.MicrometerMetricsFactory;
import io.vertx.micrometer.MicrometerMetricsOptions;
import io.vertx.micrometer.PrometheusScrapingHandler;
import java.time.Duration;
import java.util.EnumSet;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.ecopetition.gateway.config.GatewayConfig;

/**
 * The metrics of one gateway in a Prometheus registry of its own (several gateways may share a JVM in
 * tests): Vert.x's (HTTP requests by route and code, WebSockets, the PostgreSQL pool's queue and waits,
 * JVM), the gateway's turns, extractions and status lookups, and gauges of what others report.
 * Labels never carry a path, a case number or anything a petitioner typed: routes are the route patterns.
 */
public final class PrometheusMetrics implements Metrics {
  private static final Duration[] TURN_SLOS = {Duration.ofMillis(5), Duration.ofMillis(10), Duration.ofMillis(25),
      Duration.ofMillis(50), Duration.ofMillis(100), Duration.ofMillis(250), Duration.ofMillis(500),
      Duration.ofSeconds(1), Duration.ofSeconds(2), Duration.ofSeconds(5)};

  private final PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
  private final Map<String, Timer> turns = new ConcurrentHashMap<>();
  private final Timer extraction;
  private final Counter statusCached;
  private final Counter statusRead;
  private final Counter refused;
  private final io.micrometer.core.instrument.DistributionSummary batches;
  private final Counter batchSkippedTurns;
  private final Counter batchesFailed;
  private final Timer batchQueued;
  private final Counter batchDeferred;
  private final Timer batchOrdinary;
  private final Timer batchMixed;

  public PrometheusMetrics() {
    extraction = Timer.builder("gateway.extraction").description("extractions of petitioner texts on the nlp pool")
        .serviceLevelObjectives(Duration.ofMillis(1), Duration.ofMillis(5), Duration.ofMillis(25), Duration.ofMillis(100))
        .register(registry);
    statusCached = Counter.builder("gateway.status.lookups").tag("source", "cache")
        .description("status lookups of a case: answered from this instance's cache (hit) or read (miss)")
        .register(registry);
    statusRead = Counter.builder("gateway.status.lookups").tag("source", "database")
        .description("status lookups of a case: answered from this instance's cache (hit) or read (miss)")
        .register(registry);
    refused = Counter.builder("gateway.unavailable.refusals")
        .description("requests and chat messages answered 503 because the database could not be reached")
        .register(registry);
    batches = io.micrometer.core.instrument.DistributionSummary.builder("gateway.turns.batch")
        .description("turns per group-commit batch (one transaction, one fsync)").baseUnit("turns")
        .serviceLevelObjectives(1, 2, 5, 10, 20, 50).register(registry);
    batchSkippedTurns = Counter.builder("gateway.turns.batch.skipped")
        .description("turns left out of their batch because another transaction held their conversation, then tried alone")
        .register(registry);
    batchesFailed = Counter.builder("gateway.turns.batch.failed")
        .description("batches that did not commit as a whole (each of their turns tried alone)").register(registry);
    batchQueued = Timer.builder("gateway.turns.batch.queued")
        .description("turns' waits in the group commit's queue until a batch took them").serviceLevelObjectives(TURN_SLOS)
        .register(registry);
    batchDeferred = Counter.builder("gateway.turns.batch.deferred")
        .description("turns a committed batch sent on to the next batch, behind a turn that registered a case")
        .register(registry);
    batchOrdinary = batchTimer("ordinary");
    batchMixed = batchTimer("mixed");
  }

  /**
   * A Vert.x whose own metrics go to this registry; its HTTP servers' metrics survive a connection accepted while
   * the server starts ({@link AcceptedEarly}).
   */
  public Vertx newVertx() {
    return newVertx(VertxOptions.DEFAULT_EVENT_LOOP_POOL_SIZE);
  }

  /** As above, with {@code eventLoops} event loops in all. */
  public Vertx newVertx(int eventLoops) {
    MicrometerMetricsOptions options = new MicrometerMetricsOptions().setEnabled(true).setJvmMetricsEnabled(true)
        .setLabels(EnumSet.of(Label.HTTP_ROUTE, Label.HTTP_METHOD, Label.HTTP_CODE, Label.POOL_TYPE, Label.POOL_NAME));
    return Vertx.builder().with(new VertxOptions().setMetricsOptions(options).setEventLoopPoolSize(eventLoops))
        .withMetrics(new GuardedMetricsFactory(new MicrometerMetricsFactory(registry))).build();
  }

  /** {@code GET /metrics} on a server of its own (the public port never serves it). */
  public Future<HttpServer> serve(Vertx vertx, GatewayConfig.Metrics cfg) {
    Router router = Router.router(vertx);
    router.get("/metrics").handler(PrometheusScrapingHandler.create(registry));
    return vertx.createHttpServer().requestHandler(router).listen(cfg.port(), cfg.host());
  }

  /** A figure someone else keeps (the database's availability, the open sockets, a count read from PostgreSQL). */
  public void gauge(String name, String description, Supplier<Number> value, String... tags) {
    Gauge.builder(name, value).description(description).tags(tags).register(registry);
  }

  /** The text Prometheus scrapes (tests read it without a server). */
  public String scrape() {
    return registry.scrape();
  }

  @Override
  public void turn(String channel, String transport, long nanos, Outcome outcome) {
    String key = channel + '/' + transport + '/' + outcome;
    turns.computeIfAbsent(key, k -> Timer.builder("gateway.turns")
        .description("petitioner turns, from the message's arrival to its stored replies")
        .tag("channel", channel).tag("transport", transport).tag("outcome", outcome.name().toLowerCase())
        .serviceLevelObjectives(TURN_SLOS).register(registry)).record(nanos, TimeUnit.NANOSECONDS);
  }

  @Override
  public void extraction(long nanos) {
    extraction.record(nanos, TimeUnit.NANOSECONDS);
  }

  @Override
  public void statusLookup(boolean cached) {
    (cached ? statusCached : statusRead).increment();
  }

  @Override
  public void refusedUnavailable() {
    refused.increment();
  }

  /** {@code kind}: ordinary (every turn in the batch's one write) or mixed (a turn did statements of its own). */
  private Timer batchTimer(String kind) {
    return Timer.builder("gateway.turns.batch.time").tag("kind", kind)
        .description("group-committed turns' batches, from asking their connection to their COMMIT's answer (per turn)")
        .serviceLevelObjectives(TURN_SLOS).register(registry);
  }

  @Override
  public void batchTimes(long queuedNanos, long batchNanos, boolean ordinary) {
    batchQueued.record(queuedNanos, TimeUnit.NANOSECONDS);
    (ordinary ? batchOrdinary : batchMixed).record(batchNanos, TimeUnit.NANOSECONDS);
  }

  @Override
  public void deferred(int turns) {
    batchDeferred.increment(turns);
  }

  @Override
  public void batch(int turns, int skipped, boolean committed) {
    batches.record(turns);
    batchSkippedTurns.increment(skipped);
    if (!committed) {
      batchesFailed.increment();
    }
  }
}
