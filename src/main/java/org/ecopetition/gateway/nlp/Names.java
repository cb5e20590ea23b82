package org.ecopetition.gateway.nlp;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.ecopetition.gateway.tsv.Tsv;

/**
 * Persons named in a Chinese text: the writer (after 我叫, 我姓, 联系人, 落款, a role such as 村民代表, beside the
 * phone number, in a signature at the end) and others (after 邻居, 老板叫, 姓董的, before a title: 王局长). A name
 * is a person's name only: it starts with a surname unless a strong cue stands before it (扎西多吉, 古丽娜尔·吐尔逊),
 * and the words that look like names and are not (匿名, 署名, 周边, 马上…) are data (nlp-models/lexicon/names.tsv).
 * Spans refer to the text given. Built once; thread-safe.
 */
final class Names {
  enum Type { SURNAME, COMPOUND, NOT_NAME, HONORIFIC, SPELLING, SELF, SIGN, ROLE, THIRD, TITLE, KIN, TRANSLIT, CALLER, TRADE }

  /** The confidence under which a mention is a guess no cue made (an honorific anywhere, HanLP's reading alone). */
  static final double GUESSED = 0.56;

  /** One mention of a person: the name as written (a surname alone when only that is given), whose it is. */
  record Mention(int start, int end, String name, boolean petitioner, double confidence) {}

  /** Where a name stops: the words that follow a name in a text (电话, 家住…), never part of it. */
  private static final String[] STOPS = {"电话", "手机", "联系", "家住", "住在", "住址", "今年", "现在", "现住", "身份证",
      "反映", "举报", "投诉", "代表", "男", "女", "是", "的", "在", "和", "跟", "说", "我", "他", "她", "你", "年", "岁", "等",
      "了", "吗", "呢", "吧", "啊", "呀", "敬上", "谨上", "就是", "反应", "来自", "老家", "请", "希望", "要求",
      // how one says "just call me X" ends (叫我阿玲得啦, 叫我小李就行, 喊我老周就好嘛: r27names)
      "得啦", "得嘞", "就得", "就行", "就好", "就可以", "啦", "咯", "喔", "哦"};
  /** Self cues after which a name needs no surname (扎西多吉, 巴特尔): the writer says it is their name. */
  private static final java.util.Set<String> NAMING = java.util.Set.of("我叫", "我的名字是", "我的名字叫", "名字叫", "名字是",
      "本人叫", "俺叫", "姓名", "我名叫", "叫我", "my name is");
  /**
   * Cues after which the writer gives the name to go by, over one said before (俺叫王二愣 大名王守田: a nickname, then the
   * real name; 联名人：…、… 执笔人：X: of several signers, the one who wrote): their name outranks the other cues'.
   */
  private static final java.util.Set<String> OUTRANKING = java.util.Set.of("大名", "本名", "学名", "真名", "执笔", "执笔人");
  /**
   * Whether, in the few words before {@code i}, someone else (他, 她, 那个, 这个) is spoken of after the writer (我, 俺, 吾…)
   * last was: a real name said there (那个外号叫三愣的 大名…) is theirs.
   */
  private static boolean someoneElsesBefore(String text, int i) {
    int self = -1;
    int other = -1;
    for (int k = Math.max(0, i - 20); k < i; k++) {
      char c = text.charAt(k);
      if ("我俺吾阮额".indexOf(c) >= 0 || text.startsWith("本人", k)) {
        self = k;
      } else if (c == '他' || c == '她' || text.startsWith("那个", k) || text.startsWith("这个", k)) {
        other = k;
      }
    }
    return other > self;
  }

  /** Surnames that are also common words (都, 于, 全…): a name only after a cue and a separator, or as HanLP reads it. */
  private static final String RARE = "都于全向时和那成区万相来但由才仁年东买信位国海花平门云容敬单查解利元展智幸植富洪";
  private static final String NAME_END = "，,。.；;、：:！!？?（(）)\n \t\"“”'";
  /** The last character of a unit's name (鑫旺陶瓷厂, 某某公司): no person's name ends so. */
  private static final String UNIT_END = "厂店司局站所院队场矿园社";
  /** Words a speaker says before their name (我叫嗯…, 我姓那个…). */
  private static final String[] FILLERS = {"那个", "这个", "就是", "嗯", "呃", "额", "啊", "哦"};
  // (山上刘老板那个窑, 村里王书记: a place's locative word before the surname, r29name)
  private static final String BEFORE_TITLE_OK = "的个位名是找叫跟和与向给被让对那这把某上里边";

  private final Map<String, Set<Type>> words = new HashMap<>();
  private final CharTrie<Set<Type>> cues = new CharTrie<>();
  /** Every word of {@link #words} by its characters: looked up where it stands in a text, no substring made. */
  private final CharTrie<Set<Type>> byChars = new CharTrie<>();
  private final CharTrie<String> titles = new CharTrie<>();
  /** The first characters of the honorifics of two characters or more (师傅, 大婶): a bit per character. */
  private final java.util.BitSet longHonorificFirsts = new java.util.BitSet();
  private final int longest;

  private Names(List<String[]> rows) {
    int max = 0;
    for (String[] r : rows) {
      Type t = Type.valueOf(r[1].toUpperCase(Locale.ROOT));
      words.computeIfAbsent(r[0], k -> EnumSet.noneOf(Type.class)).add(t);
      max = Math.max(max, r[0].length());
    }
    words.forEach((w, types) -> {
      if (types.contains(Type.SELF) || types.contains(Type.SIGN) || types.contains(Type.ROLE)
          || types.contains(Type.THIRD) || types.contains(Type.TITLE) || types.contains(Type.SPELLING)
          || types.contains(Type.KIN)) {
        cues.putIfAbsent(w, types);
      }
    });
    words.forEach(byChars::putIfAbsent);
    words.forEach((w, types) -> {
      if (w.length() >= 2 && types.contains(Type.HONORIFIC)) {
        longHonorificFirsts.set(w.charAt(0));
      }
    });
    words.forEach((w, types) -> {
      if (types.contains(Type.TITLE)) {
        titles.putIfAbsent(w, w);
      }
    });
    longest = max;
    List<String> callers = new ArrayList<>();
    words.forEach((w, types) -> {
      if (types.contains(Type.CALLER)) {
        callers.add(java.util.regex.Pattern.quote(w));
      }
    });
    callers.sort(java.util.Comparator.comparingInt(String::length).reversed()); // the longest first: 退休干部 before 干部
    // a building's number may stand before the caller's post (5号楼楼长X：)
    opening = java.util.regex.Pattern.compile(OPENING_TAGS + "(?:(?:\\d{1,4}\\s*(?=[号栋幢单]))?[\\p{IsHan}]{0,5}?(" + String.join("|", callers) + ")[：:]?)?"
        + OPENING_REST);
  }

