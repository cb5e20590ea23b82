package org.ecopetition.gateway.casefile;

import io.vertx.core.Future;

/**
 * Makes the copy of a matter's facts and request that others may read (issue 11 §1): the identities of the
 * petitioner and of third persons replaced by placeholders. The gateway runs it on the NLP worker pool (the extractor
 * finds the spans); registration stores its result beside the original.
 */
@FunctionalInterface
public interface Redactor {
  /**
   * The copy of {@code c}'s facts and request; {@code read}: texts read by the extractor before (a chat's typed
   * messages, in their turns) with the identity spans found in each, not to be read again.
   */
  Future<Copy> redact(NewCase c, java.util.Map<String, java.util.List<org.ecopetition.gateway.nlp.Identity>> read);

  /** The redacted facts and request. */
  record Copy(String facts, String request) {}
}
