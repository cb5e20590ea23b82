package org.ecopetition.gateway.casefile;

/** The answer to a status query: found, not found (also for a wrong code), or too many failures. */
public sealed interface StatusResult {
  record Found(long caseId, StatusView view) implements StatusResult {}

  record NotFound() implements StatusResult {}

  /** {@code retryAfterSeconds}: when the next attempt may be answered. */
  record Limited(int retryAfterSeconds) implements StatusResult {}
}
