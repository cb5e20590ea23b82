package org.ecopetition.gateway.dialog;

import java.util.List;

/** Keys that {@code dialogs/commands.yaml} must define in every language: the engine's own words. */
final class GlobalPrompt {
  private GlobalPrompt() {}

  static final List<String> REQUIRED = List.of(
      "idle", "help", "cancelled", "cancelled_resume", "cancel_check", "cancel_yes", "cancel_no", "restarted", "lang_switched", "resume_previous",
      "invalid_text", "invalid_phone", "invalid_yes_no", "invalid_enum", "invalid_case_number", "foreign_case_number",
      "invalid_query_code", "not_given", "unknown_given", "unknown_required", "yes", "no", "confirm_submit", "confirm_edit", "confirm_which",
      "confirm_hint", "confirm_declined", "button_new_report", "button_status",
      "invalid_place", "invalid_place_ambiguous", "place_which_city", "place_which_county", "invalid_date", "invalid_when", "invalid_count", "check", "options_hint",
      "life_safety", "urgent_ack", "abuse_warning", "abuse_handoff", "handoff", "resume_ask", "resume_continue",
      "back_nothing", "resent", "button_restart", "handoff_left", "misunderstood_offer", "misunderstood_human",
      "misunderstood_example", "example_text", "example_phone", "example_yes_no", "example_enum", "example_place",
      "example_date", "example_when", "example_count", "example_case_number", "example_query_code", "example_confirm",
      "noted", "corrected", "corrected_summary", "declined_required", "not_at_summary", "aside_handled", "aside_why", "aside_hurry", "aside_robot", "aside_secret", "aside_who", "aside_for_another", "aside_hello", "aside_next", "phone_two", "code_ack", "code_later", "code_missing", "received_urgent_note", "safety_gas_leak", "safety_poisoning", "safety_fire", "safety_explosion",
      "safety_threat", "safety_drinking_water", "safety_spill_leak", "safety_mass_death", "safety_rescue");
}
