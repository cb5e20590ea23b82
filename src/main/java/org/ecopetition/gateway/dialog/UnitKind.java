package org.ecopetition.gateway.dialog;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A unit named only by its kind in two characters ("村里的砖厂", "楼下的饭店", "工地", "KTV"): who causes the problem as
 * the petitioner knows it. The extractor's polluter is a unit's name, and reads a kind of three characters or more
 * (化工厂, 养猪场, 洗车店) as a less sure one, but none in two (Polluters leaves 砖厂, KTV out, as the evaluation's gold
 * does): the dialog asked who causes it after being told. The kind is the answer the petitioner would give: kept as
 * said, shown in the summary and changeable there. A unit word that says no kind (厂子, 工厂, 公司) is no answer: which
 * one is asked. Not the writer's own (我们工厂), nor a place they go to, work at or run (在工地上班, 去饭店吃饭,
 * 开饭店的), nor one said not to exist (附近没有砖厂). In English the same, whatever its length, since the extractor reads
 * no English unit by its kind ("the brick kiln in our village", "a chemical plant", "the restaurant downstairs", "the
 * KTV"): a kind word alone says none (the factory, a company, a plant), nor "my/our", "I work at", "we went to", "no".
 */
final class UnitKind {
  private UnitKind() {}

  private static final Pattern ZH = Pattern.compile("(?<!我|们|家|己|俺|咱|去|到|住|进|开|没有|不是)"
      + "(砖厂|砖窑|窑厂|工地|沙场|砂场|石场|料场|猪场|鸡场|鸭场|牛场|羊场|饭店|餐馆|饭馆|酒店|宾馆|煤矿|矿山|矿场|"
      + "KTV|ktv|酒吧|网吧|电厂|钢厂|纸厂|糖厂|酒厂|药厂|油厂|船厂)"
      + "(?!上班|打工|干活|工作|吃饭|住|买|里上班|里打工|的工人|镇|村|街道|路)");

  /** What an industry's works are called by: with one of {@link #TRADE} before it, a kind ("paper mill"). */
  private static final String WORKS = "(?:plant|factory|works|mill|workshop|yard)s?";
  private static final String TRADE = "(?:chemical|chemicals|paper|steel|cement|brick|glass|plastic|plastics|rubber|textile|dye|dyeing|"
      + "printing|pharmaceutical|fertili[sz]er|battery|furniture|paint|metal|metals|electroplating|plating|recycling|concrete|"
      + "asphalt|coking|coke|power|sewage|sewage treatment|waste|waste treatment|food|feed|tyre|tire|leather|pesticide|ceramic|"
      + "ceramics|tile|stone|timber|wood|scrap|sand|gravel|coal|garment|electronics|packaging|foam|lime|smelting|sugar|rice|oil|"
      + "treatment)";
  /** Kinds that stand alone, or with the words they are usually said with. */
  private static final String ALONE = "(?:brick ?works|steel ?works|brick kiln|lime kiln|kiln|quarry|quarries|coal mine|sand pit|"
      + "gravel pit|smelter|foundry|tannery|distillery|brewery|sawmill|slaughterhouse|abattoir|piggery|landfill|incinerator|"
      + "(?:pig|hog|chicken|duck|goose|cattle|cow|dairy|poultry|fish|sheep|goat|livestock) farms?|"
      + "(?:(?:hotpot|hot pot|barbecue|bbq|noodle|fast food|seafood|chinese|street food) )?restaurants?|(?:food|barbecue|bbq) stalls?|"
      + "canteen|hotel|ktv|karaoke bar|karaoke|nightclub|night club|internet cafe|internet café|car wash|(?:car )?repair shop|"
      + "(?:car )?body shop|paint shop|(?:gas|petrol|filling) station|power station|construction sites?|building sites?|"
      + "scrap ?yard|rubbish dump|garbage dump|waste station|garbage station|rubbish station|transfer station|wet market|"
      + "(?:the|a|that|this) mine)";
  /** Words before the kind that make it the writer's own, a place they work at or go to, or none. */
  private static final Pattern NOT_THE_CAUSE_BEFORE = Pattern.compile("(?i)(?:\\b(?:my|our|own|owns|no|not|without|run|runs|"
      + "running|manage|manages)\\s+(?:[a-z]+\\s+)?|\\b(?:work(?:s|ed|ing)?|eat(?:s|ing)?|ate|stay(?:s|ed|ing)?|dine[sd]?|dining)"
      + "\\s+(?:at|in|for)\\s+(?:the|a|an|that|this)?\\s*|\\b(?:go(?:es|ing)?|went|been)\\s+to\\s+(?:the|a|an|that|this)?\\s*|"
      + "\\bthere (?:is|are) no\\s+(?:[a-z]+\\s+)?)$");
  private static final Pattern EN = Pattern.compile("(?i)\\b(" + TRADE + " " + WORKS + "|" + ALONE + ")\\b"
      + "(?!\\s+(?:workers?|employees?|staff)\\b)");

  /** Words that say neither a name nor a kind: pointing words, the pollution itself, and unit words that name no trade. */
  private static final Pattern KINDLESS_ZH = Pattern.compile("^(?:就是|应该是|可能是|好像是|是|就|附近|旁边|隔壁|对面|那边|这边|周边|周围|村里|村口|镇上|河边|上游|"
      + "一家|一个|一间|一些|某家|某个|某|有家|有个|那家|这家|那个|这个|哪个|哪家|家|个|些|的|里|冒|排|放|出|出来|冒出来|排出来|飘|飘过来|"
      + "黑烟|白烟|浓烟|烟|烟雾|废气|臭气|气|气味|味道|臭味|废水|污水|脏水|水|粉尘|灰|噪音|噪声|声音|垃圾|"
      + "工厂|厂子|厂家|厂区|厂|公司|企业|单位|作坊|车间|老板|他们|人家)+$");
  private static final Pattern KINDLESS_EN = Pattern.compile("(?i)^(?:(?:a|an|the|some|one|any|that|this|these|those|there|is|are|"
      + "from|of|by|at|in|near|nearby|next|door|to|out|coming|come|comes|pouring|pours|belching|blowing|off|up|upstream|"
      + "downstream|local|big|small|black|white|thick|dirty|smoke|smoky|fumes|fume|gas|gases|dust|smell|smells|odour|odours|odor|"
      + "odors|stench|noise|waste|water|wastewater|sewage|factory|factories|plant|plants|company|companies|firm|firms|business|"
      + "businesses|enterprise|enterprises|works|mill|mills|workshop|workshops|unit|site|someone|somebody|they|them|it)"
      + "[\\s,.!]*)+$");

  /**
   * Whether a polluter read or answered names no one: only unit words that say no trade, with the pollution and words
   * pointing at it ("工厂冒的烟", "一家公司", "Smoke from a factory", "some plant upstream"). A kind ("砖厂冒的烟", "a
   * chemical plant") or a name ("宏达化工厂") is kept.
   */
  static boolean kindless(String value) {
    String s = Text.halfWidth(Text.simplified(value)).strip().replaceAll("[\\p{Punct}\\p{IsPunctuation}\\s]+$", "");
    if (s.isEmpty()) {
      return false;
    }
    String han = s.replaceAll("[\\p{Punct}\\p{IsPunctuation}\\s]", "");
    return KINDLESS_ZH.matcher(han).matches() && (han.contains("厂") || han.contains("公司") || han.contains("企业")
        || han.contains("单位") || han.contains("作坊") || han.contains("车间"))
        || KINDLESS_EN.matcher(s).matches() && s.matches("(?is).*\\b(?:factor(?:y|ies)|plants?|compan(?:y|ies)|firms?|"
            + "business(?:es)?|enterprises?|works|mills?|workshops?|unit|site)\\b.*");
  }

  /** The kind of unit the text names as the cause, as said, if it names one. */
  static Optional<String> in(String text) {
    String s = Text.halfWidth(Text.simplified(text));
    Matcher m = ZH.matcher(s);
    if (m.find()) {
      return Optional.of(m.group(1));
    }
    Matcher e = EN.matcher(s);
    while (e.find()) {
      if (!NOT_THE_CAUSE_BEFORE.matcher(s.substring(Math.max(0, e.start() - 40), e.start())).find()) {
        String kind = e.group(1).strip();
        // "the mine": the article says it is a mine, not "a friend of mine"; kept without it.
        return Optional.of(kind.replaceFirst("(?i)^(?:the|a|that|this) ", ""));
      }
    }
    return Optional.empty();
  }
}
