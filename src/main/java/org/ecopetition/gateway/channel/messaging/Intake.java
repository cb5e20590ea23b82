package org.ecopetition.gateway.channel.messaging;

import io.vertx.core.Future;
import io.vertx.core.Promise;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.ecopetition.gateway.conversation.ChannelConversations;
import org.ecopetition.gateway.conversation.ConversationBusy;
import org.ecopetition.gateway.conversation.ConversationService;
import org.ecopetition.gateway.conversation.StoredMessage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A citizen's message from any messaging channel, taken once across instances: limited per sender,
 * de-duplicated by the platform's message id (in PostgreSQL), run as one turn of the sender's conversation,
 * and its replies handed to the {@link Outbox}. The same message delivered again runs no second turn.
 */
public final class Intake {
  private static final Logger LOG = LoggerFactory.getLogger(Intake.class);
  /** A claim older than the platform's answer budget was lost with its instance: a retry may take it. */
  static final Duration RETAKE_AFTER = Duration.ofMillis(4_500);
  /** Notices an adapter asks for instead of a turn: greet a new follower; a shared location's label. */
  public static final String GREET = "greet";
  public static final String LOCATION = "location:";

  private final ConversationService conversations;
  private final ChannelConversations identities;
  private final org.ecopetition.gateway.inbound.Deduplication seen;
  private final Outbox outbox;
  private final ChannelTexts texts;
  private final SenderLimits limits;
  private final Clock clock;
  private final Pictures pictures;
  /** The longest text taken, in UTF-8 bytes: the web chat's limit ({@code chat.maxMessageBytes}). */
  private final int maxTextBytes;
  /** The front of the de-duplication: keys this instance took lately (the platforms retry within seconds). */
  private final com.github.benmanes.caffeine.cache.Cache<String, Boolean> recent =
      com.github.benmanes.caffeine.cache.Caffeine.newBuilder().expireAfterWrite(Duration.ofMinutes(10))
          .maximumSize(200_000).executor(Runnable::run).build();
  /** Each sender's message being taken on this instance (the last one), which the sender's next one waits for. */
  private final java.util.concurrent.ConcurrentHashMap<String, Future<Void>> bySender =
      new java.util.concurrent.ConcurrentHashMap<>();

  public Intake(ConversationService conversations, ChannelConversations identities,
      org.ecopetition.gateway.inbound.Deduplication seen, Outbox outbox, ChannelTexts texts, SenderLimits limits,
      Pictures pictures, int maxTextBytes, Clock clock) {
    this.pictures = pictures;
    this.maxTextBytes = maxTextBytes;
    this.conversations = conversations;
    this.identities = identities;
    this.seen = seen;
    this.outbox = outbox;
    this.texts = texts;
    this.limits = limits;
    this.clock = clock;
  }

  /**
   * Takes one message. {@code passive}, where the channel has one, receives the first part of the reply in
   * time, or null (the platform then gets "success" and the reply goes by the channel's sender).
   */
  public Future<Void> take(Inbound given, Promise<String> passive) {
    // Longer than a chat message may be (a pasted document; the web chat refuses it too): not kept nor read, and the
    // writer is asked to send it in parts — rather than a turn on a text the dialog then misreads, or nothing at all.
    Inbound in = given.text() != null && Parts.utf8Length(given.text()) > maxTextBytes
        ? new Inbound(given.channel(), given.key(), given.address(), null, "too_long", given.lang()) : given;
    // The sender's keyed hash once for the message (the limit's name and the known senders' key).
    ChannelConversations.Sender who = identities.sender(in.channel(), in.address());
    if (!limits.allow(in.channel(), who.client())) {
      LOG.info("{} sender over the message limit: message not taken", in.channel());
      complete(passive, null);
      return Future.succeededFuture();
    }
    String seenKey = in.channel() + ":" + in.key();
    if (recent.getIfPresent(seenKey) != null) {
      // This instance took it already: answered without a round trip to the database.
      complete(passive, null);
      return Future.succeededFuture();
    }
    recent.put(seenKey, Boolean.TRUE);
    // One sender's messages are taken one after the other on this instance: a message that raced the one before it
    // would lose the outbox's lease to it (no passive reply, a second delivery, more statements), or find its sender
    // not yet known and open the contact again — under load, more work per message the further behind it falls.
    String sender = in.channel() + ":" + in.address();
    io.vertx.core.Context context = io.vertx.core.Vertx.currentContext();
    Promise<Void> mine = Promise.promise();
    Future<Void> before = bySender.put(sender, mine.future());
    Future<Void> start = before == null ? Future.succeededFuture()
        : before.transform(x -> context == null ? Future.<Void>succeededFuture()
            : Future.<Void>future(p -> context.runOnContext(v -> p.complete())));
    return start.compose(v -> takeNow(in, who, passive, seenKey)).andThen(ar -> {
      bySender.remove(sender, mine.future());
      mine.complete();
    });
  }

