package org.ecopetition.gateway.dialog;

import java.util.List;
import java.util.Set;

/**
 * The result of one input: the new state, the replies, at most one effect still to perform, and alerts for
 * people: {@code life_safety} and {@code urgent} (Art 19: tell the duty staff now), {@code abuse} (Art 43),
 * {@code handoff} (the petitioner asked for, or needs, a person: the conversation goes to the staff queue).
 */
public record Turn(ConversationState state, List<Reply> replies, Effect effect, Set<String> alerts) {
  public static final String LIFE_SAFETY = "life_safety";
  public static final String URGENT = "urgent";
  public static final String ABUSE = "abuse";
  public static final String HANDOFF = "handoff";
  /** Three answers in a row the bot could not understand: a person is offered and the staff see it waiting. */
  public static final String MISUNDERSTOOD = "misunderstood";

  public Turn {
    replies = List.copyOf(replies);
    alerts = Set.copyOf(alerts);
  }

  Turn(ConversationState state, List<Reply> replies, Effect effect) {
    this(state, replies, effect, Set.of());
  }

  Turn alerting(Set<String> more) {
    java.util.Set<String> all = new java.util.LinkedHashSet<>(alerts);
    all.addAll(more);
    return new Turn(state, replies, effect, all);
  }
}
