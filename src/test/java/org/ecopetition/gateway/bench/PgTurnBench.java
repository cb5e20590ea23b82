package org.ecopetition.gateway.bench;

import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.pgclient.PgBuilder;
import io.vertx.pgclient.PgConnectOptions;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.PoolOptions;
import io.vertx.sqlclient.SqlConnection;
import io.vertx.sqlclient.Tuple;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import org.HdrHistogram.Recorder;

/**
 * PostgreSQL alone, committing transactions shaped like a chat turn (the conversation's row lock, read the state,
 * two inserts — the message in, the reply —, the state updated, the turn's event: as V36's {@code turn_event}, an id
 * of the events' sequence and a NOTIFY — at once for a turn alone, after the COMMIT for a batch — and no row), with fsync and
 * synchronous_commit as the server has them: one turn per transaction with a statement per round trip (the
 * gateway's turn alone); fifty turns of fifty conversations per transaction, each turn a savepoint with a statement
 * per round trip (the gateway's group commit: its ceiling); and fifty turns per transaction in multi-row statements
 * (locks taken in sorted order), the ceiling of any group commit.
 */
final class PgTurnBench {
  private static final String SCHEMA = """
      CREATE TABLE IF NOT EXISTS bench_conv (id bigint PRIMARY KEY, state jsonb NOT NULL, version bigint NOT NULL,
        updated_at timestamptz NOT NULL);
      CREATE TABLE IF NOT EXISTS bench_msg (id bigserial PRIMARY KEY, conv bigint NOT NULL, direction text NOT NULL,
        body jsonb NOT NULL, client_msg_id text, at timestamptz NOT NULL);
      CREATE INDEX IF NOT EXISTS bench_msg_conv ON bench_msg (conv, id);
      CREATE SEQUENCE IF NOT EXISTS bench_event_id;
      -- As the gateway's turn_event (V36): an id and a NOTIFY, now or (bench.notify_after) kept for after the COMMIT.
      CREATE OR REPLACE FUNCTION bench_turn_event(conv bigint) RETURNS bigint LANGUAGE plpgsql AS $f$
      DECLARE
        id bigint := nextval('bench_event_id');
        payload text := id::text || ',conversation_turn,' || conv::text || ',';
      BEGIN
        IF current_setting('bench.notify_after', true) = 'on' THEN
          PERFORM set_config('bench.notify_turns', coalesce(current_setting('bench.notify_turns', true), '') || payload
            || ';', true);
        ELSE
          PERFORM pg_notify('bench_events', payload);
        END IF;
        RETURN id;
      END $f$""";
  /** The turn's event as the gateway's (PgConversationRepository.TURN_EVENT): no row, the id and the last message. */
  private static final String TURN_EVENT = "SELECT bench_turn_event($1) AS id, "
      + "(SELECT max(m.id) FROM bench_msg m WHERE m.conv = $1) AS last_message";
  /** A batch's events NOTIFYed after its COMMIT, in a transaction that does not wait for its flush (as the gateway). */
  private static final String NOTIFY_COMMITTED = "SELECT pg_notify('bench_events', t) FROM unnest($1::text[]) AS t";
  static final int BATCH = 50;

  record Result(String name, double perSecond, double seconds, long turns, Recorder latency) {}

  private final Vertx vertx;
  private final Pool pool;
  private final String state;
  private final int conversations;

  PgTurnBench(Vertx vertx, PgConnectOptions db, int poolSize, int conversations) {
    this.vertx = vertx;
    this.conversations = conversations;
    this.pool = PgBuilder.pool().with(new PoolOptions().setMaxSize(poolSize)).connectingTo(db).using(vertx).build();
    // About the size of a conversation's state in the middle of an intake.
    StringBuilder sb = new StringBuilder("{\"dialog\":\"intake\",\"step\":7,\"lang\":\"zh\",\"slots\":{");
    for (int i = 0; i < 12; i++) {
      sb.append(i == 0 ? "" : ",").append("\"slot").append(i).append("\":\"一段填写好的内容，大约四十个字节\"");
    }
    state = sb.append("}}").toString();
  }

  void prepare() {
    pool.query(SCHEMA).execute().await();
    pool.query("DROP TABLE IF EXISTS bench_event").execute().await();
    pool.query("TRUNCATE bench_conv, bench_msg").execute().await();
    List<Tuple> rows = new ArrayList<>();
    for (long i = 0; i < Math.max(conversations, 8 * BATCH); i++) {
      rows.add(Tuple.of(i, state, stamp()));
    }
    pool.preparedQuery("INSERT INTO bench_conv (id, state, version, updated_at) VALUES ($1, $2::jsonb, 0, $3)")
        .executeBatch(rows).await();
  }

