package org.ecopetition.gateway.conversation;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.vertx.core.Future;
import io.vertx.sqlclient.Pool;
import java.time.Clock;
import java.util.HexFormat;
import java.util.Optional;
import java.util.UUID;

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
  private final AddressSeal seal;
  private final Clock clock;
  /** Lookup key → conversation: the link never changes once made. */
  private final Cache<String, UUID> known = Caffeine.newBuilder().maximumSize(200_000).build();
  private final Cache<UUID, String> addresses = Caffeine.newBuilder().maximumSize(50_000).build();

  public ChannelConversations(ConversationService conversations, Pool pool, byte[] secret, Clock clock) {
    this.conversations = conversations;
    this.repo = new PgChannelIdentityRepository(pool);
    this.seal = new AddressSeal(secret);
    this.clock = clock;
  }

  /** The sender's conversation, opened now in {@code lang} when this is the first contact. */
  public Future<Contact> contact(String channel, String address, String lang) {
    byte[] key = seal.key(channel, address);
    String cacheKey = HexFormat.of().formatHex(key);
    String client = seal.client(channel, address);
    UUID cached = known.getIfPresent(cacheKey);
    if (cached != null) {
      return Future.succeededFuture(new Contact(cached, false, client));
    }
    return repo.find(key).compose(found -> {
      if (found.isPresent()) {
        known.put(cacheKey, found.get());
        return Future.succeededFuture(new Contact(found.get(), false, client));
      }
      return conversations.open(channel, lang).compose(opened -> repo.link(key, channel, opened.id(),
          seal.seal(address), clock.instant()).compose(linked -> {
            if (linked) {
              known.put(cacheKey, opened.id());
              addresses.put(opened.id(), address);
              return Future.succeededFuture(new Contact(opened.id(), true, client));
            }
            // Two first messages raced on two instances: keep the winner's conversation.
            return repo.drop(opened.id()).compose(v -> repo.find(key)).map(winner -> {
              known.put(cacheKey, winner.orElseThrow());
              return new Contact(winner.orElseThrow(), false, client);
            });
          }));
    });
  }

  /** The sender's conversation if they have one; none is opened. */
  public Future<Optional<UUID>> find(String channel, String address) {
    byte[] key = seal.key(channel, address);
    UUID cached = known.getIfPresent(HexFormat.of().formatHex(key));
    return cached != null ? Future.succeededFuture(Optional.of(cached)) : repo.find(key);
  }

  /** Where to reply to a conversation opened by a channel identity: its channel and address. */
  public Future<Optional<String>> address(UUID conversation) {
    String cached = addresses.getIfPresent(conversation);
    if (cached != null) {
      return Future.succeededFuture(Optional.of(cached));
    }
    return repo.address(conversation).map(s -> s.map(sealed -> {
      String a = seal.open(sealed.address());
      addresses.put(conversation, a);
      return a;
    }));
  }

  /** What the sender is called in rate limits and failure counts. */
  public String client(String channel, String address) {
    return seal.client(channel, address);
  }
}
