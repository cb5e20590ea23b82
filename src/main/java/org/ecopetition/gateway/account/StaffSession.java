package org.ecopetition.gateway.account;

import java.time.OffsetDateTime;
import org.ecopetition.gateway.access.StaffPrincipal;

/** An open session as read from PostgreSQL, with its member of staff as they are now. */
record StaffSession(byte[] idHash, long userId, StaffPrincipal principal, String name, boolean mustChangePassword,
    OffsetDateTime createdAt, OffsetDateTime lastSeenAt, OffsetDateTime expiresAt) {

  StaffSession seenAt(OffsetDateTime at) {
    return new StaffSession(idHash, userId, principal, name, mustChangePassword, createdAt, at, expiresAt);
  }
}
