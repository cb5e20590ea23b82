package org.ecopetition.gateway.nlp;

import java.util.List;
import java.util.Map;

/**
 * The features of the learned polluter finder ({@link PolluterFinder}) at one token of {@link LearnedNames#tokens}: the
 * token, two either side, the bigrams through it, the classes around it, where the words of
 * nlp-models/lexicon/polluters.tsv stand (a unit word — suffix, final, an English trade or kind — ending here or within
 * twelve tokens, a generic word ending here, a lead word ending just before, an after word just after, brand characters)
 * and the outcome of the token before. About sixteen features a token, each a prefix and pieces: written out as strings
 * to train, hashed in place (FNV-1a, as {@link FeatureIndex} hashes) to decode, so that decoding makes no string and
 * looks each feature up once. The word lists travel in the model, so a model is whole without the lexicon.
 */
final class PolluterFeatures {
  static final int SUFFIX = 1;
  static final int FINAL = 2;
  static final int GENERIC = 4;
  static final int LEAD = 8;
  static final int AFTER = 16;
  static final int BRAND = 32;
  static final int EN_UNIT = 64;
  static final int EN_LEAD = 128;
  /** The polluters.tsv types read, in the order of the bits above. */
  static final List<String> TYPES = List.of("suffix", "final", "generic", "lead", "after", "brand", "en-unit", "en-lead");
  /** Lists a model carries for its shape gate only (no feature reads them). */
  static final List<String> GATE_TYPES = List.of("place-end");

  /** How far (tokens) a unit word ahead or a lead word behind is still a feature. */
  static final int REACH = 12;

  static final long FNV_BASIS = 0xcbf29ce484222325L;

  /** Feature prefixes; a feature is its prefix then its pieces, '|' between pieces. */
  static final String[] PREFIX = {"bias", "w=", "p1=", "n1=", "p2=", "n2=", "bp=", "bn=", "c=", "u=", "ud=", "ld=", "x=",
      "po=", "pw=", "pu="};
  private static final long[] PREFIX_STATE = new long[PREFIX.length];

  static {
    for (int i = 0; i < PREFIX.length; i++) {
      PREFIX_STATE[i] = fnv(FNV_BASIS, PREFIX[i]);
    }
  }

  /** Word (reversed, hashed) → its types' bits, for words in Chinese characters; Latin words by their hash as written. */
  private final LongInts words;
  private final int longest;
  /** The last characters of the Chinese words: a word can end only where one stands. */
  private final java.util.BitSet lastChars = new java.util.BitSet(0x10000);
  /** The last characters of suffix and final words: where a unit can end (the gate of {@link PolluterFinder}). */
  private final java.util.BitSet unitChars = new java.util.BitSet(0x10000);
  private final Map<String, List<String>> lists;

  /** From type → words (the lists a model carries). */
  PolluterFeatures(Map<String, List<String>> lists) {
    this.lists = lists;
    this.words = new LongInts(4096);
    int max = 1;
    for (int t = 0; t < TYPES.size(); t++) {
      for (String w : lists.getOrDefault(TYPES.get(t), List.of())) {
        if (w.isEmpty()) {
          continue;
        }
        if (latin(w.charAt(0))) {
          if (w.indexOf(' ') < 0) {
            words.or(mix(fnv(FNV_BASIS, w)), 1 << t);
          }
          continue;
        }
        words.or(mix(reversed(w, w.length())), 1 << t);
        max = Math.max(max, w.length());
        lastChars.set(w.charAt(w.length() - 1));
        if ((1 << t & (SUFFIX | FINAL)) != 0) {
          unitChars.set(w.charAt(w.length() - 1));
        }
      }
    }
    this.longest = max;
  }

  Map<String, List<String>> lists() {
    return lists;
  }

  /** Whether a suffix or a final word can end at this character. */
  boolean unitChar(char c) {
    return unitChars.get(c);
  }

  /** Reads the lists of polluters.tsv's lines (word TAB type); en-trade and en-kind are both en-unit. */
  static Map<String, List<String>> lists(List<String> lines) {
    Map<String, List<String>> out = new java.util.LinkedHashMap<>();
    for (String t : TYPES) {
      out.put(t, new java.util.ArrayList<>());
    }
    for (String t : GATE_TYPES) {
      out.put(t, new java.util.ArrayList<>());
    }
    for (String line : lines) {
      String[] f = line.split("\t");
      if (line.startsWith("#") || f.length < 2) {
        continue;
      }
      String type = f[1].strip();
      type = type.equals("en-trade") || type.equals("en-kind") ? "en-unit" : type;
      if (out.containsKey(type) && !out.get(type).contains(f[0].strip())) {
        out.get(type).add(f[0].strip());
      }
    }
    return out;
  }

