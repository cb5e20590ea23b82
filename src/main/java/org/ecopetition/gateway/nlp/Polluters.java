package org.ecopetition.gateway.nlp;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.ecopetition.gateway.tsv.Tsv;

/**
 * The unit a text complains of, cut to its name: from where a unit's name ends (有限公司, 铸造厂, 火锅店…) back
 * to the words before it that are no part of it — a verb (举报, 收了), a locative (隔壁就是, 那家), a pronoun,
 * the writer's own words (我是…的工人), a place written before the name (宁夏吴忠市利通区金太阳建材厂 is
 * 金太阳建材厂; a city that is part of the name stays: 平顶山市宏图汽车修理厂). A name in quotes (一家叫"老陈卤味"
 * 的店) and English names (Hengxin Dyeing Co., Ltd.) too. Words as data: nlp-models/lexicon/polluters.tsv.
 */
final class Polluters {
  /** A unit found: its name, the span, and whether the name is generic (化工厂: a kind of unit, no firm). */
  record Unit(String name, int start, int end, boolean generic) {}

  /** Words before an owner's name with 's (Old Wang's, Mr. Zhou's, Auntie Liu's): part of the unit's name. */
  private static final String OWNER_TITLE = "Old|Lao|Xiao|Mr\\.?|Mrs\\.?|Ms\\.?|Miss|Dr\\.?|Mama|Papa|Auntie|Aunt|Uncle|Boss|Granny|Grandpa|Big|Little|Brother|Sister";
  /** Lower-case words that are no modifier of an owner's unit (It's a farm, Zhang's is a shop). */
  private static final String NOT_MODIFIER = "(?:a|an|the|is|was|are|has|had|not|my|our|your|his|her|their|its|this|that|own|new|old|also|just|still|very|so|and|or)\\s";
  /** Capitalised words before 's that are no owner (It's, That's, There's). */
  private static final Pattern NOT_OWNER = Pattern.compile("It|That|There|He|She|What|Who|Where|Here|Let|This|Everyone|Everybody|Nobody|Today|Yesterday");

  /** What after a one-character unit word (厂区, 厂里, 店门, 厂长) makes it a place or a person of the unit, no unit word. */
  private static final String PLACE_AFTER_UNIT = "区房里门长方家主内外址名子口前后边头";
  /**
   * A time said right after a one-character unit word (某某茶厂前几年…, 店后来…): 前 and 后 there say when, not where,
   * and the unit word ends the name (r29pol). 头 is 里 in south-western speech (厂头的人: the works' people).
   */
  private static final Pattern TIME_AFTER_UNIT = Pattern.compile("前(?:几|两|些|段|阵|一|天|年|晚|日|夜|不久)|后来");

  /** Whether the character at {@code j}, after a one-character unit word, makes it a place or a person of the unit. */
  private static boolean placeAfterUnit(String text, int j) {
    return PLACE_AFTER_UNIT.indexOf(text.charAt(j)) >= 0 && !TIME_AFTER_UNIT.matcher(text).region(j, text.length()).lookingAt();
  }
  private static final String STOP = "，,。；;！!？?\n 、：:（(）)“”\"'‘’「」《》【】『』—";
  static final Pattern QUOTED = Pattern.compile("[“\"「《【『‘]([^“”\"「」《》【】『』‘’\\n]{2,20})[”\"」》】』’]");
  /** Every match of QUOTED starts with one of these (for Cues.find). */
  static final String QUOTED_FIRSTS = "“\"「《【『‘";
  /** An article or determiner opening capitalised words: no part of a firm's name (The Sunrise Paper Mill). */
  private static final Pattern ARTICLE = Pattern.compile("(?:The|A|An|This|That|These|Those|Our|My|Their|Its|Your)(?:\\s+|$)");
  /**
   * Capitalised Latin words, then an English unit word in lower case (EcoPlast factory, Hengda plant), read in a
   * Chinese text only: the capitalised words are the name (r14fields).
   */
  // A trade word in lower case may stand between (Ruitai chemical plant), and a shop's or a bar's word ends it as a
  // works' does (Lucky Star bar): the capitalised words alone are the name, as the rounds label it (r29pol).
  static final Pattern LATIN_LOWER_UNIT = Pattern.compile(
      "(?<![\\p{IsLatin}])((?:\\p{Lu}[\\p{L}&'\\-]*\\s+){0,3}\\p{Lu}[\\p{L}&'\\-]*)"
      + "\\s+(?:(?!(?:the|a|an|and|or|of|is|was|has|near|next|said|says)\\s)[a-z]{3,12}\\s+)?"
      + "(?:factory|plant|mill|works|workshop|company|bar|pub|club|restaurant|cafe|hotel)(?![\\p{IsLatin}])");
  static final Pattern EN_UNIT = Pattern.compile(
      "((?:\\p{Lu}[\\p{L}&'\\-]*\\s+|\\(\\p{Lu}\\p{L}*\\)\\s*){1,6}(?:Co\\.?,?\\s*Ltd\\.?|Co\\.|Ltd\\.?|Limited|Company|Corporation|Corp\\.?|Group|Factory|Plant|Mill|Works|Inc\\.?))(?![\\p{IsLatin}])");
  /**
   * The trade words that end an English firm's name without Co., Ltd. (Xinglong Recycling, Golden Harbor Seafood):
   * one pattern built once from the lexicon's {@code en-trade} words.
   */
  final Pattern enTrade;
  /** The same trade words in capitals, as a sign writes them (XINYUAN HUAGONG, GOLDEN SUN TEXTILE). */
  private final Pattern enTradeUpper;
  /** A trade word right after a quoted Latin name (“Blue Moon” Bar). */
  private final Pattern enTradeAfter;
  /** The lexicon's trade words of eight letters or more, for a name's typo (Resturant). */
  private final List<String> longTrades = new ArrayList<>();
  /** Capitalised words that open a sentence before a firm's name (Reporting, Is, Factory): {@code en-lead}. */
  private final Set<String> enLeads = new java.util.HashSet<>();
  /** A unit named by its owner with 's (Old Wang's duck farm, Mr. Zhou's lime kiln): {@code en-kind} words. */
  private final Pattern enOwned;
  /** The lexicon's surnames in pinyin (Zhang, Li): an owner with 's and no title must be one (not China's …). */
  private final Set<String> pinyinSurnames = new java.util.HashSet<>();
  /** A name given after 叫 (一家叫鑫源物资的, 汽配厂 叫 叫什么 叫鑫达汽配) or "called" (a yard called Xinglong Recycling). */
  // Also after a unit said just before (汽修厂，名字是…, 小厂（名为…）), with a scan's space between two characters of the
  // name (叫锦 华印染); the name ends before a dialect's 的 or a sentence particle at the clause's end (叫X厂个，, 叫X咯，
  // Wu, Hakka, Xiang; 改名叫X了), a speaker's filler (叫X嗯) or 它 opening what it does (叫X厂它那个烟囱…): r25pol.
  private static final Pattern CALLED = Pattern.compile("(?:名叫做|叫做|名叫|叫|名字是|名称是|名为)(?:\\s*(?:什么|啥|咩|那个|叫|嗯|呃))*\\s*"
      + "((?:[^\\s，,。；;！!？?、：:（()）“”\"']|(?<=\\p{IsHan}) (?=\\p{IsHan})){2,12}?)"
      + "(?=的|嘅|哩|额|好像|来着|嗯|呃|它|(?:个|[咯哒啦嘞咧喔了]+)(?:[\\s，,。；;！!？?]|$)|[个咯嗰](?=\\s*(?:工厂|厂|公司|作坊))"
      + "|[\\s，,。；;！!？?）)]|$)");
  /**
   * 的 and how dialects write it (Cantonese 嘅 and 嗰, Henan 哩, Wu 额 and 个, Xiang 咯): between a name given after 叫 and
   * its unit word (叫宏兴五金个厂, 叫富源石材咯厂 → the name alone, as 叫X的厂).
   */
  private static final String POSSESSIVE = "的嘅哩额个咯嗰";
  /** Words of doubt between a unit and the name given it (那个皮革厂（好像叫…）, 厂子，应该是叫…). */
  /** A name the unit had before (原来叫, 以前叫): not the one to report it by. */
  private static final Pattern FORMER = Pattern.compile("(?:原来|以前|过去|之前|曾经|原先|早先|旧名|曾用名)$");
  /** A Latin name after 叫: its words, spaces between. */
  private static final Pattern LATIN_NAME = Pattern.compile("[\\p{IsLatin}0-9][\\p{IsLatin}0-9&'.\\-]*(?:\\s+[\\p{IsLatin}0-9&][\\p{IsLatin}0-9&'.\\-]*)*");
  private static final String[] HEDGES = {"好像", "应该", "大概", "估计", "可能", "据说", "听说", "好似", "似乎"};
  static final Pattern CALLED_EN = Pattern.compile("\\b(?:called|named)\\s+((?:\\p{Lu}[\\p{L}&'\\-]*)(?:\\s+\\p{Lu}[\\p{L}&'\\-]*){0,4})");
  /** What stands before 叫 when a unit is being named (the unit word, and a speaker's groping between). */
  private static final String UNIT_BEFORE_CALLED = "家间厂店司场站部房坊馆铺行";
  /** Capitalised Latin words just before a Chinese unit word, ending the string (Golden Bay ). */
  /** Capitalised Latin words ending the string, a Chinese character allowed before them (的Blue ). */
  private static final Pattern LATIN_WORDS_BEFORE = Pattern.compile("(?<![\\p{IsLatin}])(?:\\p{Lu}[\\p{IsLatin}&'\\-]*\\s+){1,4}$");
  private static final Pattern LATIN_BEFORE = Pattern.compile("(?<![\\p{L}])(?:\\p{Lu}[\\p{L}&'\\-]*\\s+){1,4}$");

  private static Unit latinUnit(String text, int start, int end) {
    return new Unit(text.substring(start, end), start, end, false);
  }

  /** A unit's name given as such (厂名叫永兴塑料, 店名是…). */
  private static final Pattern NAMED = Pattern.compile("(?:厂名|店名|公司名|厂子名|招牌|门头)(?:叫做|叫|是|[系係](?![列统数]))[:：]?\\s*([^，,。；;！!？?\\s]{2,16})");
  /**
   * A site's builder named by its role (施工方是…, 承建单位为…): the name given, with or without a unit word (the trade
   * alone, as builders are called: 某某建设, 某某建工), up to 的 or a stop.
   */
  private static final Pattern BUILDER = Pattern.compile("(?:施工方|施工单位|承建方|承建单位|建设单位)(?:是|为)[:：]?\\s*"
      + "([^，,。；;！!？?\\s的]{2,16}?)(?=的|[，,。；;！!？?\\s]|$)");
  /** What a role's answer is when it names nobody (施工方是谁, 承建单位是哪家, 施工方是个外地的). */
  private static final Pattern NO_BUILDER = Pattern.compile("^(?:谁|哪|什么|啥|个|一家|一个|不|没|某)");
  /**
   * How a builder's name ends: a trade (建设, 建工, 路桥, 市政, 工程) or a unit word (集团, 公司, 十一局, 工程队). Without one the
   * words after 施工方是 tell something else of it (施工方是外地来的, 施工单位是区里找的, 建设单位是政府).
   */
  private static final Pattern BUILDER_END = Pattern.compile("(?:建设|建工|建筑|建安|路桥|市政|工程|集团|公司|局|队|院|所|厂|社)$");

  private static final Pattern GOV = Pattern.compile("局|政府|委员会|街道办|办事处|派出所|法院|检察院|环保|生态环境|城管|执法|监察|人大|政协|党委|村委|居委");
  private static final Pattern INDUSTRY = Pattern.compile("公司|厂|场|店|馆|酒店|工地|项目|矿|站|中心|合作社|集团|餐厅|作坊|基地");

  private final Map<String, String> words = new HashMap<>();
  private final CharTrie<String> suffixes = new CharTrie<>();
  /** The words of {@link #words} by their characters, each with its types (the comma-separated list split). */
  private final CharTrie<Set<String>> typed = new CharTrie<>();
  /** The first characters of the not-unit words (物业费, 超市里): a bit per character. */
  private final java.util.BitSet notUnitFirsts = new java.util.BitSet();
  private final CharTrie<String> leads = new CharTrie<>();
  /** Words that correct the name said just before (不对, 说错了): that name is dropped. */
  private final List<String> corrections = new ArrayList<>();
  /** Verbs and prepositions of one character each that, right before a unit word, leave it unnamed (跟厂子有关, 做陶瓷的). */
  private final String bare;
  /** Characters firms pick for their trade names (鑫, 源, 宏, 达…): a head of them makes a short name of a trade word. */
  private final java.util.BitSet brand = new java.util.BitSet();
  /** The first characters of trade words of two characters or more: no substring is made where none starts. */
  private final java.util.BitSet tradeStart = new java.util.BitSet();
  /** An eatery's name: a hall word (轩, 阁, 居) after a head of a cuisine (川, 湘) or a taste (味, 香). */
  private final String eatery;
  private final String taste;
  private final String cuisine;
  /** Unit-like final words (坊, 窑, 站, 中心…) that end a name of a shape, not alone a unit word (branch r15polluter). */
  private final CharTrie<String> finals = new CharTrie<>();
  /** The last characters of {@link #finals}: a bit per character, tested where a name may end. */
  private final java.util.BitSet finalLasts = new java.util.BitSet();
  /** The trades a shop's name ends in (健身, 洗车, 火锅, 甜品…), read backwards from a name's end as {@link #finals}. */
  private final CharTrie<String> shops = new CharTrie<>();
  /** The last characters of {@link #shops}: a bit per character. */
  private final java.util.BitSet shopLasts = new java.util.BitSet();
  /** Words that open what a unit does right after its name (把, 在, 天天, 半夜…): where a name may end. */
  private final CharTrie<String> afters = new CharTrie<>();
  /** Words a name of a shape never ends in: a place (小区, 广场, 村…) or a part of one (里, 门口). */
  private final List<String> placeEnds = new ArrayList<>();
  /**
   * A place before the 叫 that names it (这条路叫…, 她住的小区叫…, 那条叫…的河): a road's, an estate's, a river's name.
   * Its words are the place-called type of polluters.tsv.
   */
  private final Pattern placeCalled;

  private Polluters(List<String[]> rows) {
    List<String> en = new ArrayList<>();
    List<String> kinds = new ArrayList<>();
    List<String> pinyinUnits = new ArrayList<>();
    List<String> called = new ArrayList<>();
    StringBuilder bareWords = new StringBuilder();
    Map<String, StringBuilder> chars = new HashMap<>();
    for (String[] r : rows) {
      words.merge(r[0], r[1], (a, b) -> a + "," + b);
      switch (r[1]) {
        case "suffix" -> suffixes.putIfAbsent(r[0], r[0]);
        case "lead" -> leads.putIfAbsent(r[0], r[0]);
        case "correction" -> corrections.add(r[0]);
        case "bare" -> bareWords.append(r[0]);
        case "en-trade" -> en.add(Pattern.quote(r[0]));
        case "en-lead" -> enLeads.add(r[0].toLowerCase(java.util.Locale.ROOT));
        case "en-kind" -> kinds.add(Pattern.quote(r[0]));
        case "pinyin-unit" -> pinyinUnits.add(Pattern.quote(r[0]));
        case "surname" -> pinyinSurnames.add(EnglishPlaces.pinyin(r[0]));
        case "final" -> {
          finals.putIfAbsent(new StringBuilder(r[0]).reverse().toString(), r[0]); // read backwards from a name's end
          finalLasts.set(r[0].charAt(r[0].length() - 1));
        }
        case "shop" -> {
          shops.putIfAbsent(new StringBuilder(r[0]).reverse().toString(), r[0]);
          shopLasts.set(r[0].charAt(r[0].length() - 1));
        }
        case "after" -> afters.putIfAbsent(r[0], r[0]);
        case "place-end" -> placeEnds.add(r[0]);
        case "place-called" -> called.add(Pattern.quote(r[0]));
        case "brand", "eatery", "taste", "cuisine" -> chars.computeIfAbsent(r[1], k -> new StringBuilder()).append(r[0]);
        default -> { }
      }
    }
    words.forEach((w, types) -> typed.putIfAbsent(w, Set.of(java.util.Arrays.stream(types.split(",")).distinct().toArray(String[]::new))));
    words.forEach((w, types) -> {
      if (!w.isEmpty() && ("," + types + ",").contains(",not-unit,")) {
        notUnitFirsts.set(w.charAt(0)); // notUnit looks a word up only where one can start
      }
    });
    bare = bareWords.toString();
    placeCalled = Pattern.compile("(?:" + String.join("|", called) + ")(?:也|就|都)?$");
    chars.getOrDefault("brand", new StringBuilder()).chars().forEach(brand::set); // a bit per character: tested at every one
    words.forEach((w, t) -> {
      if (w.length() >= 2 && ("," + t + ",").contains(",generic,")) {
        tradeStart.set(w.charAt(0));
      }
    });
    eatery = chars.getOrDefault("eatery", new StringBuilder()).toString();
    taste = chars.getOrDefault("taste", new StringBuilder()).toString();
    cuisine = chars.getOrDefault("cuisine", new StringBuilder()).toString();
    en.sort((a, b) -> Integer.compare(b.length(), a.length())); // the longest first: Golf Course before Golf
    // A pinyin unit word may follow the trade word (Yongfa Jiaju Chang): part of the name.
    String unitAfter = "(?:\\s+(?:" + String.join("|", pinyinUnits) + "))?";
    enTrade = Pattern.compile("(?<![\\p{IsLatin}])((?!(?:The|A|An|This|That|Our|My|There|It|We|I)\\s)(?:\\p{Lu}[\\p{L}&'\\-]*\\s+){1,4}"
        + "(?:" + String.join("|", en) + ")" + unitAfter + ")(?![\\p{IsLatin}])");
    String unitAfterUpper = "(?:\\s+(?:" + String.join("|", pinyinUnits).toUpperCase(java.util.Locale.ROOT) + "))?";
    enTradeUpper = Pattern.compile("(?<![\\p{IsLatin}])((?:[A-Z][A-Z&'\\-]*\\s+){1,4}(?:"
        + String.join("|", en).toUpperCase(java.util.Locale.ROOT) + ")" + unitAfterUpper + ")(?![\\p{IsLatin}])");
    enTradeAfter = Pattern.compile("\\s*(?:" + String.join("|", en) + ")(?![\\p{IsLatin}])");
    for (String[] r : rows) {
      if ("en-trade".equals(r[1]) && r[0].length() >= 8 && r[0].indexOf(' ') < 0 && Character.isUpperCase(r[0].charAt(0))) {
        longTrades.add(r[0]);
      }
    }
    kinds.sort((a, b) -> Integer.compare(b.length(), a.length()));
    enOwned = Pattern.compile("(?<![\\p{IsLatin}])((?:" + OWNER_TITLE + ")\\s+)?(\\p{Lu}\\p{Ll}+)['’]s\\s+((?:(?!" + NOT_MODIFIER
        + ")\\p{Ll}+\\s+){0,2}(?:" + String.join("|", kinds) + "))(?![\\p{IsLatin}])");
  }

