package org.ecopetition.gateway.channel.messaging;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.vertx.core.Future;
import io.vertx.core.Promise;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.ecopetition.gateway.conversation.ChannelConversations;
import org.ecopetition.gateway.conversation.ConversationService;
import org.ecopetition.gateway.conversation.Received;
import org.ecopetition.gateway.conversation.StoredMessage;
import org.ecopetition.gateway.inbound.OutboxLedger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Delivers a messaging conversation's outgoing messages — the bot's replies, notices, and what staff write into a
 * conversation they took over — exactly once across instances: the conversation's ledger is leased by one
 * delivery at a time, and each message stays pending until a part the platform accepted completes it. Pending, not
 * after a cursor: ids are drawn at insert and commits come in any order (a notice written without the conversation's
 * lock may commit after a later reply was delivered), so a message that commits late is delivered late, never
 * skipped. A turn's first part may go as the passive reply of the callback; the rest go through the channel's
 * {@link Sender}, within the customer-service window (5 messages within 48 hours of the citizen's last message:
 * parts count).
 */
public final class Outbox {
  private static final Logger LOG = LoggerFactory.getLogger(Outbox.class);
  static final Duration LEASE = Duration.ofSeconds(60);
  private static final int PAGE = 200;

  private final OutboxLedger ledger;
  private final ConversationService conversations;
  private final ChannelConversations identities;
  private final ChannelTexts texts;
  private final Clock clock;
  /** Where the full privacy notice is, absolute; null: nowhere public (the catalogue's variant without a link). */
  private final String privacyUrl;
  /** Where messages the channel will not carry are recorded (never dropped without a word). */
  private volatile Undelivered undelivered = Undelivered.NONE;
  private final Map<String, ChannelSpec> channels = new ConcurrentHashMap<>();
  /**
   * The texts of this instance's own turns as the petitioner must read them (a fresh query code is masked
   * in storage): a delivery prefers them to the stored copy.
   */
  private final Cache<Long, String> fresh = Caffeine.newBuilder().expireAfterWrite(Duration.ofMinutes(10))
      .maximumSize(50_000).executor(Runnable::run).build();

  public Outbox(OutboxLedger ledger, ConversationService conversations, ChannelConversations identities,
      ChannelTexts texts, String privacyUrl, Clock clock) {
    this.privacyUrl = privacyUrl;
    this.ledger = ledger;
    this.conversations = conversations;
    this.identities = identities;
    this.texts = texts;
    this.clock = clock;
  }

  /** Where messages a channel will not carry are recorded: set once at start. */
  public void undelivered(Undelivered record) {
    this.undelivered = record;
  }

  /** The kind of a message that is a written notice (its copy in the conversation): the gateway started it. */
  public static final String NOTICE = "notice";

  public void register(ChannelSpec spec) {
    channels.put(spec.channel(), spec);
  }

  public boolean serves(String channel) {
    return channels.containsKey(channel);
  }

  /** A turn's messages as the petitioner must read them now. */
  public void remember(List<StoredMessage> messages) {
    messages.stream().filter(m -> "out".equals(m.direction())).forEach(m -> fresh.put(m.id(), m.text()));
  }

  /** A held claim: the lease a callback took before its turn, so that nobody else delivers the turn from storage. */
  public record Held(UUID conversation, String owner, OutboxLedger.Claim claim) {}

  /** This instance's name in the owners of its claims: drawn once. */
  private static final String INSTANCE = UUID.randomUUID().toString();
  private static final java.util.concurrent.atomic.AtomicLong CLAIMS = new java.util.concurrent.atomic.AtomicLong();

  /**
   * A new claim's owner: one per claim, so that a lease is let go only by the delivery that took it. Unique, not secret
   * (it never leaves the database): the instance's name and a count, not a random UUID drawn from the system's
   * generator on every push.
   */
  static String owner() {
    return INSTANCE + ":" + CLAIMS.incrementAndGet();
  }

  /**
   * A citizen's message taken once across instances and its conversation claimed, in one round trip: empty when the
   * message was taken already (a platform's retry), and then nothing is claimed.
   */
  public Future<Optional<Held>> arriveOnce(UUID conversation, String channel, String key, Duration retakeAfter) {
    String owner = owner();
    return ledger.claimMessage(channel, key, clock.instant(), retakeAfter, conversation, owner, LEASE)
        .map(c -> c.map(claim -> new Held(conversation, owner, claim)));
  }

