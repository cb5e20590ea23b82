package org.ecopetition.gateway.staff;

import io.vertx.core.json.JsonObject;

/** What a role without need of the petitioner's identity reads of a case (issue 11 §1). */
final class Redacted {
  private Redacted() {}

  /** The case with its redacted copy in place of the facts and request, and no name, address or phone. */
  static JsonObject forNoNeed(JsonObject c) {
    org.ecopetition.gateway.nlp.Redaction.Values known = ReportedPartyCopy.known(c);
    JsonObject o = ReportedPartyCopy.masked(c.copy(), known);
    o.put("facts", ReportedPartyCopy.mask(known, o.getString("facts_redacted")))
        .put("request", ReportedPartyCopy.mask(known, o.getString("request_redacted")))
        .putNull("petitioner_name").putNull("petitioner_address").putNull("contact_phone").put("redacted", true);
    return o;
  }
}
