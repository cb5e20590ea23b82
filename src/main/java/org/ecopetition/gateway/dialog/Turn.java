package org.ecopetition.gateway.dialog;

import java.util.List;

/** The result of one input: the new state, the replies, and at most one effect still to perform. */
public record Turn(ConversationState state, List<Reply> replies, Effect effect) {
  public Turn {
    replies = List.copyOf(replies);
  }
}
