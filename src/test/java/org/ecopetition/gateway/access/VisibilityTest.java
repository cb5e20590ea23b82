package org.ecopetition.gateway.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.ecopetition.gateway.nlp.Gazetteer;
import org.ecopetition.gateway.routing.Department;
import org.ecopetition.gateway.routing.DepartmentDirectory;
import org.junit.jupiter.api.Test;

/**
 * The visibility decision as properties over the whole department directory (not over HTTP): scope as a code prefix
 * is exactly the directory's "this department or below"; a case is seen by its own department and those above it,
 * never by a sibling or one below; the list filter admits exactly what the one-case decision shows.
 */
class VisibilityTest {
  static final DepartmentDirectory DIR = DepartmentDirectory.bundled(Gazetteer.bundled());
  static final List<Department> ALL = new ArrayList<>(DIR.all());

  @Test
  void aCodePrefixIsTheDirectorysOwnNesting() {
    List<Department> upper = ALL.stream().filter(d -> d.level() != Department.Level.COUNTY).toList();
    long pairs = 0;
    for (Department scope : upper) {
      for (Department d : ALL) {
        assertThat(Departments.within(d.code(), scope.code())).as(d.code() + " within " + scope.code())
            .isEqualTo(DIR.within(d, scope));
        pairs++;
      }
    }
    // Counties as scopes: only themselves, checked against every department of their province.
    for (Department county : ALL.stream().filter(d -> d.level() == Department.Level.COUNTY).toList()) {
      for (Department d : ALL) {
        if (d.code().startsWith(county.code().substring(0, 2))) {
          assertThat(Departments.within(d.code(), county.code())).isEqualTo(DIR.within(d, county));
          pairs++;
        }
      }
    }
    assertThat(pairs).isGreaterThan(1_000_000);
    assertThat(ALL).allSatisfy(d -> assertThat(Departments.wellFormed(d.code())).as(d.code()).isTrue());
  }

  @Test
  void aCaseIsSeenByItsDepartmentAndThoseAboveNeverBySiblingsOrThoseBelow() {
    Visibility v = new Visibility("");
    Random random = new Random(42);
    for (int i = 0; i < 20_000; i++) {
      Department member = ALL.get(random.nextInt(ALL.size()));
      Department responsible = ALL.get(random.nextInt(ALL.size()));
      for (Role role : Role.values()) {
        StaffPrincipal p = new StaffPrincipal("m" + i, role, member.code());
        Sight s = v.sight(p, Family.READ_CASE, new CaseView(responsible.code(), "申诉求决", List.of()));
        boolean expected = Permissions.allows(role, Family.READ_CASE) && DIR.within(responsible, member);
        assertThat(s).as(role + " of " + member.code() + " on a case of " + responsible.code())
            .isEqualTo(expected ? Sight.VISIBLE : Sight.HIDDEN);
      }
    }
  }

  @Test
  void theListFilterAdmitsExactlyWhatTheOneCaseDecisionShows() {
    Visibility v = new Visibility("3201");
    Random random = new Random(7);
    List<String> codes = new ArrayList<>(ALL.stream().map(Department::code).toList());
    codes.add(null); // a case from before responsible codes: the deployment's
    for (int i = 0; i < 50_000; i++) {
      String member = codes.get(random.nextInt(codes.size() - 1));
      String responsible = codes.get(random.nextInt(codes.size()));
      Role role = Role.values()[random.nextInt(Role.values().length)];
      Family family = Family.values()[random.nextInt(Family.values().length)];
      if (!Permissions.allows(role, family)) {
        continue;
      }
      StaffPrincipal p = new StaffPrincipal("m", role, member);
      List<String> recused = random.nextInt(5) == 0 ? List.of("staff:m") : List.of("staff:other");
      CaseView c = new CaseView(responsible, "检举控告", recused);
      assertThat(v.scope(p, family).admits(c)).as(role + " " + family + " " + member + " " + responsible + " " + recused)
          .isEqualTo(v.sight(p, family, c) == Sight.VISIBLE);
    }
  }

  @Test
  void aCaseWithoutAResponsibleCodeIsTheDeployments() {
    Visibility v = new Visibility("3201");
    CaseView old = new CaseView(null, null, List.of());
    assertThat(v.sight(new StaffPrincipal("a", Role.HANDLER, "3201"), Family.READ_CASE, old)).isEqualTo(Sight.VISIBLE);
    assertThat(v.sight(new StaffPrincipal("b", Role.HANDLER, "32"), Family.READ_CASE, old)).isEqualTo(Sight.VISIBLE);
    assertThat(v.sight(new StaffPrincipal("c", Role.HANDLER, "320115"), Family.READ_CASE, old)).isEqualTo(Sight.HIDDEN);
    assertThat(v.sight(new StaffPrincipal("d", Role.HANDLER, "3202"), Family.READ_CASE, old)).isEqualTo(Sight.HIDDEN);
  }

  @Test
  void aRecusedMemberIsToldSoInScopeAndSeesNothingOutOfIt() {
    Visibility v = new Visibility("32");
    StaffPrincipal qian = new StaffPrincipal("qian", Role.HANDLER, "3201");
    assertThat(v.sight(qian, Family.ACT, new CaseView("320115", null, List.of("staff:qian")))).isEqualTo(Sight.RECUSED);
    assertThat(v.sight(qian, Family.ACT, new CaseView("3202", null, List.of("staff:qian")))).isEqualTo(Sight.HIDDEN);
    assertThat(v.scope(qian, Family.READ_CASE).admits(new CaseView("320115", null, List.of("staff:qian")))).isFalse();
  }

  @Test
  void aHandlersOverdueListIsTheirOwnDepartmentsASupervisorsReachesBelow() {
    Visibility v = new Visibility("32");
    CaseView county = new CaseView("320115", null, List.of());
    assertThat(v.sight(new StaffPrincipal("h", Role.HANDLER, "3201"), Family.OVERDUE, county)).isEqualTo(Sight.HIDDEN);
    assertThat(v.sight(new StaffPrincipal("h", Role.HANDLER, "320115"), Family.OVERDUE, county)).isEqualTo(Sight.VISIBLE);
    assertThat(v.sight(new StaffPrincipal("s", Role.SUPERVISOR, "3201"), Family.OVERDUE, county))
        .isEqualTo(Sight.VISIBLE);
  }
}
