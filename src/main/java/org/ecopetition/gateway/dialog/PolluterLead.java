package org.ecopetition.gateway.dialog;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The place said before the unit when asked who causes it ("太和镇那个宏达化工厂", "白云区那家宏达化工厂", "禄口街道的
 * 金陵化工厂"): a locative lead-in — where the unit is, joined to it by a demonstrative or 的 — that is no part of its
 * name. A registered name that begins with its place ("广州市宏达化工有限公司") has no such joint and stays whole. Whether
 * the lead is the problem's place (and so may be set aside) is the engine's to decide, with the gazetteer.
 */
final class PolluterLead {
  private PolluterLead() {}

  /** The lead and the unit named after it. */
  record Split(String place, String unit) {}

  /** A place ending in a division's level word, the joint, and a unit of at least two characters. */
  private static final Pattern LEAD = Pattern.compile(
      "^(?:就是|就|在|是)?(?<place>\\p{IsHan}{1,16}?(?:省|市|区|县|旗|镇|乡|街道|村|社区|开发区|工业园|园区))"
          + "(?:这边|那边|那块|这块|那里|这里)?(?:的)?(?:那个|那家|这个|这家|那间|这间|那座|那一家|有个|有家|的)"
          + "(?<unit>\\p{IsHan}[^，,。.;；!！?？]{1,60})$");

  static Optional<Split> in(String value) {
    Matcher m = LEAD.matcher(Text.halfWidth(Text.simplified(value)).strip());
    if (!m.matches()) {
      return Optional.empty();
    }
    String unit = m.group("unit").strip();
    // "太和镇的那个厂": the unit said only by a bare unit word is no name; the lead then says which one.
    if (UnitKind.kindless(unit) || unit.codePointCount(0, unit.length()) < 2) {
      return Optional.empty();
    }
    return Optional.of(new Split(m.group("place"), unit));
  }
}
