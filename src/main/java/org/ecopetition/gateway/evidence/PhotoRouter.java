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
import java.time.Clock;
import org.ecopetition.gateway.access.Endpoint;
import org.ecopetition.gateway.casefile.Asker;
import org.ecopetition.gateway.casefile.PgCaseRepository;
import org.ecopetition.gateway.casefile.StatusQueries;
import org.ecopetition.gateway.casefile.StatusResult;
import org.ecopetition.gateway.http.TrustedProxies;
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
  private final AfterReceipt after;

  /**
   * What adding photos after the receipt needs: the status query with its guessing bounds (case number and query
   * code), the client's address as the status page's is read, and the case history's writer.
   */
  public record AfterReceipt(StatusQueries status, TrustedProxies proxies, PgCaseRepository cases, Clock clock) {}

  private PhotoRouter(PgPhotoRepository photos, Function<String, Future<Optional<UUID>>> conversationOf,
      WorkerExecutor worker, AfterReceipt after) {
    this.photos = photos;
    this.conversationOf = conversationOf;
    this.worker = worker;
    this.after = after;
  }

  /**
   * The petitioner's routes, to mount at {@code /api/v1/photos}; {@code conversationOf}: token → conversation.
   * {@code POST /cases/{caseNumber}} with {@code X-Query-Code}: a photo added to a registered case.
   */
  public static Router create(Vertx vertx, PgPhotoRepository photos,
      Function<String, Future<Optional<UUID>>> conversationOf, AfterReceipt after) {
    PhotoRouter p = new PhotoRouter(photos, conversationOf, vertx.createSharedWorkerExecutor("photos", 2), after);
    Router r = Router.router(vertx);
    r.post("/").handler(BodyHandler.create().setBodyLimit(PhotoCleaner.MAX_BYTES).setHandleFileUploads(false))
        .handler(p::upload).failureHandler(PhotoRouter::tooLarge);
    r.get("/").handler(p::pending);
    r.post("/cases/:caseNumber").handler(BodyHandler.create().setBodyLimit(PhotoCleaner.MAX_BYTES)
        .setHandleFileUploads(false)).handler(p::addToCase).failureHandler(PhotoRouter::tooLarge);
    return r;
  }

  /**
   * A photo added after the receipt, from the status page: the case number and query code are checked as a status
   * query is (the same 404 for an unknown case and a wrong code, the same failure bounds, 429 past them); the photo
   * is cleaned as at intake, stored with the case within its 6, and the addition is recorded in the case history.
   */
  private void addToCase(RoutingContext ctx) {
    String lang = Requests.lang(ctx);
    String device = ctx.request().getHeader("X-Device-Token");
    Asker asker = Asker.web(after.proxies().client(ctx.request()), device == null || device.isBlank()
        ? null : sha256(device.strip().getBytes(java.nio.charset.StandardCharsets.UTF_8)));
    String number = ctx.pathParam("caseNumber");
    byte[] body = ctx.body().buffer() == null ? new byte[0] : ctx.body().buffer().getBytes();
    after.status().query(number, ctx.request().getHeader("X-Query-Code"), asker).compose(result -> {
      if (result instanceof StatusResult.Limited l) {
        ctx.response().putHeader("Retry-After", String.valueOf(l.retryAfterSeconds()));
        Requests.fail(ctx, ApiError.TOO_MANY_ATTEMPTS, lang);
        return Future.succeededFuture();
      }
      if (!(result instanceof StatusResult.Found found)) {
        Requests.fail(ctx, ApiError.NOT_FOUND, lang);
        return Future.succeededFuture();
      }
      return worker.<PhotoCleaner.Result>executeBlocking(() -> PhotoCleaner.clean(body), false).compose(cleaned -> {
        if (cleaned instanceof PhotoCleaner.Refused r) {
          Requests.fail(ctx, refusal(r), lang);
          return Future.succeededFuture();
        }
        return photos.addToCase(found.caseId(), (PhotoCleaner.Clean) cleaned, (conn, added) -> after.cases().event(conn,
                found.caseId(), after.clock().instant().atOffset(java.time.ZoneOffset.UTC), "photo_added",
                "petitioner:status", null, null, null, "信访人在查询页补充照片（共 " + added.count() + " 张）", null,
                new JsonObject().put("photo", added.id()).put("count", added.count())))
            .map(added -> {
              if (added.isEmpty()) {
                Requests.fail(ctx, ApiError.TOO_MANY_PHOTOS, lang);
              } else {
                // The status view counts the case's photos: this instance reads it again at the next query.
                after.status().invalidate(found.view().caseNumber());
                ctx.response().setStatusCode(201).putHeader("Cache-Control", "no-store")
                    .putHeader("Content-Type", "application/json; charset=utf-8")
                    .end(new JsonObject().put("id", added.get().id()).put("count", added.get().count())
                        .put("max", PgPhotoRepository.MAX_PHOTOS).encode());
              }
              return null;
            });
      });
    }).onFailure(ctx::fail);
  }

  private static ApiError refusal(PhotoCleaner.Refused r) {
    return switch (r.reason()) {
      case EMPTY -> ApiError.PHOTO_EMPTY;
      case TOO_LARGE -> ApiError.PHOTO_TOO_LARGE;
      case TYPE -> ApiError.PHOTO_TYPE;
      case UNREADABLE -> ApiError.PHOTO_UNREADABLE;
    };
  }

  private static byte[] sha256(byte[] b) {
    try {
      return java.security.MessageDigest.getInstance("SHA-256").digest(b);
    } catch (java.security.NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
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
          Requests.fail(ctx, refusal(r), lang);
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
