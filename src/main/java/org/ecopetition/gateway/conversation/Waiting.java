package org.ecopetition.gateway.conversation;

import java.util.Set;
import org.ecopetition.gateway.dialog.Turn;

/**
 * Who holds a conversation after a bot turn, and why it waits for a person. Asked for, or abusive three times: the
 * bot falls silent and a person must answer (owner {@code queue}). A danger to life, an urgent matter, or a bot that
 * could not understand three times: the bot goes on, and the conversation shows in the queue for staff to take over.
 * A reason already set stays until staff take the conversation or hand it back.
 */
record Waiting(String owner, String reason) {
  static final String BOT = "bot";
  static final String QUEUE = "queue";

  static Waiting after(Set<String> alerts, String reasonBefore) {
    if (alerts.contains(Turn.HANDOFF)) {
      return new Waiting(QUEUE, alerts.contains(Turn.ABUSE) ? "abuse" : "asked");
    }
    String reason = reasonBefore;
    if (alerts.contains(Turn.LIFE_SAFETY)) {
      reason = "life_safety";
    } else if (alerts.contains(Turn.URGENT) && !"life_safety".equals(reason)) {
      reason = "urgent";
    } else if (alerts.contains(Turn.MISUNDERSTOOD) && reason == null) {
      reason = "misunderstood";
    }
    return new Waiting(BOT, reason);
  }

  /** The alert kinds a turn raises for people, each at most once while open. */
  static final Set<String> ALERT_KINDS = Set.of(Turn.LIFE_SAFETY, Turn.URGENT, Turn.ABUSE, Turn.HANDOFF,
      Turn.MISUNDERSTOOD);
}
