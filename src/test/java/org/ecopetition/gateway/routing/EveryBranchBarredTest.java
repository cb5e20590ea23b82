package org.ecopetition.gateway.routing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.ecopetition.gateway.access.CaseView;
import org.ecopetition.gateway.access.Family;
import org.ecopetition.gateway.access.Permissions;
import org.ecopetition.gateway.access.Role;
import org.ecopetition.gateway.access.Sight;
import org.ecopetition.gateway.access.StaffPrincipal;
import org.ecopetition.gateway.access.Visibility;
import org.ecopetition.gateway.nlp.Division;
import org.ecopetition.gateway.nlp.Place;
import org.junit.jupiter.api.Test;

/**
 * Art 23, 24(2): a petition naming two or more units — two branches of one city (分局), or a branch and a bureau named
 * in full — bars every one of them, not the first alone. A table over the whole department directory: for every city,
 * each two neighbouring counties' branches written as people write them, routed, then the one visibility rule asked
 * for the staff of each named unit, of every role and route family, wherever the case is later sent (the city
 * handling it, or either branch after a transfer): hidden. A county not named still sees what is sent to it.
 */
class EveryBranchBarredTest {
  static final Visibility VIS = new Visibility("32");

  record Pair(Department city, Department a, Department b, String cityName, String aName, String bName) {}

  /** Neighbouring counties of each city whose names the text can carry unmistakably. */
  static List<Pair> pairs() {
    List<Pair> out = new ArrayList<>();
    for (Department city : RouterTest.DIR.all()) {
      if (city.level() != Department.Level.CITY) {
        continue;
      }
      Optional<Division> cityDiv = RouterTest.G.division(city.code());
      if (cityDiv.isEmpty() || RouterTest.G.resolve(cityDiv.get().name()).filter(p -> !p.ambiguous()).isEmpty()) {
        continue;
      }
      // Counties, not the zones some cities list among them (管理区, 开发区): no one writes "西洞庭管理分局".
      List<Department> counties = RouterTest.DIR.all().stream()
          .filter(d -> d.level() == Department.Level.COUNTY && city.code().equals(d.parentCode())
              && RouterTest.G.division(d.code()).filter(v -> !v.name().matches(".*(管理区|开发区|园区|新区|示范区)")).isPresent())
          .sorted(java.util.Comparator.comparing(Department::code)).toList();
      List<String> names = counties.stream().map(d -> RouterTest.G.division(d.code()).get().name()).toList();
      for (int i = 0; i + 1 < counties.size(); i += 2) {
        out.add(new Pair(city, counties.get(i), counties.get(i + 1), cityDiv.get().name(),
            asWritten(names.get(i), names), asWritten(names.get(i + 1), names)));
      }
    }
    return out;
  }

  static RoutingCase accusation(Place where, String accused) {
    return new RoutingCase("webchat", where, true, "检举控告", null, accused, null, null, false, null, "13912345678",
        "water", accused + "收了化工厂的钱，偷排从来不查", RouterTest.TODAY);
  }

  /** A branch as people name it: the county without 区/县 ("六合分局"), but a one-character county in full ("宾县分局"). */
  static String full(Department county) {
    return RouterTest.G.division(county.code()).orElseThrow().name();
  }

  /**
   * The county as people name its branch: without 区/县/市 ("六合"), unless that leaves one character ("宾县"), is an
   * autonomous county's (通道侗族自治县), or is shared by another county of the city (伊宁市, 伊宁县): then in full.
   */
  static String asWritten(String name, List<String> cityCounties) {
    String shortName = name.replaceFirst("[区县市旗]$", "");
    boolean shared = cityCounties.stream().filter(n -> n.replaceFirst("[区县市旗]$", "").equals(shortName)).count() > 1;
    // "公安分局" alone is the police's: 公安县's branch is written in full.
    boolean agency = shortName.matches("公安|海关|税务|林业|气象|邮政");
    return shortName.length() < 2 || name.matches(".*自治[县旗]") || shared || agency ? name : shortName;
  }

