package org.ecopetition.gateway.nlp;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Every mention of a person's identity in a (normalised) text, for masking: each name of the writer and of
 * others wherever it occurs again, a name spelled out by its parts (弓长张), every phone number (and any run
 * of seven to twelve digits, which may be one), every ID number whatever its checksum, and every residence
 * address after a home cue (家住, 我是…的居民). No leak is acceptable, so it errs towards masking more.
 */
final class Identities {
  /** A residence after a home cue; group 1 the phrase, to be cut at the words that end it. */
  static final Pattern HOME = Pattern.compile(
      "(?:家住在?|住在|住喺|住响|(?:阮|阮兜|阮厝)住?[佇伫]|我住[佇伫]|住址(?:是)?[:：]?|家庭住址[:：]?|通讯地址[:：]?|联系地址[:：]?|我家(?:就)?(?:住)?在|我们家在|俺家在|现住(?:在)?"
          + "|现在住(?:在)?|(?:我|我们|俺|俺们|本人)住(?![院宿不了得着过的在喺响佇伫])|居住在|(?<!\\p{IsHan})家(?:里|就)?在|暂住地?[:：]?|租住在|居住地[:：]?|户籍地址?[:：]?|我们住在|住的是|打工住|(?<!\\p{IsHan})住(?=\\p{IsHan})|(?i:i live (?:in|at|on)|we live (?:in|at|on)|(?:i'?m|i am|we'?re|we are) renting (?:a |an )?(?:house |flat |room |place |apartment |home )?in|my address is|address:?))"
          + "\\s*([^，,。；;！!？?\\n]{2,48})");
  /** Every match of HOME starts with one of these (for Cues.find). */
  static final String HOME_FIRSTS = "家住通联我俺本现居打暂租户阮iIwWmMaA"; // 本: 本人住…
  static final Pattern HOME_OF = Pattern.compile(
      "(?:我|我们|本人|俺|俺们|阿拉|我哋|阮|额|额们|偶|咱|咱们|[，,])[是係系](?:住在)?([^，,。；;！!？?\\n]{2,30}?)(?:的|额|嘅)?(?:居民|村民|业主|住户|市民)");
  /** Every match of HOME_OF starts with one of these (for Cues.find). */
  static final String HOME_OF_FIRSTS = "我本俺阿阮额偶咱，,";
  /** Where one is from, down to a village or a compound (我是城关镇北街村人, 我老家是…村的, 我们是上塘村的). */
  static final Pattern HOME_FROM = Pattern.compile("(?:我|我们|俺|俺们|本人|额|额们|偶|咱|咱们)(?:老家)?(?:是|在)([^，,。；;！!？?\\n的]{2,20}?(?:村|镇|乡|组|屯|寨|社区|小区))(?:的|人)");
  /** Every match of HOME_FROM starts with one of these (for Cues.find). */
  static final String HOME_FROM_FIRSTS = "我本俺额偶咱";
  /**
   * A village or compound given in brackets after a name, as who one is (X（某某村村民）, (某某小区业主)): where one lives.
   * Not 全村, 本村, 周边 (no place's name): the phrase must end as a village or compound does.
   */
  static final Pattern HOME_BRACKET = Pattern.compile("[（(](?![全本各同邻周附])([^，,。；;！!？?\\n（()）]{1,12}?(?:村|组|屯|寨|社区|小区))(?:的)?(?:居民|村民|业主|住户)[）)]");
  /**
   * A place below the county said as where one is from (我是某某县某某的，…): the words after the division's name, a
   * town or a neighbourhood, before 的 and the clause's end. Not a unit (我是开发区管委会的), nor the county alone.
   */
  static final Pattern HOME_TOWN = Pattern.compile("(?:我|我们|俺|俺们|本人|额|额们|偶|咱|咱们)(?:老家)?是[^，,。；;！!？?\\n的]{0,10}?[区县市旗]"
      + "(\\p{IsHan}{2,4}?)的(?=[，,。！!？?\\s]|$)");
  private static final String UNIT_LAST = "会局厂司所站院队委办处部店校场";
  /** Where one lives told as 我在…住 (我在拉哈镇向阳街住, 俺在城南小区住着): the words between (r24rest). */
  static final Pattern HOME_AT = Pattern.compile("(?:我|我们|俺|俺们|本人|额|偶|咱|咱们)(?:就|也|一直)?在([^，,。；;！!？?\\n在住]{2,24}?)住"
      + "(?:着|了)?(?=[，,。；;！!？?\\s]|$)");
  /**
   * A compound or a village named, then the writer living there (…东边是凤山小区，我就住那里): the place named before
   * 住那里 (r24rest).
   */
  static final Pattern HOME_THERE = Pattern.compile("(?:是|有个|有一个)([^，,。；;！!？?\\n是]{2,14}?(?:小区|花园|社区|家园|新村|公寓|村))"
      + "[，,]\\s*(?:我|我们|俺|俺们)(?:家)?(?:就|也)?住(?:在)?(?:那里|那儿|那边|那|这里|里面|里头)");
  static final Pattern CONTACT = Pattern.compile("地址(?:是)?[:：]\\s*([^，,。；;！!？?\\n]{4,48})");
  /** Where a residence phrase ends inside its clause. */
  static final Pattern PHRASE_END = Pattern.compile(
      "我家|我们|旁边|对面|附近|楼下|隔壁|有个|有一|有家|那家|这家|的(?:居民|村民|业主|住户|市民|人)|的[^的]{0,3}$|，|(?i: and | near | next to |, )|(?<![A-Z]|[Nn]o|St|Rd|Rm|Ave)\\.(?= |$)");
  /** What makes a phrase a place to live: a street, a number, a compound, a village, a division below the county. */
  private static final Pattern RESIDENCE = Pattern.compile("路|街|巷|弄|号|小区|花园|苑|村|组|队|栋|单元|室|楼|镇|乡|屯|寨|社区|家园|公寓|大院|宿舍|那边|一带"
      + "|(?i:road|street|lane|compound|apartment|building|village|town|township|no\\.|room|flat|floor|block|garden|tower|estate|mansion)");
  private static final Pattern PLACE_WORD = Pattern.compile("[省市区县旗]");
  /** A floor alone (我住三楼，…): which storey, no address that points at anyone. */
  private static final Pattern FLOOR_ONLY = Pattern.compile("[0-9一二三四五六七八九十两顶底]{1,3}[楼层]");

