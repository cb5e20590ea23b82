package org.ecopetition.gateway.casefile;

import io.vertx.core.Future;

/**
 * Makes the copy of a matter's facts and request that others may read (issue 11 §1): the identities of the
 * petitioner and of third persons replaced by placeholders. The gateway runs it on the NLP worker pool (the extractor
 * finds the spans); registration stores its result beside the original.
 */
@FunctionalInterface
public interface Redactor {
  /** The copy of {@code c}'s facts and request. */
  Future<Copy> redact(NewCase c);

  /** The redacted facts and request. */
  record Copy(String facts, String request) {}
}
