package org.ecopetition.gateway.nlp;

import java.util.ArrayList;
import java.util.List;

/**
 * Phone and ID numbers as they are told in speech and chat, read into plain digit runs for the patterns: digits,
 * Chinese numerals (幺 one, 两 two, 洞 zero) and English digit words ("double oh"), in groups parted by spaces,
 * punctuation, pauses and fillers (嗯, 那个, 然后是, uh), over two messages (a line break, a [语音] tag, 接上条), a group
 * said again (一三九 一三九 八七…) or the number said twice. A group is joined to the next only when together they
 * make a number's shape (a mobile, with 86 or not; a landline with its area code; a local number after a phone word;
 * an ID number with a birth date), so that a list, a date or a sum stays as written. A correction (不对, 说错了, 重说一遍,
 * sorry I mean) is never joined across: the number said before it and the one after are two mentions, and the digits
 * told around a number that are no number on their own (the wrong start, the corrected tail) are reported as told
 * fragments, which are masked as phones too.
 */
final class SpokenNumbers {
  private SpokenNumbers() {}

  /** Between two groups, what lets a number go on. */
  private static final String SEPARATORS = " \t\n，,、。.．；;：:…~～-—–/|·";
  /** Fillers and words that carry a told number on (后面是, 接上条: the second of two messages). */
  private static final String[] GO_ON = {"嗯", "呃", "额", "啊", "呀", "哦", "噢", "喔", "唔", "呐", "哈", "呢", "吧", "嘛", "呗",
      "哎", "诶", "欸", "那个", "这个", "就是说", "就是", "就", "然后是", "然后", "是", "的", "对吧", "对", "好的", "好", "再", "接着",
      "还有", "后面是", "后面", "后边是", "中间是", "最后是", "最后", "后四位是", "后四位", "号码是", "号码", "电话是", "电话", "区号",
      "手机", "座机", "接上条", "刚才没说完", "没说完", "我看看", "等一下", "等下", "你记一下", "您记一下", "记一下", "记下来", "记住",
      "记好", "听好", "我说", "我念一下", "我报一下", "横杠", "杠", "空格"};
  /** Words that take back or say again what was told: never joined across. */
  private static final String[] RESTART = {"不对", "不是", "我说错了", "说错了", "说错", "错了", "我重说一遍", "重说一遍", "重说",
      "重新说", "重来", "我再说一遍", "再说一遍", "我重复一遍", "再重复一遍", "重复一遍", "应该是", "更正", "改一下"};
  private static final String[] EN_GO_ON = {"uh", "um", "erm", "er", "ah", "and", "then", "it's", "its", "is", "dash"};
  private static final String[] EN_RESTART = {"sorry", "i mean", "no", "wait", "correction", "actually", "again",
      "let me repeat", "or rather"};
  private static final String[] EN_DIGITS = {"zero", "one", "two", "three", "four", "five", "six", "seven", "eight",
      "nine", "oh"};
  /** Words just before a number that make a seven- or eight-digit one a phone. */
  private static final String[] PHONE_CUES = {"电话", "座机", "固话", "号码", "手机", "打", "拨", "联系", "phone", "call", "tel",
      "number"};
  private static final int MAX_GAP = 16;
  private static final String NUMERALS = "零〇一二三四五六七八九幺两洞";

  /** One run of digits as told: its extent in the text, its digits, where each came from. */
  private static final class Group {
    int start;
    int end;
    final StringBuilder digits = new StringBuilder();
    final List<int[]> units = new ArrayList<>(); // per digit: {first, last} index of what it was read from
    boolean spoken; // a numeral or an English word, which the written-number passes do not read
    int gapAfter; // 0 none (the chain ends), 1 goes on, 2 a correction or a repeat
    boolean plainAfter; // the gap after is one space or dash, as the written-number passes read it
    boolean filler; // the gap after holds a filler word
  }