  /** Every staff member of {@code unit}, of every role, through every family that role may use, is refused sight. */
  static void hiddenFrom(Department unit, CaseView c, String what) {
    for (Role role : Role.values()) {
      StaffPrincipal p = new StaffPrincipal("x", role, unit.code());
      assertThat(VIS.barred(p, c)).as(what + ": " + unit.code() + " barred").isTrue();
      for (Family f : Family.values()) {
        if (Permissions.allows(role, f) && f != Family.PUBLIC && f != Family.SELF) {
          assertThat(VIS.sight(p, f, c)).as(what + ": " + role + " of " + unit.code() + " via " + f)
              .isEqualTo(Sight.HIDDEN);
          assertThat(VIS.scope(p, f).admits(c)).as(what + ": list/count/export").isFalse();
        }
      }
    }
  }

  @Test
  void everyBranchNamedIsBarredWhereverTheCaseGoes() {
    List<Pair> pairs = pairs();
    assertThat(pairs).as("the directory's county pairs").hasSizeGreaterThan(30);
    List<String> failures = new ArrayList<>();
    int checked = 0;
    for (Pair p : pairs) {
      Place cityPlace = RouterTest.G.resolve(p.cityName()).orElseThrow();
      List<String> texts = List.of(
          p.cityName() + "生态环境局" + p.aName() + "分局和" + p.bName() + "分局的执法人员",
          full(p.a()) + "分局、" + full(p.b()) + "分局的人",
          p.aName() + "分局跟" + p.cityName() + full(p.b()) + "生态环境局的执法人员");
      for (String accused : texts) {
        Proposal proposal = RouterTest.JIANGSU.propose(accusation(cityPlace, accused), List.of());
        if (!proposal.excluded().containsAll(List.of(p.a().code(), p.b().code()))) {
          failures.add(accused + " → " + proposal.excluded());
          continue;
        }
        checked++;
        for (String sentTo : List.of(proposal.department().code(), p.a().code(), p.b().code())) {
          CaseView c = new CaseView(sentTo, "检举控告", List.of(), proposal.excluded());
          hiddenFrom(p.a(), c, accused);
          hiddenFrom(p.b(), c, accused);
        }
      }
    }
    assertThat(failures).as("texts whose named units were not all barred").isEmpty();
    assertThat(checked).isEqualTo(pairs.size() * 3);
  }

  @Test
  void aCountyNotNamedStillSeesWhatIsSentToIt() {
    // The look-alike: 六合 and 浦口 named; 江宁 (320115) is not, and a matter sent there is its to see.
    Proposal p = RouterTest.JIANGSU.propose(accusation(RouterTest.place("南京市"), "六合分局和浦口分局的执法人员"),
        List.of());
    assertThat(p.excluded()).containsExactlyInAnyOrder("320116", "320111");
    assertThat(p.department().code()).isEqualTo("3201");
    CaseView c = new CaseView("320115", "检举控告", List.of(), p.excluded());
    assertThat(VIS.sight(new StaffPrincipal("x", Role.HANDLER, "320115"), Family.READ_CASE, c)).isEqualTo(Sight.VISIBLE);
    assertThat(VIS.sight(new StaffPrincipal("x", Role.HANDLER, "3201"), Family.READ_CASE, c)).isEqualTo(Sight.VISIBLE);
  }

  @Test
  void anAppealNamingTwoBranchesBarsBoth() {
    Proposal p = RouterTest.JIANGSU.propose(AppealAgainstABureauRoutingTest.appeal("南京市江宁区", "江宁区分局和溧水区分局",
        "反映了三次臭气，江宁区分局和溧水区分局互相推，谁都不管"), List.of());
    assertThat(p.decision()).isEqualTo(Proposal.Decision.ESCALATE);
    assertThat(p.excluded()).containsExactlyInAnyOrder("320115", "320117");
    assertThat(p.department().code()).isEqualTo("3201");
  }
}
