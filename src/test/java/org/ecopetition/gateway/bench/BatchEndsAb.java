package org.ecopetition.gateway.bench;

import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.pgclient.PgBuilder;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.PoolOptions;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.SqlConnection;
import io.vertx.sqlclient.Tuple;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.ecopetition.gateway.db.Migrations;
import org.ecopetition.gateway.db.PgUrl;

/**
 * What a group-commit batch's two ends cost PostgreSQL's backend, the shape before V41 against V41's, on ONE
 * connection, in alternating rounds (so that a shared machine's load falls on both alike), as the gateway's client
 * sends them (simple queries and cached prepared statements, pipelined where the gateway pipelines):
 * <ul>
 *   <li>A (V34–V40): {@code BEGIN; SELECT set_config(notify_after)} and {@code load_batch} written together; the turns'
 *       events; {@code SELECT current_setting(ids), current_setting(turns); COMMIT}; after its answer
 *       {@code notify_committed(ids, turns)} (a round trip of its own);</li>
 *   <li>B (V41): {@code BEGIN} and {@code load_batch_untold} written together; the same events; {@code COMMIT} and
 *       {@code notify_untold(tag)} written together (V42's tag).</li>
 * </ul>
 * The middle of the batch (the turns' events: {@code turn_event} for N conversations, one statement) is the same in
 * both, and the load reads no conversation: what differs is the ends. The backend's CPU from /proc (PostgreSQL on this
 * machine), per batch, for each shape. Usage (a database this may migrate; the local server needs no password):
 * <pre>
 *   java -cp "$CP" org.ecopetition.gateway.bench.BatchEndsAb postgresql://postgres@127.0.0.1:5432/turnpg_ab [rounds 11]
 *     [batches a round 500] [turns a batch 30]
 * </pre>
 */
final class BatchEndsAb {
  private static final String EVENTS = "SELECT count(turn_event(c, NULL)) FROM unnest($1::uuid[]) AS c";

  public static void main(String[] args) throws Exception {
    PgUrl url = PgUrl.parse(args[0]);
    int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 11;
    int batches = args.length > 2 ? Integer.parseInt(args[2]) : 500;
    int turns = args.length > 3 ? Integer.parseInt(args[3]) : 30;
    Migrations.run(url);
    Vertx vertx = Vertx.vertx();
    Pool pool = PgBuilder.pool().with(new PoolOptions().setMaxSize(1)).connectingTo(url.connectOptions())
        .using(vertx).build();
    try {
      SqlConnection conn = pool.getConnection().toCompletionStage().toCompletableFuture().get();
      int pid = conn.query("SELECT pg_backend_pid()").execute().map(rs -> rs.iterator().next().getInteger(0))
          .toCompletionStage().toCompletableFuture().get();
      UUID[] ids = new UUID[turns];
      for (int i = 0; i < turns; i++) {
        ids[i] = UUID.randomUUID();
      }
      Tuple events = Tuple.of(ids);
      long[] ticks = new long[2];
      long[] done = new long[2];
      long[] nanos = new long[2];
      List<double[]> perRound = new ArrayList<>();
      // A warm-up round of each, not counted (plans cached, the code paths hot).
      for (int r = -1; r < rounds; r++) {
        double[] ms = new double[2];
        for (int k = 0; k < 2; k++) {
          int shape = (r & 1) == 0 ? k : 1 - k;
          long c0 = cpuTicks(pid);
          long t0 = System.nanoTime();
          for (int b = 0; b < batches; b++) {
            (shape == 0 ? before(conn, events) : v41(conn, events)).toCompletionStage().toCompletableFuture().get();
          }
          long t1 = System.nanoTime();
          long c1 = cpuTicks(pid);
          if (r >= 0) {
            ticks[shape] += c1 - c0;
            done[shape] += batches;
            nanos[shape] += t1 - t0;
          }
          ms[shape] = (c1 - c0) * 10.0 / batches;
        }
        if (r >= 0) {
          perRound.add(ms);
        }
      }
      for (int k = 0; k < 2; k++) {
        System.out.printf(Locale.ROOT,
            "%s: %d batches of %d turns; backend CPU %.4f ms a batch; wall %.3f ms a batch%n", k == 0 ? "A (before V41)" : "B (V41)", done[k], turns, ticks[k] * 10.0 / done[k], nanos[k] / 1e6 / done[k]);
      }
      double[] ratio = perRound.stream().filter(m -> m[1] > 0).mapToDouble(m -> m[0] / m[1]).sorted().toArray();
      System.out.printf(Locale.ROOT,
          "A/B of the totals %.3f; per round A/B min %.3f median %.3f max %.3f (%d rounds)%n",
          (double) ticks[0] / ticks[1], ratio[0], ratio[ratio.length / 2], ratio[ratio.length - 1], ratio.length);
      conn.close();
    } finally {
      vertx.close().toCompletionStage().toCompletableFuture().get();
    }
  }

  /** The shape before V41 (V34–V40's GroupCommit). */
  private static Future<Void> before(SqlConnection conn, Tuple events) {
    Future<?> begun = conn.query("BEGIN; SELECT set_config('gateway.notify_after', 'on', true)").execute();
    Future<?> load = conn.preparedQuery("SELECT * FROM load_batch($1::uuid[], $2::bigint[], $3::text[])")
        .execute(Tuple.of(new UUID[0], new Long[0], new String[0]));
    Future<?> made = conn.preparedQuery(EVENTS).execute(events);
    return Future.all(begun, load, made).compose(v -> conn.query(
        "SELECT current_setting('gateway.notify_ids', true), current_setting('gateway.notify_turns', true); COMMIT")
        .execute()).compose(rs -> {
          Row r = rs.iterator().next();
          String ids = r.getString(0);
          String turns = r.getString(1);
          Long[] e = ids == null || ids.isEmpty() ? new Long[0]
              : java.util.Arrays.stream(ids.split(",")).filter(s -> !s.isEmpty()).map(Long::valueOf)
                  .toArray(Long[]::new);
          String[] t = turns == null ? new String[0]
              : java.util.Arrays.stream(turns.split(";")).filter(s -> !s.isEmpty()).toArray(String[]::new);
          return conn.preparedQuery("SELECT notify_committed($1::bigint[], $2::text[])")
              .execute(Tuple.from(new Object[] {e, t}));
        }).mapEmpty();
  }

  private static long tags;

  /** V41's shape, with V42's tag (the gateway's GroupCommit). */
  private static Future<Void> v41(SqlConnection conn, Tuple events) {
    Future<?> begun = conn.query("BEGIN").execute();
    // As the gateway sends them since V42: the batch's own tag to the load and to the NOTIFYs.
    String tag = Long.toString(++tags, 36);
    Future<?> load = conn.preparedQuery("SELECT * FROM load_batch_untold($1::uuid[], $2::bigint[], $3::text[], $4::text)")
        .execute(Tuple.of(new UUID[0], new Long[0], new String[0], tag));
    Future<?> made = conn.preparedQuery(EVENTS).execute(events);
    return Future.all(begun, load, made).compose(v -> {
      Future<?> committed = conn.query("COMMIT").execute();
      Future<?> told = conn.preparedQuery("SELECT notify_untold($1::text)").execute(Tuple.of(tag));
      return Future.all(committed, told);
    }).mapEmpty();
  }

  /** A process's user + system CPU ticks (1/100 s). */
  private static long cpuTicks(int pid) throws Exception {
    String stat = Files.readString(Path.of("/proc/" + pid + "/stat"));
    String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
    return Long.parseLong(f[11]) + Long.parseLong(f[12]);
  }
}
