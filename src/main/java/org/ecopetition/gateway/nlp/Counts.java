package org.ecopetition.gateway.nlp;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The people or households a text says are affected, as the words say it ({@link Affected}): a number and a
 * unit of people (人, 口, 名, 号人, 个村民…), households (户, 户人家, 家, 住户), villages (个村), compounds or
 * buildings, or a whole place (全村, 整个小区, 这栋楼). A vague number stays vague: 几 is two to nine (好几
 * three to nine) at the head of a number and one to nine at its end (十几: 11–19), X多 and X余 go to the next
 * step (三十多: 31–39, 一千二百余: 1201–1299), 二三十 is 20–30, 上百 at least 100, 近百 at most 100, and "about 60"
 * is 60 with open bounds. Ages, animals, distances, money and times are no count of people. With several
 * counts, the widest group (a household counts as three people); a whole place only when no number is given.
 */
final class Counts {
  private static final String CN = "零〇一二三四五六七八九十百千万两几";
  /** The unit after a number: people, households, villages, compounds, buildings. */
  private static final Pattern UNIT = Pattern.compile(
      "^(?:(号人|口人|个人|多人|人|名|位|口)"
          + "|(户人家|户人|户|家住户|家人家|家人|住户|家)"
          + "|(?:个|多个)?(村子|村(?!民|里人)|屯|寨)"
          + "|(?:个|多个)?(小区)"
          + "|(?:栋|幢)(楼)"
          // a space may stand between 个 and the people in speech typed word by word (四五个 工人)
          + "|(?:个|多个|名|位|号)? ?((?:村民|居民|群众|学生|孩子|小孩|小朋友|老人|工人|员工|业主|住户|病人|患者|癌症病人|同事|邻居|家庭|人家"
          + "|工友|职工|乡亲|家长|小学生|中学生|游客|同学|娃儿|娃娃(?!鱼)|阿婆|阿公|老太太|老大爷|妇女|儿童)))");
  /** Pupils named after a school year (初三学生, 高二同学). */
  private static final Pattern GRADE_PUPILS = Pattern.compile("学生|同学|小学生|中学生");
  /** A business counted with 家 is no household (三家工厂). */
  private static final Pattern BUSINESS = Pattern.compile("^(?:工厂|厂|店|公司|企业|饭店|餐馆|单位|作坊|养殖场|工地|化工|小作坊)");
  private static final Pattern SCOPE = Pattern.compile(
      "(全村|整个村子?|成条村|全屯|整个屯子?|全寨|整个寨子?|一(?:个)?(?:村子?|屯子?|寨子?)(?:的)?人)|(整个小区|全小区|成个屋苑|整个屋苑|一个小区的人)"
          + "|(整栋楼|这栋楼|这一栋楼|这一幢楼|成栋楼|整幢楼|全楼|整个楼(?![道梯])|一[栋幢]楼(?=的人|的住户|人|都|个人|侪))"
          + "|(全镇|整个镇|全县城|整个县城|全城|整个城)");
  private static final Pattern FAMILY = Pattern.compile("一家([两二三四五六七八九十])口");
  private static final Pattern AFTER_APPROX = Pattern.compile("^(?:左右|上下)");
  /**
   * English nouns of people counted, lower case, shared with {@link Situations}'s count of people taken ill; each adds
   * its own (here persons, homes, villages). An alternation to be closed by a word boundary.
   */
  static final String EN_PEOPLE = "people|residents|villagers|neighbours|neighbors|children|students|workers|families|households";
  private static final Pattern EN = Pattern.compile(
      "(?i)\\b(about|around|approximately|roughly|some|nearly|almost|over|more than|at least)?\\s*"
          + "(\\d+|a hundred|a thousand|hundreds of|thousands of|dozens of|a dozen|several|two|three|four|five|six|seven|eight|nine|ten|twenty|thirty|forty|fifty|sixty)\\s+"
          + "(" + EN_PEOPLE + "|persons|homes|villages)\\b");

  private Counts() {}

