package org.ecopetition.gateway.nlp;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * When the problem began, as the text says it, for the intake's "since when?" ({@code since}): a start said as one
 * (从今年三月开始, 自去年起, 三个月以来, since last week), a time ago (两年前, 3 weeks ago), a stretch up to now (有小半年了,
 * 已经持续两个多月了, for months), or, less sure, a past time the matter is told at (昨天晚上, 上个月, last night). A time
 * said of the complaint, the hotline or an inspection (去年就投诉过, 上周打了12345) is none, nor is a habit (每天夜里) or a
 * time the writer lived or worked somewhere (住了十年了).
 */
final class Since {
  /** A found time: its words as written, how sure, where. */
  record Found(String text, double confidence, int start, int end) {}

  private static final String NUM = "[0-9零〇一二两三四五六七八九十几半]+";
  private static final List<String> YEARS = List.of("今年", "去年", "前年");
  /** Parts of a year; a season without its year comes back every year (夏天臭得不得了): a habit, not a start. */
  private static final List<String> SEASONS = List.of("春天", "夏天", "秋天", "冬天", "春季", "夏季", "秋季", "冬季", "开春", "入冬",
      "入夏", "入秋", "年初", "年底", "年中", "上半年", "下半年", "春节", "国庆", "五一", "中秋", "端午", "清明", "元旦", "过年");
  private static final List<String> SEASONS_ALONE = List.of("开春", "入冬", "入夏", "入秋", "年初", "年底", "上半年", "下半年", "春节",
      "国庆", "五一", "中秋", "端午", "清明", "元旦", "过年");
  private static final List<String> DAYS = List.of("正月", "腊月", "今年", "去年", "前年", "大前天", "前天", "昨天", "今天", "今早", "昨早",
      "昨晚", "前晚", "今晚", "昨儿", "昨儿个", "前儿", "前儿个", "今儿", "今儿个", "昨日", "前日", "今日", "上周末", "上周", "上星期",
      "上个星期", "上礼拜", "上个礼拜", "上月", "上个月", "这个月", "本月", "这周", "本周", "近期", "近来", "这段时间", "这阵子",
      "这几天", "这两天", "这些天", "前段时间", "前阵子", "前些天", "前几天", "前两天", "前些日子");
  private static final List<String> DAYPARTS = List.of("早上", "上午", "中午", "下午", "傍晚", "晚上", "夜里", "半夜", "凌晨", "深夜");
  /**
   * A month, a season or a day relative to today, with an optional part of the day. The words are a trie's alternation
   * (one branch per first character), not a list tried one by one at every character: a tenth of the cost.
   */
  private static final String TIME = "(?:"
      + "(?:(?:\\d{4}|今年|去年|前年)年?)?(?:1[0-2]|0?[1-9]|十[一二]|[一二三四五六七八九十])月份?(?:\\d{1,2}[日号]|[初底末]|上旬|中旬|下旬)?"
      + "|(?:\\d{4})年(?:初|底|中|年初|年底)?"
      + "|最近(?!的)"
      + "|" + trie(words()) + ")(?:" + trie(DAYPARTS) + "|\\d{1,2}点多?)?";

  /** The day words, the seasons alone, and each season with its year. */
  private static List<String> words() {
    List<String> w = new ArrayList<>(DAYS);
    w.addAll(SEASONS_ALONE);
    for (String y : YEARS) {
      for (String season : SEASONS) {
        w.add(y + season);
      }
    }
    return w;
  }

  /** Literal words (no regex characters) as one alternation sharing their prefixes, longest first where they overlap. */
  static String trie(Collection<String> words) {
    java.util.TreeMap<Character, List<String>> next = new java.util.TreeMap<>();
    boolean ends = false;
    for (String w : words) {
      if (w.isEmpty()) {
        ends = true;
      } else {
        next.computeIfAbsent(w.charAt(0), k -> new ArrayList<>()).add(w.substring(1));
      }
    }
    if (next.isEmpty()) {
      return "";
    }
    List<String> branches = new ArrayList<>();
    next.forEach((c, rest) -> branches.add(c + trie(rest)));
    String body = branches.size() == 1 ? branches.get(0) : "(?:" + String.join("|", branches) + ")";
    return ends ? "(?:" + body + ")?" : body;
  }

