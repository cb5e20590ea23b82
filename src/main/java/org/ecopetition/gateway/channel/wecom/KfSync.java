package org.ecopetition.gateway.channel.wecom;

import io.vertx.core.Future;
import io.vertx.core.Promise;
import io.vertx.core.Vertx;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.time.Clock;
import java.time.Duration;
import java.util.UUID;
import org.ecopetition.gateway.channel.messaging.Inbound;
import org.ecopetition.gateway.channel.messaging.Intake;
import org.ecopetition.gateway.channel.messaging.MediaSource;
import org.ecopetition.gateway.channel.messaging.Sender;
import org.ecopetition.gateway.inbound.SyncCursors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * 微信客服: the callback only says that something arrived; the messages are pulled with {@code kf/sync_msg}
 * from a cursor kept in PostgreSQL under a lease, so one instance pulls a customer-service account at a
 * time and none reads a message twice. Replies go by {@code kf/send_msg} (5 within 48 hours of the
 * citizen's last message). The address of a citizen is {@code open_kfid|external_userid}.
 */
final class KfSync implements Sender, MediaSource {
  private static final Logger LOG = LoggerFactory.getLogger(KfSync.class);
  static final String CHANNEL = "wecom";
  private static final Duration LEASE = Duration.ofSeconds(30);
  /** sync_msg's origin of a citizen's own message (4: system events, 5: a servicer's message). */
  private static final int FROM_CITIZEN = 3;

  private final WeComApi api;
  private final SyncCursors cursors;
  private final Intake intake;
  private final Vertx vertx;
  private final Clock clock;

  KfSync(WeComApi api, SyncCursors cursors, Intake intake, Vertx vertx, Clock clock) {
    this.api = api;
    this.cursors = cursors;
    this.intake = intake;
    this.vertx = vertx;
    this.clock = clock;
  }

  /** Pulls what arrived for a customer-service account; {@code token} is the callback's, for sync_msg. */
  Future<Void> pull(String openKfId, String token) {
    return pull(openKfId, token, 0);
  }

  private Future<Void> pull(String openKfId, String token, int attempt) {
    String feed = "wecom-kf:" + openKfId;
    String owner = UUID.randomUUID().toString();
    return cursors.leaseFeed(feed, owner, clock.instant(), LEASE).compose(cursor -> {
      if (cursor.isEmpty()) {
        if (attempt >= 20) {
          return Future.succeededFuture();
        }
        // Another instance is pulling; what arrived after its last page is ours to pull once it lets go.
        Promise<Void> later = Promise.promise();
        vertx.setTimer(250, t -> later.complete());
        return later.future().compose(v -> pull(openKfId, token, attempt + 1));
      }
      return page(feed, owner, openKfId, token, cursor.get()).eventually(() -> cursors.releaseFeed(feed, owner));
    });
  }

  private Future<Void> page(String feed, String owner, String openKfId, String token, String cursor) {
    JsonObject req = new JsonObject().put("cursor", cursor).put("limit", 1000).put("open_kfid", openKfId);
    if (token != null && !token.isBlank()) {
      req.put("token", token);
    }
    return api.post("/cgi-bin/kf/sync_msg", req).compose(b -> {
      JsonArray list = b.getJsonArray("msg_list", new JsonArray());
      Future<Void> all = Future.succeededFuture();
      for (Object o : list) {
        if (o instanceof JsonObject m && m.getInteger("origin", 0) == FROM_CITIZEN) {
          all = all.compose(v -> take(m));
        }
      }
      String next = b.getString("next_cursor", cursor);
      return all.compose(v -> cursors.advanceFeed(feed, owner, next, clock.instant(), LEASE))
          .compose(v -> b.getInteger("has_more", 0) == 1 ? page(feed, owner, openKfId, token, next)
              : Future.succeededFuture());
    });
  }

  private Future<Void> take(JsonObject m) {
    String msgId = m.getString("msgid");
    String user = m.getString("external_userid");
    String kf = m.getString("open_kfid");
    if (msgId == null || user == null || kf == null) {
      return Future.succeededFuture();
    }
    String address = kf + "|" + user;
    Inbound in = switch (m.getString("msgtype", "")) {
      case "text" -> {
        String text = m.getJsonObject("text", new JsonObject()).getString("content", "").strip();
        yield text.isEmpty() ? Inbound.notice(CHANNEL, msgId, address, "unsupported")
            : Inbound.text(CHANNEL, msgId, address, text);
      }
      case "image" -> {
        String media = m.getJsonObject("image", new JsonObject()).getString("media_id", "").strip();
        yield media.isEmpty() ? Inbound.notice(CHANNEL, msgId, address, "unsupported")
            : Inbound.picture(CHANNEL, msgId, address, media);
      }
      case "voice" -> Inbound.notice(CHANNEL, msgId, address, "send_text");
      case "location" -> {
        JsonObject l = m.getJsonObject("location", new JsonObject());
        String label = (l.getString("name", "") + " " + l.getString("address", "")).strip();
        yield label.isEmpty() ? Inbound.notice(CHANNEL, msgId, address, "unsupported")
            : new Inbound(CHANNEL, msgId, address, null, Intake.LOCATION + label, "zh");
      }
      default -> Inbound.notice(CHANNEL, msgId, address, "unsupported");
    };
    return intake.take(in, null).recover(err -> {
      LOG.warn("WeCom message {} not handled: {}", msgId, err.getMessage());
      return Future.succeededFuture();
    });
  }

  /** A picture the citizen sent, by the media_id sync_msg gave (media/get with the 微信客服 token). */
  @Override
  public Future<io.vertx.core.buffer.Buffer> fetch(String mediaId) {
    return api.media(mediaId);
  }

  /** A reply by kf/send_msg. */
  @Override
  public Future<Void> send(String address, String text, String reference) {
    int bar = address.indexOf('|');
    JsonObject body = new JsonObject().put("touser", address.substring(bar + 1)).put("open_kfid", address.substring(0, bar))
        .put("msgtype", "text").put("text", new JsonObject().put("content", text));
    return api.post("/cgi-bin/kf/send_msg", body).<Void>mapEmpty().recover(err -> {
      // 95018: the session does not allow sending now (closed, or out of the 48-hour window).
      if (err instanceof WeComApi.WeComError e && (e.errcode == 95018 || e.errcode == 95016)) {
        return Future.failedFuture(new Undeliverable("errcode " + e.errcode));
      }
      return Future.failedFuture(err);
    });
  }
}
