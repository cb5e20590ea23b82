package org.ecopetition.gateway.routing;

/**
 * An eco-environment department. {@code code} is the division code it serves ("" for the ministry);
 * {@code parentCode} the nearest real department above. {@code name} is generated from the gazetteer and
 * used for routing; {@code officialName} (with address, phone and reception hours) comes from the overrides
 * data file and is the only name official documents may print.
 */
public record Department(String code, Level level, String name, String parentCode, String officialName,
    String address, String phone, String receptionHours) {

  public enum Level {
    NATIONAL, PROVINCE, CITY, COUNTY;

    /** The level of the department serving a division code: "" the ministry, 2 digits a province, 4 a city. */
    public static Level ofCode(String code) {
      return switch (code == null ? 0 : code.length()) {
        case 0 -> NATIONAL;
        case 2 -> PROVINCE;
        case 4 -> CITY;
        default -> COUNTY;
      };
    }

    public String zh() {
      return switch (this) {
        case NATIONAL -> "国家级";
        case PROVINCE -> "省级";
        case CITY -> "市级";
        case COUNTY -> "县级";
      };
    }
  }

  public static final String MINISTRY = "";

  /** The name to print on a document, or empty when no official name is on record. */
  public java.util.Optional<String> printableName() {
    return java.util.Optional.ofNullable(officialName).filter(n -> !n.isBlank());
  }

  Department withOverride(String official, String addr, String tel, String hours) {
    return new Department(code, level, name, parentCode, official, addr, tel, hours);
  }
}
