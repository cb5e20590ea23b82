package org.ecopetition.gateway.access;

import java.util.Objects;

/**
 * Who is calling: a member of staff signed in, or a machine client with a configured token. {@code departmentCode}
 * is a code of the department directory ({@code ""} the ministry, {@code "32"} a province, {@code "3201"} a city,
 * {@code "320115"} a county): the scope is that department and those below it.
 */
public record StaffPrincipal(String login, Role role, String departmentCode) {
  public StaffPrincipal {
    Objects.requireNonNull(login);
    Objects.requireNonNull(role);
    Objects.requireNonNull(departmentCode);
  }

  /** How the case history, recusals and access log name this member of staff. */
  public String actor() {
    return "staff:" + login;
  }
}