  private static final String SPAN = NUM + "[多来]?个?[多来]?(?:天|周|星期|礼拜|月|年)多?|小半年|大半年|半年多?|好几年|好几个月|好些年|好多年"
      + "|好几天|好久|很久|多年|几个月|几年|一阵子";
  /**
   * The characters a time may begin with, tested first at each position: the alternations behind them are tried only
   * where one stands.
   */
  static final String CHINESE_FIRSTS = "0123456789零〇一二两三四五六七八九十几半今去前开入年上下春国五中端清元过正腊大昨这本最近从自打已都快有持整差将小好很多";
  /**
   * Every Chinese form in one pass (four passes cost a tenth of an extraction), the surest first at each position: a
   * start said as one (从/自 before a time, or 开始/起/以来 after it), a time ago, a stretch up to now (有小半年了, 已经三个多月了,
   * 持续了两年, 一年多了), a time alone.
   */
  static final Pattern CHINESE = Pattern.compile("(?:"
      + "(?<start>(?:从|自从|自打|打从|自)(?:" + TIME + ")(?:就?开始|起(?![来床])|以来|至今|到现在)?|(?:" + TIME
      + ")(?:就?开始|起(?![来床])|以来|至今))"
      + "|(?<ago>" + NUM + "多?个?多?(?:天|周|星期|礼拜|月|年)多?(?:以|之)?前)"
      + "|(?<stretch>(?:已经|都|快|有|持续了?|整整|差不多|将近|前后)+(?:" + SPAN + ")(?:了|之久|以来)?|(?:" + SPAN + ")(?:了|以来|之久))"
      + "|(?<time>" + TIME + "))");
  /**
   * What may follow a run of ASCII digits in a time begun among them: a numeral going on (3十, 2026三月), or 年, 月, 多, 来,
   * 个 and the units of a span or a time ago. Every alternative that begins at a digit reads digits, then one of these.
   */
  static final String AFTER_DIGITS = "零〇一二两三四五六七八九十几半年月多来个天周星礼";
  /**
   * Where a match of CHINESE may begin, by the pair of characters there (most of its firsts begin no time), and never
   * inside a run of digits that no time can go on from (a phone number's eleven digits were each tried).
   */
  static final MatchStarts CHINESE_STARTS = MatchStarts.of(CHINESE, CHINESE_FIRSTS).afterDigits(AFTER_DIGITS);
  static final Pattern EN_START = Pattern.compile("(?i)\\b(?:since\\s+(?:(?:last|early|late|the\\s+start\\s+of|the\\s+end\\s+of)\\s+)?"
      + "(?:\\w+\\s+)?(?:week|month|year|spring|summer|autumn|fall|winter|january|february|march|april|may|june|july|august|september"
      + "|october|november|december|\\d{4}|yesterday|monday|tuesday|wednesday|thursday|friday|saturday|sunday)\\b"
      + "|for\\s+(?:the\\s+(?:past|last)\\s+)?(?:\\d+|a\\s+few|a\\s+couple\\s+of|several|two|three|four|five|six|many|some)?\\s*"
      + "(?:days|weeks|months|years)\\b|\\d+\\s+(?:days?|weeks?|months?|years?)\\s+ago\\b"
      + "|(?:a|one|two|three|four|five|six|a\\s+few|several)\\s+(?:days?|weeks?|months?|years?)\\s+ago\\b)");
  /** How long, in English: a qualifier ("about", "almost"), a number or "half a", and the unit ("three months"). */
  private static final String EN_QUALIFIER = "(?:about|almost|nearly|over|more\\s+than|around|roughly|close\\s+to|well\\s+over|"
      + "just\\s+over|at\\s+least|the\\s+best\\s+part\\s+of)";
  private static final String EN_NUMBER = "(?:\\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|a\\s+few|"
      + "a\\s+couple\\s+of|several|many|some|half\\s+a)";
  private static final String EN_UNIT = "(?:days?|weeks?|months?|years?)(?:\\s+and\\s+a\\s+half)?";
  private static final String EN_HOW_LONG = "(?:" + EN_QUALIFIER + "\\s+)?" + EN_NUMBER + "\\s+" + EN_UNIT;
  /**
   * A stretch up to now in English, its words in {@code a}, {@code b} or {@code c}: "it's been three months already", "has
   * been going on for a year", "going on a year now", "for about half a year", "for the past year" — as 有小半年了,
   * 已经三个月了 in Chinese. "for a week" alone, which may be any week ("shut for a week"), is not one.
   */
  static final Pattern EN_STRETCH = Pattern.compile("(?i)\\b(?:(?:has|have|had|'s|’s|'ve)\\s+been\\s+(?:going\\s+on\\s+|happening\\s+|"
      + "like\\s+this\\s+|this\\s+way\\s+)?(?<a>(?:for\\s+)?" + EN_HOW_LONG + "(?:\\s+(?:now|already|or\\s+so))?)"
      + "|going\\s+on\\s+(?<b>(?:for\\s+)?" + EN_HOW_LONG + "(?:\\s+now)?)"
      + "|(?<c>for\\s+(?:the\\s+(?:past|last)\\s+(?:" + EN_NUMBER + "\\s+)?" + EN_UNIT + "|" + EN_QUALIFIER + "\\s+" + EN_NUMBER + "\\s+"
      + EN_UNIT + "|half\\s+a\\s+(?:year|month)|a\\s+year\\s+and\\s+a\\s+half|" + EN_NUMBER + "\\s+" + EN_UNIT + "(?=\\s+now\\b))))\\b");
  static final Pattern EN_TIME = Pattern.compile("(?i)\\b(?:yesterday(?:\\s+(?:morning|afternoon|evening))?|last\\s+"
      + "(?:night|week|month|year|spring|summer|autumn|fall|winter|weekend|monday|tuesday|wednesday|thursday|friday|saturday"
      + "|sunday)|this\\s+(?:morning|afternoon|evening|week|month|year)|tonight|recently|lately)\\b");
  /**
   * Words that make a time the procedure's or the writer's life's, not the problem's: a complaint, a call, an inspection,
   * a promise, living or working somewhere.
   */
  private static final Pattern ABOUT_ELSE = Pattern.compile("投诉|反映|举报|信访|上访|打了?电话|打过|打给|拨打|报警|报案|(?<!\\d)(?:12345|12369|110)(?!\\d)|"
      + "热线|检查|来查|查过|执法|处罚|罚款|罚了|整改|关停|承诺|答复|回复|留言|写信|住了(?!院)|搬来|搬进|搬到|入住|买的房|买房|工作了|上班了|"
      // 干了十年: years of work; 河都干了 is a matter (a river or a well run dry), no work
      + "干了(?=" + NUM + "|好|多)|"
      + "(?i:complain|reported|called|phoned|hotline|inspect|fined|promised|moved|lived|living)");
  /** A word every match of EN_START, EN_STRETCH, EN_TIME holds one of (SinceTest reads each match). */
  static final String[] EN_START_WORDS = {"since", "for", "ago"};
  static final String[] EN_STRETCH_WORDS = {"been", "going", "for"};
  static final String[] EN_TIME_WORDS = {"yesterday", "last", "this", "tonight", "recently", "lately"};
  private static final Pattern AGAIN = Pattern.compile("又|还是|再次|(?i:\\bagain\\b)");
  private static final String CLAUSE_ENDS = "。！？!?；;，,\n";

