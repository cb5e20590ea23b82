package org.ecopetition.gateway.nlp;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The copy of a petitioner's text that others may read (Art 23, 24): every identity span the extractor found —
 * the writer's and any third person's names, phones, ID numbers and residence addresses — replaced by a placeholder
 * ({@code 【姓名】}, {@code 【电话】}, {@code 【身份证号】}, {@code 【地址】}), and every further occurrence of an identity
 * the case already knows (the name, phone and address collected by the dialog or typed by staff) as well, a phone
 * however its digits are written. Pure: the caller runs the extractor (on a worker pool) and passes its spans.
 */
public final class Redaction {
  public static final Map<String, String> PLACEHOLDER = Map.of(Identity.NAME, "【姓名】", Identity.PHONE, "【电话】",
      Identity.ID, "【身份证号】", Identity.ADDRESS, "【地址】", Identity.SELF, SelfDescriptions.PLACEHOLDER);

  private Redaction() {}

  /**
   * {@code text} with {@code spans} and every occurrence of the {@code known} identities (type → value; null values
   * ignored) replaced by their placeholders. {@code keep}: a name not to mask (the reported party's, when it is a
   * person the report is about), or null.
   */
  public static String redact(String text, List<Identity> spans, Map<String, String> known, String keep) {
    return redact(text, spans, known(known), keep);
  }

  /** As above, the known identities prepared once ({@link #known(Map)}) for many texts. */
  public static String redact(String text, List<Identity> spans, Values known, String keep) {
    if (text == null || text.isEmpty()) {
      return text;
    }
    List<Identity> all = new ArrayList<>();
    for (Identity i : spans) {
      if (i.start() < 0 || i.end() > text.length() || i.start() >= i.end()) {
        continue;
      }
      if (keep != null && !keep.isBlank() && Identity.NAME.equals(i.type()) && Identity.THIRD.equals(i.whose())
          && keep.contains(text.substring(i.start(), i.end()))) {
        continue;
      }
      all.add(i);
    }
    known.find(text, all);
    return replaced(text, all);
  }

  /**
   * {@code text} with every occurrence of the given identities (type → the values as written) replaced by their
   * placeholders: for texts that only repeat what was read elsewhere (what the gateway said back), masked without
   * reading them again.
   */
  public static String redactValues(String text, Map<String, ? extends Collection<String>> values) {
    return values(values).redact(text);
  }

  /** The identities of {@code values} (type → the values as written) prepared once to mask many texts. */
  public static Values values(Map<String, ? extends Collection<String>> values) {
    Values out = new Values();
    values.forEach((type, vs) -> {
      if (PLACEHOLDER.containsKey(type)) {
        vs.forEach(v -> out.add(type, v));
      }
    });
    return out;
  }

  /** The longest identity read back from a copy: longer, the copy and its original no longer match there. */
  private static final int LONGEST_MASKED = 80;

