package org.ecopetition.gateway.access;

/** Over which departments a role may use a route family. */
public enum Reach {
  /** Not at all. */
  NONE,
  /** Its own department only. */
  OWN,
  /** Its own department and every department below it. */
  BELOW
}
