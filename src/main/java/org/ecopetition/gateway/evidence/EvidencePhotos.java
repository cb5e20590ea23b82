package org.ecopetition.gateway.evidence;

import io.vertx.core.Future;
import io.vertx.core.WorkerExecutor;
import java.util.UUID;

/**
 * The evidence photo store as other features use it (a picture sent on WeChat or WeCom): the bytes cleaned on the
 * worker pool exactly as a web upload is (EXIF, XMP, IPTC removed; a PNG redrawn as a JPEG), then added to the
 * conversation's next report, at most {@link PgPhotoRepository#MAX_PHOTOS}.
 */
public final class EvidencePhotos {
  /** What became of a picture: kept (its photo id), refused (the reason's code), or no room left. */
  public sealed interface Outcome permits Kept, Refused, Full {}

  public record Kept(long photoId) implements Outcome {}

  /** {@code reason}: photo_empty, photo_too_large, photo_type or photo_unreadable. */
  public record Refused(String reason) implements Outcome {}

  public record Full() implements Outcome {}

  private final PgPhotoRepository photos;
  private final WorkerExecutor worker;

  public EvidencePhotos(PgPhotoRepository photos, WorkerExecutor worker) {
    this.photos = photos;
    this.worker = worker;
  }

  /** The largest picture taken (10 MB), as for the web chat. */
  public static int maxBytes() {
    return PhotoCleaner.MAX_BYTES;
  }

  public Future<Outcome> attach(UUID conversation, byte[] bytes) {
    return worker.<PhotoCleaner.Result>executeBlocking(() -> PhotoCleaner.clean(bytes), false).compose(result -> {
      if (result instanceof PhotoCleaner.Refused r) {
        return Future.succeededFuture(new Refused("photo_" + r.reason().name().toLowerCase(java.util.Locale.ROOT)));
      }
      return photos.add(conversation, (PhotoCleaner.Clean) result)
          .map(id -> id.<Outcome>map(Kept::new).orElseGet(Full::new));
    });
  }
}