  private Since() {}

  /** The first time the text gives for the start of its matter, or null. */
  static Found find(String text) {
    Found[] firstOf = new Found[3]; // sure (a start, a time ago), a stretch, a time alone
    Matcher m = CHINESE.matcher(text);
    // Tried only where a time may begin (Cues: the pattern's sixty alternatives are not tried at every character).
    for (int from = 0; firstOf[0] == null && Cues.find(m, text, from, CHINESE_FIRSTS, CHINESE_STARTS); from = m.end()) {
      int rank = m.start("start") >= 0 || m.start("ago") >= 0 ? 0 : m.start("stretch") >= 0 ? 1 : 2;
      if (firstOf[rank] == null && !saidOfElse(text, m.start(), m.end(), rank == 0 ? 6 : -1)
          && !(rank == 1 && toldOf(text, m.start(), m.end()))) {
        firstOf[rank] = new Found(text.substring(m.start(), m.end()).strip(), CONFIDENCE[rank], m.start(), m.end());
      }
    }
    if (latin(text)) {
      // each English pattern only where a word every match of it holds stands (most English messages name no time)
      if (Cues.anyIgnoreCase(text, EN_START_WORDS)) {
        firstOf[0] = earlier(firstOf[0], first(EN_START, text, CONFIDENCE[0], 12));
      }
      if (firstOf[0] == null && Cues.anyIgnoreCase(text, EN_STRETCH_WORDS)) {
        firstOf[1] = earlier(firstOf[1], stretch(text));
      }
      if (firstOf[0] == null && firstOf[1] == null && Cues.anyIgnoreCase(text, EN_TIME_WORDS)) {
        firstOf[2] = earlier(firstOf[2], first(EN_TIME, text, CONFIDENCE[2], -1));
      }
    }
    if (firstOf[0] != null || firstOf[1] != null) {
      return firstOf[0] != null ? firstOf[0] : firstOf[1];
    }
    Found best = firstOf[2];
    // 昨天又…, "again last night": a time the matter came back, not when it began
    return best != null && AGAIN.matcher(text).region(clauseStart(text, best.start()), clauseEnd(text, best.end())).find() ? null : best;
  }

