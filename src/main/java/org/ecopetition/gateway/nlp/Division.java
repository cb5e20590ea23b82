package org.ecopetition.gateway.nlp;

/** One administrative division: province, city, county or town. */
public record Division(String code, Level level, String name, String parentCode) {
  public enum Level { PROVINCE, CITY, COUNTY, TOWN }
}
