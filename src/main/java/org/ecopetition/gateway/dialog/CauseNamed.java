package org.ecopetition.gateway.dialog;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A unit named by "叫X" in answer to another question ("叫金利达" when asked where, "厂子叫鑫源建材，去年开始的" when
 * asked since when, "it's called Hongda" in English): the petitioner answering the question they expected, who
 * causes it. The extractor reads a unit by its kind word (化工厂, 公司); a bare name after 叫 has none, so the
 * words that introduce it say what it is. Never a person's own name: "我叫…" is no unit.
 */
final class CauseNamed {
  private CauseNamed() {}

  private static final Pattern CALLED = Pattern.compile(
      "^(?:那个|这个|那家|这家|那|这|它|他们|他家|就)?(?:厂|工厂|厂子|厂家|公司|企业|单位|店|店铺|饭店|餐馆|工地|养殖场|场子|作坊)?(?:的)?"
          + "(?:名字|名称|全称|厂名|名)?(?:就)?(?:叫做|名叫|是叫|叫)[\\s:：]*(?<name>[^\\s,，。.!！?？;；、]{2,30})(?:$|[\\s,，。.!！?？;；、].*)"
          + "|^(?i:(?:it's|it is|they're|they are|the (?:factory|company|plant|shop|firm|site) is)\\s+)?(?i:called|named)\\s+"
          + "(?<en>[^,.;!?]{2,60})(?:$|[,.;!?].*)");
  /** Words after 叫 that name nothing: "叫什么不知道". */
  private static final Pattern NO_NAME = Pattern.compile("^(?:什么|啥|不知道|不清楚|不上来|不出来|不出|不来).*");

  /** The unit's name, if the answer names one by 叫 (or "called"). */
  static Optional<String> in(String input) {
    Matcher m = CALLED.matcher(Text.halfWidth(Text.simplified(input)).strip());
    if (!m.matches()) {
      return Optional.empty();
    }
    String name = (m.group("name") != null ? m.group("name") : m.group("en")).strip();
    return NO_NAME.matcher(name).matches() ? Optional.empty() : Optional.of(name);
  }
}
