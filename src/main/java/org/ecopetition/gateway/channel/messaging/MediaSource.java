package org.ecopetition.gateway.channel.messaging;

import io.vertx.core.Future;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.client.HttpResponse;
import java.util.Set;

/** A platform's media download ({@code cgi-bin/media/get}): a picture's bytes by its media id. */
public interface MediaSource {
  /** Fails with {@link MediaError} when the platform answered an error. */
  Future<Buffer> fetch(String mediaId);

  /** A download refused: the errcode or HTTP status only; {@code permanent} when trying again cannot help. */
  final class MediaError extends RuntimeException {
    private final boolean permanent;
    private final int errcode;

    public MediaError(String why, int errcode, boolean permanent) {
      super(why, null, false, false);
      this.errcode = errcode;
      this.permanent = permanent;
    }

    public boolean permanent() {
      return permanent;
    }

    public int errcode() {
      return errcode;
    }
  }

  /** 40007 invalid media_id, 41006 media_id missing, 40006 invalid size: the same id will never download. */
  Set<Integer> NEVER = Set.of(40007, 41006, 40006);

  /**
   * A media/get answer as WeChat and WeCom give it: the file itself with its content type, or (HTTP 200 as well) a
   * JSON error {@code {"errcode":40007,"errmsg":"invalid media_id"}} sent as JSON or as text/plain.
   */
  static Future<Buffer> read(HttpResponse<Buffer> r) {
    String type = r.getHeader("Content-Type") == null ? "" : r.getHeader("Content-Type").toLowerCase();
    Buffer body = r.body() == null ? Buffer.buffer() : r.body();
    boolean error = type.contains("json") || type.startsWith("text/")
        || (body.length() > 0 && body.length() < 4096 && body.getByte(0) == '{');
    if (r.statusCode() == 200 && !error && body.length() > 0) {
      return Future.succeededFuture(body);
    }
    int code = -1;
    try {
      code = new JsonObject(body).getInteger("errcode", -1);
    } catch (RuntimeException e) {
      // not JSON: the HTTP status says it
    }
    return Future.failedFuture(new MediaError("media/get: HTTP " + r.statusCode() + " errcode " + code, code,
        NEVER.contains(code)));
  }
}
