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

/** The evidence photos: waiting with their conversation, then kept with the case the report registered. */
public final class PgPhotoRepository {
  /** Photos a report may carry. */
  public static final int MAX_PHOTOS = 6;

  private static final String ADD = """
      INSERT INTO evidence_photos (conversation_id, content_type, bytes, size, width, height, sha256, created_at)
      SELECT $1, 'image/jpeg', $2, $3, $4, $5, $6, $7
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
      WITH p AS (SELECT p.id, p.case_id, p.bytes FROM evidence_photos p JOIN cases c ON c.id = p.case_id
                 WHERE c.case_number = $1 AND p.id = $2),
           logged AS (INSERT INTO access_log (actor, case_id, what, at)
                      SELECT $3, case_id, 'photo ' || id, $4 FROM p)
      SELECT bytes FROM p""";
  /** After the receipt (issue 13 §12): straight onto the case, within the same limit of photos per case. */
  private static final String ADD_TO_CASE = """
      INSERT INTO evidence_photos (case_id, content_type, bytes, size, width, height, sha256, created_at)
      SELECT $1, 'image/jpeg', $2, $3, $4, $5, $6, $7
      WHERE (SELECT count(*) FROM evidence_photos WHERE case_id = $1) < $8
      RETURNING id, (SELECT count(*) FROM evidence_photos WHERE case_id = $1) + 1""";
  /** One photo at a time per case, so that two at once never make a seventh. */
  private static final String LOCK_CASE = "SELECT pg_advisory_xact_lock(hashtext('evidence_photos'), $1::int)";
  private static final String COUNT = """
      SELECT count(*) FROM evidence_photos WHERE case_id = $1""";

  private final Pool pool;
  private final Clock clock;

  public PgPhotoRepository(Pool pool, Clock clock) {
    this.pool = pool;
    this.clock = clock;
  }

  /** Adds a cleaned photo to the conversation's next report; empty when it already has {@link #MAX_PHOTOS}. */
  Future<Optional<Long>> add(UUID conversation, PhotoCleaner.Clean photo) {
    return pool.preparedQuery(ADD).execute(Tuple.tuple().addUUID(conversation).addBuffer(Buffer.buffer(photo.jpeg()))
            .addInteger(photo.jpeg().length).addInteger(photo.width()).addInteger(photo.height())
            .addBuffer(Buffer.buffer(sha256(photo.jpeg()))).addOffsetDateTime(clock.instant().atOffset(ZoneOffset.UTC))
            .addInteger(MAX_PHOTOS))
        .map(rows -> rows.size() == 0 ? Optional.empty() : Optional.of(rows.iterator().next().getLong(0)));
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
    return pool.withTransaction(conn -> conn.preparedQuery(LOCK_CASE).execute(Tuple.of(caseId))
        .compose(v -> conn.preparedQuery(ADD_TO_CASE).execute(Tuple.tuple().addLong(caseId)
            .addBuffer(Buffer.buffer(photo.jpeg())).addInteger(photo.jpeg().length).addInteger(photo.width())
            .addInteger(photo.height()).addBuffer(Buffer.buffer(sha256(photo.jpeg())))
            .addOffsetDateTime(clock.instant().atOffset(ZoneOffset.UTC)).addInteger(MAX_PHOTOS)))
        .compose(rows -> {
          if (rows.size() == 0) {
            return Future.succeededFuture(Optional.<Added>empty());
          }
          Row r = rows.iterator().next();
          Added a = new Added(r.getLong(0), r.getInteger(1));
          return recorded.apply(conn, a).map(x -> Optional.of(a));
        }));
  }

  /** How many photos a case has (the public status says "照片 N 张", nothing more). */
  public Future<Integer> count(long caseId) {
    return pool.preparedQuery(COUNT).execute(Tuple.of(caseId)).map(rows -> rows.iterator().next().getInteger(0));
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
        .map(rows -> rows.size() == 0 ? Optional.empty() : Optional.of(rows.iterator().next().getBuffer(0)));
  }

  private static byte[] sha256(byte[] b) {
    try {
      return MessageDigest.getInstance("SHA-256").digest(b);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
