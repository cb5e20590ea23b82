package org.ecopetition.gateway.nlp;

/**
 * A place resolved to the divisions, in the extraction contract's shape: a municipality repeats its name as
 * city; a county directly under a province has no city; an ambiguous county (several cities, none named)
 * leaves province and city empty and says so. {@code code}: the division code of the deepest level named
 * (county, or city, or province), null when ambiguous.
 */
public record Place(String province, String city, String county, String town, boolean ambiguous, String code) {

  /** Precise enough to find the competent department: a county, or a city without counties, or a city. */
  public boolean atLeastCity() {
    return !ambiguous && (city != null || county != null);
  }

  public String display() {
    StringBuilder b = new StringBuilder();
    for (String p : new String[] {province, city, county, town}) {
      if (p != null && (b.length() == 0 || !b.toString().endsWith(p))) {
        if (b.length() > 0) {
          b.append(' ');
        }
        b.append(p);
      }
    }
    return b.toString();
  }
}