  /** Claims a conversation as a citizen's message arrives (which opens a new window). */
  public Future<Held> arrive(UUID conversation, String channel) {
    String owner = owner();
    return ledger.claim(conversation, channel, owner, clock.instant(), LEASE, true)
        .map(c -> new Held(conversation, owner, c));
  }

  /**
   * Delivers what is pending after a turn: with the held lease, or by claiming it again when another
   * delivery held it. {@code passive} is offered the first part; whatever happens it is completed (null:
   * nothing went passively).
   */
  public Future<Void> deliver(Held held, Promise<String> passive, String lang) {
    if (!held.claim().won()) {
      offer(passive, null);
      return wake(held.conversation());
    }
    return run(held.conversation(), held.owner(), held.claim(), passive, lang, null);
  }

  /**
   * Delivers what is pending after a turn run with {@link #alsoPending}: when the turn's replies are all that is
   * pending ({@link Received#whole}), they are delivered as they are, without reading them again.
   */
  public Future<Void> deliverTurn(Held held, Promise<String> passive, Received turn) {
    return deliverTurn(held, passive, turn, List.of());
  }

  /**
   * As {@link #deliverTurn(Held, Promise, Received)}: {@code before} are the messages known to be pending besides the
   * turn's (the greeting of a conversation opened with this message), delivered first.
   */
  public Future<Void> deliverTurn(Held held, Promise<String> passive, Received turn, List<StoredMessage> before) {
    if (!held.claim().won() || !turn.whole()) {
      return deliver(held, passive, turn.lang());
    }
    return run(held.conversation(), held.owner(), held.claim(), passive, turn.lang(),
        java.util.stream.Stream.concat(before.stream(), turn.messages().stream())
            .filter(m -> "out".equals(m.direction()))
            .sorted(java.util.Comparator.comparingLong(StoredMessage::id)).toList());
  }

  /**
   * What a turn is to count as pending besides its own replies ({@link ConversationService#receive}): {@code before},
   * the messages this delivery holds already (a new conversation's greeting, stored in the statement that claimed it),
   * or -1 (not counted) when this delivery lost the claim (another delivers meanwhile).
   */
  public static int alsoPending(Held held, List<StoredMessage> before) {
    return held.claim().won() ? before.size() : -1;
  }

  /** Something was written to a conversation (by staff, a notice, another instance): deliver if it is ours. */
  public Future<Void> wake(UUID conversation) {
    String owner = owner();
    return ledger.claimExisting(conversation, owner, clock.instant(), LEASE).compose(c -> c.isEmpty()
        ? Future.succeededFuture()
        : run(conversation, owner, c.get(), null, null, null));
  }

  /** A channel's own short answer that is not part of the conversation (a picture it cannot keep). */
  public Future<Void> direct(UUID conversation, String channel, String text, String reference) {
    ChannelSpec spec = channels.get(channel);
    if (spec == null) {
      return Future.succeededFuture();
    }
    return identities.address(conversation).compose(a -> a.isEmpty() ? Future.succeededFuture()
        : spec.sender().send(a.get(), text, reference));
  }

  /** Retries what is still pending (a failed send, a wake lost while no listener was connected). */
  public Future<Void> sweep() {
    // An hour beyond the 48-hour window: a conversation whose window closed with messages still pending (a staff message
    // the quota held back) is claimed once more, finds the window closed and records them undelivered.
    return ledger.undelivered(clock.instant(), Duration.ofHours(49), 50).compose(ids -> {
      Future<Void> all = Future.succeededFuture();
      for (UUID id : ids) {
        all = all.compose(v -> wake(id).recover(err -> Future.succeededFuture()));
      }
      return all;
    });
  }

  /**
   * {@code lang}: the conversation's language when the caller knows it (a turn just ran), else read; {@code pending}:
   * the messages pending when the caller knows them (the turn's own), else read.
   */
  private Future<Void> run(UUID id, String owner, OutboxLedger.Claim claim, Promise<String> passive, String lang,
      List<StoredMessage> pending) {
    ChannelSpec spec = channels.get(claim.channel());
    if (spec == null) {
      offer(passive, null);
      return ledger.release(id, owner);
    }
    Future<Reached> sent = send(id, owner, claim, spec, passive, lang, pending)
        .onFailure(err -> LOG.warn("delivery to conversation {} on {} stopped: {}", id, spec.channel(), err.getMessage()));
    return sent.transform(r -> {
      offer(passive, null);
      if (r.failed()) {
        return ledger.release(id, owner);
      }
      // Messages written while the lease was held are delivered by whoever holds it next: the release says whether
      // there are any (checked in the same round trip), and this instance takes them now — unless the window's quota
      // stopped this delivery, when what is left waits for the citizen's next message (a wake now would claim, send
      // nothing and wake again, without end).
      return ledger.release(id, owner, r.result().done()).compose(more -> more && !r.result().waitsForCitizen()
          ? wake(id) : Future.succeededFuture());
    });
  }

