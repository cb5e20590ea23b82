package org.ecopetition.gateway.access;

import java.util.List;

/**
 * A set of departments: {@code code} alone, or {@code code} and every department below it. {@link #admits} in Java
 * and {@link #sql} in PostgreSQL state the same rule.
 */
public record DepartmentScope(String code, boolean below) {

  public boolean admits(String department) {
    return below ? Departments.within(department, code) : department.equals(code);
  }

  /** The rule on a SQL expression of a department code, with the two parameters {@code $first, $first+1}. */
  public String sql(String expression, int first) {
    return "(CASE WHEN $" + (first + 1) + "::boolean THEN starts_with(" + expression + ", $" + first + "::text) ELSE "
        + expression + " = $" + first + "::text END)";
  }

  public List<Object> params() {
    return List.of(code, below);
  }
}
