package org.ecopetition.gateway.account;

import java.time.Duration;

/**
 * How long a login is locked for one client after failed sign-ins: nothing before {@code after} failures, then
 * {@code first}, doubled at each further failure, never more than {@code max}. Always timed: nobody can lock a
 * member of staff out for good (the duty officer must still get in), and another client is not affected.
 */
record LockRule(int after, Duration first, Duration max) {

  /** The lock that follows the {@code failures}-th consecutive failure (zero: none). */
  Duration lockAfter(int failures) {
    if (failures < after) {
      return Duration.ZERO;
    }
    int doublings = Math.min(failures - after, 30);
    Duration d = first.multipliedBy(1L << doublings);
    return d.compareTo(max) > 0 ? max : d;
  }
}