  /**
   * The identities a copy of {@code original} masked (type → the values as written there), read back by aligning the
   * copy's placeholders on the original: every span the extractor found when the copy was made — third persons'
   * included — and whatever a person masked by hand since. Other texts of the case (the place as typed, what staff
   * wrote on an act) are masked with them, as they are with the petitioner's known identities. Where a person rewrote
   * the copy the alignment stops: what was read before that point is kept. Two placeholders side by side are skipped
   * (where one value ends is unknown).
   *
   * <p>The text between two placeholders may also occur inside the first value ("证人【姓名】和【姓名】" over
   * "证人王和平和孙德胜"): the copy is aligned at every cut that carries it on as far as it goes, not at the first
   * occurrence of that text (which read "王" and "平和孙德胜" and lost both names). Where several cuts fit, each value
   * they give is read: a few characters masked too many in a copy for the reported party, never a witness named.
   */
  public static Map<String, Set<String>> maskedIn(String original, String copy) {
    Map<String, Set<String>> out = new LinkedHashMap<>();
    if (original == null || copy == null || original.equals(copy)) {
      return out;
    }
    List<String> literals = new ArrayList<>();
    List<String> types = new ArrayList<>();
    int from = 0;
    for (int k = copy.indexOf('【'); k >= 0; k = copy.indexOf('【', k + 1)) {
      String type = placeholderAt(copy, k);
      if (type != null) {
        literals.add(copy.substring(from, k));
        types.add(type);
        from = k + PLACEHOLDER.get(type).length();
        k = from - 1;
      }
    }
    literals.add(copy.substring(from));
    if (types.isEmpty() || !original.startsWith(literals.get(0))) {
      return out;
    }
    // Gaps: runs of placeholders with nothing between them, each followed by its literal ({first, last} types).
    List<int[]> gaps = new ArrayList<>();
    for (int t = 0; t < types.size(); t++) {
      int last = t;
      while (last + 1 < types.size() && literals.get(last + 1).isEmpty()) {
        last++;
      }
      gaps.add(new int[] {t, last});
      t = last;
    }
    // Forward: the positions each gap may start at (just after the literal before it), and the cuts that reach them.
    List<Set<Integer>> reach = new ArrayList<>();
    List<List<int[]>> cuts = new ArrayList<>();
    reach.add(Set.of(literals.get(0).length()));
    for (int[] gap : gaps) {
      String next = literals.get(gap[1] + 1);
      boolean lastGap = gap[1] == types.size() - 1;
      int longest = LONGEST_MASKED * (gap[1] - gap[0] + 1);
      List<int[]> found = new ArrayList<>();
      Set<Integer> after = new java.util.TreeSet<>();
      for (int at : reach.get(reach.size() - 1)) {
        if (lastGap) {
          int end = original.length() - next.length();
          if (original.endsWith(next) && end > at && end - at <= longest && noLineBreak(original, at, end)) {
            found.add(new int[] {at, end});
            after.add(end + next.length());
          }
          continue;
        }
        for (int end = original.indexOf(next, at + 1); end >= 0 && end - at <= longest;
            end = original.indexOf(next, end + 1)) {
          if (!noLineBreak(original, at, end)) {
            break;
          }
          found.add(new int[] {at, end});
          after.add(end + next.length());
        }
      }
      if (after.isEmpty()) {
        break;
      }
      cuts.add(found);
      reach.add(after);
    }
    // Backward: only the cuts on a path to as far as the alignment went are read.
    Set<Integer> alive = reach.get(reach.size() - 1);
    List<Map.Entry<String, String>> read = new ArrayList<>();
    for (int g = cuts.size() - 1; g >= 0; g--) {
      int[] gap = gaps.get(g);
      int nextLength = literals.get(gap[1] + 1).length();
      Set<Integer> before = new java.util.HashSet<>();
      for (int[] cut : cuts.get(g)) {
        if (alive.contains(cut[1] + nextLength)) {
          before.add(cut[0]);
          String value = original.substring(cut[0], cut[1]).strip();
          if (gap[0] == gap[1] && !value.isEmpty()) {
            read.add(Map.entry(types.get(gap[0]), value));
          }
        }
      }
      alive = before;
    }
    // In the order of the text, as a single reading gave them.
    for (int k = read.size() - 1; k >= 0; k--) {
      out.computeIfAbsent(read.get(k).getKey(), x -> new LinkedHashSet<>()).add(read.get(k).getValue());
    }
    return out;
  }

  private static boolean noLineBreak(String text, int from, int to) {
    for (int k = from; k < to; k++) {
      if (text.charAt(k) == '\n') {
        return false;
      }
    }
    return true;
  }

  private static String placeholderAt(String text, int at) {
    for (Map.Entry<String, String> p : PLACEHOLDER.entrySet()) {
      if (text.startsWith(p.getValue(), at)) {
        return p.getKey();
      }
    }
    return null;
  }

  /** The known identities (type → value; null values ignored) prepared once to mask many texts. */
  public static Values known(Map<String, String> known) {
    Values out = new Values();
    known.forEach((type, v) -> {
      if (PLACEHOLDER.containsKey(type)) {
        out.add(type, v);
      }
    });
    return out;
  }

