package org.ecopetition.gateway.channel.messaging;

import io.vertx.core.Future;
import io.vertx.core.Promise;
import io.vertx.core.Vertx;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.ecopetition.gateway.conversation.ConversationService;
import org.ecopetition.gateway.evidence.EvidencePhotos;
import org.ecopetition.gateway.inbound.PgMediaRepository;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Pictures sent on WeChat and WeCom 微信客服, kept as evidence photos of the conversation's report (the web chat's
 * store: stripped, at most 6, claimed at registration). The message is recorded and answered at once (passively
 * within the callback); the picture is fetched afterwards by the platform's media API, never inside the callback's
 * 5 seconds. A failed fetch is retried with growing pauses (on this instance by a timer, on any instance by the
 * sweep) and its error recorded; after the last attempt, or an error that cannot change, the petitioner is told.
 */
public final class Pictures {
  private static final Logger LOG = LoggerFactory.getLogger(Pictures.class);
  private static final Duration LEASE = Duration.ofMinutes(2);
  /** Fetches tried before giving up: after 2 s, 8 s, 32 s, about 2 min (WeChat keeps temporary media 3 days). */
  static final int ATTEMPTS = 5;
  private static final Duration FIRST_PAUSE = Duration.ofSeconds(2);

  private final Map<String, MediaSource> sources = new ConcurrentHashMap<>();
  private final PgMediaRepository media;
  private final EvidencePhotos photos;
  private final Outbox outbox;
  private final ConversationService conversations;
  private final ChannelTexts texts;
  private final Vertx vertx;
  private final Clock clock;
  private final int max;

  public Pictures(PgMediaRepository media, EvidencePhotos photos, int max, Outbox outbox,
      ConversationService conversations, ChannelTexts texts, Vertx vertx, Clock clock) {
    this.media = media;
    this.photos = photos;
    this.max = max;
    this.outbox = outbox;
    this.conversations = conversations;
    this.texts = texts;
    this.vertx = vertx;
    this.clock = clock;
  }

  /** The channel's media download. */
  public void register(String channel, MediaSource source) {
    sources.put(channel, source);
  }

  /** A picture message taken once: recorded, answered, then fetched. */
  Future<Void> take(Inbound in, UUID conversation, Promise<String> passive) {
    if (!sources.containsKey(in.channel())) {
      return say(conversation, in.channel(), "image_not_kept", in.channel() + ":" + in.key(), passive);
    }
    return media.record(conversation, in.channel(), in.key(), in.media(), clock.instant(), UUID.randomUUID().toString(),
        LEASE, max).compose(r -> {
          String key = r instanceof PgMediaRepository.Full ? "image_too_many" : "image_received";
          Future<Void> said = say(conversation, in.channel(), key, in.channel() + ":" + in.key(), passive);
          if (r instanceof PgMediaRepository.Fresh f) {
            // After the answer: the download never holds the callback.
            said.onComplete(x -> fetch(f.job()));
          }
          return said;
        });
  }

  /** Fetches what is due and held by no instance (a retry, or a picture whose instance stopped). */
  public Future<Void> sweep() {
    return media.due(clock.instant(), UUID.randomUUID().toString(), LEASE, 20).map(jobs -> {
      jobs.forEach(this::fetch);
      return null;
    });
  }

  private void fetch(PgMediaRepository.Job job) {
    MediaSource source = sources.get(job.channel());
    if (source == null) {
      return;
    }
    source.fetch(job.mediaId())
        .compose(bytes -> bytes.length() > EvidencePhotos.maxBytes()
            ? Future.succeededFuture(new EvidencePhotos.Refused("photo_too_large"))
            : photos.attach(job.conversation(), bytes.getBytes()))
        .compose(outcome -> kept(job, outcome), err -> failed(job, err))
        .onFailure(err -> LOG.warn("picture {} on {} not kept: {}", job.id(), job.channel(), err.getMessage()));
  }

  private Future<Void> kept(PgMediaRepository.Job job, EvidencePhotos.Outcome outcome) {
    if (outcome instanceof EvidencePhotos.Kept k) {
      return media.kept(job, k.photoId());
    }
    if (outcome instanceof EvidencePhotos.Refused r) {
      return media.refused(job, r.reason()).compose(v -> tell(job, "image_unreadable"));
    }
    return media.refused(job, "too_many").compose(v -> tell(job, "image_too_many"));
  }

  private Future<Void> failed(PgMediaRepository.Job job, Throwable err) {
    String why = err instanceof MediaSource.MediaError e ? "errcode " + e.errcode() : "unreachable";
    boolean never = err instanceof MediaSource.MediaError e && e.permanent();
    // Only the code: the error's message may carry the URL with the access token.
    LOG.warn("picture {} on {}: download failed ({}), attempt {}", job.id(), job.channel(), why, job.attempts() + 1);
    if (never || job.attempts() + 1 >= ATTEMPTS) {
      return media.failed(job, why).compose(v -> tell(job, "image_failed"));
    }
    Duration pause = FIRST_PAUSE.multipliedBy(1L << (2 * job.attempts()));
    return media.retry(job, why, clock.instant().plus(pause)).onSuccess(v ->
        vertx.setTimer(pause.toMillis(), t -> sweep().onFailure(e -> LOG.warn("picture sweep failed: {}",
            e.getMessage()))));
  }

  /** Later news about a picture, as a channel message of its own. */
  private Future<Void> tell(PgMediaRepository.Job job, String key) {
    return conversations.state(job.conversation()).compose(state -> outbox.direct(job.conversation(), job.channel(),
        texts.get(key, state.lang()), "media:" + job.id() + ":" + key));
  }

  private Future<Void> say(UUID conversation, String channel, String key, String reference, Promise<String> passive) {
    return conversations.state(conversation).compose(state -> {
      String text = texts.get(key, state.lang());
      if (passive != null && passive.tryComplete(text)) {
        return Future.succeededFuture();
      }
      return outbox.direct(conversation, channel, text, reference);
    });
  }
}