  /** The lexicon's bits at each token: the words ending there (Chinese, or a Latin word as it is), and after words starting there. */
  final class Flags {
    final int[] end;
    final boolean[] afterStarts;

    Flags(int n) {
      end = new int[n];
      afterStarts = new boolean[n];
    }
  }

  /** The bits of tokens {@code from} to {@code to} (exclusive) of a tokenised text (the others left 0). */
  Flags flags(String text, LearnedNames.Tokenised t, int from, int to) {
    String[] tok = t.tokens();
    Flags fl = new Flags(tok.length);
    for (int i = Math.max(0, from); i < Math.min(tok.length, to); i++) {
      String w = tok[i];
      char c = w.charAt(0);
      if (latin(c)) {
        fl.end[i] = words.get(mix(fnv(FNV_BASIS, w)));
        continue;
      }
      if (w.length() != 1 || !lastChars.get(c)) {
        continue;
      }
      int endChar = t.ends()[i];
      long h = FNV_BASIS;
      for (int len = 1; len <= longest && endChar - len >= 0; len++) {
        int k = i - len + 1;
        if (k < 0 || t.starts()[k] != endChar - len) {
          break; // a token of more than one character within: no Chinese word goes on through it
        }
        h = (h ^ text.charAt(endChar - len)) * 0x100000001b3L;
        int bits = words.get(mix(h));
        if (bits != 0) {
          fl.end[i] |= bits & ~AFTER;
          if ((bits & AFTER) != 0) {
            fl.afterStarts[k] = true;
          }
        }
      }
    }
    return fl;
  }

  /** Where the features go: written out or hashed. */
  interface Out {
    void begin(int prefix);

    void piece(String s);

    void piece(char c);

    void end();
  }

  /**
   * The features at token {@code i}; {@code prev} the outcome of the token before ('o' before the first), {@code fl} with
   * bits at least from {@code i - REACH} to {@code i + REACH}.
   */
  void features(Out out, String[] t, Flags fl, int i, char prev) {
    String w0 = t[i];
    String wm1 = at(t, i - 1);
    String wp1 = at(t, i + 1);
    out.begin(0);
    out.end();
    one(out, 1, w0);
    one(out, 2, wm1);
    one(out, 3, wp1);
    one(out, 4, at(t, i - 2));
    one(out, 5, at(t, i + 2));
    two(out, 6, wm1, w0);
    two(out, 7, w0, wp1);
    out.begin(8);
    out.piece(NameFeatures.kind(wm1));
    out.piece(NameFeatures.kind(w0));
    out.piece(NameFeatures.kind(wp1));
    out.end();
    char u0 = unit(fl, i);
    out.begin(9);
    out.piece(unit(fl, i - 1));
    out.piece(u0);
    out.piece(unit(fl, i + 1));
    out.end();
    char ud = 'x';
    for (int k = i; k < Math.min(t.length, i + REACH); k++) {
      if ((fl.end[k] & (SUFFIX | FINAL | EN_UNIT)) != 0) {
        ud = (char) ('a' + k - i);
        break;
      }
    }
    out.begin(10);
    out.piece(ud);
    out.end();
    char ld = 'x';
    for (int k = i - 1; k >= Math.max(0, i - REACH); k--) {
      if ((fl.end[k] & (LEAD | EN_LEAD)) != 0) {
        ld = (char) ('a' + i - 1 - k);
        break;
      }
    }
    out.begin(11);
    out.piece(ld);
    out.end();
    out.begin(12);
    out.piece(i + 1 < t.length && fl.afterStarts[i + 1] ? 'A' : '-');
    out.piece(brand(fl, i - 1));
    out.piece(brand(fl, i));
    out.piece(brand(fl, i + 1));
    out.end();
    out.begin(13);
    out.piece(prev);
    out.end();
    out.begin(14);
    out.piece(prev);
    out.piece(w0);
    out.end();
    out.begin(15);
    out.piece(prev);
    out.piece(u0);
    out.piece(ud);
    out.end();
  }

  private static void one(Out out, int prefix, String a) {
    out.begin(prefix);
    out.piece(a);
    out.end();
  }