  /** The count of the widest group, or null. */
  static Affected find(String text) {
    List<Affected> found = new ArrayList<>();
    if (mayCountInEnglish(text)) {
      english(text, found);
    }
    chinese(text, found);
    Affected best = null;
    for (Affected a : found) {
      if (best == null || weight(a) > weight(best)) {
        best = a;
      }
    }
    if (best != null) {
      return best;
    }
    Matcher s = SCOPE.matcher(text);
    while (Cues.any(text, "全整成这一") && s.find()) {
      if (feared(text, s.start())) {
        continue; // 万一出事整个小区都完了: a fear, nobody affected yet
      }
      String unit = s.group(1) != null ? "village" : s.group(2) != null ? "community" : s.group(3) != null ? "building" : "town";
      return new Affected(s.group(), unit, 1, 1, 1, s.start(), s.end());
    }
    return null;
  }

  /** What makes the rest of a sentence a fear: 万一, 一旦, 要是, 如果, 迟早. */
  private static final Pattern FEAR = Pattern.compile("万一|一旦|要是|如果|假如|迟早|哪天");
  /** What makes a sentence past: 三年前, 前年, 那回, 那次 (那回好几个人住了院 is no one affected now). */
  private static final Pattern PAST = Pattern.compile("[0-9一二三四五六七八九十两几]+年前|前年|那回|那次|上回");

  /** Whether a fear word stands before {@code at} in its sentence. */
  private static boolean feared(String text, int at) {
    return FEAR.matcher(sentenceBefore(text, at)).find();
  }

  /** The sentence up to {@code at}: back to the last 。！？, semicolon or line break. */
  private static String sentenceBefore(String text, int at) {
    int from = at;
    while (from > 0 && "。！？!?\n；;".indexOf(text.charAt(from - 1)) < 0) { // an item of a list (；2.) is a sentence
      from--;
    }
    return text.substring(from, at);
  }

  private static final String[] EN_UNITS = {"people", "person", "famil", "household", "resident", "villager", "neighbo",
      "children", "student", "worker", "homes", "villages"};

  /** Whether an English count may be there: a unit word of people (a cheap test before the pattern). */
  private static boolean mayCountInEnglish(String text) {
    if (!Cues.any(text, "abcdefghijklmnopqrstuvwxyz")) {
      return false;
    }
    String lower = text.toLowerCase(Locale.ROOT);
    for (String u : EN_UNITS) {
      if (lower.contains(u)) {
        return true;
      }
    }
    return false;
  }

  /** People the words stand for: a household as three; the bound the words give, else the number. */
  private static double weight(Affected a) {
    Integer v = a.max() != null ? a.max() : a.count() != null ? a.count() : a.min();
    double n = v == null ? 0 : v;
    return switch (a.unit()) {
      case "household" -> n * 3;
      case "village", "community", "building", "town" -> n * 100;
      default -> n;
    };
  }

  private static final String NUMERALS = "零〇一二三四五六七八九十百千万两几";
  private static final String[] BEFORE = {"差不多", "大约", "大概", "将近", "接近", "约", "近", "上", "数", "好"};

  private static boolean numeral(char c, boolean digits) {
    return digits ? c >= '0' && c <= '9' : NUMERALS.indexOf(c) >= 0;
  }

  /**
   * Every number followed by a unit of people: the runs of digits or of Chinese numerals are found by hand
   * (a pattern tried at every position of every message costs more than the rest of the counting).
   */
  private static void chinese(String text, List<Affected> out) {
    if (text.contains("一家")) {
      Matcher f = FAMILY.matcher(text);
      while (f.find()) {
        int n = value(f.group(1));
        out.add(new Affected(f.group(), "person", n, n, n, f.start(), f.end()));
      }
    }
    int n = text.length();
    for (int i = 0; i < n; i++) {
      char c = text.charAt(i);
      boolean digits = c >= '0' && c <= '9';
      if (!digits && NUMERALS.indexOf(c) < 0 || i > 0 && numeral(text.charAt(i - 1), digits)) {
        continue;
      }
      int j = i;
      while (j < n && numeral(text.charAt(j), digits)) {
        j++;
      }
      String after = j < n && "多余来".indexOf(text.charAt(j)) >= 0 ? String.valueOf(text.charAt(j)) : null;
      int unitAt = after == null ? j : j + 1;
      String before = null;
      for (String w : BEFORE) {
        if (i >= w.length() && text.startsWith(w, i - w.length())) {
          before = w;
          break;
        }
      }
      count(text, i, j, before, after, unitAt, out);
      i = j - 1;
    }
  }

