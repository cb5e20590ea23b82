package org.ecopetition.gateway.metrics;

/**
 * What the gateway counts and times, as a port: features report through it and know nothing of Micrometer
 * or Prometheus ({@link PrometheusMetrics} is the adapter; {@link #NONE} counts nothing).
 */
public interface Metrics {
  /** How a turn ended: stored and answered, refused because the database is away, or failed. */
  enum Outcome { OK, UNAVAILABLE, ERROR }

  /** One petitioner turn, from the message's arrival to its replies being ready to send. */
  void turn(String channel, String transport, long nanos, Outcome outcome);

  /** One extraction on the NLP pool. */
  void extraction(long nanos);

  /** A status lookup answered from this instance's cache ({@code cached}) or read from PostgreSQL. */
  void statusLookup(boolean cached);

  /** A request answered 503 because the database could not be reached. */
  void refusedUnavailable();

  /**
   * A group commit's batch: {@code turns} in it, {@code skipped} of them left out because another transaction held
   * their conversation (each tried alone after the batch), {@code committed} whether the batch's COMMIT went through.
   */
  default void batch(int turns, int skipped, boolean committed) {}

  /**
   * Where a group-committed turn's time went (issue 16's latency tail): {@code queuedNanos} from its hand-over to the
   * group commit until its batch took it (behind batches in flight), then its batch's {@code batchNanos}, from asking
   * the batch's connection to its COMMIT's answer (once a turn); {@code ordinary}: every turn of the batch wrote through the batch's one
   * statement (none did statements, or worker-pool work, of its own while the batch waited).
   */
  default void batchTimes(long queuedNanos, long batchNanos, boolean ordinary) {}

  /** Turns a committed batch sent on to the next one, not run: behind a turn that registered a case. */
  default void deferred(int turns) {}

  Metrics NONE = new Metrics() {
    @Override
    public void turn(String channel, String transport, long nanos, Outcome outcome) {}

    @Override
    public void extraction(long nanos) {}

    @Override
    public void statusLookup(boolean cached) {}

    @Override
    public void refusedUnavailable() {}
  };
}
