package org.ecopetition.gateway.routing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.ecopetition.gateway.access.CaseView;
import org.ecopetition.gateway.access.Family;
import org.ecopetition.gateway.access.Role;
import org.ecopetition.gateway.access.Sight;
import org.ecopetition.gateway.access.StaffPrincipal;
import org.ecopetition.gateway.nlp.Place;
import org.junit.jupiter.api.Test;

/**
 * Correction 1, Art 23 (conf2): an accusation against a township's, a street office's or a village's official (镇长,
 * 村支书…) names no unit of the department directory, so the visibility rule had nothing to bar and the accusation went
 * to the county department that works beside those officials every day. Over every county-level department of the
 * directory: such an accusation stays at the level above, and the county's staff, of every role and route family, are
 * refused sight of it wherever the proposal sends it; the level above sees it.
 */
class LocalOfficialAccusedTest {
  static final org.ecopetition.gateway.access.Visibility VIS = new org.ecopetition.gateway.access.Visibility("");
  static final List<String> OFFICIALS = List.of("镇长", "村支书", "街道办的干部", "乡里的环保员", "社区主任",
      "the village head");

  static RoutingCase accusation(Place where, String accused, String text) {
    return new RoutingCase("webchat", where, true, "检举控告", null, accused, null, null, false, null, "13912345678",
        "water", text, RouterTest.TODAY);
  }

  @Test
  void anAccusationOfALocalOfficialStaysAboveTheCountyOverTheWholeDirectory() {
    List<String> failures = new ArrayList<>();
    int checked = 0;
    for (Department county : RouterTest.DIR.all()) {
      if (county.level() != Department.Level.COUNTY || county.parentCode() == null) {
        continue;
      }
      Place where = new Place(null, null, null, null, false, county.code());
      for (String official : OFFICIALS) {
        for (String text : List.of("举报" + official + "收了化工厂的钱，偷排从来不查", "举报" + official + "对偷排不闻不问")) {
          Proposal p = RouterTest.MINISTRY.propose(accusation(where, official, text), List.of());
          if (p.decision() != Proposal.Decision.ESCALATE || !p.excluded().contains(county.code())
              || p.department() == null || !county.parentCode().equals(p.department().code())) {
            failures.add(county.code() + " " + text + " → " + p.decision() + " "
                + (p.department() == null ? null : p.department().code()) + " " + p.excluded());
            continue;
          }
          CaseView c = new CaseView(p.department().code(), "检举控告", List.of(), p.excluded());
          for (Role role : Role.values()) {
            for (Family f : Family.values()) {
              if (org.ecopetition.gateway.access.Permissions.allows(role, f) && f != Family.PUBLIC && f != Family.SELF) {
                assertThat(VIS.sight(new StaffPrincipal("x", role, county.code()), f, c)).as(county.code() + " " + f)
                    .isEqualTo(Sight.HIDDEN);
              }
            }
          }
          assertThat(VIS.sight(new StaffPrincipal("x", Role.HANDLER, county.parentCode()), Family.READ_CASE, c))
              .isEqualTo(Sight.VISIBLE);
          checked++;
        }
      }
    }
    assertThat(failures).as("accusations of local officials not kept above the county").isEmpty();
    assertThat(checked).isGreaterThan(2000 * OFFICIALS.size());
  }

  @Test
  void anAccusationNamingNoOfficialBarsNoOne() {
    Proposal p = RouterTest.JIANGSU.propose(accusation(RouterTest.place("南京市江宁区"), "化工厂老板",
        "举报化工厂老板夜里偷排"), List.of());
    assertThat(p.excluded()).isEmpty();
  }
}
