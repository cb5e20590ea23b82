package org.ecopetition.gateway.access;

/** What a member of staff may know of one case. */
public enum Sight {
  /** The case is theirs to see. */
  VISIBLE,
  /** Outside their scope: answered exactly as a case that does not exist (404), and absent from every list and count. */
  HIDDEN,
  /** Recused (Art 21): they know of the case, and are told they may neither open nor act on it (403). */
  RECUSED
}