  /** The count of the number text[i, j) with the words around it, when a unit of people follows. */
  private static void count(String text, int i, int j, String before, String after, int unitAt, List<Affected> out) {
    String digits = text.substring(i, j);
    if (i > 0 && Character.isDigit(text.charAt(i - 1))) {
      return;
    }
    Matcher u = UNIT.matcher(text).region(unitAt, Math.min(text.length(), unitAt + 6));
    if (!u.lookingAt()) {
      bare(text, i, j, before, after, unitAt, out);
      return;
    }
    if ("口".equals(u.group(1)) && i > 0 && "了喝吃闻吸尝抽咬".indexOf(text.charAt(i - 1)) >= 0) {
      return; // 闻了两口: mouthfuls or breaths
    }
    if (u.group(6) != null && i > 0 && "初高".indexOf(text.charAt(i - 1)) >= 0 && GRADE_PUPILS.matcher(u.group(6)).matches()) {
      return; // 我是初三学生, 高一学生: a school year, no count (r29rest)
    }
    if (PAST.matcher(sentenceBefore(text, i)).find()) {
      return; // 三年前漏气那回好几个人住了院: no one affected now
    }
    if (digits.equals("几") && before == null && !unitFollows(text, unitAt)) {
      return;
    }
    String unit = u.group(1) != null || u.group(6) != null ? "person" : u.group(2) != null ? "household"
        : u.group(3) != null ? "village" : u.group(4) != null ? "community" : "building";
    if (u.group(6) != null && (u.group(6).equals("家庭") || u.group(6).equals("人家") || u.group(6).equals("住户"))) {
      unit = "household";
    }
    if ("家".equals(u.group(2)) && (BUSINESS.matcher(text).region(u.end(), text.length()).lookingAt()
        || u.end() < text.length() && "，,。、都也全人住的？?！!".indexOf(text.charAt(u.end())) < 0)) {
      return; // 三家工厂, 一家鞋厂, 几家新开的民宿: 家 counts firms; households only when nothing follows it
    }
    String b4 = before;
    if (b4 != null && b4.endsWith("近") && i - b4.length() > 0 && "附靠最".indexOf(text.charAt(i - b4.length() - 1)) >= 0) {
      b4 = null; // 附近几个村: 近 belongs to 附近
    }
    if (i > 0 && text.charAt(i - 1) == '第') {
      return; // 第三家
    }
    int[] range = range(b4, digits, after);
    if (range == null || range[1] >= 0 && range[1] <= 1) {
      return; // 一名农民, 一家人, 一个小区: one is no group
    }
    int start = b4 == null ? i : i - b4.length();
    boolean approx = b4 != null && "约大约大概差不多".contains(b4) || "来".equals(after)
        || AFTER_APPROX.matcher(text).region(u.end(), text.length()).lookingAt();
    Integer count = range[0] == range[1] && range[0] > 0 ? range[0] : null;
    Integer min = range[0] < 0 ? null : range[0];
    Integer max = range[1] < 0 ? null : range[1];
    if (approx && count != null) {
      min = null;
      max = null;
    }
    int end = u.end();
    if (AFTER_APPROX.matcher(text).region(end, text.length()).lookingAt()) {
      end += 2;
    }
    out.add(new Affected(text.substring(start, end), unit, count, min, max, start, end));
  }

  /** Before a bare 个 counting people: 有, or a verb with 了 (倒了三个, 熏倒了两个). */
  private static final Pattern BARE_BEFORE = Pattern.compile("(?:有|[倒晕伤病吐]了|送走了)$");
  /** After it: the end of a clause, or what the people do or suffer (有两个送进医院, 有两个嘴唇发紫). */
  private static final Pattern BARE_AFTER = Pattern.compile("^(?:[，。！？,.!?；;]|$|送|被|已经|都|还|嘴|脸|眼|晕|吐|倒|昏|住院|进了)");
  /** The people a bare count may stand for, named before it. */
  private static final Pattern PEOPLE = Pattern.compile("人|工人|孩子|小孩|小朋友|学生|老人|村民|居民|娃");