  /** Whether a phrase after a home cue names a place to live: a street, a number, a compound, a village, a division. */
  static boolean residence(String phrase) {
    return RESIDENCE.matcher(phrase).find() || PLACE_WORD.matcher(phrase).find();
  }
  private static final Pattern DOOR = Pattern.compile("号|栋|单元|室|楼|组|队|巷|弄|村");
  /**
   * A phone's last digits (尾号三八七六, 后四位是4321, last four digits 7764): part of a number, but with a name or a
   * village it points at one person, so it is masked as a phone.
   */
  static final Pattern TAIL = Pattern.compile("(?:尾号|后四位|末四位|最后四位|后4位|末4位|(?i:last (?:four|4) digits?))"
      + "(?:是|为|都是|(?i: are| is))?[\\s:：]*([0-9零〇一二三四五六七八九幺两洞]{3,4})(?![0-9零〇一二三四五六七八九幺两洞])");

  /**
   * A home told in a dialect's words (住喺, 阮佇) or in English: the words after it, when no place word shows a home,
   * are one if they start with a division's name and go below it (佛山顺德大良, 泉州丰泽东海).
   */
  private static final Pattern DIALECT_HOME = Pattern.compile("住喺|住响|[佇伫]");
  /** An English home ending in a word for a neighbourhood (Minhang, Xinzhuang area): the whole phrase, commas and all. */
  private static final Pattern ENGLISH_AREA = Pattern.compile(
      "[^.!?;\\n]{0,40}?\\b(?i:area|neighbou?rhood|estate|community|compound|subdistrict)\\b");
  /**
   * A village or compound, then 居民/村民/业主/住户, just before the writer's name (…——城东街道和平社区居民 X): where they
   * live, as in a signature. Not 全村村民, 本社区居民, 我们小区居民 (no place's name).
   */
  private static final Pattern SIGNED_HOME = Pattern.compile(
      "(?![全本各同邻周附我是系係为在住])([^，,。；;！!？?\\n—:：\\s]{2,16}?(?:村|组|屯|寨|社区|小区|花园|家园|公寓|苑|街道|镇|乡))的?(?:居民|村民|业主|住户)\\s*$");

