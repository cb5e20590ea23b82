package org.ecopetition.gateway.dialog;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A street address said as an answer ("在双龙大道8号", "It is at No. 8 Shuanglong Avenue", "5 Jiefang Rd"): where the
 * problem is, more exactly than the county, said when another question was asked. Its door number is no count of
 * people and its road's name no time ("Shuanglong" holds "long"), so it is read before the question's own type.
 */
final class StreetAddress {
  private StreetAddress() {}

  /** Words that introduce where something is ("在", "就在", "it is at", "they're on"). */
  private static final Pattern LEAD = Pattern.compile("^(?:(?:不对|不是|错了|说错了)[，,\\s]*)?(?:(?:地址|地点|位置|地方|具体位置|具体地址)(?:是|在)?|(?:它|他们|厂子|工厂|那个厂|店|工地)?(?:就)?(?:在|位于)|就是|是)[\\s:：]*"
      + "|^(?i:(?:no|nope|sorry|actually|oops)[,\\s]+)?(?i:(?:it's|it is|they're|they are|that's|that is|the (?:place|address|factory|site|shop|restaurant) is|located|address|address is|"
      + "place is|the problem is)\\s*:?\\s*)?(?i:(?:right |just )?(?:at|on|in)\\s+)?");
  /** A correction's first words ("不对，", "no,"): the address then replaces the place, even in another county. */
  static final Pattern CORRECTS = Pattern.compile("^(?:不对|不是|错了|说错了|(?i:no|nope|sorry|actually|oops))[，,\\s]");
  private static final Pattern TAIL = Pattern.compile("[。，,.！!？?；;\\s]+$|(?:附近|旁边|边上|对面|那里|那边|这里|这边|一带)$|(?:吧|啊|呢|的)$");
  /** A road, street or lane of Chinese addresses, with its door number if said. */
  private static final Pattern ZH = Pattern.compile("[\\p{IsHan}0-9]{1,12}?(?:大道|大街|公路|胡同|路|街|巷|弄)"
      + "(?:(?:[0-9]{1,5}|[一二三四五六七八九十百零]{1,4})号(?:院|楼|门|大院)?)?(?:路口|口)?");
  /** The same in English: "No. 8 Shuanglong Avenue", "5 Jiefang Rd", "Jiefang Road 5", with its divisions after it. */
  private static final Pattern EN = Pattern.compile("(?i)(?:(?:no\\.?|number|#)\\s*\\d{1,5}[a-z]?,?\\s+|\\d{1,5}[a-z]?,?\\s+)?"
      + "(?:[a-z][a-z'-]*\\s+){1,3}(?:road|rd|street|st|avenue|ave|lane|ln|alley|highway|boulevard|blvd|hutong)\\b\\.?"
      + "(?:,?\\s*(?:no\\.?|number|#)?\\s*\\d{1,5}[a-z]?\\b)?");
  private static final Pattern EN_DIVISIONS = Pattern.compile("(?i)(?:\\s*,\\s*[a-z][a-z' -]{1,40})*");
  /** An address within other words, for what it is not (a door number is no count). */
  private static final Pattern ZH_NUMBERED = Pattern.compile("[\\p{IsHan}]{1,12}?(?:大道|大街|公路|胡同|路|街|巷|弄)(?:[0-9]{1,5}|[一二三四五六七八九十百零]{1,4})号");
  private static final Pattern EN_NUMBERED = Pattern.compile("(?i)\\b(?:no\\.?|number|#)\\s*\\d{1,5}[a-z]?\\b|\\b\\d{1,5}[a-z]?\\s+(?:[a-z]+\\s+){1,3}"
      + "(?:road|rd|street|st|avenue|ave|lane|ln|alley|highway|boulevard|blvd)\\b|\\b(?:road|rd|street|st|avenue|ave|lane|ln)\\.?\\s+\\d{1,5}\\b");

  /** The address, when the whole answer is one (with the words that introduce it); divisions after it are kept. */
  static Optional<String> alone(String input) {
    String s = Text.halfWidth(Text.simplified(input)).strip();
    for (int i = 0; i < 3; i++) {
      s = TAIL.matcher(s).replaceAll("").strip();
    }
    String bare = LEAD.matcher(s).replaceFirst("").strip();
    if (bare.isEmpty()) {
      return Optional.empty();
    }
    if (NO_NAME.matcher(bare).matches()) {
      return Optional.empty(); // "整条街", "the whole street": a scope (how many), no road of a name
    }
    if (DialogEngine.hasHan(bare)) {
      return ZH.matcher(bare).matches() && !ZH_TIMES.matcher(bare).find() ? Optional.of(bare) : Optional.empty();
    }
    Matcher m = EN.matcher(bare);
    if (m.lookingAt() && EN_DIVISIONS.matcher(bare.substring(m.end())).matches() && !TIMES.matcher(bare).find()) {
      return Optional.of(bare);
    }
    return Optional.empty();
  }

  /** A road word with no name before it, only words of scope or pointing ("整条街", "这条路", "the whole street", "our road"). */
  private static final Pattern NO_NAME = Pattern.compile("(?:整|一|全|这|那|满|半|每|整个|一整|我们|我们这|我们那)(?:条|个)?(?:大道|大街|街|路|巷|弄|胡同)"
      + "(?:上|里|的人|的)*(?:都|全)?(?:是|有|受影响)?"
      + "|(?i:(?:(?:the|a|an|our|my|their|this|that|whole|entire|same|all|every|next|other|nearby|busy|local|of|on|in|along|down|"
      + "up|across|everyone|everybody|people)\\s+)+(?:road|rd|street|st|avenue|ave|lane|ln|alley|highway|boulevard|blvd|hutong))");
  private static final Pattern ZH_TIMES = Pattern.compile("[0-9一二三四五六七八九十两几半]+\\s*(?:年|个月|月|天|日|周)|昨天|今天|前天|去年|今年|上个月|这个月");
  private static final Pattern TIMES = Pattern.compile("(?i)\\b(?:since|ago|last|yesterday|today|month|months|year|years|week|weeks)\\b");

  /** The text with the door numbers of any address in it set aside ("No. 5", "望江路5号"): numbers that count nothing. */
  static String withoutDoorNumbers(String s) {
    return EN_NUMBERED.matcher(ZH_NUMBERED.matcher(s).replaceAll(" ")).replaceAll(" ");
  }

  /** Whether the text is in English (no Chinese characters): the detail then goes before the divisions. */
  static boolean english(String s) {
    return !DialogEngine.hasHan(s) && s.toLowerCase(Locale.ROOT).chars().anyMatch(Character::isLetter);
  }
}
