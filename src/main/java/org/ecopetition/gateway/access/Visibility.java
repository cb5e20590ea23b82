package org.ecopetition.gateway.access;

/**
 * The one decision of what a member of staff may see: every staff route that addresses a case asks {@link #sight},
 * and every list, count and export is filtered by {@link #scope} (its SQL form). Out of scope is {@link Sight#HIDDEN}
 * — a 404 exactly like a case that does not exist, and no count — so a member of staff never learns that a case
 * outside their departments exists. The rule today: the case's responsible department must be the member's
 * department (or below it, by the role's reach for the route's family), and the member must not be recused (Art 21).
 * The accusation rule of Art 23: an accusation is hidden (404, no count) from the staff of every unit it accuses and
 * of the units under them, whatever their role and reach — on every route, list and count at once.
 */
public final class Visibility {
  private final String deploymentCode;

  /** {@code deploymentCode}: the deployment's own department ({@code routing.divisionCode}), for cases with none. */
  public Visibility(String deploymentCode) {
    this.deploymentCode = deploymentCode == null ? "" : deploymentCode;
  }

  public String deploymentCode() {
    return deploymentCode;
  }

  /** What {@code p} may know of case {@code c} through a route of {@code family}. */
  public Sight sight(StaffPrincipal p, Family family, CaseView c) {
    if (!reaches(p, family, c.responsibleCode() == null ? deploymentCode : c.responsibleCode())) {
      return Sight.HIDDEN;
    }
    // Art 23: the accused unit and those under it never learn that the accusation exists.
    if (c.accuses(p.departmentCode())) {
      return Sight.HIDDEN;
    }
    return c.recused().contains(p.actor()) ? Sight.RECUSED : Sight.VISIBLE;
  }

  /**
   * Whether {@code p} may not learn even that case {@code c} exists, whatever the department: an accusation against
   * their unit or one above it (Art 23), or a case they are recused from (Art 21). What the gateway derives from other
   * cases for them — a matter they register being called a repeat of an earlier one, or a hotspot counting it — must
   * not weigh such a case: searching a petitioner's phone or a polluter's name would answer otherwise than for a
   * random one.
   */
  public boolean barred(StaffPrincipal p, CaseView c) {
    return c.accuses(p.departmentCode()) || c.recused().contains(p.actor());
  }

  /** The cases {@code p} may see in a list, count or export of {@code family} (only for a family the role may use). */
  public CaseScope scope(StaffPrincipal p, Family family) {
    return new CaseScope(departments(p, family), p.actor(), deploymentCode);
  }

  /** The departments {@code p} reaches through {@code family} (only for a family the role may use). */
  public DepartmentScope departments(StaffPrincipal p, Family family) {
    Reach reach = Permissions.reach(p.role(), family);
    if (reach == Reach.NONE) {
      throw new IllegalArgumentException(p.role() + " may not use " + family);
    }
    return new DepartmentScope(p.departmentCode(), reach == Reach.BELOW);
  }

  /**
   * Whether {@code p} reaches department {@code code} through {@code family}: a case's responsible department, or a
   * member of staff's department for the staff accounts and their record of changes.
   */
  public boolean reaches(StaffPrincipal p, Family family, String code) {
    return Permissions.allows(p.role(), family) && departments(p, family).admits(code);
  }
}