  private final Names names;
  /** Whether a word starts with a division's name (for a home told in a dialect's words). */
  private final java.util.function.Predicate<String> place;

  Identities(Names names, java.util.function.Predicate<String> place) {
    this.names = names;
    this.place = place;
  }

  /** The mentions, on the text given, sorted by where they start. */
  List<Identity> find(String text, List<Names.Mention> persons, List<int[]> phones) {
    List<Identity> out = new ArrayList<>();
    names(text, persons, out);
    List<int[]> taken = new ArrayList<>();
    for (int[] ph : phones) {
      // A number given as a relative's or a neighbour's (打我儿子电话…) is theirs, named or not.
      boolean theirs = RuleExtractor.THIRD_PHONE.matcher(text.substring(Math.max(0, ph[0] - 16), ph[0])).find();
      out.add(new Identity(Identity.PHONE, theirs ? Identity.THIRD : whose(ph[0], ph[1], persons), ph[0], ph[1]));
      taken.add(ph);
    }
    digitRuns(text, persons, taken, out);
    tails(text, persons, out);
    addresses(text, persons, out);
    signedHomes(text, persons, out);
    saidAgain(text, out);
    out.sort(Comparator.comparingInt(Identity::start).thenComparingInt(Identity::end));
    return dedupe(out);
  }

  /** A home below a town (a village, a street, a compound): its words, which point at one household. */
  private static final Pattern BELOW_TOWN = Pattern.compile("[村组屯寨路街巷弄号栋苑]|小区|花园|家园|公寓");

  /**
   * A home named below a town, said again elsewhere in the text (台头镇北岭村村民…，家住台头镇北岭村): the same home, masked
   * where it is said again too. A town or a county alone is left where it is said again: the problem's place as well.
   */
  private static void saidAgain(String text, List<Identity> out) {
    for (Identity a : List.copyOf(out)) {
      if (!Identity.ADDRESS.equals(a.type()) || a.end() - a.start() < 4) {
        continue;
      }
      String home = text.substring(a.start(), a.end());
      if (!BELOW_TOWN.matcher(home).find()) {
        continue;
      }
      for (int i = text.indexOf(home); i >= 0; i = text.indexOf(home, i + 1)) {
        if (i != a.start()) {
          out.add(new Identity(Identity.ADDRESS, a.whose(), i, i + home.length()));
        }
      }
    }
  }

  /**
   * Every run of digits (grouped by single spaces or dashes) beyond the phones found: an ID number of 15 or 18
   * characters whatever its checksum, a case number (HB…) left alone, and any other run of seven digits or
   * more as a number one could call. One pass by hand: three patterns over every message cost more.
   */
  private static void digitRuns(String text, List<Names.Mention> persons, List<int[]> taken, List<Identity> out) {
    int n = text.length();
    for (int i = 0; i < n; i++) {
      if (!Character.isDigit(text.charAt(i)) || i > 0 && (Character.isLetterOrDigit(text.charAt(i - 1)) && !Tokens.han(text.charAt(i - 1)))) {
        continue;
      }
      int j = i;
      int count = 0;
      int lastDigit = i;
      while (j < n) {
        char c = text.charAt(j);
        if (Character.isDigit(c)) {
          count++;
          lastDigit = j;
          j++;
        } else if ((c == 'X' || c == 'x') && count == 17) {
          count++;
          lastDigit = j;
          j++;
          break;
        } else if (" -—–".indexOf(c) >= 0 && j + 1 < n && (Character.isDigit(text.charAt(j + 1))
            || count == 17 && "Xx".indexOf(text.charAt(j + 1)) >= 0) && j > i && Character.isDigit(text.charAt(j - 1))) {
          j++;
        } else {
          break;
        }
      }
      int end = lastDigit + 1;
      boolean caseNumber = i >= 2 && (text.charAt(i - 1) == 'B' || text.charAt(i - 1) == 'b' || text.charAt(i - 1) == ' ' && i >= 3)
          && text.regionMatches(true, text.charAt(i - 1) == ' ' ? i - 3 : i - 2, "HB", 0, 2);
      if (count >= 7 && !caseNumber && !overlaps(taken, i, end) && !code(text, i)) {
        String type = count == 15 || count == 18 ? Identity.ID : Identity.PHONE;
        out.add(new Identity(type, whose(i, end, persons), i, end));
      }
      i = end - 1;
    }
  }

