package org.ecopetition.gateway.nlp;

import java.util.regex.Pattern;

/** One administrative division: province, city, county or town. */
public record Division(String code, Level level, String name, String parentCode) {
  public enum Level { PROVINCE, CITY, COUNTY, TOWN }

  private static final Pattern ZONE = Pattern.compile("开发区|高新区|新区|园区|示范区|管理区|工业区|试验区|合作区");

  /** A county-level development zone or new area (marked in the data by its name). */
  public boolean developmentZone() {
    return level == Level.COUNTY && ZONE.matcher(name).find();
  }
}
