package org.ecopetition.gateway.evidence;

import io.vertx.core.Future;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.SqlClient;
import io.vertx.sqlclient.Tuple;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.UUID;
import io.vertx.core.Vertx;
import io.vertx.core.WorkerExecutor;
import org.ecopetition.gateway.config.GatewayConfig;

/** The evidence photos: waiting with their conversation, then kept with the case the report registered. */
public final class PgPhotoRepository {
  /** Photos a report may carry. */
  public static final int MAX_PHOTOS = 6;

  private static final String ADD = """
      INSERT INTO evidence_photos (conversation_id, content_type, bytes, size, width, height, sha256, created_at,
        object_key)
      SELECT $1, 'image/jpeg', $2, $3, $4, $5, $6, $7, $9
      WHERE (SELECT count(*) FROM evidence_photos WHERE conversation_id = $1 AND case_id IS NULL) < $8
      RETURNING id""";
  private static final String PENDING = """
      SELECT count(*) FROM evidence_photos WHERE conversation_id = $1 AND case_id IS NULL""";
  private static final String CLAIM = """
      UPDATE evidence_photos SET case_id = $2 WHERE conversation_id = $1 AND case_id IS NULL""";
  private static final String OF_CASE = """
      SELECT p.id, p.content_type, p.size, p.width, p.height, p.created_at
      FROM evidence_photos p JOIN cases c ON c.id = p.case_id WHERE c.case_number = $1 ORDER BY p.id""";
  /** Art 42: every look at a photo is recorded, in the same statement that reads it. */
  private static final String BYTES = """
      WITH p AS (SELECT p.id, p.case_id, p.bytes, p.object_key FROM evidence_photos p JOIN cases c ON c.id = p.case_id
                 WHERE c.case_number = $1 AND p.id = $2),
           logged AS (INSERT INTO access_log (actor, case_id, what, at)
                      SELECT $3, case_id, 'photo ' || id, $4 FROM p)
      SELECT bytes, object_key FROM p""";
  /** After the receipt (issue 13 §12): straight onto the case, within the same limit of photos per case. */
  private static final String ADD_TO_CASE = """
      INSERT INTO evidence_photos (case_id, content_type, bytes, size, width, height, sha256, created_at, object_key)
      SELECT $1, 'image/jpeg', $2, $3, $4, $5, $6, $7, $9
      WHERE (SELECT count(*) FROM evidence_photos WHERE case_id = $1) < $8
      RETURNING id, (SELECT count(*) FROM evidence_photos WHERE case_id = $1) + 1""";
  /** One photo at a time per case, so that two at once never make a seventh. */
  private static final String LOCK_CASE = "SELECT pg_advisory_xact_lock(hashtext('evidence_photos'), $1::int)";

  private final Pool pool;
  private final Clock clock;
  private final PhotoStore store;
  private final WorkerExecutor worker;

  /** Photos kept in their PostgreSQL rows (the default). */
  public PgPhotoRepository(Pool pool, Clock clock) {
    this(pool, clock, PhotoStore.IN_ROW, null);
  }

  private PgPhotoRepository(Pool pool, Clock clock, PhotoStore store, WorkerExecutor worker) {
    this.pool = pool;
    this.clock = clock;
    this.store = store;
    this.worker = worker;
  }

  /** As configured ({@code evidence.store}): in the rows, or the bytes in an S3-compatible store on the photos' pool. */
  public static PgPhotoRepository of(Pool pool, Clock clock, GatewayConfig.Evidence evidence, Vertx vertx) {
    return evidence.s3Enabled()
        ? new PgPhotoRepository(pool, clock, new S3PhotoStore(evidence.s3()), vertx.createSharedWorkerExecutor("photos", 2))
        : new PgPhotoRepository(pool, clock);
  }

  /**
   * The bytes go to the object store first (under a fresh key the row keeps): a row never points at nothing. If
   * the row is refused (the limit was reached meanwhile), the object is removed again.
   */
  private Future<String> putObject(PhotoCleaner.Clean photo) {
    if (store.inRow()) {
      return Future.succeededFuture(null);
    }
    String key = UUID.randomUUID() + ".jpg";
    return worker.executeBlocking(() -> {
      store.put(key, photo.jpeg());
      return key;
    }, false);
  }

  private <T> Future<Optional<T>> dropIfRefused(String key, Optional<T> stored) {
    if (key == null || stored.isPresent()) {
      return Future.succeededFuture(stored);
    }
    return worker.executeBlocking(() -> {
      store.delete(key);
      return stored;
    }, false);
  }

