package org.ecopetition.gateway.casefile;

import java.util.Map;
import java.util.UUID;

/** A matter as the petitioner confirmed it, ready to be registered (Art 14's five items and the place). */
public record NewCase(String channel, UUID conversationId, boolean anonymous, String name, String address,
    String phone, String location, String request, String facts, String lang) {

  /** From the intake dialog's slots; an anonymous report keeps no identity even if it was typed before. */
  public static NewCase fromSlots(String channel, UUID conversationId, Map<String, String> slots, String lang) {
    boolean anonymous = "anonymous".equals(slots.get("anonymous"));
    return new NewCase(channel, conversationId, anonymous,
        anonymous ? null : slots.get("name"),
        anonymous ? null : slots.get("address"),
        anonymous ? null : slots.get("phone"),
        slots.get("location"), slots.getOrDefault("request", ""), slots.getOrDefault("facts", ""), lang);
  }
}
