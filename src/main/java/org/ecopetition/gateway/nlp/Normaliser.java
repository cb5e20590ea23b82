package org.ecopetition.gateway.nlp;

import com.hankcs.hanlp.HanLP;
import com.hankcs.hanlp.corpus.dictionary.StringDictionary;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Text as the extractor reads it: traditional → simplified (HanLP), full-width digits and letters →
 * half-width (Chinese punctuation stays: names need it), numbers spelled in Chinese digits ("一三九八七…",
 * "幺八零 二二三四…") → digits, and spaces or dashes inside digit runs removed. Lengths can change, so the
 * normalised text keeps, for each of its characters, where it came from in the raw text: identity spans
 * are given on the raw text, which is what gets masked.
 */
public final class Normaliser {
  /** Seven digits or more read out in Chinese numerals, perhaps grouped by spaces or dashes (幺八零 二二三四 五六七八). */
  private static final Pattern SPELLED = Pattern.compile("[零〇一二三四五六七八九幺两](?:[ \\-—–]?[零〇一二三四五六七八九幺两]){6,}");
  private static final Pattern DIGIT_RUN = Pattern.compile("\\d[\\d \\-—–]{6,}\\d");
  private static final Pattern PLUS86 = Pattern.compile("\\+\\s?86\\s?(?=1[3-9]\\d)");
  private static final Pattern AREA_CODE = Pattern.compile("[(（](0\\d{2,3})[)）]\\s?(?=\\d{3,4}[ \\-]?\\d{4}(?!\\d))");

  /**
   * A normalised text and, for each of its characters (and its end), the index in the raw text; {@code told}: the raw
   * spans of digits told around a phone that are no number on their own (a wrong start taken back, a corrected tail),
   * to be masked with it.
   */
  public record Mapped(String text, int[] raw, java.util.List<int[]> told) {
    public Mapped(String text, int[] raw) {
      this(text, raw, java.util.List.of());
    }

    /** The raw span of the normalised span [start, end). */
    public int[] toRaw(int start, int end) {
      if (end <= start) {
        return new int[] {raw[start], raw[start]};
      }
      return new int[] {raw[start], raw[end - 1] + 1};
    }
  }

  private Normaliser() {}

  /**
   * Traditional characters as simplified ones, nothing else changed (for matching an answer to an option). A text
   * in which no conversion can begin is returned as it is, without running HanLP's converter over it.
   */
  public static String simplified(String raw) {
    if (raw == null) {
      return "";
    }
    return Conversions.mayChange(raw) ? HanLP.convertToSimplifiedChinese(raw) : raw;
  }

  /**
   * Where HanLP's traditional → simplified conversion can change a text, from its own table ({@code t2s.txt}, read
   * by HanLP's loader as its converter's trie is built): the converter replaces, at each position, the longest entry
   * beginning there by its value, so a text in which no entry with another value begins is left exactly as it is.
   * Such an entry of one character begins where that character stands; one of several characters where its first
   * two stand (many phrase entries begin with a character common in simplified text, 一, 上, 不…, that alone
   * does not change).
   */
  static final class Conversions {
    /** Characters where a change may begin: an entry of one character that changes, or the first of a phrase's. */
    private static final long[] BEGIN = new long[0x10000 / 64];
    /** The entries of one character that change. */
    private static final long[] ONE = new long[0x10000 / 64];
    /** The second characters of the entries of several characters that change. */
    private static final long[] SECOND = new long[0x10000 / 64];
    /** Their first two characters, {@code first << 16 | second}, sorted (no boxing on the path every message takes). */
    private static final int[] PAIRS;

    static {
      Set<Integer> pairs = new HashSet<>();
      for (Map.Entry<String, String> e : table().entrySet()) {
        String k = e.getKey();
        if (k.isEmpty() || k.equals(e.getValue())) {
          continue;
        }
        set(BEGIN, k.charAt(0));
        if (k.length() == 1) {
          set(ONE, k.charAt(0));
        } else {
          set(SECOND, k.charAt(1));
          pairs.add(k.charAt(0) << 16 | k.charAt(1));
        }
      }
      PAIRS = pairs.stream().mapToInt(Integer::intValue).sorted().toArray();
    }

    private Conversions() {}

    private static void set(long[] bits, char c) {
      bits[c >>> 6] |= 1L << c;
    }

    private static boolean has(long[] bits, char c) {
      return (bits[c >>> 6] & 1L << c) != 0;
    }

    /** Whether an entry that changes begins somewhere in the text. */
    static boolean mayChange(String s) {
      int n = s.length();
      for (int i = 0; i < n; i++) {
        char c = s.charAt(i);
        if (!has(BEGIN, c)) {
          continue;
        }
        if (has(ONE, c)) {
          return true;
        }
        if (i + 1 < n) {
          char d = s.charAt(i + 1);
          if (has(SECOND, d) && java.util.Arrays.binarySearch(PAIRS, c << 16 | d) >= 0) {
            return true;
          }
        }
      }
      return false;
    }

