package org.ecopetition.gateway.conversation;

import java.util.List;

/**
 * The result of one petitioner message: the stored inbound message first, then the replies, as the
 * petitioner must see them now (a query code appears here once and is masked in storage).
 * {@code duplicate}: the same clientMsgId was already handled; these are the stored messages of that turn.
 * {@code lang}: the conversation's language after the turn.
 * {@code whole}: the caller asked, and the conversation's outgoing messages not yet delivered, as the turn committed
 * them, are exactly the replies here (counted under the conversation's lock): a delivery of them needs no read.
 */
public record Received(List<StoredMessage> messages, boolean duplicate, String lang, boolean whole) {

  public Received(List<StoredMessage> messages, boolean duplicate, String lang) {
    this(messages, duplicate, lang, false);
  }
}