  private static final double[] CONFIDENCE = {0.9, 0.85, 0.7};

  private static boolean latin(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z') {
        return true;
      }
    }
    return false;
  }

  /** The earlier of two finds. */
  private static Found earlier(Found a, Found b) {
    return a == null ? b : b == null || a.start() <= b.start() ? a : b;
  }

  /**
   * The first match not said of something else: words of the procedure or the writer's life within {@code near}
   * characters around it (-1: anywhere in its clause).
   */
  private static Found first(Pattern p, String text, double confidence, int near) {
    Matcher m = p.matcher(text);
    while (m.find()) {
      if (m.end() == m.start()) {
        continue;
      }
      if (!saidOfElse(text, m.start(), m.end(), near)) {
        return new Found(text.substring(m.start(), m.end()).strip(), confidence, m.start(), m.end());
      }
    }
    return null;
  }

  /** The first English stretch up to now ({@link #EN_STRETCH}) not said of something else: its words. */
  private static Found stretch(String text) {
    Matcher m = EN_STRETCH.matcher(text);
    while (m.find()) {
      String g = m.start("a") >= 0 ? "a" : m.start("b") >= 0 ? "b" : "c";
      if (!saidOfElse(text, m.start(g), m.end(g), 12)) {
        return new Found(text.substring(m.start(g), m.end(g)).strip(), CONFIDENCE[1], m.start(g), m.end(g));
      }
    }
    return null;
  }

  /**
   * Whether words of the procedure or the writer's life stand within {@code near} characters of the time (-1: anywhere
   * in its clause), or the time is a habit's or an age.
   */
  private static boolean saidOfElse(String text, int start, int end, int near) {
    int from = clauseStart(text, start);
    int to = clauseEnd(text, end);
    if (near >= 0) {
      from = Math.max(from, start - near);
      to = Math.min(to, end + near);
    }
    // transparent bounds: a word's look-around sees past the window (住了院 at its edge is no 住了)
    return ABOUT_ELSE.matcher(text).region(from, to).useTransparentBounds(true).find() || habit(text, start);
  }

  /**
   * 有一天晚上, 有两天臭得睡不着: a day or a few the story tells of, not a stretch up to now (有三个月了, 臭味有三个月，没人管):
   * 有 alone before the span, nothing closing it, and the clause going on at once.
   */
  private static boolean toldOf(String text, int start, int end) {
    return text.charAt(start) == '有' && end < text.length() && Tokens.han(text.charAt(end))
        && !STRETCH_CLOSED.matcher(text.substring(start, end)).find();
  }

  private static final Pattern STRETCH_CLOSED = Pattern.compile("(?:了|之久|以来)$");

  /**
   * 每天晚上, 天天夜里, 一到冬天: a habit, not a time; 今年七十三了: an age; 过去一年多了: since another event.
   */
  private static boolean habit(String text, int start) {
    return start > 0 && (text.charAt(start - 1) == '每' || start > 1 && (text.startsWith("天天", start - 2)
        || text.startsWith("一到", start - 2) || text.startsWith("过去", start - 2)))
        || AGE.matcher(text).region(start, text.length()).lookingAt();
  }

  /**
   * 今年 and an age: 七十三了, 七十多了, 快八十了, 都六十好几了, 八十出头, 65岁 (a rough age is how the elderly say it), never a
   * month (今年三月) or a count of something else (今年两次了 has no age word after it).
   */
  private static final Pattern AGE = Pattern.compile("今年(?:都|已经|已|快|快要|才|刚|刚满|满|也)?"
      + "(?:\\d{1,3}|[一二三四五六七八九十两]+)(?:多|来|好几|出头)?(?:岁|了|周岁|出头)");

  private static int clauseStart(String text, int at) {
    for (int i = at - 1; i >= 0; i--) {
      if (CLAUSE_ENDS.indexOf(text.charAt(i)) >= 0) {
        return i + 1;
      }
    }
    return 0;
  }

  private static int clauseEnd(String text, int at) {
    for (int i = at; i < text.length(); i++) {
      if (CLAUSE_ENDS.indexOf(text.charAt(i)) >= 0) {
        return i;
      }
    }
    return text.length();
  }
}