  /**
   * One part to send: of message {@code of} (the last one, when short messages are packed together), and the messages
   * it completes (none: the message continues in the next part).
   */
  private record Item(String text, long of, List<Long> completes) {}

  /**
   * The messages a delivery is done with, to record when the lease is let go (sent, or dropped: the window closed, no
   * address); {@code waitsForCitizen}: the window's quota stopped it with parts left.
   */
  private record Reached(List<Long> done, boolean waitsForCitizen) {
    static Future<Reached> all(List<Long> done) {
      return Future.succeededFuture(new Reached(done, false));
    }
  }

  /** Offers a text to the callback's passive reply, if there is one and it has not answered yet. */
  private static boolean offer(Promise<String> passive, String text) {
    return passive != null && passive.tryComplete(text);
  }

  /** Sends what is pending; succeeds with the messages done (recorded when the lease is let go). */
  private Future<Reached> send(UUID id, String owner, OutboxLedger.Claim claim, ChannelSpec spec, Promise<String> passive,
      String knownLang, List<StoredMessage> pending) {
    Future<List<StoredMessage>> read = pending != null ? Future.succeededFuture(pending)
        : conversations.pending(id, PAGE);
    return read.compose(all -> {
      List<StoredMessage> out = stoppedFirst(all.stream().filter(m -> "out".equals(m.direction())).toList(),
          claim.partsOf());
      List<Long> every = out.stream().map(StoredMessage::id).toList();
      if (out.isEmpty()) {
        return Reached.all(every);
      }
      Future<String> langOf = knownLang != null ? Future.succeededFuture(knownLang)
          : conversations.state(id).map(st -> st.lang());
      return langOf.compose(lang -> identities.address(id).compose(address -> (address.isEmpty()
          ? Future.succeededFuture(new Consented(out, List.of()))
          : consented(out, spec, address.get(), claim)).compose(c -> {
        if (!c.refused().isEmpty()) {
          LOG.info("conversation {} on {}: {} message(s) not sent, the number opted out", id, spec.channel(),
              c.refused().size());
        }
        Future<Void> told = c.refused().isEmpty() ? Future.succeededFuture()
            : record(id, spec.channel(), c.refused(), Undelivered.Why.OPTED_OUT);
        List<StoredMessage> kept = c.kept();
        if (kept.isEmpty()) {
          offer(passive, null);
          return told.compose(v -> Reached.all(every));
        }
        // Nothing delivered yet: a new conversation, told the privacy notice before any question (issue 13 §11).
        List<Item> items = items(kept, lang, spec, claim.deliveredThrough() == 0);
        // Parts of a long reply that went before the quota stopped it are not sent again (it is first, above).
        int first = claim.partsOf() != 0 && kept.get(0).id() == claim.partsOf()
            ? Math.min(claim.partsSent(), items.size()) : 0;
        List<Long> passiveDone = List.of();
        if (first < items.size() && offer(passive, items.get(first).text())) {
          passiveDone = items.get(first).completes();
          first++;
        }
        if (address.isEmpty()) {
          return told.compose(v -> Reached.all(every));
        }
        Pending p = new Pending(items, first, passiveDone, every);
        return told.compose(v -> sendFrom(id, owner, claim, spec, address.get(), p, lang));
      })));
    });
  }

  /** The messages a delivery may send ({@code kept}) and those the address refused ({@code refused}: opted out). */
  private record Consented(List<StoredMessage> kept, List<Long> refused) {}

