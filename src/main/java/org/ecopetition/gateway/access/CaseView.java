package org.ecopetition.gateway.access;

import java.util.List;

/**
 * What visibility needs to know of a case: the directory code of the department responsible for it (null: the
 * deployment's, for rows from before the column), its category (检举控告 is an accusation, Art 23) and who is
 * recused from it ({@code staff:<login>}, Art 21); for an accusation, the directory codes of the units it accuses
 * ({@code accused}: they and the units under them never see it, Art 23).
 */
public record CaseView(String responsibleCode, String category, List<String> recused, List<String> accused) {
  public CaseView {
    recused = recused == null ? List.of() : List.copyOf(recused);
    accused = accused == null ? List.of() : List.copyOf(accused);
  }

  /** A case accusing no unit. */
  public CaseView(String responsibleCode, String category, List<String> recused) {
    this(responsibleCode, category, recused, List.of());
  }

  /**
   * Whether the member of staff of department {@code member} is of a unit this accusation accuses (Art 23), or of a
   * department this appeal (申诉求决) complains of: the party complained of never learns who complained without their
   * consent (Art 24(2)), and a unit with a direct interest in the matter stands aside from it (Art 21).
   */
  public boolean accuses(String member) {
    return category != null && REPORTING.contains(category) && accused.stream().anyMatch(unit -> Departments.within(member, unit));
  }

  /** The categories whose reported units never see the matter. */
  public static final java.util.Set<String> REPORTING = java.util.Set.of("检举控告", "申诉求决");
}