  /** The benchmark's stamp: a fixed moment of the suite's day (10:00 Beijing time), never a running clock. */
  private static OffsetDateTime stamp() {
    return org.ecopetition.gateway.support.TestClock.TODAY.atTime(10, 0)
        .atZone(org.ecopetition.gateway.support.TestClock.CHINA).toOffsetDateTime().withOffsetSameInstant(ZoneOffset.UTC);
  }

  /** {@code inFlight} conversations each committing one turn after another, for {@code seconds}. */
  Result oneAtATime(int inFlight, int warmSeconds, int seconds) {
    return run("one turn per transaction", warmSeconds, seconds, 1, inFlight, this::oneTurn);
  }

  /** {@code workers} connections each committing fifty turns per transaction, a savepoint and round trips per turn. */
  Result savepointed(int workers, int warmSeconds, int seconds) {
    return run(BATCH + " turns per transaction, a savepoint each", warmSeconds, seconds, BATCH, workers,
        this::savepointBatch);
  }

  /** {@code workers} connections each committing fifty turns per transaction. */
  Result batched(int workers, int warmSeconds, int seconds) {
    return run(BATCH + " turns per transaction", warmSeconds, seconds, BATCH, workers, this::batch);
  }

  private interface Unit {
    Future<Void> run(long first);
  }

  private Result run(String name, int warmSeconds, int seconds, int turnsPerUnit, int parallel, Unit unit) {
    AtomicBoolean stop = new AtomicBoolean();
    AtomicBoolean measuring = new AtomicBoolean();
    AtomicLong done = new AtomicLong();
    Recorder latency = new Recorder(3);
    for (int p = 0; p < parallel; p++) {
      long first = (long) p * turnsPerUnit;
      vertx.runOnContext(v -> loop(unit, first, stop, measuring, done, latency, turnsPerUnit));
    }
    sleep(warmSeconds * 1000L);
    measuring.set(true);
    latency.reset();
    long t0 = System.nanoTime();
    long d0 = done.get();
    sleep(seconds * 1000L);
    long turns = done.get() - d0;
    double secs = (System.nanoTime() - t0) / 1e9;
    stop.set(true);
    sleep(500);
    return new Result(name, turns / secs, secs, turns, latency);
  }

  private void loop(Unit unit, long first, AtomicBoolean stop, AtomicBoolean measuring, AtomicLong done,
      Recorder latency, int turnsPerUnit) {
    if (stop.get()) {
      return;
    }
    long t0 = System.nanoTime();
    unit.run(first).onComplete(r -> {
      if (r.succeeded()) {
        done.addAndGet(turnsPerUnit);
        if (measuring.get()) {
          latency.recordValue(TimeUnit.NANOSECONDS.toMicros(System.nanoTime() - t0));
        }
      }
      loop(unit, first, stop, measuring, done, latency, turnsPerUnit);
    });
  }

  /** Eight round trips: BEGIN, lock, read, two inserts, update, the turn's event (its NOTIFY at once), COMMIT. */
  private Future<Void> oneTurn(long conv) {
    OffsetDateTime at = stamp();
    return pool.withTransaction(c -> c.preparedQuery("SELECT id FROM bench_conv WHERE id = $1 FOR UPDATE")
        .execute(Tuple.of(conv)).compose(v -> turn(c, conv, at)));
  }

  /** A turn's statements after its lock, one round trip each. */
  private Future<Void> turn(SqlConnection c, long conv, OffsetDateTime at) {
    return c.preparedQuery("SELECT state, version FROM bench_conv WHERE id = $1").execute(Tuple.of(conv))
        .compose(rows -> insert(c, conv, "in", at))
        .compose(v -> insert(c, conv, "out", at))
        .compose(v -> c.preparedQuery("UPDATE bench_conv SET state = $2::jsonb, version = version + 1, updated_at = $3 "
            + "WHERE id = $1").execute(Tuple.of(conv, state, at)))
        .compose(v -> c.preparedQuery(TURN_EVENT).execute(Tuple.of(conv)))
        .mapEmpty();
  }

  /**
   * The gateway's group commit: fifty conversations locked in id order in one statement, then per turn a savepoint
   * (the previous released in the same round trip) and the turn's statements one round trip each; one COMMIT, its
   * turns' events NOTIFYed after it (V34, V36).
   */
  private Future<Void> savepointBatch(long first) {
    Long[] ids = new Long[BATCH];
    for (int i = 0; i < BATCH; i++) {
      ids[i] = first + i;
    }
    OffsetDateTime at = stamp();
    return notifyingAfter(c -> {
      Future<Void> chain = c.preparedQuery("SELECT id FROM bench_conv WHERE id = ANY($1) ORDER BY id FOR UPDATE")
          .execute(Tuple.of((Object) ids)).mapEmpty();
      for (int i = 0; i < BATCH; i++) {
        long conv = ids[i];
        String mark = i == 0 ? "SAVEPOINT turn" : "RELEASE SAVEPOINT turn; SAVEPOINT turn";
        chain = chain.compose(v -> c.query(mark).execute()).compose(v -> turn(c, conv, at));
      }
      return chain;
    });
  }