  /**
   * What the address takes: all, unless it opted out of the messages the gateway starts (SMS 退订). Then a notice never
   * goes, and anything else only when the petitioner wrote after opting out (the reply to their own message: they
   * started it); the rest is refused.
   */
  private Future<Consented> consented(List<StoredMessage> out, ChannelSpec spec, String address,
      OutboxLedger.Claim claim) {
    // One look-up by primary key per delivery, SMS only (other channels' consent answers without the database); kept
    // apart from the outbox claim, which every channel shares, rather than give that statement an SMS-only keyed hash.
    return spec.consent().optedOutSince(address).map(since -> {
      if (since.isEmpty()) {
        return new Consented(out, List.of());
      }
      boolean wroteSince = claim.windowFrom() != null && claim.windowFrom().isAfter(since.get());
      List<StoredMessage> kept = new ArrayList<>();
      List<Long> refused = new ArrayList<>();
      for (StoredMessage m : out) {
        if (wroteSince && !NOTICE.equals(m.kind())) {
          kept.add(m);
        } else {
          refused.add(m.id());
        }
      }
      return new Consented(kept, refused);
    });
  }

  /** Records messages the channel did not carry; a failure to record is logged, never stops the delivery. */
  private Future<Void> record(UUID id, String channel, List<Long> messages, Undelivered.Why why) {
    return undelivered.record(id, channel, messages, why).recover(err -> {
      LOG.warn("conversation {} on {}: {} undelivered message(s) not recorded: {}", id, channel, messages.size(),
          err.getMessage());
      return Future.succeededFuture();
    });
  }

  /**
   * A delivery's parts from {@code first} on, the messages the passive reply completed ({@code passiveDone}) and
   * every message it read ({@code every}).
   */
  private record Pending(List<Item> items, int first, List<Long> passiveDone, List<Long> every) {}

  /** The message a reply stopped part-way by the quota belongs to first, its parts already sent to be skipped. */
  private static List<StoredMessage> stoppedFirst(List<StoredMessage> out, long partsOf) {
    if (partsOf == 0 || out.isEmpty() || out.get(0).id() == partsOf) {
      return out;
    }
    List<StoredMessage> ordered = new ArrayList<>(out.stream().filter(m -> m.id() == partsOf).toList());
    out.stream().filter(m -> m.id() != partsOf).forEach(ordered::add);
    return ordered;
  }

  private Future<Reached> sendFrom(UUID id, String owner, OutboxLedger.Claim claim, ChannelSpec spec, String address,
      Pending p, String lang) {
    Instant now = clock.instant();
    List<Item> items = p.items();
    int first = p.first();
    if (first >= items.size()) {
      return Reached.all(p.every());
    }
    if (spec.window() != null && (claim.windowFrom() == null || now.isAfter(claim.windowFrom().plus(spec.window())))) {
      // The platform accepts nothing now: recorded (SMS where the case has a mobile, else the staff's worklist).
      LOG.warn("conversation {} on {}: {} part(s) not delivered, the customer-service window is closed", id,
          spec.channel(), items.size() - first);
      return record(id, spec.channel(), messagesFrom(items, first), Undelivered.Why.WINDOW_CLOSED)
          .compose(v -> Reached.all(p.every()));
    }
    int allowed = spec.perWindow() == Integer.MAX_VALUE ? Integer.MAX_VALUE
        : Math.max(0, spec.perWindow() - claim.sentInWindow());
    Future<Void> chain = Future.succeededFuture();
    // Named by the delivery's first message: the same parts sent again after a crash carry the same references.
    long named = p.every().get(0);
    int n = 0;
    for (int i = first; i < items.size() && n < allowed; i++, n++) {
      Item item = items.get(i);
      boolean lastAllowed = n == allowed - 1 && i < items.size() - 1;
      String text = lastAllowed && spec.parts().fitsTogether(item.text(), texts.get("window_hint", lang))
          ? Parts.join(item.text(), texts.get("window_hint", lang)) : item.text();
      String reference = id + ":" + named + ":" + i;
      boolean completes = !item.completes().isEmpty();
      int partsSent = completes ? 0 : i + 1 - startOfMessage(items, i);
      int at = i;
      chain = chain.compose(v -> spec.sender().send(address, text, reference)
          .compose(x -> ledger.advance(id, owner, item.completes(), 1, partsSent, completes ? 0 : item.of()))
          .recover(err -> {
            if (err instanceof Sender.Undeliverable) {
              LOG.warn("conversation {} on {}: the platform refused further messages: {}", id, spec.channel(),
                  err.getMessage());
              return ledger.advance(id, owner, p.every(), 0, 0, 0)
                  .compose(x -> record(id, spec.channel(), messagesFrom(items, at), Undelivered.Why.REFUSED))
                  .compose(x -> Future.failedFuture(err));
            }
            return Future.failedFuture(err);
          }));
    }
    if (first + n < items.size()) {
      LOG.info("conversation {} on {}: {} part(s) wait for the citizen's next message (window quota used)", id,
          spec.channel(), items.size() - first - n);
      return chain.map(v -> new Reached(p.passiveDone(), true));
    }
    // Everything went.
    return chain.map(v -> new Reached(p.every(), false));
  }