    /** HanLP's traditional → simplified table, as its converter reads it. */
    static Map<String, String> table() {
      StringDictionary d = new StringDictionary("=");
      String path = HanLP.Config.tcDictionaryRoot + "t2s.txt";
      if (!d.load(path)) {
        throw new IllegalStateException("HanLP's conversion table did not load: " + path);
      }
      Map<String, String> m = new HashMap<>();
      d.entrySet().forEach(e -> m.put(e.getKey(), e.getValue()));
      return m;
    }
  }

  /**
   * Division names the conversion table would change (乾县 → 干县, 濛江 → 蒙江): where the converted text holds a converted
   * name and the raw text has the name's own character, that character is kept, or the gazetteer would not find the
   * division (nlp-models/lexicon/kept-spellings.txt).
   */
  static final class KeptNames {
    /** Each name as written, and as the converter turns it. */
    private static final String[][] NAMES = read();

    private KeptNames() {}

    private static String[][] read() {
      try (java.io.InputStream in = Normaliser.class.getResourceAsStream("/nlp-models/lexicon/kept-spellings.txt")) {
        if (in == null) {
          throw new IllegalStateException("nlp-models/lexicon/kept-spellings.txt is missing");
        }
        return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8).lines().map(String::strip)
            .filter(l -> !l.isEmpty() && !l.startsWith("#"))
            .map(l -> new String[] {l, converted(l)})
            .filter(p -> !p[1].equals(p[0]))
            .toArray(String[][]::new);
      } catch (java.io.IOException e) {
        throw new java.io.UncheckedIOException(e);
      }
    }

