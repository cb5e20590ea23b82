package org.ecopetition.gateway.dialog;

import java.util.Set;

/**
 * Placeholders a prompt may use besides its dialog's slots: the confirmation summary, the values an effect
 * hands back, and the deployment's published contact details (Art 13).
 */
final class Placeholders {
  private Placeholders() {}

  static final Set<String> KNOWN = Set.of(
      "summary", "min", "max", "label", "value", "county", "requestKind", "why", "deadline",
      "caseNumber", "queryCode", "urgentNote", "organ", "noticeDue", "handlingDue", "routingNote", "state", "dates", "replies",
      "department", "hotline", "address", "receptionHours", "receptionPlace", "channels");
}