  /** The messages of parts {@code from} on, each once, in order. */
  private static List<Long> messagesFrom(List<Item> items, int from) {
    java.util.LinkedHashSet<Long> ids = new java.util.LinkedHashSet<>();
    for (int i = from; i < items.size(); i++) {
      ids.addAll(items.get(i).completes());
      ids.add(items.get(i).of());
    }
    return List.copyOf(ids);
  }

  /** The index of the first part of the message that part {@code i} belongs to. */
  private static int startOfMessage(List<Item> items, int i) {
    int start = i;
    while (start > 0 && items.get(start - 1).completes().isEmpty()) {
      start--;
    }
    return start;
  }

  /**
   * The pending messages in parts, short ones packed together, each part naming the message it completes; on a numbered
   * channel (SMS) several parts carry "(1/3)" markers, cut with room kept for them, so that no part exceeds the limit.
   */
  private List<Item> items(List<StoredMessage> out, String lang, ChannelSpec spec, boolean first) {
    List<Item> items = items(out, lang, spec, first, spec.parts());
    if (!spec.numbered() || items.size() < 2) {
      return items;
    }
    // The markers' room depends on the count, which the narrower cut may raise ("(9/9) " to "(10/10) "): cut again
    // until the count holds.
    int n = items.size();
    List<Item> numbered;
    while (true) {
      numbered = items(out, lang, spec, first, spec.parts().narrower(Parts.markerRoom(n)));
      if (numbered.size() <= n || Parts.markerRoom(numbered.size()) == Parts.markerRoom(n)) {
        break;
      }
      n = numbered.size();
    }
    List<Item> marked = new ArrayList<>(numbered.size());
    for (int i = 0; i < numbered.size(); i++) {
      Item it = numbered.get(i);
      marked.add(new Item(Parts.marker(i + 1, numbered.size()) + it.text(), it.of(), it.completes()));
    }
    return marked;
  }

  /** The privacy notice in {@code lang}: linking the full text where it is public, else saying where to read it. */
  private String privacyNotice(ChannelSpec spec, String lang) {
    return privacyUrl == null ? texts.get(spec.privacyNotice() + "_nolink", lang)
        : texts.get(spec.privacyNotice(), lang).replace("{url}", privacyUrl);
  }

  private List<Item> items(List<StoredMessage> out, String lang, ChannelSpec spec, boolean first, Parts parts) {
    List<Item> items = new ArrayList<>();
    boolean told = !first;
    for (StoredMessage m : out) {
      String clear = Optional.ofNullable(fresh.getIfPresent(m.id())).orElse(m.text());
      String plain = conversations.plainText(new StoredMessage(m.id(), m.direction(), m.author(), clear, m.buttons(),
          m.at()), lang);
      if (!told) {
        // Its own lines, so that a cut between lines keeps it whole.
        plain = privacyNotice(spec, lang) + "\n\n" + plain;
        told = true;
      }
      if (m.receipt() != null && spec.receiptNote() != null) {
        plain = plain + "\n\n" + spec.receiptNote().apply(lang);
      }
      List<String> pieces = parts.split(plain);
      for (int i = 0; i < pieces.size(); i++) {
        items.add(new Item(pieces.get(i), m.id(), i == pieces.size() - 1 ? List.of(m.id()) : List.of()));
      }
    }
    List<Item> packed = new ArrayList<>();
    for (Item it : items) {
      Item prev = packed.isEmpty() ? null : packed.get(packed.size() - 1);
      if (prev != null && !prev.completes().isEmpty() && !it.completes().isEmpty()
          && parts.fitsTogether(prev.text(), it.text())) {
        List<Long> both = new ArrayList<>(prev.completes());
        both.addAll(it.completes());
        packed.set(packed.size() - 1, new Item(Parts.join(prev.text(), it.text()), it.of(), both));
      } else {
        packed.add(it);
      }
    }
    return packed;
  }
}
