package org.ecopetition.gateway.access;

import java.util.ArrayList;
import java.util.List;

/**
 * The cases a member of staff may see through one route family, as a filter for lists, counts and exports: cases
 * whose responsible department is in {@code departments}, unless the member ({@code actor}) is recused or the case is
 * an accusation against the member's department or one above it (Art 23). A case with
 * no responsible code is the deployment's ({@code unassignedCode}). {@link #admits} states the rule in Java and
 * {@link #sql} the same rule for PostgreSQL, so that a list is filtered in the database by exactly what
 * {@link Visibility#sight} decides for one case.
 */
public record CaseScope(DepartmentScope departments, String actor, String unassignedCode) {

  public boolean admits(CaseView c) {
    return departments.admits(c.responsibleCode() == null ? unassignedCode : c.responsibleCode())
        && !c.recused().contains(actor) && !c.accuses(departments.code());
  }

  /**
   * The rule as a SQL condition on the cases table aliased {@code alias}, using the four parameters
   * {@code $first … $first+3} that {@link #params()} gives in order.
   */
  public String sql(String alias, int first) {
    return "(" + departments.sql("coalesce(" + alias + ".responsible_code, $" + (first + 2) + "::text)", first)
        + " AND NOT " + barred(alias, first, first + 3) + ")";
  }

  /**
   * {@link Visibility#barred} as a SQL condition on the cases table aliased {@code alias}: the member ({@code $actor},
   * their login) is recused (Art 21), or the case is an accusation against their department ({@code $department}, its
   * code) or one above it (Art 23), or an appeal complaining of it (Art 24(2)). Whatever else reads cases for a member of staff — a list of conversations or of
   * alerts — drops the ones this holds for, so that all of them answer by one rule.
   */
  public static String barred(String alias, int department, int actor) {
    return barred(alias, "$" + department, "$" + actor);
  }

  /** {@link #barred(String, int, int)} on SQL expressions of the department and the actor (one row per member). */
  public static String barred(String alias, String department, String actor) {
    return "(" + actor + "::text = ANY(" + alias + ".recused)"
        // Art 23: never the accused unit's, nor a unit's under it; Art 24(2), 21: nor the department an appeal complains of.
        + " OR (" + alias + ".category IN ('检举控告', '申诉求决') AND EXISTS (SELECT 1 FROM unnest(" + alias
        + ".accused_codes) AS accused_unit WHERE starts_with(" + department + "::text, accused_unit))))";
  }

  public List<Object> params() {
    List<Object> p = new ArrayList<>(departments.params());
    p.add(unassignedCode);
    p.add(actor);
    return p;
  }
}
