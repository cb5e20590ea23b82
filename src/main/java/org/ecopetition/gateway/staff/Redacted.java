package org.ecopetition.gateway.staff;

import io.vertx.core.json.JsonObject;
import java.util.function.UnaryOperator;

/**
 * What a role without need of the petitioner's identity (an auditor) reads of a case (issue 11 §1): the case, its
 * history and its documents, each through the one masking path ({@link ReportedPartyCopy}).
 */
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

  /**
   * A case's free text as a role without need reads it: the identities the case knows (the petitioner's in every form
   * people write them, the third persons its copy masked) masked, with any ID number and contact account. {@code c}:
   * the case row, opened.
   */
  static UnaryOperator<String> masking(JsonObject c) {
    org.ecopetition.gateway.nlp.Redaction.Values known = ReportedPartyCopy.known(c);
    return t -> t == null ? null : ReportedPartyCopy.mask(known, t);
  }

  /**
   * A document's data as a role without need reads it: the redacted copy for the facts and request and no
   * petitioner's name; what staff wrote on the act is masked by {@link #masking} when the document is filled.
   */
  static JsonObject documentForNoNeed(JsonObject d) {
    UnaryOperator<String> mask = masking(d);
    String facts = d.getString("facts_redacted");
    String request = d.getString("request_redacted");
    return d.copy().put("facts", mask.apply(facts == null ? d.getString("facts", "") : facts))
        .put("request", mask.apply(request == null ? d.getString("request", "") : request))
        .putNull("petitioner_name").putNull("petitioner_address").putNull("contact_phone");
  }
}