  /** Whether the text may hold a told number: enough digits and numerals, or Latin letters (English words). */
  static boolean worthReading(String text, int digitsAndNumerals) {
    if (digitsAndNumerals >= 7) {
      return true;
    }
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z') {
        return true;
      }
    }
    return false;
  }

  /**
   * The text with each told number rewritten as its digits (the separators and fillers inside it dropped, its first
   * digit mapped to where it starts and its last to where it ends), and each told fragment's digits, with the
   * fragments' raw spans in {@link Normaliser.Mapped#told()}.
   */
  static Normaliser.Mapped read(Normaliser.Mapped in) {
    String t = in.text();
    List<Group> groups = groups(t);
    if (groups.isEmpty()) {
      return in;
    }
    List<int[]> told = new ArrayList<>(in.told());
    // Edits, in order: {from, to} of the text and the digits with their sources.
    List<Object[]> edits = new ArrayList<>();
    int c = 0;
    while (c < groups.size()) {
      int e = c;
      while (e + 1 < groups.size() && groups.get(e).gapAfter > 0) {
        e++;
      }
      chain(t, groups.subList(c, e + 1), edits, in, told);
      c = e + 1;
    }
    if (edits.isEmpty()) {
      return told.size() == in.told().size() ? in : new Normaliser.Mapped(t, in.raw(), told);
    }
    StringBuilder b = new StringBuilder(t.length());
    int[] map = new int[t.length() + 1];
    int n = 0;
    int at = 0;
    for (Object[] ed : edits) {
      int from = (int) ed[0];
      int to = (int) ed[1];
      String digits = (String) ed[2];
      int[] src = (int[]) ed[3];
      for (; at < from; at++) {
        b.append(t.charAt(at));
        map[n++] = in.raw()[at];
      }
      for (int k = 0; k < digits.length(); k++) {
        b.append(digits.charAt(k));
        map[n++] = in.raw()[src[k]];
      }
      at = to;
    }
    for (; at < t.length(); at++) {
      b.append(t.charAt(at));
      map[n++] = in.raw()[at];
    }
    map[n] = in.raw()[t.length()];
    return new Normaliser.Mapped(b.toString(), java.util.Arrays.copyOf(map, n + 1), told);
  }

  /** The numbers of one chain of groups, longest first from each group, and the fragments told around them. */
  private static void chain(String t, List<Group> chain, List<Object[]> edits, Normaliser.Mapped in, List<int[]> told) {
    boolean[] used = new boolean[chain.size()];
    boolean anyPhone = false;
    List<Object[]> mine = new ArrayList<>();
    int i = 0;
    while (i < chain.size()) {
      int best = -1;
      int bestId = -1;
      boolean bestDeduped = false;
      String bestMended = null;
      String plain = "";
      int taken = -1; // the group taken back, when a correction is read into the number
      String fixed = "";
      for (int j = i; j < chain.size(); j++) {
        if (j > i && chain.get(j - 1).gapAfter == 2) {
          // A correction or a repeat: what follows is another telling, unless nothing before it made a number and the
          // correction mends one (一三九，八七六五……不是，八七六六，四三二一: the group before it is taken back).
          if (best >= 0 || bestId >= 0 || taken >= 0) {
            break;
          }
          taken = j - 1;
          fixed = plain;
        }
        plain += chain.get(j).digits;
        if (taken >= 0) {
          String before = fixed.substring(0, fixed.length() - chain.get(taken).digits.length());
          String rest = plain.substring(fixed.length());
          String mended = null;
          String cut = rest.length() < 11 && fixed.length() >= 11 - rest.length() ? fixed.substring(0, 11 - rest.length()) + rest : null;
          for (String m : new String[] {before + rest, mend(fixed, rest), cut, plain}) {
            if (m != null && phone(t, chain, i, m)) {
              mended = m;
              break;
            }
          }
          if (mended != null) {
            best = j;
            bestMended = mended;
          }
          if (plain.length() > 24) {
            break;
          }
          continue;
        }
        if (plain.length() > 20) {
          break;
        }
        // A phone as said, or with a group said again left out, before an ID number (一八六 零零三二 零零三二 七七四五
        // is a phone, not an old 15-digit ID).
        String deduped = deduped(chain, i, j);
        if (phone(t, chain, i, plain)) {
          best = j;
          bestDeduped = false;
        } else if (deduped.length() < plain.length() && phone(t, chain, i, deduped)) {
          best = j;
          bestDeduped = true;
        } else if (id(plain)) {
          bestId = j;
        }
      }
      if (best < 0) {
        best = bestId;
      }
      if (best < 0) {
        i++;
        continue;
      }
      String digits = bestMended != null ? bestMended : bestDeduped ? deduped(chain, i, best) : digitsOf(chain, i, best);
      boolean phone = !id(digits);
      anyPhone |= phone;
      boolean rewrite = bestDeduped || bestMended != null;
      for (int k = i; k <= best; k++) {
        used[k] = true;
        rewrite |= chain.get(k).spoken || k < best && !chain.get(k).plainAfter;
      }
      if (rewrite && bestMended != null) {
        // the mended number's digits, spread over its groups' places: its span runs over the whole telling
        int[] src = new int[digits.length()];
        for (int d = 0; d < src.length; d++) {
          src[d] = chain.get(best).end - 1;
        }
        src[0] = chain.get(i).start;
        mine.add(new Object[] {chain.get(i).start, chain.get(best).end, digits, src});
      } else if (rewrite) {
        int[] src = new int[digits.length()];
        int d = 0;
        boolean[] keep = kept(chain, i, best, bestDeduped);
        for (int k = i; k <= best; k++) {
          if (keep[k - i]) {
            for (int[] u : chain.get(k).units) {
              src[d++] = u[1];
            }
          }
        }
        src[0] = chain.get(i).start; // the number's span runs from where its telling starts
        src[src.length - 1] = chain.get(best).end - 1;
        mine.add(new Object[] {chain.get(i).start, chain.get(best).end, digits, src});
      }
      i = best + 1;
    }
    if (anyPhone) {
      for (int k = 0; k < chain.size(); k++) {
        Group g = chain.get(k);
        boolean restartNext = k > 0 && chain.get(k - 1).gapAfter == 2 || g.gapAfter == 2;
        if (!used[k] && (g.digits.length() >= 3 && bare(t, g) || g.digits.length() >= 2 && restartNext)) {
          told.add(new int[] {in.raw()[g.start], in.raw()[g.end - 1] + 1});
          if (g.spoken) {
            int[] src = new int[g.digits.length()];
            for (int u = 0; u < src.length; u++) {
              src[u] = g.units.get(u)[1];
            }
            src[0] = g.start;
            mine.add(new Object[] {g.start, g.end, g.digits.toString(), src});
          }
        }
      }
    }
    mine.sort(java.util.Comparator.comparingInt(o -> (int) o[0]));
    edits.addAll(mine);
  }

  /** The digits said before a correction with their last ones replaced by those said after it, or null. */
  private static String mend(String before, String after) {
    return after.length() < before.length() ? before.substring(0, before.length() - after.length()) + after : null;
  }

  private static String digitsOf(List<Group> chain, int i, int j) {
    StringBuilder b = new StringBuilder();
    for (int k = i; k <= j; k++) {
      b.append(chain.get(k).digits);
    }
    return b.toString();
  }

  /** Which groups stay when a group said again is dropped: one that the next group repeats or starts with. */
  private static boolean[] kept(List<Group> chain, int i, int j, boolean dedupe) {
    boolean[] keep = new boolean[j - i + 1];
    for (int k = i; k <= j; k++) {
      String g = chain.get(k).digits.toString();
      keep[k - i] = !dedupe || k == j || g.length() < 3 || chain.get(k).gapAfter == 2
          || !chain.get(k + 1).digits.toString().startsWith(g);
    }
    return keep;
  }

  private static String deduped(List<Group> chain, int i, int j) {
    boolean[] keep = kept(chain, i, j, true);
    StringBuilder b = new StringBuilder();
    for (int k = i; k <= j; k++) {
      if (keep[k - i]) {
        b.append(chain.get(k).digits);
      }
    }
    return b.toString();
  }

  /** Whether a group stands apart: nothing but a separator or the end after it (not 三百米, 2026年). */
  private static boolean bare(String t, Group g) {
    if (g.gapAfter > 0 || g.end >= t.length()) {
      return true;
    }
    char c = t.charAt(g.end);
    return SEPARATORS.indexOf(c) >= 0 || "！!？?）)】]\"”’".indexOf(c) >= 0 || word(t, g.end) != 0;
  }

  /** Whether digits make a phone: a mobile (86 before it or not), a landline with its area code, a local number after a phone word. */
  private static boolean phone(String t, List<Group> chain, int i, String d) {
    int n = d.length();
    if (n == 11 && mobile(d, 0)) {
      return true;
    }
    if (n == 13 && d.startsWith("86") && mobile(d, 2)) {
      return true;
    }
    if (d.charAt(0) == '0' && n >= 10 && n <= 12 && d.indexOf('X') < 0) {
      boolean shortCode = d.startsWith("010") || d.charAt(1) == '2';
      return shortCode ? n == 11 : d.charAt(1) >= '3' && (n == 11 || n == 12);
    }
    if ((n == 7 || n == 8) && d.charAt(0) >= '2' && d.indexOf('X') < 0) {
      // A local number only when told (numerals or pauses) just after a phone word: not a date or a sum.
      boolean told = false;
      for (int k = i; k < chain.size() && !told; k++) {
        told = chain.get(k).spoken || chain.get(k).filler;
      }
      return told && cued(t, chain.get(i).start);
    }
    return false;
  }

  private static boolean mobile(String d, int at) {
    return d.charAt(at) == '1' && d.charAt(at + 1) >= '3' && d.indexOf('X') < 0;
  }

  /** An ID number: 18 characters (the last may be X) or 15 digits, with a birth date in its place. */
  private static boolean id(String d) {
    int n = d.length();
    if (n != 18 && n != 15 || d.charAt(0) < '1' || d.charAt(0) > '8' || d.indexOf('X') >= 0 && d.indexOf('X') != 17) {
      return false;
    }
    int y = n == 18 ? Integer.parseInt(d.substring(6, 8)) : 19;
    int m = Integer.parseInt(d.substring(n == 18 ? 10 : 8, n == 18 ? 12 : 10));
    int day = Integer.parseInt(d.substring(n == 18 ? 12 : 10, n == 18 ? 14 : 12));
    return (y == 19 || y == 20) && m >= 1 && m <= 12 && day >= 1 && day <= 31;
  }

  private static boolean cued(String t, int start) {
    String before = t.substring(Math.max(0, start - 7), start).toLowerCase(java.util.Locale.ROOT);
    for (String cue : PHONE_CUES) {
      if (before.contains(cue)) {
        return true;
      }
    }
    return false;
  }

  /** The groups of digits in the text, each with how it goes on to the next. */
  private static List<Group> groups(String t) {
    List<Group> out = new ArrayList<>();
    int n = t.length();
    int i = 0;
    while (i < n) {
      int[] u = unit(t, i);
      if (u == null) {
        i++;
        continue;
      }
      Group g = new Group();
      g.start = i;
      boolean english = u[5] == 1;
      // Digits and numerals side by side are one group; an English word is a group of its own.
      do {
        for (int k = 0; k < u[2]; k++) {
          g.digits.append((char) u[3]);
          g.units.add(new int[] {i, i + u[1] - 1});
        }
        g.spoken |= u[4] == 1;
        i += u[1];
        u = english ? null : unit(t, i);
      } while (u != null && u[5] == 0);
      g.end = i;
      if (!english && (latin(t, g.start - 1) || latin(t, g.end))) {
        // Digits glued to Latin letters are a code (91330106MA…, HB2026…, WX2026…), not a number told.
        while (i < n && (latin(t, i) || Character.isDigit(t.charAt(i)))) {
          i++;
        }
        if (!out.isEmpty()) {
          out.get(out.size() - 1).gapAfter = 0;
        }
        continue;
      }
      out.add(g);
      int j = i;
      boolean restart = false;
      while (j < n && j - i <= MAX_GAP) {
        char c = t.charAt(j);
        if (SEPARATORS.indexOf(c) >= 0 || c == '\u3000') {
          g.filler |= c == '\n';
          j++;
          continue;
        }
        if (c == '[' || c == '【' || c == '(' || c == '（') {
          // a chat's tag between two messages ([语音], [图片]), a transcript's note (（停顿）), no digits in it
          int close = t.indexOf(c == '[' ? ']' : c == '【' ? '】' : c == '(' ? ')' : '）', j);
          if (close > j && close - j <= 8 && !anyDigit(t, j, close)) {
            j = close + 1;
            continue;
          }
          break;
        }
        int w = word(t, j);
        if (w == 0 && j > 0 && t.charAt(j - 1) == '\n') {
          w = speaker(t, j); // a transcript's speaker before the next line (来电人：)
        }
        if (w == 0) {
          break;
        }
        restart |= w < 0;
        g.filler |= w > 0;
        j += Math.abs(w);
      }
      if (j > i && j - i <= MAX_GAP && j < n && unit(t, j) != null) {
        g.gapAfter = restart ? 2 : 1;
        g.plainAfter = j - i == 1 && " -—–".indexOf(t.charAt(i)) >= 0;
        i = j;
      }
    }
    return out;
  }

  /** The length of a speaker's label at a line's start (来电人：, 用户:), 0 when none. */
  private static int speaker(String t, int i) {
    for (int k = i; k < t.length() && k - i <= 6; k++) {
      char c = t.charAt(k);
      if (c == '：' || c == ':') {
        return k > i ? k + 1 - i : 0;
      }
      if (unit(t, k) != null || SEPARATORS.indexOf(c) >= 0) {
        return 0;
      }
    }
    return 0;
  }

  private static boolean anyDigit(String t, int from, int to) {
    for (int k = from; k < to; k++) {
      if (unit(t, k) != null && unit(t, k)[5] == 0) {
        return true;
      }
    }
    return false;
  }

  private static boolean latin(String t, int i) {
    if (i < 0 || i >= t.length()) {
      return false;
    }
    char c = t.charAt(i);
    return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z';
  }

  /**
   * The unit of digits at i, or null: {kind, length, count, digit, spoken, english}. A digit, a numeral, an English
   * digit word at a word's start ("double"/"triple" before one), an X closing a run of digits.
   */
  private static int[] unit(String t, int i) {
    if (i >= t.length()) {
      return null;
    }
    char c = t.charAt(i);
    if (c >= '0' && c <= '9') {
      return new int[] {0, 1, 1, c, 0, 0};
    }
    int k = NUMERALS.indexOf(c);
    if (k >= 0) {
      char d = switch (c) {
        case '零', '〇', '洞' -> '0';
        case '一', '幺' -> '1';
        case '二', '两' -> '2';
        default -> (char) ('0' + "零一二三四五六七八九".indexOf(c));
      };
      return new int[] {0, 1, 1, d, 1, 0};
    }
    if ((c == '么' || c == '拐' || c == '勾') && (numeral(t, i - 1) || numeral(t, i + 1)) && (i == 0 || "什怎那这多要干".indexOf(t.charAt(i - 1)) < 0)) {
      // typed for 幺 (么), and a radio operator's 拐 seven and 勾 nine: only beside other numerals
      return new int[] {0, 1, 1, c == '么' ? '1' : c == '拐' ? '7' : '9', 1, 0};
    }
    if ((c == 'X' || c == 'x') && i > 0 && Character.isDigit(t.charAt(i - 1)) && !latin(t, i + 1)) {
      return new int[] {0, 1, 1, 'X', 0, 0};
    }
    if (latin(t, i) && !latin(t, i - 1)) {
      int times = 1;
      int at = i;
      if (t.regionMatches(true, i, "double ", 0, 7)) {
        times = 2;
        at = i + 7;
      } else if (t.regionMatches(true, i, "triple ", 0, 7)) {
        times = 3;
        at = i + 7;
      }
      for (int w = 0; w < EN_DIGITS.length; w++) {
        String word = EN_DIGITS[w];
        if (t.regionMatches(true, at, word, 0, word.length()) && !latin(t, at + word.length())) {
          return new int[] {1, at + word.length() - i, times, w == 10 ? '0' : '0' + w, 1, 1};
        }
      }
    }
    return null;
  }

  private static boolean numeral(String t, int i) {
    return i >= 0 && i < t.length() && (NUMERALS.indexOf(t.charAt(i)) >= 0 || Character.isDigit(t.charAt(i)));
  }

  /** The length of a filler (positive) or a correction (negative) word at i, 0 when none. */
  private static int word(String t, int i) {
    char c = t.charAt(i);
    if (latin(t, i)) {
      if (latin(t, i - 1)) {
        return 0;
      }
      for (String w : EN_RESTART) {
        if (t.regionMatches(true, i, w, 0, w.length()) && !latin(t, i + w.length())) {
          return -w.length();
        }
      }
      for (String w : EN_GO_ON) {
        if (t.regionMatches(true, i, w, 0, w.length()) && !latin(t, i + w.length())) {
          return w.length();
        }
      }
      return 0;
    }
    if (c < 0x4e00) {
      return 0;
    }
    for (String w : RESTART) {
      if (t.startsWith(w, i)) {
        return -w.length();
      }
    }
    for (String w : GO_ON) {
      if (t.startsWith(w, i)) {
        return w.length();
      }
    }
    return 0;
  }
}