  private static void tails(String text, List<Names.Mention> persons, List<Identity> out) {
    if (!text.contains("尾号") && !text.contains("四位") && !text.contains("4位") && !text.contains("digit")) {
      return;
    }
    Matcher m = TAIL.matcher(text);
    while (m.find()) {
      out.add(new Identity(Identity.PHONE, whose(m.start(1), m.end(1), persons), m.start(1), m.end(1)));
    }
  }

  /**
   * Whether the digits from {@code start} are part of a code of letters and digits (a unified social credit code
   * 91330106MA27XY5R3K, a discharge licence number after it): no number one could call.
   */
  private static boolean code(String text, int start) {
    int letters = 0;
    int k = start;
    while (k < text.length() && (Character.isDigit(text.charAt(k)) || text.charAt(k) < 128 && Character.isLetter(text.charAt(k)))) {
      letters += Character.isLetter(text.charAt(k)) ? 1 : 0;
      k++;
    }
    return letters >= 2 && k - start >= 12;
  }

  /** Each person's mention, each other place the same full name is written, and the writer's name spelled out. */
  private void names(String text, List<Names.Mention> persons, List<Identity> out) {
    Set<String> seen = new LinkedHashSet<>();
    for (Names.Mention m : persons) {
      String whose = m.petitioner() ? Identity.PETITIONER : Identity.THIRD;
      out.add(new Identity(Identity.NAME, whose, m.start(), m.end()));
      boolean full = m.name().length() >= 2;
      if (full && seen.add(m.name())) {
        for (int i = text.indexOf(m.name()); i >= 0; i = text.indexOf(m.name(), i + 1)) {
          if (i != m.start()) {
            out.add(new Identity(Identity.NAME, whose, i, i + m.name().length()));
          }
        }
      }
      int h = m.name().length() == 1 ? names.honorificLength(text, m.end()) : 0;
      if (h > 0 && seen.add(text.substring(m.start(), m.end() + h))) {
        // 王大爷 said again: the surname with its honorific, wherever it is written
        String said = text.substring(m.start(), m.end() + h);
        for (int i = text.indexOf(said); i >= 0; i = text.indexOf(said, i + 1)) {
          if (i != m.start()) {
            out.add(new Identity(Identity.NAME, whose, i, i + 1));
          }
        }
      }
      if (m.petitioner() && Tokens.anyHan(m.name())) {
        for (int[] sp : names.spellings(text, m)) {
          out.add(new Identity(Identity.NAME, whose, sp[0], sp[1]));
        }
      }
    }
  }

