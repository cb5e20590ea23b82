package org.ecopetition.gateway.routing;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A body's name as an English reader reads it (issue 13 §5): the configured English name where there is one;
 * a department of the directory by its shape and its divisions read in English, with the official Chinese name
 * beside it ("Nanjing Bureau of Ecology and Environment (南京市生态环境局)"); any other Chinese name given both ways.
 */
public final class EnglishNames {
  private static final Pattern BODY = Pattern.compile("^(.*?)(生态环境部|生态环境厅|生态环境局)(?:(.+?)分局)?$");
  private static final Pattern DIVISION = Pattern.compile(".+?(?:特别行政区|自治区|自治州|自治县|自治旗|地区|新区|省|市|州|盟|区|县|旗)");

  private final Map<String, String> configured;
  private final UnaryOperator<String> division;

  /** {@code configured}: Chinese name → English name; {@code division}: a division's name in English. */
  public EnglishNames(Map<String, String> configured, UnaryOperator<String> division) {
    this.configured = Map.copyOf(configured);
    this.division = division;
  }

  public String of(String zh) {
    if (zh == null || zh.isBlank()) {
      return "";
    }
    String own = configured.get(zh);
    if (own != null) {
      return own;
    }
    if (!hasChinese(zh)) {
      return zh;
    }
    Matcher m = BODY.matcher(zh);
    if (m.matches()) {
      String where = places(m.group(1));
      String body = switch (m.group(2)) {
        case "生态环境部" -> "Ministry of Ecology and Environment";
        case "生态环境厅" -> where + " Department of Ecology and Environment";
        default -> where + " Bureau of Ecology and Environment";
      };
      if (m.group(3) != null) {
        body = places(m.group(3)) + " Branch, " + body;
      }
      return body.strip() + " (" + zh + ")";
    }
    return "the body named (" + zh + ")";
  }

  /** "江苏省南京市" → "Nanjing, Jiangsu". */
  private String places(String zh) {
    List<String> parts = new ArrayList<>();
    Matcher d = DIVISION.matcher(zh);
    int end = 0;
    while (d.find() && d.start() == end) {
      parts.add(0, division.apply(d.group()));
      end = d.end();
    }
    if (end < zh.length()) {
      parts.add(0, division.apply(zh.substring(end)));
    }
    return String.join(", ", parts);
  }

  static boolean hasChinese(String s) {
    return s.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN);
  }
}
