package org.ecopetition.gateway.account;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.OffsetDateTime;
import org.ecopetition.gateway.access.StaffPrincipal;

/**
 * Who made a request, and how: by a session cookie ({@code sessionHash}, {@code csrfToken} and {@code expiresAt}
 * set) or by a machine client's bearer token (they are null: a bearer request carries no ambient credential, so it
 * needs no CSRF token).
 */
public record Authenticated(StaffPrincipal principal, String name, boolean mustChangePassword, byte[] sessionHash,
    String csrfToken, OffsetDateTime expiresAt) {

  public boolean bySession() {
    return sessionHash != null;
  }

  /** Whether a state-changing request may go ahead: always by token, by cookie only with the session's token. */
  public boolean csrfSatisfied(String header) {
    return !bySession() || header != null && MessageDigest.isEqual(header.strip().getBytes(StandardCharsets.US_ASCII),
        csrfToken.getBytes(StandardCharsets.US_ASCII));
  }
}