  private static void two(Out out, int prefix, String a, String b) {
    out.begin(prefix);
    out.piece(a);
    out.piece(b);
    out.end();
  }

  private static char unit(Flags fl, int i) {
    if (i < 0 || i >= fl.end.length) {
      return '^';
    }
    int b = fl.end[i];
    return (b & (SUFFIX | EN_UNIT)) != 0 ? 'S' : (b & FINAL) != 0 ? 'F' : (b & GENERIC) != 0 ? 'G' : '-';
  }

  private static char brand(Flags fl, int i) {
    return i >= 0 && i < fl.end.length && (fl.end[i] & BRAND) != 0 ? 'B' : '-';
  }

  private static String at(String[] t, int i) {
    return i < 0 ? "^" : i >= t.length ? "$" : t[i];
  }

  static boolean latin(char c) {
    return c < 128 && Character.isLetter(c);
  }

  /** Writes the features out as strings (to train). */
  static final class Strings implements Out {
    final List<String> features = new java.util.ArrayList<>();
    private final StringBuilder b = new StringBuilder();
    private boolean first;

    @Override
    public void begin(int prefix) {
      b.setLength(0);
      b.append(PREFIX[prefix]);
      first = true;
    }

    @Override
    public void piece(String s) {
      if (!first) {
        b.append('|');
      }
      b.append(s);
      first = false;
    }

    @Override
    public void piece(char c) {
      if (!first) {
        b.append('|');
      }
      b.append(c);
      first = false;
    }

    @Override
    public void end() {
      features.add(b.toString());
    }
  }

  /** Hashes the features as {@link #hash(String)} hashes their strings, and hands each hash on. */
  abstract static class Hashes implements Out {
    private long h;
    private boolean first;

    @Override
    public void begin(int prefix) {
      h = PREFIX_STATE[prefix];
      first = true;
    }

    @Override
    public void piece(String s) {
      if (!first) {
        h = (h ^ '|') * 0x100000001b3L;
      }
      h = fnv(h, s);
      first = false;
    }

    @Override
    public void piece(char c) {
      if (!first) {
        h = (h ^ '|') * 0x100000001b3L;
      }
      h = (h ^ c) * 0x100000001b3L;
      first = false;
    }

    @Override
    public void end() {
      feature(mix(h));
    }

    abstract void feature(long hash);
  }

  /** A feature's string hashed: FNV-1a over its characters, then mixed; never 0. */
  static long hash(String s) {
    return mix(fnv(FNV_BASIS, s));
  }

  static long fnv(long state, String s) {
    long h = state;
    for (int i = 0; i < s.length(); i++) {
      h = (h ^ s.charAt(i)) * 0x100000001b3L;
    }
    return h;
  }

  /** FNV-1a over the first {@code len} characters of {@code w}, last first (a word is matched from where it ends). */
  private static long reversed(String w, int len) {
    long h = FNV_BASIS;
    for (int i = len - 1; i >= 0; i--) {
      h = (h ^ w.charAt(i)) * 0x100000001b3L;
    }
    return h;
  }

  static long mix(long fnv) {
    long h = fnv;
    h ^= h >>> 33;
    h *= 0xff51afd7ed558ccdL;
    h ^= h >>> 33;
    return h == 0 ? 1 : h;
  }

  /** An open-addressed long → int map whose values are or-ed bits (0: absent). */
  static final class LongInts {
    private long[] keys;
    private int[] vals;
    private int size;

    LongInts(int capacity) {
      keys = new long[Integer.highestOneBit(Math.max(16, capacity)) << 1];
      vals = new int[keys.length];
    }

    void or(long k, int bits) {
      if (size * 2 >= keys.length) {
        long[] ok = keys;
        int[] ov = vals;
        keys = new long[ok.length * 2];
        vals = new int[ok.length * 2];
        size = 0;
        for (int i = 0; i < ok.length; i++) {
          if (ok[i] != 0) {
            or(ok[i], ov[i]);
          }
        }
      }
      int m = keys.length - 1;
      int i = (int) k & m;
      while (keys[i] != 0 && keys[i] != k) {
        i = i + 1 & m;
      }
      if (keys[i] == 0) {
        keys[i] = k;
        size++;
      }
      vals[i] |= bits;
    }

    int get(long k) {
      int m = keys.length - 1;
      for (int i = (int) k & m; keys[i] != 0; i = i + 1 & m) {
        if (keys[i] == k) {
          return vals[i];
        }
      }
      return 0;
    }
  }
}
