package org.ecopetition.gateway.lifecycle;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.ecopetition.gateway.calendar.WorkCalendar;

/** Shared pieces of the lifecycle tests: the official calendar, the clocks as data, a case in a state. */
final class LifecycleFixtures {
  static final WorkCalendar CAL = WorkCalendar.official();
  static final List<ClockSpec> SPECS = ClockSpec.bundled();
  static final Clocks CLOCKS = new Clocks(CAL);
  static final Procedure PROCEDURE = new Procedure(CAL);

  private LifecycleFixtures() {}

  static ClockSpec spec(String id) {
    return ClockSpec.byId(SPECS, id).orElseThrow();
  }

  static CaseFacts at(CaseStatus status, String category, Integer subtype) {
    return new CaseFacts(status, category, subtype, Set.of(), false, null, false);
  }

  static Command act(Act a, LocalDate on) {
    return Command.of(a, "staff:zhang", on, "依法办理");
  }
}
