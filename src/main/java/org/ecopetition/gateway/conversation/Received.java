package org.ecopetition.gateway.conversation;

import java.util.List;

/**
 * The result of one petitioner message: the stored inbound message first, then the replies, as the
 * petitioner must see them now (a query code appears here once and is masked in storage).
 * {@code duplicate}: the same clientMsgId was already handled; these are the stored messages of that turn.
 * {@code lang}: the conversation's language after the turn.
 * {@code whole}: the caller asked, and the conversation's outgoing messages not yet delivered, as the turn committed
 * them, are exactly the replies here (counted under the conversation's lock): a delivery of them needs no read.
 * {@code event}: the id of the turn's event (its NOTIFY carries it; 0: none or unknown), and {@code lastMessage}: the
 * conversation's last message id as the turn committed it — a socket that has sent up to it and is woken by that event
 * has nothing to read ({@code ChatSocket}).
 */
public record Received(List<StoredMessage> messages, boolean duplicate, String lang, boolean whole, long event,
    long lastMessage) {

  public Received(List<StoredMessage> messages, boolean duplicate, String lang) {
    this(messages, duplicate, lang, false);
  }

  public Received(List<StoredMessage> messages, boolean duplicate, String lang, boolean whole) {
    this(messages, duplicate, lang, whole, 0, 0);
  }

  /** The same with the event the turn wrote and the conversation's last message then ({@code seen}: both). */
  Received seen(long[] seen) {
    return new Received(messages, duplicate, lang, whole, seen[0], seen[1]);
  }
}
