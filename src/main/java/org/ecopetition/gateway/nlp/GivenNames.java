package org.ecopetition.gateway.nlp;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A name the text gives a unit it has only described (branch r19pol): where the rules found no unit with a name of its
 * own, only a kind (塑料颗粒厂, 作坊) or nothing, a name the writer gives that unit by a naming verb or in quotes beside
 * it is the polluter. One mechanism, not a list of words: the name stands apart from the unit word (有个叫 嗯 顺达的 塑料
 * 颗粒厂, 作坊叫“好巴适冷吃兔”, 烤全羊馆“草原骄子”, 养鸡场叫个“金凤凰”, 有个叫黔南磷化的企业), and the rules read a name only
 * where it is written on to its unit word. What a person is called (我叫…, 老板叫…), a former name, a nickname and words
 * of not knowing are no unit's name.
 */
final class GivenNames {
  private GivenNames() {}

  /** A naming verb, a speaker's fillers, then the name in quotes or up to 的 or a stop. */
  private static final Pattern GIVEN = Pattern.compile(
      "(?:名字叫做|名字叫|名称是|名叫|叫做|叫个|叫)(?:\\s|嗯|呃|啊|那个|就是|叫)*"
          + "(?:[“「『\"‘【]([^”」』\"’】]{2,16})[”」』\"’】]|([^\\s，,。；;！!？?、：:（()）“”「」\"'的嘅]{2,12}?)(?=的|嘅|[\\s，,。；;！!？?）)]|$))");
  /** The name said again, up to 的 or a stop. */
  private static final Pattern GIVEN_AGAIN = Pattern.compile("([^\\s，,。；;！!？?、：:（()）“”「」\"'的嘅]{2,12}?)(?=的|嘅|[\\s，,。；;！!？?）)]|$)");
  /** A name in quotes right after a unit word (烤全羊馆“草原骄子”, 那家店「…」, 汽修厂，“…”, 工地“…”: r22pol). */
  private static final Pattern QUOTED_AFTER = Pattern.compile("([厂店馆坊场铺司行站吧园所]|工地|KTV|ktv|bar|Bar|pub|cafe)[，,]?\\s*[“「『]([^”」』]{2,16})[”」』]");
  /** A speaker's fillers between a name begun and the name said again in full (叫泰山 嗯 泰山金石的). */
  private static final Pattern FILLERS = Pattern.compile("(?:\\s|嗯|呃|啊|那个|就是)+");
  /** A name that carries its own unit word (叫滨江华庭项目, 叫宏达塑料厂): a unit's name wherever it is given. */
  private static final Pattern OWN_UNIT = Pattern.compile("\\p{IsHan}{2,}(?:项目|工程|企业|公司|厂|场|站|店|馆|坊|铺|中心|基地)$");
  /** Who is being named, just before the verb: a person, not a unit (我叫, 老板叫, 他叫, 大家都叫它). */
  private static final Pattern PERSON_BEFORE = Pattern.compile(
      "(?:我|俺|额|咱|本人|他|她|你|老板|老板娘|厂长|经理|主任|负责人|书记|村长|人|孩子|儿子|女儿|师傅|它|都|原来|以前|之前|过去|原先|小区|路|街|河|村|山)(?:的)?(?:名字|名)?$");
  /** A unit word after X的 (叫黔南磷化的企业, 叫窑火坊的 陶瓷作坊). */
  private static final Pattern KIND_AFTER = Pattern.compile("^(?:的|嘅)\\s*[^，,。；;！!？?\\s]{0,6}?(?:企业|厂子|厂|公司|店|馆|坊|场|铺|作坊|工地|站|窑)");
  /** Words of not knowing or asking, which name nothing (叫什么不知道, 叫啥). */
  private static final Pattern NOT_A_NAME = Pattern.compile("什么|啥|不知|知道|不清楚|忘|咩|哪|谁|名字|这个|那个|一个|个体");
  /** What introduces a unit before its naming verb (有个叫, 一家叫, 听说叫, 好像叫). */
  private static final Pattern INTRODUCED = Pattern.compile("(?:有个|有一个|有家|有一家|一家|那家|这家|有间|那间|听说|据说|好像|应该|大概|估计)\\s*$");
  /** What follows 叫 as a verb, not a name (叫了, 叫着, 叫声, 叫不醒, 叫人来). */
  private static final Pattern VERB_USE = Pattern.compile("^[了着过声不人]");
  /** The end of a sentence: a name given in another sentence names another thing. */
  private static final String STOPS = "。！!？?\n";