  private Tuple row(Object owner, PhotoCleaner.Clean photo, String key) {
    Tuple t = owner instanceof UUID u ? Tuple.tuple().addUUID(u) : Tuple.tuple().addLong((Long) owner);
    return t.addBuffer(key == null ? Buffer.buffer(photo.jpeg()) : null).addInteger(photo.jpeg().length)
        .addInteger(photo.width()).addInteger(photo.height()).addBuffer(Buffer.buffer(sha256(photo.jpeg())))
        .addOffsetDateTime(clock.instant().atOffset(ZoneOffset.UTC)).addInteger(MAX_PHOTOS).addString(key);
  }

  /** Adds a cleaned photo to the conversation's next report; empty when it already has {@link #MAX_PHOTOS}. */
  Future<Optional<Long>> add(UUID conversation, PhotoCleaner.Clean photo) {
    return putObject(photo).compose(key -> pool.preparedQuery(ADD).execute(row(conversation, photo, key))
        .map(rows -> rows.size() == 0 ? Optional.<Long>empty() : Optional.of(rows.iterator().next().getLong(0)))
        .compose(stored -> dropIfRefused(key, stored)));
  }

  /** Photos waiting for the conversation's next report. */
  Future<Integer> pending(UUID conversation) {
    return pool.preparedQuery(PENDING).execute(Tuple.of(conversation)).map(rows -> rows.iterator().next().getInteger(0));
  }

  /** On the turn's connection: the photos waiting in the conversation go with the case it has just registered. */
  public static Future<Integer> claim(SqlClient conn, UUID conversation, long caseId) {
    return conn.preparedQuery(CLAIM).execute(Tuple.of(conversation, caseId)).map(r -> r.rowCount());
  }

  /** A photo added to a case and how many it has now. */
  public record Added(long id, int count) {}

  /**
   * Adds a cleaned photo to a registered case (from the status page, with the case number and query code) and, in
   * the same transaction, what {@code recorded} writes (the entry of the case's history); empty when the case
   * already has {@link #MAX_PHOTOS}.
   */
  Future<Optional<Added>> addToCase(long caseId, PhotoCleaner.Clean photo,
      java.util.function.BiFunction<SqlClient, Added, Future<Void>> recorded) {
    return putObject(photo).compose(key -> pool.withTransaction(conn -> conn.preparedQuery(LOCK_CASE)
        .execute(Tuple.of(caseId))
        .compose(v -> conn.preparedQuery(ADD_TO_CASE).execute(row(caseId, photo, key)))
        .compose(rows -> {
          if (rows.size() == 0) {
            return Future.succeededFuture(Optional.<Added>empty());
          }
          Row r = rows.iterator().next();
          Added a = new Added(r.getLong(0), r.getInteger(1));
          return recorded.apply(conn, a).map(x -> Optional.of(a));
        })).compose(stored -> dropIfRefused(key, stored)));
  }

  Future<JsonArray> ofCase(String caseNumber) {
    return pool.preparedQuery(OF_CASE).execute(Tuple.of(caseNumber)).map(rows -> {
      JsonArray a = new JsonArray();
      for (Row r : rows) {
        a.add(new JsonObject().put("id", r.getLong("id")).put("contentType", r.getString("content_type"))
            .put("size", r.getInteger("size")).put("width", r.getInteger("width")).put("height", r.getInteger("height"))
            .put("at", r.getOffsetDateTime("created_at").toInstant().toString())
            .put("href", "/api/v1/staff/cases/" + caseNumber + "/photos/" + r.getLong("id")));
      }
      return a;
    });
  }

  Future<Optional<Buffer>> bytes(String caseNumber, long id, String actor) {
    return pool.preparedQuery(BYTES).execute(Tuple.of(caseNumber, id, actor,
            clock.instant().atOffset(ZoneOffset.UTC)))
        .compose(rows -> {
          if (rows.size() == 0) {
            return Future.succeededFuture(Optional.<Buffer>empty());
          }
          Row r = rows.iterator().next();
          String key = r.getString("object_key");
          if (key == null) {
            return Future.succeededFuture(Optional.of(r.getBuffer("bytes")));
          }
          return worker.<Optional<Buffer>>executeBlocking(() -> store.get(key).map(Buffer::buffer), false);
        });
  }

  private static byte[] sha256(byte[] b) {
    try {
      return MessageDigest.getInstance("SHA-256").digest(b);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
