package org.ecopetition.gateway.nlp;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A learned polluter finder: a maximum-entropy model over the tokens of {@link LearnedNames#tokens} with BIO outcomes
 * (start, continue, other), trained by OpenNLP's L-BFGS on the read hands ({@code TrainModels … polluter}) with the
 * features of {@link PolluterFeatures}, kept as a table of feature hashes → three weights. The rules close the forms they
 * were shown; this reads a unit's name by its surroundings where no rule names one. Cheap by construction: it reads only
 * windows that end where a unit word of polluters.tsv ends or a run of capitalised Latin words does, decodes left to right
 * with one evaluation a token (no beam), and hashes its features in place. Read-only after loading: thread-safe.
 */
final class PolluterFinder {
  /** A span the model found: characters of the text given, and the mean probability of its tokens. */
  record Found(int start, int end, double probability) {}

  static final int MAGIC = 0x50464e31; // "PFN1"
  /** Tokens before a unit word's end that a window reads (a name of up to a dozen characters), and after it. */
  static final int BEFORE = 12;
  static final int AFTER = 2;
  /** The same for a capitalised Latin run, in words. */
  static final int LATIN_BEFORE = 8;

  private final PolluterFeatures features;
  private final long[] keys;
  /** Three weights a slot: start, continue, other. */
  private final float[] weights;
  private final int mask;

  PolluterFinder(PolluterFeatures features, long[] hashes, float[] weights3) {
    this.features = features;
    int cap = Integer.highestOneBit(Math.max(16, hashes.length * 2 - 1)) << 1;
    this.keys = new long[cap];
    this.weights = new float[cap * 3];
    this.mask = cap - 1;
    for (int k = 0; k < hashes.length; k++) {
      int i = (int) hashes[k] & mask;
      while (keys[i] != 0) {
        if (keys[i] == hashes[k]) {
          throw new IllegalArgumentException("two features with one hash");
        }
        i = i + 1 & mask;
      }
      keys[i] = hashes[k];
      System.arraycopy(weights3, k * 3, weights, i * 3, 3);
    }
  }

  PolluterFeatures features() {
    return features;
  }

  /** The model packed in the jar, read once per JVM; null when there is none (the rules decide alone). */
  static PolluterFinder bundled() {
    return Holder.BUNDLED;
  }

  private static final class Holder {
    static final PolluterFinder BUNDLED = read();

    private static PolluterFinder read() {
      try (InputStream in = PolluterFinder.class.getResourceAsStream("/nlp-models/models/polluters.bin")) {
        return in == null ? null : PolluterFinder.read(in);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }

  /** Reads a model written by {@link #write}: gzip, the word lists, then the features' hashes and weights. */
  static PolluterFinder read(InputStream raw) throws IOException {
    DataInputStream in = new DataInputStream(new java.util.zip.GZIPInputStream(raw, 1 << 16));
    if (in.readInt() != MAGIC) {
      throw new IOException("not a polluter finder's model");
    }
    Map<String, List<String>> lists = new java.util.LinkedHashMap<>();
    int types = in.readInt();
    for (int t = 0; t < types; t++) {
      String type = in.readUTF();
      int n = in.readInt();
      List<String> words = new ArrayList<>(n);
      for (int i = 0; i < n; i++) {
        words.add(in.readUTF());
      }
      lists.put(type, words);
    }
    int n = in.readInt();
    long[] hashes = new long[n];
    float[] w = new float[n * 3];
    for (int i = 0; i < n; i++) {
      hashes[i] = in.readLong();
      w[i * 3] = in.readFloat();
      w[i * 3 + 1] = in.readFloat();
      w[i * 3 + 2] = in.readFloat();
    }
    return new PolluterFinder(new PolluterFeatures(lists), hashes, w);
  }

  /** Writes a model: the lists, then the features sorted by hash (so the same model writes the same bytes). */
  static void write(OutputStream raw, Map<String, List<String>> lists, long[] hashes, float[] w) throws IOException {
    java.util.zip.GZIPOutputStream gz = new java.util.zip.GZIPOutputStream(raw, 1 << 16);
    DataOutputStream out = new DataOutputStream(gz);
    out.writeInt(MAGIC);
    out.writeInt(lists.size());
    for (Map.Entry<String, List<String>> e : lists.entrySet()) {
      out.writeUTF(e.getKey());
      out.writeInt(e.getValue().size());
      for (String word : e.getValue()) {
        out.writeUTF(word);
      }
    }
    Integer[] order = new Integer[hashes.length];
    for (int i = 0; i < order.length; i++) {
      order[i] = i;
    }
    java.util.Arrays.sort(order, (a, b) -> Long.compare(hashes[a], hashes[b]));
    out.writeInt(hashes.length);
    for (int i : order) {
      out.writeLong(hashes[i]);
      out.writeFloat(w[i * 3]);
      out.writeFloat(w[i * 3 + 1]);
      out.writeFloat(w[i * 3 + 2]);
    }
    out.flush();
    gz.finish();
  }

  int size() {
    int n = 0;
    for (long k : keys) {
      n += k != 0 ? 1 : 0;
    }
    return n;
  }

  /** Adds up the weights of each feature hashed, then the three probabilities. */
  private final class Sums extends PolluterFeatures.Hashes {
    double s;
    double c;
    double o;

    @Override
    void feature(long h) {
      for (int i = (int) h & mask; keys[i] != 0; i = i + 1 & mask) {
        if (keys[i] == h) {
          s += weights[i * 3];
          c += weights[i * 3 + 1];
          o += weights[i * 3 + 2];
          return;
        }
      }
    }

    /** Softmax of the sums into s, c, o. */
    void probabilities() {
      double max = Math.max(s, Math.max(c, o));
      double es = Math.exp(s - max);
      double ec = Math.exp(c - max);
      double eo = Math.exp(o - max);
      double z = es + ec + eo;
      s = es / z;
      c = ec / z;
      o = eo / z;
    }
  }

  /** The probabilities (start, continue, other) at token {@code i} after outcome {@code prev}: for tests and training checks. */
  double[] probabilities(String text, int i, char prev) {
    LearnedNames.Tokenised t = LearnedNames.tokens(text);
    PolluterFeatures.Flags fl = features.flags(text, t, 0, t.tokens().length);
    Sums sums = new Sums();
    features.features(sums, t.tokens(), fl, i, prev);
    sums.probabilities();
    return new double[] {sums.s, sums.c, sums.o};
  }

  /** The probabilities (start, continue, other) of features given as strings (to check the table against OpenNLP's model). */
  double[] probabilities(String[] context) {
    Sums sums = new Sums();
    for (String f : context) {
      sums.feature(PolluterFeatures.hash(f));
    }
    sums.probabilities();
    return new double[] {sums.s, sums.c, sums.o};
  }

  /** The spans at probability {@code at} over the whole text (to measure the model alone; not what the extractor runs). */
  List<Found> findAll(String text, double at) {
    LearnedNames.Tokenised t = LearnedNames.tokens(text);
    int n = t.tokens().length;
    List<Found> out = new ArrayList<>();
    if (n > 0) {
      decode(text, t, features.flags(text, t, 0, n), 0, n, at, out);
    }
    return out;
  }

  /**
   * The spans at probability {@code at} in the windows of the text that end where a unit word ends (a suffix or final
   * word of polluters.tsv, an English trade or kind) or a run of two capitalised Latin words or more does: a unit's name
   * ends there or nowhere, and most of a message is read by nothing.
   */
  List<Found> find(String text, double at) {
    boolean any = false;
    for (int i = 0; i < text.length() && !any; i++) {
      char c = text.charAt(i);
      any = features.unitChar(c) || c >= 'A' && c <= 'Z';
    }
    List<Found> out = new ArrayList<>();
    if (!any) {
      return out;
    }
    LearnedNames.Tokenised t = LearnedNames.tokens(text);
    String[] tok = t.tokens();
    int n = tok.length;
    PolluterFeatures.Flags fl = features.flags(text, t, 0, n);
    Windows windows = new Windows((from, to) -> decode(text, t, fl, from, to, at, out));
    int capitals = 0;
    for (int k = 0; k < n; k++) {
      int a = -1;
      int b = -1;
      boolean capital = PolluterFeatures.latin(tok[k].charAt(0)) && Character.isUpperCase(tok[k].charAt(0));
      if ((fl.end[k] & (PolluterFeatures.SUFFIX | PolluterFeatures.FINAL | PolluterFeatures.EN_UNIT)) != 0) {
        a = k - (PolluterFeatures.latin(tok[k].charAt(0)) ? LATIN_BEFORE : BEFORE);
        b = k + 1 + AFTER;
      }
      if (capital) {
        capitals++;
      } else if (!tok[k].equals("_")) {
        if (capitals >= 2) {
          a = Math.min(a < 0 ? Integer.MAX_VALUE : a, k - 1 - LATIN_BEFORE);
          b = Math.max(b, k + AFTER);
        }
        capitals = 0;
      }
      if (a == -1 && b == -1) {
        continue;
      }
      windows.add(Math.max(0, a), Math.min(n, b));
    }
    if (capitals >= 2) {
      windows.add(Math.max(0, n - capitals * 2 - LATIN_BEFORE), n);
    }
    windows.end();
    return out;
  }

  /** Token windows in order of their starts; one that overlaps or touches the last is merged into it, each decoded once. */
  private static final class Windows {
    interface Decode {
      void range(int from, int to);
    }

    private final Decode decode;
    private int from = -1;
    private int to = -1;

    Windows(Decode decode) {
      this.decode = decode;
    }

    void add(int a, int b) {
      if (from >= 0 && a <= to) {
        to = Math.max(to, b);
        return;
      }
      end();
      from = a;
      to = b;
    }

    void end() {
      if (from >= 0) {
        decode.range(from, to);
      }
      from = -1;
    }
  }

  /** Left to right over tokens {@code a} to {@code b}: a token is in a span where P(start) + P(continue) ≥ {@code at}. */
  private void decode(String text, LearnedNames.Tokenised t, PolluterFeatures.Flags fl, int a, int b, double at,
      List<Found> out) {
    String[] tok = t.tokens();
    Sums sums = new Sums();
    GreedySpans spans = new GreedySpans(t, at, (start, end, probability) -> out.add(new Found(start, end, probability)));
    char prev = 'o';
    for (int i = a; i < b; i++) {
      sums.s = 0;
      sums.c = 0;
      sums.o = 0;
      features.features(sums, tok, fl, i, prev);
      sums.probabilities();
      prev = spans.next(i, sums.s, sums.c);
    }
    spans.end(b);
  }

  private static final String NOT_IN_NAME = "我你他她它们这那哪谁吗呢吧啊呀嘛么了着过是在和与及被把让给对向从往就都也还又很太有个某";
  private static final String LEVELS = "省县区镇乡村";
  /** Words that open an English clause before a kind (A bakery, There is a bar, Our factory): no name follows. */
  private static final java.util.Set<String> EN_DETERMINERS = java.util.Set.of("A", "An", "The", "There", "Our", "My", "Your",
      "This", "That", "These", "Those", "Their", "His", "Her", "Its", "We", "I", "It", "Some", "One", "Another", "Any", "No",
      "Every", "Each", "There's", "Theres", "It's", "Here", "Here's", "That's", "What's");

  /**
   * Whether a span can be a unit's name: Latin words, the first capitalised and no determiner or pronoun, four at most
   * (Co., Ltd. aside); or three Chinese characters or more ending in a unit word (suffix, final or generic: the windows
   * end there) but not in a place's (花园, 广场, 市场), with no digit, mark, pronoun, particle, clause word or withheld name
   * (某), no level of a division (but 市场), no lead word of two characters or more in it, and more than a kind: a head
   * of two characters or more before its unit word.
   */
  boolean shaped(String text, int start, int end) {
    String s = text.substring(start, end).strip();
    if (s.isEmpty()) {
      return false;
    }
    char first = s.charAt(0);
    Map<String, List<String>> lists = features.lists();
    if (PolluterFeatures.latin(first)) {
      if (!Character.isUpperCase(first)) {
        return false;
      }
      String[] words = s.replaceAll("(?i)\\b(co|ltd|inc)\\b\\.?,?", "").strip().split("\\s+");
      if (words.length > 4 || words.length < 1 || EN_DETERMINERS.contains(words[0])) {
        return false;
      }
      for (String w : words) {
        if (!w.chars().allMatch(c -> c < 128 && (Character.isLetter(c) || c == '\'' || c == '-' || c == '&' || c == '.'))
            || lists.get("en-lead").contains(w)) {
          return false;
        }
      }
      return words.length >= 2 || lists.get("en-unit").contains(words[0]);
    }
    if (s.length() < 3) {
      return false;
    }
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (!Tokens.han(c) && c != '·' || NOT_IN_NAME.indexOf(c) >= 0) {
        return false;
      }
      if (LEVELS.indexOf(c) >= 0 || c == '市' && !(i + 1 < s.length() && s.charAt(i + 1) == '场')) {
        return false;
      }
    }
    for (String lead : lists.get("lead")) {
      if (lead.length() >= 2 && s.contains(lead)) {
        return false;
      }
    }
    for (String place : lists.get("place-end")) {
      if (place.length() >= 2 && s.endsWith(place)) {
        return false;
      }
    }
    // a kind alone: the span a unit word (or a generic one) with at most one character before it
    int head = -1;
    for (String type : List.of("suffix", "final", "generic")) {
      for (String w : lists.get(type)) {
        if (s.endsWith(w)) {
          head = head < 0 ? s.length() - w.length() : Math.min(head, s.length() - w.length());
        }
      }
    }
    return head >= 2;
  }
}
