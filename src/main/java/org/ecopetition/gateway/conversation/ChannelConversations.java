package org.ecopetition.gateway.conversation;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.vertx.core.Future;
import io.vertx.sqlclient.Pool;
import java.time.Clock;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.ecopetition.gateway.inbound.OutboxLedger;
import org.ecopetition.gateway.security.AtRest;
import org.ecopetition.gateway.security.DataKeys;

/**
 * One conversation per channel identity (a WeChat OpenID, a WeCom external user, a mobile number), opened
 * on first contact with the greeting stored. The identity is kept as a keyed hash and a sealed address,
 * never in clear where a staff view could read it.
 */
public final class ChannelConversations {
  /** The conversation of a sender; {@code client} names the sender for limits without its address. */
  public record Contact(UUID id, boolean opened, String client) {}

  private final ConversationService conversations;
  private final PgChannelIdentityRepository repo;
  /** Only to open senders sealed before V24 (start-up moves them under the data key). */
  private final AddressSeal legacy;
  private final AtRest atRest;
  private final Clock clock;
  /** Lookup key → conversation: the link never changes once made. */
  private final Cache<String, UUID> known = Caffeine.newBuilder().maximumSize(200_000).executor(Runnable::run).build();
  private final Cache<UUID, String> addresses = Caffeine.newBuilder().maximumSize(50_000).executor(Runnable::run).build();

  /**
   * {@code keys}: the sender is sealed and hashed under the data key (issue 11 §6); {@code secret}: the query-code key,
   * which sealed senders before V24.
   */
  public ChannelConversations(ConversationService conversations, Pool pool, byte[] secret, DataKeys keys, Clock clock) {
    this.conversations = conversations;
    this.repo = new PgChannelIdentityRepository(pool);
    this.legacy = new AddressSeal(secret);
    this.atRest = new AtRest(keys);
    this.clock = clock;
  }

  private byte[] key(String channel, String address) {
    return atRest.keys().channelLookup(channel, address);
  }

  private java.util.List<byte[]> lookups(String channel, String address) {
    return atRest.keys().channelLookups(channel, address);
  }

  /**
   * What a sender's message came to once taken: their conversation and, when a claim was asked for, the outbox's
   * ({@code claim}; null when another instance opened the conversation at the same moment: the caller claims it);
   * {@code greeting}: the messages stored when the conversation opened now (else empty), the first of it.
   */
  public record Taken(Contact contact, OutboxLedger.Claim claim, List<StoredMessage> greeting) {}

  /**
   * A message from a sender this instance does not know yet (its conversation not cached), taken once across instances
   * in one statement: the de-duplication claim of {@code messageKey}, the sender's conversation found — or opened now in
   * {@code lang} with its greeting stored, and linked to their sealed and hashed identity — and, when {@code owner} is
   * given, the outbox claimed for it with a {@code lease} (a citizen's message: the window opens). Empty: the message
   * was taken already (a retry), and nothing was stored or claimed. Two instances taking a new sender's first messages
   * at once end with one conversation and one greeting: the loser's statement stores none (see
   * {@link PgChannelIdentityRepository#take}) and it finds the winner's.
   */
  public Future<Optional<Taken>> take(String channel, String address, String lang, String messageKey,
      java.time.Duration retakeAfter, String owner, java.time.Duration lease) {
    byte[] key = key(channel, address);
    String cacheKey = HexFormat.of().formatHex(key);
    String client = client(channel, address);
    java.time.Instant now = clock.instant();
    ConversationService.Opening opening = conversations.opening(lang);
    PgChannelIdentityRepository.First first = new PgChannelIdentityRepository.First(channel, messageKey, now,
        now.minus(retakeAfter), lookups(channel, address), key, atRest.keys().seal(AtRest.CHANNEL_ADDRESS, address),
        opening, owner, owner == null ? null : now.plus(lease));
    return repo.take(first).compose(took -> {
      if (took.isEmpty()) {
        return Future.succeededFuture(Optional.<Taken>empty());
      }
      PgChannelIdentityRepository.Took t = took.get();
      if (t.conversation() == null) {
        // Another instance linked this sender between the statement's snapshot and its insert: theirs is the one.
        return repo.find(List.of(key)).map(winner -> {
          known.put(cacheKey, winner.orElseThrow());
          return Optional.of(new Taken(new Contact(winner.orElseThrow(), false, client), null, List.of()));
        });
      }
      known.put(cacheKey, t.conversation());
      if (t.opened()) {
        addresses.put(t.conversation(), address);
      }
      // The greeting as stored (the clear texts of what was sealed), so that its delivery need not read it back.
      List<StoredMessage> greeting = new java.util.ArrayList<>();
      for (int i = 0; i < t.greeting().size() && i < opening.greeting().size(); i++) {
        org.ecopetition.gateway.dialog.Reply r = opening.greeting().get(i);
        greeting.add(new StoredMessage(t.greeting().get(i), "out", "bot", r.text(), r.buttons(), now, null, r.kind()));
      }
      return Future.succeededFuture(Optional.of(new Taken(new Contact(t.conversation(), t.opened(), client), t.claim(),
          List.copyOf(greeting))));
    });
  }

  /** The sender's conversation as this instance knows it already (no round trip), or null. */
  public Contact known(String channel, String address) {
    return known(sender(channel, address));
  }

  /**
   * A sender's keyed hash under the current data key ({@code hex}), computed once for a message: what names it in the
   * cache of known senders and, cut, in limits ({@link #client}).
   */
  public record Sender(String channel, String hex) {
    public String client() {
      return channel + ":" + hex.substring(0, 24);
    }
  }

  public Sender sender(String channel, String address) {
    return new Sender(channel, HexFormat.of().formatHex(key(channel, address)));
  }

  /** As {@link #known(String, String)}, for a sender whose hash was computed already. */
  public Contact known(Sender sender) {
    UUID cached = known.getIfPresent(sender.hex());
    return cached == null ? null : new Contact(cached, false, sender.client());
  }

  /** The sender's conversation if they have one; none is opened. */
  public Future<Optional<UUID>> find(String channel, String address) {
    UUID cached = known.getIfPresent(HexFormat.of().formatHex(key(channel, address)));
    return cached != null ? Future.succeededFuture(Optional.of(cached)) : repo.find(lookups(channel, address));
  }

  /** Where to reply to a conversation opened by a channel identity: its channel and address. */
  public Future<Optional<String>> address(UUID conversation) {
    String cached = addresses.getIfPresent(conversation);
    if (cached != null) {
      return Future.succeededFuture(Optional.of(cached));
    }
    return repo.address(conversation).map(s -> s.map(sealed -> {
      String a = sealed.sealed() != null ? atRest.open(AtRest.CHANNEL_ADDRESS, sealed.sealed())
          : legacy.open(sealed.legacy());
      addresses.put(conversation, a);
      return a;
    }));
  }

  /** What the sender is called in rate limits and failure counts. */
  public String client(String channel, String address) {
    return channel + ":" + HexFormat.of().formatHex(key(channel, address), 0, 12);
  }
}