  /**
   * A number and 个 with no noun, counting people just named (小朋友咳得直哭，有两个嘴唇都紫了; 干活的人倒了三个): the
   * people are named within the sentence before, and the count opens with 有 or follows a verb of harm with 了. A bare
   * 几个 alone (有几个已经送医院) is no count, as round two labels it.
   */
  private static void bare(String text, int i, int j, String before, String after, int unitAt, List<Affected> out) {
    String number = text.substring(i, j);
    if (after != null || number.equals("几") || unitAt >= text.length() || text.charAt(unitAt) != '个'
        || !BARE_BEFORE.matcher(text.substring(Math.max(0, i - 4), i)).find()
        || !BARE_AFTER.matcher(text.substring(unitAt + 1, Math.min(text.length(), unitAt + 4))).find()) {
      return;
    }
    String sentence = sentenceBefore(text, i);
    if (!PEOPLE.matcher(sentence.substring(Math.max(0, sentence.length() - 30))).find()) {
      return;
    }
    int[] range = range(before, number, null);
    if (range == null || range[1] >= 0 && range[1] <= 1 || range[0] < 0) {
      return;
    }
    Integer count = range[0] == range[1] ? range[0] : null;
    out.add(new Affected(text.substring(i, unitAt + 1), "person", count, range[0], range[1] < 0 ? null : range[1], i, unitAt + 1));
  }

  private static boolean unitFollows(String text, int at) {
    return UNIT.matcher(text).region(at, Math.min(text.length(), at + 6)).lookingAt();
  }

  /**
   * The bounds {min, max} of a number as written (-1 for an open bound), or null when it is no number: 三十 →
   * 30/30; 几十 → 20/99; 好几十 → 30/99; 十几 → 11/19; 二十几 → 21/29; 二三十 → 20/30; 三十多 → 31/39; 上百 → 100/-1;
   * 近百 → -1/100.
   */
  static int[] range(String before, String number, String after) {
    if (number.chars().allMatch(Character::isDigit)) {
      if (number.length() > 7) {
        return null;
      }
      int n = Integer.parseInt(number);
      return vague(before, n, n, after, step(n));
    }
    // Chinese: walk the numerals, keeping the low and high reading of each digit (几 is 2..9 ahead, 1..9 behind).
    long lo = 0;
    long hi = 0;
    long sectionLo = 0;
    long sectionHi = 0;
    int digitLo = -1;
    int digitHi = -1;
    int lastUnit = 1;
    boolean lead = true;
    boolean pair = false;
    for (int i = 0; i < number.length(); i++) {
      char c = number.charAt(i);
      int d = "零〇一二三四五六七八九".indexOf(c);
      if (d >= 0) {
        d = d == 1 ? 0 : d > 1 ? d - 1 : d;
      }
      if (c == '两') {
        d = 2;
      }
      if (d >= 0 || c == '几') {
        int l = c == '几' ? ("好".equals(before) ? 3 : lead ? 2 : 1) : d;
        int h = c == '几' ? 9 : d;
        if (digitLo >= 0 && c != '几') {
          pair = true; // 二三十: the first digit is the low reading, this one the high
          digitHi = h;
        } else {
          digitLo = l;
          digitHi = h;
        }
        lead = false;
        continue;
      }
      int unit = switch (c) {
        case '十' -> 10;
        case '百' -> 100;
        case '千' -> 1000;
        default -> 10000;
      };
      if (unit == 10000) {
        lo = (lo + sectionLo + Math.max(digitLo, 0)) * 10000;
        hi = (hi + sectionHi + Math.max(digitHi, 0)) * 10000;
        sectionLo = 0;
        sectionHi = 0;
      } else {
        boolean vagueHead = number.charAt(Math.max(0, i - 1)) == '几' && digitLo >= 2 && !pair;
        sectionLo += (digitLo < 0 ? 1 : digitLo) * (long) unit;
        sectionHi += (digitHi < 0 ? 1 : digitHi) * (long) unit + (vagueHead ? unit - 1 : 0);
      }
      lastUnit = unit;
      digitLo = -1;
      digitHi = -1;
      lead = false;
    }
    lo += sectionLo + Math.max(digitLo, 0);
    hi += sectionHi + Math.max(digitHi, 0);
    if (hi > 10_000_000 || hi <= 0 && lo <= 0) {
      return null;
    }
    boolean endsVague = number.endsWith("几");
    int step = endsVague ? 1 : digitLo >= 0 ? 1 : lastUnit;
    return vague(before, (int) lo, (int) hi, after, step);
  }

