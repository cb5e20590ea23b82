package org.ecopetition.gateway.access;

import java.util.List;

/**
 * What visibility needs to know of a case: the directory code of the department responsible for it (null: the
 * deployment's, for rows from before the column), its category (检举控告 is an accusation, Art 23) and who is
 * recused from it ({@code staff:<login>}, Art 21).
 */
public record CaseView(String responsibleCode, String category, List<String> recused) {
  public CaseView {
    recused = recused == null ? List.of() : List.copyOf(recused);
  }
}
