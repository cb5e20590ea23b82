package org.ecopetition.gateway.inbound;

import io.vertx.core.Future;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * What goes out to each messaging conversation: its outgoing messages not yet delivered (each marked pending by the
 * transaction that wrote it, whatever its id: ids are drawn at insert, not in commit order), a lease so that one
 * instance delivers at a time, and the customer-service window (the citizen's last message, messages since).
 */
public interface OutboxLedger {
  /**
   * The conversation's ledger after a claim; {@code won}: this owner holds the lease now; {@code deliveredThrough}: the
   * highest message id delivered (0: nothing delivered yet); {@code partsSent}: parts of message {@code partsOf} already
   * sent (a long reply stopped part-way by the quota; 0 and 0: none).
   */
  record Claim(boolean won, String channel, long deliveredThrough, Instant windowFrom, int sentInWindow,
      int partsSent, long partsOf) {}

  /**
   * Claims the conversation for delivery. {@code citizenWrote}: a message of the citizen arrived now, which
   * opens a new window; the ledger is created on first contact.
   */
  Future<Claim> claim(UUID conversation, String channel, String owner, Instant now, Duration lease,
      boolean citizenWrote);

  /**
   * A citizen's message taken once and its conversation claimed for delivery, in one statement: the callback's
   * de-duplication claim ({@link Deduplication#claim}) and, only when that is won, {@link #claim} with
   * {@code citizenWrote}. Empty: the message was taken already (a retry); nothing was claimed.
   */
  Future<Optional<Claim>> claimMessage(String channel, String key, Instant now, Duration retakeAfter,
      UUID conversation, String owner, Duration lease);

  /**
   * Claims an existing ledger only, and only when an outgoing message is pending: empty for a conversation of another
   * channel (it has none), when another delivery holds it, and when there is nothing to deliver.
   */
  Future<Optional<Claim>> claimExisting(UUID conversation, String owner, Instant now, Duration lease);

  /**
   * Records messages delivered ({@code done}: no longer pending), the window messages it used and the parts of message
   * {@code partsOf} already sent ({@code partsSent}; 0 and 0: none), while the lease is held.
   */
  Future<Void> advance(UUID conversation, String owner, List<Long> done, int sent, int partsSent, long partsOf);

  Future<Void> release(UUID conversation, String owner);

  /**
   * Records messages delivered ({@code done}) and lets the lease go, in one round trip; true when outgoing messages are
   * still pending (written while the lease was held, or left by the quota: whoever claims next delivers them).
   */
  Future<Boolean> release(UUID conversation, String owner, List<Long> done);

  /** Conversations not leased now with outgoing messages pending, the citizen active within {@code recent}. */
  Future<List<UUID>> undelivered(Instant now, Duration recent, int limit);

  /** The channel of a conversation that has a ledger. */
  Future<Optional<String>> channelOf(UUID conversation);
}