  /** The bounds after the words around a number: 上百 (at least), 近百 (at most), 三十多 (to the next step). */
  private static int[] vague(String before, int lo, int hi, String after, int step) {
    if ("上".equals(before)) {
      return new int[] {lo, -1};
    }
    if ("近".equals(before) || "将近".equals(before) || "接近".equals(before)) {
      return new int[] {-1, hi};
    }
    if ("数".equals(before) && lo == hi) {
      return new int[] {2 * lo, 10 * lo - 1}; // 数百 as 几百
    }
    if (("多".equals(after) || "余".equals(after)) && lo == hi) {
      return new int[] {lo + 1, lo + step - 1};
    }
    if ("来".equals(after) && lo == hi) {
      return new int[] {lo, lo}; // 二十来个: about twenty, said as a round number (no range), like 大约二十个
    }
    return new int[] {lo, hi};
  }

  /** The step a number is counted in: 30 in tens, 1200 in hundreds, 7 in ones. */
  private static int step(int n) {
    int s = 1;
    while (n > 0 && n % (s * 10) == 0) {
      s *= 10;
    }
    return s;
  }

  static int value(String numeral) {
    int[] r = range(null, numeral, null);
    return r == null ? 0 : r[0];
  }

  private static void english(String text, List<Affected> out) {
    Matcher m = EN.matcher(text);
    while (m.find()) {
      String q = m.group(1) == null ? "" : m.group(1).toLowerCase(Locale.ROOT);
      String n = m.group(2).toLowerCase(Locale.ROOT);
      String w = m.group(3).toLowerCase(Locale.ROOT);
      String unit = w.startsWith("famil") || w.startsWith("househ") || w.equals("homes") ? "household"
          : w.equals("villages") ? "village" : "person";
      Integer count = null;
      Integer min = null;
      Integer max = null;
      int v = switch (n) {
        case "a hundred" -> 100;
        case "a thousand" -> 1000;
        case "a dozen" -> 12;
        case "several" -> -2; // as 好几: three to nine
        case "two" -> 2;
        case "three" -> 3;
        case "four" -> 4;
        case "five" -> 5;
        case "six" -> 6;
        case "seven" -> 7;
        case "eight" -> 8;
        case "nine" -> 9;
        case "ten" -> 10;
        case "twenty" -> 20;
        case "thirty" -> 30;
        case "forty" -> 40;
        case "fifty" -> 50;
        case "sixty" -> 60;
        case "hundreds of", "thousands of", "dozens of" -> -1;
        default -> Integer.parseInt(n.length() > 7 ? "0" : n);
      };
      if (v == 0) {
        continue;
      }
      if (v == -2) {
        min = 3;
        max = 9;
      } else if (v < 0) {
        int base = n.startsWith("hundreds") ? 100 : n.startsWith("thousands") ? 1000 : 10;
        min = 2 * base;
        max = 10 * base - 1;
      } else if (q.equals("over") || q.equals("more than")) {
        min = v + 1;
      } else if (q.equals("at least")) {
        min = v;
      } else if (q.equals("nearly") || q.equals("almost")) {
        max = v;
      } else if (!q.isEmpty()) {
        count = v; // about 60: the number said, no bounds
      } else {
        count = v;
        min = v;
        max = v;
      }
      out.add(new Affected(text.substring(m.start(), m.end()).strip(), unit, count, min, max, m.start(), m.end()));
    }
  }
}