  /** {@code text} with {@code spans} (sorted here) replaced: overlapping ones as one, neighbours of a kind as one. */
  private static String replaced(String text, List<Identity> all) {
    if (all.isEmpty()) {
      return text;
    }
    all.sort(BY_START_LONGEST_FIRST);
    StringBuilder out = new StringBuilder(text.length());
    int at = 0;
    String lastType = null;
    for (Identity i : all) {
      if (i.end() <= at) {
        continue;
      }
      int start = Math.max(at, i.start());
      // Two spans of one kind side by side (a number split by a space) read as one placeholder.
      if (!(i.type().equals(lastType) && start > 0 && blank(text, at, start))) {
        out.append(text, at, start).append(PLACEHOLDER.get(i.type()));
      }
      at = i.end();
      lastType = i.type();
    }
    out.append(text, at, text.length());
    return out.toString();
  }

  private static final Comparator<Identity> BY_START_LONGEST_FIRST =
      Comparator.comparingInt(Identity::start).thenComparing(Comparator.comparingInt(Identity::end).reversed());

  /** As {@code text.substring(from, to).isBlank()}, without the copy (no whitespace lies outside the BMP). */
  private static boolean blank(String text, int from, int to) {
    for (int k = from; k < to; k++) {
      if (!Character.isWhitespace(text.charAt(k))) {
        return false;
      }
    }
    return true;
  }

  /**
   * Identities to mask wherever they occur, each as it is looked for: a phone or ID number by its digits however
   * written, anything else as written. Prepared once, so that each text's digits are read once for all the numbers
   * (not once per number), and a text holding too few digits in a row for any of them is not read for them at all.
   */
  public static final class Values {
    /** In the order given: spans of one start and end are masked by the first (the sort is stable). */
    private final List<String> types = new ArrayList<>();
    private final List<String> wanted = new ArrayList<>();
    private final List<Boolean> numbers = new ArrayList<>();
    /** The fewest digits a number looked for has (max: none). */
    private int shortestNumber = Integer.MAX_VALUE;

    private Values() {}

    private void add(String type, String value) {
      if (value == null || value.isBlank()) {
        return;
      }
      String v = value.strip();
      if (Identity.PHONE.equals(type) || Identity.ID.equals(type)) {
        String want = numberOf(v);
        if (want.length() < 5) {
          return;
        }
        shortestNumber = Math.min(shortestNumber, want.length());
        types.add(type);
        wanted.add(want);
        numbers.add(true);
      } else if (v.length() >= 2) {
        types.add(type);
        wanted.add(v);
        numbers.add(false);
      }
    }

    /** Whether there is nothing to look for. */
    public boolean isEmpty() {
      return types.isEmpty();
    }

    /** {@code text} with every occurrence of these identities replaced by their placeholders. */
    public String redact(String text) {
      if (text == null || text.isEmpty() || types.isEmpty()) {
        return text;
      }
      List<Identity> spans = new ArrayList<>();
      find(text, spans);
      return replaced(text, spans);
    }

    /** Adds where these identities occur in {@code text} to {@code into}, in the order {@link #occurrences} would. */
    void find(String text, List<Identity> into) {
      NumberReading digits = null;
      boolean read = false;
      for (int k = 0; k < types.size(); k++) {
        String type = types.get(k);
        String want = wanted.get(k);
        if (!numbers.get(k)) {
          for (int f = text.indexOf(want); f >= 0; f = text.indexOf(want, f + 1)) {
            into.add(new Identity(type, Identity.PETITIONER, f, f + want.length()));
          }
          continue;
        }
        if (!read) {
          digits = NumberReading.of(text, shortestNumber);
          read = true;
        }
        if (digits != null) {
          digits.find(type, want, into);
        }
      }
    }
  }

