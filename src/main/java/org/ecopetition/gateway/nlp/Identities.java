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
  private static final Pattern ID_LIKE = Pattern.compile("(?<![0-9A-Za-z])(\\d{17}[\\dXx]|\\d{15})(?![0-9A-Za-z])");
  /** Digits that may be a number to call, however grouped: seven or more, perhaps split by spaces or dashes. */
  private static final Pattern DIGITS = Pattern.compile("(?<![0-9A-Za-z])\\d[\\d \\-—–]{5,}\\d(?![0-9A-Za-z])");
  private static final Pattern CASE_NUMBER = Pattern.compile("[Hh][Bb]\\s?\\d{13}");
  /** A residence after a home cue; group 1 the phrase, to be cut at the words that end it. */
  private static final Pattern HOME = Pattern.compile(
      "(?:家住在?|住在|住址(?:是)?[:：]?|家庭住址[:：]?|通讯地址[:：]?|联系地址[:：]?|我家(?:就)?(?:住)?在|我们家在|俺家在|现住(?:在)?"
          + "|现在住(?:在)?|居住在|我们住在|住的是|打工住|(?i:i live (?:in|at|on)|we live (?:in|at|on)|my address is|address:?))"
          + "\\s*([^，,。；;！!？?\\n]{2,48})");
  private static final Pattern HOME_OF = Pattern.compile(
      "(?:我|我们|本人|俺|俺们)是(?:住在)?([^，,。；;！!？?\\n]{2,30}?)的?(?:居民|村民|业主|住户|市民)");
  private static final Pattern CONTACT = Pattern.compile("地址(?:是)?[:：]\\s*([^，,。；;！!？?\\n]{4,48})");
  /** Where a residence phrase ends inside its clause. */
  private static final Pattern PHRASE_END = Pattern.compile(
      "我家|我们|旁边|对面|附近|楼下|隔壁|有个|有一|有家|那家|这家|的(?:居民|村民|业主|住户|市民|人)|的[^的]{0,3}$|，|(?i: and | near | next to |, )");
  /** What makes a phrase a place to live: a street, a number, a compound, a village, a division below the county. */
  private static final Pattern RESIDENCE = Pattern.compile("路|街|巷|弄|号|小区|花园|苑|村|组|队|栋|单元|室|楼|镇|乡|屯|寨|社区|家园|公寓|大院|宿舍|那边|一带"
      + "|(?i:road|street|lane|compound|apartment|building|village|no\\.)");
  private static final Pattern PLACE_WORD = Pattern.compile("[省市区县旗]");
  private static final Pattern DOOR = Pattern.compile("号|栋|单元|室|楼|组|队|巷|弄|村");

  private final Names names;

  Identities(Names names) {
    this.names = names;
  }

  /** The mentions, on the text given, sorted by where they start. */
  List<Identity> find(String text, List<Names.Mention> persons) {
    List<Identity> out = new ArrayList<>();
    names(text, persons, out);
    List<int[]> taken = new ArrayList<>();
    for (int[] ph : RuleExtractor.phoneSpans(text)) {
      out.add(new Identity(Identity.PHONE, whose(ph[0], ph[1], persons), ph[0], ph[1]));
      taken.add(ph);
    }
    Matcher id = ID_LIKE.matcher(text);
    while (id.find()) {
      if (overlaps(taken, id.start(1), id.end(1))) {
        continue;
      }
      out.add(new Identity(Identity.ID, whose(id.start(1), id.end(1), persons), id.start(1), id.end(1)));
      taken.add(new int[] {id.start(1), id.end(1)});
    }
    Matcher cn = CASE_NUMBER.matcher(text);
    while (cn.find()) {
      taken.add(new int[] {cn.start(), cn.end()});
    }
    Matcher d = DIGITS.matcher(text);
    while (d.find()) {
      int count = 0;
      for (int k = d.start(); k < d.end(); k++) {
        count += Character.isDigit(text.charAt(k)) ? 1 : 0;
      }
      if (count >= 7 && !overlaps(taken, d.start(), d.end())) {
        out.add(new Identity(Identity.PHONE, whose(d.start(), d.end(), persons), d.start(), d.end()));
      }
    }
    addresses(text, persons, out);
    out.sort(Comparator.comparingInt(Identity::start).thenComparingInt(Identity::end));
    return dedupe(out);
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
      if (m.petitioner() && Tokens.anyHan(m.name())) {
        for (int[] sp : names.spellings(text, m)) {
          out.add(new Identity(Identity.NAME, whose, sp[0], sp[1]));
        }
      }
    }
  }

  private void addresses(String text, List<Names.Mention> persons, List<Identity> out) {
    for (Pattern p : new Pattern[] {HOME, HOME_OF, CONTACT}) {
      Matcher m = p.matcher(text);
      while (m.find()) {
        int s = m.start(1);
        while (s < m.end(1) && " :：".indexOf(text.charAt(s)) >= 0) {
          s++;
        }
        int e = m.end(1);
        Matcher stop = PHRASE_END.matcher(text).region(s, e);
        if (p != HOME_OF && stop.find() && stop.start() > s + 1) {
          e = stop.start();
        }
        String phrase = text.substring(s, e);
        // 我是…的居民 says where one lives whatever the words; after 住在 a place word must show it is one.
        boolean residence = p == HOME_OF || (p == CONTACT ? DOOR : RESIDENCE).matcher(phrase).find()
            || p == HOME && PLACE_WORD.matcher(phrase).find();
        if (e - s >= 2 && residence) {
          out.add(new Identity(Identity.ADDRESS, whoseAddress(m.start(), persons, text), s, e));
        }
      }
    }
  }

  /** The writer's, unless someone else is named just before (邻居王大妈住在…, 业主代表：邬国强 139…). */
  private static String whose(int start, int end, List<Names.Mention> persons) {
    Names.Mention near = null;
    for (Names.Mention m : persons) {
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
