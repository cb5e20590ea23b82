package org.ecopetition.gateway.routing;

/**
 * A deployment's routing settings: whose department it is ({@code divisionCode}: "" for the Ministry, a
 * province's two digits or a city's four), when several cases about one polluter or place call for
 * supervision (Art 34), and the result-report deadlines set on transferred matters (Art 17(4)).
 */
public record RoutingPolicy(String divisionCode, int hotspotCases, int hotspotDays, int reportDaysUrgent,
    int reportDaysHotspot) {

  public Department.Level level() {
    String c = divisionCode == null ? "" : divisionCode;
    return switch (c.length()) {
      case 0 -> Department.Level.NATIONAL;
      case 2 -> Department.Level.PROVINCE;
      case 4 -> Department.Level.CITY;
      default -> throw new IllegalArgumentException("routing.divisionCode must be empty, a province (2 digits) or a city (4 digits): " + c);
    };
  }
}