    /** {@code converted} (the raw text converted, of the same length) with the kept names' characters put back. */
    static String restore(String raw, String converted) {
      char[] out = null;
      for (String[] name : NAMES) {
        for (int i = converted.indexOf(name[1]); i >= 0; i = converted.indexOf(name[1], i + 1)) {
          for (int j = 0; j < name[0].length(); j++) {
            if (name[0].charAt(j) != name[1].charAt(j) && raw.charAt(i + j) == name[0].charAt(j)) {
              out = out == null ? converted.toCharArray() : out;
              out[i + j] = name[0].charAt(j);
            }
          }
        }
      }
      return out == null ? converted : new String(out);
    }
  }

  /** {@code r} in simplified characters, one character for one (the same object when nothing changes). */
  private static String converted(String r) {
    String s = Conversions.mayChange(r) ? HanLP.convertToSimplifiedChinese(r) : r;
    if (s.length() != r.length()) {
      // The converter replaced a phrase by one of another length: convert character by character instead,
      // so that every character keeps its place.
      StringBuilder one = new StringBuilder(r.length());
      for (int i = 0; i < r.length(); i++) {
        String c = HanLP.convertToSimplifiedChinese(String.valueOf(r.charAt(i)));
        one.append(c.length() == 1 ? c.charAt(0) : r.charAt(i));
      }
      s = one.toString();
    }
    return s;
  }

  public static String normalise(String raw) {
    return map(raw).text();
  }

  /** Whether {@code s} holds a written "\\n" at {@code i} beside a Chinese character (none of a Latin word's). */
  private static boolean escapedBreak(String s, int i) {
    return i + 1 < s.length() && s.charAt(i + 1) == 'n'
        && (i + 2 < s.length() && s.charAt(i + 2) > 0x2E7F || i > 0 && s.charAt(i - 1) > 0x2E7F);
  }

  public static Mapped map(String raw) {
    String r = raw == null ? "" : raw;
    // Only a text in which a conversion of HanLP's table begins is converted: a traditional character, or a phrase
    // entry whose characters alone do not change (the same exact precheck as simplified()).
    String s = converted(r);
    if (s != r) {
      s = KeptNames.restore(r, s);
    }
    int[] map = new int[s.length() + 1];
    StringBuilder b = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c >= '０' && c <= '９' || c >= 'Ａ' && c <= 'Ｚ' || c >= 'ａ' && c <= 'ｚ' || c == '＋' || c == '－') {
        b.append((char) (c - 0xFEE0));
      } else if (c == '\u3000' || Character.isISOControl(c) && c != '\n') {
        b.append(' ');
      } else if (c == '\\' && escapedBreak(s, i)) {
        // A line break pasted as its escape (\n from an export or a form that escapes its text): read as a break,
        // for the lines a signature or a forwarded chat stands on; the length is kept, spans stay the raw text's.
        b.append(' ').append('\n');
        map[i] = i;
        i++;
      } else {
        b.append(c);
      }
      map[i] = i;
    }
    map[s.length()] = s.length();
    Mapped m = new Mapped(b.toString(), map);
    // Each rewrite only where its characters stand: four patterns over every message cost more than all the rest.
    int numerals = 0;
    int arabic = 0;
    boolean anyDigit = false;
    boolean plus = false;
    boolean bracket = false;
    for (int i = 0; i < m.text().length(); i++) {
      char c = m.text().charAt(i);
      numerals += "零〇一二三四五六七八九幺两".indexOf(c) >= 0 ? 1 : 0;
      anyDigit |= c >= '0' && c <= '9';
      arabic += c >= '0' && c <= '9' || c == '洞' ? 1 : 0;
      plus |= c == '+';
      bracket |= c == '(' || c == '（';
    }
    // Phones told in speech and chat (numerals mixed with digits, pauses and fillers between groups, corrections).
    Mapped before = m;
    m = !SpokenNumbers.worthReading(m.text(), numerals + arabic) ? m : SpokenNumbers.read(m);
    anyDigit |= m != before;
    m = numerals < 7 ? m : replace(m, SPELLED, (g, out) -> {
      for (int k = 0; k < g.length(); k++) {
        char c = g.charAt(k);
        out.keep(k, switch (c) {
          case ' ', '-', '—', '–' -> c; // kept: the digit runs below are joined when they have a phone's length
          case '零', '〇' -> '0';
          case '一', '幺' -> '1';
          case '二', '两' -> '2';
          default -> (char) ('0' + "零一二三四五六七八九".indexOf(c));
        });
      }
    });
    if (numerals >= 7) {
      anyDigit = true;
    }
    m = !plus ? m : replace(m, PLUS86, (g, out) -> { });
    m = !bracket ? m : replace(m, AREA_CODE, (g, out) -> {
      int close = Math.max(g.indexOf(')'), g.indexOf('）'));
      for (int k = 1; k < close; k++) {
        out.keep(k, g.charAt(k));
      }
    });
    // "138 1234 5678", "0571-88231234": one number when the run has a phone's or an ID's length, so that a
    // range such as "3-5" stays as written.
    m = !anyDigit ? m : replace(m, DIGIT_RUN, (g, out) -> {
      // Groups of the run split at spaces, joined while they stay within an ID's length (a phone, a space,
      // then a landline are two numbers); a group of a phone's or an ID's length loses its separators.
      int k = 0;
      while (k < g.length()) {
        int end = k;
        int digits = 0;
        int next = k;
        while (next < g.length()) {
          int chunkEnd = next;
          while (chunkEnd < g.length() && g.charAt(chunkEnd) != ' ') {
            chunkEnd++;
          }
          int d = 0;
          for (int x = next; x < chunkEnd; x++) {
            d += Character.isDigit(g.charAt(x)) ? 1 : 0;
          }
          if (digits > 0 && digits + d > 18) {
            break;
          }
          if (digits == 11 && end - k == 11 && g.charAt(k) == '1') {
            break; // a mobile written whole, then a space: what follows (a date, 2026年…) is another number
          }
          digits += d;
          end = chunkEnd;
          next = chunkEnd;
          while (next < g.length() && g.charAt(next) == ' ') {
            next++;
          }
        }
        boolean join = digits >= 10 && digits <= 18;
        for (int x = k; x < end; x++) {
          if (!join || Character.isDigit(g.charAt(x))) {
            out.keep(x, g.charAt(x));
          }
        }
        for (int x = end; x < next && x < g.length(); x++) {
          out.keep(x, g.charAt(x)); // the space between two numbers stays
        }
        k = Math.max(next, end + 1);
      }
    });
    return m;
  }

  /** What a replacement keeps of a match: each kept character of the match, perhaps changed, by its index. */
  private interface Kept {
    void keep(int index, char c);
  }

  private interface Rewrite {
    void apply(String match, Kept out);
  }

  private static Mapped replace(Mapped in, Pattern p, Rewrite rewrite) {
    Matcher m = p.matcher(in.text());
    if (!m.find()) {
      return in;
    }
    StringBuilder b = new StringBuilder(in.text().length());
    int[] map = new int[in.text().length() + 1];
    int[] n = {0};
    int last = 0;
    do {
      for (int i = last; i < m.start(); i++) {
        b.append(in.text().charAt(i));
        map[n[0]++] = in.raw()[i];
      }
      int base = m.start();
      rewrite.apply(m.group(), (k, c) -> {
        b.append(c);
        map[n[0]++] = in.raw()[base + k];
      });
      last = m.end();
    } while (m.find());
    for (int i = last; i < in.text().length(); i++) {
      b.append(in.text().charAt(i));
      map[n[0]++] = in.raw()[i];
    }
    map[n[0]] = in.raw()[in.text().length()];
    int[] exact = new int[n[0] + 1];
    System.arraycopy(map, 0, exact, 0, n[0] + 1);
    return new Mapped(b.toString(), exact, in.told());
  }
}