  /** {@link #take} once the sender's previous message is done. */
  private Future<Void> takeNow(Inbound in, ChannelConversations.Sender who, Promise<String> passive, String seenKey) {
    boolean location = in.notice() != null && in.notice().startsWith(LOCATION);
    // Everything but a message the channel answers itself (a picture it cannot keep, a voice without text) is the
    // citizen writing: it opens the customer-service window and runs with the outbox claimed.
    boolean answersItself = in.text() == null && in.media() == null && !GREET.equals(in.notice()) && !location;
    ChannelConversations.Contact known = identities.known(who);
    Future<Optional<Taken>> taken;
    if (known != null) {
      // A sender this instance knows (the common case): the de-duplication claim and the outbox's in one statement,
      // the conversation's id from the cache.
      taken = answersItself
          ? seen.claim(in.channel(), in.key(), clock.instant(), RETAKE_AFTER)
              .map(first -> first ? Optional.of(new Taken(known, null, List.of())) : Optional.<Taken>empty())
          : outbox.arriveOnce(known.id(), in.channel(), in.key(), RETAKE_AFTER)
              .map(held -> held.map(h -> new Taken(known, h, List.of())));
    } else {
      // A sender new to this instance (most often new to the gateway): the claim, their conversation found or opened
      // with its greeting, and the outbox's lease, in one statement too.
      String owner = answersItself ? null : Outbox.owner();
      taken = identities.take(in.channel(), in.address(), in.lang(), in.key(), RETAKE_AFTER, owner, Outbox.LEASE)
          .compose(took -> {
            if (took.isEmpty()) {
              return Future.succeededFuture(Optional.<Taken>empty());
            }
            ChannelConversations.Contact contact = took.get().contact();
            if (owner == null) {
              return Future.succeededFuture(Optional.of(new Taken(contact, null, List.of())));
            }
            if (took.get().claim() == null) {
              // Another instance opened the conversation at the same moment: its outbox is claimed now.
              return outbox.arrive(contact.id(), in.channel()).map(h -> Optional.of(new Taken(contact, h, List.of())));
            }
            return Future.succeededFuture(Optional.of(new Taken(contact,
                new Outbox.Held(contact.id(), owner, took.get().claim()), took.get().greeting())));
          });
    }
    return taken.compose(t -> {
      if (t.isEmpty()) {
        complete(passive, null);
        return Future.<Void>succeededFuture();
      }
      return taken(in, t.get(), location, passive);
    }).onFailure(err -> {
      // A failed turn may be taken again by the platform's retry.
      recent.invalidate(seenKey);
      complete(passive, null);
    });
  }

  /**
   * A message taken, from {@code contact}; {@code held}: the outbox claimed for it (null when the channel answers);
   * {@code greeting}: the conversation's greeting when it was opened with this message and nothing precedes it (else
   * empty), which the turn's delivery then need not read back.
   */
  private record Taken(ChannelConversations.Contact contact, Outbox.Held held, List<StoredMessage> greeting) {}

