package org.ecopetition.gateway.evidence;

import io.vertx.core.Future;
import io.vertx.core.Handler;
import io.vertx.core.Vertx;
import io.vertx.core.WorkerExecutor;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.BodyHandler;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import org.ecopetition.gateway.access.Endpoint;
import org.ecopetition.gateway.http.ApiError;
import org.ecopetition.gateway.http.Requests;

/**
 * Evidence photos (issue 13 §12). The petitioner's page sends each photo, already redrawn as a JPEG without its
 * metadata, to {@code POST /api/v1/photos} with the conversation's token; it is cleaned again here (EXIF, XMP, IPTC
 * removed) before it is stored, waits with the conversation, and goes with the case the report registers. Staff
 * see a case's photos through the staff gate ({@link Endpoint#CASE_PHOTOS}, {@link Endpoint#CASE_PHOTO}).
 */
public final class PhotoRouter {
  private final PgPhotoRepository photos;
  private final Function<String, Future<Optional<UUID>>> conversationOf;
  private final WorkerExecutor worker;

  private PhotoRouter(PgPhotoRepository photos, Function<String, Future<Optional<UUID>>> conversationOf,
      WorkerExecutor worker) {
    this.photos = photos;
    this.conversationOf = conversationOf;
    this.worker = worker;
  }

  /** The petitioner's routes, to mount at {@code /api/v1/photos}; {@code conversationOf}: token → conversation. */
  public static Router create(Vertx vertx, PgPhotoRepository photos,
      Function<String, Future<Optional<UUID>>> conversationOf) {
    PhotoRouter p = new PhotoRouter(photos, conversationOf, vertx.createSharedWorkerExecutor("photos", 2));
    Router r = Router.router(vertx);
    r.post("/").handler(BodyHandler.create().setBodyLimit(PhotoCleaner.MAX_BYTES).setHandleFileUploads(false))
        .handler(p::upload).failureHandler(PhotoRouter::tooLarge);
    r.get("/").handler(p::pending);
    return r;
  }

  /** The staff routes, mounted by the staff router behind its gate (role, scope, the case's visibility). */
  public static Map<Endpoint, Handler<RoutingContext>> staffHandlers(PgPhotoRepository photos) {
    Map<Endpoint, Handler<RoutingContext>> h = new EnumMap<>(Endpoint.class);
    h.put(Endpoint.CASE_PHOTOS, ctx -> photos.ofCase(ctx.pathParam("caseNumber"))
        .onSuccess(a -> ctx.json(new JsonObject().put("photos", a))).onFailure(ctx::fail));
    h.put(Endpoint.CASE_PHOTO, ctx -> photo(ctx, photos));
    return h;
  }

  private static void photo(RoutingContext ctx, PgPhotoRepository photos) {
    long id;
    try {
      id = Long.parseLong(ctx.pathParam("photo"));
    } catch (NumberFormatException e) {
      Requests.fail(ctx, ApiError.NOT_FOUND, Requests.lang(ctx));
      return;
    }
    photos.bytes(ctx.pathParam("caseNumber"), id, String.valueOf((Object) ctx.get("staff"))).onSuccess(b -> {
      if (b.isEmpty()) {
        Requests.fail(ctx, ApiError.NOT_FOUND, Requests.lang(ctx));
        return;
      }
      ctx.response().putHeader("Content-Type", "image/jpeg").putHeader("Cache-Control", "private, no-store")
          .putHeader("X-Content-Type-Options", "nosniff").end(b.get());
    }).onFailure(ctx::fail);
  }

  /** The body handler refuses a photo over the limit (413) before reading it: say so in the photo's words. */
  private static void tooLarge(RoutingContext ctx) {
    if (ctx.statusCode() == 413 && !ctx.response().ended()) {
      Requests.fail(ctx, ApiError.PHOTO_TOO_LARGE, Requests.lang(ctx));
    } else {
      ctx.next();
    }
  }

  private void upload(RoutingContext ctx) {
    String lang = Requests.lang(ctx);
    byte[] body = ctx.body().buffer() == null ? new byte[0] : ctx.body().buffer().getBytes();
    conversationOf.apply(bearer(ctx)).compose(conv -> {
      if (conv.isEmpty()) {
        Requests.fail(ctx, ApiError.UNKNOWN_CONVERSATION, lang);
        return Future.succeededFuture();
      }
      return worker.<PhotoCleaner.Result>executeBlocking(() -> PhotoCleaner.clean(body), false).compose(result -> {
        if (result instanceof PhotoCleaner.Refused r) {
          Requests.fail(ctx, switch (r.reason()) {
            case EMPTY -> ApiError.PHOTO_EMPTY;
            case TOO_LARGE -> ApiError.PHOTO_TOO_LARGE;
            case TYPE -> ApiError.PHOTO_TYPE;
            case UNREADABLE -> ApiError.PHOTO_UNREADABLE;
          }, lang);
          return Future.succeededFuture();
        }
        return photos.add(conv.get(), (PhotoCleaner.Clean) result).compose(id -> {
          if (id.isEmpty()) {
            Requests.fail(ctx, ApiError.TOO_MANY_PHOTOS, lang);
            return Future.succeededFuture();
          }
          return photos.pending(conv.get()).map(n -> {
            ctx.response().setStatusCode(201).putHeader("Cache-Control", "no-store")
                .putHeader("Content-Type", "application/json; charset=utf-8")
                .end(new JsonObject().put("id", id.get()).put("count", n).put("max", PgPhotoRepository.MAX_PHOTOS)
                    .encode());
            return null;
          });
        });
      });
    }).onFailure(ctx::fail);
  }

  private void pending(RoutingContext ctx) {
    conversationOf.apply(bearer(ctx)).compose(conv -> {
      if (conv.isEmpty()) {
        Requests.fail(ctx, ApiError.UNKNOWN_CONVERSATION, Requests.lang(ctx));
        return Future.succeededFuture();
      }
      return photos.pending(conv.get()).map(n -> {
        ctx.response().putHeader("Cache-Control", "no-store").putHeader("Content-Type", "application/json; charset=utf-8")
            .end(new JsonObject().put("count", n).put("max", PgPhotoRepository.MAX_PHOTOS).encode());
        return null;
      });
    }).onFailure(ctx::fail);
  }

  private static String bearer(RoutingContext ctx) {
    String h = ctx.request().getHeader("Authorization");
    return h != null && h.startsWith("Bearer ") ? h.substring(7).strip() : null;
  }
}
