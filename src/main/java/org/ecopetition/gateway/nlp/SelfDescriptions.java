package org.ecopetition.gateway.nlp;

import java.util.ArrayList;
import java.util.List;

/**
 * The writer describing themselves by their place at or beside the reported party (Art 23, 24): "我是厂里的电工",
 * "我在他们车间上班", "我家就在厂门口第一家", "I work night shifts there". No name, phone or address, yet the works has one
 * electrician on nights and its gate one first house: to the reported party the clause names the writer. Every copy
 * that can reach it masks such a description ({@code 【本人情况】}), read by the meaning of the clause — the writer (a
 * first person) with their work, post or tie there, or their home with where it lies against the reported party — from
 * the word lists of {@code nlp-models/lexicon/self.tsv}. What the clause says besides stays ("【本人情况】的饭店油烟很大").
 * Pure.
 */
public final class SelfDescriptions {
  /** The placeholder of a masked self-description. */
  public static final String PLACEHOLDER = "【本人情况】";
  private static final Lexicon WORDS = Lexicon.bundled("self.tsv");
  /** How far a cue may lie from the writer it describes (characters): further, it is about something else. */
  private static final int NEAR_HAN = 16;
  private static final int NEAR_LATIN = 60;
  /** A home and where it lies are said together (我家就在厂门口): further, the place is someone else's (…拉肚子 隔壁). */
  private static final int NEAR_PLACE = 10;
  /** How far a further cue of the same description may follow the last (我在厂里上班). */
  private static final int NEXT = 4;
  /** What little may follow the last cue to the clause's end and be masked with it (我是厂里的老员工了). */
  private static final int TAIL = 2;

  private SelfDescriptions() {}

  /** {@code text} with every self-description of its writer replaced by {@link #PLACEHOLDER}; null stays null. */
  public static String mask(String text) {
    if (text == null || text.isEmpty()) {
      return text;
    }
    List<int[]> spans = spans(text);
    if (spans.isEmpty()) {
      return text;
    }
    StringBuilder out = new StringBuilder(text.length());
    int at = 0;
    for (int[] s : spans) {
      out.append(text, at, s[0]).append(PLACEHOLDER);
      at = s[1];
    }
    return out.append(text, at, text.length()).toString();
  }

  /** The self-descriptions of {@code text}, as [start, end) in order, not overlapping. */
  public static List<int[]> spans(String text) {
    List<int[]> out = new ArrayList<>();
    int from = 0;
    for (int k = 0; k <= text.length(); k++) {
      if (k == text.length() || clauseEnd(text, k)) {
        if (k > from) {
          clause(text, from, k, out);
        }
        from = k + 1;
      }
    }
    return out;
  }

  private static boolean clauseEnd(String t, int k) {
    char c = t.charAt(k);
    if (c == '.') {
      // A decimal point (3.5公里) is no end.
      return !(k > 0 && k + 1 < t.length() && Character.isDigit(t.charAt(k - 1)) && Character.isDigit(t.charAt(k + 1)));
    }
    return "，。；！？,;!?\n\r…".indexOf(c) >= 0;
  }

  /** One clause [from, to): the first cue with a writer before it, masked from that writer to the clause's last cue. */
  private static void clause(String text, int from, int to, List<int[]> out) {
    String clause = text.substring(from, to);
    if (!mayHold(clause)) {
      return;
    }
    List<Lexicon.Hit> hits = WORDS.find(clause);
    int start = -1;
    int end = -1;
    Lexicon.Hit writer = null;
    boolean latin = false;
    for (int h = 0; h < hits.size(); h++) {
      Lexicon.Hit cue = hits.get(h);
      String kind = kind(cue);
      if (!kind.equals("work") && !kind.equals("job") && !kind.equals("relation") && !kind.equals("place")) {
        continue;
      }
      if (start >= 0) {
        // A further cue of the same description right after (我在厂里上班): the mask reaches it — not one of another
        // writer or one told as seen, nor a place of a writer who is no home.
        if (cue.start() - end <= NEXT && writerBefore(hits, h, kind) == writer && !interrupted(hits, end, cue.start())) {
          end = cue.end();
        }
        continue;
      }
      Lexicon.Hit found = writerBefore(hits, h, kind);
      if (found == null || cue.start() - found.start() > (kind.equals("place") && !isLatin(cue.entry().phrase().charAt(0)) ? NEAR_PLACE : near(cue))) {
        continue;
      }
      writer = found;
      start = writer.start();
      end = cue.end();
      latin = isLatin(cue.entry().phrase().charAt(0));
    }
    if (start < 0) {
      return;
    }
    end = latin ? latinEnd(clause, hits, end) : (clause.length() - end <= TAIL ? clause.length() : end);
    out.add(new int[] {from + start, from + end});
  }

  /**
   * The writer this cue describes: the nearest first person before it (a home for a place), with nothing between them
   * telling what the writer saw or heard, and for a post a copula between ("我是…电工"; "I'm a driver").
   */
  private static Lexicon.Hit writerBefore(List<Lexicon.Hit> hits, int cue, String kind) {
    boolean is = false;
    for (int h = cue - 1; h >= 0; h--) {
      Lexicon.Hit w = hits.get(h);
      String k = kind(w);
      switch (k) {
        case "seen", "not":
          return null;
        case "is":
          is = true;
          break;
        case "first", "home":
          if (kind.equals("place") && !k.equals("home")) {
            return null;
          }
          String p = w.entry().phrase();
          if (kind.equals("job") && !is && !(p.endsWith("'m") || p.endsWith("’m") || p.endsWith(" am")
              || p.endsWith(" was"))) {
            return null;
          }
          return w;
        default:
          break;
      }
    }
    return null;
  }

  /** Whether a writer, or something seen or denied, lies between {@code from} and {@code to}. */
  private static boolean interrupted(List<Lexicon.Hit> hits, int from, int to) {
    for (Lexicon.Hit h : hits) {
      if (h.start() >= from && h.end() <= to) {
        String k = kind(h);
        if (k.equals("first") || k.equals("home") || k.equals("seen") || k.equals("not")) {
          return true;
        }
      }
    }
    return false;
  }

  /** In English the description runs to the clause's end or to the next clause inside it (… and see them dump). */
  private static int latinEnd(String clause, List<Lexicon.Hit> hits, int end) {
    for (Lexicon.Hit h : hits) {
      if (h.start() >= end && kind(h).equals("stop")) {
        int e = h.start();
        while (e > end && Character.isWhitespace(clause.charAt(e - 1))) {
          e--;
        }
        return e;
      }
    }
    int e = clause.length();
    while (e > end && Character.isWhitespace(clause.charAt(e - 1))) {
      e--;
    }
    return e;
  }

  private static int near(Lexicon.Hit cue) {
    return isLatin(cue.entry().phrase().charAt(0)) ? NEAR_LATIN : NEAR_HAN;
  }

  private static String kind(Lexicon.Hit h) {
    return h.entry().columns().length == 0 ? "" : h.entry().columns()[0];
  }

  private static boolean isLatin(char c) {
    return c < 0x3000;
  }

  /** A clause without a first person holds no self-description: most clauses are skipped without the word search. */
  private static boolean mayHold(String clause) {
    for (int i = 0; i < clause.length(); i++) {
      char c = clause.charAt(i);
      if (c == '我' || c == '俺' || c == '咱' || c == '本' || c == 'I' || c == 'i' || c == 'M' || c == 'm' || c == 'W'
          || c == 'w' || c == 'O' || c == 'o') {
        return true;
      }
    }
    return false;
  }
}
