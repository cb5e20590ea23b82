package org.ecopetition.gateway.conversation;

/**
 * A turn refused before it ran: its conversation already has as many turns waiting as a conversation may hold
 * (a sender flooding one conversation). Nothing of it was stored; the channel answers it as busy.
 */
public final class ConversationBusy extends RuntimeException {
  public ConversationBusy() {
    super("conversation busy: too many turns waiting", null, false, false);
  }
}