  static Polluters bundled() {
    try (InputStream in = Polluters.class.getResourceAsStream("/nlp-models/lexicon/polluters.tsv")) {
      if (in == null) {
        throw new IllegalStateException("nlp-models/lexicon/polluters.tsv is missing from the class path");
      }
      List<String[]> rows = new ArrayList<>();
      for (Tsv.Row row : Tsv.read(in)) {
        if (row.size() < 2) {
          throw new IllegalStateException("polluters.tsv line " + row.line() + ": word and type expected");
        }
        rows.add(new String[] {row.fields()[0], row.fields()[1].strip()});
      }
      return new Polluters(rows);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Whether a piece of a text written word by word is a unit word or a trade word whole (厂, 屠宰场, 化工厂, 化肥, 纺织):
   * the space before it splits a name from its unit word (福满 屠宰场, 恒德纺织 厂), see {@link SpacedText}.
   */
  boolean unitPiece(String piece) {
    return is(piece, "suffix") || is(piece, "generic");
  }

  private boolean is(String word, String type) {
    String t = words.get(word);
    return t != null && ("," + t + ",").contains("," + type + ",");
  }

  /**
   * {@code is(text.substring(start, end), type)} without the substring nor the strings of the comparison: the word's
   * types as a set, found by its characters where it stands (the unit rules ask at every position).
   */
  private boolean is(String text, int start, int end, String type) {
    if (start == end) {
      return is("", type);
    }
    Set<String> t = typed.get(text, start, end);
    return t != null && t.contains(type);
  }

  /**
   * Every unit named, left to right. {@code places} gives the division names at the start of a string (a
   * place written before a name); {@code government} a government body, which is never a polluter.
   */
  List<Unit> find(String text, Places places, Predicate<String> government) {
    List<Unit> out = new ArrayList<>();
    Matcher q = Cues.any(text, QUOTED_FIRSTS) ? QUOTED.matcher(text) : null;
    for (int from = 0; q != null && Cues.find(q, text, from, QUOTED_FIRSTS); from = q.end()) { // tried at a quote only
      if (quotedUnit(text, q)) {
        // The unit word right after the closing quote is part of the name (“福满园”酒楼, 『汇泉』洗浴中心); not after a
        // shop's name with its trade (【柳香螺蛳粉】店): the shop's kind.
        int w = shopName(q.group(1)) ? 0 : suffixAt(text, q.end());
        out.add(w > 0 ? new Unit(q.group(1) + text.substring(q.end(), q.end() + w), q.start(1), q.end() + w, false)
            : new Unit(q.group(1), q.start(1), q.end(1), false));
      } else if (Character.isUpperCase(q.group(1).charAt(0)) && bilingual(q.group(1))) {
        out.add(new Unit(q.group(1), q.start(1), q.end(1), false)); // “Rock Bar 摇滚吧”: the sign in both tongues
      } else if (Tokens.anyHan(q.group(1)) && q.group(1).indexOf('的') < 0
          && !fieldLabel(text, q)) { // 【对象】X厂: a form's label
        // A kind of unit right after the quotes (“黎家”茶厂, “南山”槟榔烘干场, “金牌”汽修): the quoted name is its own.
        int k = kindAfter(text, q.end());
        if (k > 0 && !HOMES.matcher(text.substring(q.end(), q.end() + k)).find()) {
          out.add(new Unit(q.group(1) + text.substring(q.end(), q.end() + k), q.start(1), q.end() + k, false));
        }
      } else if (Character.isUpperCase(q.group(1).charAt(0)) && !Tokens.anyHan(q.group(1))) {
        // A Latin name in quotes before an English trade word (the “Blue Moon” Bar): the name and the word.
        Matcher t = enTradeAfter.matcher(text).region(q.end(), text.length());
        if (t.lookingAt()) {
          out.add(new Unit(q.group(1) + text.substring(q.end(), t.end()), q.start(1), t.end(), false));
        } else {
          Unit latin = quotedLatin(text, q);
          if (latin != null) {
            out.add(latin);
          }
        }
      }
    }
    Matcher named = NAMED.matcher(text);
    List<Unit> signs = new ArrayList<>();
    while ((text.indexOf('名') >= 0 || text.indexOf('招') >= 0 || text.indexOf('门') >= 0) && named.find()) {
      // 厂名叫…, 门头叫… (the shop's sign): a name the writer gives, as after 叫, before the kind said (r28pol)
      (named.group().startsWith("门头") ? signs : out).add(new Unit(named.group(1), named.start(1), named.end(1), false));
    }
    if (text.contains("施工") || text.contains("承建") || text.contains("建设单位")) {
      Matcher b = BUILDER.matcher(text);
      while (b.find()) {
        String name = b.group(1);
        if (!NO_BUILDER.matcher(name).find() && BUILDER_END.matcher(name).find() && !generic(name) && !kindWhole(name)) {
          out.add(new Unit(name, b.start(1), b.end(1), false));
        }
      }
    }
    List<Unit> nicknames = new ArrayList<>();
    List<Unit> called = called(text, nicknames);
    called.addAll(signs);
    List<Unit> institutions = new ArrayList<>();
    int n = text.length();
    for (int i = 0; i < n; i++) {
      CharTrie.Node<String> node = suffixes.first(text.charAt(i), i + 1 < n ? text.charAt(i + 1) : -1);
      int end = -1;
      for (int j = i + 1; node != null; node = j < n ? node.next(text.charAt(j++)) : null) {
        if (node.value() != null) {
          end = j;
        }
        if (j >= n) {
          break;
        }
      }
      if (end < 0 || notUnit(text, i, end)) {
        continue; // 物业费: a word a unit word stands in, and no unit
      }
      if (typoGoesOn(text, i, end)) {
        // 加工常 typed for 加工厂 ends a name only before a break (not 化工常年…, 加工常常…: r28pol): the shorter word
        do {
          end--;
        } while (end > i && !is(text, i, end, "suffix"));
        if (end <= i) {
          continue;
        }
      }
      boolean grounds = end - i > 1 && end < n && text.charAt(end - 1) == '厂' && text.charAt(end) == '区' && is(text, i, end - 1, "generic");
      if (grounds) {
        end--; // 某某煤化工厂区: the works' grounds after a short name ending in its trade, as 某某磷业厂区 (r24pol)
      }
      // Only the longest suffix ending here: 有限公司 rather than 公司, and not 厂 inside 厂子; 厂区, 厂里, 店门 are places.
      if (end < n && (!grounds && suffixContinues(text, i, end) || end - i == 1 && placeAfterUnit(text, end) && !gate(text, end)
          || end - i == 1 && "市县镇乡".indexOf(text.charAt(end)) >= 0 || text.startsWith("街道", end))) {
        continue; // 瓦房店市, 黄花厂镇, 铁厂街道: the unit word ends a place's name, before its level
      }
      if (townHead(text, i, end)) {
        continue; // 兴平市店张街道, 某市店塔镇: the unit word opens a town's name after its city's or county's level (r25pol)
      }
      if (is(text, i, end, "generic") && (unitWordFollows(text, end) || end < n && "路街道巷桥村园区车桶".indexOf(text.charAt(end)) >= 0)) {
        continue; // 化工 in 某某化工有限公司, 纺织 in 纺织印染厂: the trade word ends a short name only where nothing follows;
        // 石化路, 化工园区, 物流车, 化工桶: a street, a zone, a vehicle or a drum named after the trade
      }
      Unit u = unit(text, i, end, places);
      if (u != null && is(text, i, end, "institution")) {
        if (!u.generic() && institution(text, u, i)) {
          institutions.add(u); // weighed once every firm is found
        }
      } else if (u != null && !government.test(u.name()) && out.stream().noneMatch(o -> o.start() <= u.start() && u.end() <= o.end())) {
        final int sfx = i;
        final int sfxEnd = end;
        out.removeIf(o -> u.start() <= o.start() && o.end() <= u.end() && (o.end() == u.end() || branch(text, o.end(), sfx, sfxEnd)));
        out.add(u);
      }
      i = end - 1;
    }
    dropKindBeforeName(out);
    bracketNamed(text, out);
    spacedNamed(text, out);
    quotedBefore(text, out);
    branded(text, out);
    eateries(text, out);
    abbreviations(text, out);
    bureaus(text, out);
    if (HanLpExtractor.english(text) || text.chars().anyMatch(c -> c >= 'A' && c <= 'Z')) {
      Matcher en = EN_UNIT.matcher(text);
      for (int from = 0; Cues.findUpper(en, text, from, "("); from = en.end()) { // tried at a capital or a bracket only
        String name = en.group(1).strip();
        int st = en.start(1);
        Matcher article = ARTICLE.matcher(name);
        if (article.lookingAt()) {
          // The Sunrise Paper Mill: the article is no part of the name; The Factory alone names none
          if (!EN_UNIT.matcher(name.substring(article.end()) + " ").find()) {
            continue;
          }
          st += article.end();
          name = name.substring(article.end());
        }
        int from2 = afterEnLeads(text, st, st + name.length(), EN_UNIT); // Is Shengda Chemical Co., Ltd. …?
        name = name.substring(from2 - st);
        out.add(new Unit(name, from2, from2 + name.length(), false));
      }
      if (Tokens.anyHan(text)) {
        // A Latin name before an English unit word in lower case inside Chinese (新开的 EcoPlast factory): the name.
        Matcher lower = LATIN_LOWER_UNIT.matcher(text);
        for (int at = 0; Cues.findUpper(lower, text, at, ""); at = lower.end()) {
          int st = lower.start(1);
          int en2 = lower.end(1);
          Matcher article = ARTICLE.matcher(lower.group(1));
          int from = article.lookingAt() ? st + article.end() : st;
          if (from < en2 && out.stream().noneMatch(o -> o.start() < en2 && from < o.end())) {
            out.add(new Unit(text.substring(from, en2), from, en2, false));
          }
        }
      }
      englishTrades(text, enTrade, out);
      if (Tokens.anyHan(text)) {
        englishTrades(text, enTradeUpper, out); // a sign in capitals inside Chinese (XINYUAN HUAGONG); in English, shouting
      }
      typoTrades(text, out);
      owned(text, out);
      schools(text, institutions);
      Matcher c = CALLED_EN.matcher(text);
      for (int from = 0; Cues.find(c, text, from, "cn"); from = c.end()) {
        if (!SOLD_FROM.matcher(text).region(Math.max(0, c.start() - 60), c.start()).find()) {
          called.add(new Unit(c.group(1), c.start(1), c.end(1), false));
        }
      }
    }
    latinFirst(text, out);
    kindThenLatin(text, out);
    latinHanTrade(text, out);
    hanLatinUnit(text, out, places, government);
    kindBeforeQuotedLatin(text, out);
    if (out.isEmpty() && HanLpExtractor.english(text)) {
      Matcher ap = Cues.find(EN_APPOSITION, text, EN_KIND_FIRSTS);
      // not the writer's own (My company Huawei is near the lake: an employer, polreg)
      if (ap != null && !ARTICLE.matcher(ap.group(1)).lookingAt() && !ap.group(1).startsWith("I ")
          && !EN_OWN_BEFORE.matcher(text).region(Math.max(0, ap.start() - 5), ap.start()).find()) {
        out.add(new Unit(ap.group(1), ap.start(1), ap.end(1), false)); // the restaurant Bella Cucina
      }
    }
    if (out.isEmpty() && HanLpExtractor.english(text) && text.contains(" site ")) {
      // A building site named by what it raises (the construction site of Harbour View Towers, the building site for
      // the Pearl Bay project): the building's name, with its building noun where one follows (r21rest; rounds 20, 21).
      Matcher site = EN_SITE.matcher(text);
      if (site.find() && (site.group(1).indexOf(' ') > 0)) {
        out.add(new Unit(site.group(1), site.start(1), site.end(1), false));
      }
    }
    // The writer's own unit, named in brackets after 我公司/本厂 (我公司（某某纺织有限公司）), is never the polluter.
    // Unless the text is about a penalty on that unit and names no other (我公司（…）被罚款…申请复核): the unit the
    // matter is about is the writer's own.
    boolean single = out.size() == 1;
    out.removeIf(u -> u.start() > 0 && "（(".indexOf(text.charAt(u.start() - 1)) >= 0 && own(text.substring(0, u.start() - 1))
        && !(single && penalised(text, u.end())));
    // Nor is the unit the writer introduces as theirs (我们是…一家食品企业——某某食品有限公司).
    out.removeIf(u -> OWN_INTRO.matcher(text.substring(clauseStart(text, u.start()), u.start())).find());
    // Nor the business the writer runs (我在镇上开了个小饭馆，…).
    out.removeIf(u -> ownBusiness(text, u));
    // Nor the writer's employer (我是…的员工, 我在…上班) where another unit is named (the other is complained of), or
    // where nothing after it points back at it (厂里, 公司, 他们…): the writer says who they are, and asks of other things.
    boolean others = out.size() > 1 && out.stream().anyMatch(u -> !employer(text, u));
    out.removeIf(u -> employer(text, u) && (others || !pointedBack(text, u.end())));
    // Nor a name called by a nickname (都叫它臭厂, 管它叫毒厂): the proper name is given apart.
    out.removeIf(u -> nickname(text, u.start()) && (u.generic() || judgement(u.name()) || nicknames.add(u)));
    // The same where the unit scan read the nickname with the word that gives it (管它叫毒厂 → 叫毒厂, 叫它黑厂 → 它黑厂);
    // a nickname of one word and a unit word is a judgement (毒厂, 黑厂), no name (r21rest).
    for (Iterator<Unit> it = out.iterator(); it.hasNext(); ) {
      Unit u = it.next();
      if (u.name().length() > 1 && "叫它他她".indexOf(u.name().charAt(0)) >= 0 && nickname(text, u.start() + 1)) {
        it.remove();
        String rest = u.name().substring(1);
        if (rest.length() >= 3 && !generic(rest) && !judgement(rest)) {
          nicknames.add(new Unit(rest, u.start() + 1, u.end(), false));
        }
      }
    }
    // Nor the writer's firm said right after 我们 (我们福达食品的仓库…) when another firm is named: the other is
    // complained of. Alone, it is the writer's own works reported by its worker (我们…厂半夜偷排).
    if (out.stream().filter(u -> !u.generic()).count() > 1) {
      List<Unit> ours = out.stream().filter(u -> !u.generic() && ours(text, u.start())).toList();
      if (ours.size() < out.stream().filter(u -> !u.generic()).count()) {
        out.removeAll(ours);
      }
    }
    out.sort((a, b) -> Integer.compare(a.start(), b.start()));
    landmarks(text, out);
    restated(out);
    // An institution's own room named just after it (惠民医院的锅炉房, 仁和骨科医院，锅炉房): the room is the institution's.
    out.removeIf(u -> u.generic() && ROOM.matcher(u.name()).matches()
        && institutions.stream().anyMatch(i -> i.end() <= u.start() && u.start() - i.end() <= 3));
    if (out.isEmpty()) {
      // A school, a hospital named (实验中学食堂, 仁和医院的医疗垃圾) when no unit else is: then it is what the text
      // complains of.
      out.addAll(institutions);
    }
    if (!called.isEmpty()) {
      // A name said short after 叫 and then in full just after (叫金龙的 那个厂 金龙塑业): the full one.
      called.removeIf(c -> out.stream().anyMatch(u -> !u.generic() && u.start() >= c.end() && u.start() - c.end() <= 12
          && u.name().startsWith(c.name()) && u.name().length() > c.name().length()));
    }
    if (!called.isEmpty()) {
      // A name the writer gives as the unit's name comes first: the other units may be its kind (汽配厂) or
      // words around it (关于…包庇采石场).
      out.removeIf(u -> called.stream().anyMatch(c -> c.start() < u.end() && u.start() < c.end()));
      called.sort((a, b) -> Integer.compare(a.start(), b.start()));
      // Not before a unit named in full in an earlier sentence (一、镇东的X镁砂厂…。二、…作坊（听说叫Y）): the text tells
      // several units one after the other, and the first told is no kind or word around the one named by 叫 (r24pol).
      // The kind the name is given to is then said in its own sentence (…。二、…小型炼油作坊（听说叫Y）); a name given to
      // the unit said before (…硫磺厂…。那个厂叫Y, 厂名叫Y) still comes first.
      Unit c0 = called.get(0);
      int told = out.stream().filter(u -> !u.generic()).mapToInt(Unit::end).min().orElse(Integer.MAX_VALUE);
      boolean another = told < c0.start() && sentenceEnds(text, told, c0.start())
          && out.stream().anyMatch(u -> u.start() >= told && u.end() <= c0.start() && !sentenceEnds(text, u.end(), c0.start()));
      out.addAll(another ? out.size() : 0, called);
    }
    signRestated(text, out);
    if (out.size() > 1 && !corrections.isEmpty()) {
      List<Unit> all = List.copyOf(out);
      out.removeIf(a -> all.stream().anyMatch(b -> corrected(text, a, b)));
    }
    saidAgain(text, out);
    kindsBeforeNames(text, out);
    tails(text, out);
    zones(text, out); // after tails, which reads a zone's word on to a short name (…食品|工业园)
    if (!nicknames.isEmpty() && out.stream().allMatch(Unit::generic)) {
      // Where no proper name is given, the name people call the unit by is its name (大家都叫它二狗子石场, 都叫它老四的厂):
      // it comes before a kind of unit (有个采石场).
      out.add(0, nicknames.get(0));
    }
    singledOut(text, out);
    projects(text, out, places);
    projectNamed(text, out);
    registeredWhole(out);
    fullNameFirst(text, out);
    if (out.stream().allMatch(Unit::generic)) {
      Unit brand = brandAfterPlace(text, out);
      if (brand != null) {
        out.add(0, brand);
      }
    }
    if (out.stream().allMatch(Unit::generic)) {
      Unit shaped = shaped(text, out, places, government);
      if (shaped != null && !(employer(text, shaped) && (!out.isEmpty() || !pointedBack(text, shaped.end())))) {
        out.add(0, shaped); // a name of a shape comes before a kind of unit (那个石料场 … 宏发石料加工部)
      }
    }
    return out;
  }

  /** A building project's site (某某项目的工地, 某某项目工地): the project is named, its site no part of the name. */
  private static final Pattern PROJECT_SITE = Pattern.compile("项目的?(?:工地|施工现场)");

  /**
   * A project named before its site (城东翠湖苑项目的工地半夜打桩): the name is the project's, as the rounds write it
   * (某某项目), where the rules read no proper name or read the project with its site; a project with no head of its own
   * (这个项目, 新建项目, 拆迁项目) names none (r24pol).
   */
  private void projects(String text, List<Unit> out, Places places) {
    if (text.indexOf("项目") < 0 || out.stream().anyMatch(u -> !u.generic() && !PROJECT_SITE.matcher(u.name()).find())) {
      return;
    }
    Matcher m = PROJECT_SITE.matcher(text);
    if (!m.find()) {
      return;
    }
    Unit u = unit(text, m.start(), m.start() + 2, places);
    if (u == null || u.generic() || u.end() != m.start() + 2) {
      return;
    }
    String head = u.name().substring(0, u.name().length() - 2);
    if (head.length() >= 2 && !generic(head) && !clauseWords(head)
        && (!common(head) || onlyProper(com.hankcs.hanlp.dictionary.CoreDictionary.get(head)))) { // 椰林湾: a place's name
      out.removeIf(o -> o.start() < m.end() && u.start() < o.end());
      out.add(0, u);
    }
  }

  /**
   * A registered name read whole and, from the same start, cut at a unit word inside it (新疆红果园|果蔬冷链有限公司,
   * 新疆金果园|食品有限公司: 园 of 果园): the registered name, which holds the shorter one.
   */
  private static void registeredWhole(List<Unit> out) {
    for (int k = 0; k < out.size(); k++) {
      Unit a = out.get(k);
      for (int j = k + 1; j < out.size(); j++) {
        Unit b = out.get(j);
        if (b.start() == a.start() && b.end() > a.end() && !b.generic() && (b.name().endsWith("公司") || b.name().endsWith("集团"))) {
          out.remove(j);
          out.set(k, b);
          break;
        }
      }
    }
  }

  /**
   * What a project's name may hold between its head and 项目 (蓝海化纤扩建项目, 翠湖苑二期项目), and what after 项目 makes it
   * a part of the firm, no project's name (项目部, 项目经理).
   */
  private static final Pattern PROJECT_AFTER = Pattern.compile("(?:扩建|新建|改建|改扩建|技改|迁建|续建|[一二三四五六七八九]期)?项目(?![部组办经负])");

  /**
   * A name read right before 项目 (要建的蓝海化纤项目, the 恒通物流园项目): the project is named, 项目 part of its name as the
   * rounds write it (滨江华庭项目). Not after a firm's unit word (宏达公司项目 is the firm's), nor a quoted name (“秦岭山水”项目).
   */
  private static void projectNamed(String text, List<Unit> out) {
    for (int k = 0; k < out.size(); k++) {
      Unit u = out.get(k);
      if (u.generic() || u.name().endsWith("公司") || u.name().endsWith("厂") || u.name().endsWith("集团")) {
        continue;
      }
      Matcher m = PROJECT_AFTER.matcher(text).region(u.end(), text.length());
      if (m.lookingAt()) {
        out.set(k, new Unit(text.substring(u.start(), m.end()), u.start(), m.end(), false));
      }
    }
  }

  /** Whether a dictionary word is a proper name only (a place, a firm, a brand: ns, nt, nz, nr), never a verb or a noun. */
  private static boolean onlyProper(com.hankcs.hanlp.dictionary.CoreDictionary.Attribute at) {
    for (com.hankcs.hanlp.corpus.tag.Nature n : at.nature) {
      String t = n.toString();
      if (!(t.startsWith("ns") || t.startsWith("nt") || t.startsWith("nz") || t.startsWith("nr"))) {
        return false;
      }
    }
    return true;
  }

  /** A form's field label in 【】 before what it asks (【对象】, 【被投诉单位】, 【地点】): no quoted name (r24pol). */
  private static final Pattern FIELD_LABEL = Pattern.compile(
      "(?:被?(?:投诉|举报|反映)?(?:对象|单位|企业|名称|主体)|污染源|污染单位|事项|地点|位置|时间|问题|诉求|联系人|电话|内容|类型)");

  private static boolean fieldLabel(String text, Matcher q) {
    return text.charAt(q.start()) == '【' && FIELD_LABEL.matcher(q.group(1)).matches();
  }

  /** Pinyin initials in lower case that stand for a name (hy电子厂, 叫sd的): shorthand, not the name (r24pol). */
  private static final Pattern INITIALS = Pattern.compile("[a-z]{1,4}(?![\\p{IsLatin}])");

  /** A space a scan left between two Chinese characters of a name (鸿 达塑胶): read as no space. */
  private static final Pattern OCR_SPACE = Pattern.compile("(?<=\\p{IsHan}) (?=\\p{IsHan})");

  /** Whether a sentence ends between {@code from} and {@code to} (。！？ or a line break). */
  private static boolean sentenceEnds(String text, int from, int to) {
    for (int k = from; k < to; k++) {
      if ("。！？!?\n".indexOf(text.charAt(k)) >= 0) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether {@code a} is a name the speaker takes back for {@code b} said just after: a correction between them
   * (永盛染整 哎不对 是永晟染整, 永利化工，说错了，是永丰化工), or 不是 before {@code a} and 是 between (不是…，是…).
   */
  private boolean corrected(String text, Unit a, Unit b) {
    if (b.start() < a.end() || b.start() - a.end() > 12) {
      return false;
    }
    String gap = text.substring(a.end(), b.start());
    for (String c : corrections) {
      if (gap.contains(c)) {
        return true;
      }
    }
    String before = text.substring(Math.max(0, a.start() - 3), a.start());
    return before.contains("不是") && (gap.contains("是") || gap.contains("系"));
  }

  /**
   * A quoted name taken back after a pause and said again in quotes (“X”……不是，是“Y”, “X”钾业……不是大的那个，是旁边小的“Y”,
   * “X”……唔是，是“Y”厂, “X”……是“Y”): the pause, a denial if any, then 是 and the name meant.
   */
  private static final Pattern SAID_AGAIN = Pattern.compile("^[”」』’\"]?\\p{IsHan}{0,4}?(?:…{1,6}|—{1,4}|\\.{3,6}|。{2,6})\\s*"
      + "(?:(?:不是|唔是|唔系|不系|不对)[^。！？!?\\n“「『\"]{0,10}?)?(?:是|系)(?:叫做|叫|喊)?[^。！？!?\\n“「『\"]{0,6}?"
      + "[“「『\"]([^”」』\"\\n]{2,12})[”」』\"]");

  /** A unit said in quotes and taken back for another quoted name (see {@link #SAID_AGAIN}): the name meant, with its kind. */
  private void saidAgain(String text, List<Unit> out) {
    if (text.indexOf('…') < 0 && text.indexOf('—') < 0 && !text.contains("...") && !text.contains("。。")) {
      return;
    }
    for (int k = 0; k < out.size(); k++) {
      Unit a = out.get(k);
      if (a.generic() || a.start() < 1 || QUOTED_FIRSTS.indexOf(text.charAt(a.start() - 1)) < 0) {
        continue;
      }
      int close = a.start();
      while (close < a.end() && "”」』’\"".indexOf(text.charAt(close)) < 0) {
        close++;
      }
      Matcher m = SAID_AGAIN.matcher(text).region(close, text.length());
      if (!m.lookingAt()) {
        continue;
      }
      int e = m.end();
      int kind = kindAfter(text, e);
      Unit meant = new Unit(m.group(1) + text.substring(e, e + kind), m.start(1), e + kind, false);
      out.removeIf(u -> u != a && u.start() >= m.start(1) - 1 && u.start() <= e);
      out.set(out.indexOf(a), meant);
    }
  }

  /** A thing as it was, before the 叫 that names it (原来的学校叫…, 以前这个厂叫…): not its name now. */
  private static final Pattern FORMER_THING = Pattern.compile("(?:原来|以前|过去|之前|曾经|原先|早先)(?:的|这个|那个)?[^现改如今后]{0,5}$");
  /** Words for persons that end in a character of {@link #UNIT_BEFORE_CALLED} (干部, 人家): no unit before 叫. */
  private static final String[] PERSONS_BEFORE_CALLED = {"干部", "人家", "大家", "专家", "作家"};

  private static boolean personBefore(String text, int b) {
    for (String w : PERSONS_BEFORE_CALLED) {
      if (text.startsWith(w, b - w.length())) {
        return true;
      }
    }
    return false;
  }

  /** Whether the words that name at {@code at} are 名字是, 名称是 or 名为 (not 名叫: 地名叫…, 名叫雷某 say other names). */
  private static boolean givenAfterUnit(String text, int at) {
    return text.startsWith("名字是", at) || text.startsWith("名称是", at) || text.startsWith("名为", at);
  }

  /** Units named after 叫 where a unit is being named (一家叫…的, 厂 叫…): not persons (有个叫王建国的老板). */
  private List<Unit> called(String text, List<Unit> nicknames) {
    List<Unit> out = new ArrayList<>();
    if (text.indexOf('叫') < 0 && text.indexOf('名') < 0) {
      return out;
    }
    Matcher m = CALLED.matcher(text);
    for (int from = 0; from < text.length() && m.find(from); ) {
      String name = m.group(1);
      from = m.end();
      if (FORMER.matcher(text).region(Math.max(0, m.start() - 3), m.start()).find()
          || FORMER_THING.matcher(text).region(clauseStart(text, m.start()), m.start()).find()) {
        continue; // 天雄水泥有限公司（原来叫三工水泥厂）, 原来的学校叫…: a name it no longer has
      }
      if (placeCalled.matcher(text).region(clauseStart(text, m.start()), m.start()).find() || clauseWords(name)) {
        continue; // 这条路叫光明大道, 小区叫…: a place's name; 叫啥我不知道: no name
      }
      int nameEnd = m.end(1);
      boolean latin = !Tokens.han(name.charAt(0)) && Character.isLetter(name.charAt(0));
      if (latin) {
        Matcher w = LATIN_NAME.matcher(text).region(m.start(1), text.length());
        if (w.lookingAt()) {
          name = w.group().strip(); // 叫Polaris Metals的厂: every word of the name, not the first alone
          nameEnd = m.start(1) + name.length();
        }
      }
      if (latin && givenAfterUnit(text, m.start())) {
        continue; // 名称是Sunrise Leather (…) Co., Ltd.: a Latin name is read whole by the English rules
      }
      if (latin && INITIALS.matcher(name).matches()) {
        continue; // 叫sd的漂染厂: pinyin initials, no name (the name is in brackets, if anywhere)
      }
      if (NICKNAME_OBJECT.indexOf(name.charAt(0)) >= 0 || nickname(text, m.start(1))) {
        // 都叫它臭厂, 管它叫毒厂: a nickname; the proper name (大名叫…) is given apart. Kept aside for a text that gives
        // none, where it names a unit: it ends in a unit word, up to the clause's end (都叫它老四的厂, 叫牛老三废品站).
        Unit nick = nicknamed(text, name.charAt(0) == '它' ? m.start(1) + 1 : name.charAt(0) == '他' || name.charAt(0) == '她' ? -1 : m.start(1));
        if (nick != null) {
          nicknames.add(nick);
        }
        continue;
      }
      if (name.startsWith("叫") || name.startsWith("什么") || name.startsWith("啥") || name.startsWith("那个") || name.startsWith("来着")
          || name.startsWith("名字") || !Tokens.han(name.charAt(0)) && !latin) {
        from = m.start(1); // 叫 叫恒达…: the name may follow the next 叫
        continue;
      }
      int ns = m.start(1);
      for (String h : HEDGES) {
        if (!latin && name.startsWith(h)) {
          ns = afterLeads(text, ns + h.length(), nameEnd); // 叫咩 好似牌子写住金利烧腊: the doubt and the sign's words
          name = text.substring(ns, nameEnd);
          break;
        }
      }
      if (name.length() < 2) {
        continue;
      }
      int b = m.start();
      b = backOverGroping(text, b);
      for (String h : HEDGES) {
        if (text.startsWith(h, b - h.length())) {
          b = backOverGroping(text, b - h.length()); // 皮革厂（好像叫…）: the doubt and the bracket stand between
          break;
        }
      }
      boolean unitBefore = b > 0 && (UNIT_BEFORE_CALLED.indexOf(text.charAt(b - 1)) >= 0 && !personBefore(text, b) || suffixEndsAt(text, b)
          || latin && EN_KIND_BEFORE.matcher(text).region(Math.max(0, b - 12), b).find()
          || (text.startsWith("名字", b - 2) || text.startsWith("名称", b - 2)) && unitJustBefore(text, b - 2)
          || givenAfterUnit(text, m.start()) && unitJustBefore(text, m.start())
          || finalAfterTrade(text, b));
      int after = nameEnd;
      while (after < text.length() && text.charAt(after) == ' ') {
        after++; // speech written word by word (叫 金利达 的 电镀厂)
      }
      int unitFrom = after + 1;
      while (unitFrom < text.length() && text.charAt(unitFrom) == ' ') {
        unitFrom++;
      }
      boolean unitAfter = after < text.length() && POSSESSIVE.indexOf(text.charAt(after)) >= 0 && unitFrom < text.length()
          && (endsUnit(text.substring(unitFrom, Math.min(text.length(), unitFrom + 4))) || shortUnitAt(text, unitFrom));
      // A name in Latin letters only where a unit stands beside it (有个叫Goldleaf的食品厂): not a person's (叫Kevin的).
      if ((unitBefore || unitAfter || !latin && (endsUnit(name.substring(name.length() - 1)) || trade(name))) && !generic(name)) {
        out.add(new Unit(name, ns, nameEnd, false));
      }
    }
    return out;
  }


  // --- branch r15polluter (2026-12-05): names by their shape, not by a listed unit word.

  /** Called or named right before a quoted name (a bakery called "Golden Crust"). */
  private static final Pattern CALLED_EN_BEFORE = Pattern.compile("(?i)\\b(?:called|named)\\s*$");
  /** A Latin name of capitalised words (Golden Crust, Tea Time), and the same before Chinese words (Rock Bar 摇滚吧). */
  private static final Pattern CAPITALISED = Pattern.compile("\\p{Lu}[\\p{IsLatin}&'\\-]*(?:\\s+\\p{Lu}[\\p{IsLatin}&'\\-]*){0,4}");

  /**
   * A Latin name in quotes given to a unit (r22pol): after called, 叫 or a unit word (a bar called "Blue Note", 奶茶店 叫
   * “Tea Time”, 烧烤店 “Grill King”), or before a Chinese kind (“Night Owl”酒吧, with the kind as “X”KTV is read).
   * Quotes alone name nothing (a sign saying "No Parking").
   */
  private Unit quotedLatin(String text, Matcher q) {
    String inside = q.group(1);
    if (!CAPITALISED.matcher(inside).matches()) {
      return null;
    }
    int k = kindAfter(text, q.end());
    if (k > 0 && !HOMES.matcher(text.substring(q.end(), q.end() + k)).find()) {
      return new Unit(inside + text.substring(q.end(), q.end() + k), q.start(1), q.end() + k, false);
    }
    int b = q.start();
    while (b > 0 && text.charAt(b - 1) == ' ') {
      b--;
    }
    boolean given = b > 0 && (text.charAt(b - 1) == '叫' || UNIT_BEFORE_CALLED.indexOf(text.charAt(b - 1)) >= 0 && text.charAt(b - 1) != '家'
        || suffixEndsAt(text, b)) || CALLED_EN_BEFORE.matcher(text).region(Math.max(0, b - 8), b).find()
        || EN_KIND_BEFORE.matcher(text).region(Math.max(0, b - 12), b).find();
    return given ? new Unit(inside, q.start(1), q.end(1), false) : null;
  }

  /** A zone's word ending a unit read (食品工业园, 化工基地, 开发区): a zone where works stand, not one of them. */
  private static final Pattern ZONE = Pattern.compile("(?:工业园|产业园|化工园|园区|化工基地|工业基地|产业基地|开发区|工业区)$");
  /** What says a zone holds a unit (…工业园有家作坊, …园区里有个厂). */
  private static final Pattern HOLDS_UNIT = Pattern.compile("(?:里|内|里面)?(?:有|有一|还有)(?:家|个|间|座|些)");

  /**
   * A zone read as a unit where the text names a unit in it (走马岭食品工业园有家卤味作坊) or a named unit after it in the
   * same sentence (举报某某化工基地灵武那边的某某煤化有限公司): the zone says where; the unit is the polluter (r22pol).
   */
  private static void zones(String text, List<Unit> out) {
    if (out.size() < 2) {
      return;
    }
    List<Unit> all = List.copyOf(out);
    out.removeIf(z -> ZONE.matcher(z.name()).find() && (HOLDS_UNIT.matcher(text).region(z.end(), text.length()).lookingAt()
        || all.stream().anyMatch(u -> u != z && !u.generic() && u.start() >= z.end() && !ZONE.matcher(u.name()).find()
            && text.substring(z.end(), u.start()).chars().noneMatch(c -> "。！!？?\n".indexOf(c) >= 0))));
  }

  /** A project's phase (二期, 三期, 一期工程): the name of a building project, as a unit word ends a firm's. */
  private static final Pattern PHASE = Pattern.compile("[一二三四五六七八九十0-9]期(?:工程|项目)?$");

  /**
   * A kind said, then the unit's name in brackets right after it (养猪场（瑞丰生态农场）, 工地（新城嘉园二期）, 炼铅小厂（老杨
   * 家的冶炼厂）): the name in brackets, which stands where the kind was read (r22pol). The name must end as a unit's does
   * (a unit word, a trade or a project's phase): brackets say other things too (养猪场（存栏两千头）, 化工厂（在村东头）);
   * 的 only in an owner's 家的 (德宏的宏林木业 says where, and the rules read the name in it).
   */
  /** Words that name in brackets (（全称…）, （以前叫…）, （简称…）): the rules that read them weigh the name given. */
  private static final Pattern NAMING_IN_BRACKETS = Pattern.compile("叫|称|名|原来|以前|曾");

  private void bracketNamed(String text, List<Unit> out) {
    if (text.indexOf('（') < 0 && text.indexOf('(') < 0) {
      return;
    }
    for (int open = 0; open < text.length(); open++) {
      char c = text.charAt(open);
      if (c != '（' && c != '(' || open < 2) {
        continue;
      }
      int close = open + 1;
      while (close < text.length() && close - open <= 20 && "）)（(，,。；;！!？?\n".indexOf(text.charAt(close)) < 0) {
        close++;
      }
      if (close >= text.length() || text.charAt(close) != '）' && text.charAt(close) != ')' || close - open < 4) {
        continue;
      }
      String inside = text.substring(open + 1, close);
      String read = OCR_SPACE.matcher(inside).replaceAll(""); // 宏 发鞋材: a scan's space inside the name, kept in it
      final int o = open;
      boolean kindBefore = suffixEndsAt(text, open) || UNIT_BEFORE_CALLED.indexOf(text.charAt(open - 1)) >= 0 && text.charAt(open - 1) != '家'
          || text.startsWith("工地", open - 2);
      // A short name in brackets with no unit word, after the kind it names (养鸭场（某镇鸭业）, 袜子定型厂（宏袜定型）): its
      // own head and a trade word or the kind's words after it (r25pol); 的 and a town's level only where the head is the
      // place said before the kind (the firm named after its town).
      boolean shortName = apposedName(text, open, read);
      if (!kindBefore || !read.chars().allMatch(ch -> Tokens.han((char) ch)) || clauseWords(read) || HOMES.matcher(read).find()
          || NAMING_IN_BRACKETS.matcher(read).find()
          || !(suffixEndsAt(read, read.length()) || is(read, read.length() - 1, read.length(), "suffix")
          || is(read, read.length() - 1, read.length(), "final") || trade(read) || PHASE.matcher(read).find() || shortName)
          || generic(read) || kindWhole(read)
          || checkedChars(text, open, read, shortName).chars().anyMatch(ch -> NOT_IN_NAME.indexOf(ch) >= 0)
          || own(text.substring(0, open))) {
        continue;
      }
      // A kind told by what it makes before the brackets (电器配件厂（某某电器配件厂）) gives way to a name with a head of its
      // own, as to a registered one (r25pol).
      // So does any kind before a short name that repeats its words after a head of its own (五金拉丝厂（某某五金）).
      boolean registered = read.endsWith("公司") || trade(read) || ownHead(read) && !kindTold(read) || is(read, read.length() - 1, read.length(), "suffix");
      if (!shortName && out.stream().anyMatch(u -> u.end() == o && !u.generic() && u.name().indexOf('小') < 0 && !(registered && kindTold(u.name()))
          && !INITIALS.matcher(u.name()).lookingAt())) {
        continue; // 鹿鸣茶社（网红打卡店）: a named unit, and what it is in brackets; a small one (炼铅小厂) is a kind told
        // (and so is one made of what it makes or burns, 燃煤锅炉房（X热力公司）, 铅锌冶炼厂（X冶炼）: the firm's name follows)
      }
      Unit named = new Unit(inside, open + 1, close, false);
      // The kind before and any unit read inside the brackets give way to the name.
      int at = -1;
      for (int k = 0; k < out.size(); k++) {
        Unit u = out.get(k);
        if (u.end() == o || u.start() > o && u.end() <= close + 1) {
          at = at < 0 ? k : at;
          out.remove(k--);
        }
      }
      out.add(at < 0 ? out.size() : at, named);
    }
  }

  /**
   * Whether the words in brackets at {@code open} are a firm's short name with no unit word (r25pol): two to six characters
   * after a head of two that is its own ({@link #ownHead}), ending in a trade word, in …业, or in a word of the kind said
   * just before the brackets (纺织厂（某某织染）, 铁合金厂（某某铁合金）). What brackets say besides (存栏两千头, 在村东头,
   * 无证经营) has a common head or none of the kind's words.
   */
  private boolean apposedName(String text, int open, String read) {
    if (read.length() < 4 || read.length() > 8 || !ownHead(read)) {
      return false;
    }
    String tail = read.substring(2);
    String kind = kindWords(text, open);
    if (kind.contains(read.substring(0, 2))) {
      return false; // 晋味源餐饮有限公司（晋味源刀削面馆）: the same firm named twice, no kind before its name
    }
    if (generic(tail) || tail.length() >= 2 && tail.endsWith("业") && Tokens.han(tail.charAt(tail.length() - 2))) {
      return true;
    }
    for (int k = 0; k < tail.length(); k++) {
      char c = tail.charAt(k);
      if (kind.indexOf(c) >= 0 && "厂场店坊司".indexOf(c) < 0) {
        return true;
      }
    }
    return false;
  }

  /**
   * A kind told, then the firm's short name set off by a space or an emoji, as chat writes it (的箱包厂📦 某某箱包 胶水味…):
   * the name, where it has a head of its own and the kind's words ({@link #apposedName}) and a space or a stop ends it
   * (r25pol). What a writer says after a kind (化工厂 天天冒烟) opens with a common word.
   */
  private void spacedNamed(String text, List<Unit> out) {
    if (text.indexOf(' ') < 0) {
      return;
    }
    for (int k = 0; k < out.size(); k++) {
      Unit u = out.get(k);
      int at = u.end();
      boolean spaced = false;
      while (at < text.length() && !Tokens.han(text.charAt(at)) && !Character.isLetterOrDigit(text.charAt(at))
          && (STOP.indexOf(text.charAt(at)) < 0 || text.charAt(at) == ' ')) {
        spaced |= text.charAt(at) == ' ';
        at++;
      }
      int e = at;
      while (e < text.length() && Tokens.han(text.charAt(e))) {
        e++;
      }
      if (!spaced || u.end() == at || e == text.length() || text.charAt(e) != ' ' && STOP.indexOf(text.charAt(e)) < 0
          || !Tokens.han(u.name().charAt(0)) || !(u.generic() || kindTold(u.name()))) {
        continue;
      }
      String read = text.substring(at, e);
      if (apposedName(text, u.end(), read) && !generic(read) && !kindWhole(read) && !clauseWords(read)
          && checkedChars(text, u.end(), read, true).chars().noneMatch(ch -> NOT_IN_NAME.indexOf(ch) >= 0)) {
        out.set(k, new Unit(read, at, e, false));
      }
    }
  }

  /** The words of the kind said just before {@code open}: after the clause's start or its 的, up to twelve characters. */
  private static String kindWords(String text, int open) {
    int from = Math.max(0, open - 12);
    for (int k = from; k < open; k++) {
      if (STOP.indexOf(text.charAt(k)) >= 0 || text.charAt(k) == '的') {
        from = k + 1;
      }
    }
    return text.substring(from, open);
  }

  /**
   * The characters of a name in brackets that must be a name's (no function word, numeral or place level): all but a
   * project's phase and an owner's 家的; of a short name ({@link #apposedName}) not the head where the text said it before
   * the kind (a firm named after its town: 某镇的养鸡场（某镇禽业）) nor the kind's own words (五金配件厂（某某五金配件厂）).
   */
  private static String checkedChars(String text, int open, String read, boolean shortName) {
    String checked = PHASE.matcher(read).replaceAll("").replace("家的", "");
    if (!shortName) {
      return checked;
    }
    String kind = kindWords(text, open);
    StringBuilder sb = new StringBuilder();
    boolean saidBefore = text.lastIndexOf(read.substring(0, 2), open) >= 0;
    for (int k = saidBefore ? 2 : 0; k < checked.length(); k++) {
      if (kind.indexOf(checked.charAt(k)) < 0) {
        sb.append(checked.charAt(k));
      }
    }
    return sb.toString();
  }

  /**
   * Whether a name opens with a head of its own (宏袜, 旺隆, or a place's name): its first two characters are Chinese and
   * no common word (a noun, a verb: 存栏, 非法), no generic word, no character of a clause.
   */
  private boolean ownHead(String read) {
    if (read.length() < 3 || !Tokens.han(read.charAt(0)) || !Tokens.han(read.charAt(1)) || NOT_IN_NAME.indexOf(read.charAt(0)) >= 0) {
      return false;
    }
    String head = read.substring(0, 2);
    if (is(head, "generic") || productHead(head)) {
      return false;
    }
    com.hankcs.hanlp.dictionary.CoreDictionary.Attribute at = com.hankcs.hanlp.dictionary.CoreDictionary.get(head);
    return at == null || !commonWordOrOther(at);
  }

  /** A dictionary word with any reading but a proper name's (a noun, a verb, a quality, a number…). */
  private static boolean commonWordOrOther(com.hankcs.hanlp.dictionary.CoreDictionary.Attribute at) {
    for (com.hankcs.hanlp.corpus.tag.Nature n : at.nature) {
      String t = n.toString();
      if (!(t.startsWith("nr") || t.startsWith("ns") || t.startsWith("nt") || t.startsWith("nz"))) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether a unit read as named is a kind told by what it makes, burns or handles (燃煤锅炉房, 玉米深加工厂, 稀土厂):
   * its words before the unit word are trade words or common words only, none a firm would pick for a name.
   */
  private boolean kindTold(String name) {
    for (int j = 1; j <= Math.min(4, name.length() - 1); j++) {
      String head = name.substring(0, name.length() - j);
      if (is(name, name.length() - j, name.length(), "suffix") && (generic(head) || productHead(head))) {
        return true; // at any seam: 玉米深加工|厂 as 玉米|深加工厂
      }
    }
    return false;
  }

  /**
   * A kind told by what it makes (地毯厂, 烟花厂, 塑料袋厂: {@link #kindTold}) before a unit named in quotes or in full
   * (…的地毯厂，名字是某某织造有限公司; 烟花厂试放…，要反映的是“X”花炮厂): the kind is said of the place or the trade, the
   * name is the unit's. The kind is kept as a kind, for the dialog to ask where no name follows.
   */
  private void kindsBeforeNames(String text, List<Unit> out) {
    if (out.size() < 2) {
      return;
    }
    for (int k = 0; k < out.size(); k++) {
      Unit u = out.get(k);
      if (!u.generic() && kindTold(u.name()) && out.stream().anyMatch(v -> v.start() > u.end() && !v.generic()
          && !kindTold(v.name()) && (v.name().endsWith("公司") || v.start() > 0 && QUOTED_FIRSTS.indexOf(text.charAt(v.start() - 1)) >= 0))) {
        out.set(k, new Unit(u.name(), u.start(), u.end(), true));
      }
    }
  }

  /**
   * A kind said, then the unit's Latin name in quotes beside it (BBQ 店 “Grill King”, 奶茶店，“Milk Moon”): the kind read
   * as a unit of its own is the named one's kind, no other unit (r22pol).
   */
  private static void kindBeforeQuotedLatin(String text, List<Unit> out) {
    if (out.size() < 2) {
      return;
    }
    List<Unit> quoted = out.stream().filter(u -> u.start() > 0 && "“\"「『‘".indexOf(text.charAt(u.start() - 1)) >= 0
        && u.name().charAt(0) < 128 && Character.isUpperCase(u.name().charAt(0))).toList();
    out.removeIf(k -> quoted.stream().anyMatch(q -> k != q && k.end() < q.start()
        && text.substring(k.end(), q.start() - 1).chars().allMatch(c -> c == ' ' || c == '，' || c == ',')));
  }

  /** A sign in both tongues: capitalised Latin words ending in an English kind, then Chinese (Rock Bar 摇滚吧). */
  private static boolean bilingual(String inside) {
    Matcher m = CAPITALISED.matcher(inside);
    return m.lookingAt() && m.end() < inside.length() && inside.charAt(m.end()) == ' '
        && Tokens.anyHan(inside.substring(m.end())) && EN_KIND_BEFORE.matcher(m.group()).find();
  }

  /**
   * A unit's English noun before a Latin name given it, in quotes or not (the bar "Blue Note Lounge", the wedding venue
   * "Rose Garden"); also before 叫 in a mixed text (golf club 叫 Green Valley). Starting letters listed in {@link #EN_KIND_FIRSTS}.
   */
  static final String EN_KIND_NOUNS = "restaurant|factory|plant|mill|company|firm|shop|bar|cafe|hotel|farm|workshop|garage|yard|bakery"
      + "|venue|club|pub|karaoke|studio|gym|salon|market";
  static final String EN_KIND_FIRSTS = "rfpmcsbhwgyvk";
  /** The construction site of (the) a capitalised name, and a building noun after it (Harbour One tower, Pearl Bay project). */
  static final Pattern EN_SITE = Pattern.compile("(?i:construction|building) site (?:of|for) (?:the )?"
      + "((?:\\p{Lu}[\\p{L}&'\\-]*\\s+)*\\p{Lu}[\\p{L}&'\\-]*(?:\\s+(?:tower|towers|building|buildings|project|estate|plaza|mall|complex|apartments|residences))?)");
  /** A unit's English noun and the capitalised name after it (the restaurant Bella Cucina, a factory called…). */
  static final Pattern EN_APPOSITION = Pattern.compile(
      "\\b(?:" + EN_KIND_NOUNS + ")\\s+[“\"‘]?((?:\\p{Lu}[\\p{L}&'\\-]*)(?:\\s+\\p{Lu}[\\p{L}&'\\-]*){0,3})");
  /** The writer's own before a unit's English noun (my company, our factory). */
  private static final Pattern EN_OWN_BEFORE = Pattern.compile("(?i)\\b(?:my|our)\\s+$");
  /** An English unit noun right before 叫 (golf club 叫 …, 那个 factory 叫 …). */
  private static final Pattern EN_KIND_BEFORE = Pattern.compile("(?i)\\b(?:" + EN_KIND_NOUNS + ")\\s*$");
  /** A determiner between a Latin name and a Chinese kind of unit (Hanford Plastics这家外资厂): the name ends before it. */
  private static final String[] DETERMINERS = {"这家", "那家", "这个", "那个", "这间", "那间"};

  /**
   * A Latin name read into a Chinese unit word (Hanford Precision Plastics这家外资厂, BlueOcean Seafood水产加工厂): the
   * Latin name alone when a determiner follows it or it ends in an English trade word, the Chinese words then its kind.
   * A name without either keeps its Chinese unit word (Silver Lake 高尔夫球场).
   */
  private void latinFirst(String text, List<Unit> out) {
    for (int k = 0; k < out.size(); k++) {
      Unit u = out.get(k);
      int le = u.start();
      while (le < u.end() && text.charAt(le) < 128) {
        le++;
      }
      if (le == u.start() || le == u.end() || !Tokens.han(text.charAt(le))) {
        continue;
      }
      if (u.start() > 0 && u.end() < text.length() && "“\"「『‘".indexOf(text.charAt(u.start() - 1)) >= 0
          && "”\"」』’".indexOf(text.charAt(u.end())) >= 0 && text.charAt(le - 1) == ' ') {
        continue; // “Rock Bar 摇滚吧”: a sign in both tongues, quoted whole (r22pol)
      }
      int ls = u.start();
      while (ls > 0 && text.charAt(ls - 1) < 128 && (Character.isLetterOrDigit(text.charAt(ls - 1)) || " &'.-".indexOf(text.charAt(ls - 1)) >= 0)) {
        ls--;
      }
      String latin = text.substring(ls, le).strip();
      if (latin.isEmpty() || !Character.isUpperCase(latin.charAt(0))) {
        continue;
      }
      final int hanStart = le;
      boolean det = java.util.Arrays.stream(DETERMINERS).anyMatch(d -> text.startsWith(d, hanStart));
      Matcher t = enTrade.matcher(latin);
      boolean trade = t.find() && t.end() == latin.length();
      if (det || trade) {
        int st = ls + (text.substring(ls, le).length() - text.substring(ls, le).stripLeading().length());
        out.set(k, new Unit(latin, st, st + latin.length(), false));
      }
    }
  }

  /**
   * A kind of unit in Chinese, then the firm's name in capitalised Latin words written right after it (钢琴厂Dongshan
   * Piano, 洗衣店 Bright Clean每天…): the Latin name, the kind before it its kind (r25pol). Two words or more, closed by
   * Chinese or a stop, and no pinyin surname opening two words (化工厂 Li Wei: a person signing).
   */
  private void kindThenLatin(String text, List<Unit> out) {
    for (int k = 0; k < out.size(); k++) {
      Unit u = out.get(k);
      int at = u.end();
      if (at < text.length() && text.charAt(at) == ' ') {
        at++;
      }
      if (at >= text.length() || at == u.end() && !Tokens.han(text.charAt(at - 1)) || !Tokens.han(u.name().charAt(0))
          || !Character.isUpperCase(text.charAt(at)) || !(u.generic() || kindTold(u.name()))) {
        continue;
      }
      Matcher c = CAPITALISED.matcher(text).region(at, text.length());
      if (!c.lookingAt() || c.group().indexOf(' ') < 0) {
        continue;
      }
      int e = c.end();
      if (e < text.length() && !Tokens.han(text.charAt(e)) && STOP.indexOf(text.charAt(e)) < 0) {
        continue; // more Latin follows: a sentence, no name
      }
      String[] words = c.group().split("\\s+");
      if (words.length == 2 && pinyinSurnames.contains(words[0].toLowerCase(java.util.Locale.ROOT))) {
        continue;
      }
      out.set(k, new Unit(c.group(), at, e, false));
    }
  }

  // --- branch polen (2026-12-06): names in Latin letters (English petitions, pinyin and signs inside Chinese text).

  /** A zone or a street named after a trade (Suzhou Industrial Park, Chemical Road): the trade word ends no firm there. */
  private static final Pattern EN_ZONE_AFTER = Pattern.compile("\\s+(?:Park|Zone|Area|Estate|District|Road|Street|Avenue|Town|Village|Base|Belt|Cluster)(?![\\p{IsLatin}])");
  /**
   * A shop a product was bought from, then its name (a sofa from a store called…, bought it at a shop named…): the seller
   * of a product complained of, no polluter (as a brand bought is none).
   */
  private static final Pattern SOLD_FROM = Pattern.compile(
      "(?i)\\b(?:from|bought|buy|purchased|ordered)\\b[^.!?]{0,30}?\\b(?:store|shop|brand|mall|supermarket|website|seller|outlet)\\s+$");
  /** A capitalised word long enough to be a trade word typed wrong (Resturant). */
  private static final Pattern CAP_WORD = Pattern.compile("(?<![\\p{IsLatin}])\\p{Lu}\\p{Ll}{6,}(?![\\p{IsLatin}])");
  /** A school named with its canteen or boiler (the canteen of Xingfu Road Primary School): the school, as 实验中学食堂. */
  private static final Pattern EN_SCHOOL_ROOM = Pattern.compile(
      "(?:canteen|boiler(?: room)?|kitchen|cafeteria|dining hall|laundry)\\s+of\\s+(?:the\\s+)?((?:\\p{Lu}[\\p{L}&'\\-]*\\s+){1,4}"
      + "(?:School|Academy|College|University))(?![\\p{IsLatin}])|(?<![\\p{IsLatin}])((?:\\p{Lu}[\\p{L}&'\\-]*\\s+){1,4}"
      + "(?:School|Academy|College|University))(?:['’]s)?\\s+(?:canteen|boiler|kitchen|cafeteria|dining hall|laundry)(?![\\p{IsLatin}])");
  /** What may stand between a Latin name and the same firm's Chinese name said after it (，应该就是…, 中文好像叫…, （…）). */
  private static final String RESTATING = " ，,、（(：:“\"中文名字叫做是就应该好像大概可能也称即底下小写着的为其";

  /** Every name in capitalised Latin words ending in a trade word, without a sentence's opening word or a kind after it. */
  private void englishTrades(String text, Pattern pattern, List<Unit> out) {
    Matcher trade = pattern.matcher(text);
    for (int from = 0; Cues.findUpper(trade, text, from, ""); from = trade.end()) {
      if (EN_ZONE_AFTER.matcher(text).region(trade.end(1), text.length()).lookingAt()) {
        continue; // Suzhou Industrial Park: a zone, no firm
      }
      int st = afterEnLeads(text, trade.start(1), trade.end(1), pattern);
      int en2 = beforeLowerKind(text, st, trade.end(1));
      if (out.stream().noneMatch(o -> o.start() < en2 && st < o.end())) {
        out.add(new Unit(text.substring(st, en2), st, en2, false));
      }
    }
  }

  /**
   * Where a Latin name in [st, end) starts once the words that open a sentence (Reporting, Is, Factory, an article)
   * are left out: only while what is left is still a whole name of {@code pattern}.
   */
  private int afterEnLeads(String text, int st, int end, Pattern pattern) {
    for (int next = afterLeadWord(text, st, end); next > st && pattern.matcher(text).region(next, end).matches();
        next = afterLeadWord(text, st, end)) {
      st = next;
    }
    return st;
  }

  /**
   * Where the next word starts when the word at {@code st} (before {@code end}) opens a sentence and is no part of a name
   * (Reporting, Is, an article); else {@code st} itself.
   */
  private int afterLeadWord(String text, int st, int end) {
    int sp = st;
    while (sp < end && !Character.isWhitespace(text.charAt(sp))) {
      sp++;
    }
    String word = text.substring(st, sp);
    if (sp >= end || !enLeads.contains(word.toLowerCase(java.util.Locale.ROOT)) && !ARTICLE.matcher(word).matches()) {
      return st;
    }
    while (sp < end && Character.isWhitespace(text.charAt(sp))) {
      sp++;
    }
    return sp;
  }

  /** A kind in lower case after a name that ends in its trade word already (Golden Phoenix Ceramics kiln): the name. */
  private int beforeLowerKind(String text, int st, int end) {
    int ws = end - 1;
    while (ws > st && !Character.isWhitespace(text.charAt(ws))) {
      ws--;
    }
    if (ws <= st || !Character.isLowerCase(text.charAt(ws + 1))) {
      return end;
    }
    int pe = ws;
    while (pe > st && Character.isWhitespace(text.charAt(pe - 1))) {
      pe--;
    }
    return enTrade.matcher(text).region(st, pe).matches() ? pe : end;
  }

  /** A capitalised name ending in a trade word typed with one letter wrong, left out or swapped (Red Dragn Resturant). */
  private void typoTrades(String text, List<Unit> out) {
    Matcher w = CAP_WORD.matcher(text);
    while (w.find()) {
      String word = w.group();
      if (longTrades.contains(word) || longTrades.stream().noneMatch(t -> oneEdit(word, t))) {
        continue;
      }
      Matcher before = LATIN_BEFORE.matcher(text.substring(Math.max(0, w.start() - 60), w.start()));
      if (!before.find()) {
        continue;
      }
      int st = w.start() - (before.end() - before.start());
      for (int next = afterLeadWord(text, st, w.start()); next > st; next = afterLeadWord(text, st, w.start())) {
        st = next; // LATIN_BEFORE ends in whitespace: a word before the typed one always ends before it
      }
      final int s0 = st;
      final int e0 = w.end();
      if (s0 < w.start() && out.stream().noneMatch(o -> o.start() < e0 && s0 < o.end())) {
        out.add(new Unit(text.substring(s0, e0), s0, e0, false));
      }
    }
  }

  /** Whether {@code a} is {@code b} with one letter left out, added, changed or two swapped. */
  static boolean oneEdit(String a, String b) {
    if (a.equals(b) || Math.abs(a.length() - b.length()) > 1) {
      return false;
    }
    int i = 0;
    while (i < a.length() && i < b.length() && a.charAt(i) == b.charAt(i)) {
      i++;
    }
    if (a.length() == b.length()) {
      return a.substring(i + 1).equals(b.substring(i + 1))
          || i + 1 < a.length() && a.charAt(i) == b.charAt(i + 1) && a.charAt(i + 1) == b.charAt(i) && a.substring(i + 2).equals(b.substring(i + 2));
    }
    return a.length() < b.length() ? a.substring(i).equals(b.substring(i + 1)) : a.substring(i + 1).equals(b.substring(i));
  }

  /** A unit named by its owner with 's (Old Wang's duck farm, Mrs. Zhou's tofu workshop), as 老王家的养猪场 is. */
  private void owned(String text, List<Unit> out) {
    if (text.indexOf("'s") < 0 && text.indexOf("’s") < 0) {
      return;
    }
    Matcher m = enOwned.matcher(text);
    while (m.find()) {
      if (NOT_OWNER.matcher(m.group(2)).matches()
          || m.group(1) == null && !pinyinSurnames.contains(m.group(2).toLowerCase(java.util.Locale.ROOT))) {
        continue; // It's a farm; China's biggest steel plant: no owner. Without a title the owner is a surname (Zhang's).
      }
      int st = m.group(1) != null ? m.start(1) : m.start(2);
      int en2 = m.end(3);
      if (out.stream().noneMatch(o -> o.start() < en2 && st < o.end())) {
        out.add(new Unit(text.substring(st, en2), st, en2, false));
      }
    }
  }

  /** A school named with its canteen or boiler: an institution, the polluter where no other unit is named. */
  private void schools(String text, List<Unit> institutions) {
    if (text.indexOf("School") < 0 && text.indexOf("Academy") < 0 && text.indexOf("College") < 0
        && text.indexOf("University") < 0) {
      return; // every match names one (the pattern was run over every English message)
    }
    Matcher m = EN_SCHOOL_ROOM.matcher(text);
    while (m.find()) {
      int g = m.group(1) != null ? 1 : 2;
      int st = afterEnLeads(text, m.start(g), m.end(g), SCHOOL_NAME);
      institutions.add(new Unit(text.substring(st, m.end(g)), st, m.end(g), false));
    }
  }

  private static final Pattern SCHOOL_NAME = Pattern.compile("(?:\\p{Lu}[\\p{L}&'\\-]*\\s+){1,4}(?:School|Academy|College|University)");

  /**
   * A Latin name written on to a Chinese trade word (GUORAN鲜果茶, Super Clean汽车美容, HL仓配): the name and the trade,
   * where the Latin name opens a clause or follows a lead word (写着, 举报) and the trade ends the clause; not a material's
   * letters (ABS塑料).
   */
  /** An English unit word written on to a Chinese name in mixed text (这个华鑫factory, 那家金海 restaurant). */
  private static final Pattern HAN_LATIN_UNIT = Pattern.compile("(?<=\\p{IsHan}) ?(?:factory|plant|mill|company|workshop|bar|restaurant)(?![\\p{IsLatin}])");

  /**
   * A Chinese name before an English unit word in lower case (镇上这个华鑫factory…): the name alone, as a Latin name
   * before one is (r29pol); after the lead words and places before it, a head of two to six characters that names
   * (a brand or a proper noun), not a kind (化工factory) nor a common word.
   */
  private void hanLatinUnit(String text, List<Unit> out, Places places, Predicate<String> government) {
    if (!out.isEmpty() || text.indexOf('f') < 0 && text.indexOf('p') < 0 && text.indexOf('c') < 0 && text.indexOf('m') < 0
        && text.indexOf('b') < 0 && text.indexOf('r') < 0 || !Tokens.anyHan(text)) {
      return;
    }
    Matcher m = HAN_LATIN_UNIT.matcher(text);
    while (m.find()) {
      int e = m.start();
      int cs = e;
      while (cs > 0 && e - cs < 12 && Tokens.han(text.charAt(cs - 1))) {
        cs--;
      }
      int a = afterLeads(text, cs, e);
      a = Math.max(a, places.leadingRun(text, a, e));
      a = afterSubdistrict(text, a, e);
      if (e - a < 2 || e - a > 6) {
        continue;
      }
      String head = text.substring(a, e);
      if (head.chars().allMatch(c -> nameChar((char) c)) && properHead(head) && !generic(head) && !commonNoName(head)
          && !placeIn(head) && !government.test(head) && !Polluters.government(head)) {
        out.add(new Unit(head, a, e, false));
        return;
      }
    }
  }

  private void latinHanTrade(String text, List<Unit> out) {
    int n = text.length();
    for (int i = 1; i < n; i++) {
      char c = text.charAt(i - 1);
      if (!Tokens.han(text.charAt(i)) || c >= 128 || !Character.isLetter(c)) {
        continue;
      }
      int ls = i;
      while (ls > 0 && text.charAt(ls - 1) < 128 && (Character.isLetter(text.charAt(ls - 1)) || text.charAt(ls - 1) == ' ' && ls - 1 > 0
          && text.charAt(ls - 2) < 128 && Character.isLetter(text.charAt(ls - 2)))) {
        ls--;
      }
      if (!Character.isUpperCase(text.charAt(ls)) || i - ls < 2 || ls > 0 && STOP.indexOf(text.charAt(ls - 1)) < 0 && !leadEndsAt(text, ls)) {
        continue;
      }
      int e = i;
      while (e < n && e - i < 5 && nameChar(text.charAt(e))) {
        e++;
      }
      boolean ends = e == n || STOP.indexOf(text.charAt(e)) >= 0 || text.charAt(e) == '的' || text.charAt(e) == '嘅';
      boolean tradeEnd = false;
      for (int k = 1; k <= Math.min(3, e - i) && !tradeEnd; k++) {
        tradeEnd = is(text, e - k, e, "generic");
      }
      final int st = ls;
      final int en2 = e;
      if (ends && tradeEnd && !is(text.substring(ls, i).strip(), "latin-material") && out.stream().noneMatch(o -> o.start() < en2 && st < o.end())) {
        out.add(new Unit(text.substring(st, en2), st, en2, false));
      }
      i = e;
    }
  }

  /**
   * A firm's Latin name on its sign, then its Chinese name said after it (HONGFA QIXIU，应该就是鸿发汽修, Minfeng Suliao
   * Chang (民丰塑料厂?)): the name written first; but a registered Chinese name (…有限公司) after a sign's short one is the
   * firm's (HUALI PACKAGING，底下小字是华立包装制品有限公司).
   */
  private static void signRestated(String text, List<Unit> out) {
    for (Unit l : List.copyOf(out)) {
      if (l.generic() || l.name().isEmpty() || l.name().charAt(0) >= 128 || !Character.isLetter(l.name().charAt(0))) {
        continue;
      }
      for (Unit c : List.copyOf(out)) {
        if (c.generic() || c.name().isEmpty() || !Tokens.han(c.name().charAt(0)) || c.start() < l.end() || c.start() - l.end() > 12
            || !text.substring(l.end(), c.start()).chars().allMatch(ch -> RESTATING.indexOf(ch) >= 0)) {
          continue;
        }
        boolean registered = c.name().endsWith("公司") || c.name().endsWith("集团");
        boolean latinRegistered = l.name().contains("Co.") || l.name().contains("Ltd") || l.name().contains("Limited");
        Unit dropped = registered && !latinRegistered ? l : c;
        out.remove(dropped);
        if (dropped == l) {
          break; // the sign's name is gone: no other restatement of it to weigh
        }
      }
    }
  }

  /** What a name of a shape may not hold: pronouns, function words, verbs of saying and going (a clause, no name). */
  private static final String NOT_IN_NAME = "的我你他她它们这那哪些是了和与都也就被把给对在个说要想去到没很太几每嘅佢咯"
      + "得着过吗啊呢吧啦嘛哦呀喺哋咗嗰嘢唔冇咪啲咩嚟乜请一二三四五六七八九十两零百千万省市县区镇乡村街越又往希该本族";
  /** A person's shop: 老王, 老王家, 张记, 王姐, 刘胖子 (the head, before what the shop does). */
  private static final Pattern PERSONAL = Pattern.compile("^(?:老(\\p{IsHan})(?:家|头)?|(\\p{IsHan})(?:记|家|哥|姐|嫂|婶|叔|胖子))");
  /** A given name after 阿 (阿强, 阿明): a person's shop only before a trade (阿强汽修; 阿依努尔 is a name). */
  private static final Pattern NICKNAMED = Pattern.compile("阿(\\p{IsHan})");
  /** What a person does in a record (来电, 来访, 反映, 说): after 老刘 or 李姐 no shop's trade. */
  private static final Pattern SAYS = Pattern.compile("(?:来电|来访|致电|反映|反应|打电话|电话|说|讲|称|问|介绍|留言|投诉|举报)");
  /** The verbs of reporting right before a name (举报华晨，…): the name may be a brand alone. */
  private static final String[] REPORT = {"举报", "投诉", "曝光", "检举", "揭发", "举报一下", "投诉一下", "曝光一下"};
  /** After a unit word of a listed name, where the name goes on no further (厂区, 园里, 站门口). */
  private static final String PLACE_AFTER = "区里内外门口边前后方炉"; // 炉: a plant of the works (某某陶瓷窑炉), r24pol

  /**
   * A listed unit's name that goes on to a final word of its own (恒昌水泥粉磨站, 昌盛家具城, 鑫源废品收购点,
   * 华泰冷链物流中心): the longer name, where at most three characters stand between and none is a function word.
   */
  private void tails(String text, List<Unit> out) {
    int n = text.length();
    for (int k = 0; k < out.size(); k++) {
      Unit u = out.get(k);
      if (u.generic() || u.end() >= n || !Tokens.han(text.charAt(u.end())) || !endsInTrade(u.name())) {
        continue; // 鑫达驾校练车场: a name ending in its unit word goes on no further
      }
      int best = -1;
      for (int e = u.end() + 1; e <= Math.min(n, u.end() + 4); e++) {
        char c = text.charAt(e - 1);
        if (!Tokens.han(c) || NOT_IN_NAME.indexOf(c) >= 0 || POSSESSIVE.indexOf(c) >= 0
            || e == u.end() + 1 && WORK_VERBS.indexOf(c) >= 0) {
          break; // 叫X瓷业哩窑: a dialect's 的 ends the name (r24pol); X瓷业烧窑, X铝业熔炉: what the works does (r27pol)
        }
        boolean place = placeAfter(text, e);
        boolean ends = e == n || STOP.indexOf(text.charAt(e)) >= 0 || text.charAt(e) == '的';
        if (!place && (finalLasts.get(c) && c != '塔' && finalEndingAt(text, u.end(), e) > 0 || ends && generic(text.substring(u.end(), e)))) {
          best = e; // 恒昌水泥粉磨站, 美佳美容美发的
        }
      }
      if (best > 0) {
        out.set(k, new Unit(text.substring(u.start(), best), u.start(), best, false));
      }
    }
  }

  /** Verbs of what a works does, right after its short name: no part of a final word (烧窑, 熔炉, 切割, 排放). */
  private static final String WORK_VERBS = "烧熔切排冒放倒堆";

  /** Whether a name ends in a trade word (恒昌水泥, 昌盛家具), not in a unit word of its own (…厂, …驾校). */
  private boolean endsInTrade(String name) {
    for (int k = 2; k <= Math.min(4, name.length() - 1); k++) {
      if (is(name, name.length() - k, name.length(), "generic")) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether a place in the unit follows its final word (园区, 厂区, 站门口): the final word is then no end of a name. A
   * locative of two characters (城里面, 城后面) says where, and the name ends before it.
   */
  private static boolean placeAfter(String text, int e) {
    if (e >= text.length()) {
      return false;
    }
    char c = text.charAt(e);
    if ("里内外前后".indexOf(c) >= 0) {
      return !(e + 1 < text.length() && "面边头".indexOf(text.charAt(e + 1)) >= 0);
    }
    return PLACE_AFTER.indexOf(c) >= 0;
  }

  /** The length of the longest final word ending at {@code e} and starting at or after {@code from}, or 0. */
  private int finalEndingAt(String text, int from, int e) {
    return endingAt(finals, text, from, e);
  }

  /**
   * The length of the longest word of {@code reversed} (words kept back to front) ending at {@code e} and starting at or
   * after {@code from}, or 0.
   */
  private static int endingAt(CharTrie<String> reversed, String text, int from, int e) {
    int best = 0;
    CharTrie.Node<String> node = reversed.first(text.charAt(e - 1));
    for (int j = e - 1; node != null; ) {
      if (node.value() != null) {
        best = e - j;
      }
      if (--j < from) {
        break;
      }
      node = node.next(text.charAt(j));
    }
    return best;
  }

  /**
   * A name found by its shape where no listed unit word names one: a proper head and a unit-like final word (鑫旺洗砂场,
   * 张记豆腐坊, 福兴砖窑), a head of trade-name characters and a trade (汇通汽贸, 恒昌仓储), a person's shop (老王家铁锅炖,
   * 发记烧腊), or a brand alone right after a verb of reporting (举报华晨，…). Its place: the start of a clause or after
   * the words that lead to a name (举报, 那个, 旁边的), and before 的, a stop or what the unit does (把…, 天天…, 半夜…).
   * A shop's name ends at its trade wherever it stands (燃动健身天天…, see {@link #shop}), and starts after a kind of
   * unit said just before it (网红店虾皇小龙虾: {@code kinds}, the units found so far).
   */
  private Unit shaped(String text, List<Unit> kinds, Places places, Predicate<String> government) {
    int n = text.length();
    int cs = 0;
    for (int e = 0; e <= n; e++) {
      char c = e < n ? text.charAt(e) : '。';
      boolean stop = STOP.indexOf(c) >= 0;
      int a = -1;
      // shape() takes no name whose last two characters are not both of a name: nothing to cut or look up before them
      boolean may = e - cs >= 2 && nameChar(text.charAt(e - 1)) && nameChar(text.charAt(e - 2));
      boolean afterFinal = may && e < n && !stop && finalLasts.get(text.charAt(e - 1)) && !placeAfter(text, e)
          && !TOWN_LEVEL.matcher(text).region(e, n).lookingAt(); // 金坊镇: a town's name ending in a final word
      boolean afterShop = e - cs >= 3 && e < n && !stop && shopEnds(text, cs, e);
      boolean ends = stop || c == '的' || c == '嘅' || afterAt(text, e) > 0 || grounds(text, e);
      if (may && (ends || afterFinal) || afterShop) {
        a = afterLeads(text, cs, e);
        int placeEnd = places.leadingRun(text, a, e);
        a = Math.max(a, afterSubdistrict(text, Math.max(a, placeEnd), e));
        a = afterFoundKind(kinds, a, e);
        Unit u = ends ? shape(text, a, e, stop, government, false) : null;
        if (u == null && afterFinal && !ends) {
          u = shape(text, a, e, stop, government, true);
        }
        if (u == null && afterShop && !ends) {
          u = shop(text, a, e, government);
        }
        if (u != null) {
          return u;
        }
      }
      if (stop) {
        cs = e + 1;
      }
    }
    return null;
  }

  /** Whether the works' grounds or buildings are said at {@code e} (…管业厂房里, …石业厂区外): a short name ends before. */
  private static boolean grounds(String text, int e) {
    return e + 1 < text.length() && text.charAt(e) == '厂' && "房区里门内".indexOf(text.charAt(e + 1)) >= 0;
  }

  /**
   * Whether the word at {@code i}..{@code end} stands in a town's name of two to four characters written right after a
   * city's, a county's or a district's level (某市店张街道, 某市店塔镇, 某县瓦窑镇): a place, no unit (r25pol).
   */
  static boolean townHead(String text, int i, int end) {
    for (int p = i - 1; p >= Math.max(0, i - 2); p--) {
      if ("市县区旗".indexOf(text.charAt(p)) < 0) {
        continue;
      }
      for (int k = p + 1; k < i; k++) {
        if (!Tokens.han(text.charAt(k))) {
          return false;
        }
      }
      for (int e = end; e <= Math.min(text.length(), end + 2); e++) {
        if (e > end && !Tokens.han(text.charAt(e - 1))) {
          return false;
        }
        int len = e - (p + 1);
        if (len >= 2 && len <= 4 && TOWN_LEVEL.matcher(text).region(e, text.length()).lookingAt()) {
          return true;
        }
      }
      return false;
    }
    return false;
  }

  /** A town's or a sub-district's level (镇, 乡, 街道): the words before it name a place. */
  private static final Pattern TOWN_LEVEL = Pattern.compile("镇|乡|街道");

  /**
   * Words of a clause, never of a firm's name: a negation (不 but 不锈钢, 没, 冇, 唔), a knowing (知道, 晓得), a having
   * (有 but 有限, 有色), a pronoun opening it (我不知道, 正不正常, 小雨不吃辣).
   */
  private static final Pattern CLAUSE_WORDS = Pattern.compile("不(?!锈)|没|冇|唔|知道|晓得|有(?![限色])|^[我你他她俺咱阮]");

  static boolean clauseWords(String name) {
    return CLAUSE_WORDS.matcher(name).find();
  }

  /** A character shape() lets stand in a name: Han, and no function word. */
  private static boolean nameChar(char c) {
    return Tokens.han(c) && NOT_IN_NAME.indexOf(c) < 0;
  }

  /** The length of the longest word that opens what a unit does starting at {@code e}, or 0. */
  private int afterAt(String text, int e) {
    int best = 0;
    if (e >= text.length()) {
      return 0;
    }
    CharTrie.Node<String> node = afters.first(text.charAt(e));
    for (int j = e + 1; node != null; node = j < text.length() ? node.next(text.charAt(j++)) : null) {
      if (node.value() != null) {
        best = j - e;
      }
      if (j >= text.length()) {
        break;
      }
    }
    return best;
  }

  private Unit shape(String text, int a, int e, boolean stop, Predicate<String> government, boolean finalOnly) {
    int len = e - a;
    if (len < 2 || len > 10) {
      return null;
    }
    Unit shop = finalOnly ? null : shop(text, a, e, government);
    if (shop != null) {
      return shop; // before the look at every character: a shop's trade may hold one (九宫格火锅)
    }
    for (int i = a; i < e; i++) {
      char c = text.charAt(i);
      if (!Tokens.han(c) || NOT_IN_NAME.indexOf(c) >= 0 || i > a && afterAt(text, i) > 1) {
        return null; // 老王家天天在…: a name ends before what it does
      }
    }
    String name = text.substring(a, e);
    if (generic(name) || government.test(name) || Polluters.government(name) || commonNoName(name) || placeIn(name)
        || clauseWords(name)) {
      return null;
    }
    // A head and a final word: the head a trade name (鑫旺…), a person's shop (张记…) or a name before its trade (红旗砖…).
    int f = finalLasts.get(text.charAt(e - 1)) ? finalEndingAt(text, a, e) : 0;
    if (f > 0 && len - f >= 2) {
      String head = name.substring(0, len - f);
      if (!generic(head) && (properHead(head) && !crossesWord(name, 2) || shopName(head))) {
        return new Unit(name, a, e, false);
      }
    }
    if (finalOnly) {
      return null; // a final word before a verb (宏运沥青站熬沥青): the final shape only
    }
    // A person's shop and what it does (老王家铁锅炖, 发记烧腊, 胖哥烧烤).
    Matcher m = PERSONAL.matcher(name);
    if (m.lookingAt() && len - m.end() >= 2 && len - m.end() <= 4 && personal(name)
        && !SAYS.matcher(name).region(m.end(), len).lookingAt()) { // 老刘来电, 李姐反映: a person telling, no shop
      return new Unit(name, a, e, false);
    }
    // A trade name of two characters, the first one firms pick, then a trade (汇通汽贸, 天宇光电, 永利不锈钢).
    if (len >= 4 && len <= 6 && properHead(name) && !personal(name) && !crossesWord(name, 2)) {
      return new Unit(name, a, e, false);
    }
    // A brand alone right after a verb of reporting, before a stop (举报华晨，他们…).
    if (stop && len <= 4 && properHead(name) && !finalLasts.get(name.charAt(len - 1))) {
      for (String r : REPORT) {
        if (text.startsWith(r, a - r.length())) {
          return new Unit(name, a, e, false);
        }
      }
    }
    return null;
  }

  /**
   * A shop or an eatery named by a brand and its trade, no unit word after it (燃动健身, 好运来洗车, 大熊火锅, 阿强汽修):
   * a head that names (see {@link #shopHead}) and a trade a shop's name ends in (lexicon type {@code shop}).
   */
  private Unit shop(String text, int a, int e, Predicate<String> government) {
    if (e - a < 3 || e - a > 10) {
      return null;
    }
    String name = text.substring(a, e);
    if (!shopName(name) || government.test(name) || Polluters.government(name) || commonNoName(name)) {
      return null;
    }
    return new Unit(name, a, e, false);
  }

  /** Whether a name is a head that names and a shop's trade (the longest ending it), nothing else. */
  private boolean shopName(String name) {
    if (name.length() < 3) {
      return false;
    }
    int t = shopEndingAt(name, 2, name.length());
    return t > 0 && shopHead(name.substring(0, name.length() - t));
  }

  /**
   * Whether a head names a shop before its trade: a person's (老刘家, 周记, 阿强, 刘胖子), a proper noun (新世纪, 蓝天),
   * a common noun of three characters or more (聚宝盆), or two to five characters no common word opens (燃动, 好运来,
   * 牛气冲天). Not a kind (网红, 露天), a place (重庆, 街边, 沙县), a person's title (王师傅) or a phrase (晚上吃).
   */
  private boolean shopHead(String head) {
    int len = head.length();
    if (len < 2 || len > 5 || generic(head) || placeIn(head) || bare.indexOf(head.charAt(len - 1)) >= 0) {
      return false;
    }
    for (int i = 0; i < len; i++) {
      if (!nameChar(head.charAt(i))) {
        return false;
      }
    }
    Matcher m = PERSONAL.matcher(head);
    if (m.lookingAt() && m.end() == len) {
      return personal(head);
    }
    if (len == 2 && NICKNAMED.matcher(head).matches()) {
      return nameChar(head.charAt(1)) && !common(head); // 阿强; 阿姨, 阿婆 are common words
    }
    com.hankcs.hanlp.dictionary.CoreDictionary.Attribute at = com.hankcs.hanlp.dictionary.CoreDictionary.get(head);
    if (at != null) {
      return properNature(at) || len >= 3 && nounOnly(at);
    }
    com.hankcs.hanlp.dictionary.CoreDictionary.Attribute opening = com.hankcs.hanlp.dictionary.CoreDictionary.get(head.substring(0, 2));
    return opening == null || properNature(opening) || nounOnly(opening);
  }

  /** A noun and nothing else (聚宝盆, 好运): no time, place, verb or quality besides. */
  private static boolean nounOnly(com.hankcs.hanlp.dictionary.CoreDictionary.Attribute at) {
    for (com.hankcs.hanlp.corpus.tag.Nature n : at.nature) {
      String t = n.toString();
      if (!(t.equals("n") || t.equals("l") || t.equals("nz") || t.equals("nt"))) {
        return false;
      }
    }
    return true;
  }

  /** The length of the longest shop's trade ending at {@code e} and starting at or after {@code from}, or 0. */
  private int shopEndingAt(String text, int from, int e) {
    return endingAt(shops, text, from, e);
  }

  /**
   * Whether a shop's name may end at {@code e} before what it does (燃动健身天天放…, 蓝天洗车啲污水): a trade of two
   * characters or more ends there, and no unit word (健身房, 火锅店) nor a longer trade (美容|美发) goes on.
   */
  private boolean shopEnds(String text, int cs, int e) {
    if (!shopLasts.get(text.charAt(e - 1))) {
      return false;
    }
    int t = shopEndingAt(text, cs, e);
    if (t < 2 || endsUnit(text.substring(e, Math.min(text.length(), e + 4)))) {
      return false;
    }
    for (int k = e + 1; k <= Math.min(text.length(), e + 3); k++) {
      if (finalLasts.get(text.charAt(k - 1)) && finalEndingAt(text, e, k) == k - e) {
        return false; // 羊汤馆, 汽车美容中心: the name goes on to a final word of its own
      }
    }
    for (int s = e - t; s < e; s++) {
      for (int k = e + 1; k <= Math.min(text.length(), s + 6); k++) {
        if (is(text, s, k, "shop")) {
          return false;
        }
      }
    }
    return true;
  }

  /**
   * A kind of unit said, then the unit's name with the same unit word, read as one (小区物业嘉禾物业, 一家洗车店蓝波洗车店):
   * the name alone, where at least two characters that are no trade stand before its unit word. Works on the units
   * found (a kind found at a unit's start); {@link #afterKindWord} cuts the same while one unit is read from the text.
   */
  private void dropKindBeforeName(List<Unit> out) {
    for (int k = 0; k < out.size(); k++) {
      Unit u = out.get(k);
      for (Unit g : out) {
        if (u.generic() || !g.generic() || g.start() != u.start() || g.end() >= u.end() || g.name().length() < 2) {
          continue;
        }
        String rest = u.name().substring(g.end() - u.start());
        String word = g.name().substring(g.name().length() - 2);
        String head = rest.substring(0, Math.max(0, rest.length() - 2));
        if (rest.endsWith(word) && head.length() >= 2 && !generic(head)) {
          out.set(k, new Unit(rest, g.end(), u.end(), false));
          break;
        }
      }
    }
  }

  /**
   * After a kind of unit said right before a name (那家网红店虾皇小龙虾): where the name starts, or {@code a}. For
   * names found by their shape: the kind is one of the generic units already found, not read again from the text.
   */
  private static int afterFoundKind(List<Unit> kinds, int a, int e) {
    int cut = a;
    for (Unit k : kinds) {
      if (k.generic() && k.start() >= a && k.end() < e - 1) {
        cut = Math.max(cut, k.end());
      }
    }
    return cut;
  }

  /** Whether a common word of two or three characters runs across position {@code p} of {@code s}. */
  private static boolean crossesWord(String s, int p) {
    for (int i = Math.max(0, p - 2); i < p; i++) {
      for (int j = p + 1; j <= Math.min(s.length(), i + 3); j++) {
        if (common(s.substring(i, j))) {
          return true;
        }
      }
    }
    return false;
  }

  /** A proper noun in the core dictionary's parts of speech: a firm's or another name (nz, nt). */
  private static boolean properNature(com.hankcs.hanlp.dictionary.CoreDictionary.Attribute at) {
    for (com.hankcs.hanlp.corpus.tag.Nature n : at.nature) {
      if (n.toString().startsWith("ns")) {
        return false; // a place's name as well (珠江, 东海): the place, as often
      }
    }
    for (com.hankcs.hanlp.corpus.tag.Nature n : at.nature) {
      String t = n.toString();
      if (t.startsWith("nt") || t.startsWith("nz")) {
        return true;
      }
    }
    return false;
  }

  /** Whether a place or a person's word stands in the name (华泰小区, 鑫源小区住, 外地老板). */
  private boolean placeIn(String name) {
    for (String p : placeEnds) {
      if (p.length() > 1 ? name.contains(p) : name.endsWith(p)) {
        return true;
      }
    }
    return false;
  }

  /** A common word that is no name of a firm or a person in the core dictionary (邻居, 领导; not 华晨 if tagged nz). */
  private static boolean commonNoName(String word) {
    com.hankcs.hanlp.dictionary.CoreDictionary.Attribute at = com.hankcs.hanlp.dictionary.CoreDictionary.get(word);
    return at != null && !properNature(at);
  }


  private boolean personal(String head) {
    Matcher m = PERSONAL.matcher(head);
    if (!m.lookingAt() || common(m.group())) {
      return false;
    }
    String who = m.group(1) != null ? m.group(1) : m.group(2);
    return is(who, "surname") || m.group(2) != null && head.charAt(1) == '记'; // 老王家, 张记; 发记 (a shop's mark)
  }

  /**
   * Whether a name opens with a proper head: its first two characters a proper noun in the core dictionary (天宇, 华美:
   * nz, nt), or no word at all and one of them a character firms pick (汇通, 嘉禾), or a person's shop (老王家, 张记).
   * A common word (海参, 晚上, 信访) opens a kind of unit or a clause, no name.
   */
  private boolean properHead(String s) {
    if (s.length() < 2 || personal(s)) {
      return s.length() >= 2;
    }
    com.hankcs.hanlp.dictionary.CoreDictionary.Attribute at = com.hankcs.hanlp.dictionary.CoreDictionary.get(s.substring(0, 2));
    if (at != null) {
      return properNature(at);
    }
    return brand.get(s.charAt(0)) || brand.get(s.charAt(1));
  }


  /** A word of the language's core dictionary (明天, 邻居, 厂家): common words, no name of a firm. */
  private static boolean common(String word) {
    return com.hankcs.hanlp.dictionary.CoreDictionary.contains(word);
  }

  // --- branch polgen (2026-12-05): classes found on a holdout of our own (src/test/resources/nlp/polluter-holdout.tsv)

  /**
   * A name in quotes right before a unit found by its unit word (“鑫发”废品回收站, “老刘家”土菜馆): one name, the
   * quotes dropped.
   */
  private void quotedBefore(String text, List<Unit> out) {
    if (out.isEmpty() || !Cues.any(text, QUOTED_FIRSTS)) {
      return;
    }
    Matcher q = QUOTED.matcher(text);
    for (int from = 0; Cues.find(q, text, from, QUOTED_FIRSTS); from = q.end()) {
      int at = q.end();
      Unit u = out.stream().filter(o -> o.start() == at).findFirst().orElse(null);
      String inside = q.group(1);
      if (u == null || !Tokens.anyHan(inside) || inside.indexOf('的') >= 0 || fieldLabel(text, q)) {
        continue;
      }
      out.removeIf(o -> o == u || o.start() >= q.start(1) && o.end() <= q.end(1));
      // A shop's name with its trade (【胖哥烤肉】网红店, 【老陈卤味】熟食店): the unit after it is its kind.
      out.add(shopName(inside) ? new Unit(inside, q.start(1), q.end(1), false)
          : new Unit(inside + u.name(), q.start(1), u.end(), false));
    }
  }

  /** Where people live, never a polluter (“金色港湾”小区): a quoted name before it is the estate's. */
  private static final Pattern HOMES = Pattern.compile("(?:小区|花园|公寓|大厦|家园|新村|苑|宿舍)$");

  /**
   * The length of a kind of unit starting at {@code at}: up to six Chinese characters ending in a unit word (茶厂,
   * 槟榔烘干场), or, with no unit word within ten, a trade word of two to four (汽修); or 0.
   */
  private int kindAfter(String text, int at) {
    int best = 0;
    if (at < text.length() && NOT_IN_NAME.indexOf(text.charAt(at)) >= 0) {
      return 0; // 【王记卤菜】在门口…: what the unit does, not its kind
    }
    for (int e = at + 1; e <= Math.min(text.length(), at + 10) && Tokens.han(text.charAt(e - 1)); e++) {
      for (int k = 1; k <= Math.min(4, e - at); k++) {
        if (is(text, e - k, e, "suffix")) {
          best = e - at;
        }
      }
      if (best == 0 && e - at >= 2 && e - at <= 4 && is(text, e - 1, e, "final") && text.substring(at, e).chars().noneMatch(c -> "的了在是有和".indexOf(c) >= 0)) {
        best = e - at; // “黔北味道”酸汤鱼馆, “老陈家”豆腐坊: a short kind ending in a unit's final word (馆, 坊, 铺)
      }
    }
    if (best > 6) {
      return 0; // “顺利”废旧物资回收站: a longer unit after the quotes, which quotedBefore joins
    }
    for (int e = at + 2; best == 0 && e <= Math.min(text.length(), at + 4) && Tokens.han(text.charAt(e - 1)); e++) {
      if (generic(text.substring(at, e)) || is(text, at, e, "shop")) {
        best = e - at; // “老地方”串串香: a shop's trade
      }
    }
    return best;
  }

  /** The length of the longest unit word starting at {@code at} (酒楼, 洗浴中心, KTV), or 0. */
  private int suffixAt(String text, int at) {
    int best = 0;
    if (at >= text.length()) {
      return 0;
    }
    CharTrie.Node<String> node = suffixes.first(text.charAt(at));
    for (int j = at + 1; node != null; node = j < text.length() ? node.next(text.charAt(j++)) : null) {
      if (node.value() != null) {
        best = j - at;
      }
      if (j >= text.length()) {
        break;
      }
    }
    if (best == 1 && at + 1 < text.length() && "区房里门长方家主内外址名子口前后边".indexOf(text.charAt(at + 1)) >= 0) {
      return 0; // ”厂里, ”店门: a place in the unit
    }
    return best;
  }

  /** Whether the unit word [i, end) stands in a longer word that is no unit (物业费, 超市里). */
  private boolean notUnit(String text, int i, int end) {
    for (int st = i; st < end; st++) {
      if (!notUnitFirsts.get(text.charAt(st))) {
        continue; // no not-unit word starts here: no look-up
      }
      for (int k = end + 1; k <= Math.min(text.length(), end + 3); k++) {
        if (is(text, st, k, "not-unit")) {
          return true;
        }
      }
    }
    return false;
  }

  /** The branch words after a firm's name (城南分公司, 第三分厂): the branch is the unit, its firm's name in it. */
  private static final Pattern BRANCH_WORD = Pattern.compile("分公司|分厂|分店|支公司|分部|分场");
  /** What stands between a firm's name and its branch word: a place, a side of town or an ordinal, no verb. */
  private static final Pattern BRANCH_HEAD = Pattern.compile("[\\p{IsHan}0-9&&[^和与及跟同或还的在是把被]]{0,5}");

  /**
   * Whether the unit word [sfx, sfxEnd) goes on the name of a firm ending at {@code oEnd}, so that the firm's name is
   * part of the longer one: a registered form right after it (红星集团有限公司, 鼎新水泥（黄石）有限公司), or a
   * branch of it (中兴物流有限公司城南分公司, 振华集团第三分厂). Not a second unit the text names after a verb.
   */
  private boolean branch(String text, int oEnd, int sfx, int sfxEnd) {
    String between = text.substring(oEnd, sfx);
    String word = text.substring(sfx, sfxEnd);
    if (word.endsWith("公司") && !BRANCH_WORD.matcher(word).matches()
        && (between.isEmpty() || between.matches("[（(][\\p{IsHan}]{2,6}[）)]"))) {
      return true;
    }
    if (between.isEmpty() && EATERY_OF.matcher(word).matches() && LODGING_END.matcher(text.substring(Math.max(0, oEnd - 3), oEnd)).find()) {
      return true; // 某某农庄餐厅, 某某山庄饭店: a farm resort's or a hotel's own eatery, named with it (r28pol)
    }
    if (oEnd > 0 && text.charAt(oEnd - 1) == '矿' && MINE_WORKS.matcher(between + word).matches()) {
      return true; // 某某铁矿选矿厂, 某某煤矿洗煤厂: a mine's own works, named with it (r28pol)
    }
    return BRANCH_WORD.matcher(word).matches() && BRANCH_HEAD.matcher(between).matches() && between.indexOf('的') < 0;
  }

  /** A works of a mine's ore said right after the mine's name (…铁矿选矿厂, …煤矿洗煤厂): the name runs on. */
  private static final Pattern MINE_WORKS = Pattern.compile("(?:选矿|洗煤|选煤|洗选|选|冶炼)?厂");

  /** An eatery's word said right after a lodging's or a resort's name (…农庄餐厅, …酒店酒楼): the name runs on. */
  private static final Pattern EATERY_OF = Pattern.compile("餐厅|饭店|酒楼|饭庄|餐馆|茶楼|食府");
  private static final Pattern LODGING_END = Pattern.compile("(?:农庄|山庄|庄园|酒店|宾馆|度假村|农家乐|民宿)$");

  /** A person or a verb at the edges of an institution's head: 孩子上小学, 我在…读中学 name no school. */
  private static final String INSTITUTION_HEAD_START = "我你他她俺咱孩儿女学病";
  private static final String INSTITUTION_HEAD_END = "上读念去到送在住进考转的";
  /** What follows an institution that makes it the writer's or a victim's place (…看病, …上学, …的学生). */
  private static final Pattern INSTITUTION_VISITED = Pattern.compile(
      "^(?:看病|看过|住院|就诊|就医|检查|体检|治疗|抢救|输液|打针|挂号|上学|读书|念书|上课|上班|工作|当|做|的学生|的孩子|的老师|的病人|的医生|的护士|的家长|学生|老师|医生)");
  /**
   * What follows an institution that pollutes: its kitchen, boiler, waste or sewage, or a verb it does (仁和医院的医疗垃圾,
   * 实验中学食堂, …诊所把针头…). A school or a hospital otherwise is where people study, work or are treated.
   */
  private static final Pattern INSTITUTION_POLLUTES = Pattern.compile(
      "^(?:的|，?他们的|，?它的|，)?(?:食堂|饭堂|厨房|后厨|锅炉|医疗|医废|污水|废水|排污|排水|排放|排风|排烟|油烟|发电机|化粪池|焚烧|垃圾|太平间|实验室|冷却塔|空调外机|把|将|乱|偷|往"
      + "|\\s*(?:X光|x光|射线|辐射|放射|拍片|CT|ct)|倒的|扔的|丢的)"); // a clinic's X-ray room, its waste dumped (r29pol)
  /**
   * How a text brings in an institution it speaks of (隔壁是一家…诊所, 镇上有家…, 那家…诊所): a unit it complains of,
   * where nothing after says the writer or a victim went there (r29pol).
   */
  private static final Pattern INSTITUTION_INTRO = Pattern.compile("(?:有|是|那|这)一?[家间]$");
  /** What comes before an institution the writer or a victim was taken to (送到…医院, 去…医院). */
  private static final Pattern INSTITUTION_TAKEN = Pattern.compile("(?:送到|送往|送去|送进|转到|住进|去了|到了|去|在)$");

  /**
   * Whether a school or a hospital named [u] (仁和医院, 实验中学食堂) may be what the text complains of: a head of two
   * characters or more that names it (not 人民医院, 县医院, 孩子上小学), and not the place the writer or a victim went to
   * (在…医院看病, 送到…医院, 孩子在…小学上学). Weighed only when no firm is named.
   */
  private boolean institution(String text, Unit u, int sfx) {
    String head = text.substring(u.start(), sfx);
    if (head.length() < 2 || INSTITUTION_HEAD_START.indexOf(head.charAt(0)) >= 0
        || INSTITUTION_HEAD_END.indexOf(head.charAt(head.length() - 1)) >= 0) {
      return false;
    }
    if (u.end() < text.length() && text.charAt(u.end()) == '生') {
      return false; // 中学生
    }
    if (noInstitutionName(head)) {
      return false;
    }
    String after = text.substring(u.end(), Math.min(text.length(), u.end() + 6));
    int cs = clauseStart(text, u.start());
    Matcher intro = INSTITUTION_INTRO.matcher(text).region(cs, u.start());
    boolean introduced = intro.find();
    return (INSTITUTION_POLLUTES.matcher(after).find() || introduced) && !INSTITUTION_VISITED.matcher(after).find()
        && !INSTITUTION_TAKEN.matcher(text).region(cs, introduced ? intro.start() : u.start()).find();
  }

  /** Whether a head is made only of words that name no institution (人民, 县, 市, 中心): 人民医院 needs its place. */
  private boolean noInstitutionName(String head) {
    int i = 0;
    while (i < head.length()) {
      int k = 0;
      for (int e = Math.min(head.length(), i + 3); e > i; e--) {
        if (is(head, i, e, "inst-head") || is(head, i, e, "generic")) {
          k = e - i;
          break;
        }
      }
      if (k == 0) {
        break;
      }
      i += k;
    }
    return i == head.length();
  }

  /**
   * A big works called by a province's or a city's one-character abbreviation and 钢 or 化 (江钢, 湘化, 宁钢): only
   * where a word ends before it (the start, a stop, 的, a lead word) and no word goes on after it (钢铁, 化工, 宁化县).
   */
  private void abbreviations(String text, List<Unit> out) {
    int n = text.length();
    for (int i = 0; i + 1 < n; i++) {
      char k = text.charAt(i + 1);
      if (k != '钢' && k != '化' || !is(text, i, i + 1, "abbrev")) {
        continue;
      }
      if (i > 0 && STOP.indexOf(text.charAt(i - 1)) < 0 && text.charAt(i - 1) != '的' && !leadEndsAt(text, i)) {
        continue; // 长江钢…, 东南化工: inside another word
      }
      if (i + 2 < n && "铁材管板筋丝琴笔化工肥学纤粪验妆石成县市区镇乡村路街厂公集妆纤".indexOf(text.charAt(i + 2)) >= 0) {
        continue; // 钢铁, 化工, 宁化县; 江钢厂 and 江钢集团 are the unit words' (the longer name)
      }
      final int st = i;
      if (out.stream().noneMatch(o -> o.start() < st + 2 && st < o.end())) {
        out.add(new Unit(text.substring(i, i + 2), i, i + 2, false));
      }
    }
  }

  /** The state's construction bureaus, named by their number (中铁十八局, 中建八局): a builder, no government body. */
  static final Pattern BUREAU = Pattern.compile(
      "(?:中铁建|中铁|中建|中交|中冶|中水|中电|中煤|中核|水电)(?:[一二三四五六七八九十]{1,3}|[0-9]{1,2})局(?:集团(?:有限公司)?|有限公司)?");
  /** Every match of BUREAU starts with one of these (for Cues.find). */
  static final String BUREAU_FIRSTS = "中水";

  private static void bureaus(String text, List<Unit> out) {
    if (text.indexOf('局') < 0) {
      return;
    }
    Matcher m = BUREAU.matcher(text);
    for (int from = 0; Cues.find(m, text, from, BUREAU_FIRSTS); from = m.end()) { // tried at 中 and 水 only
      int st = m.start();
      int en = m.end();
      if (out.stream().noneMatch(o -> o.start() < en && st < o.end())) {
        out.add(new Unit(m.group(), st, en, false));
      }
    }
  }

  /** The words that make the unit before them a landmark (华联超市对面的…): where the writer stands, not the polluter. */
  private static final Pattern LANDMARK = Pattern.compile("^(?:下属的|旗下的|所属的|下面的|斜对面|正对面|对面|旁边|隔壁|附近|后面|后边|前面|门口|边上|楼上|楼下|东边|西边|南边|北边|东面|西面|南面|北面)(?:的|那个|那家|有个|有家|一家|就是)?");

  /** A named place's kind after its name, before a locative (“阳光宝贝”的幼儿园旁边, 金海岸小区对面): the name is a landmark's. */
  private static final Pattern LANDMARK_KIND = Pattern.compile("[”’」\"]?的?(?:幼儿园|学校|小学|中学|医院|诊所|超市|商场|酒店|宾馆"
      + "|小区|银行|菜市场|公园|广场|饭店|餐馆|大厦|写字楼)(?=" + LANDMARK.pattern().substring(1) + ")");

  /**
   * A named unit followed by a locative, then another named unit in the same clause: the first is a landmark. Or by
   * 下属的, 旗下的: the first only says whose the second is (…集团下属的…造纸厂).
   */
  private static void landmarks(String text, List<Unit> out) {
    for (int k = 0; k + 1 < out.size(); k++) {
      Unit a = out.get(k);
      if (a.generic()) {
        continue;
      }
      Matcher kind = LANDMARK_KIND.matcher(text).region(a.end(), text.length());
      boolean named = kind.lookingAt(); // 叫“阳光宝贝”的幼儿园旁边的木材加工厂: a place named, then its kind (r21rest)
      Matcher m = LANDMARK.matcher(text).region(named ? kind.end() : a.end(), text.length());
      if (!m.lookingAt()) {
        continue;
      }
      int next = m.end();
      boolean other = out.stream().anyMatch(b -> b != a && (named || !b.generic()) && b.start() >= next && b.start() - next <= 8
          && text.substring(next, b.start()).chars().noneMatch(c -> STOP.indexOf(c) >= 0));
      if (other) {
        out.remove(k);
        k--;
      }
    }
  }

  /**
   * A firm said short, then restated in full (宏发厂（宏发纸业有限公司）, 兴业公司…就是兴业纺织有限公司): the registered name,
   * which starts with the short one's head and ends in 公司, is the name.
   */
  private void restated(List<Unit> out) {
    List<Unit> named = out.stream().filter(u -> !u.generic()).toList();
    if (named.size() < 2) {
      return;
    }
    Unit a = named.get(0);
    String head = a.name();
    for (int k = Math.min(6, head.length() - 1); k >= 1; k--) {
      if (is(head, head.length() - k, head.length(), "suffix")) {
        head = head.substring(0, head.length() - k);
        break;
      }
    }
    if (head.length() < 2 || head.length() == a.name().length()) {
      return;
    }
    for (Unit b : named) {
      if (b != a && b.start() >= a.end() && b.name().startsWith(head) && b.name().length() > a.name().length()
          && b.name().endsWith("公司")) {
        out.remove(a);
        return;
      }
    }
  }

  /**
   * The words that give a unit's full name after a short one (（全名…）, 全称是…). Not the licence's name (营业执照上是…):
   * the hands label the name people use there.
   */
  private static final Pattern FULL_NAME = Pattern.compile("(?:全名|全称)(?:是|叫|为|：|:)?\\s*$");

  /** A unit given by its full name after a short one (“长江”化肥厂（全名宜都长江化工有限公司）): the full name (r21rest). */
  private static void fullNameFirst(String text, List<Unit> out) {
    for (int k = 1; k < out.size(); k++) {
      Unit u = out.get(k);
      if (!u.generic() && FULL_NAME.matcher(text).region(Math.max(0, u.start() - 9), u.start()).find()) {
        out.remove(k);
        out.add(0, u);
        return;
      }
    }
  }

  /**
   * A shop named by its brand alone where the writer places it by their home (楼下的“蜜雪冰城”, 对面的Starbucks, 隔壁的Blue
   * Bottle咖啡): the brand, in quotes or in capitalised Latin words, is the unit's name where no unit word follows it.
   */
  private static final Pattern BRAND_AFTER_PLACE = Pattern.compile("(?:楼下|楼上|对面|隔壁|旁边|附近|门口|路口|街角|底商|一楼|斜对面)的(?:那家|这家|那个|这个)?\\s*"
      + "(?:“(\\p{IsHan}{2,8})”|(\\p{Lu}[A-Za-z'’&]*[a-z][A-Za-z'’&]*(?: \\p{Lu}[A-Za-z'’&]*){0,3}))");

  private Unit brandAfterPlace(String text, List<Unit> out) {
    Matcher m = BRAND_AFTER_PLACE.matcher(text);
    if (!m.find() || out.stream().anyMatch(u -> u.start() >= m.end() && u.start() <= m.end() + 1)) {
      return null; // 附近的“南山”槟榔烘干场: a kind follows the quotes, the name is read with it elsewhere
    }
    int g = m.group(1) != null ? 1 : 2;
    String name = m.group(g);
    if (g == 1 && (generic(name) || kindWhole(name) || clauseWords(name) || "舞操歌曲队团声味事群会".indexOf(name.charAt(name.length() - 1)) >= 0)) {
      return null; // 楼下的“化工厂”, 楼下的“广场舞”: a kind or a doing, no brand
    }
    return new Unit(name, m.start(g), m.end(g), false);
  }

  /** A nickname that is one word of judgement and a unit word (毒厂, 黑作坊, 臭工厂): it names no unit (r21rest). */
  private boolean judgement(String name) {
    for (int k = Math.min(5, name.length() - 1); k >= 1; k--) {
      if (is(name, name.length() - k, name.length(), "suffix")) {
        return name.length() - k <= 1;
      }
    }
    return false;
  }

  /** Pronouns after 叫 that make what follows a nickname (叫它臭厂). */
  private static final String NICKNAME_OBJECT = "它他她";
  /** The words before a nickname (管它叫, 叫它, 外号, 俗称). */
  private static final Pattern NICKNAME = Pattern.compile("(?:叫它|叫他们|叫她|管它叫|管他们叫|称它为|称它|称之为|外号|绰号|俗称|诨名|大家叫|大家都叫)(?:做|作|为|是)?$");

  /**
   * A unit singled out of many of a kind named before it (红木家具厂太多了，其中最大的那家“鸿福轩”; 冷库多，其中一个某某有限公司):
   * the one the text is about, first. 其中 stands in the same sentence, at most eight characters before the name.
   */
  private static void singledOut(String text, List<Unit> out) {
    if (out.size() >= 2 && text.contains("的是")) {
      // Several units named, then one picked by what it does (味道大的是鑫达五金, 半夜排污的是B厂, 最吵的是…): that one.
      for (int k = 1; k < out.size(); k++) {
        Unit u = out.get(k);
        if (!u.generic() && text.startsWith("的是", u.start() - 2) && out.get(0).end() <= u.start() - 2
            && (u.start() < 3 || "写印标叫称".indexOf(text.charAt(u.start() - 3)) < 0)) { // 牌子上写的是…: the name restated
          out.remove(k);
          out.add(0, u);
          return;
        }
      }
    }
    if (out.size() < 2 || !text.contains("其中")) {
      return;
    }
    for (int k = 1; k < out.size(); k++) {
      Unit u = out.get(k);
      int q = text.lastIndexOf("其中", u.start());
      if (!u.generic() && q >= 0 && u.start() - q <= 10 && text.substring(q, u.start()).chars().noneMatch(c -> "。！!？?\n".indexOf(c) >= 0)
          && out.get(0).end() <= q) {
        out.remove(k);
        out.add(0, u);
        return;
      }
    }
  }

  /**
   * The nickname that starts at {@code at} (-1: a person's), up to the clause's end, where it ends in a unit word and
   * is no kind of unit alone (老四的厂, 二狗子石场; not 臭味很大, not 化工厂), or null.
   */
  private Unit nicknamed(String text, int at) {
    if (at < 0) {
      return null;
    }
    int end = at;
    while (end < text.length() && end - at <= 10 && STOP.indexOf(text.charAt(end)) < 0) {
      end++;
    }
    if (end - at < 3 || end - at > 10) {
      return null;
    }
    String name = text.substring(at, end);
    for (int k = 1; k <= Math.min(5, name.length() - 2); k++) {
      if (is(name, name.length() - k, name.length(), "suffix")) {
        return generic(name) ? null : new Unit(name, at, end, false);
      }
    }
    return null;
  }

  private static boolean nickname(String text, int at) {
    return NICKNAME.matcher(text).region(Math.max(0, at - 5), at).find();
  }

  /** Whether the writer's 我们 (俺们, 咱们) stands right before {@code at}: the writer's own firm. */
  private static boolean ours(String text, int at) {
    for (String w : new String[] {"我们", "俺们", "咱们", "我们的", "俺们的", "咱们的"}) {
      if (text.startsWith(w, at - w.length())) {
        return true;
      }
    }
    return false;
  }

  /**
   * Short names made of a trade name and a trade word that also stands alone in common words (鑫达生物, 恒泰铸造,
   * 宏基建设): the head, two to four characters before the trade word, must be characters that firms pick for their
   * names (not 天天洗车, 城市建设, 几万元建设), and no unit found already covers it.
   */
  private void branded(String text, List<Unit> out) {
    int n = text.length();
    for (int i = 2; i < n - 1; i++) {
      if (!tradeStart.get(text.charAt(i)) || !brand.get(text.charAt(i - 1))
          || !brand.get(text.charAt(i - 2)) && !tenThousandHead(text, i - 2) || text.charAt(i - 1) == text.charAt(i - 2)) {
        continue;
      }
      int k = 0;
      for (int e = Math.min(n, i + 6); e >= i + 2; e--) {
        if (is(text.substring(i, e), "generic")) {
          k = e - i;
          break;
        }
      }
      if (k == 0) {
        continue;
      }
      if (i + k < n && ("路街道巷桥村园区车".indexOf(text.charAt(i + k)) >= 0 || endsUnit(text.substring(i + k, Math.min(n, i + k + 4))))) {
        continue; // 东方石化路, 金山化工园区: a street or a zone named after the trade; 宏利包装有限公司: the unit word's
      }
      int h = i - 2;
      while (h > 0 && i - h < 4 && brand.get(text.charAt(h - 1))) {
        h--;
      }
      if (h > 0 && "一二三四五六七八九十百千万亿几两0123456789".indexOf(text.charAt(h - 1)) >= 0) {
        continue; // 几万元建设: a sum, no name
      }
      int st = h;
      int en = i + k;
      if (out.stream().noneMatch(o -> o.start() < en && st < o.end())) {
        out.add(new Unit(text.substring(st, en), st, en, false));
      }
      i = en - 1;
    }
  }

  /**
   * 万 opening a trade name before a firm's character (万鑫商砼, 万通物流): no brand character alone (几万元, 万一), so only
   * at a clause's start or after a word that is no numeral, and not before 元.
   */
  private static boolean tenThousandHead(String text, int h) {
    return text.charAt(h) == '万' && text.charAt(h + 1) != '元'
        && (h == 0 || "一二三四五六七八九十百千万亿几两数上成0123456789".indexOf(text.charAt(h - 1)) < 0);
  }

  /** An eatery named by its cuisine or a taste and a hall word (湘味阁, 粤香居, 川味轩); not 王子轩, 居民, 香坊区. */
  private void eateries(String text, List<Unit> out) {
    int n = text.length();
    for (int i = 2; i < n; i++) {
      if (eatery.indexOf(text.charAt(i)) < 0 || i + 1 < n && "民住委室所区县市镇乡村路街".indexOf(text.charAt(i + 1)) >= 0) {
        continue;
      }
      char a = text.charAt(i - 2);
      char b = text.charAt(i - 1);
      if (!Tokens.han(a) || !(cuisine.indexOf(a) >= 0 || taste.indexOf(b) >= 0)) {
        continue;
      }
      int st = i - 2;
      int en = i + 1;
      if (out.stream().noneMatch(o -> o.start() < en && st < o.end())) {
        out.add(new Unit(text.substring(st, en), st, en, false));
      }
    }
  }

  /** Back over a speaker's groping and a bracket before 叫 (厂 叫 叫什么 叫…, 厂（叫…）). */
  private static int backOverGroping(String text, int b) {
    while (b > 0 && " 叫什么啥咩那个嗯呃啊，,（(".indexOf(text.charAt(b - 1)) >= 0) {
      b--;
    }
    return b;
  }

  /**
   * Whether a unit-like final word ends at {@code b} after a trade or a common word of what is done there (冷链加工点，叫…,
   * 屠宰作坊叫…): a unit said before its name, as a unit word is (r25pol). Not 地点 or 这个点: no trade before the final.
   */
  private boolean finalAfterTrade(String text, int b) {
    if (b < 3 || !is(text, b - 1, b, "final")) {
      return false;
    }
    String head = text.substring(b - 3, b - 1);
    return generic(head) || productHead(head);
  }

  /** Whether a unit word ends at {@code b} (KTV 叫…, 汽修厂叫…). */
  private boolean suffixEndsAt(String text, int b) {
    for (int k = 2; k <= Math.min(5, b); k++) {
      if (is(text, b - k, b, "suffix")) {
        return true;
      }
    }
    return false;
  }

  /** Whether a unit word ends in the clause just before {@code at} (那个汽修厂，名字叫…): within eight characters. */
  private boolean unitJustBefore(String text, int at) {
    int from = Math.max(0, at - 8);
    for (int e = at; e > from; e--) {
      char c = text.charAt(e - 1);
      if ("。；;！!？?\n".indexOf(c) >= 0) {
        return false;
      }
      if (c == '的' && e <= at - 2) {
        return false; // 我是…服务站的护士，名字叫…: the unit says where the person works; the name is the person's (r23pol)
      }
      if (UNIT_BEFORE_CALLED.indexOf(c) >= 0 && c != '家' || suffixEndsAt(text, e)) {
        return true;
      }
    }
    return false;
  }

  /** A short unit word after 叫X的 (叫金龙的洗涤厂, 叫恒达的选矿厂): at most three Han characters, then a unit word. */
  private boolean shortUnitAt(String text, int from) {
    for (int k = from; k <= Math.min(text.length() - 1, from + 4); k++) { // 叫巴蜀红的火锅底料厂: four before 厂
      if (!Tokens.han(text.charAt(k)) || text.charAt(k) == '的') {
        return false;
      }
      CharTrie.Node<String> node = suffixes.first(text.charAt(k));
      for (int j = k + 1; node != null; node = j < text.length() ? node.next(text.charAt(j++)) : null) {
        if (node.value() != null && (j >= text.length() || "区房里门长方家主内外址名子口前后边".indexOf(text.charAt(j)) < 0)) {
          return true;
        }
        if (j >= text.length()) {
          break;
        }
      }
    }
    return false;
  }

  /** Whether a unit word (厂, 有限公司, 印染…) starts within six characters after {@code from}, before a stop. */
  private boolean unitWordFollows(String text, int from) {
    int d = from;
    while (d < text.length() && text.charAt(d) == ' ') {
      d++;
    }
    final int at = d;
    if (at < text.length() && (text.charAt(at) == '那' || text.charAt(at) == '这')
        && java.util.Arrays.stream(DETERMINERS).anyMatch(w -> text.startsWith(w, at))) {
      return false; // 金砂湾新材料那个厂, 汉江盐化 那个厂子: the unit said again after its name, which ends before (r22pol)
    }
    for (int k = from; k < Math.min(text.length(), from + 6) && STOP.indexOf(text.charAt(k)) < 0 && text.charAt(k) != '的'; k++) {
      CharTrie.Node<String> node = suffixes.first(text.charAt(k)); // 的 ends the name: 恒达新材料的厂房
      for (int j = k + 1; node != null; node = j < text.length() ? node.next(text.charAt(j++)) : null) {
        if (node.value() != null && j - k == 1 && j < text.length() && placeAfterUnit(text, j)) {
          break; // 厂区, 厂里, 厂门: a place of the works said after its short name (某某磷业厂区外面), no unit word
        }
        if (node.value() != null && !typoGoesOn(text, k, j) && (k == from || !is(text, k, j, "generic") || generic(text.substring(from, k)))) {
          return true; // not a trade word after a verb (鑫源石业切割石材: 石业 ends the name, 切割 is what it does)
        }
        if (j >= text.length()) {
          break;
        }
      }
    }
    return false;
  }

  /** Whether a unit word typed as its homophone (加工常) stands at [i, end) with no break after: no unit word there. */
  private boolean typoGoesOn(String text, int i, int end) {
    return text.charAt(end - 1) == '常' && end < text.length() && STOP.indexOf(text.charAt(end)) < 0 && text.charAt(end) != '的'
        && is(text, i, end, "typo-unit");
  }

  /** The writer saying what their own unit is: 我们是…一家, 本公司系…一家 at the start of the clause. */
  private static final Pattern OWN_INTRO = Pattern.compile(
      "^\\s*(?:我们|我|俺们|我公司|本公司|我们公司|我单位|本单位|我厂|本厂)(?:是|系)[^，,。；;！!？?\\n]{0,16}?一家");

  /**
   * The writer saying they run a business (我在镇上开了个…, 我是在…开…的, 俺家经营…), the unit next: the writer's own,
   * not the polluter. 开发区, 开采 are no running of a business.
   */
  private static final Pattern OWN_BUSINESS = Pattern.compile(
      "^\\s*(?:我|我们|俺|俺们|我家|俺家|咱家|咱)(?:是|就是)?(?:(?:在|于)[^，,。；;！!？?\\n的他她]{1,10}?)?"
      + "(?:开|经营|承包)(?:了|着)?(?:一家|一个|一间|家|个|间)?$");

  /** 的 closing a clause after 开…店: one who runs the shop (是开小吃店的，), a person's trade, no unit named. */
  private static final Pattern OPENS_WHAT_ONE_DOES = Pattern.compile("的(?:[，,。；;！!\\n]|$)");

  /**
   * Whether the writer runs the unit: the clause before it says so, or before the 开 inside it (我是在市场开水果店的:
   * the unit read as 市场开水果店).
   */
  private static boolean ownBusiness(String text, Unit u) {
    int cs = clauseStart(text, u.start());
    if (OWN_BUSINESS.matcher(text.substring(cs, u.start())).find()) {
      return true;
    }
    int k = u.name().lastIndexOf('开');
    if (k == 0 && OPENS_WHAT_ONE_DOES.matcher(text).region(u.end(), text.length()).lookingAt()) {
      return true; // 我叫某某，某镇开皮毛店的。/ 我是开小吃店的，: who someone is, by the shop they run
    }
    return k > 0 && OWN_BUSINESS.matcher(text.substring(cs, u.start() + k + 1)).find();
  }

  /** The writer's work at a unit: 的 and a worker's word after its name (after 我是), or 上班 after it (after 我在). */
  private static final Pattern WORKER = Pattern.compile("的 ?(?:员工|职工|工人|职员|工作人员|保安|司机|会计)");
  private static final Pattern AT_WORK = Pattern.compile("上班|工作|打工|干活|任职|开货车|开车|开大车|返工|做工|做事");
  /**
   * Before the name: the writer (我, 其 in a record, or no one at the clause's start: 我叫X，在…上班), 在, and perhaps
   * where the works stands and 的 (在隆回县某镇的…上班).
   */
  private static final Pattern WORK_BEFORE = Pattern.compile(
      "(?:^|我|我们|俺|俺们|本人|其)(?:是|就是|现|目前)?(?:在|于|喺)(?:[^，,。；;！!？?\\n的]{2,12}的)?$");

  /**
   * Whether the unit is where the writer works (我是恒通电子的员工, 我在鑫源化工上班): said so right around its name. It
   * is the polluter only where no other unit is named (我是…的工人，厂里偷排废水).
   */
  private static boolean employer(String text, Unit u) {
    if (u.end() >= text.length() || "的上工打干任开返做".indexOf(text.charAt(u.end())) < 0) {
      return false; // no word of work right after the name: no matcher made
    }
    int e = Math.min(text.length(), u.end() + 6);
    int cs = clauseStart(text, u.start());
    return WORKER.matcher(text).region(u.end(), e).lookingAt() && ownSpeaker(text, cs, u.start())
        || AT_WORK.matcher(text).region(u.end(), e).lookingAt() && WORK_BEFORE.matcher(text).region(cs, u.start()).find();
  }

  /** Words that point back at a unit named before (厂里, 公司, 他们, 偷排: what it does, said of it). */
  private static final Pattern POINTED_BACK = Pattern.compile("厂|公司|单位|车间|老板|领导|他们|佢哋|它|企业|偷排|偷偷");

  /** A locative after a word that points back (公司楼下, 厂门口): the unit is where the writer stands, no more. */
  private static final Pattern LANDMARK_AFTER = Pattern.compile("楼下|楼上|旁边|对面|隔壁|附近|门口|后面|前面|边上");

  private static boolean pointedBack(String text, int from) {
    Matcher m = POINTED_BACK.matcher(text).region(from, text.length());
    while (m.find()) {
      if (!LANDMARK_AFTER.matcher(text).region(m.end(), text.length()).lookingAt()) {
        return true;
      }
    }
    return false;
  }

  /** Whether the clause before the unit opens with the writer saying who they are (我是, 本人是, 俺是). */
  private static boolean ownSpeaker(String text, int cs, int at) {
    String before = text.substring(cs, at).strip();
    if (before.indexOf(' ') >= 0) {
      // speech typed with spaces and fillers (那个 我是 那个 华联超市的 员工: polreg): the clause's last words before the name
      before = SPOKEN_FILLER.matcher(before).replaceAll("");
      return before.endsWith("我是") || before.endsWith("本人是") || before.endsWith("俺是") || before.endsWith("我就是");
    }
    return before.equals("我是") || before.equals("本人是") || before.equals("俺是") || before.equals("我就是") || before.equals("本人系");
  }

  /** A speaker's fillers and the spaces of typed speech, no words of a clause. */
  private static final Pattern SPOKEN_FILLER = Pattern.compile("\\s+|那个|这个|就是说|嗯+|呃+|啊+|喂+");

  /** Where the clause holding {@code at} starts. */
  private static int clauseStart(String text, int at) {
    int p = at;
    while (p > 0 && "，,。；;！!？?\n".indexOf(text.charAt(p - 1)) < 0) {
      p--;
    }
    return p;
  }

  /** Whether the text ends with a word for the writer's own unit (我公司, 本厂). */
  private boolean own(String before) {
    for (int k = 2; k <= Math.min(4, before.length()); k++) {
      if (is(before, before.length() - k, before.length(), "own")) {
        return true;
      }
    }
    return false;
  }

  /** A penalty or an enforcement on the unit named just before, or the writer's appeal of one. */
  private static final Pattern PENALTY = Pattern.compile("罚款|处罚|被罚|罚了|查封|扣押|责令|复核|复议|停产整治|限期整改");

  /** Whether a penalty word follows within the next two sentences' length (80 characters) after {@code from}. */
  private static boolean penalised(String text, int from) {
    return PENALTY.matcher(text).region(from, Math.min(text.length(), from + 80)).find();
  }

  /** Whether a longer unit word goes on from here (厂 in 厂子, 公司 in 公司的… is fine). */
  private boolean suffixContinues(String text, int i, int end) {
    for (int k = end + 1; k <= Math.min(text.length(), end + 3); k++) {
      for (int s = i; s < end; s++) {
        if (is(text, s, k, "suffix")) {
          return true;
        }
      }
    }
    return false;
  }

  /**
   * Whether a one-character unit word is followed by its gate (…电池厂门口, …店门前): the gate of the unit named
   * before it, so the unit word ends a name there; 厂门 alone (在厂门口) leaves nothing before it to name.
   */
  private static boolean gate(String text, int end) {
    return text.startsWith("门口", end) || text.startsWith("门前", end) || text.startsWith("门外", end);
  }

  /** A determiner inside quotes: words that point at a place, no name (“西边那个大坑”). */
  private static final Pattern DETERMINER_IN = Pattern.compile("那个|这个|那家|这家|那边|这边");

  /**
   * A works' plant right after a quoted name (“X”的熔炼炉, “X”储罐区, “X”车间): the name is the works' (r23pol). Not a
   * room nor a place in it alone (厂里, 门口), which say where.
   */
  private static final Pattern PLANT_AFTER = Pattern.compile("[”」』\"]的?(?:熔炼炉|冶炼炉|焚烧炉|锅炉|高炉|窑炉|炉子|储罐区|储罐|罐区|油罐|车间|烟囱|排污口|排污管|尾矿库|厂房)");
  /** A name painted or printed on a vehicle or a tank (车上喷着“X”, 罐车上印着“X”): the owner's (r23pol). */
  private static final Pattern PAINTED = Pattern.compile("(?:车|罐|船|桶|箱)[身上门]{0,2}(?:喷着|印着|漆着|喷的|印的|写着)$");

  /** A quoted name that is a unit: followed by a unit word (的店, 火锅店) or after 叫/名叫/开的. */
  private boolean quotedUnit(String text, Matcher q) {
    String inside = q.group(1);
    int after = q.end();
    String next = text.substring(after, Math.min(text.length(), after + 4));
    String before = text.substring(Math.max(0, q.start() - 3), q.start());
    if (!Tokens.anyHan(inside)) {
      // A name in Latin letters on the sign (挂着“HUAXING SUYE”的牌子): the sign's, as a Chinese one is.
      return inside.chars().filter(Character::isLetter).count() >= 3
          && (next.startsWith("牌子") || next.startsWith("的牌子") || next.startsWith("招牌") || before.endsWith("写着") || before.endsWith("挂着"));
    }
    if (DETERMINER_IN.matcher(inside).find() || q.start() > 0 && text.charAt(q.start() - 1) == '叫'
        && placeCalled.matcher(text).region(clauseStart(text, q.start()), q.start() - 1).find()) {
      return false; // 叫“西边那个大坑”: words for a place; 小区叫“翠湖名苑”, 那条叫“清水沟”: a place's name
    }
    if (inside.length() >= 4 && commonNoName(inside) && !endsUnit(inside) && !trade(inside)) {
      return false; // 门上写着“非请莫入”: a saying on a sign, no name
    }
    boolean unitAfter = next.startsWith("的") && endsUnit(next.substring(1)) || endsUnit(next)
        || PLANT_AFTER.matcher(text).region(after - 1, text.length()).lookingAt();
    // A shop's name in 【】 (a chat's way to mark a name): its trade word in it, or a locative or determiner before it.
    if (text.charAt(q.start()) == '【' && (trade(inside) || leadEndsAt(text, q.start()))) {
      return true;
    }
    // A name in quotes ending in its trade (投诉“串串香烧烤”, 那家「老王烧烤」): a shop's or a firm's, whatever the quotes
    // (polgen), in 「」 anywhere (r14fields: a chat's or a Cantonese writer's quotes).
    if (trade(inside) && (text.charAt(q.start()) == '「' || leadEndsAt(text, q.start()) || q.start() == 0
        || STOP.indexOf(text.charAt(q.start() - 1)) >= 0)) {
      return true;
    }
    // A name on the sign: 挂着“X”的牌子, “X”牌子的那个厂, 招牌上写着“X”.
    // 写着 only on a sign or a door (招牌上写着, 门口写着): not a slogan (标语上写着“保护环境…”).
    String board = text.substring(Math.max(0, q.start() - 8), q.start());
    boolean sign = next.startsWith("牌子") || next.startsWith("的牌子") || next.startsWith("招牌")
        || before.endsWith("写着") && (board.contains("牌") || board.contains("门")) || before.endsWith("挂着") || before.endsWith("挂的")
        || PAINTED.matcher(board).find();
    // A determiner with the classifier of a business before the quotes (其中最大的那家“鸿福轩”, 有家“X”): a unit's name.
    boolean business = before.endsWith("那家") || before.endsWith("这家") || before.endsWith("一家") || before.endsWith("有家");
    return unitAfter || sign || business || before.endsWith("叫") || before.endsWith("名叫") || before.endsWith("叫做") || before.endsWith("开的")
        || before.endsWith("新开的") || endsUnit(inside);
  }

  /**
   * A firm's name said as its trade name and its trade (鑫达石材, 恒达塑料制品): a head of two characters or more
   * that is no trade word, then trade words only.
   */
  private boolean trade(String name) {
    for (int h = 2; h <= name.length() - 2; h++) {
      if (!generic(name.substring(0, h)) && generic(name.substring(h)) && Tokens.han(name.charAt(0))
          && "我你他她这那哪某一个".indexOf(name.charAt(0)) < 0) {
        return true;
      }
    }
    return false;
  }

  /** Whether a lead word (隔壁, 那家…) ends right at {@code at}. */
  private boolean leadEndsAt(String text, int at) {
    for (int k = 1; k <= Math.min(4, at); k++) {
      if (is(text.substring(at - k, at), "lead")) {
        return true;
      }
    }
    return false;
  }

  private boolean endsUnit(String s) {
    for (int k = 1; k <= Math.min(4, s.length()); k++) {
      if (is(s, 0, k, "suffix")) {
        return true;
      }
    }
    return false;
  }

  /** A numbered item of a letter's list (1. 2、 (3) ①). */
  private static final Pattern LIST_NUMBER = Pattern.compile("(?:\\d{1,2}\\s*[.、．)）]|[（(]\\d{1,2}[)）]|[①②③④⑤⑥⑦⑧⑨])\\s*");

  /** A room of an institution said as a unit word (锅炉房, 洗衣房, 食堂): no unit of its own after the institution's name. */
  private static final Pattern ROOM = Pattern.compile("锅炉房|洗衣房|食堂|饭堂|厨房|太平间");

  /** An institution then a room of its own (…医院锅炉房, …中学食堂): the institution is the unit. */
  private static final Pattern INSTITUTION_PART = Pattern.compile(
      "(.+?(?:医院|卫生院|学校|中学|小学|幼儿园|诊所|大学|学院))(?:锅炉房|洗衣房|食堂|饭堂|厨房|锅炉|太平间)"); // 饭堂: a canteen in the south

  /** The unit whose suffix is [sfx, end): walked back to punctuation, then cut after the last lead word. */
  private Unit unit(String text, int sfx, int end, Places places) {
    int start = sfx;
    while (start > 0 && end - start < 30 && STOP.indexOf(text.charAt(start - 1)) < 0) {
      start--;
    }
    // A scan's space after the name's first character (该厂（名称:鸿 达塑胶）): the character is the name's (r24pol).
    if (start >= 2 && start < sfx && text.charAt(start - 1) == ' ' && Tokens.han(text.charAt(start - 2))
        && (start == 2 || STOP.indexOf(text.charAt(start - 3)) >= 0 && text.charAt(start - 3) != ' ')) {
      start -= 2;
    }
    // A place in brackets inside a registered name (鼎新水泥（黄石）有限公司): walked over, the name goes on before it.
    if (start == sfx && start > 3 && (text.charAt(start - 1) == '）' || text.charAt(start - 1) == ')') && text.substring(sfx, end).endsWith("公司")) {
      int open = Math.max(text.lastIndexOf('（', start - 1), text.lastIndexOf('(', start - 1));
      if (open > 0 && start - open >= 4 && start - open <= 8 && Tokens.han(text.charAt(open - 1))
          && text.substring(open + 1, start - 1).chars().allMatch(c -> Tokens.han((char) c))) {
        start = open;
        while (start > 0 && end - start < 30 && STOP.indexOf(text.charAt(start - 1)) < 0) {
          start--;
        }
      }
    }
    // Capitalised Latin words before a name that starts with one, written on to its unit word (Happy Kids游乐场): all.
    if (start > 1 && start < sfx && text.charAt(start - 1) == ' ' && Character.isUpperCase(text.charAt(start))
        && text.substring(start, sfx).chars().allMatch(c -> c < 128 && Character.isLetter(c))) {
      Matcher latin = LATIN_WORDS_BEFORE.matcher(text.substring(Math.max(0, start - 40), start));
      if (latin.find()) {
        return latinUnit(text, start - (latin.end() - latin.start()), end);
      }
    }
    // A name in capitalised Latin words before the Chinese unit word (Golden Bay 高尔夫球场): all of it.
    if (start > 1 && text.charAt(start - 1) == ' ' && Character.isLetter(text.charAt(start - 2)) && !Tokens.han(text.charAt(start - 2))) {
      Matcher latin = LATIN_BEFORE.matcher(text.substring(Math.max(0, start - 40), start));
      if (latin.find()) {
        // An article or a determiner opening the words is no part of the name (The Golden Bay 高尔夫球场); alone, the
        // name is the Chinese one after it (The 宏达化工, A 鑫达塑料厂: r28pol)
        Matcher article = ARTICLE.matcher(latin.group());
        int from = start - (latin.end() - latin.start()) + (article.lookingAt() ? article.end() : 0);
        if (from < start) {
          return latinUnit(text, from, end);
        }
      }
    }
    // Cut after the rightmost lead word before the suffix (举报…, 隔壁就是…, 那家…, 我是…).
    int cut = start;
    if (sfx > start && bare.indexOf(text.charAt(sfx - 1)) >= 0
        || sfx - 1 > start && bare.indexOf(text.charAt(sfx - 2)) >= 0 && is(text, sfx - 1, sfx, "generic")) {
      cut = sfx; // 跟厂子有关, 做陶瓷的, 开黑作坊: a verb or preposition right before the unit word (or a word that
      // describes it), which stands unnamed
    }
    cut = Math.max(cut, afterLeads(text, start, sfx));
    cut = afterTime(text, cut, sfx);
    // A place before the name: a run of two division names or more, or one ending in 区/县/镇, is no part of it.
    int placeEnd = places.leadingRun(text, cut, sfx);
    if (placeEnd > cut && !(is(text, sfx, end, "institution") && noInstitutionName(text.substring(placeEnd, sfx)))) {
      cut = placeEnd; // not before 人民医院: 永登县人民医院 is named by its county
    }
    cut = afterSubdistrict(text, cut, sfx);
    cut = afterVillage(text, cut, sfx);
    cut = afterRoad(text, cut, sfx);
    cut = afterKindWord(text, cut, sfx);
    if (cut >= 4 && text.startsWith("家的", cut - 2)) {
      cut = owner(text, start, cut - 2, cut); // 老孙家的砖厂, 赵三家的养鸭场: a person's business, named by its owner
    } else if (cut >= start + 3 && (text.charAt(cut - 1) == '的' || text.charAt(cut - 1) == '嘅')) {
      cut = ownerBefore(text, start, cut - 1, cut, places); // 老高的砖厂, 刘老板的洗车场, 周家的养鸡场, 黄老板嘅砖窑
    }
    if (cut >= end || !Tokens.han(text.charAt(cut)) && !Character.isLetterOrDigit(text.charAt(cut))) {
      return null;
    }
    if ("店铺场坊".indexOf(text.charAt(end - 1)) >= 0 && (text.startsWith("街道", end)
        || end < text.length() && "镇乡村".indexOf(text.charAt(end)) >= 0 && !text.startsWith("村民", end))) {
      return null; // 横店街道, 郑店村, 纸坊镇: a place's name that ends in a unit's word (not 化工厂镇上的人)
    }
    Matcher number = LIST_NUMBER.matcher(text).region(cut, end);
    if (number.lookingAt() && number.end() < end) {
      cut = number.end(); // 1.株洲明泰铸造有限公司: a letter's list, its number no part of the name
    }
    Matcher part = INSTITUTION_PART.matcher(text).region(cut, end);
    if (part.matches() && part.end(1) - cut >= 4) {
      end = part.end(1); // 锦华医院锅炉房: a hospital's or a school's boiler room is the hospital, as its canteen is
    }
    if (sfx - cut >= 4 && text.charAt(sfx - 1) == '业' && is(text, sfx, end, "facility") && Tokens.han(text.charAt(sfx - 2))
        && !generic(text.substring(cut, sfx))) {
      end = sfx; // 某某果业冷库: a firm's short name and its facility, which is no part of the name (r28pol)
    }
    String name = text.substring(cut, end);
    for (int k = 2; k <= Math.min(5, name.length()); k++) {
      if (is(name, name.length() - k, name.length(), "own")) {
        return null; // 我公司, 与我公司: the writer's own
      }
    }
    for (int a = Math.max(start, cut - 3); a <= cut; a++) {
      for (int k = 2; k <= 4 && a + k <= sfx; k++) {
        if (a + k >= cut && is(text, a, a + k, "own")) {
          return null; // 我单位青岛某某食品有限公司: the writer's own unit, named after the words for it
        }
      }
    }
    String head = text.substring(cut, sfx);
    if (head.isEmpty() && is(text, sfx, end, "headed")) {
      return null; // 在那个加工点，…: a point alone is where one is, a unit only with what it handles (牛肉加工点: r28pol)
    }
    // A trade word with no firm's name before it: one character (磷化工, 盐化工: an industry) or a verb leading it
    // (做防腐涂料的, 搞化工的: what someone does).
    if (is(text, sfx, end, "generic") && (head.length() < 2 || bare.indexOf(name.charAt(0)) >= 0)) {
      return null;
    }
    // 某 stands for a name withheld (某养殖场, 文昌市某化工厂): a kind of unit, not a name of its own.
    // A head of one character (洗砂场 read as 洗 and 砂场, 石料场 as 石 and 料场) is the trade's, no name (r15polluter).
    boolean generic = generic(head) || kindWhole(name) || head.indexOf('某') >= 0 || is(text, sfx, end, "plain") || head.length() == 1 && Tokens.han(head.charAt(0))
        || INDEFINITE.matcher(text.substring(Math.max(0, cut - 4), cut)).find() && productHead(head);
    if (generic && (name.length() < 3 || !Tokens.han(name.charAt(0)))) {
      return null; // 砖厂, KTV: the text's own word for the kind; the dialog asks for the name instead
    }
    return new Unit(name, cut, end, generic);
  }

  /**
   * Whether a name is generic words and a shorter unit word than the one found (不锈钢|厂 where 钢厂 was found, 兰州拉面|店
   * where 拉面店 was): the same kind of unit, read at another seam.
   */
  private boolean kindWhole(String name) {
    for (int k = 1; k <= Math.min(2, name.length() - 2); k++) {
      // 馆 is a final word, no unit word alone: 兰州拉面|馆 read at the 面馆 seam is the same kind
      if ((is(name, name.length() - k, name.length(), "suffix") || k == 1 && is(name, name.length() - k, name.length(), "final"))
          && generic(name.substring(0, name.length() - k))) {
        return true;
      }
    }
    return false;
  }

  /**
   * Where the owner's name before 家的 at {@code jia} starts (老孙, or a surname and one or two characters after a lead:
   * 是赵三), or {@code cut} when none stands there.
   */
  private int owner(String text, int start, int jia, int cut) {
    if (jia - 2 >= start && text.charAt(jia - 2) == '老' && is(text, jia - 1, jia, "surname")) {
      return jia - 2;
    }
    if (jia - 3 >= start && text.charAt(jia - 3) == '老' && text.charAt(jia - 1) == '头' && is(text, jia - 2, jia - 1, "surname")) {
      return jia - 3; // 老郑头家的榨油坊: an old man called by his surname and 头
    }
    if (jia - 2 >= start && text.charAt(jia - 2) == '阿' && Tokens.han(text.charAt(jia - 1))
        && !common(text.substring(jia - 2, jia))) {
      return jia - 2; // 阿花家的养鸡场: a given name after 阿 (not 阿姨家的)
    }
    int o = afterLeads(text, start, jia);
    if (jia - 1 >= start && is(text, jia - 1, jia, "surname")
        && (jia - 1 == start || o == jia - 1 || " ，,。、：:是就在了着".indexOf(text.charAt(jia - 2)) >= 0)) {
      return jia - 1; // 挨着周家的养鸡场, 张家的猪场: a family's business
    }
    return jia - o >= 2 && jia - o <= 3 && is(text, o, o + 1, "surname") && Tokens.han(text.charAt(jia - 1)) ? o : cut;
  }

  /** An owner named before 的 (老高, 老郑头家, 刘老板, 李老三, 张胖子, 胖哥, 周家): the unit after it is their business. */
  private static final Pattern OWNER = Pattern.compile("(?:老(\\p{IsHan})头?|(\\p{IsHan})(?:老板|老[一二三四五六七八九十]|胖子|师傅)|胖哥|胖姐"
      + "|(\\p{IsHan})(?=家))家?");

  /** Where an owner's name before the 的 at {@code de} starts (X家 only after a lead, a place or a mark), or {@code cut}. */
  private int ownerBefore(String text, int start, int de, int cut, Places places) {
    for (int k = Math.min(5, de - start); k >= 2; k--) {
      int o = de - k;
      Matcher m = OWNER.matcher(text).region(o, de);
      if (!m.matches()) {
        continue;
      }
      int g = m.group(1) != null ? 1 : m.group(2) != null ? 2 : m.group(3) != null ? 3 : 0;
      if (g > 0 && !is(text, m.start(g), m.end(g), "surname")) {
        continue;
      }
      boolean bounded = g != 3 || o == start || afterLeads(text, start, o) == o || places.leadingRun(text, start, o) == o
          || " ，,。、：:是就在了着".indexOf(text.charAt(o - 1)) >= 0; // 老高, 刘老板 say an owner anywhere; 周家 after a break
      if (bounded) {
        return o;
      }
    }
    return cut;
  }

  /** After the rightmost lead word in text[start, sfx) (举报…, 隔壁就是…, 那家…, 我是…), or start. */
  private int afterLeads(String text, int start, int sfx) {
    int cut = start;
    for (int p = start; p < sfx; p++) {
      // The longest lead word at p (a trie walk, not a substring per length).
      int k = 0;
      CharTrie.Node<String> node = leads.first(text.charAt(p), p + 1 < sfx ? text.charAt(p + 1) : -1);
      for (int j = p + 1; node != null && j <= sfx; node = j < sfx ? node.next(text.charAt(j++)) : null) {
        if (node.value() != null) {
          k = j - p;
        }
        if (j >= sfx) {
          break;
        }
      }
      if (k > 0 && leadHere(text, p, k, sfx)) {
        cut = Math.max(cut, p + k);
      }
    }
    return cut;
  }

  /** The times of a day, said after a date or alone (今天下午…, 半夜…): when, no part of a name. */
  private static final String DAY_TIMES = "上午|下午|中午|晚上|早上|凌晨|傍晚|半夜|夜里";
  /** A date or a time said before a name (去年8月…, 2023年…, 上个月…, 前天…): when, no part of the name. */
  static final Pattern TIME_AT = Pattern.compile(
      "(?:(?:(?:去年|今年|前年|上个?月|本月|这个月|上周|上星期|昨天|前天|今天|\\d{4}年)(?:\\d{1,2}月份?)?|\\d{1,2}月份?)(?:\\d{1,2}[日号])?(?:初|底|中旬|上旬|下旬|那天|那次)?"
          + "(?:" + DAY_TIMES + ")?|(?:" + DAY_TIMES + "))");

  /** After a date or a time opening text[cut, sfx) where at least two characters of a name are left, or cut. */
  static int afterTime(String text, int cut, int sfx) {
    if (cut >= sfx || "去今前上本这昨下中晚早凌傍半夜0123456789".indexOf(text.charAt(cut)) < 0) {
      return cut; // tried only where a date can start
    }
    Matcher m = TIME_AT.matcher(text).region(cut, sfx);
    // a time that is the whole head (晚上工地施工…: polreg) leaves the unit unnamed
    return m.lookingAt() && (sfx - m.end() >= 2 && Tokens.han(text.charAt(m.end())) || m.end() == sfx) ? m.end() : cut;
  }

  /** A road's name (建设路, 人民大道): not a trade (公路, 铁路, 路桥, 路政) nor a side of it (路口, 路边). */
  private static final Pattern ROAD = Pattern.compile("\\p{IsHan}{2,4}?(?<![公铁道线马])(?:路|大道|大街)(?![桥政面灯基网线口边上旁])");

  /**
   * A road written before a firm's name (建设路恒通汽车修理厂): where the works stands, no part of its name, where a
   * name of two characters or more is left before the unit word. A school named after its road keeps it (育才路小学:
   * nothing left before 小学).
   */
  private int afterRoad(String text, int cut, int sfx) {
    if (sfx - cut < 5 || text.indexOf('路', cut) < 0 && text.indexOf('大', cut) < 0) {
      return cut;
    }
    Matcher m = ROAD.matcher(text).region(cut, sfx);
    if (m.lookingAt() && sfx - m.end() >= 2 && nameChar(text.charAt(m.end())) && nameChar(text.charAt(m.end() + 1))
        && !generic(text.substring(m.end(), sfx)) && !productHead(text.substring(m.end(), sfx))) {
      return m.end(); // not before a kind made of common words (丝绸路皮革加工厂: the road may be the name's)
    }
    return cut;
  }

  /**
   * A kind of unit said before the name it has (小区物业嘉禾物业, 那个洗车店蓝天洗车): the name is what follows the kind,
   * where a name of two characters or more is left before the unit word. The kind is read from the text (generic
   * words, then a unit word), while the name of a listed unit word is cut.
   */
  private int afterKindWord(String text, int cut, int sfx) {
    for (int q = sfx - 2; q > cut; q--) {
      if (!nameChar(text.charAt(q)) || !nameChar(text.charAt(q + 1)) || generic(text.substring(q, sfx))) {
        continue;
      }
      for (int k = 1; k <= Math.min(4, q - cut); k++) {
        if (is(text, q - k, q, "suffix") && generic(text.substring(cut, q - k))
            && !(k == 1 && placeAfterUnit(text, q)) && !suffixContinues(text, q - k, q)) {
          return q;
        }
      }
    }
    return cut;
  }

  /** Two to four characters and 街道 (临港街道), or 镇 not after 古/小/重/名/城/乡/村: a sub-district or town. */
  private static final Pattern SUBDISTRICT = Pattern.compile("\\p{IsHan}{2,4}?(?:街道|(?<![古小重名城乡村])镇)");

  /**
   * A sub-district or a town written before a firm's name without its county (临港街道恒通化工厂): the place where the
   * works stands, no part of its name, where at least two characters of name are left before the unit word.
   */
  private static int afterSubdistrict(String text, int cut, int sfx) {
    if (sfx - cut < 5 || text.indexOf('街', cut) < 0 && text.indexOf('镇', cut) < 0) {
      return cut;
    }
    Matcher m = SUBDISTRICT.matcher(text).region(cut, sfx);
    if (m.lookingAt() && sfx - m.end() >= 2 && Tokens.han(text.charAt(m.end()))) {
      return m.end();
    }
    return cut;
  }

  /** A village's name of two or three characters (三灶村, 黄村 after its town); not 农村, 新村, nor 村 in 村民, 村委. */
  /** What a village's name never holds (numerals and 村 do: 三灶村, 村头村): a clause's words. */
  private static final String NOT_IN_VILLAGE = "的我你他她它们这那哪是了和与都也就被把给对在个说要想去到没很";
  private static final Pattern VILLAGE = Pattern.compile("\\p{IsHan}{2,3}?(?<![农新])村(?![民委里口头])");

  /**
   * A village written before a firm's name (大团镇三灶村顺通物流…): where the works stands, no part of its name, as a
   * town is (r29pol), where a head of two characters or more that is no kind is left before the unit word.
   */
  private int afterVillage(String text, int cut, int sfx) {
    if (sfx - cut < 5 || text.indexOf('村', cut) < 0 || text.indexOf('村', cut) >= sfx) {
      return cut;
    }
    Matcher m = VILLAGE.matcher(text).region(cut, sfx);
    if (m.lookingAt() && sfx - m.end() >= 2 && text.substring(cut, m.end()).chars().allMatch(c -> Tokens.han(c) && NOT_IN_VILLAGE.indexOf(c) < 0)
        && nameChar(text.charAt(m.end())) && !generic(text.substring(m.end(), sfx))) {
      return m.end();
    }
    return cut;
  }

  /**
   * Whether a lead word at p cuts the name. A one-character lead that often stands inside names (在, 是, 个)
   * cuts only where a verb or a determiner makes sense: 的, 了, 把, 被 always; the others when what follows
   * is still a name with a head of at least two characters.
   */
  private boolean leadHere(String text, int p, int k, int sfx) {
    if (k > 1 && (text.charAt(p) == '村' && !text.startsWith("村民", p) || text.charAt(p) == '镇') && p > 0 && Tokens.han(text.charAt(p - 1))
        && "的在是有到从了就".indexOf(text.charAt(p - 1)) < 0 && !leadEndsAt(text, p)) {
      return false; // 村西…, 镇口… say where only as words of their own (反映村西…), not inside a name (大村西山石料厂)
    }
    if (k > 1) {
      return true;
    }
    char c = text.charAt(p);
    if ("的了把被嘅咯".indexOf(c) >= 0) {
      return true;
    }
    if (c == '对' && p + 1 < sfx && "岸面门过街外".indexOf(text.charAt(p + 1)) >= 0) {
      return false; // 对岸村…, 对外…: a place's or a name's own 对, no preposition
    }
    // At the start of the words before the suffix (…，对苏州恒达…), or a one-character verb or pronoun.
    return sfx - (p + 1) >= 2 && (p == 0 || STOP.indexOf(text.charAt(p - 1)) >= 0 || "是在个叫让跟说我他她它俺间啲离由距给喺称讲往对受".indexOf(c) >= 0); // 给: …提前给乐康化工厂打招呼; 喺: 我喺…返工; 往: …偷偷往废弃砖窑里倒
    // 对, 受 (r28pol): …局对X的处罚, 都受X影响
  }

  /** A government body (环保局, 镇政府…), which is never a polluter, unless it names an industry too. */
  static boolean government(String name) {
    return GOV.matcher(name).find() && !INDUSTRY.matcher(name).find();
  }

  /** A name made only of generic words (塑料颗粒, 小, 一个…): a kind of unit, no firm. */
  boolean generic(String head) {
    int i = 0;
    outer:
    while (i < head.length()) {
      for (int k = Math.min(6, head.length() - i); k >= 1; k--) {
        if (is(head, i, i + k, "generic")) {
          i += k;
          continue outer;
        }
      }
      return false;
    }
    return true;
  }

  /** An indefinite determiner before a unit (一家, 有个, 好几家, 那些): a kind of unit follows, unless named. */
  private static final Pattern INDEFINITE = Pattern.compile("(?:一家|一个|一座|一间|一处|有家|有个|几家|几个|那些|这些)$");

  /**
   * After an indefinite determiner, a head that says what the unit makes or handles, in common words only (汽车配件厂,
   * 牛仔裤水洗厂, 烟花爆竹包装厂, 酸辣粉店): every part a common noun or verb of the core dictionary of two characters or
   * more, none proper (nz, nt, nr, ns), no character firms pick for their names (鑫, 宏…). Such a unit is a kind, for the
   * dialog to ask its name.
   */
  private boolean productHead(String head) {
    if (head.length() < 2 || head.length() > 8) {
      return false;
    }
    for (int i = 0; i < head.length(); i++) {
      if (!Tokens.han(head.charAt(i)) || brand.get(head.charAt(i))) {
        return false;
      }
    }
    int i = 0;
    outer:
    while (i < head.length()) {
      for (int k = Math.min(4, head.length() - i); k >= 2; k--) {
        String w = head.substring(i, i + k);
        com.hankcs.hanlp.dictionary.CoreDictionary.Attribute at = com.hankcs.hanlp.dictionary.CoreDictionary.get(w);
        if (at != null && commonWord(at) || is(w, "generic")) {
          i += k;
          continue outer;
        }
      }
      return false;
    }
    return true;
  }

  /** A common noun or verb, with no proper reading (a place, a person, a firm). */
  private static boolean commonWord(com.hankcs.hanlp.dictionary.CoreDictionary.Attribute at) {
    boolean common = false;
    for (com.hankcs.hanlp.corpus.tag.Nature n : at.nature) {
      String t = n.toString();
      if (t.startsWith("nr") || t.startsWith("ns") || t.startsWith("nt") || t.startsWith("nz") || t.startsWith("a")) {
        return false; // 红星, 长江, 宏达: a name's own word, or a quality (美好, 新)
      }
      common |= t.equals("n") || t.equals("vn") || t.equals("v") || t.equals("nf") || t.equals("ng") || t.equals("nnt");
    }
    return common;
  }

  /** Division names at the start of a string, as the gazetteer reads them. */
  interface Places {
    /** The end of a run of division names that starts at {@code from} and must be cut (see {@link Polluters}), or from. */
    int leadingRun(String text, int from, int to);
  }
}
