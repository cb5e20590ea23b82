package org.ecopetition.gateway.lifecycle;

/** The lifecycle's answer to a command on a case: refused (a value, with its article) or the change to apply. */
public sealed interface Decision {
  record Refused(Outcome.Rejected why) implements Decision {}

  record Changed(CaseChange change) implements Decision {}
}