  private void addresses(String text, List<Names.Mention> persons, List<Identity> out) {
    for (Pattern p : new Pattern[] {HOME, HOME_OF, HOME_FROM, CONTACT, HOME_BRACKET, HOME_TOWN, HOME_AT, HOME_THERE}) {
      String firsts = p == HOME ? HOME_FIRSTS : p == HOME_OF ? HOME_OF_FIRSTS : p == HOME_FROM ? HOME_FROM_FIRSTS
          : p == HOME_BRACKET ? "（(" : p == HOME_TOWN || p == HOME_AT ? HOME_FROM_FIRSTS : p == HOME_THERE ? "是有" : "地";
      if ((p == HOME_AT || p == HOME_THERE) && text.indexOf('住') < 0) {
        continue; // every match holds 住
      }
      if ((p == HOME_BRACKET) && text.indexOf('（') < 0 && text.indexOf('(') < 0
          || p == HOME_TOWN && (text.indexOf('是') < 0 || !Cues.any(text, "区县市旗"))) {
        continue;
      }
      if (p == HOME_OF && (text.indexOf('是') < 0 && text.indexOf('係') < 0 && text.indexOf('系') < 0 || !Cues.any(text, "民主户"))
          || p == HOME_FROM && (text.indexOf('是') < 0 && text.indexOf('在') < 0 || !Cues.any(text, "村镇乡组屯寨区"))) {
        continue; // a word every match holds is missing: 是, and 居民/村民/市民, 业主, 住户 (HOME_OF); 是 or 在, and a
                  // village, town, group, hamlet or compound's last character (HOME_FROM)
      }
      if (!Cues.any(text, firsts)) {
        continue; // no matcher made where no match can start
      }
      Matcher m = p.matcher(text);
      for (int from = 0; Cues.find(m, text, from, firsts); from = m.end()) {
        int s = m.start(1);
        while (s < m.end(1) && " :：".indexOf(text.charAt(s)) >= 0) {
          s++;
        }
        int e = m.end(1);
        Matcher stop = PHRASE_END.matcher(text).region(s, e);
        boolean area = false;
        if (p == HOME && text.charAt(m.start()) < 128) {
          Matcher a = ENGLISH_AREA.matcher(text).region(s, Math.min(text.length(), s + 48));
          area = a.lookingAt(); // I live in Minhang, Xinzhuang area: past the comma to the neighbourhood's word
          e = area ? a.end() : e;
        }
        if (!area && p != HOME_OF && p != HOME_FROM && stop.find() && stop.start() > s + 1) {
          e = stop.start();
        }
        if (!area && p == HOME && text.charAt(m.start()) < 128) {
          e = englishHomeEnd(text, e); // I live in Room 1202, 88 Tianyaoqiao Road: the parts after the commas too
        }
        String phrase = text.substring(s, e);
        // 我是…的居民 says where one lives whatever the words; after 住在 a place word must show it is one.
        if (p == HOME_TOWN && (UNIT_LAST.indexOf(text.charAt(e - 1)) >= 0 || HOME_FROM.matcher(text).region(m.start(), m.end()).lookingAt())) {
          continue; // a unit is no home; a village or town is HOME_FROM's
        }
        boolean residence = p == HOME_OF || p == HOME_FROM || p == HOME_BRACKET || p == HOME_TOWN || area || (p == CONTACT ? DOOR : RESIDENCE).matcher(phrase).find()
            || p == HOME && PLACE_WORD.matcher(phrase).find()
            || p == HOME && phrase.length() >= 4 && DIALECT_HOME.matcher(m.group()).find() && place.test(phrase);
        if (e - s >= 2 && residence && !(p == HOME && FLOOR_ONLY.matcher(phrase).matches())) {
          out.add(new Identity(Identity.ADDRESS, whoseAddress(m.start(), persons, text), s, e));
        }
      }
    }
  }

  /**
   * Where an English home goes on past {@code e}: an address is written in parts set apart by commas, each starting with a
   * capital or a digit (Room 1202, 88 Tianyaoqiao Road / Building 7, Jinhui Garden, Minhang), up to the sentence's end;
   * a part in small letters (…, and the plant…, my phone is…) is the sentence going on, no part of it.
   */
  static int englishHomeEnd(String text, int e) {
    int n = text.length();
    while (e + 2 < n && text.charAt(e) == ',') {
      int k = e + 1;
      while (k < n && text.charAt(k) == ' ') {
        k++;
      }
      if (k >= n || !(Character.isUpperCase(text.charAt(k)) || Character.isDigit(text.charAt(k))) || text.charAt(k) > 127) {
        break;
      }
      int f = k;
      while (f < n && ",;!?\n".indexOf(text.charAt(f)) < 0 && !(text.charAt(f) == '.' && (f + 1 == n || text.charAt(f + 1) == ' ')
          && !text.regionMatches(true, Math.max(0, f - 2), "no", 0, 2))) {
        f++;
      }
      if (f - k > 40) {
        break;
      }
      e = f;
    }
    return e;
  }