  /** The digits (or X) a phone or ID value is looked for by: as read, upper case, +86 left out. */
  private static String numberOf(String value) {
    StringBuilder b = new StringBuilder(value.length());
    for (int k = 0; k < value.length(); k++) {
      char c = value.charAt(k);
      char d = Digits.digit(c);
      char r = d != 0 ? d : Character.toUpperCase(c);
      if (r >= '0' && r <= '9' || r == 'X') {
        b.append(r);
      }
    }
    String want = b.toString();
    return want.startsWith("86") && want.length() == 13 ? want.substring(2) : want;
  }

  /**
   * A text's digits as a reader reads them, with the position each came from: separators between digits are skipped,
   * any other character breaks the run ({@code |}).
   */
  private static final class NumberReading {
    private final String digits;
    private final int[] pos;

    private NumberReading(String digits, int[] pos) {
      this.digits = digits;
      this.pos = pos;
    }

    /** The reading of {@code text}, or null when no run of its digits is {@code shortest} long (nothing can match). */
    static NumberReading of(String text, int shortest) {
      int n = text.length();
      int run = 0;
      int longest = 0;
      for (int k = 0; k < n; k++) {
        char c = text.charAt(k);
        if (numeral(c) != 0) {
          longest = Math.max(longest, ++run);
        } else if (!separator(c)) {
          run = 0;
        }
      }
      if (longest < shortest) {
        return null;
      }
      char[] d = new char[n];
      int[] pos = new int[n];
      int m = 0;
      for (int k = 0; k < n; k++) {
        char c = text.charAt(k);
        char r = numeral(c);
        if (r != 0) {
          d[m] = r;
          pos[m++] = k;
        } else if (!separator(c)) {
          d[m] = '|';
          pos[m++] = k;
        }
      }
      return new NumberReading(new String(d, 0, m), pos);
    }

    void find(String type, String want, List<Identity> into) {
      for (int f = digits.indexOf(want); f >= 0; f = digits.indexOf(want, f + 1)) {
        into.add(new Identity(type, Identity.PETITIONER, pos[f], pos[f + want.length() - 1] + 1));
      }
    }

    /** The digit {@code c} is read as, X for an x, or 0. */
    private static char numeral(char c) {
      char d = Digits.digit(c);
      return d != 0 ? d : c == 'X' || c == 'x' ? 'X' : 0;
    }

    /**
     * What may stand between the digits of one number: a space, dash or bracket (also full-width: "139　2846　5713",
     * "139－2846－5713"), a dot or slash ("139.2846.5713"), a line break (a number wrapped in a letter).
     */
    private static boolean separator(char c) {
      return switch (c) {
        case ' ', '-', '—', '–', '(', ')', '（', '）', '\u3000', '\u00a0', '－', '.', '．', '·', '/', '／', '_', '\t', '\n',
            '\r' -> true;
        default -> false;
      };
    }
  }

  /** Digits as a reader reads them: Arabic, full-width and Chinese numerals (幺 one, 两 two). */
  public static final class Digits {
    private Digits() {}

    /** The digit {@code c} stands for, or 0 when it is none. */
    public static char digit(char c) {
      if (c < 0x80) {
        return c >= '0' && c <= '9' ? c : 0;
      }
      if (c >= '０' && c <= '９') {
        return (char) ('0' + c - '０');
      }
      // A switch, not a search of a string of numerals: read for every character of every text masked.
      return switch (c) {
        case '零', '〇' -> '0';
        case '一', '幺', '壹' -> '1';
        case '二', '两', '贰' -> '2';
        case '三', '叁' -> '3';
        case '四', '肆' -> '4';
        case '五', '伍' -> '5';
        case '六', '陆' -> '6';
        case '七', '柒' -> '7';
        case '八', '捌' -> '8';
        case '九', '玖' -> '9';
        default -> 0;
      };
    }

    /** {@code s} with every numeral read as its digit. */
    public static String read(String s) {
      StringBuilder b = new StringBuilder(s.length());
      for (char c : s.toCharArray()) {
        char d = digit(c);
        b.append(d == 0 ? c : d);
      }
      return b.toString();
    }
  }
}
