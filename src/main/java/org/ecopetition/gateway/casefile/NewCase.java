package org.ecopetition.gateway.casefile;

import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

/**
 * A matter as the petitioner confirmed it, ready to be registered (Art 14's five items and the rest);
 * {@code origin}: how staff received it, for a matter entered by staff (null: raised in a chat, today);
 * {@code affected}: how many are affected, as said; {@code electronicDelivery}: the petitioner's explicit consent, given in the chat, to electronic delivery of written
 * replies (correction 5).
 */
public record NewCase(String channel, UUID conversationId, boolean anonymous, String name, String address,
    String phone, String location, String province, String city, String county, String town, String placeCode,
    String matter, String request,
    String facts, String category, Integer subtype, String kind, String since, String polluter, AffectedCount affected,
    String accused, boolean disclosureConsent, boolean urgent, String lang, Origin origin,
    boolean electronicDelivery) {

  /**
   * A matter entered by staff: the day it was received (a letter registered the day after it came), who
   * transferred it in (Art 17: then no written notice is owed, and an objection may be raised), and how
   * many representatives came for a group visit (Art 15).
   */
  public record Origin(LocalDate receivedOn, String transferredFrom, Integer representatives) {}

  /** The same matter, registered from a conversation staff took over: notices go back into that conversation. */
  public NewCase fromConversation(UUID conversation, String conversationChannel) {
    return new NewCase(conversationChannel, conversation, anonymous, name, address, phone, location, province, city,
        county, town, placeCode, matter, request, facts, category, subtype, kind, since, polluter, affected, accused,
        disclosureConsent, urgent, lang, origin, electronicDelivery);
  }

  /** Art 24's subtype of an appeal or demand: what the extractor read, an ordinary complaint (3) otherwise. */
  private static Integer subtype(String category, Map<String, String> slots) {
    if (!"申诉求决".equals(category)) {
      return null;
    }
    try {
      return slots.containsKey("_x.subtype") ? Integer.valueOf(slots.get("_x.subtype")) : 3;
    } catch (NumberFormatException e) {
      return 3;
    }
  }

  /**
   * From the intake dialog's slots. An anonymous report keeps no identity even if it was typed before, and
   * an accusation never carries consent to disclosure (Art 23). Consent to electronic delivery is only the explicit
   * option chosen at the intake's last question (correction 5).
   */
  public static NewCase fromSlots(String channel, UUID conversationId, Map<String, String> slots, boolean urgent,
      String lang) {
    // Stopped after being told where the matter belongs (Art 17(3)): registered all the same, without identity.
    boolean anonymous = "anonymous".equals(slots.get("anonymous")) || "stop".equals(slots.get("elsewhere"));
    String category = slots.get("category");
    boolean consent = !anonymous && !"检举控告".equals(category) && "yes".equals(slots.get("disclose"));
    boolean electronic = !anonymous && "electronic".equals(slots.get("delivery"));
    // As said ("几百户", "20", "全村"): kept with its unit and bounds, never turned into people (issue 13 §6).
    AffectedCount affected = AffectedCount.said(slots.get("affected"));
    return new NewCase(channel, conversationId, anonymous,
        anonymous ? null : slots.get("name"),
        anonymous ? null : slots.get("address"),
        anonymous ? null : slots.get("phone"),
        slots.get("location"), slots.get("location.province"), slots.get("location.city"),
        slots.get("location.county"), slots.get("location.town"), slots.get("location.code"), slots.get("_x.matter"),
        slots.getOrDefault("request", ""), slots.getOrDefault("facts", ""), category, subtype(category, slots),
        slots.get("kind"),
        slots.get("since"), slots.get("polluter"), affected, slots.get("accused"), consent, urgent, lang, null,
        electronic);
  }
}
