package org.ecopetition.gateway.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import org.ecopetition.gateway.access.CaseView;
import org.ecopetition.gateway.access.Family;
import org.ecopetition.gateway.access.Permissions;
import org.ecopetition.gateway.access.Role;
import org.ecopetition.gateway.access.Sight;
import org.ecopetition.gateway.access.StaffPrincipal;
import org.ecopetition.gateway.access.Visibility;
import org.ecopetition.gateway.nlp.Gazetteer;
import org.ecopetition.gateway.routing.Department;
import org.ecopetition.gateway.routing.DepartmentDirectory;
import org.junit.jupiter.api.Test;

/**
 * Issue 11 §3 (Art 23, correction 1) as properties over the whole department directory, not over HTTP: for every
 * department accused, (1) no member of its staff or of a unit under it — any role, any route family — sees the
 * accusation, in the one-case decision or in the list filter, while the level above still does; (2) no act — transfer,
 * referral inside the system, forwarded review — sends it to the accused unit or a unit under it, each refusal a value
 * naming Art 23; (3) an accusation is not transferred at all before its accused unit is confirmed.
 */
class AccusationNeverReachesTheAccusedTest {
  static final DepartmentDirectory DIR = DepartmentDirectory.bundled(Gazetteer.bundled());
  static final List<Department> ALL = new ArrayList<>(DIR.all());
  static final LocalDate TODAY = LocalDate.of(2026, 6, 15);
  /** A ministry deployment: every department is below it, so only Art 23 can refuse a transfer. */
  static final Lifecycle LIFECYCLE = new Lifecycle(LifecycleFixtures.CAL, List.of(), new Lifecycle.Seat("生态环境部",
      code -> DIR.byCode(code).map(d -> new Destination(d.code(), d.name(), d.code().isEmpty()
          ? Destination.Relation.OWN : Destination.Relation.BELOW)), "上一级机关", "复查机关的上一级机关",
      name -> Optional.ofNullable(Names.BY_NAME.get(name))
          .map(d -> new Destination(d.code(), d.name(), Destination.Relation.BELOW))));

  /** The directory by department name (first of a name wins). */
  static final class Names {
    static final Map<String, Department> BY_NAME = new java.util.HashMap<>();

    static {
      DIR.all().forEach(d -> BY_NAME.putIfAbsent(d.name(), d));
    }
  }

  static List<Department> below(Department d) {
    return ALL.stream().filter(x -> !x.code().equals(d.code()) && DIR.within(x, d)).toList();
  }

  static CaseRecord accusation(String accused, boolean confirmed, CaseStatus status) {
    CaseFacts f = new CaseFacts(status, "检举控告", null, Set.of(), false, null, false, TODAY.minusDays(3), false, null,
        null, 0, "生态环境部", null, Set.of(accused), confirmed);
    return new CaseRecord(1, f, 0, null, false, 0, TODAY.minusDays(3), TODAY.plusDays(12), false, null, null, false,
        null, null, false, true, null, null, null, "生态环境部", null, null);
  }

  static Decision act(CaseRecord c, Act act, String to) {
    Map<String, String> terms = Map.of();
    return LIFECYCLE.decide(c, new Command(act, "staff:zhang", TODAY, "依法办理", null, null, to, terms),
        new Circumstances(List.of(), null, TODAY));
  }

  static void refusedUnderArt23(Decision d, String what) {
    assertThat(d).as(what).isInstanceOf(Decision.Refused.class);
    assertThat(((Decision.Refused) d).why().article()).as(what).isEqualTo("第二十三条");
  }

