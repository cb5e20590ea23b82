package org.ecopetition.gateway.dialog;

import java.util.regex.Pattern;

/**
 * The words that lead into a place as people say it ("在…", "就在…", "地点是…", "位于…", "It is in …"), which are no part
 * of it: the summary and the case show the place without them ("在湖南省长沙市望城区白箬铺镇" is 湖南省长沙市望城区白箬铺镇,
 * "在我们村东头的小河边，…" is 我们村东头的小河边，…). Pure.
 */
final class PlaceLead {
  private static final Pattern LEAD = Pattern.compile("^(?:(?:地方|地点|位置|地址|具体位置|具体地点|具体地址|问题|事情)(?:就)?(?:在|是)"
      + "|(?:就是|就|是|都|也|大概|应该)?(?:在|位于|发生在)"
      + "|(?:it|this|that|the place|the problem)(?:'s| is| was)? (?:located )?(?:in|at)|(?:located )?(?:in|at)(?= \\p{Lu}|\\s*\\p{IsHan}))"
      + "[\\s:：，,]*", Pattern.CASE_INSENSITIVE);

  private PlaceLead() {}

  /** {@code typed} without its lead-in words, or as typed when nothing of a place would be left. */
  static String strip(String typed) {
    if (typed == null) {
      return null;
    }
    String t = typed.strip();
    String cut = LEAD.matcher(t).replaceFirst("");
    return cut.codePointCount(0, cut.length()) >= 2 ? cut : t;
  }
}
