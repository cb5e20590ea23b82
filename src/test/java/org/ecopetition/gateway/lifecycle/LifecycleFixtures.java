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

  /** An act with the terms it decides (an opinion's outcome, basis and findings; a ground; an agreement…). */
  static Command act(Act a, LocalDate on, java.util.Map<String, String> terms) {
    return new Command(a, "staff:zhang", on, "依法办理", null, null, null, terms);
  }

  /** A complete opinion letter (Art 25). */
  static final java.util.Map<String, String> OPINION = java.util.Map.of("text", "责令企业整改。",
      "findings", "经现场检查，企业存在超标排放。", "basis", "《水污染防治法》第八十三条", "outcome", "support");
}
