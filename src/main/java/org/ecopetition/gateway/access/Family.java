package org.ecopetition.gateway.access;

/** Route families: what a route does, as far as who may call it is concerned. */
public enum Family {
  /** Signing in: no one is known yet. */
  PUBLIC,
  /** One's own session: who am I, sign out, change my password (allowed even before a one-time password is changed). */
  SELF,
  /** Register a matter entered by staff (a letter, a call, a visit, a matter transferred in). */
  REGISTER,
  /** Read a case, its history and its documents. */
  READ_CASE,
  /**
   * The evidence photos themselves. A photo can show the petitioner, their home or their window (the place it was
   * taken from): a role without need of the identity (an auditor) sees that photos exist (READ_CASE), not the photos.
   */
  EVIDENCE,
  /** Act on a case: the procedure's acts, recusals, delivery of notices, feedback on supervision. */
  ACT,
  /** The waiting conversations, their takeover and the alerts (the staff workspace's live side). */
  QUEUE,
  /** The notices worklist. */
  NOTICES,
  /** The overdue lists (and hotspots). */
  OVERDUE,
  /** Supervision notes on the cases of the departments below (Art 38). */
  SUPERVISE,
  /** Counts. */
  STATS,
  /** Cases with personal data leaving the gateway (the national platform). */
  EXPORT,
  /** Who read which case (Art 42). */
  AUDIT,
  /** The record of changes to staff accounts. */
  STAFF_LOG,
  /** Staff accounts: add, disable, re-scope, reset, unlock, revoke. */
  USERS
}
