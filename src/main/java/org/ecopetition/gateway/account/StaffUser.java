package org.ecopetition.gateway.account;

import io.vertx.core.json.JsonObject;
import java.time.OffsetDateTime;
import org.ecopetition.gateway.access.Role;
import org.ecopetition.gateway.access.StaffPrincipal;

/** A member of staff as stored (the password hash never leaves this package). */
record StaffUser(long id, String login, String name, Role role, String departmentCode, boolean disabled,
    boolean mustChangePassword, String passwordHash, OffsetDateTime passwordExpiresAt, OffsetDateTime lastLoginAt,
    OffsetDateTime createdAt) {

  StaffPrincipal principal() {
    return new StaffPrincipal(login, role, departmentCode);
  }

  /** As an administrator sees it; {@code departmentName} from the directory. */
  JsonObject json(String departmentName) {
    return new JsonObject().put("login", login).put("name", name).put("role", role.code())
        .put("department", departmentCode).put("departmentName", departmentName).put("disabled", disabled)
        .put("mustChangePassword", mustChangePassword)
        .put("lastLoginAt", lastLoginAt == null ? null : lastLoginAt.toInstant().toString())
        .put("createdAt", createdAt.toInstant().toString());
  }
}