  /**
   * A transaction whose turns' events are NOTIFYed after its COMMIT, as the gateway's batches: BEGIN with
   * bench.notify_after, the work, the payloads read with the COMMIT, then the NOTIFYs in a transaction that does not
   * wait for its flush, pipelined (one round trip).
   */
  private Future<Void> notifyingAfter(java.util.function.Function<SqlConnection, Future<Void>> work) {
    return pool.getConnection().compose(c -> c.query("BEGIN; SELECT set_config('bench.notify_after', 'on', true)")
        .execute()
        .compose(v -> work.apply(c))
        .compose(v -> c.query("SELECT current_setting('bench.notify_turns', true); COMMIT").execute())
        .compose(rs -> {
          String turns = rs.iterator().next().getString(0);
          String[] told = turns == null ? new String[0] : java.util.Arrays.stream(turns.split(";"))
              .filter(t -> !t.isEmpty()).toArray(String[]::new);
          Future<?> begun = c.query("BEGIN; SET LOCAL synchronous_commit = off").execute();
          Future<?> notified = c.preparedQuery(NOTIFY_COMMITTED).execute(Tuple.of((Object) told));
          Future<?> ended = c.query("COMMIT").execute();
          return Future.join(begun, notified, ended).<Void>mapEmpty();
        })
        .recover(err -> c.query("ROLLBACK").execute().transform(x -> Future.<Void>failedFuture(err)))
        .onComplete(x -> c.close()));
  }

  private Future<Void> insert(SqlConnection c, long conv, String direction, OffsetDateTime at) {
    return c.preparedQuery("INSERT INTO bench_msg (conv, direction, body, client_msg_id, at) VALUES ($1, $2, $3::jsonb, $4, $5)")
        .execute(Tuple.of(conv, direction, "{\"text\":\"工厂夜里排放废水，河里有死鱼\",\"buttons\":[]}", "c" + conv, at))
        .mapEmpty();
  }

  /** Fifty conversations' turns in one transaction: the same statements, each multi-row, locks sorted. */
  private Future<Void> batch(long first) {
    Long[] ids = new Long[BATCH];
    String[] states = new String[BATCH];
    String[] inDir = new String[BATCH];
    String[] outDir = new String[BATCH];
    String[] bodies = new String[BATCH];
    String[] cids = new String[BATCH];
    for (int i = 0; i < BATCH; i++) {
      ids[i] = first + i;
      states[i] = state;
      inDir[i] = "in";
      outDir[i] = "out";
      bodies[i] = "{\"text\":\"工厂夜里排放废水，河里有死鱼\",\"buttons\":[]}";
      cids[i] = "c" + (first + i);
    }
    OffsetDateTime at = stamp();
    String msg = "INSERT INTO bench_msg (conv, direction, body, client_msg_id, at) "
        + "SELECT c, d, b::jsonb, m, $5 FROM unnest($1::int8[], $2::text[], $3::text[], $4::text[]) AS t(c, d, b, m)";
    return notifyingAfter(c -> c.preparedQuery("SELECT id FROM bench_conv WHERE id = ANY($1) ORDER BY id FOR UPDATE")
        .execute(Tuple.of((Object) ids))
        .compose(v -> c.preparedQuery("SELECT id, state, version FROM bench_conv WHERE id = ANY($1)").execute(Tuple.of(ids)))
        .compose(v -> c.preparedQuery(msg).execute(Tuple.of(ids, inDir, bodies, cids, at)))
        .compose(v -> c.preparedQuery(msg).execute(Tuple.of(ids, outDir, bodies, cids, at)))
        .compose(v -> c.preparedQuery("UPDATE bench_conv c SET state = u.s::jsonb, version = c.version + 1, updated_at = $3 "
            + "FROM unnest($1::int8[], $2::text[]) AS u(id, s) WHERE c.id = u.id").execute(Tuple.of(ids, states, at)))
        .compose(v -> c.preparedQuery("SELECT bench_turn_event(k) FROM unnest($1::int8[]) AS k").execute(Tuple.of((Object) ids)))
        .mapEmpty());
  }

  void close() {
    pool.close().await();
  }

  static void sleep(long ms) {
    try {
      Thread.sleep(ms);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
