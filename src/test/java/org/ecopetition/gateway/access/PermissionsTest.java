package org.ecopetition.gateway.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The role table read as the issue states it, over every route of the table. */
class PermissionsTest {

  static Set<Family> allowed(Role r) {
    return Arrays.stream(Family.values()).filter(f -> Permissions.allows(r, f))
        .collect(Collectors.toCollection(() -> EnumSet.noneOf(Family.class)));
  }

  @Test
  void everyRoleHasItsOwnSessionAndOnlyWhatItsJobNeeds() {
    assertThat(allowed(Role.INTAKE)).containsExactlyInAnyOrder(Family.PUBLIC, Family.SELF, Family.REGISTER,
        Family.READ_CASE, Family.EVIDENCE, Family.QUEUE);
    // A handler does everything intake does, and acts on cases.
    assertThat(allowed(Role.HANDLER)).containsAll(allowed(Role.INTAKE)).contains(Family.ACT)
        .doesNotContain(Family.SUPERVISE, Family.USERS, Family.AUDIT);
    // A supervisor is a handler who also supervises.
    assertThat(allowed(Role.SUPERVISOR)).containsAll(allowed(Role.HANDLER)).contains(Family.SUPERVISE, Family.OVERDUE)
        .doesNotContain(Family.USERS, Family.AUDIT);
    // An administrator manages staff and nothing else: no case, list, count or export.
    assertThat(allowed(Role.ADMIN)).containsExactlyInAnyOrder(Family.PUBLIC, Family.SELF, Family.USERS,
        Family.STAFF_LOG);
    assertThat(allowed(Role.AUDITOR)).contains(Family.AUDIT, Family.READ_CASE).doesNotContain(Family.USERS);
    // An auditor reads a case without the petitioner's identity: that photos exist, not what they show.
    assertThat(allowed(Role.AUDITOR)).doesNotContain(Family.EVIDENCE);
  }

  @Test
  void anAuditorChangesNothingButTheirOwnSession() {
    for (Endpoint e : Endpoint.values()) {
      if (e.changesState() && e.family() != Family.SELF && e.family() != Family.PUBLIC) {
        assertThat(Permissions.allows(Role.AUDITOR, e.family())).as(e.name()).isFalse();
      }
    }
  }

  @Test
  void supervisorsSeeTheOverdueListsBelowThemAndAHandlerThoseOfTheirOwnDepartment() {
    assertThat(Permissions.reach(Role.SUPERVISOR, Family.OVERDUE)).isEqualTo(Reach.BELOW);
    assertThat(Permissions.reach(Role.HANDLER, Family.OVERDUE)).isEqualTo(Reach.OWN);
    assertThat(Permissions.reach(Role.INTAKE, Family.OVERDUE)).isEqualTo(Reach.NONE);
  }

  @Test
  void everyRouteIsUnderTheStaffApiAndUniqueByMethodAndPath() {
    assertThat(Arrays.stream(Endpoint.values()).map(e -> e.method() + " " + e.path()).distinct().count())
        .isEqualTo(Endpoint.values().length);
    assertThat(Endpoint.values()).allSatisfy(e -> assertThat(e.path()).startsWith("/"));
    assertThat(Arrays.stream(Endpoint.values()).filter(e -> e.family() == Family.PUBLIC))
        .containsExactly(Endpoint.LOGIN);
  }
}