  /**
   * The name given the unit of kind {@code kind} (its span in {@code text}; -1 when the rules found none), or null.
   * Returns {start, end} of the name in text.
   */
  static int[] find(String text, int kindStart, int kindEnd) {
    boolean called = text.indexOf('叫') >= 0 || text.contains("名称是");
    if (called) {
      Matcher m = GIVEN.matcher(text);
      while (m.find()) {
        int g = m.group(1) != null ? 1 : 2;
        String name = m.group(g);
        int start = m.start(g);
        int end = m.end(g);
        if (g == 2) {
          // A name begun, a filler, then said again in full (叫 叫泰山 嗯 泰山金石的 石料厂): the name said last.
          Matcher f = FILLERS.matcher(text).region(end, text.length());
          if (f.lookingAt() && text.startsWith(name, f.end())) {
            Matcher again = GIVEN_AGAIN.matcher(text).region(f.end(), text.length());
            if (again.lookingAt() && again.group(1).length() > name.length()) {
              start = again.start(1);
              end = again.end(1);
              name = again.group(1);
            }
          }
        }
        if (NOT_A_NAME.matcher(name).find() || PERSON_BEFORE.matcher(text).region(Math.max(0, m.start() - 6), m.start()).find()) {
          continue;
        }
        if (g == 2 && "他她它".indexOf(name.charAt(0)) >= 0) {
          // 叫他胖子的厂, 大家叫她王婶的作坊: the owner's nickname, and the unit named by it (as 老四的厂); 叫它…: the
          // unit's own nickname, which Polluters weighs; 叫他老王: a person (r21rest).
          Matcher k = KIND_AFTER.matcher(text).region(end, text.length());
          if (name.charAt(0) != '它' && name.length() >= 3 && k.lookingAt()) {
            return new int[] {start + 1, k.end()};
          }
          continue;
        }
        boolean kindNear = kindStart >= 0 && sameSentence(text, Math.min(kindEnd, m.start()), Math.max(kindStart, m.end()))
            && Math.abs(kindStart - m.start()) <= 40;
        boolean kindAfter = KIND_AFTER.matcher(text.substring(end + (g == 1 ? 1 : 0))).find();
        boolean unitBefore = m.start() > 0 && "厂店馆坊场铺司部行站吧园家".indexOf(text.charAt(m.start() - 1)) >= 0;
        // Unquoted, 叫 is as often a verb (叫了人, 叫声, 叫不醒): the name must stand where a unit's name does, before
        // 的 and a unit word, right after a unit word, or after 有个/一家 or hearsay with the unit in the sentence.
        boolean introduced = INTRODUCED.matcher(text).region(Math.max(0, m.start() - 4), m.start()).find();
        boolean ok = g == 1 ? kindNear || kindAfter || unitBefore || introduced
            : !VERB_USE.matcher(name).find() && (kindAfter || unitBefore || introduced && kindNear || OWN_UNIT.matcher(name).find());
        if (ok) {
          return new int[] {start, end};
        }
      }
    }
    if (text.indexOf('“') >= 0 || text.indexOf('「') >= 0 || text.indexOf('『') >= 0) {
      Matcher q = QUOTED_AFTER.matcher(text);
      if (q.find() && !NOT_A_NAME.matcher(q.group(2)).find()) {
        return new int[] {q.start(2), q.end(2)};
      }
    }
    return null;
  }

  /** A naming verb right after a unit, then a name in quotes (冷吃兔作坊叫“好巴适冷吃兔”, BBQ店叫“Fire Pit”). */
  private static final Pattern NAMED_AFTER = Pattern.compile(
      "^[，,]?\\s*(?:名字|名称|店名|厂名|招牌)?(?:叫做|叫个|名叫|叫|是)\\s*[“「『\"]([^”」』\"]{2,16})[”」』\"]");

  /**
   * The name given in quotes right after a unit the rules read as named (作坊叫“…”): the unit was described first and
   * then named, and the name given is how the writer reports it. Returns {start, end}, or null.
   */
  static int[] namedAfter(String text, int unitEnd) {
    if (unitEnd >= text.length() || text.indexOf('叫', unitEnd) < 0 && text.indexOf('是', unitEnd) < 0) {
      return null;
    }
    Matcher m = NAMED_AFTER.matcher(text).region(unitEnd, text.length());
    if (m.lookingAt() && !NOT_A_NAME.matcher(m.group(1)).find()) {
      return new int[] {m.start(1), m.end(1)};
    }
    return null;
  }

  private static boolean sameSentence(String text, int from, int to) {
    for (int i = Math.max(0, from); i < Math.min(text.length(), to); i++) {
      if (STOPS.indexOf(text.charAt(i)) >= 0) {
        return false;
      }
    }
    return true;
  }
}
