package org.ecopetition.gateway.access;

/**
 * Directory codes nest: a department's code begins with the code of every department above it ('' the ministry,
 * '32' 江苏省生态环境厅, '3201' 南京市生态环境局, '320115' its 江宁分局). A test checks this against the department
 * directory for every pair of departments, so scope can be a prefix both here and in SQL.
 */
public final class Departments {
  private Departments() {}

  /** Whether the department {@code code} is {@code scope} or below it. */
  public static boolean within(String code, String scope) {
    return code.startsWith(scope);
  }

  /** Whether a string has the shape of a directory code (the directory itself says whether it exists). */
  public static boolean wellFormed(String code) {
    return code != null && code.matches("([0-9]{2}|[0-9]{4}|[0-9]{6})?");
  }
}