  /** The home signed just before each of the writer's names (…社区居民 X): see {@link #SIGNED_HOME}. */
  private static void signedHomes(String text, List<Names.Mention> persons, List<Identity> out) {
    for (Names.Mention m : persons) {
      int k = m.start();
      if (!m.petitioner() || k < 4 || "民主户 ".indexOf(text.charAt(k - 1)) < 0) {
        continue;
      }
      Matcher h = SIGNED_HOME.matcher(text).region(Math.max(0, k - 24), k);
      if (h.find()) {
        out.add(new Identity(Identity.ADDRESS, Identity.PETITIONER, h.start(1), h.end(1)));
      }
    }
    // A line of its own among the last three of a letter (联系人：X 139…⏎某某区某某街道居民): where the writer lives, signed.
    int e = text.length();
    for (int lines = 0; lines < 3 && e > 0 && text.lastIndexOf('\n', e - 1) >= 0; lines++) {
      while (e > 0 && " \t\n。".indexOf(text.charAt(e - 1)) >= 0) {
        e--;
      }
      int ls = text.lastIndexOf('\n', Math.max(0, e - 1)) + 1;
      int s = ls;
      while (s < e && " \t".indexOf(text.charAt(s)) >= 0) {
        s++;
      }
      if (e - s >= 4 && "民主户".indexOf(text.charAt(e - 1)) >= 0) {
        Matcher h = SIGNED_HOME.matcher(text).region(s, e);
        if (h.lookingAt() && overlaps(out.stream().map(i -> new int[] {i.start(), i.end()}).toList(), h.start(1), h.end(1)) == false) {
          out.add(new Identity(Identity.ADDRESS, Identity.PETITIONER, h.start(1), h.end(1)));
        }
      }
      e = ls - 1;
    }
  }

  /** The writer's, unless someone else is named just before (邻居王大妈住在…, 业主代表：邬国强 139…). */
  private static String whose(int start, int end, List<Names.Mention> persons) {
    Names.Mention near = null;
    for (Names.Mention m : persons) {
      if (m.confidence() < Names.GUESSED) {
        continue; // a person no cue named (an honorific, HanLP's reading) says nothing of whose a number is
      }
      int gap = m.end() <= start ? start - m.end() : m.start() >= end ? m.start() - end + 6 : 0;
      if (gap <= 12 && (near == null || gap < distance(near, start, end))) {
        near = m;
      }
    }
    return near == null || near.petitioner() ? Identity.PETITIONER : Identity.THIRD;
  }

  private static int distance(Names.Mention m, int start, int end) {
    return m.end() <= start ? start - m.end() : m.start() >= end ? m.start() - end + 6 : 0;
  }

  private static String whoseAddress(int cue, List<Names.Mention> persons, String text) {
    for (Names.Mention m : persons) {
      if (!m.petitioner() && m.end() <= cue && cue - m.end() <= 6) {
        return Identity.THIRD;
      }
    }
    String before = text.substring(Math.max(0, cue - 4), cue);
    return before.contains("邻居") || before.contains("老人") || before.contains("房东") ? Identity.THIRD : Identity.PETITIONER;
  }

  private static boolean overlaps(List<int[]> spans, int s, int e) {
    return spans.stream().anyMatch(o -> o[0] < e && s < o[1]);
  }

  /** One span where two of a type overlap (the same name found twice, an address phrase found by two cues). */
  private static List<Identity> dedupe(List<Identity> sorted) {
    List<Identity> out = new ArrayList<>();
    for (Identity i : sorted) {
      Identity last = out.isEmpty() ? null : out.get(out.size() - 1);
      if (last != null && last.type().equals(i.type()) && i.start() < last.end()) {
        String whose = last.whose().equals(Identity.PETITIONER) || i.whose().equals(Identity.PETITIONER)
            ? Identity.PETITIONER : Identity.THIRD;
        out.set(out.size() - 1, new Identity(i.type(), whose, last.start(), Math.max(last.end(), i.end())));
      } else {
        out.add(i);
      }
    }
    return out;
  }
}