  @Test
  void noStaffOfTheAccusedUnitOrBelowItSeesTheAccusationThroughAnyRouteOrList() {
    Visibility v = new Visibility("");
    Random random = new Random(23);
    long checked = 0;
    for (Department accused : ALL) {
      if (accused.code().isEmpty()) {
        continue;
      }
      List<Department> under = below(accused);
      Optional<Department> above = DIR.parent(accused);
      // Held by the level above (where routing sends it) or already at the accused unit by mistake: never seen there.
      for (String responsible : List.of(above.map(Department::code).orElse(""), accused.code())) {
        CaseView c = new CaseView(responsible, "检举控告", List.of(), List.of(accused.code()));
        List<Department> members = new ArrayList<>(List.of(accused));
        if (!under.isEmpty()) {
          members.add(under.get(random.nextInt(under.size())));
          members.add(under.get(random.nextInt(under.size())));
        }
        for (Department m : members) {
          for (Role role : Role.values()) {
            for (Family family : Family.values()) {
              if (!Permissions.allows(role, family)) {
                continue;
              }
              StaffPrincipal p = new StaffPrincipal("m", role, m.code());
              assertThat(v.sight(p, family, c)).as(role + " " + family + " of " + m.code() + " on an accusation of "
                  + accused.code()).isEqualTo(Sight.HIDDEN);
              assertThat(v.scope(p, family).admits(c)).isFalse();
              checked++;
            }
          }
        }
        // The level above still handles it: the accusation is not lost.
        if (above.isPresent() && responsible.equals(above.get().code())) {
          StaffPrincipal handler = new StaffPrincipal("h", Role.HANDLER, above.get().code());
          assertThat(v.sight(handler, Family.READ_CASE, c)).as(accused.code()).isEqualTo(Sight.VISIBLE);
          assertThat(v.scope(handler, Family.EXPORT).admits(c)).isTrue();
        }
      }
    }
    assertThat(checked).isGreaterThan(100_000);
  }

  @Test
  void noActSendsTheAccusationToTheAccusedUnitOrAUnitUnderIt() {
    Random random = new Random(17);
    long checked = 0;
    for (Department accused : ALL) {
      if (accused.code().isEmpty()) {
        continue;
      }
      CaseRecord c = accusation(accused.code(), true, CaseStatus.REGISTERED);
      List<Department> targets = new ArrayList<>(List.of(accused));
      List<Department> under = below(accused);
      if (!under.isEmpty()) {
        targets.add(under.get(random.nextInt(under.size())));
      }
      for (Department t : targets) {
        refusedUnderArt23(act(c, Act.TRANSFER, t.code()), "transfer to " + t.code() + " accusing " + accused.code());
        refusedUnderArt23(act(c, Act.REFER, t.code()), "refer to " + t.code());
        refusedUnderArt23(act(c, Act.REFER, t.name()), "refer by name to " + t.name());
        refusedUnderArt23(act(accusation(accused.code(), true, CaseStatus.REVIEW_REQUESTED), Act.FORWARD_REVIEW,
            t.code()), "forward a review to " + t.code());
        checked++;
      }
      // Elsewhere (a unit beside the accused one, not under it) the Art 23 rule does not refuse.
      Department other = ALL.get(random.nextInt(ALL.size()));
      if (!other.code().isEmpty() && !DIR.within(other, accused)) {
        Decision d = act(c, Act.TRANSFER, other.code());
        if (d instanceof Decision.Refused r) {
          assertThat(r.why().article()).as(other.code()).isNotEqualTo("第二十三条");
        }
      }
    }
    assertThat(checked).isGreaterThan(ALL.size());
  }

  @Test
  void anAccusationIsNotTransferredBeforeItsAccusedUnitIsConfirmed() {
    Department accused = DIR.byCode("320115").orElseThrow();
    Department elsewhere = DIR.byCode("3202").orElseThrow();
    refusedUnderArt23(act(accusation(accused.code(), false, CaseStatus.REGISTERED), Act.TRANSFER, elsewhere.code()),
        "unconfirmed");
    assertThat(act(accusation(accused.code(), true, CaseStatus.REGISTERED), Act.TRANSFER, elsewhere.code()))
        .isInstanceOf(Decision.Changed.class);
  }
}
