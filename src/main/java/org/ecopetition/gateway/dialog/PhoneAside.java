package org.ecopetition.gateway.dialog;

import java.util.List;
import java.util.regex.Pattern;

/**
 * An answer without the phone said in it ("幸福小区3栋，电话13800001111" when asked the address, "王芳，手机138…" when
 * asked the name, "12 Lake Road, call me on 138…"): the phone is kept as the phone by the extractor, and the address
 * or the name others may read must not hold it. The words that introduce it (电话, 手机号是, call me on) go with it.
 */
final class PhoneAside {
  private PhoneAside() {}

  /** Words introducing a phone, right before it (with a colon or 是 between). */
  private static final Pattern LEAD = Pattern.compile(
      "(?:(?:我的|我|本人)?(?:联系电话|联系方式|电话号码|手机号码|手机号|电话号|电话|手机|号码|座机|tel|mobile|phone(?: number)?|my number|number|"
          + "call me on|call me at|reach me on|reach me at|contact(?: me)?(?: on| at)?)(?:是|为|就是)?(?:\\s*is)?[\\s:：]*)$",
      Pattern.CASE_INSENSITIVE);
  /** What is left at the edges once the phone is out: separators and joining words. */
  private static final Pattern EDGES = Pattern.compile(
      "^[\\s,，。.;；:：、/]+|(?:[\\s,，。.;；:：、/]|(?i:\\band\\b|\\bor\\b)|还有|另外|有事|有事打)+$");

  /** {@code answer} with each phone and its introducing words set aside; as given when it holds none. */
  static String without(String answer) {
    List<int[]> spans = SlotType.phoneSpans(answer);
    if (spans.isEmpty()) {
      return answer;
    }
    StringBuilder b = new StringBuilder();
    int at = 0;
    for (int[] span : spans) {
      String before = answer.substring(at, span[0]);
      b.append(LEAD.matcher(before).replaceFirst(""));
      b.append('，');
      at = span[1];
    }
    b.append(answer.substring(at));
    String out = b.toString().replaceAll("[，,]\\s*(?:[，,]\\s*)+", "，");
    String prev;
    do {
      prev = out;
      out = EDGES.matcher(out).replaceAll("").strip();
    } while (!out.equals(prev));
    return out;
  }
}
