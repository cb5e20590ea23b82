package org.ecopetition.gateway.inbound;

import io.vertx.core.Future;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.Tuple;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * Pictures sent on a messaging channel, between the message and the evidence photo ({@code channel_media}): recorded
 * when the message is taken, leased by the instance that fetches them, then kept, refused or failed with the reason.
 * Every time is the gateway's clock, passed in.
 */
public final class PgMediaRepository {
  /** A picture to fetch: its row, conversation, channel and the platform's media id. */
  public record Job(long id, UUID conversation, String channel, String mediaId, int attempts, String owner) {}

  /** What recording a picture gave: a new row leased to the caller, a row already there, or no room left. */
  public sealed interface Recorded permits Fresh, Again, Full {}

  public record Fresh(Job job) implements Recorded {}

  public record Again() implements Recorded {}

  public record Full() implements Recorded {}

  // Room is counted over the photos waiting for the next report and the pictures still being fetched.
  private static final String RECORD = """
      INSERT INTO channel_media (conversation_id, channel, msg_key, media_id, state, next_at, lease_owner, lease_until,
                                 created_at)
      SELECT $1, $2, $3, $4, 'pending', $5, $6, $7, $5
      WHERE (SELECT count(*) FROM evidence_photos WHERE conversation_id = $1 AND case_id IS NULL)
          + (SELECT count(*) FROM channel_media WHERE conversation_id = $1 AND state = 'pending') < $8
      ON CONFLICT (channel, msg_key) DO NOTHING
      RETURNING id""";
  private static final String EXISTS = "SELECT 1 FROM channel_media WHERE channel = $1 AND msg_key = $2";
  private static final String DUE = """
      UPDATE channel_media SET lease_owner = $2, lease_until = $3
      WHERE id IN (SELECT id FROM channel_media WHERE state = 'pending' AND next_at <= $1
                     AND (lease_until IS NULL OR lease_until < $1)
                   ORDER BY next_at LIMIT $4 FOR UPDATE SKIP LOCKED)
      RETURNING id, conversation_id, channel, media_id, attempts""";
  private static final String DONE = """
      UPDATE channel_media SET state = $3, photo_id = $4, last_error = $5, attempts = attempts + 1,
        lease_owner = NULL, lease_until = NULL
      WHERE id = $1 AND lease_owner = $2""";
  private static final String RETRY = """
      UPDATE channel_media SET attempts = attempts + 1, last_error = $3, next_at = $4, lease_owner = NULL,
        lease_until = NULL
      WHERE id = $1 AND lease_owner = $2""";

  private final Pool pool;

  public PgMediaRepository(Pool pool) {
    this.pool = pool;
  }

  /** Records a picture of a conversation unless it already has {@code max} waiting; leased to {@code owner}. */
  public Future<Recorded> record(UUID conversation, String channel, String key, String mediaId, Instant now,
      String owner, Duration lease, int max) {
    return pool.preparedQuery(RECORD).execute(Tuple.tuple().addUUID(conversation).addString(channel).addString(key)
            .addString(mediaId).addOffsetDateTime(at(now)).addString(owner).addOffsetDateTime(at(now.plus(lease)))
            .addInteger(max))
        .compose(rows -> {
          if (rows.size() > 0) {
            return Future.succeededFuture(new Fresh(new Job(rows.iterator().next().getLong(0), conversation, channel,
                mediaId, 0, owner)));
          }
          return pool.preparedQuery(EXISTS).execute(Tuple.of(channel, key))
              .map(r -> r.size() > 0 ? new Again() : new Full());
        });
  }

  /** Pictures whose fetch is due and not leased, leased to {@code owner}. */
  public Future<List<Job>> due(Instant now, String owner, Duration lease, int limit) {
    return pool.preparedQuery(DUE).execute(Tuple.of(at(now), owner, at(now.plus(lease)), limit)).map(rows -> {
      List<Job> jobs = new ArrayList<>();
      for (Row r : rows) {
        jobs.add(new Job(r.getLong("id"), r.getUUID("conversation_id"), r.getString("channel"), r.getString("media_id"),
            r.getInteger("attempts"), owner));
      }
      return jobs;
    });
  }

  /** The picture is an evidence photo now. */
  public Future<Void> kept(Job job, long photoId) {
    return done(job, "kept", photoId, null);
  }

  /** The picture will not be kept ({@code why}: too many photos, not a photo, an errcode that will not change). */
  public Future<Void> refused(Job job, String why) {
    return done(job, "refused", null, why);
  }

  public Future<Void> failed(Job job, String why) {
    return done(job, "failed", null, why);
  }

  /** The fetch failed for now: tried again from {@code next}. */
  public Future<Void> retry(Job job, String why, Instant next) {
    return pool.preparedQuery(RETRY).execute(Tuple.of(job.id(), job.owner(), why, at(next))).mapEmpty();
  }

  private Future<Void> done(Job job, String state, Long photoId, String why) {
    return pool.preparedQuery(DONE).execute(Tuple.of(job.id(), job.owner(), state, photoId, why)).mapEmpty();
  }

  private static OffsetDateTime at(Instant i) {
    return i.atOffset(ZoneOffset.UTC);
  }
}
