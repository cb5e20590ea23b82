package org.ecopetition.gateway.dialog;

import java.util.regex.Pattern;

/**
 * "不知道在哪", "不清楚具体地址", "I don't know where exactly" at the place question: the petitioner knows roughly,
 * or not at all, where it is. The whole answer, once a lead and a particle are set aside; a sentence that says more
 * (a place, a landmark) is read as a place.
 */
final class WhereUnknown {
  private WhereUnknown() {}

  private static final Pattern SAYS = Pattern.compile(
      "(?:我|我也|也|这个|具体|具体的)*(?:不知道|不清楚|不晓得|说不清|说不清楚|搞不清|搞不清楚|讲不清|不太清楚|不太知道|记不清|记不得|不记得|不懂|不熟)"
          + "(?:具体|准确|确切|详细)?(?:是)?(?:在)?(?:哪里|哪儿|哪|什么地方|啥地方|地址|位置|地点|门牌|门牌号|地名|叫什么|哪个区|哪个县|哪个镇)?"
          + "(?:具体|准确|确切|详细)?(?:地址|位置|地点|门牌号?)?(?:在哪|在哪里)?(?:[啊呀呢哦吧的了嘛]|哎|唉)*"
          + "|(?:具体|准确|确切|详细)?(?:地址|位置|地点|门牌号?)(?:我|也)?(?:不知道|不清楚|说不清|不晓得|记不清)(?:[啊呀呢哦吧的了嘛])*"
          + "|(?:i )?(?:don't|do not|dont) know(?: (?:where|the (?:exact )?(?:address|place|location|name)))?(?: (?:exactly|it is|that is|precisely))*"
          + "|(?:i'm |i am )?not sure(?: (?:where|of the (?:exact )?(?:address|place|location)))?(?: exactly| it is)*|no idea(?: where)?(?: exactly)?"
          + "|(?:i )?(?:can't|cannot) (?:say|tell)(?: where| exactly)*|unknown|somewhere(?: around| near)? here");

  /**
   * Compiled once: {@link #after} tries {@link #says} on up to 23 heads of an answer, and each compiled these anew
   * (issue 16).
   */
  private static final Pattern TRAILING_MARKS = Pattern.compile("[\\p{Punct}\\p{IsPunctuation}\\s]+$");
  private static final Pattern LEADING_MARKS = Pattern.compile("^[\\p{Punct}\\p{IsPunctuation}\\s]+");
  private static final Pattern HEDGE = Pattern.compile("^(?:就|就是|大概|大约|应该|好像|反正)?(?:在|是)?");
  private static final Pattern ENGLISH_LEAD = Pattern.compile("^(?i:but |it's |it is |in |near )+");

  /** A don't-know at the head of a longer answer ("不知道在哪，就上学路上"): what follows it, or null. */
  static String after(String key) {
    String k = key.strip();
    for (int end = Math.min(k.length() - 1, 24); end >= 2; end--) {
      if (Character.isLetter(k.codePointAt(end)) && !(k.charAt(end) < 128 && Character.isLetter(k.charAt(end - 1)))
          && says(k.substring(0, end))) {
        String rest = LEADING_MARKS.matcher(k.substring(end)).replaceAll("").strip();
        rest = ENGLISH_LEAD.matcher(HEDGE.matcher(rest).replaceFirst("")).replaceFirst("");
        return rest.isEmpty() ? null : rest;
      }
    }
    return null;
  }

  /** Whether the whole answer says the place is not known (more exactly). */
  static boolean says(String key) {
    String k = TRAILING_MARKS.matcher(key).replaceAll("").strip().toLowerCase(java.util.Locale.ROOT).replace('’', '\'');
    // Or "I don't know" alone in any of its forms ("dunno", "no idea mate", "布吉岛"), as at any question that takes it.
    return !k.isEmpty() && (SAYS.matcher(k).matches() || SlotType.dontKnow(k));
  }
}