  static Names bundled() {
    try (InputStream in = Names.class.getResourceAsStream("/nlp-models/lexicon/names.tsv")) {
      if (in == null) {
        throw new IllegalStateException("nlp-models/lexicon/names.tsv is missing from the class path");
      }
      List<String[]> rows = new ArrayList<>();
      for (Tsv.Row row : Tsv.read(in)) {
        if (row.size() < 2) {
          throw new IllegalStateException("names.tsv line " + row.line() + ": word and type expected");
        }
        rows.add(new String[] {row.fields()[0].toLowerCase(Locale.ROOT), row.fields()[1].strip()});
      }
      return new Names(rows);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  boolean is(String word, Type type) {
    Set<Type> t = words.get(word);
    return t != null && t.contains(type);
  }

  /** {@code is(text.substring(start, end), type)} without the substring: the name rules ask at every position. */
  private boolean is(String text, int start, int end, Type type) {
    Set<Type> t = types(text, start, end);
    return t != null && t.contains(type);
  }

  /** {@code words.get(text.substring(start, end))}, read from the same words by their characters. */
  private Set<Type> types(String text, int start, int end) {
    return start == end ? words.get("") : byChars.get(text, start, end);
  }

  /** The length of the surname at {@code p} (2 for 欧阳), or 0. */
  int surname(String text, int p) {
    if (p + 2 <= text.length() && is(text, p, p + 2, Type.COMPOUND)) {
      return 2;
    }
    return p < text.length() && is(text, p, p + 1, Type.SURNAME) ? 1 : 0;
  }

  /**
   * The message's last clause signing it with a surname (…不修。——4栋 符, …鱼都死了。5栋 周女士, 业主 万女士 3栋, 向师傅
   * 137…, ——住对门的程, ——屯里人老钱, 宋先生 我住在…): who one is or where one lives, then 老/小 and a surname, or a
   * surname with an honorific, or a surname alone where a dash, a building or a description shows a signature; then
   * rooms, a phone or where one lives. The surname is the name (a full name there the other rules read).
   */
  Mention signedTail(String text) {
    int from = Math.max(0, text.length() - 40);
    int s = -1;
    for (int i = text.length() - 1; i >= from; i--) {
      if ("。！!？?\n".indexOf(text.charAt(i)) >= 0 || text.charAt(i) == '—') {
        s = i + 1;
        break;
      }
    }
    if (s < 0 || s >= text.length()) {
      return null;
    }
    java.util.regex.Matcher m = SIGNED_TAIL.matcher(text).region(s, text.length());
    if (!m.matches()) {
      return null;
    }
    int p = m.start(3);
    int len = surname(text, p);
    if (len == 0 || p + len != m.end(3) || RARE.indexOf(text.charAt(p)) >= 0) {
      return null;
    }
    boolean marked = m.group(2) != null || m.group(4) != null || m.group(1) != null || m.group(5) != null
        || text.charAt(s - 1) == '—';
    return marked ? new Mention(p, p + len, text.substring(p, p + len), true, 0.7) : null;
  }

  /**
   * A record opening with who calls or comes (杨师傅来电：…, 来访人纳玉兰，女，…, 藏族群众才让卓玛来访, 额尔敦（蒙古族）来访,
   * 12345工单：冯女士反映…, 马姐：…): after a record's tags and a place, a role word or none, a name, then the verb of
   * calling, coming or telling, or a colon or comma. A surname with an honorific is the surname; a full name starts with
   * a surname unless a role word or a people's note (（蒙古族）) shows it is a person (才让卓玛, 热依拉·吐尔地).
   */
  Mention opening(String text, Predicate<String> place) {
    java.util.regex.Matcher real = Cues.any(text, "（(真") ? REAL_NAME.matcher(text) : null; // every match holds a bracket or 真
    if (real != null && real.find()) {
      int g = real.group(1) != null ? 1 : 2;
      String n = real.group(g);
      if (surname(text, real.start(g)) > 0 && !notName(n) && !NOTE_WORD.matcher(n).find()) {
        return new Mention(real.start(g), real.end(g), n, true, 0.7); // 柳絮飞飞（柳菲）：, （真名林晓）
      }
    }
    java.util.regex.Matcher m = opening.matcher(text);
    if (!m.lookingAt()) {
      return null;
    }
    int s = m.start(2);
    int e = m.end(2);
    String who = m.group(2);
    boolean cued = m.group(1) != null || m.group(3) != null && m.group(3).contains("族") || who.indexOf('·') > 0;
    if (notName(who) || NO_NAME_CHARS.matcher(who).find() || VERB_PHRASE.matcher(who).lookingAt() || who.length() > 1 && is(who, who.length() - 2, who.length(), Type.TITLE)) {
      return null;
    }
    for (int k = Math.min(3, who.length() - 1); k >= 1; k--) {
      if (is(who, who.length() - k, who.length(), Type.HONORIFIC) || CALLED_BY.contains(who.substring(who.length() - k))) {
        int h = who.length() - k;
        int p = who.charAt(0) == '老' || who.charAt(0) == '小' ? 1 : 0;
        int len = surname(who, p);
        if (len > 0 && p + len == h) {
          return new Mention(s + p, s + h, who.substring(p, h), true, 0.7); // 杨师傅 → 杨
        }
        break; // 魏春生: a full name whose last character is also an honorific's (生)
      }
    }
    if (who.length() == 2 && (who.charAt(0) == '老' || who.charAt(0) == '小') && surname(who, 1) == 1) {
      return new Mention(s + 1, e, who.substring(1), true, 0.7); // 老刘来电
    }
    boolean strong = m.group(4) != null && !m.group(4).isBlank() && "：:，,".indexOf(m.group(4).charAt(0)) < 0 || m.group(3) != null;
    int len = surname(who, 0);
    if (cued && who.length() >= 2 || len > 0 && who.length() - len >= 1 && who.length() <= 3 && (strong || m.group(1) != null)) {
      return new Mention(s, e, who, true, 0.7);
    }
    // 方晨 南京六合区…, 杨子涵，在海淀…: a name alone opening the message, as the name rules would read it there
    boolean alone = s == 0 || !Tokens.han(text.charAt(s - 1)); // not after a place (诏安县梅岭，…: a village)
    int[] parsed = alone && len > 0 && who.length() <= 3 && !place.test(who) ? parse(text, s, false, null, place) : null;
    if (parsed != null && parsed[0] == s && parsed[1] == e && parsed[2] == 0 && RARE.indexOf(who.charAt(0)) < 0
        && "家村庄屯寨湾沟镇乡店厂楼".indexOf(who.charAt(who.length() - 1)) < 0) { // 王家 那边…: a family's, a place's
      return new Mention(s, e, who, true, 0.65);
    }
    return null;
  }

  /** What the writer is called by after the surname, beside the honorifics (张同学, 陈妈妈, 苏嬢嬢, 张工). */
  // (周老四, 刘老五: a brother's rank after the surname, how a man is called; the span stays whole, as the rounds mask it, r29name)
  private static final java.util.Set<String> CALLED_BY = java.util.Set.of("同学", "妈妈", "爸爸", "嬢嬢", "工",
      "老二", "老三", "老四", "老五", "老六", "老七", "老八", "老九", "老幺");

  /**
   * The surname's length where a name is a surname and what the writer is called by (王女士, 于生, 陈妈妈, 苏嬢嬢) or 某
   * (韦某, 张某人): the surname is then the name. 0 otherwise.
   */
  int surnameOfCalled(String name) {
    int len = surname(name, 0);
    if (len == 0 || len >= name.length()) {
      return 0;
    }
    String rest = name.substring(len);
    boolean called = is(rest, Type.HONORIFIC) || CALLED_BY.contains(rest) || rest.equals("某") || rest.equals("某某")
        || rest.equals("某人");
    return called ? len : 0;
  }

  /** Words that say no name is given (未留姓名, 不留名, 集体来信, 为群体) or that no name has (曾多次, 系…). */
  /** What opens a verb phrase after a caller word (好多业主在楼下开会, 村民都去了): the people then what they do, no name. */
  private static final java.util.regex.Pattern VERB_PHRASE = java.util.regex.Pattern.compile("在|都|也|就|还|又|们|正|一起|纷纷|去|给|把|被|跟|从|到|说");
  private static final java.util.regex.Pattern NO_NAME_CHARS = java.util.regex.Pattern.compile("[留名姓信群为系曾称不未没匿]");

  /** The parts of {@link #opening}: a record's tags and a place before its caller word (names.tsv's caller rows). */
  // a post's hashtag, closed (#上海#) or ended by a space (#上海 ), is a tag too
  private static final String OPENING_TAGS =
      "\\s*(?:(?:【[^】]{1,12}】|#[^#\\s]{1,20}(?:#|(?=\\s))|@\\S{1,20}|\\d{5}[\\p{IsHan}]{0,4}[：:]|[\\p{IsHan}]{2,4}记录[：:]|网上信访[：:])\\s*)*"
      + "(?:[\\p{IsHan}]{2,14}?(?:市|县|区|旗|镇|乡|街道))?";
  /** After the caller word: the name (2), a note after it (3), the verb (4). */
  // (the name holds no level of a place, so that the place before it takes all its levels: 醴陵市浦口镇易红军反映)
  private static final String OPENING_REST = "([\\p{IsHan}&&[^市县区旗镇乡]]{1,6}?(?:·[\\p{IsHan}]{1,8})?)(（[^）]{1,16}）)?"
      + "(\\s*(?:来电|来访|致电|电话反映|反映|称|上报|报告|实名举报|实名反映|实名投诉|实名|口述|留言|代[^，,。：:]{1,8}反映|[：:，,])"
      + "|\\s+(?=\\S))";
  /** A record's opening: tags, a place, a caller word (1), the name (2), a note (3), the verb (4); built from the lexicon. */
  private final java.util.regex.Pattern opening;
  /** What a note in brackets says instead of a name: a people, a place, a sex, where it was posted (（蒙古族）, （校园论坛）). */
  private static final java.util.regex.Pattern NOTE_WORD = java.util.regex.Pattern.compile("族|区|县|市|镇|乡|村|论坛|留言|群|号|女|男|岁");
  /** A real name given in brackets after a handle or a nickname opening a post (@叶子不是叶（叶蓁）：, （真名林晓）). */
  private static final java.util.regex.Pattern REAL_NAME = java.util.regex.Pattern.compile(
      "(?:^\\s*(?:@[^（(\\s]{1,20}|[^（(\\s，,。：:]{3,12})[（(](\\p{IsHan}{2,3})[）)]|[（(]?真名(?:是|叫)?(\\p{IsHan}{2,3})(?![\\p{IsHan}]))");

  /**
   * 我 and one's name with no cue between (我刘德福种了一辈子田, 我许建华问了不下二十次, 我胡某实名举报, 我张某人今天…): a
   * full name HanLP reads as a person, or a surname and 某, after 我 (俺, 额, 阮) at a clause's start.
   */
  Mention selfNamed(String text, boolean[] person, Predicate<String> place) {
    java.util.regex.Matcher m = SELF_NAMED.matcher(text);
    while (m.find()) {
      int p = m.end();
      int len = surname(text, p);
      if (len == 0 || RARE.indexOf(text.charAt(p)) >= 0) {
        continue;
      }
      if (text.startsWith("某", p + len)) {
        return new Mention(p, p + len, text.substring(p, p + len), true, 0.7); // 我胡某实名举报 → 胡
      }
      int[] nm = person != null && person[p] ? parse(text, p, false, person, place) : null;
      if (nm != null && nm[0] == p && nm[2] == 0 && nm[1] - p >= 2 && nm[1] - p <= 3 && !notName(text.substring(p, nm[1]))
          && !levelAfter(text, nm[1]) // 阮沙西镇…: "we" in Minnan, then a town, no name (r29name)
          && types(text, p, nm[1]) == null) {
        return new Mention(p, nm[1], text.substring(p, nm[1]), true, 0.7);
      }
    }
    return null;
  }

  /** Whether a place's level follows {@code e} (镇, 乡, 县, 区, 旗, 街道): the word before it is a place's name. */
  private static boolean levelAfter(String text, int e) {
    return e < text.length() && ("镇乡县区旗".indexOf(text.charAt(e)) >= 0 || text.startsWith("街道", e));
  }

  /** 我 (俺, 额, 阮) opening a clause, where one's own name may follow with no cue. */
  private static final java.util.regex.Pattern SELF_NAMED = java.util.regex.Pattern.compile("(?:^|(?<=[，,。！!？?；;\\s]))(?:我|俺|额|阮)");

  /** The parts of {@link #signedTail}: who or where (1), 老/小/阿 (2), the surname (3), an honorific (4), rooms (5). */
  private static final java.util.regex.Pattern SIGNED_TAIL = java.util.regex.Pattern.compile(
      "\\s*(?:(?:业主|住户|居民|村民|网友|家长|楼长|栋长|组长)\\s*)?((?:\\d+\\s*(?:栋|号楼|幢|座)\\s*)|住[^\\s，,。\\d]{1,10}?[的个]|[^\\s，,。\\d]{1,4}人)?"
      + "(老|小|阿)?(\\p{IsHan}{1,2}?)(女士|先生|小姐|师傅|阿姨|大爷|大妈|大姐|姐|哥|嬢嬢|太太|太)?"
      + "((?:\\s*\\d+\\s*(?:栋|号楼|幢|座|楼|单元|室|号)?[\\d\\-]*)+)?\\s*(?:[，,\\s]\\s*我住[^。！？]{0,30})?\\s*[。.！!]?\\s*");

  /** Whether a candidate is a word that looks like a name and is not, or starts with one (周边, 马上…). */
  boolean notName(String candidate) {
    for (int k = Math.min(candidate.length(), 4); k >= 1; k--) {
      if (is(candidate, 0, k, Type.NOT_NAME)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Every person named: the writer's name where a cue, the phone or a signature shows it, others where a
   * cue does. {@code phones} are the spans of phone numbers; {@code person} marks characters HanLP reads as
   * a person's name (or null); {@code place} tells a place name (a place is no person).
   */
  List<Mention> find(String text, List<int[]> phones, boolean[] person, Predicate<String> place) {
    List<Mention> out = new ArrayList<>();
    if (!Tokens.anyHan(text)) {
      return out;
    }
    cued(text, person, place, out);
    latinGiven(text, place, out);
    spokenSelf(text, out);
    leading(text, person, place, out);
    titled(text, out);
    byPhone(text, phones, person, place, out);
    signature(text, person, place, out);
    tagged(text, place, out);
    told(text, out);
    restated(text, out);
    possessors(text, person, place, out);
    owners(text, person, place, out);
    neighbours(text, person, place, out);
    forWhom(text, person, place, out);
    penned(text, out);
    honoured(text, out);
    familiar(text, out);
    household(text, out);
    spaced(text, out);
    spoken(text, out);
    under(text, person, place, out);
    hinted(text, person, place, out);
    chatSenders(text, out);
    nicknamed(text, out);
    out.removeIf(m -> measureAfterNumeral(text, m.start()));
    return out;
  }

  /** A line of a chat copied with its sender (老胡：…, 周姐：…, 王磊妈妈：…): the sender before the colon. */
  private static final Pattern CHAT_LINE = Pattern.compile("(?m)^[@\\s]*([^\\s：:，,。！!？?@]{2,6})[：:]");
  /** Who a parent is called after in a group chat (王磊妈妈: 王磊's mother). */
  private static final String[] PARENT_OF = {"妈妈", "爸爸", "奶奶", "爷爷", "外婆", "外公", "家长", "妈", "爸"};

  /**
   * The senders of a group chat copied into a message, two lines or more each opening with a short name and a colon
   * (【转发】…老胡：着火了 / 周姐：看到了): third persons, masked, however they are called: 老 or 小 and a surname, a
   * surname and an honorific, a full name, or a child's full name before 妈妈 (a nickname such as 小雨妈妈 is none).
   */
  private void chatSenders(String text, List<Mention> out) {
    if (text.indexOf('\n') < 0 || !Cues.any(text, "：:")) {
      return;
    }
    List<int[]> senders = new ArrayList<>();
    Matcher m = CHAT_LINE.matcher(text);
    while (m.find()) {
      senders.add(new int[] {m.start(1), m.end(1)});
    }
    if (senders.size() < 2) {
      return;
    }
    for (int[] sd : senders) {
      int a = sd[0];
      int e = sd[1];
      for (String p : PARENT_OF) {
        if (e - a > p.length() + 1 && text.startsWith(p, e - p.length())) {
          e -= p.length();
          break;
        }
      }
      String w = text.substring(a, e);
      if (notName(w) || is(w, Type.SIGN) || is(w, Type.ROLE)) {
        continue;
      }
      int s;
      int f;
      if (e - a == 2 && "老小".indexOf(w.charAt(0)) >= 0 && surname(text, a + 1) == 1) {
        s = a + 1; // 老胡, 小周
        f = e;
      } else if (surname(text, a) == 1 && honorificLength(text, a + 1) == e - a - 1 && e - a >= 2) {
        s = a; // 周姐, 李阿姨
        f = a + 1;
      } else if (surname(text, a) > 0 && e - a >= 2 && e - a <= 3 && !is(w, Type.HONORIFIC)
          && "员会主处办站队部局所长委组".indexOf(text.charAt(e - 1)) < 0) { // (管理员, 居委会: a post, no name)
        s = a; // 王磊妈妈, 张建国
        f = e;
      } else {
        continue;
      }
      if (!covered(out, s, f)) {
        out.add(new Mention(s, f, text.substring(s, f), false, 0.6));
      }
    }
  }

  /** A nickname said after 叫他 or 外号 (村里人都叫他符老三): a surname and 老 with a rank among brothers. */
  private static final Pattern NICKNAME = Pattern.compile("(?:叫他|叫她|喊他|喊她|人称|外号|绰号)(?:叫|是)?(\\p{IsHan}老[大二三四五六七八九幺])(?!\\p{IsHan})");

  private void nicknamed(String text, List<Mention> out) {
    if (!Cues.any(text, "叫喊称号")) {
      return;
    }
    Matcher m = NICKNAME.matcher(text);
    while (m.find()) {
      if (surname(text, m.start(1)) == 1 && !covered(out, m.start(1), m.end(1))) {
        out.add(new Mention(m.start(1), m.end(1), m.group(1), false, 0.6));
      }
    }
  }

  /** Numerals a measure word follows. */
  private static final String NUMERALS = "0123456789０１２３４５６７８９一二两三四五六七八九十百千几数半〇零俩仨多";
  /** Measure words that are also surnames (周 a week, 万 ten thousand, 元 yuan, 车 a cartload…). */
  private static final String MEASURE_SURNAMES = "周万元包车代届季期时顿";

  /**
   * Whether a name read from {@code start} is a measure after its numeral ("两周前", "三万元", "两车渣土"): a time, a sum or
   * a quantity, not a person ("一王姓男子" is one: 王 is no measure).
   */
  static boolean measureAfterNumeral(String text, int start) {
    return start > 0 && start < text.length() && NUMERALS.indexOf(text.charAt(start - 1)) >= 0
        && MEASURE_SURNAMES.indexOf(text.charAt(start)) >= 0;
  }

  /** Measure words a count of people or homes ends with, before an approximation (五十人左右, 三十户上下). */
  private static final String COUNT_MEASURES = "人户个家位名口栋幢";

  /**
   * Whether a name read from {@code start} to {@code end} is an approximation after a count ("五十人左右", "50人左右",
   * "三十户上下"): about so many, not a person (左 is a surname). A count kept as said is masked like any free text.
   */
  static boolean approximationAfterCount(String text, int start, int end) {
    if (end - start < 2 || !(text.startsWith("左右", start) || text.startsWith("上下", start))) {
      return false;
    }
    int i = start - 1;
    if (i >= 0 && COUNT_MEASURES.indexOf(text.charAt(i)) >= 0) {
      i--;
    }
    return i >= 0 && NUMERALS.indexOf(text.charAt(i)) >= 0;
  }

  /** Honorifics that are also words for a kind of person (周老人 is rare, 老人家 a word): not read anywhere. */
  private static final Set<String> KIND_OF_PERSON = Set.of("老人", "老人家");

  /**
   * A surname and an honorific of two characters or more anywhere in the text (电话…找尹师傅就行, 村里的郭大婶说, 做装修的
   * 田师傅): a person, the writer or someone else; a third person's span unless a cue already named them. The surname
   * must start a word (after a non-Han character, a little word such as 的, 找, 跟, or a role), so 老师傅, 明白先生 stay
   * words; a unit's name after it (康师傅方便面厂) is a brand. One walk over the text, honorifics read by the lexicon's trie.
   */
  private void honoured(String text, List<Mention> out) {
    for (int i = 1; i + 1 < text.length(); i++) {
      // honorificLength gives 2 or more only where such an honorific starts: looked up only there
      int h = longHonorificFirsts.get(text.charAt(i)) && Tokens.han(text.charAt(i)) ? honorificLength(text, i) : 0;
      if (h < 2 || KIND_OF_PERSON.contains(text.substring(i, i + h))) {
        continue;
      }
      int s = i >= 2 && is(text, i - 2, i, Type.COMPOUND) ? 2 : is(text, i - 1, i, Type.SURNAME) ? 1 : 0;
      if (s == 0 || s == 1 && RARE.indexOf(text.charAt(i - 1)) >= 0 || !standsAlone(text, i - s)
          || notName(text.substring(i - s, i + h)) || covered(out, i - s, i) || unitAfter(text, i + h)) {
        continue;
      }
      out.add(new Mention(i - s, i, text.substring(i - s, i), false, 0.55));
    }
  }

  /**
   * 老X or 小X after 叫, 的, 找, 跟, 和 and ending the clause (那个保安叫小胡，…, 隔壁开饭店的老樊，…): a person, as people call
   * one another; someone else unless a cue named them.
   */
  private void familiar(String text, List<Mention> out) {
    for (int i = 1; i + 2 <= text.length(); i++) {
      char c = text.charAt(i);
      // (环保局小刘还说…: one of a unit's staff named after it, doing something, r29name)
      boolean staff = c != '阿' && "局所站办队".indexOf(text.charAt(i - 1)) >= 0;
      if (c != '老' && c != '小' && c != '阿' || "叫的找跟和是给".indexOf(text.charAt(i - 1)) < 0 && !staff) {
        continue;
      }
      int sn = surname(text, i + 1);
      // 老X头 (修鞋的老孙头，…): an old man called so, the 头 part of the name as people say it
      int tail = c == '老' && sn > 0 && i + 1 + sn < text.length() && text.charAt(i + 1 + sn) == '头' ? 1 : 0;
      // …的老X then what they did (收旧货的老X把…, 开车的小X说…): a person acting, the clause goes on
      boolean acts = (text.charAt(i - 1) == '的' || staff) && c != '阿' && i + 1 + sn + tail < text.length()
          && ACTS.indexOf(text.charAt(i + 1 + sn + tail)) >= 0;
      if (sn == 0 || RARE.indexOf(text.charAt(i + 1)) >= 0 || staff && !acts || !acts && (!nameEnds(text, i + 1 + sn + tail) || stopAt(text, i + 1 + sn + tail))
          || notName(text.substring(i, i + 1 + sn + tail)) || covered(out, i + 1, i + 1 + sn)) {
        continue;
      }
      out.add(new Mention(i + 1, i + 1 + sn, text.substring(i + 1, i + 1 + sn), false, 0.55));
    }
  }

  /** Family words after 老X家 (老刘家媳妇), beside the lexicon's kin words: whose household it is. */
  private static final String[] FAMILY = {"儿子", "女儿", "闺女", "男人", "老人", "老头", "老太", "婆娘", "小子", "丫头", "大儿", "二儿", "小儿"};

  /**
   * 老X家 or 小X家 then one of that household (老刘家媳妇栽倒了, 小孙家孩子咳嗽): the family is called by X, a third person's
   * surname to mask. Not 老王家烧烤, 老刘家的狗 (a shop, a thing): a relative's word must follow 家.
   */
  private void household(String text, List<Mention> out) {
    for (int i = text.indexOf('家', 2); i >= 2 && i + 2 <= text.length(); i = text.indexOf('家', i + 1)) {
      int sn = i >= 3 && surname(text, i - 2) == 2 ? 2 : surname(text, i - 1) == 1 ? 1 : 0;
      int o = i - sn - 1;
      if (sn == 0 || o < 0 || text.charAt(o) != '老' && text.charAt(o) != '小' || RARE.indexOf(text.charAt(i - sn)) >= 0
          || notName(text.substring(o, i)) || covered(out, i - sn, i)) {
        continue;
      }
      boolean family = false;
      for (int k = 2; k <= 3 && i + 1 + k <= text.length() && !family; k++) {
        Set<Type> t = types(text, i + 1, i + 1 + k);
        family = t != null && t.contains(Type.KIN);
      }
      for (String f : FAMILY) {
        family |= text.startsWith(f, i + 1);
      }
      if (family) {
        out.add(new Mention(i - sn, i, text.substring(i - sn, i), false, 0.55));
      }
    }
  }

  /** What a person named 老X or 小X does just after the name (把, 说, 讲, 就, 又, 也, 被, 天天, 还, 拿, 从). */
  private static final String ACTS = "把说讲就又也被天还拿从";

  /**
   * A name typed with a space between its characters after a naming or signing cue (我叫何 建 新, 举报人：何 建 新, as
   * speech typed by a phone reads): the whole of it.
   */
  private static final Pattern SPACED = Pattern.compile("(?:我叫|名字叫|名字是|本人叫|我的名字是|姓名[:：]?|(?<signing>(?:举报|反映|投诉|联系)人[:：]?|落款[:：]?))\\s*(?<name>\\p{IsHan}(?: \\p{IsHan}){1,3})(?![\\p{IsHan}])");

  private void spaced(String text, List<Mention> out) {
    if (text.indexOf(' ') < 0) {
      return;
    }
    Matcher m = SPACED.matcher(text);
    while (m.find()) {
      int start = m.start("name");
      if (surname(text, start) > 0 || is(text, start, start + 3, Type.COMPOUND)) {
        // after a signing cue, over the surname alone the cue read before the first space (举报人：何 建 新 is 何建新, not
        // 何); after 我叫 as before, where speech stutters (我叫 周 周 美丽的美…)
        boolean signing = m.group("signing") != null;
        out.add(new Mention(start, m.end("name"), m.group("name").replace(" ", ""), true, signing ? 0.91 : 0.85));
      }
    }
  }

  /**
   * Speech transcribed with a space between every word (我 姓 X, 我 叫 X Y Z, 我 是 老 X X Y Z): the cue said in
   * spaced words, then single characters each between spaces. 姓 gives the surname; 叫 a surname and one or two given
   * characters; 是 a surname after 老, 小 or 阿 (the name said again in full after it is the whole name). Not 我 是 说,
   * 我 叫 他们, 我 是 张 家 村 的: a given character is no little word and no place's last character.
   */
  private static final Pattern SPOKEN = Pattern.compile("(?:我 ?(?:的 ?)?(?:名字 ?)?|本人 ?|名字 ?)([叫姓是]) +");
  private static final String SPOKEN_STOP = "我你他她的了是在要和跟就也都说呢吧啊呀嘛吗电住家村镇乡区县市厂楼号";

  private void spoken(String text, List<Mention> out) {
    if (text.indexOf(' ') < 0 || !text.contains(" 叫 ") && !text.contains(" 姓 ") && !text.contains(" 是 ")) {
      return;
    }
    Matcher m = SPOKEN.matcher(text);
    while (m.find()) {
      char cue = m.group(1).charAt(0);
      int p = m.end();
      if (cue == '是') {
        if (!single(text, p) || "老小阿".indexOf(text.charAt(p)) < 0 || !single(text, p + 2)
            || surname(text, p + 2) != 1 || RARE.indexOf(text.charAt(p + 2)) >= 0) {
          continue;
        }
        if (!covered(out, p + 2, p + 3)) {
          out.add(new Mention(p + 2, p + 3, text.substring(p + 2, p + 3), true, 0.8));
        }
        p += 4; // the full name may follow: 老 X X Y Z
        if (p >= text.length() || text.charAt(p) != text.charAt(m.end() + 2)) {
          continue;
        }
      }
      if (!single(text, p) || surname(text, p) != 1 || RARE.indexOf(text.charAt(p)) >= 0 && cue != '姓') {
        continue;
      }
      if (cue == '姓') {
        if (!covered(out, p, p + 1)) {
          out.add(new Mention(p, p + 1, text.substring(p, p + 1), true, 0.8));
        }
        continue;
      }
      int e = p + 1;
      StringBuilder name = new StringBuilder().append(text.charAt(p));
      for (int k = 0; k < 2 && single(text, e + 1) && SPOKEN_STOP.indexOf(text.charAt(e + 1)) < 0; k++) {
        name.append(text.charAt(e + 1));
        e += 2;
      }
      if (name.length() >= 2 && !covered(out, p, e)) {
        out.add(new Mention(p, e, name.toString(), true, 0.85));
      }
    }
  }

  /** Whether a Han character stands alone at {@code p}, between spaces (or the text's edges or a non-Han character). */
  private static boolean single(String text, int p) {
    return p < text.length() && Tokens.han(text.charAt(p)) && (p == 0 || !Tokens.han(text.charAt(p - 1)))
        && (p + 1 == text.length() || !Tokens.han(text.charAt(p + 1)));
  }

  /**
   * A person HanLP's recogniser reads where no cue named one (我老伴刘淑琴去河边…, 一个叫杨少华的干部, 开铲车的是表哥唐国平):
   * a word it tags as a person's name that reads as a full name by the rules (a surname that is no common word, one
   * or two given characters, no place, no unit, none of the look-alikes) is masked as a third person's name. It never
   * makes the writer's name field: masking a word too many is a lesser harm than a name left readable.
   */
  private void hinted(String text, boolean[] person, Predicate<String> place, List<Mention> out) {
    if (person == null) {
      return;
    }
    int n = Math.min(text.length(), person.length);
    for (int s = 0; s < n; ) {
      if (!person[s]) {
        s++;
        continue;
      }
      int e = s;
      while (e < n && person[e]) {
        e++;
      }
      if (e - s >= 2 && e - s <= 4 && !covered(out, s, e)) {
        int[] nm = parse(text, s, false, person, place);
        if (nm != null && nm[2] == 0 && nm[1] == e && !followedByPlace(text, e) && !unitAfter(text, e)
            && !VERBAL.matcher(text).region(s + surname(text, s), e).find()) { // 路也…: an adverb, no given name
          out.add(new Mention(s, e, text.substring(s, e), false, 0.5));
        }
      }
      s = e;
    }
  }

  /**
   * Whether the words from {@code e} end a unit's name before any 的 or clause mark (康师傅方便面厂, 金龙鱼加工厂): a
   * brand, no person.
   */
  private static boolean unitAfter(String text, int e) {
    for (int k = e; k < Math.min(text.length(), e + 6) && Tokens.han(text.charAt(k)); k++) {
      if (text.charAt(k) == '的' || stopAt(text, k) || "就也都还又才再".indexOf(text.charAt(k)) >= 0) {
        return false; // 找尹师傅就行: an adverb, no trade
      }
      if (UNIT_END.indexOf(text.charAt(k)) >= 0 || "行馆铺坊".indexOf(text.charAt(k)) >= 0) {
        return true;
      }
    }
    return false;
  }

  /** 以朱某某的名义, 用我表妹周某某的名字: a name someone writes under, masked as another person's. */
  private static final Pattern UNDER = Pattern.compile("[以用拿借]([\\p{IsHan}]{2,4})的(?:名义|名字|身份|名头)");

  private void under(String text, boolean[] person, Predicate<String> place, List<Mention> out) {
    if (!text.contains("的名")) {
      return;
    }
    Matcher m = UNDER.matcher(text);
    while (m.find()) {
      for (int st = m.start(1); st < m.end(1) - 1; st++) {
        int[] nm = parse(text, st, false, person, place);
        if (nm != null && nm[1] == m.end(1) && nm[2] == 0 && !covered(out, nm[0], nm[1])) {
          out.add(new Mention(nm[0], nm[1], text.substring(nm[0], nm[1]), false, 0.6));
          break;
        }
      }
    }
  }

  private static boolean covered(List<Mention> out, int s, int e) {
    for (Mention m : out) {
      if (m.start() < e && s < m.end()) {
        return true;
      }
    }
    return false;
  }

  /** The writer typing or writing for a relative (帮我外公打字, 替我妈写, 代我爷爷发): that relative is the petitioner. */
  private static final String KIN = "(奶奶|爷爷|外婆|外公|姥姥|姥爷|妈妈|我妈|妈|母亲|"
      + "爸爸|我爸|爸|父亲|老父亲|老母亲|婆婆|公公|老伴|岳父|岳母|大伯|大爷|舅舅|姑姑|叔叔|婶婶)";
  /** (给 only before writing: 给我妈打电话 is no message written for her; 给爷爷打的字 is.) */
  private static final Pattern FOR_WHOM = Pattern.compile("(?:(?:帮|替|代)我?" + KIN + "(?:打字|打的字|写|发|反映|留言|投诉|问|代笔|打|说|讲|转达)"
      + "|给我?" + KIN + "(?:打字|打的字|写的|代写|发的|发消息)"
      // 我奶奶让我帮她发的: the relative asks, the writer sends for her (r29name)
      + "|" + KIN + "(?:让|叫|喊|托)我(?:帮|替|代|给)(?:她|他)(?:打字|打的字|写|发|反映|留言|投诉|问|打))");
  /** How far after the cue the relative is named with 姓 or 叫 (…奶奶说…。奶奶姓郑): the message told for them. */
  private static final int FOR_WHOM_REACH = 240;

  /** The relative named after 叫 (外公叫孙长贵) once the writer says they write for them: the petitioner's name. */
  private void forWhom(String text, boolean[] person, Predicate<String> place, List<Mention> out) {
    if (!Cues.any(text, "帮替代给")) {
      return; // every match holds one of these: not tried over every message
    }
    Matcher m = FOR_WHOM.matcher(text);
    if (!m.find()) {
      return;
    }
    String who = (m.group(1) != null ? m.group(1) : m.group(2) != null ? m.group(2) : m.group(3)).replace("我", "");
    // 外公叫孙长贵, 奶奶姓郑 (the surname her name), or the relative's word again just before a full name (替爷爷反映
    // 爷爷刘宝山 住…)
    for (String call : new String[] {who + "名叫", who + "叫做", who + "叫", who + "姓", who}) {
      int at = text.indexOf(call, m.end());
      boolean bare = call.equals(who);
      if (at < 0 || at - m.end() > (bare ? 20 : FOR_WHOM_REACH)) {
        continue;
      }
      int p = at + call.length();
      if (call.endsWith("姓")) {
        int k = surname(text, p);
        if (k > 0 && (p + k == text.length() || NAME_END.indexOf(text.charAt(p + k)) >= 0)) {
          out.removeIf(o -> o.start() == p && o.end() == p + k);
          out.replaceAll(o -> o.petitioner() ? new Mention(o.start(), o.end(), o.name(), false, o.confidence()) : o);
          out.add(new Mention(p, p + k, text.substring(p, p + k), true, 0.9));
          return;
        }
        continue;
      }
      int[] name = bare ? (surname(text, p) > 0 ? parse(text, p, false, person, place) : null) : parse(text, p, true, person, place);
      if (bare && (name == null || name[2] == 1 || !nameEnds(text, name[3]))) {
        continue;
      }
      if (name != null) {
        int s0 = name[0];
        int e0 = name[1];
        out.removeIf(o -> o.start() == s0 && o.end() == e0);
        out.replaceAll(o -> o.petitioner() ? new Mention(o.start(), o.end(), o.name(), false, o.confidence()) : o);
        out.add(new Mention(s0, e0, text.substring(s0, e0), true, 0.9));
      }
      return;
    }
  }

  /**
   * The one who wrote a letter that several sign, named before 执笔 (由高树林执笔, 孙玉堂（执笔）): the petitioner, over
   * the first signer listed.
   */
  private void penned(String text, List<Mention> out) {
    for (int at = text.indexOf("执笔", 1); at > 0; at = text.indexOf("执笔", at + 2)) {
      int e = "（(".indexOf(text.charAt(at - 1)) >= 0 ? at - 1 : at;
      for (int len = 3; len >= 2; len--) {
        int p = e - len;
        if (p < 0 || p > 0 && Tokens.han(text.charAt(p - 1)) && text.charAt(p - 1) != '由') {
          continue;
        }
        int[] name = surname(text, p) > 0 ? parse(text, p, false, null, w -> false) : null;
        if (name != null && name[1] == e && name[2] == 0) {
          out.add(new Mention(p, e, text.substring(p, e), true, 0.92));
          break;
        }
      }
    }
  }

  /** Words a speaker says inside a name they are searching for (马 马什么 马海军). */
  private static final String[] GROPING = {"什么", "那个", "呃", "嗯", "啊"};

  /**
   * A name said again as a speaker corrects or spells it, after the writer's mention: the surname alone, the
   * surname while groping (马什么), the full name (我姓 耳东陈 陈 陈秀梅 → 陈秀梅), a character spelled by its parts
   * as a word of its own (郝 赤耳郝); the full name said so is the writer's name.
   */
  private void restated(String text, List<Mention> out) {
    int n = out.size();
    for (int k = 0; k < n; k++) {
      Mention m = out.get(k);
      if (!m.petitioner() || m.name().isEmpty() || !Tokens.han(m.name().charAt(0))) {
        continue;
      }
      int sn = surname(m.name(), 0);
      if (sn == 0) {
        continue;
      }
      String sur = m.name().substring(0, sn);
      String name = m.name();
      int e = m.end();
      for (int tokens = 0; tokens < 6 && e < text.length(); tokens++) {
        int t = e;
        while (t < text.length() && " \t，,、".indexOf(text.charAt(t)) >= 0 && t - e < 3) {
          t++;
        }
        if (t == e) {
          break;
        }
        int te = t;
        while (te < text.length() && Tokens.han(text.charAt(te)) && te - t < 6) {
          te++;
        }
        if (te == t || stopAt(text, t) || te < text.length() && Tokens.han(text.charAt(te))) {
          break;
        }
        String tok = text.substring(t, te);
        if (tok.equals(sur)) {
          out.add(new Mention(t, te, sur, true, m.confidence()));
        } else if (tok.startsWith(sur) && groping(tok.substring(sn))) {
          out.add(new Mention(t, t + sn, sur, true, m.confidence())); // 马什么
        } else if (tok.startsWith(name) && tok.length() > name.length() && tok.length() - sn <= 2
            && !notName(tok) && fullNameAt(text, t, te)) {
          name = tok;
          out.add(new Mention(t, te, tok, true, Math.min(0.95, m.confidence() + 0.03))); // 陈 陈秀梅
        } else if (spellingLength(text, t, name) == tok.length()
            || tok.length() >= 2 && tok.length() <= 4 && name.indexOf(tok.charAt(tok.length() - 1)) >= 0) {
          out.add(new Mention(t, te, name.substring(0, sn), true, m.confidence() - 0.01)); // 赤耳郝, 秀气的秀
        } else {
          break;
        }
        e = te;
      }
    }
  }

  /**
   * Whether text[s, e) ends in a place's level (镇, 乡, 村…), or in one and 人, and 的, 人 or the clause's end follows:
   * a place said after 我是, no name.
   */
  private static boolean placeLevelEnds(String text, int s, int e) {
    int last = text.charAt(e - 1) == '人' && e - s >= 3 ? e - 2 : e - 1;
    if ("镇乡村县区市省旗屯寨".indexOf(text.charAt(last)) < 0) {
      return false;
    }
    return e >= text.length() || "的人，,。；;！!\n ".indexOf(text.charAt(e)) >= 0 || last == e - 2;
  }

  /** Whether text[s, e) reads as a full name (王村的, 陈述 do not: a place word, a stop word). */
  private boolean fullNameAt(String text, int s, int e) {
    int[] n = parse(text, s, false, null, w -> false);
    return n != null && n[2] == 0 && n[1] == e;
  }

  private static boolean groping(String rest) {
    for (String g : GROPING) {
      if (rest.equals(g)) {
        return true;
      }
    }
    return false;
  }

  /** Whether the surname at {@code e}'s name is said again, in full, among the next few words (我叫马 马什么 马海军). */
  private boolean restatesInFull(String text, int e, String sur) {
    int limit = Math.min(text.length(), e + 16);
    for (int i = text.indexOf(sur, e); i >= 0 && i < limit; i = text.indexOf(sur, i + 1)) {
      if (i > 0 && (text.charAt(i - 1) == ' ' || text.charAt(i - 1) == '，' || text.charAt(i - 1) == ',')) {
        int te = i + sur.length();
        while (te < text.length() && Tokens.han(text.charAt(te)) && te - i < 4) {
          te++;
        }
        if (te - i > sur.length() && te - i <= sur.length() + 2 && (te == text.length() || !Tokens.han(text.charAt(te)))
            && !groping(text.substring(i + sur.length(), te)) && fullNameAt(text, i, te)) {
          return true;
        }
      }
    }
    return false;
  }

  /** What stands after a name for someone's household or business (刘军他们家的…, 周强家的狗): someone else. */
  private static final String[] POSSESSED = {"他们家", "她们家", "他家", "她家", "家的"};

  private void possessors(String text, boolean[] person, Predicate<String> place, List<Mention> out) {
    for (int i = text.indexOf('家'); i > 0; i = text.indexOf('家', i + 1)) {
      if (i >= 2 && text.charAt(i - 2) == '老' && surname(text, i - 1) == 1 && RARE.indexOf(text.charAt(i - 1)) < 0
          && worksAfter(text, i + 1) && !notName(text.substring(i - 2, i)) && !covered(out, i - 1, i)) {
        out.add(new Mention(i - 1, i, text.substring(i - 1, i), false, 0.6)); // 老刘家养鸡场: the owner (r29name)
        continue;
      }
      for (String w : POSSESSED) {
        int at = i - w.indexOf('家');
        if (at < 2 || !text.startsWith(w, at)) {
          continue;
        }
        if (at >= 2 && text.charAt(at - 2) == '老' && surname(text, at - 1) == 1 && RARE.indexOf(text.charAt(at - 1)) < 0
            && !notName(text.substring(at - 2, at)) && !covered(out, at - 1, at)) {
          out.add(new Mention(at - 1, at, text.substring(at - 1, at), false, 0.6)); // 老孙家的砖厂: 孙, someone else
          break;
        }
        for (int len = 3; len >= 2; len--) {
          int st = at - len;
          if (st < 0 || !allHan(text, st, at) || st > 0 && Tokens.han(text.charAt(st - 1))) {
            continue;
          }
          int[] nm = parse(text, st, false, person, place);
          if (nm != null && nm[1] == at && nm[2] == 0 && (person == null || person[st])) {
            out.add(new Mention(st, at, text.substring(st, at), false, 0.6));
            break;
          }
        }
        break;
      }
    }
  }

  /**
   * Whether a works' word (厂, 场, 窑, 矿, 坊) ends within five Han characters from {@code e} (养鸡场, 砖窑厂, 洗沙场): a farm's
   * or a works' kind, where one's surname before it is the owner's (老刘家养鸡场); not a shop's (老王家烧烤, 老李家面馆), which
   * is a brand (r29name).
   */
  private static boolean worksAfter(String text, int e) {
    for (int k = e; k < Math.min(text.length(), e + 5) && Tokens.han(text.charAt(k)) && "的在是和".indexOf(text.charAt(k)) < 0; k++) {
      if ("厂场窑矿坊".indexOf(text.charAt(k)) >= 0) {
        return k > e;
      }
    }
    return false;
  }

  /** Verbs of running a works after its owner's name (刘建军开的砖厂, 开嘞, 开嘅, 办的, 搞的). */
  private static final String[] RUNS = {"开的", "开嘞", "开嘅", "开个", "办的", "搞的"};

  /**
   * A full name before a verb of running and a works (那个X开嘞砖窑厂, 是X办的养猪场): the owner, someone else; a name of
   * three HanLP reads as a person, or of two or three after 那个/这个/是 (r29name).
   */
  private void owners(String text, boolean[] person, Predicate<String> place, List<Mention> out) {
    for (int k = 2; k + 2 < text.length(); k++) {
      char c = text.charAt(k);
      if (c != '开' && c != '办' && c != '搞') {
        continue;
      }
      for (String v : RUNS) {
        if (!text.startsWith(v, k) || !worksAfter(text, k + v.length())) {
          continue;
        }
        for (int len = 3; len >= 2; len--) {
          int st = k - len;
          if (st < 0 || !allHan(text, st, k) || covered(out, st, k)) {
            continue;
          }
          boolean cued = st >= 2 && (text.startsWith("那个", st - 2) || text.startsWith("这个", st - 2))
              || st >= 1 && text.charAt(st - 1) == '是';
          if (!cued && (st > 0 && Tokens.han(text.charAt(st - 1)) || len < 3)) {
            continue;
          }
          int[] nm = parse(text, st, false, person, place);
          if (nm != null && nm[0] == st && nm[1] == k && nm[2] == 0 && !place.test(text.substring(st, k))
              && (cued || person != null && person[st])) {
            out.add(new Mention(st, k, text.substring(st, k), false, 0.6));
            break;
          }
        }
        break;
      }
    }
  }

  /**
   * A neighbour named by where they live, then what they do (一楼的邵建华在院子里…, 隔壁的冉春生天天…): a full
   * name after 的 that follows a word of a dwelling, then a verb or an adverb; someone else.
   */
  private void neighbours(String text, boolean[] person, Predicate<String> place, List<Mention> out) {
    for (int d = text.indexOf('的'); d > 0; d = text.indexOf('的', d + 1)) {
      if ("楼层壁门户院".indexOf(text.charAt(d - 1)) < 0 || d + 4 >= text.length()) {
        continue;
      }
      int[] nm = parse(text, d + 1, false, person, place);
      if (nm != null && nm[2] == 0 && nm[1] - nm[0] == 3 && nm[3] == nm[1] && (person == null || person[d + 1])
          && "在家天养把又总经常每也还".indexOf(text.charAt(nm[1])) >= 0) {
        out.add(new Mention(nm[0], nm[1], text.substring(nm[0], nm[1]), false, 0.6));
      }
    }
  }

  /** A given name told by its characters after the surname: 单名一个X字, 单名X, 双名XY (the writer's). */
  private static final java.util.regex.Pattern GIVEN = java.util.regex.Pattern.compile(
      "^[^。！!？?\\n]{0,12}?(?:单名(?:一个|叫|是)?([\\p{IsHan}])(?:字)?|双名(?:叫|是)?([\\p{IsHan}]{2}))");
  /**
   * A surname with a title or honorific signing off or given as the contact (——钱老师, 联系人：办公室沈主任 139…):
   * the writer, named as colleagues name them.
   */
  static final java.util.regex.Pattern SIGNED_TITLE = java.util.regex.Pattern.compile(
      "(?:[—\\-－]{1,2}\\s*|(?:联系人|落款|反映人|举报人|署名)[：:]?\\s*(?:[\\p{IsHan}]{0,4}?|[\\p{IsHan}]{2,5}\\s))([\\p{IsHan}])"
      + "(老师|主任|经理|科长|师傅|医生|律师|书记|会计|站长|校长|园长)(?=\\s*$|\\s*[0-9０-９]|\\s*\\n|\\s*[（(，,]|\\s*电话|\\s*手机)");
  /** Every match of SIGNED_TITLE starts with one of these (for Cues.find). */
  static final String SIGNED_TITLE_FIRSTS = "—-－联落反举署";

  /**
   * A last line that signs with an office, a surname and a title, then the phone (…请来处理。物业服务中心肖经理 0717-…;
   * 物业韩经理 024-…): the writer, named as colleagues name them (branch r22rest).
   */
  private static final java.util.regex.Pattern SIGNED_LINE = java.util.regex.Pattern.compile(
      "(?:^|[。！!？?\n])\\s*\\p{IsHan}{0,8}?(\\p{IsHan})(经理|主任|科长|站长|校长|园长|老师|医生|会计|师傅|书记)\\s*[，,]?\\s*"
          + "(?:电话|手机|联系电话)?[：:]?\\s*(?:\\+?86[\\s-]?)?[0-9][0-9\\s-]{6,16}[0-9]\\s*[。.]?\\s*$");
  /**
   * One's trade and the surname alone, then the phone (我是骑手蒋，电话…; 船老大黄，电话…): how drivers, riders and boatmen
   * sign (branch r22rest).
   */
  private static final java.util.regex.Pattern TRADE_SURNAME = java.util.regex.Pattern.compile(
      "(?:^|[。！!？?，,\n]|我是)\\s*(?:外卖骑手|骑手|船老大|司机|快递员|外卖员|保安|网格员|的哥|的姐)(\\p{IsHan})\\s*[，,]?\\s*(?:电话|手机|联系电话)");

  /** A dash, then a name alone ending the message (…——小梁, …—常玉兰): the writer signing off. */
  private static final java.util.regex.Pattern DASH_SIGNED = java.util.regex.Pattern.compile(
      "(?:——|—|--|－－)\\s*([老小])?([\\p{IsHan}]{1,3})\\s*(?:[（(][^（()）\\n]{1,30}[）)])?\\s*[。.！!]?\\s*$");

  private void told(String text, List<Mention> out) {
    int n = out.size();
    for (int k = 0; k < n; k++) {
      Mention m = out.get(k);
      if (!m.petitioner() || m.name().length() > 2 || surname(m.name(), 0) != m.name().length()) {
        continue;
      }
      java.util.regex.Matcher g = GIVEN.matcher(text).region(m.end(), text.length());
      g.useAnchoringBounds(true);
      if (g.find()) {
        int gi = g.group(1) != null ? 1 : 2;
        out.add(new Mention(g.start(gi), g.end(gi), m.name() + g.group(gi), true, 0.93)); // 我姓李…单名一个峰字
        break;
      }
    }
    java.util.regex.Matcher d = DASH_SIGNED.matcher(text);
    if (text.indexOf('—') >= 0 || text.indexOf('-') >= 0 || text.indexOf('－') >= 0) {
      if (d.find()) {
        int p = d.start(2);
        int sn = surname(text, p);
        boolean familiar = d.group(1) != null;
        if (sn == 1 && RARE.indexOf(text.charAt(p)) >= 0 && d.group(1) == null && d.end(2) - p == 3
            && !notName(text.substring(p, d.end(2)))) {
          out.add(new Mention(p, d.end(2), d.group(2), true, 0.75)); // …——于海洋: a full name, though 于 is a word too
        } else if (sn > 0 && RARE.indexOf(text.charAt(p)) < 0 && !notName(text.substring(d.start(1) >= 0 ? d.start(1) : p, d.end(2)))) {
          if (familiar && d.end(2) - p == sn) {
            out.add(new Mention(p, p + sn, text.substring(p, p + sn), true, 0.75)); // …——小梁: the surname, as friends call one
          } else if (!familiar) {
            int[] name = parse(text, p, false, null, w -> false);
            if (name != null && name[3] == d.end(2) && name[1] - name[0] >= 2) {
              add(out, text, name, true, 0.75); // …——常玉兰: a name signing off a message
            }
          }
        }
      }
    }
    if (text.indexOf('—') >= 0 || text.indexOf('-') >= 0 || text.indexOf('－') >= 0) {
      dashWho(text, out);
      dashPost(text, out);
    }
    int last = text.length() - 1;
    while (last > 0 && (text.charAt(last) == '。' || text.charAt(last) == '.' || Character.isWhitespace(text.charAt(last)))) {
      last--;
    }
    if (last > 0 && Character.isDigit(text.charAt(last))) { // a signature line ends in its phone
      int from = Math.max(0, Math.max(text.lastIndexOf('。', last), text.lastIndexOf('！', last)));
      java.util.regex.Matcher l = SIGNED_LINE.matcher(text).region(from, text.length());
      if (l.find() && surname(text, l.start(1)) == 1 && RARE.indexOf(text.charAt(l.start(1))) < 0
          && !notName(text.substring(l.start(1), l.end(2))) && !covered(out, l.start(1), l.end(1))) {
        out.add(new Mention(l.start(1), l.end(1), l.group(1), true, 0.7)); // …物业韩经理 024-…
      }
    }
    if (text.indexOf("电话") >= 0 || text.indexOf("手机") >= 0) {
      java.util.regex.Matcher r = TRADE_SURNAME.matcher(text);
      if (r.find() && surname(text, r.start(1)) == 1 && RARE.indexOf(text.charAt(r.start(1))) < 0
          && !covered(out, r.start(1), r.end(1))) {
        out.add(new Mention(r.start(1), r.end(1), r.group(1), true, 0.7)); // 我是骑手蒋，电话…
      }
    }
    java.util.regex.Matcher t = SIGNED_TITLE.matcher(text);
    for (int from = 0; Cues.find(t, text, from, SIGNED_TITLE_FIRSTS); from = t.end()) { // tried at a dash or a cue only
      if (surname(text, t.start(1)) == 1 && !notName(text.substring(t.start(1), t.end(2)))) {
        out.add(new Mention(t.start(1), t.end(1), t.group(1), true, 0.7)); // ——钱老师
      }
    }
  }

  /** A full name, then only the post's hashtags to the end (…睡不着。何思远 #杭州 #噪音): the writer signing a post. */
  private static final Pattern TAGGED_TAIL = Pattern.compile(
      "(?:^|(?<=[。.！!？?，,\\s]))(\\p{IsHan}{2,3})(?:\\s*#[^#\\s]{1,15}#?)+\\s*$");

  private void tagged(String text, Predicate<String> place, List<Mention> out) {
    if (text.indexOf('#') < 0) {
      return;
    }
    java.util.regex.Matcher t = TAGGED_TAIL.matcher(text);
    if (!t.find()) {
      return;
    }
    int p = t.start(1);
    if (surname(text, p) == 0 || RARE.indexOf(text.charAt(p)) >= 0 || notName(t.group(1)) || covered(out, p, t.end(1))) {
      return;
    }
    int[] name = parse(text, p, false, null, place);
    if (name != null && name[3] == t.end(1) && name[1] - name[0] >= 2 && !place.test(t.group(1))) {
      add(out, text, name, true, 0.75); // a place before the tags (…杭州 #噪音) is none
    }
  }

  /** A dash, one's post or trade, then 老/小 and the surname ending the message (——前台小王, ——保安老李). */
  private static final Pattern DASH_POST = Pattern.compile(
      "(?:——|—|--|－－)\\s*(\\p{IsHan}{2,4}?)([老小])(\\p{IsHan})\\s*[。.！!]?\\s*$");

  private void dashPost(String text, List<Mention> out) {
    java.util.regex.Matcher d = DASH_POST.matcher(text);
    if (!d.find()) {
      return;
    }
    int p = d.start(3);
    if (surname(text, p) != 1 || RARE.indexOf(text.charAt(p)) >= 0 || notName(text.substring(d.start(2), p + 1))) {
      return;
    }
    out.removeIf(m -> !m.petitioner() && m.start() <= p && p < m.end()); // read first as a post's holder (门卫老X): signing, the writer
    if (!covered(out, p, p + 1)) {
      out.add(new Mention(p, p + 1, d.group(3), true, 0.75));
    }
  }

  /** A dash, who or where one is and 的, then the one signing: a surname with 老/小 or an honorific. */
  private static final java.util.regex.Pattern DASH_WHO = java.util.regex.Pattern.compile(
      "(?:——|—|--|－－)\\s*[^\\n—。！？!?]{2,30}?的([老小])?(\\p{IsHan})");

  /**
   * The last dash of the message, then who or where the writer is and 的, then 老X, 小X, X and an honorific or a full
   * name, ending the message or before the phone (…——住在某某小区的X阿姨，电话…, ——隔壁楼的老X, ——住隔壁的雷淑珍): the writer
   * signing off.
   */
  private void dashWho(String text, List<Mention> out) {
    int dash = Math.max(text.lastIndexOf('—'), Math.max(text.lastIndexOf("--"), text.lastIndexOf('－')));
    java.util.regex.Matcher d = DASH_WHO.matcher(text);
    int from = dash > 0 && text.charAt(dash - 1) == text.charAt(dash) ? dash - 1 : dash;
    if (from < 0 || !d.find(from) || d.start() != from) {
      return;
    }
    int p = d.start(2);
    if (surname(text, p) != 1 || RARE.indexOf(text.charAt(p)) >= 0) {
      return;
    }
    int e = p + 1;
    int h = d.group(1) == null ? honorificLength(text, e) : 0;
    if (d.group(1) == null && h == 0) {
      // ——住隔壁的雷淑珍: a full name, the surname and one or two characters ending the message or before the phone
      int g = e;
      while (g < text.length() && g - e < 2 && Tokens.han(text.charAt(g))) {
        g++;
      }
      boolean closes = g == text.length() || Character.isDigit(text.charAt(g)) || " \t，,。.!！".indexOf(text.charAt(g)) >= 0;
      String full = text.substring(p, g);
      if (g > e && closes && !notName(full) && types(text, p, g) == null) {
        // read first as a neighbour's (隔壁的X): signing off after the dash, it is the writer's own
        int fs = p;
        int fe = g;
        out.removeIf(m -> !m.petitioner() && m.start() == fs && m.end() == fe);
        if (!covered(out, p, g)) {
          out.add(new Mention(p, g, full, true, 0.75));
        }
      }
      return;
    }
    int after = e + h;
    while (after < text.length() && " \t，,。.!！".indexOf(text.charAt(after)) >= 0) {
      after++;
    }
    boolean ends = after >= text.length() || Character.isDigit(text.charAt(after)) || text.startsWith("电话", after)
        || text.startsWith("手机", after) || text.startsWith("联系", after);
    if (ends && !covered(out, p, e)) {
      out.add(new Mention(p, e, text.substring(p, e), true, 0.75));
    }
  }

  /** What follows 陈姓 when it names a person (陈姓老板, 刘姓男子, 王姓村民, 李姓负责人…). */
  private static final String PERSON_NOUN = "老男女村居业工司负商住户职员经厂店干领人师医律";

  /** Adverbs, negations and aspect words that a given name hardly holds (高烧不退, 身体很差). */
  private static final Pattern VERBAL = Pattern.compile("[不没很也都就还又着过得地们常总最太更]");

  /** Character.toLowerCase, without its table for the CJK ideographs (U+3400–U+9FFF), which have no case. */
  private static char lower(char c) {
    return c >= '\u3400' && c <= '\u9fff' ? c : Character.toLowerCase(c);
  }

  /** Whether a cue at text[i, end) starts or ends with a Latin letter that another letter joins (living, Louis). */
  private static boolean latinInsideWord(String text, int i, int end) {
    boolean latinStart = text.charAt(i) < 128 && Character.isLetter(text.charAt(i));
    boolean latinEnd = text.charAt(end - 1) < 128 && Character.isLetter(text.charAt(end - 1));
    return latinStart && i > 0 && text.charAt(i - 1) < 128 && Character.isLetter(text.charAt(i - 1))
        || latinEnd && end < text.length() && text.charAt(end) < 128 && Character.isLetter(text.charAt(end));
  }

  /**
   * A speaker saying who they are, opening a message (我陈伯啊 …, 老李啊 …, 我阿Tom啊 …): 老/阿 or a kin word with the
   * surname, or 阿 and a given name, then 啊.
   */
  /** The last Latin word just before position i (一家textile factory，叫…). */
  private static final Pattern LAST_LATIN_WORD = Pattern.compile("([A-Za-z]+)\\s*$");

  /** An English unit word just before ，叫 in a mixed text (一家textile factory，叫X): the unit's name follows (r24rest). */
  private static boolean englishUnitBefore(String text, int i) {
    Matcher m = LAST_LATIN_WORD.matcher(text.substring(Math.max(0, i - 24), i));
    return m.find() && RuleExtractor.EN_THING_WORD.matcher(m.group(1)).find();
  }

  private static final Pattern SPOKEN_SELF = Pattern.compile(
      "^\\s*(?:\\p{IsHan}{0,4}你好[，,\\s]*)?(我)?(?:(?:老|阿)(\\p{IsHan})|(\\p{IsHan})(?:伯|叔|婶|姐|哥|姨|生|太)|阿([A-Z][a-z]{1,11}))[啊呀][\\s，,]");
  /** Without 我, what the speaker does said next (老李啊 揸泥头车嘅 …): so 老李 is no one the writer calls to. */
  private static final Pattern SPOKEN_SELF_DOES = Pattern.compile("[^\\s，,。他她你]{1,12}[嘅的][\\s，,]");

  private void spokenSelf(String text, List<Mention> out) {
    Matcher m = SPOKEN_SELF.matcher(text);
    if (m.find() && (m.start(1) >= 0 || SPOKEN_SELF_DOES.matcher(text).region(m.end(), text.length()).lookingAt())) {
      int g = m.start(2) >= 0 ? 2 : m.start(3) >= 0 ? 3 : 4;
      int s = m.start(g);
      if (g == 4 || g == 2 && text.charAt(s - 1) == '阿' && givenAfterA(text, s + 1) == s - 1) {
        out.add(new Mention(s - 1, m.end(g), text.substring(s - 1, m.end(g)), true, 0.8)); // 我阿Ken啊, 我阿珍啊: 阿 kept
      } else if (surname(text, s) == 1 && RARE.indexOf(text.charAt(s)) < 0) {
        out.add(new Mention(s, s + 1, m.group(g), true, 0.8));
      }
    }
  }

  /** An English given name with the surname written after it (Vivian郑, Joyce何), standing as a word of its own. */
  private static final Pattern LATIN_GIVEN = Pattern.compile(
      "(?<![A-Za-z])([A-Z][a-z]{1,11}) ?(\\p{IsHan})(?![\\p{IsHan}])");
  /** Latin words before a surname that are no given name: a greeting or a title (Dear 王，…: the one addressed). */
  private static final Pattern NOT_GIVEN = Pattern.compile("Hi|Hello|Hey|Dear|Mr|Mrs|Ms|Miss|Dr|Sir|Madam|Thanks|Attn");
  /** A capitalised Latin word ending just before a surname, apart by one space at most. */
  private static final Pattern LATIN_WORD_BEFORE = Pattern.compile("(?<![A-Za-z])[A-Z][a-z]{1,11} ?$");

  /**
   * Where the Latin given name written just before a writer's name that is a Chinese surname alone starts (Amy 许,
   * Tony王: one name, whole as written), or -1: no such word, or a greeting or a title (Hi 王, Dear 王, Mr 王).
   */
  int latinGivenBefore(String text, Mention m) {
    if (m.end() - m.start() != 1 || !Tokens.han(text.charAt(m.start())) || m.start() < 2) {
      return -1;
    }
    Matcher w = LATIN_WORD_BEFORE.matcher(text).region(Math.max(0, m.start() - 13), m.start());
    w.useTransparentBounds(true);
    if (!w.find() || NOT_GIVEN.matcher(text.substring(w.start(), w.end()).trim()).matches()) {
      return -1;
    }
    return w.start();
  }

  /** What may stand before a name opening a message: a greeting. */
  private static final Pattern GREETING = Pattern.compile("\\s*(?:(?:Hi|Hello|Hey|您好|你好)[,，!！\\s]*)?");

  /**
   * An English given name and a Chinese surname where a writer's name stands: opening the message (Vivian郑，香洲区…),
   * just before a phone number (…Joyce何 138…), or signing it at its end (…都没用。——Mandy谢): the surname is the
   * writer's name (as after 我是: 我是Tony刘), the given name masked with it. Signing, a place may follow it as the
   * last words (…的老师 Grace 郑, 章贡区): where the writer is, as a signature gives it.
   */
  private void latinGiven(String text, Predicate<String> place, List<Mention> out) {
    Matcher m = LATIN_GIVEN.matcher(text);
    while (m.find()) {
      int s = m.start(2);
      if (surname(text, s) != 1 || RARE.indexOf(text.charAt(s)) >= 0 || NOT_GIVEN.matcher(m.group(1)).matches()) {
        continue;
      }
      int after = m.end(2);
      while (after < text.length() && " \t，,。.!！、：:".indexOf(text.charAt(after)) >= 0) {
        after++;
      }
      boolean opens = GREETING.matcher(text).region(0, m.start(1)).matches();
      boolean phoneNext = after + 6 < text.length() && Character.isDigit(text.charAt(after)) && Character.isDigit(text.charAt(after + 6));
      boolean ends = (after == text.length() || placeEnds(text, after, place)) && (m.start(1) == 0 || dashAfterSentence(text, m.start(1))
          || "。！!？?，, ".indexOf(text.charAt(m.start(1) - 1)) >= 0);
      if (opens || phoneNext || ends) {
        out.add(new Mention(m.start(1), m.end(1), m.group(1), true, 0.5));
        out.add(new Mention(s, s + 1, text.substring(s, s + 1), true, opens ? 0.85 : 0.8));
      }
    }
  }

  /**
   * Whether a division's or a village's name and 的 stand just before {@code s} (于都县的X, 柳林村的X, 电话…): where the
   * one signing is from, not someone else's word.
   */
  private static boolean placeOf(String text, int s, Predicate<String> place) {
    if (s < 3 || text.charAt(s - 1) != '的' || "市县区镇乡村旗州".indexOf(text.charAt(s - 2)) < 0) {
      return false;
    }
    for (int k = 2; k <= 8 && s - 1 - k >= 0; k++) {
      int a = s - 1 - k;
      if (!Tokens.han(text.charAt(a))) {
        break;
      }
      if ((a == 0 || !Tokens.han(text.charAt(a - 1))) && place.test(text.substring(a, s - 1))) {
        return true;
      }
    }
    return false;
  }

  /** Whether the text from {@code a} to its end is a place's name alone, up to twelve characters and a full stop. */
  private static boolean placeEnds(String text, int a, Predicate<String> place) {
    int e = text.length();
    while (e > a && " \t\n。.!！".indexOf(text.charAt(e - 1)) >= 0) {
      e--;
    }
    return e - a >= 2 && e - a <= 12 && allHan(text, a, e) && place.test(text.substring(a, e));
  }

  /** Names after a cue: self, signature, role, someone else's; and 姓X的 (someone else), 陈某某. */
  private void cued(String text, boolean[] person, Predicate<String> place, List<Mention> out) {
    int n = text.length();
    for (int i = 0; i < n; ) {
      CharTrie.Node<Set<Type>> node = cues.first(lower(text.charAt(i)), i + 1 < n ? lower(text.charAt(i + 1)) : -1);
      Set<Type> types = null;
      int end = -1;
      for (int j = i + 1; node != null; node = j < n ? node.next(lower(text.charAt(j++))) : null) {
        if (node.value() != null) {
          types = node.value();
          end = j;
        }
        if (j >= n) {
          break;
        }
      }
      if (types != null && latinInsideWord(text, i, end)) {
        types = null; // "i" in "living", "is" in "Louis": an English cue is a word of its own
      }
      if (types == null || types.contains(Type.SPELLING) || types.equals(EnumSet.of(Type.TITLE))) {
        if (text.charAt(i) == '姓' && (i == 0 || "我俺".indexOf(text.charAt(i - 1)) < 0)) {
          thirdSurname(text, i + 1, out); // 一个姓徐的副局长
          if (i >= 2 && (titleEndsAt(text, i) || text.startsWith("负责人", i - 3) || text.startsWith("管事的", i - 3))) {
            int ts = surname(text, i + 1);
            if (ts > 0) {
              out.add(new Mention(i + 1, i + 1 + ts, text.substring(i + 1, i + 1 + ts), false, 0.6)); // 厂里的负责人姓许
            }
          }
          int sn = surname(text, i + 1);
          if (sn > 0 && (i == 0 || !Tokens.han(text.charAt(i - 1))) && nameEnds(text, i + 1 + sn)
              && !stopAt(text, i + 1 + sn)) {
            boolean theirs = aboutSomeoneElse(text, i); // 老板是河南人 姓郝: the boss's surname
            out.add(new Mention(i + 1, i + 1 + sn, text.substring(i + 1, i + 1 + sn), !theirs, theirs ? 0.6 : 0.8)); // …附近，姓孔。
          } else if (sn > 0 && i > 0 && Tokens.han(text.charAt(i - 1)) && NAME_END.indexOf(text.charAt(Math.min(text.length() - 1, i + 1 + sn))) >= 0
              && i + 1 + sn < text.length() && RARE.indexOf(text.charAt(i + 1)) < 0 && !covered(out, i + 1, i + 1 + sn)) {
            out.add(new Mention(i + 1, i + 1 + sn, text.substring(i + 1, i + 1 + sn), false, 0.6)); // 那个司机姓郑，…
          }
          int before = i - 1;
          int bs = before >= 1 && is(text, before - 1, before + 1, Type.COMPOUND) ? 2 : before >= 0 && is(text, before, before + 1, Type.SURNAME) ? 1 : 0;
          if (bs > 0 && RARE.indexOf(text.charAt(before)) < 0 && i + 1 < text.length() && PERSON_NOUN.indexOf(text.charAt(i + 1)) >= 0
              && standsAlone(text, i - bs)) {
            out.add(new Mention(i - bs, i, text.substring(i - bs, i), false, 0.6)); // 一个陈姓老板, 刘姓男子
          }
        }
        i++;
        continue;
      }
      String cue = text.substring(i, end);
      if ((cue.equals("，名字") || cue.equals(",名字")) && end < text.length() && "叫是：:为".indexOf(text.charAt(end)) >= 0) {
        i++; // ，名字叫…, ，名字是…: the cue read from 名字 on, as everywhere
        continue;
      }
      if ((cue.equals("，叫") || cue.equals(",叫")) && text.startsWith("我", end) && end + 1 < text.length()
          && "老小".indexOf(text.charAt(end + 1)) >= 0) {
        i++; // ，叫我老X就行: the cue read from 叫我 on (r25rest; not ，叫我阿强得啦, a given name then a particle)
        continue;
      }
      if ((cue.equals("名字叫") || cue.equals("名字是")) && i > 0 && "我俺".indexOf(text.charAt(i - 1)) < 0 && unitBefore(text, i)
          && !tradeBefore(text, i) || (cue.equals("，叫") || cue.equals(",叫")) && i > 0 && ((UNIT_END + "行馆铺坊房间摊档点").indexOf(text.charAt(i - 1)) >= 0
              || englishUnitBefore(text, i))) {
        i = end; // 那个洗车行，名字叫…, 有家酒店，叫…, 厂里的烤漆房，叫…, 码头的加工点，叫…: the unit's name, not the writer's
        continue;
      }
      if ((cue.equals("名字叫") || cue.equals("名字是")) && relativeBefore(text, i)) {
        int[] name = parse(text, skip(text, end), true, person, place);
        if (name != null && nameEnds(text, name[3])) {
          add(out, text, name, false, 0.7); // 我外公名字叫…, 她的名字是…: a relative's or someone else's name (r23rest)
        }
        i = end;
        continue;
      }
      int p = skip(text, end);
      if (types.contains(Type.SELF) || types.contains(Type.SIGN)) {
        p = skipFillers(text, p); // 我叫嗯…, 我姓那个…, 反映人：（签名）…
        if (cue.endsWith("叫") && p > end && text.startsWith("叫", p)) {
          p = skipFillers(text, skip(text, p + 1)); // 我叫 叫…: the word said again after a pause
        }
      }
      if (cue.endsWith("姓")) {
        surnameCue(text, p, person, place, out);
      } else if (types.contains(Type.SELF) || types.contains(Type.SIGN)) {
        boolean weak = cue.equals("我是") || cue.equals("我系") || cue.equals("我係") || cue.equals("俺是") || cue.equals("本人是")
            || cue.equals("我就是") || cue.equals("阮是") || cue.equals("额是") || cue.equals("涯系");
        if (weak) {
          p = stutterSkipped(text, p); // 我是 嗯 陶 陶建国
        }
        if (weak && surname(text, p) == 1 && p + 1 < text.length() && text.charAt(p + 1) == '太'
            && RARE.indexOf(text.charAt(p)) < 0 && (p + 2 == text.length() || "住喺嘅啊，, ".indexOf(text.charAt(p + 2)) >= 0)) {
          out.add(new Mention(p, p + 1, text.substring(p, p + 1), true, 0.75)); // 我系林太住喺…: Cantonese Mrs Lam
          i = end;
          continue;
        }
        if (weak && placedHonoured(text, p, out)) {
          i = end; // 我是城西的黄小姐, 我係江门嘅梁生: where one is from, then the surname and a title
          continue;
        }
        List<int[]> spelled = new ArrayList<>();
        p = spelledFirst(text, p, spelled); // 我叫 木子李 李 李某某: the surname spelled and groped for first
        if (p < text.length() && Character.isLetter(text.charAt(p)) && !Tokens.han(text.charAt(p))) {
          alias(text, p, person, place, out, NAMING.contains(cue) || cue.endsWith("叫")); // 我叫Kevin Zhang，张凯文
          i = end;
          continue;
        }
        int translit = transliterated(text, p);
        if (translit == 0) {
          translit = transliteratedSigning(text, p, place); // 我是次仁，电话…: two characters, the writer signing
        }
        boolean strong = NAMING.contains(cue) || person != null && p < person.length && person[p] || translit > 0;
        int named = p;
        if (types.contains(Type.SIGN)) {
          int after = afterSigner(text, p, place); // 落款：居民 买买提江 / 落款：某某村村民 谭…
          if (after > p) {
            p = after;
            strong = true;
          }
        }
        // 叫我老X就行, 叫我小X就好: how the writer asks to be called, the surname theirs (r25rest)
        boolean callMe = cue.equals("叫我");
        if ((weak || callMe || !NAMING.contains(cue)) && p + 1 < text.length() && (text.charAt(p) == '老'
            || text.charAt(p) == '小' && (callMe || !NAMING.contains(cue)) && RARE.indexOf(text.charAt(p + 1)) < 0)
            && surname(text, p + 1) > 0 && (nameEnds(text, p + 1 + surname(text, p + 1))
                || callMe && text.startsWith("就", p + 1 + surname(text, p + 1)))
            && !notName(text.substring(p, p + 1 + surname(text, p + 1)))) { // 我是老曾, 举报人：小周
          int sn = surname(text, p + 1);
          out.add(new Mention(p + 1, p + 1 + sn, text.substring(p + 1, p + 1 + sn), true, 0.8)); // 我是老曾
          i = end;
          continue;
        }
        int[] name = parse(text, p, strong, person, place);
        if (name == null && OUTRANKING.contains(cue) && surname(text, named) == 1) {
          // 大名崔玉林, 执笔人：谷长春 2024年…: a given name that is a city's (taken for a place before the name, too)
          int[] any = parse(text, named, true, person, w -> false);
          name = any != null && any[1] - any[0] == 3 && nameEnds(text, any[3]) ? any : null;
        }
        if (translit > 0 && (name == null || name[1] < translit)) {
          name = new int[] {p, translit, 0, translit}; // 艾合买提江: no surname 艾 and two characters, the whole of it
        }
        boolean honoured = name != null && name[3] > name[1];
        if (name != null && name[2] == 1 && !honoured && p == end && !weak
            && spellingLength(text, skip(text, name[1]), text.substring(name[0], name[1])) == 0
            && !restatesInFull(text, name[1], text.substring(name[0], name[1]))) {
          name = null; // 联系人楼…: a surname alone right after a cue is a word, not a name
        }
        if (weak && name != null && !honoured && name[1] - name[0] >= 2 && placeLevelEnds(text, name[0], name[1])) {
          name = null; // 我是西坪镇的居民, 我是某某村人: where one is from, ending in its level, no name
        }
        if (name != null && !honoured && levelAfter(text, name[1])) {
          name = null; // 本人马金镇下街村村民: a town's name with its level just after it is where one lives (r29name)
        }
        if (weak && name != null && !honoured && name[3] < text.length() && "的嘅".indexOf(text.charAt(name[3])) >= 0) {
          name = null; // 我是江阴的老曹: where one is from, 的, then who (namedAfterClause reads it)
        }
        if (weak && name != null && name[2] == 1 && !honoured && name[1] - name[0] == 1 && name[1] < text.length()
            && "，,".indexOf(text.charAt(name[1])) >= 0 && RARE.indexOf(text.charAt(name[0])) < 0) {
          add(out, text, name, true, 0.7); // 我是卢，住南岸区…: a surname alone, set apart
          i = end;
          continue;
        }
        if (name != null && !cue.startsWith("执笔") && OUTRANKING.contains(cue) && someoneElsesBefore(text, i)) {
          add(out, text, name, false, 0.7); // 那个开磨坊的 外号叫大头 大名焦德厚: someone else's real name
        } else if (name != null && (!weak || (name[1] - name[0] >= 2 || honoured) && nameEnds(text, name[3]))) {
          add(out, text, name, true, weak ? 0.75 : OUTRANKING.contains(cue) ? 0.92 : 0.9);
          for (int[] sp : spelled) {
            out.add(new Mention(sp[0], sp[1], text.substring(sp[0], sp[1]), true, 0.5));
          }
        } else if (weak && (name == null || !nameEnds(text, name[3])) && namedAfterClause(text, p, person, place, out)) {
          // 我是在园区上班的Emma Zhou, 我是住三号楼的邵丽华: what one is, 的, then one's name (我系南海大沥嘅…: the place
          // read first as a name that does not end there)
          i = end;
          continue;
        } else if (weak && (name == null || !nameEnds(text, name[3]) && clauseLength(text, p, 12) <= 12)
            && clauseEndName(text, p, person, place, out)) { // (the place read first as a name: in a short clause only)
          i = end; // 我是6号楼楼长莫振宇，…, 我是退休的葛老师，…: who one is, then one's name ending the clause
          continue;
        } else if (name == null && weak) {
          // 我是当地村民何光明: a role after the self-reference, then the name
          end = p;
        }
      } else if (types.contains(Type.ROLE)) {
        int given = p;
        p = latinGivenSkipped(text, p); // 我是业主Jenny 吴婧: the Chinese name after the English given name
        int[] name = parse(text, p, false, person, place);
        if (p > given && name != null && name[1] - name[0] >= 2 && name[0] == p && nameEnds(text, name[3])) {
          int z = given;
          while (z < p && text.charAt(z) < 128 && Character.isLetter(text.charAt(z))) {
            z++;
          }
          out.add(new Mention(given, z, text.substring(given, z), true, 0.5)); // the given name is the writer's too
        }
        if (name != null && name[2] == 1 && name[3] == name[1] && p == end
            && (!signs(text, name[1]) || name[1] - name[0] == 1 && BUILDING.indexOf(text.charAt(name[0])) >= 0)) {
          // 居民楼, 居民都…: a surname alone right after a role is a word, not a name (but 村民蒋 at the end); a
          // building's character after a role (居民楼, 职工院) is the building even where it ends the message
          name = null;
        } else if (name != null && name[2] == 0 && p == end && person != null && !person[p] && !signs(text, name[1])) {
          name = null; // 居民楼里面, 工人宿舍: words after a role that HanLP reads as no person
        }
        if (name != null && nameEnds(text, name[3])) {
          add(out, text, name, true, 0.8);
        } else if (name == null && p == end && p + 1 < text.length() && text.charAt(p) == '老' && surname(text, p + 1) > 0
            && nameEnds(text, p + 1 + surname(text, p + 1)) && !notName(text.substring(p, p + 1 + surname(text, p + 1)))) {
          int sn = surname(text, p + 1);
          out.add(new Mention(p + 1, p + 1 + sn, text.substring(p + 1, p + 1 + sn), true, 0.8)); // 养殖户老彭，…
        }
      } else if (types.contains(Type.THIRD) || types.contains(Type.KIN)) {
        boolean kin = !types.contains(Type.THIRD); // 我老伴…, 我表哥…: a relative, then a full name
        boolean called = cue.endsWith("叫");
        for (String call : new String[] {"名叫", "叫", "是"}) {
          if (text.startsWith(call, p)) {
            p += call.length(); // 厂长叫顾大海
            called |= call.endsWith("叫");
            break;
          }
        }
        int[] name = parse(text, p, false, person, place);
        if (name == null && called && surname(text, p) > 0) {
          name = parse(text, p, true, person, place); // 他叫宁德福: after 叫 a surname starts a name, 宁德 or not
        }
        if (name == null && p == end && RARE.indexOf(text.charAt(Math.min(p, text.length() - 1))) >= 0 && surname(text, p) == 1) {
          int[] strong = parse(text, p, true, person, place); // 邻居于建国反映: a surname that is also a word, named in full
          if (strong != null && strong[1] - strong[0] == 3 && nameEnds(text, strong[3])) {
            name = strong;
          }
        }
        if (kin && name != null && p == end && !(person != null && person[name[0]]) && (name[1] - name[0] < 3
            || !nameEnds(text, name[1]) && VERBAL.matcher(text).region(name[0] + 1, name[1]).find())) {
          name = null; // 孩子高烧不退, 老伴常年…: after a relative's word only a full name of three, or one HanLP reads
        }
        if (name != null && (name[1] - name[0] >= 2 || name[3] > name[1])) {
          add(out, text, name, false, 0.7); // 邻居王大爷: the surname before the honorific
        } else if (p + 2 < text.length() && p == end && text.charAt(p) == '小' && RARE.indexOf(text.charAt(p + 1)) < 0
            && surname(text, p + 1) == 1 && !notName(text.substring(p, p + 2)) && !Tokens.han(text.charAt(p + 2))
            || p + 2 < text.length() && p == end && text.charAt(p) == '小' && RARE.indexOf(text.charAt(p + 1)) < 0
            && surname(text, p + 1) == 1 && !notName(text.substring(p, p + 2)) && "帮替给说讲在来去也都还就又".indexOf(text.charAt(p + 2)) >= 0) {
          out.add(new Mention(p + 1, p + 2, text.substring(p + 1, p + 2), false, 0.6)); // 邻居小孙帮我写的
        } else if (!kin && p == end && p + 2 < text.length() && text.charAt(p) == '阿' && Tokens.han(text.charAt(p + 1))
            && A_KIN.indexOf(text.charAt(p + 1)) < 0 && types(text, p, p + 2) == null
            && "讲说话跟和叫在也都还就又把的，,。".indexOf(text.charAt(p + 2)) >= 0) {
          out.add(new Mention(p, p + 2, text.substring(p, p + 2), false, 0.6)); // 老板阿强讲过, 邻居阿梁说: how people call him (r29name)
        } else if (p + 1 < text.length() && text.charAt(p) == '老' && surname(text, p + 1) > 0) {
          int sn = surname(text, p + 1);
          out.add(new Mention(p + 1, p + 1 + sn, text.substring(p + 1, p + 1 + sn), false, 0.6)); // 邻居老周头
        }
      }
      i = end > i ? end : i + 1;
    }
    pseudonyms(text, out);
  }

  /**
   * After 我是, who one is and then one's name ending the clause (我是天津开发区的职工宁海波，…; 我是12号楼尤大爷，…; 我是退休的
   * 葛老师，…; 我是兰西县退休干部宋玉林。): a full name the name rules read there exactly, a surname with an honorific, or
   * 老 and a surname, as the clause's last characters.
   */
  private boolean clauseEndName(String text, int p, boolean[] person, Predicate<String> place, List<Mention> out) {
    int ce = p + clauseLength(text, p, 30);
    if (ce - p < 3 || ce - p > 30) {
      return false;
    }
    for (int k = Math.min(4, ce - p - 1); k >= 2; k--) {
      int s0 = ce - k;
      int len = surname(text, s0);
      if (len > 0 && s0 + len < ce && is(text, s0 + len, ce, Type.HONORIFIC) && RARE.indexOf(text.charAt(s0)) < 0) {
        out.add(new Mention(s0, s0 + len, text.substring(s0, s0 + len), true, 0.7)); // 尤大爷 → 尤
        return true;
      }
      if (text.charAt(s0) == '老' && surname(text, s0 + 1) == k - 1 && RARE.indexOf(text.charAt(s0 + 1)) < 0
          && types(text, s0, ce) == null) { // not 老师, 老板: words
        out.add(new Mention(s0 + 1, ce, text.substring(s0 + 1, ce), true, 0.7)); // 楼长老赵 → 赵
        return true;
      }
    }
    for (int k = Math.min(4, ce - p - 1); k >= 2; k--) {
      int s0 = ce - k;
      if (surname(text, s0) == 0 || RARE.indexOf(text.charAt(s0)) >= 0) {
        continue;
      }
      String cand = text.substring(s0, ce);
      if (k <= 3 && roleBefore(text, s0) && !notName(cand) && types(text, s0, ce) == null
          && !endsInWord(text, s0, ce) && "家村庄屯镇乡店厂楼县市区".indexOf(text.charAt(ce - 1)) < 0) {
        // 我是兰西县退休干部宋玉林: a role names who follows it at the clause's end, though the given name is a city's
        // (玉林): no place test here, the clause's last characters are checked for a place's level instead
        out.add(new Mention(s0, ce, cand, true, 0.7));
        return true;
      }
      if (k == 3 && s0 - p >= 2 && "镇乡村区县市".indexOf(text.charAt(s0 - 1)) >= 0 && !notName(cand)
          && types(text, s0, ce) == null && !endsInWord(text, s0, ce) && UNIT_END.indexOf(text.charAt(ce - 1)) < 0
          && "家村庄屯镇乡楼县市区".indexOf(text.charAt(ce - 1)) < 0 && !place.test(cand)) {
        out.add(new Mention(s0, ce, cand, true, 0.7)); // 我是晋江安海镇黄文彬 电话…: where one lives, then one's name
        return true;
      }
      if (person == null || !person[s0] || endsInWord(text, s0, ce)) {
        continue; // 应届毕业生, 在镇上干活, 货车司机: words HanLP reads as no person, or a known word's end
      }
      int[] nm = parse(text, s0, false, person, place);
      if (nm != null && nm[0] == s0 && nm[1] == ce && nm[2] == 0 && !notName(cand) && !place.test(cand)
          && types(text, s0, ce) == null && "家村庄屯镇乡店厂楼".indexOf(text.charAt(ce - 1)) < 0) {
        out.add(new Mention(s0, ce, cand, true, 0.7));
        return true;
      }
    }
    return false;
  }

  /** The characters from {@code p} to the end of its clause, counted up to {@code max + 1} (a longer one: max + 1). */
  private static int clauseLength(String text, int p, int max) {
    int ce = p;
    while (ce < text.length() && ce - p <= max && NAME_END.indexOf(text.charAt(ce)) < 0) {
      ce++;
    }
    return ce - p;
  }

  /** Whether a role of the lexicon (退休干部, 村民, 网格员) ends just before {@code s}. */
  private boolean roleBefore(String text, int s) {
    for (int k = 2; k <= 4 && k <= s; k++) {
      Set<Type> t = types(text, s - k, s);
      if (t != null && (t.contains(Type.ROLE) || t.contains(Type.CALLER))) {
        return true;
      }
    }
    return false;
  }

  /** Whether a word of the lexicon (a role, a kin, a title…) ends text[s, e) in two characters or more (车司机). */
  private boolean endsInWord(String text, int s, int e) {
    for (int k = 2; k <= e - s; k++) {
      if (types(text, e - k, e) != null) {
        return true;
      }
    }
    return false;
  }

  /**
   * After 我是, a clause of what one is or does ending in 的 (在…上班的, 住…的), then a name: a capitalised Latin one, or a
   * full Chinese one HanLP reads as a person (or, without HanLP, any) that ends as a name does. Whether one was added.
   */
  private boolean namedAfterClause(String text, int p, boolean[] person, Predicate<String> place, List<Mention> out) {
    int d = p + 1;
    while (d < text.length() && d - p <= 20 && "的嘅".indexOf(text.charAt(d)) < 0 && (NAME_END.indexOf(text.charAt(d)) < 0
        || text.charAt(d) == ' ' && d + 1 < text.length() && Tokens.han(text.charAt(d + 1)))) {
      d++; // 我是那个 开发区的 刘师傅: speech typed with spaces between its words (polreg)
    }
    int q = d + 1;
    if (d - p > 20 || q >= text.length() || "的嘅".indexOf(text.charAt(d)) < 0) { // Cantonese 嘅 is 的 (我系南海嘅…)
      return false;
    }
    int before = out.size();
    int post = q;
    while (post < text.length() && text.charAt(post) >= 'a' && text.charAt(post) <= 'z') {
      post++;
    }
    int named = post - q >= 3 ? skip(text, post) : q;
    boolean afterPost = named > q && named < text.length() && Tokens.han(text.charAt(named)) && surname(text, named) > 0;
    if (afterPost) {
      q = named; // 我是隔壁厂的manager周某某: a post in English, then the name (HanLP reads no person after Latin words)
    }
    int role = q;
    while (role < text.length() && role - q < 6 && Tokens.han(text.charAt(role))) {
      role++;
    }
    int latin = skip(text, role);
    if (role > q && latin > role && latin < text.length() && roleBefore(text, role) && FULL_LATIN.matcher(text).region(latin, text.length()).lookingAt()) {
      q = latin; // 我是住在镇上的外籍居民 Peter Wang: a role, then a full name in Latin letters (not 业主 WeChat…)
    }
    if (Character.isUpperCase(text.charAt(q)) && !Tokens.han(text.charAt(q))) {
      int a = q;
      while (a < text.length() && (text.charAt(a) < 128 && Character.isLetter(text.charAt(a)) || text.charAt(a) == ' ')) {
        if (text.charAt(a) == ' ' && a + 1 < text.length() && Character.isLowerCase(text.charAt(a + 1))) {
          return false; // 村里的English teacher: a post in English, no name (every word of a name is capitalised)
        }
        a++;
      }
      alias(text, q, person, place, out, true);
      return out.size() > before;
    }
    while (q < text.length() - 1 && text.charAt(q) == ' ') {
      q++; // 我是某某镇的 阿X …: speech set apart by spaces
    }
    int a = givenAfterA(text, Math.min(text.length(), q + 2));
    if (a == q && q + 2 < text.length() && NAME_END.indexOf(text.charAt(q + 2)) >= 0) {
      out.add(new Mention(q, q + 2, text.substring(q, q + 2), true, 0.75)); // 我是…镇的 阿X: 阿 kept with a given name
      return true;
    }
    if ("老小".indexOf(text.charAt(q)) >= 0 && q + 1 < text.length()) {
      int len = surname(text, q + 1);
      int e = q + 1 + len;
      if (len > 0 && (e >= text.length() || NAME_END.indexOf(text.charAt(e)) >= 0) && RARE.indexOf(text.charAt(q + 1)) < 0
          && types(text, q, e) == null) { // not 小学的老师: a word
        // 我是江阴的老曹，…, 我是住河边的小刘 (polreg): the surname
        out.add(new Mention(q + 1, e, text.substring(q + 1, e), true, 0.8));
        return true;
      }
    }
    int sl = surname(text, q);
    if (sl > 0 && RARE.indexOf(text.charAt(q)) < 0) {
      for (int k = 2; k >= 1; k--) {
        int e = q + sl + k;
        if (e <= text.length() && is(text, q + sl, e, Type.HONORIFIC) && (e == text.length() || NAME_END.indexOf(text.charAt(e)) >= 0)) {
          out.add(new Mention(q, q + sl, text.substring(q, q + sl), true, 0.75)); // 我是那个 开发区的 刘师傅 那个…: the surname
          return true;
        }
      }
    }
    int[] nm = (afterPost || person == null || q < person.length && person[q]) ? parse(text, q, false, person, place) : null;
    if (nm != null && nm[2] == 0 && nm[1] - nm[0] >= 2 && nm[3] == nm[1] && nameEnds(text, nm[1])) {
      add(out, text, nm, true, 0.75);
      return true;
    }
    return false;
  }

  /** One to three capitalised Latin words (Lily, Lily Xu), as a given name or a full name is written. */
  private static final Pattern FULL_LATIN_OR_GIVEN = Pattern.compile("[A-Z][a-z]{1,11}(?: [A-Z][a-z]{1,11}){0,2}");
  /** Two or three capitalised Latin words, a name's given name and surname (Peter Wang), standing as a whole. */
  private static final Pattern FULL_LATIN = Pattern.compile("[A-Z][a-z]{1,11}(?: [A-Z][a-z]{1,11}){1,2}(?![A-Za-z])");

  /** The characters of a building after a role (居民楼, 职工院, 村民房): no surname there. */
  private static final String BUILDING = "楼院房舍区";
  /** A note opening the message that someone else writes it (（社区网格员代写）, 【代笔】, 代为反映：). */
  private static final Pattern PROXY_NOTE = Pattern.compile("[（(【\\[][^）)】\\]\\n]{0,12}(?:代写|代笔|代发|代为反映|代为转达|代录)[）)】\\]][：:，,\\s]*");
  /** What follows the person written for: an elder's word, their age, a comma, what they report. */
  private static final Pattern PROXY_AFTER = Pattern.compile("(?:老人|老太太|老大爷|大爷|大妈|奶奶|爷爷|阿姨|老汉)?[，,：:\\s]*(?:\\p{IsHan}{1,3}岁|反映|举报|投诉|[，,])");

  /**
   * A name that opens the message and is followed by what a writer says of themselves: 扎西多吉反映：…,
   * 孟凡宇，2301…（ID number）, 王建国：…; and a name just before the words 身份证 (…，丁晓梅，身份证…).
   */
  private void leading(String text, boolean[] person, Predicate<String> place, List<Mention> out) {
    int p = skip(text, 0);
    Matcher proxy = p < text.length() && "（(【[".indexOf(text.charAt(p)) >= 0 ? PROXY_NOTE.matcher(text).region(p, text.length()) : null;
    if (proxy != null && proxy.lookingAt()) {
      // （网格员代写）某某老人，…: the person written for opens the message after the note; they are the petitioner
      int q = skip(text, proxy.end());
      int[] name = parse(text, q, false, person, place);
      if (name != null && name[1] - name[0] >= 2 && surname(text, q) > 0 && PROXY_AFTER.matcher(text).region(name[3], text.length()).lookingAt()) {
        add(out, text, name, true, 0.85);
        return;
      }
    }
    if (p + 3 < text.length() && "老小".indexOf(text.charAt(p)) >= 0 && surname(text, p + 1) == 1
        && RARE.indexOf(text.charAt(p + 1)) < 0 && text.charAt(p + 2) == '我' && !notName(text.substring(p, p + 2))) {
      out.add(new Mention(p + 1, p + 2, text.substring(p + 1, p + 2), true, 0.75)); // 老孙我在这住了…: the speaker first
    }
    int[] name = parse(text, p, true, person, place);
    if (name != null && (surname(text, p) > 0 || name[1] - name[0] >= 3 && !ASKING.matcher(text).region(name[0], name[1]).find())) {
      int a = name[3];
      while (a < text.length() && " ，,：:".indexOf(text.charAt(a)) >= 0) {
        a++;
      }
      if (a < text.length() && (Character.isDigit(text.charAt(a)) || text.startsWith("反映", a) || text.startsWith("举报", a)
          || text.startsWith("投诉", a) || text.startsWith("来信", a)) && a > name[3] - 1) {
        add(out, text, name, true, 0.8);
      }
    }
    for (int i = nextBefore(text, 0); i > 0; i = nextBefore(text, i + 1)) {
      int q = i;
      while (q > 0 && " ，,".indexOf(text.charAt(q - 1)) >= 0) {
        q--;
      }
      for (int len = 4; len >= 2; len--) {
        int st = q - len;
        if (st < 0 || !allHan(text, st, q) || st > 0 && Tokens.han(text.charAt(st - 1))) {
          continue;
        }
        int[] n = parse(text, st, false, person, place);
        if (n != null && n[3] == q && q < i) {
          add(out, text, n, true, 0.8);
          break;
        }
      }
    }
  }

  /**
   * Words of a question's subject (这种情况能举报吗, 这事可以投诉吗: polreg): a text opening so before 举报 or 反映 asks, and
   * names nobody; a name of no surname (扎西多吉反映) holds none of them.
   */
  private static final java.util.regex.Pattern ASKING = java.util.regex.Pattern.compile("这|哪|能|可以|可不可|怎么|怎样|情况|是否|应该|该不该|要不要");

  /** The next 身份证 (…，丁晓梅，身份证…) or 口述 (老人 X 口述，护工代写: who dictated the message) from {@code from}, or -1. */
  private static int nextBefore(String text, int from) {
    int a = text.indexOf("身份证", from);
    int b = text.indexOf("口述", from);
    return a < 0 ? b : b < 0 ? a : Math.min(a, b);
  }

  /** Whether a name ending at e signs off: the end of the text, or a phone number next. */
  private static boolean signs(String text, int e) {
    int a = e;
    while (a < text.length() && " \t，,（(：:".indexOf(text.charAt(a)) >= 0) {
      a++;
    }
    if (a < text.length() && "。.！!".indexOf(text.charAt(a)) >= 0 && skip(text, a + 1) >= text.length()) {
      return true; // …我是三楼的业主蒋。: the last words of the message
    }
    return a >= text.length() || Character.isDigit(text.charAt(a)) || text.startsWith("电话", a) || text.startsWith("手机", a);
  }

  /**
   * A Latin name after a self cue, then the Chinese one after it (我叫Kevin Zhang，张凯文): both are the writer's.
   * After a naming cue (，叫 Daniel，…) the Latin name is one too when it is capitalised; the words after it are a
   * Chinese name only when they start with a surname and end as a name does (not 公司隔壁…).
   */
  private void alias(String text, int p, boolean[] person, Predicate<String> place, List<Mention> out, boolean naming) {
    int a = p;
    while (a < text.length() && (Character.isLetter(text.charAt(a)) && !Tokens.han(text.charAt(a)) || " .'’-".indexOf(text.charAt(a)) >= 0)) {
      a++;
    }
    int latinEnd = a;
    while (latinEnd > p && " .'’-".indexOf(text.charAt(latinEnd - 1)) >= 0) {
      latinEnd--;
    }
    if ((naming && Character.isUpperCase(text.charAt(p)) || pinyinName(text, p, latinEnd)) && latinEnd - p >= 3 && latinEnd - p <= 30) {
      out.add(new Mention(p, latinEnd, text.substring(p, latinEnd), true, 0.85));
    }
    int b = a;
    while (b < text.length() && "，,、/（( ".indexOf(text.charAt(b)) >= 0) {
      b++;
    }
    int[] han = parse(text, b, false, person, place);
    if (han != null && han[1] - han[0] >= 2 && surname(text, b) > 0 && nameEnds(text, han[3])) {
      add(out, text, han, true, 0.92);
      if (!naming && !pinyinName(text, p, latinEnd) && Character.isUpperCase(text.charAt(p)) && latinEnd - p >= 2
          && FULL_LATIN_OR_GIVEN.matcher(text).region(p, latinEnd).matches()) {
        out.add(new Mention(p, latinEnd, text.substring(p, latinEnd), true, 0.5)); // 联系人Lily王某某: both the writer's
      }
    } else if (b == a && (latinEnd == a || text.substring(latinEnd, a).isBlank()) && latinEnd > p + 1 && b < text.length()
        && surname(text, b) == 1
        && (b + 1 == text.length() || !Tokens.han(text.charAt(b + 1)) || signs(text, b + 1))) {
      // 我是Tony刘，电话…, 我是 Tony 刘: an English given name with the surname written after it; the surname is the
      // name, and the given name is masked with it
      if (latinEnd < a && Character.isUpperCase(text.charAt(p))) {
        out.add(new Mention(p, latinEnd, text.substring(p, latinEnd), true, 0.5));
      }
      out.add(new Mention(b, b + 1, text.substring(b, b + 1), true, 0.93));
    }
  }

  /** A name in pinyin typed in small letters (本人wang xiaoli, 我叫 liu jianguo): two or three words of syllables. */
  private static boolean pinyinName(String text, int p, int e) {
    int b = p;
    while (b > 0 && text.charAt(b - 1) == ' ') {
      b--;
    }
    if (b == 0 || !Tokens.han(text.charAt(b - 1))) {
      return false; // after a Chinese cue only: a text typed all in pinyin says its words so (…shi wu ran le)
    }
    String[] words = text.substring(p, e).trim().split(" +");
    return words.length >= 2 && words.length <= 3 && PinyinText.is(String.join(" ", words) + " " + String.join(" ", words));
  }

  /** Titles after a surname alone that make it a name where one says where one is from first (黄小姐, 梁生). */
  private static final String[] PLACED_TITLES = {"小姐", "先生", "女士", "生", "太", "姐", "哥", "伯", "叔", "姨"};

  /**
   * 我是城西的黄小姐, 我係江门嘅梁生: after a weak self cue, a few words of where one is from, 的 or 嘅, then a surname
   * and a title ending the clause. Adds the surname as the writer's; false when the words do not read so.
   */
  private boolean placedHonoured(String text, int p, List<Mention> out) {
    for (int d = p + 1; d < Math.min(text.length(), p + 12); d++) {
      char c = text.charAt(d);
      if (NAME_END.indexOf(c) >= 0) {
        return false;
      }
      if (c != '的' && c != '嘅') {
        continue;
      }
      int q = d + 1;
      int s = surname(text, q);
      if (s == 0 || RARE.indexOf(text.charAt(q)) >= 0) {
        return false;
      }
      for (String t : PLACED_TITLES) {
        if (text.startsWith(t, q + s) && nameEnds(text, q + s + t.length())) {
          out.add(new Mention(q, q + s, text.substring(q, q + s), true, 0.8));
          return true;
        }
      }
      return false;
    }
    return false;
  }

  /**
   * Past a surname spelled by its parts and said again while the speaker gropes (木子李 李 李某某): their spans go
   * in {@code spelled} (to be masked with the name); the index where the name itself starts.
   */
  private int spelledFirst(String text, int p, List<int[]> spelled) {
    // The surname said alone, then spelled, then the name (我是 胡 古月胡 胡…): the lone surname is masked with it.
    int lone = -1;
    if (p + 2 < text.length() && " ，,、".indexOf(text.charAt(p + 1)) >= 0) {
      int r = p + 1;
      while (r < text.length() && " ，,、".indexOf(text.charAt(r)) >= 0) {
        r++;
      }
      for (int len = 2; len <= Math.min(5, text.length() - r); len++) {
        if (text.charAt(r + len - 1) == text.charAt(p) && is(text, r, r + len, Type.SPELLING)) {
          lone = p;
          p = r;
          break;
        }
      }
      int d = lone < 0 && surname(text, p) == 1 ? spellingLength(text, r, text.substring(p, p + 1)) : 0;
      int after = r + d;
      while (after < text.length() && " ，,、".indexOf(text.charAt(after)) >= 0) {
        after++;
      }
      if (d > 2 && text.charAt(r + d - 1) == text.charAt(p) && after < text.length() && text.charAt(after) == text.charAt(p)) {
        lone = p; // 我叫王 三横一竖的王 王…: the surname, described, then the name
        p = r;
      }
    }
    int k = 0;
    for (int len = 2; len <= Math.min(5, text.length() - p); len++) {
      if (is(text, p, p + len, Type.SPELLING)) {
        k = len;
        break;
      }
    }
    if (k == 0 && lone >= 0) {
      k = spellingLength(text, p, text.substring(lone, lone + 1));
    }
    if (k == 0) {
      return p;
    }
    char sur = text.charAt(p + k - 1);
    if (lone >= 0) {
      spelled.add(new int[] {lone, lone + 1});
    }
    spelled.add(new int[] {p, p + k});
    int q = p + k;
    while (true) {
      int r = q;
      while (r < text.length() && " ，,、".indexOf(text.charAt(r)) >= 0) {
        r++;
      }
      if (r + 1 < text.length() && text.charAt(r) == sur && " ，,、".indexOf(text.charAt(r + 1)) >= 0) {
        spelled.add(new int[] {r, r + 1}); // the surname said alone again
        q = r + 1;
        continue;
      }
      return r < text.length() && text.charAt(r) == sur ? r : p;
    }
  }

  /** After 我姓: the surname, and the full name when 叫 follows (我姓欧阳，叫欧阳明). */
  private void surnameCue(String text, int p, boolean[] person, Predicate<String> place, List<Mention> out) {
    int latin = p;
    while (latin < text.length() && latin - p < 10 && (text.charAt(latin) | 0x20) >= 'a' && (text.charAt(latin) | 0x20) <= 'z') {
      latin++;
    }
    if (latin > p + 1 && (latin == text.length() || !Character.isLetter(text.charAt(latin)) || Tokens.han(text.charAt(latin)))) {
      // 我姓zhang 弓长张: the surname in pinyin, then (often) in characters
      out.add(new Mention(p, latin, text.substring(p, latin), true, 0.3));
      int q = skip(text, latin);
      if (q > latin || q < text.length() && Tokens.han(text.charAt(q))) {
        surnameCue(text, q, person, place, out);
      }
      return;
    }
    int spelled = spellingLength(text, p, "");
    if (spelled > 0 && spelled <= 3 && surname(text, p + spelled - 1) > 0) {
      // 我姓耳东陈, 口天吴吴: the spelled surname is its last character, said again or not
      int e = p + spelled;
      if (e < text.length() && text.charAt(e) == text.charAt(e - 1)) {
        e++;
      }
      out.add(new Mention(p, e, text.substring(p + spelled - 1, p + spelled), true, 0.9));
      int call = skip(text, e);
      if (call < text.length() && text.charAt(call) == '叫') { // 弓长张 叫张秀英
        int[] full = parse(text, skip(text, call + 1), true, person, place);
        if (full != null && full[1] - full[0] >= 2) {
          add(out, text, full, true, 0.92);
        }
      }
      return;
    }
    int s = surname(text, p);
    if (s == 0) {
      return;
    }
    int q = p + s;
    int sEnd = q;
    int r = skip(text, q);
    int d = spellingLength(text, r, text.substring(p, q));
    if (d > 2) {
      q = r + d; // 我姓程 禾字旁一个呈现的呈 叫程…: the surname described, then the name
    }
    int given = q;
    while (given < text.length() && " ，,".indexOf(text.charAt(given)) >= 0) {
      given++;
    }
    if (text.startsWith("名", given) && !text.startsWith("名字", given)) {
      // 鄙人姓范名文涛, 姓钟，名立新: the given name told after 名, masked with the surname
      int g = given + 1;
      int ge = g;
      while (ge < text.length() && ge - g < 2 && Tokens.han(text.charAt(ge)) && !stopAt(text, ge)) {
        ge++;
      }
      if (ge > g && nameEnds(text, ge)) {
        add(out, text, new int[] {p, sEnd, 1, sEnd}, true, 0.9);
        out.add(new Mention(g, ge, text.substring(p, sEnd) + text.substring(g, ge), true, 0.92));
        return;
      }
    }
    int call = text.indexOf('叫', q);
    if (call >= 0 && call - q <= 2) {
      int[] full = parse(text, skip(text, call + 1), true, person, place);
      if (full != null) {
        add(out, text, new int[] {p, sEnd, 1, sEnd}, true, 0.9);
        if (d > 2) {
          out.add(new Mention(r, r + d, text.substring(r, r + d), true, 0.5));
        }
        add(out, text, full, true, 0.92);
        return;
      }
    }
    q = sEnd;
    // 我姓何电话…: the surname alone, unless a given name follows it closely (我姓李叫…, handled above)
    int[] name = parse(text, p, false, person, place);
    if (name != null && name[1] - name[0] > s && nameEnds(text, name[1]) && person != null && person[p]) {
      add(out, text, name, true, 0.9);
    } else {
      add(out, text, new int[] {p, q, 1, q}, true, 0.9);
    }
  }

  /**
   * Whether the sentence before {@code i} speaks of someone else (他, 她, a title or a word for another: 老板是河南人) and
   * not of the writer (我, 俺, 本人): a 姓X said next is theirs.
   */
  private boolean aboutSomeoneElse(String text, int i) {
    boolean other = false;
    for (int k = i - 1; k >= Math.max(0, i - 16) && "。！!？?\n".indexOf(text.charAt(k)) < 0; k--) {
      char c = text.charAt(k);
      if (c == '我' || c == '俺' || c == '阮' || c == '额' || c == '吾' || text.startsWith("阿拉", k) || text.startsWith("本人", k)) {
        return false; // (阿拉是隔壁小区个业主，姓钱: 阿拉, 额 and 吾 are "I" in Wu, north-western speech and letters)
      }
      other |= c == '他' || c == '她';
      for (int w = 2; w <= 3 && k + w <= i && !other; w++) {
        Set<Type> t = types(text, k, k + w);
        other = t != null && (t.contains(Type.TITLE) || t.contains(Type.THIRD));
      }
    }
    return other;
  }

  /** 姓董的经理: someone else's surname. */
  private void thirdSurname(String text, int p, List<Mention> out) {
    int s = surname(text, p);
    if (s > 0 && p + s < text.length() && text.charAt(p + s) == '的') {
      out.add(new Mention(p, p + s, text.substring(p, p + s), false, 0.7));
    } else if (s > 0 && p >= 2 && "他她".indexOf(text.charAt(p - 2)) >= 0 && nameEnds(text, p + s) && !stopAt(text, p + s)) {
      out.add(new Mention(p, p + s, text.substring(p, p + s), false, 0.7)); // …我儿子的电话，他姓孔。
    }
  }

  /** 陈某某, 王某: a person, someone else, even half hidden. */
  private void pseudonyms(String text, List<Mention> out) {
    for (int i = text.indexOf('某'); i > 0; i = text.indexOf('某', i + 1)) {
      int s = i >= 2 && is(text, i - 2, i, Type.COMPOUND) ? 2 : is(text, i - 1, i, Type.SURNAME) ? 1 : 0;
      if (s == 0 || !standsAlone(text, i - s)) {
        continue;
      }
      int e = i + 1 < text.length() && text.charAt(i + 1) == '某' ? i + 2 : i + 1;
      if (e < text.length() && "些种个地处时天人样类".indexOf(text.charAt(e)) >= 0) {
        continue;
      }
      out.add(new Mention(i - s, e, text.substring(i - s, e), false, 0.6));
    }
  }

  /** Whether a word at {@code p} starts a word: after a non-Han character, a little word (的, 找…) or a cue (老板). */
  private boolean standsAlone(String text, int p) {
    if (p == 0 || !Tokens.han(text.charAt(p - 1)) || BEFORE_TITLE_OK.indexOf(text.charAt(p - 1)) >= 0) {
      return true;
    }
    for (int k = 2; k <= Math.min(4, p); k++) {
      Set<Type> t = types(text, p - k, p);
      if (t != null && (t.contains(Type.TITLE) || t.contains(Type.THIRD) || t.contains(Type.ROLE))) {
        return true;
      }
    }
    return false;
  }

  /** 王局长, 李书记: someone else, by the title after the surname (the titles found in one pass). */
  private void titled(String text, List<Mention> out) {
    int n = text.length();
    for (int i = 1; i < n; i++) {
      CharTrie.Node<String> node = titles.first(text.charAt(i), i + 1 < n ? text.charAt(i + 1) : -1);
      boolean found = false;
      for (int j = i + 1; node != null && !found; node = j < n ? node.next(text.charAt(j++)) : null) {
        found = node.value() != null;
        if (j >= n) {
          break;
        }
      }
      if (!found) {
        continue;
      }
      // 王副镇长, 李副主任: a deputy, named as the chief is
      int at = text.charAt(i - 1) == '副' && i >= 2 && is(text, i - 2, i - 1, Type.SURNAME) ? i - 1 : i;
      int s = at >= 2 && is(text, at - 2, at, Type.COMPOUND) ? 2 : is(text, at - 1, at, Type.SURNAME) ? 1 : 0;
      if (s == 0) {
        continue;
      }
      int b = at - s - 1;
      boolean calledSo = b >= 1 && "他她".indexOf(text.charAt(b)) >= 0 && "叫喊称".indexOf(text.charAt(b - 1)) >= 0; // 叫他郝老板
      if (b >= 0 && !calledSo && (Tokens.han(text.charAt(b)) && BEFORE_TITLE_OK.indexOf(text.charAt(b)) < 0 || text.charAt(b) == '副')) {
        continue; // 分局局长, 副局长: not a surname
      }
      out.add(new Mention(at - s, at, text.substring(at - s, at), false, 0.65));
    }
  }

  /** A name just before a phone number (刘芳 189…, 王先生 139…) or just after it (139… 姚建英, 139…（吕）, 找老周). */
  private void byPhone(String text, List<int[]> phones, boolean[] person, Predicate<String> place, List<Mention> out) {
    for (int[] ph : phones) {
      // Before: skip spaces, colons and the words 电话/手机/联系电话, then a name that stands alone.
      int q = ph[0];
      while (q > 0 && " \t:：\n".indexOf(text.charAt(q - 1)) >= 0) {
        q--;
      }
      for (String w : new String[] {"联系电话", "家里电话", "家庭电话", "家里座机", "电话", "座机", "手机", "手机号", "tel", "Tel", "TEL"}) {
        if (q >= w.length() && text.startsWith(w, q - w.length())) {
          q -= w.length();
          break;
        }
      }
      while (q > 0 && " \t:：,，\n".indexOf(text.charAt(q - 1)) >= 0) {
        q--;
      }
      // Where one lives, a clause of its own between the name and the phone (…。X，住城关镇新华路8号，136…): the name
      // stands before it (r23rest).
      int lives = lastBreak(text, Math.max(0, q - 30), q);
      if (lives > 0 && "，,".indexOf(text.charAt(lives)) >= 0 && (text.startsWith("住", lives + 1) || text.startsWith("家住", lives + 1))) {
        q = lives;
      }
      // Where one lives between the name and the phone (…鱼塘主 老X 顺德均安 136…): the name stands before the place.
      int t = q;
      while (t > 0 && q - t < 8 && Tokens.han(text.charAt(t - 1))) {
        t--;
      }
      if (t < q - 1 && t > 1 && text.charAt(t - 1) == ' ' && Tokens.han(text.charAt(t - 2)) && place.test(text.substring(t, q))) {
        q = t - 1;
        while (q > 0 && text.charAt(q - 1) == ' ') {
          q--;
        }
      }
      // A Latin name beside the Chinese one (王某 Sherry 139…, 徐某 Lily Xu，电话…: one word or two, r24rest): the
      // Chinese name before it is the name.
      int latin = q;
      while (latin > 0 && q - latin < 24 && text.charAt(latin - 1) < 128
          && (Character.isLetter(text.charAt(latin - 1)) || text.charAt(latin - 1) == ' ' && latin - 1 > 0
              && text.charAt(latin - 2) < 128 && Character.isLetter(text.charAt(latin - 2)))) {
        latin--;
      }
      if (latin < q && latin > 1 && Character.isUpperCase(text.charAt(latin)) && text.charAt(latin - 1) == ' '
          && Tokens.han(text.charAt(latin - 2))) {
        q = latin - 1;
        while (q > 0 && text.charAt(q - 1) == ' ') {
          q--;
        }
      }
      int alone = q - 2;
      while (alone > 0 && q - alone < 6 && is(text, alone - 1, alone, Type.TRANSLIT)) {
        alone--;
      }
      if (alone >= 0 && (alone == 0 || "。.！!？?\n ".indexOf(text.charAt(alone - 1)) >= 0)
          && transliteratedSigning(text, alone, place) == q && !covered(out, alone, q)) {
        out.add(new Mention(alone, q, text.substring(alone, q), true, 0.7)); // …牧场上。格桑 189…: a name of no surname signs
        continue;
      }
      int given = givenAfterA(text, q);
      if (given >= 0 && !covered(out, given, q)) {
        out.add(new Mention(given, q, text.substring(given, q), true, 0.7)); // …西坪 阿珍 137…: 阿 kept with a given name
      }
      // 阿X: the surname as southern speech calls a person (阿梁 136…); -1 where 阿 and a given name stand there
      int old = given >= 0 ? -1 : q >= 2 && (text.charAt(q - 2) == '老' || (text.charAt(q - 2) == '小' || text.charAt(q - 2) == '阿')
          && RARE.indexOf(text.charAt(q - 1)) < 0)
          && (q == 2 || !Tokens.han(text.charAt(q - 3)) || "我俺".indexOf(text.charAt(q - 3)) >= 0
              || tradeOpens(text, q - 2)) ? surname(text, q - 1) : 0; // (…。骑手小杜 199…: the writer's trade before, r29name)
      if (old == 1 && !is(text, q - 2, q, Type.HONORIFIC) && !notName(text.substring(q - 2, q))) {
        out.add(new Mention(q - 1, q, text.substring(q - 1, q), true, 0.7)); // …。老于，139…
      }
      for (int len = 4; len >= 1 && old == 0; len--) {
        int s = q - len;
        boolean trade = s > 0 && len >= 2 && tradeOpens(text, s) && endsAfter(text, ph[1]);
        if (s < 0 || !allHan(text, s, q) || s > 0 && Tokens.han(text.charAt(s - 1)) && !cueEndsAt(text, s)
            && !titleEndsAt(text, s) && !placeOf(text, s, place) && !trade) {
          continue;
        }
        // A role just before (业主 单志强 023…, 牧民阿依古丽 139…) is a cue: any name of three or more, or a surname
        // that is also a word, stands between the role and the phone. So is a trade opening the last clause before the
        // phone that ends the message (…请快来！门卫朱国栋 139…): the writer signing with what they do.
        int r = s;
        while (r > 0 && " ：:".indexOf(text.charAt(r - 1)) >= 0) {
          r--; // (值班员：于海军 139…: the role and a colon)
        }
        boolean role = trade || roleBefore(text, r);
        int[] name = parse(text, s, role, person, place);
        if (name == null && len == 3 && s > 0 && "。！!？?\n".indexOf(text.charAt(s - 1)) >= 0 && surname(text, s) == 1
            && RARE.indexOf(text.charAt(s)) >= 0 && endsAfter(text, ph[1]) && !notName(text.substring(s, q))) {
          int[] full = parse(text, s, true, person, place); // …请赶紧来！向春花 138…: a full name signing, though 向 is a word
          name = full != null && full[1] - full[0] == 3 ? full : null;
        }
        if (name != null && name[3] == q && (!role || surname(text, s) > 0 || q - s >= 3)) {
          add(out, text, name, true, 0.7);
          break;
        }
      }
      // After: 139… 姚建英 / 139…（吕） / 139…，找老周.
      int a = ph[1];
      while (a < text.length() && " \t，,（(、".indexOf(text.charAt(a)) >= 0) {
        a++;
      }
      if (a > ph[1] && a + 1 < text.length() && "（(".indexOf(text.charAt(a - 1)) >= 0 && "）)".indexOf(text.charAt(a + 1)) >= 0
          && surname(text, a) == 1 && !notName(text.substring(a, a + 1))) {
        // 139…（于）: a surname alone in brackets just after the phone signs it, though 于, 全 are words too (r25rest)
        out.add(new Mention(a, a + 1, text.substring(a, a + 1), true, 0.7));
        continue;
      }
      int aGiven = givenAfterA(text, Math.min(text.length(), a + 2));
      if (aGiven == a && (a + 2 == text.length() || NAME_END.indexOf(text.charAt(a + 2)) >= 0) && !covered(out, a, a + 2)) {
        out.add(new Mention(a, a + 2, text.substring(a, a + 2), true, 0.7)); // 139… 阿豪: 阿 and a given name sign, as before it
        continue;
      }
      if (a < text.length() && text.charAt(a) == '找') {
        a++;
      }
      if (a < text.length() && text.charAt(a) == '老') {
        a++;
        if (a + 2 <= text.length() && text.charAt(a + 1) == '头' && surname(text, a) == 1
            && (a + 2 == text.length() || NAME_END.indexOf(text.charAt(a + 2)) >= 0)) {
          out.add(new Mention(a, a + 1, text.substring(a, a + 1), true, 0.7)); // 139… 老秦头: an old man called by his surname
          continue;
        }
      }
      if (a + 1 < text.length() && (text.charAt(a) == '小' || text.charAt(a) == '阿') && RARE.indexOf(text.charAt(a + 1)) < 0 && surname(text, a + 1) == 1
          && (a + 2 == text.length() || NAME_END.indexOf(text.charAt(a + 2)) >= 0) && !notName(text.substring(a, a + 2))) {
        out.add(new Mention(a + 1, a + 2, text.substring(a + 1, a + 2), true, 0.7)); // 139… 小叶: who signs, by the surname
        continue;
      }
      int tr = transliterated(text, a);
      if (tr > 0 && text.substring(tr).strip().chars().allMatch(c -> "。.！!".indexOf(c) >= 0)) {
        out.add(new Mention(a, tr, text.substring(a, tr), true, 0.7)); // 139… 古丽米拉: a name of no surname signs off
        continue;
      }
      int[] name = parse(text, a, false, person, place);
      if (name != null && nameEnds(text, name[3]) && !followedByPlace(text, name[3])) {
        add(out, text, name, true, 0.7);
      }
    }
  }

  /**
   * Whether a trade of the lexicon (门卫, 护士, 律师…) ends at {@code s} and opens its clause (at the start, after a clause
   * mark, a space or 我是): the writer's own trade, as 厂里的保安张三 (someone else's) is not.
   */
  private boolean tradeOpens(String text, int s) {
    for (int k = 2; k <= Math.min(5, s); k++) {
      Set<Type> t = types(text, s - k, s);
      if (t != null && t.contains(Type.TRADE)) {
        int b = s - k;
        if (b == 0 || "。！!？?，,；;\n \t：:".indexOf(text.charAt(b - 1)) >= 0 || b >= 2 && text.startsWith("我是", b - 2)) {
          return true;
        }
      }
    }
    return false;
  }

  /**
   * Whether a trade of the lexicon ends just before {@code i}, a comma between or not (…服务站的护士，名字叫X): the name
   * is the person's with the trade, though a unit was named before it (r23rest).
   */
  private boolean tradeBefore(String text, int i) {
    int k = i > 0 && "，,".indexOf(text.charAt(i - 1)) >= 0 ? i - 1 : i;
    for (int len = 2; len <= Math.min(5, k); len++) {
      Set<Type> t = types(text, k - len, k);
      if (t != null && t.contains(Type.TRADE)) {
        return true;
      }
    }
    return false;
  }

  /** Whether nothing but spaces and a closing mark follows {@code e}: what ends there ends the message. */
  private static boolean endsAfter(String text, int e) {
    for (int k = e; k < text.length(); k++) {
      if (" \t\n。.！!".indexOf(text.charAt(k)) < 0) {
        return false;
      }
    }
    return true;
  }

  /** Relatives and others whose name 名字叫 may follow (外公名字叫…, 她的名字是…): not the writer's. */
  private static final String[] RELATIVES = {"父亲", "母亲", "爸爸", "妈妈", "爷爷", "奶奶", "外公", "外婆", "姥姥", "姥爷",
      "老伴", "丈夫", "妻子", "老公", "老婆", "儿子", "女儿", "哥哥", "姐姐", "弟弟", "妹妹", "叔叔", "舅舅", "姑姑", "阿姨",
      "老人", "我爸", "我妈", "他", "她", "他们", "老板", "厂长", "邻居", "对方"};

  /** Whether a relative's word (or someone else's: 他, 邻居) ends at {@code i}, 的 between or not. */
  private static boolean relativeBefore(String text, int i) {
    int k = i > 0 && text.charAt(i - 1) == '的' ? i - 1 : i;
    for (String r : RELATIVES) {
      if (k >= r.length() && text.startsWith(r, k - r.length())) {
        return true;
      }
    }
    return false;
  }

  /** Whether a unit word (厂, 店, 公司, 车行…) stands in the eight characters before {@code i}, in the same sentence. */
  private static boolean unitBefore(String text, int i) {
    for (int k = i - 1; k >= Math.max(0, i - 8); k--) {
      char c = text.charAt(k);
      if ("。！!？?\n".indexOf(c) >= 0) {
        return false;
      }
      if (UNIT_END.indexOf(c) >= 0 || "行馆铺坊".indexOf(c) >= 0) {
        return true;
      }
    }
    return false;
  }

  /** Whether a title or a word for someone else ends at {@code k} (厂长施建华 139…: the writer signs with a title). */
  private boolean titleEndsAt(String text, int k) {
    for (int len = 2; len <= Math.min(4, k); len++) {
      Set<Type> t = types(text, k - len, k);
      if (t != null && (t.contains(Type.TITLE) || t.contains(Type.THIRD))) {
        return true;
      }
    }
    return false;
  }

  /** Words of 阿 and one character that name a relative or a kind of person, not anyone's given name (阿公, 阿妈). */
  private static final String A_KIN = "公婆嬷妈爸伯叔婶哥姐妹弟姨嫂爷奶仔";

  /**
   * Where a name of 阿 and a given name ends at {@code q}, standing as a word of its own (阿珍, 阿Tom), its start; else
   * -1. Southern speech calls a person so, and the 阿 is part of the name; 阿 before a surname (阿梁) is read elsewhere.
   */
  private int givenAfterA(String text, int q) {
    int l = q;
    while (l > 0 && text.charAt(l - 1) < 128 && Character.isLetter(text.charAt(l - 1))) {
      l--;
    }
    boolean latin = q - l >= 2 && Character.isUpperCase(text.charAt(l));
    int a = latin ? l - 1 : q - 2;
    if (a < 0 || text.charAt(a) != '阿' || a > 0 && Tokens.han(text.charAt(a - 1)) && "我俺阮".indexOf(text.charAt(a - 1)) < 0) {
      return -1;
    }
    if (!latin && (l < q || !Tokens.han(text.charAt(q - 1)) || surname(text, q - 1) > 0 || A_KIN.indexOf(text.charAt(q - 1)) >= 0
        || types(text, a, q) != null)) {
      return -1;
    }
    return a;
  }

  /**
   * A signature: the last lines of a letter (落款 王淑珍 / 老教师 宁秋云 敬上 / 白银市平川区 苟建民), or the words
   * after the last comma or full stop of a message (…临桂区，唐 / …排查。欧阳娜娜 / …，老沈).
   */
  private void signature(String text, boolean[] person, Predicate<String> place, List<Mention> out) {
    int end = text.length();
    while (end > 0 && " \t\n。.!！".indexOf(text.charAt(end - 1)) >= 0) {
      end--;
    }
    int lineStart = text.lastIndexOf('\n', Math.max(0, end - 1)) + 1;
    Matcher real = REAL_NAME_END.matcher(text);
    if (text.endsWith("）") || text.endsWith(")") || text.stripTrailing().endsWith("）") || text.stripTrailing().endsWith(")")) {
      if (real.find() && surname(text, real.start(1)) > 0 && !notName(real.group(1)) && !place.test(real.group(1))
          && UNIT_END.indexOf(text.charAt(real.start(1) - 2)) < 0 // 某某有限公司（盖章）: a unit's seal, no handle
          && !covered(out, real.start(1), real.end(1))) {
        out.add(new Mention(real.start(1), real.end(1), real.group(1), true, 0.75)); // …by 小鹿（鹿X）: the real name
      }
    }
    int lb = lastBreak(text, lineStart, end);
    signatureLine(text, lb + 1, end, person, place, out);
    for (int c = lb; c > lineStart && "，,".indexOf(text.charAt(c)) >= 0 && contactField(text, c + 1); ) {
      // …。老杨，家住喜洲镇文阁村。 (r25rest); X，住…村7号，身份证…，电话…: the contact's fields, each a clause of its
      // own, after the name that signs (r29name)
      int prev = lastBreak(text, lineStart, c);
      if (!contactField(text, prev + 1)) {
        signatureLine(text, prev + 1, c, person, place, out);
        break;
      }
      c = prev;
    }
    int sp = lb < lineStart ? text.lastIndexOf(' ', end - 1) : -1;
    if (sp > lineStart && end - sp <= 3 && closesBefore(text, sp)) {
      // a line with no clause mark, its words set apart by spaces (…非常满意 谢谢 宋): the last word may sign it
      signatureLine(text, sp + 1, end, person, place, out);
    }
    signedBeforeMore(text, person, place, out);
    int e = lineStart - 1;
    for (int lines = 1; e > 0 && lines < 4; lines++) {
      while (e > 0 && " \t\n".indexOf(text.charAt(e - 1)) >= 0) {
        e--;
      }
      int ls = text.lastIndexOf('\n', Math.max(0, e - 1)) + 1;
      signatureLine(text, ls, e, person, place, out);
      e = ls - 1;
    }
  }

  /**
   * A handle or a nickname, then a full name in brackets ending the message (…by 小鹿（鹿X）, …思琪妈妈（X）): the real name
   * signs it, as 柳絮飞飞（柳菲） does opening one.
   */
  private static final Pattern REAL_NAME_END = Pattern.compile(
      "(?:^|[。！!？?\\s])(?:by\\s*)?[^（(\\s，,。：:！!？?）)]{1,12}[（(](\\p{IsHan}{2,3})[）)]\\s*$");

  /** A letter's date with its year (2024年3月2日, 二〇二三年九月十八日), a space before it. */
  private static final Pattern FULL_DATE = Pattern.compile(
      "[ \t\u3000]+(?:\\d{4}|[〇零一二三四五六七八九]{4})\\s*年\\s*(?:\\d{1,2}|[一二三四五六七八九十]{1,3})\\s*月");

  /**
   * A letter signed before what still follows it on the last line (退休教师 李振华 敬上 二〇二四年六月二日 住址：… 电话…,
   * 高秀云 2025年3月8日 电话…): the signature ends at the last 敬上 or 谨上, or before the last date with its year.
   */
  private void signedBeforeMore(String text, boolean[] person, Predicate<String> place, List<Mention> out) {
    int closing = Math.max(text.lastIndexOf("敬上"), text.lastIndexOf("谨上"));
    if (closing > 0 && closing + 2 < text.stripTrailing().length()) {
      int ls = text.lastIndexOf('\n', closing) + 1;
      signatureLine(text, lastBreak(text, ls, closing) + 1, closing + 2, person, place, out);
      return;
    }
    if (text.indexOf('年') < 0) {
      return; // no date with its year (FULL_DATE would be tried at every space of an English text)
    }
    Matcher date = FULL_DATE.matcher(text);
    int ds = -1;
    while (date.find()) {
      ds = date.start();
    }
    if (ds <= 0) {
      return;
    }
    int e = ds;
    if ("）)".indexOf(text.charAt(e - 1)) >= 0) {
      int open = Math.max(text.lastIndexOf('（', e), text.lastIndexOf('(', e));
      e = open > 0 && e - open <= 10 ? open : e; // 于长海（老党员） 2024年3月2日: who the signer is, in brackets
    }
    int ls = text.lastIndexOf('\n', e - 1) + 1;
    signatureLine(text, lastBreak(text, ls, e) + 1, e, true, person, place, out);
  }

  /** The fields of a contact that follow a signer's name, each after a comma (住…, 身份证…, 电话…). */
  private static final String[] CONTACT_FIELDS = {"家住", "住在", "住址", "住", "地址", "身份证", "电话", "手机", "联系电话",
      "联系方式", "微信", "邮箱"};

  private static boolean contactField(String text, int p) {
    while (p < text.length() && text.charAt(p) == ' ') {
      p++;
    }
    for (String f : CONTACT_FIELDS) {
      if (text.startsWith(f, p)) {
        return true;
      }
    }
    return false;
  }

  /** The index of the last clause mark in [from, to), or from - 1. */
  private static int lastBreak(String text, int from, int to) {
    for (int i = to - 1; i >= from; i--) {
      if ("，,。；;！!？?".indexOf(text.charAt(i)) >= 0) {
        return i;
      }
    }
    return from - 1;
  }

  /** A signature line: a name alone, or after a place, a role or a cue and a space; 老沈 is 沈. */
  private void signatureLine(String text, int s, int e, boolean[] person, Predicate<String> place, List<Mention> out) {
    signatureLine(text, s, e, false, person, place, out);
  }

  /** A signature line; {@code dated}: a date with its year follows it, so a name alone there signs (高秀云 2025年3月8日). */
  private void signatureLine(String text, int s, int e, boolean dated, boolean[] person, Predicate<String> place,
      List<Mention> out) {
    if (s >= e) {
      return;
    }
    boolean closed = false;
    for (String close : new String[] {"敬上", "谨上", "敬礼"}) {
      String t = text.substring(s, e).stripTrailing();
      if (t.length() > close.length() && t.endsWith(close)) {
        e = s + t.length() - close.length();
        closed = !close.equals("敬礼");
      }
    }
    for (String told : new String[] {"反映", "报料", "投诉"}) {
      String t = text.substring(s, e).stripTrailing();
      if (t.length() > told.length() + 1 && t.endsWith(told) && t.charAt(t.length() - told.length() - 1) == ' ') {
        e = s + t.length() - told.length(); // …真的绝了。X 反映: the signer, then the verb set apart
      }
    }
    while (e > s && " \t".indexOf(text.charAt(e - 1)) >= 0) {
      e--;
    }
    if (e - s > 6 && "）)".indexOf(text.charAt(e - 1)) >= 0) {
      // 护士 X（社区卫生服务站）: where the signer works or who they are, in brackets after the name (not a name
      // in brackets, 小鹿（鹿X）, which REAL_NAME_END reads)
      int open = Math.max(text.lastIndexOf('（', e - 1), text.lastIndexOf('(', e - 1));
      if (open > s + 1 && e - open - 2 >= 4 && e - open <= 16) {
        e = open;
        while (e > s && " \t".indexOf(text.charAt(e - 1)) >= 0) {
          e--;
        }
      }
    }
    int space = text.lastIndexOf(' ', e - 1);
    if (space > s + 1 && space - s <= 4 && e - space > 2 && place.test(text.substring(space + 1, e))
        && "市县区旗镇乡道".indexOf(text.charAt(e - 1)) >= 0) {
      // 戴振江 石家庄裕华区: a name signing, then where the writer lives
      int before = out.size();
      signatureLine(text, s, space, person, place, out);
      if (out.size() > before) {
        return;
      }
    }
    if (e - s > 4 && Character.isDigit(text.charAt(e - 1)) || e - s > 4 && "日号".indexOf(text.charAt(e - 1)) >= 0) {
      java.util.regex.Matcher date = DATE_TAIL.matcher(text).region(s, e);
      if (date.find() && date.start() > s) {
        e = date.start(); // 吴某某 12月5日: the date the letter was signed, after the name
      }
    }
    while (s < e && " \t:：—-~～".indexOf(text.charAt(s)) >= 0) {
      s++; // …。——周大姐: a dash before the name signing off
    }
    java.util.regex.Matcher salute = SALUTE.matcher(text).region(s, e);
    if (salute.lookingAt() && salute.end() < e) {
      s = salute.end(); // 此致敬礼 于洪生: the letter's salute, then who signs it
    }
    if (closed && e - s > 6) {
      java.util.regex.Matcher date = DATE_HEAD.matcher(text).region(s, e);
      if (date.lookingAt()) {
        s = date.end(); // 农历十月十五 老党员 X 敬上: the day written before who signs
      }
    }
    if (e - s < 1 || e - s > 24 || !Tokens.han(text.charAt(e - 1))) {
      return;
    }
    int ws = e;
    while (ws > s && " \t:：".indexOf(text.charAt(ws - 1)) < 0) {
      ws--;
    }
    String head = text.substring(s, ws).strip();
    String said = head.endsWith("：") || head.endsWith(":") ? head.substring(0, head.length() - 1).strip() : head; // 兽医：X
    if (!head.isEmpty() && !place.test(head) && !endsWithCue(head) && !(said.length() < head.length() && endsWithCue(said)) && !(closed && head.length() <= 14 && allHan(head, 0, head.length()))
        && !is(head, Type.HONORIFIC)) { // 老人 苏某某: who the writer is, then the name
      return; // a name signed off with 敬上 may follow any words of who the writer is (老人 …, 七十岁的老党员 …)
    }
    int lead = head.isEmpty() ? leadingCue(text, ws, e) : 0; // 老板刘德华, 村民蒋
    int p = "老小阿".indexOf(text.charAt(ws + lead)) >= 0 && e - ws - lead == 2 ? ws + lead + 1 : ws + lead; // 老沈, 小周
    // Closed with 敬上 after who one is (老党员 X 敬上): the words between are the name, whatever its surname (单, 于).
    boolean signed = (closed && (!head.isEmpty() || lead > 0) || dated && head.isEmpty() && lead == 0) && e - p <= 4
        // who one is, then a full name of three set apart, the line's last words (郊区居民 于建华, 值班员：向东明): a
        // name whatever its surname (于, 向, 时 are words elsewhere)
        || !head.isEmpty() && ws < e && e - p == 3 && surname(text, p) == 1 && RARE.indexOf(text.charAt(p)) >= 0
        && (endsWithCue(head) || said.length() < head.length() && endsWithCue(said));
    int[] name = parse(text, p, signed, person, place);
    if (signed && name != null && name[2] == 0 && notName(text.substring(name[0], name[1]))) {
      name = null; // 老党员 全体 敬上: a word, no name
    }
    if (name != null && name[3] == e && (name[2] == 0 || name[3] > name[1] || p > ws || !head.isEmpty() || lonelyTail(text, s))
        && (name[2] == 1 || e - p <= 3 || surname(text, p) == 2 || lead > 0)) {
      add(out, text, name, true, 0.75);
    }
  }

  /** A letter's salute before its signer on the same line (此致敬礼, 此致 敬礼！). */
  private static final Pattern SALUTE = Pattern.compile("此致[\\s，,]*敬礼[！!。\\s]+");

  /** A date opening a signature's line, a space after it (农历十月十五 …, 2026年11月20日 …, 11月20日 …). */
  private static final java.util.regex.Pattern DATE_HEAD = java.util.regex.Pattern.compile(
      "(?:农历|阴历|公历)?(?:\\d{4}\\s*年\\s*)?(?:\\d{1,2}|[一二三四五六七八九十]{1,3}|正|腊|冬)\\s*月\\s*"
      + "(?:\\d{1,2}|初?[一二三四五六七八九十廿]{1,3})?\\s*[日号]?[ \t\u3000]+");

  /** A date after a signature, parted from it by a space (12月5日, 2026年12月5日, 2026-12-05, 12.5; a month: 2026.5). */
  private static final java.util.regex.Pattern DATE_TAIL = java.util.regex.Pattern.compile(
      "[ \t\u3000]+(?:(?:\\d{4}\\s*[年.\\-/]\\s*)?\\d{1,2}\\s*[月.\\-/]\\s*\\d{1,2}\\s*[日号]?|\\d{4}\\s*[年.\\-/]\\s*\\d{1,2}\\s*月?)$");

  /** A surname alone ends a message as a signature after a comma that follows a place (…临桂区，唐) or ends a chat message. */
  private static boolean lonelyTail(String text, int s) {
    return dashAfterSentence(text, s) // …没用。—姜, …熏黄了。——魏
        || s >= 2 && "，,".indexOf(text.charAt(s - 1)) >= 0 && "市县区镇村乡旗州".indexOf(text.charAt(s - 2)) >= 0
        // …我家衣服都不敢晾外面，潘: a surname alone after the last comma of a chat message that ends there (polreg), not
        // a word said alone (…，谢 for thanks) nor one of the surnames that are common words
        || s >= 5 && "，,".indexOf(text.charAt(s - 1)) >= 0 && s + 1 == text.strip().length() && Tokens.han(text.charAt(s - 2))
        && RARE.indexOf(text.charAt(s)) < 0 && "谢管急好".indexOf(text.charAt(s)) < 0
        // …请查处！侯: a surname alone after the last sentence's mark, the whole of the last line, signs it
        || s >= 3 && "！!。？?".indexOf(text.charAt(s - 1)) >= 0 && s + 1 == text.strip().length()
        && RARE.indexOf(text.charAt(s)) < 0
        // …烧烤店装了净化器 非常满意 谢谢 宋: the last word of a line whose clauses are set apart by spaces only
        || s >= 3 && text.charAt(s - 1) == ' ' && s + 1 == text.strip().length() && RARE.indexOf(text.charAt(s)) < 0
        && lastBreak(text, text.lastIndexOf('\n', s - 1) + 1, s) <= text.lastIndexOf('\n', s - 1) && closesBefore(text, s - 1);
  }

  /** The thanks that close a message before who sends it (…谢谢 宋). */
  private static final String[] THANKS = {"谢谢", "感谢", "多谢", "辛苦了", "辛苦", "麻烦了", "拜托了",
      // a request closing a short message (…烟大 望查 杜, …噪音 请处理 X: r23rest)
      "望查", "请查", "速查", "望处理", "请处理", "盼复", "望回复"};

  /**
   * Whether what stands before the space at {@code sp} closes a message: thanks, or no Chinese word (a case number, a
   * phone, an emoji tag: …HB20261108… 宋). After other words a last character set apart is a word of the clause (没人 管).
   */
  private static boolean closesBefore(String text, int sp) {
    int k = sp;
    while (k > 0 && text.charAt(k - 1) == ' ') {
      k--;
    }
    if (k == 0) {
      return false;
    }
    for (String t : THANKS) {
      if (k >= t.length() && text.startsWith(t, k - t.length())) {
        return true;
      }
    }
    return !Tokens.han(text.charAt(k - 1));
  }

  /** A dash or two just before {@code s}, after a sentence's or a clause's end: a signature's dash. */
  private static boolean dashAfterSentence(String text, int s) {
    int j = s - 1;
    while (j >= 0 && "—－-".indexOf(text.charAt(j)) >= 0) {
      j--;
    }
    return j < s - 1 && j >= 1 && "。！!？?，,~～ \n".indexOf(text.charAt(j)) >= 0;
  }

  /** The length of a role, title or signature word that opens text[from, to), leaving a name after it, or 0. */
  private int leadingCue(String text, int from, int to) {
    for (int k = Math.min(longest, to - from - 1); k >= 2; k--) {
      Set<Type> t = types(text, from, from + k);
      if (t != null && (t.contains(Type.ROLE) || t.contains(Type.SIGN) || t.contains(Type.TITLE) || t.contains(Type.THIRD))) {
        return k;
      }
    }
    return 0;
  }

  private boolean endsWithCue(String head) {
    for (int k = 1; k <= Math.min(longest, head.length()); k++) {
      Set<Type> t = types(head, head.length() - k, head.length());
      if (t != null && (t.contains(Type.ROLE) || t.contains(Type.SIGN) || t.contains(Type.SELF)
          || t.contains(Type.TRADE) && k == head.length())) { // 兽医：莫德才。: the writer's trade alone heads the line
        return true;
      }
    }
    return false;
  }

  /** Whether a role, signature or self cue ends at {@code k} (so that a name may start there). */
  private boolean cueEndsAt(String text, int k) {
    for (int len = 1; len <= Math.min(longest, k); len++) {
      Set<Type> t = types(text, k - len, k);
      if (t != null && (t.contains(Type.ROLE) || t.contains(Type.SIGN) || t.contains(Type.SELF))) {
        return true;
      }
    }
    return false;
  }

  /**
   * The name at {@code p} as {start, end, surname-only flag}: a surname (or, when {@code strong}, any Han
   * word of two to six characters, or one with a middle dot) with up to two given characters, stopping at
   * the words that follow names; a surname alone before an honorific (王先生, 梁生). Null when there is none.
   */
  int[] parse(String text, int p, boolean strong, boolean[] person, Predicate<String> place) {
    int n = text.length();
    if (p >= n || !Tokens.han(text.charAt(p))) {
      return null;
    }
    int dot = dotted(text, p);
    if (dot > 0) {
      int mark = text.indexOf('·', p) > 0 ? text.indexOf('·', p) : text.indexOf('•', p);
      for (int k = mark - p - 2; k >= 2; k--) {
        if ("市县区旗州镇乡".indexOf(text.charAt(p + k - 1)) >= 0 && place != null && place.test(text.substring(p, p + k))) {
          return new int[] {p + k, dot, 0, dot}; // 阿图什市吐尔洪·热合曼: the place written before the name
        }
      }
      return new int[] {p, dot, 0, dot}; // 古丽娜尔·吐尔逊
    }
    int s = surname(text, p);
    boolean hinted = person != null && person[p];
    if (s == 1 && RARE.indexOf(text.charAt(p)) >= 0 && !strong && !honouredAlone(text, p)) {
      s = 0; // 都反对, 于是…: a word, unless a cue or HanLP says it is a name
    } else if (s == 1 && RARE.indexOf(text.charAt(p)) >= 0 && strong) {
      s = 0; // after a strong cue, read as any name (买买提江 is no surname 买 and three more)
    }
    if (s == 0) {
      if (!strong) {
        return null;
      }
      int e = p;
      while (e < n && e - p < 6 && Tokens.han(text.charAt(e)) && !stopAt(text, e) && !spellingAt(text, e)) {
        e++;
      }
      String cand = text.substring(p, e);
      return e - p >= 2 && !notName(cand) && !place.test(cand) && UNIT_END.indexOf(cand.charAt(cand.length() - 1)) < 0
          ? new int[] {p, e, 0, e} : null;
    }
    int q = p + s;
    int h = honorificLength(text, q);
    if (h > 0) {
      return new int[] {p, q, 1, q + h}; // 王先生, 梁生, 马师傅
    }
    for (int k = 2; k <= 3 && q + k <= n; k++) {
      if (is(text, q, q + k, Type.TITLE)) {
        return new int[] {p, q, 1, q}; // 詹主任: a surname and a title, no given name
      }
    }
    int e = q;
    // Cantonese 生 (梁生) follows a surname alone: after a given name it is part of it (苗春生).
    while (e < n && e < q + 2 && Tokens.han(text.charAt(e)) && !stopAt(text, e) && !spellingAt(text, e)
        && !(honorificAt(text, e) && text.charAt(e) != '生')) {
      e++;
    }
    if (hinted && e == q + 2 && !boundary(text, e)) {
      // HanLP's person may end inside the given name (李明|今天…): where the full length ends at no boundary,
      // it shortens the name; it never lengthens one or cuts a surname.
      int r = p;
      while (r < person.length && person[r] && r - p < 4) {
        r++;
      }
      if (r > q && r < e) {
        e = r;
      }
    }
    if (strong && s == 1 && e == q + 2 && e + 1 <= n && Tokens.han(text.charAt(e)) && !stopAt(text, e)
        && !spellingAt(text, e) && (e + 1 == n || NAME_END.indexOf(text.charAt(e + 1)) >= 0)) {
      e++; // after a cue, a name of four characters that ends the line (古丽米拉, 阿依古丽): the whole of it
    }
    if (e == q + 2 && text.charAt(q) == '家' && "湾庄坝沟岭坪塘营寨桥集窑埠堡村屯洼岗".indexOf(text.charAt(q + 1)) >= 0) {
      return null; // 龚家湾, 刘家庄: a village named after a family, no person
    }
    String cand = text.substring(p, e);
    if (notName(cand) || e > q && (place.test(cand) && !placeOnlyInSurname(cand, strong, place) || "村镇区县市省路街乡屯楼层号室门口边里外".indexOf(text.charAt(e - 1)) >= 0
        || e < n && UNIT_END.indexOf(text.charAt(e)) >= 0 && e + 1 < n && !Tokens.han(text.charAt(e + 1)))) {
      return null;
    }
    int after = e + (e < n && text.charAt(e) == '生' ? 0 : honorificLength(text, e)); // 王建国先生
    return new int[] {p, e, e == q ? 1 : 0, after};
  }

  /**
   * A surname that is also a word with an honorific of two characters after it, the two standing apart from other
   * Chinese words (…。万女士 3栋, 住户 区先生 139…, 向师傅 137…): a name, as 和师傅说 or 向师傅反映 is not.
   */
  private boolean honouredAlone(String text, int p) {
    int h = honorificLength(text, p + 1);
    int e = p + 1 + h;
    return h >= 2 && (p == 0 || !Tokens.han(text.charAt(p - 1))) && (e == text.length() || !Tokens.han(text.charAt(e)));
  }

  /**
   * After a strong cue (他叫宁德福), a three-character name whose surname and first given character read as a
   * place (宁德) is still a name: the place would have to cover its given name too.
   */
  private static boolean placeOnlyInSurname(String cand, boolean strong, Predicate<String> place) {
    // So is one whose given name reads as a place (申请人：柴玉林, 我叫李永安): the place would have to cover its
    // surname too (r21rest).
    return strong && cand.length() == 3 && !(place.test(cand.substring(1)) && place.test(cand.substring(0, 2)));
  }

  /** The verbs that follow a name in a record (反映, 来访, 来电, 称, 与邻居…), never part of a dotted name. */
  private static final java.util.regex.Pattern DOTTED_TAIL = java.util.regex.Pattern.compile(
      "(?:反映|来访|来电|致电|举报|投诉|称|与|和|说|等|陈述)");

  /** The end of a name joined by a middle dot (古丽娜尔·吐尔逊), or 0. */
  private static int dotted(String text, int p) {
    int e = p;
    boolean dot = false;
    while (e < text.length() && (Tokens.han(text.charAt(e)) || text.charAt(e) == '·' || text.charAt(e) == '•') && e - p < 16) {
      dot |= !Tokens.han(text.charAt(e));
      e++;
    }
    if (dot) {
      int after = Math.max(text.lastIndexOf('·', e - 1), text.lastIndexOf('•', e - 1)) + 2;
      java.util.regex.Matcher verb = DOTTED_TAIL.matcher(text).region(Math.min(after, e), e);
      if (verb.find()) {
        e = verb.start(); // 吐尔洪·热合曼反映：the verb after the name, no part of it
      }
    }
    return dot && Tokens.han(text.charAt(e - 1)) ? e : 0;
  }

  /**
   * The end of a name of three to six characters that transliterated names use (艾合买提江, 扎西多吉, 巴特尔) starting
   * at {@code p} and ending as a name does, or 0: after a cue it needs no surname (the characters are data, type translit).
   */
  private int transliterated(String text, int p) {
    int e = p;
    while (e < text.length() && e - p < 7 && is(text, e, e + 1, Type.TRANSLIT)) {
      e++;
    }
    return e - p >= 3 && e - p <= 6 && nameEnds(text, e) ? e : 0;
  }

  /**
   * The end of a name of two to six transliterated characters (次仁, 格桑, 达瓦) at {@code p} that signs: the message ends
   * or the phone follows it (as {@link #signs} reads), it is no place and no word that looks like a name; or 0. Two such
   * characters alone are too common a pair to be a name elsewhere.
   */
  private int transliteratedSigning(String text, int p, Predicate<String> place) {
    int e = p;
    while (e < text.length() && e - p < 7 && is(text, e, e + 1, Type.TRANSLIT)) {
      e++;
    }
    if (e - p < 2 || e - p > 6 || !signs(text, e)) {
      return 0;
    }
    String w = text.substring(p, e);
    // 阿强: how southern speech calls one by the given name, read by givenAfterA as such
    return place.test(w) || notName(w) || e - p == 2 && w.charAt(0) == '阿' ? 0 : e;
  }

  /** A natural end of a name: punctuation, a space, a digit, the end, or a stop word. */
  private static boolean boundary(String text, int e) {
    return e >= text.length() || !Tokens.han(text.charAt(e)) || stopAt(text, e);
  }

  /** Given names that end in 男 or 女 (亚男, 胜男): there the character is the name's, no sex told after it. */
  private static final Set<String> GIVEN_SEXED = Set.of("亚男", "胜男", "若男", "雅男", "晓男", "俊男", "振男", "国男", "一男",
      "冠男", "楠男", "秀女", "玉女");

  private static boolean stopAt(String text, int e) {
    if (e >= 1 && e + 1 <= text.length() && "男女".indexOf(text.charAt(e)) >= 0 && GIVEN_SEXED.contains(text.substring(e - 1, e + 1))
        && (e + 1 == text.length() || !Tokens.han(text.charAt(e + 1)) || "电手住家".indexOf(text.charAt(e + 1)) >= 0)) {
      return false; // 郑亚男，电话…: the name's last character, as 郑亚，男 would be no name with its sex
    }
    for (String w : STOPS) {
      if (text.startsWith(w, e)) {
        return true;
      }
    }
    return false;
  }

  private boolean spellingAt(String text, int e) {
    for (int k = 2; k <= Math.min(5, text.length() - e); k++) {
      if (is(text, e, e + k, Type.SPELLING)) {
        return true;
      }
    }
    return false;
  }

  private boolean honorificAt(String text, int e) {
    return honorificLength(text, e) > 0;
  }

  /** The length of an honorific at {@code e} (先生, 阿姨, Cantonese 生), or 0. */
  /** Whether a title (局长, 老板…) starts at {@code e}: a surname before it is someone's (王局长). */
  boolean titleAt(String text, int e) {
    for (int len = 1; len <= Math.min(4, text.length() - e); len++) {
      Set<Type> t = types(text, e, e + len);
      if (t != null && t.contains(Type.TITLE)) {
        return true;
      }
    }
    return false;
  }

  int honorificLength(String text, int e) {
    for (int k = Math.min(3, text.length() - e); k >= 1; k--) {
      if (is(text, e, e + k, Type.HONORIFIC)) {
        // Cantonese 生 (梁生) only at the end of the name: 梁生产 is no Mr Liang.
        boolean ok = k > 1 || text.charAt(e) != '生' || e + 1 >= text.length() || !Tokens.han(text.charAt(e + 1));
        return ok ? k : 0;
      }
    }
    return 0;
  }

  private static boolean followedByPlace(String text, int e) {
    return e < text.length() && "市县区镇村省路".indexOf(text.charAt(e)) >= 0;
  }

  /** A name ends at punctuation, a space, a digit, the end of the text, or the words that follow names. */
  private static boolean nameEnds(String text, int e) {
    return e >= text.length() || NAME_END.indexOf(text.charAt(e)) >= 0 || Character.isDigit(text.charAt(e))
        || text.charAt(e) == '+' || stopAt(text, e) || text.startsWith("先生", e) || text.startsWith("女士", e);
  }

  /** Past a speaker's fillers and a note in brackets after a cue ((签名), （签字）). */
  /**
   * After 我是 in speech, the first character said, a pause, then the whole name (我是 嗯 陶 陶建国): where the whole name
   * starts, or p. Not a spelling (彭 彭德怀的彭) nor a name groped for twice (马 马什么 马海军): the whole name of two to
   * four characters ends at a space, a stop or the end.
   */
  private static int stutterSkipped(String text, int p) {
    char c = p < text.length() ? text.charAt(p) : ' ';
    if (!Tokens.han(c) || p + 1 >= text.length() || text.charAt(p + 1) != ' ') {
      return p;
    }
    int q = skip(text, p + 1);
    int e = q;
    while (e < text.length() && Tokens.han(text.charAt(e))) {
      e++;
    }
    String whole = text.substring(q, e);
    return q < text.length() && text.charAt(q) == c && whole.length() >= 2 && whole.length() <= 4
        && whole.indexOf('的') < 0 && !whole.contains("什么") ? q : p;
  }

  /** An English given name, then a space, then a Chinese name (业主Jenny 吴婧): where the Chinese name starts, or p. */
  private static int latinGivenSkipped(String text, int p) {
    int q = p;
    if (q < text.length() && text.charAt(q) >= 'A' && text.charAt(q) <= 'Z') {
      q++;
      while (q < text.length() && text.charAt(q) >= 'a' && text.charAt(q) <= 'z') {
        q++;
      }
      int r = skip(text, q);
      if (q - p >= 2 && r > q && r < text.length() && Tokens.han(text.charAt(r))) {
        return r;
      }
    }
    return p;
  }

  private static int skipFillers(String text, int p) {
    boolean moved = true;
    while (moved && p < text.length()) {
      moved = false;
      for (String f : FILLERS) {
        int q = skip(text, p + f.length()); // 我叫 那个 某某: a filler said between spaces too
        if (text.startsWith(f, p) && q < text.length() && Tokens.han(text.charAt(q))) {
          p = skip(text, p + f.length());
          moved = true;
          break;
        }
      }
      char c = text.charAt(p);
      if (!moved && (c == '（' || c == '(')) {
        int close = p + 1;
        while (close < text.length() && close - p <= 5 && text.charAt(close) != '）' && text.charAt(close) != ')') {
          close++;
        }
        if (close < text.length() && close - p <= 5 && close > p + 1) {
          p = skip(text, close + 1);
          moved = true;
        }
      }
    }
    return p;
  }

  /**
   * After a signing cue, where the name starts when a role or a place comes first and a space after it
   * (落款：居民 买买提江, 落款：某村村民 谭…, 业主代表 周…), or {@code p} when none.
   */
  private int afterSigner(String text, int p, Predicate<String> place) {
    int sp = p;
    while (sp < text.length() && sp - p <= 12 && Tokens.han(text.charAt(sp))) {
      sp++;
    }
    if (sp == p || sp >= text.length() || text.charAt(sp) != ' ' && text.charAt(sp) != '\t') {
      return p;
    }
    String head = text.substring(p, sp);
    if (!place.test(head) && !endsWithCue(head)) {
      return p;
    }
    return skip(text, sp);
  }

  private static int skip(String text, int p) {
    while (p < text.length() && " \t:：".indexOf(text.charAt(p)) >= 0) {
      p++;
    }
    return p;
  }

  private static boolean allHan(String text, int s, int e) {
    for (int i = s; i < e; i++) {
      if (!Tokens.han(text.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  private void add(List<Mention> out, String text, int[] name, boolean petitioner, double conf) {
    out.add(new Mention(name[0], name[1], text.substring(name[0], name[1]), petitioner, conf));
    // Names listed after it (联名代表：常瑞江、宋桂英 / 居民代表 伍振华 曾凡英) are others who sign too.
    int a = name[3];
    while (a < text.length() && (text.charAt(a) == '、' || text.charAt(a) == ' ' || text.charAt(a) == '和')) {
      int b = a + 1;
      while (b < text.length() && text.charAt(b) == ' ') {
        b++;
      }
      int[] next = surname(text, b) > 0 ? parse(text, b, false, null, w -> false) : null;
      if (next == null || next[1] - next[0] < 2 || !nameEnds(text, next[3])
          || groping(text.substring(next[0] + surname(text, next[0]), next[1]))) {
        break;
      }
      out.add(new Mention(next[0], next[1], text.substring(next[0], next[1]), false, Math.min(conf, 0.7)));
      a = next[3];
    }
  }

  /** The characters of each spelled part after a name (弓长张, 伟大的伟, 白色的白), as spans, for masking. */
  List<int[]> spellings(String text, Mention m) {
    List<int[]> out = new ArrayList<>();
    int e = m.end();
    while (e < text.length()) {
      int f = e;
      while (f < text.length() && " ，,、就是啊呀嘛哈".indexOf(text.charAt(f)) >= 0 && f - e < 3) {
        f++;
      }
      int k = spellingLength(text, f, m.name());
      if (k == 0) {
        break;
      }
      if (f + k < text.length() && m.name().indexOf(text.charAt(f + k)) >= 0
          && m.name().indexOf(text.charAt(f + k - 1)) < 0) {
        k++; // 绞丝旁的缪: a radical spelled, then the character itself
      }
      out.add(new int[] {f, f + k});
      e = f + k;
    }
    return out;
  }

  private int spellingLength(String text, int f, String name) {
    for (int k = 2; k <= Math.min(5, text.length() - f); k++) {
      if (is(text, f, f + k, Type.SPELLING)) {
        return k;
      }
    }
    // X的Y / XX的Y / X色的Y where Y is a character of the name; a longer description of the character's parts where its
    // words describe a character (旁, 横, 竖, 字头, 一个…): 三横一竖的王, 禾字旁一个呈现的呈 (Y then a part of it).
    for (int k = 1; k <= 8; k++) {
      int de = f + k;
      if (de + 1 >= text.length() || !Tokens.han(text.charAt(de - 1))) {
        return 0;
      }
      if (text.charAt(de) != '的') {
        continue;
      }
      boolean parts = k >= 4 && DESCRIBED.matcher(text).region(f, de).find();
      // 三个石头的磊: a count of parts, then a character of the name (not 一个在苏州工作的美国人)
      boolean described = parts || k >= 4 && COUNTED.matcher(text).region(f, de).find() && name.indexOf(text.charAt(de + 1)) >= 0;
      // 冉冉升起的冉: a word of four that holds the character itself
      described |= k == 4 && text.substring(f, de).indexOf(text.charAt(de + 1)) >= 0 && name.indexOf(text.charAt(de + 1)) >= 0;
      if ((k <= 3 || described) && allHan(text, f, de)
          && (name.indexOf(text.charAt(de + 1)) >= 0 || parts && Tokens.han(text.charAt(de + 1)))) {
        return k + 2;
      }
      if (k <= 3 || !described) {
        continue;
      }
      return 0;
    }
    return 0;
  }

  /** Words that describe a character by its parts or strokes (禾字旁, 三横一竖, 草字头, 一个…的…). */
  private static final Pattern DESCRIBED = Pattern.compile("旁|横|竖|撇|捺|字头|字底|框|偏|部首|加(?:个|一)?|上面|下面|左边|右边");
  /** A count of a character's parts (三个石头, 两个口), said before a character of the name. */
  private static final Pattern COUNTED = Pattern.compile("[一二两三四五]个");
}
