package org.ecopetition.gateway.access;

import java.util.Arrays;
import java.util.Optional;

/** What a member of staff does; what each may call is the table in {@link Permissions}. */
public enum Role {
  /** Registers letters, calls, faxes and visits; reads the cases in scope; works the queue. */
  INTAKE,
  /** Everything intake does, and acts on cases. */
  HANDLER,
  /** A handler who also supervises: the overdue and hotspot lists and supervision notes of the departments below. */
  SUPERVISOR,
  /** Reads only, and the access log. */
  AUDITOR,
  /** Manages staff accounts, and nothing else. */
  ADMIN;

  public String code() {
    return name().toLowerCase();
  }

  public static Optional<Role> of(String code) {
    return code == null ? Optional.empty()
        : Arrays.stream(values()).filter(r -> r.code().equals(code.strip().toLowerCase())).findFirst();
  }
}