  /** What a message taken comes to: a greeting delivered, a picture kept, a turn, or the channel's own answer. */
  private Future<Void> taken(Inbound in, Taken t, boolean location, Promise<String> passive) {
    ChannelConversations.Contact contact = t.contact();
    Outbox.Held held = t.held();
    if (GREET.equals(in.notice())) {
      // A new follower: the greeting stored when the conversation opened is what is pending.
      return outbox.deliver(held, passive, null);
    }
    if (in.media() != null) {
      // A citizen's message all the same: it opens the customer-service window, and what waits is delivered.
      return pictures.take(in, contact.id(), passive).eventually(() -> outbox.deliver(held, null, null));
    }
    if (location) {
      return conversations.state(contact.id()).compose(state -> turn(in, contact,
              texts.get("location", state.lang()).replace("{label}", in.notice().substring(LOCATION.length())),
              passive, held, List.of()),
          err -> outbox.deliver(held, null, null).<Void>transform(x -> Future.failedFuture(err)));
    }
    return held == null ? answerItself(in, contact.id(), passive)
        : turn(in, contact, in.text(), passive, held, t.greeting());
  }

  /**
   * A message the channel answers itself without a turn (an SMS 退订 or 订阅): taken once across instances (false: a
   * retry of one taken already, or the sender is over the message limit).
   */
  public Future<Boolean> takeOnce(String channel, String key, String address) {
    if (!limits.allow(channel, identities.sender(channel, address).client())) {
      LOG.info("{} sender over the message limit: message not taken", channel);
      return Future.succeededFuture(false);
    }
    return seen.claim(channel, key, clock.instant(), RETAKE_AFTER);
  }

  /**
   * The sender's SMS consent choice on their conversation's log, if they have one (none is opened); its language, if
   * known, for the confirmation.
   */
  public Future<Optional<String>> consentChosen(String channel, String address, boolean out) {
    return identities.find(channel, address).compose(id -> id.isEmpty()
        ? Future.succeededFuture(Optional.<String>empty())
        : conversations.smsConsent(id.get(), out).compose(v -> conversations.state(id.get()))
            .map(st -> Optional.ofNullable(st.lang())));
  }

  /** The language of the sender's conversation, if they have one (none is opened). */
  public Future<Optional<String>> language(String channel, String address) {
    return identities.find(channel, address).compose(id -> id.isEmpty()
        ? Future.succeededFuture(Optional.<String>empty())
        : conversations.state(id.get()).map(st -> Optional.ofNullable(st.lang())));
  }

  /** Where the channels register their media downloads. */
  public Pictures pictures() {
    return pictures;
  }

  /**
   * The turn with the outbox claimed. A turn that failed lets the claim go (delivering what was pending before it);
   * one refused because the conversation has too many turns waiting is answered "too fast", nothing of it stored.
   */
  private Future<Void> turn(Inbound in, ChannelConversations.Contact contact, String text, Promise<String> passive,
      Outbox.Held held, List<StoredMessage> before) {
    return conversations.receive(contact.id(), in.channel(), text, in.channel() + ":" + in.key(), contact.client(),
            Outbox.alsoPending(held, before))
        .compose(received -> {
          outbox.remember(received.messages());
          return outbox.deliverTurn(held, passive, received, before);
        }, err -> {
          if (err instanceof ConversationBusy) {
            LOG.info("{} conversation busy: message not taken", in.channel());
            return conversations.state(contact.id())
                .map(state -> texts.get("too_fast", state.lang()))
                .otherwise(texts.get("too_fast", in.lang()))
                .compose(reply -> {
                  complete(passive, reply);
                  return outbox.deliver(held, null, null);
                });
          }
          return outbox.deliver(held, null, null).<Void>transform(x -> Future.failedFuture(err));
        });
  }

  /** A message the dialog cannot read (a picture, a voice without recognition): the channel answers. */
  private Future<Void> answerItself(Inbound in, java.util.UUID id, Promise<String> passive) {
    if (in.notice() == null) {
      complete(passive, null);
      return Future.succeededFuture();
    }
    return conversations.state(id).compose(state -> {
      String text = texts.get(in.notice(), state.lang());
      if (passive != null && passive.tryComplete(text)) {
        return Future.succeededFuture();
      }
      return outbox.direct(id, in.channel(), text, in.channel() + ":" + in.key());
    });
  }

  private static void complete(Promise<String> passive, String text) {
    if (passive != null) {
      passive.tryComplete(text);
    }
  }
}
