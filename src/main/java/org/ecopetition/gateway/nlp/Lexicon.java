package org.ecopetition.gateway.nlp;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/** A phrase list from nlp-models/lexicon (tab-separated columns after the phrase), matched longest first. */
final class Lexicon {
  record Entry(String phrase, String[] columns) {}

  record Hit(Entry entry, int start, int end) {}

  private final List<Entry> entries;

  private Lexicon(List<Entry> entries) {
    entries.sort(Comparator.comparingInt((Entry e) -> e.phrase().length()).reversed());
    this.entries = List.copyOf(entries);
  }

  static Lexicon bundled(String path) {
    try (InputStream in = Lexicon.class.getResourceAsStream("/nlp-models/lexicon/" + path)) {
      if (in == null) {
        throw new IllegalStateException("nlp-models/lexicon/" + path + " is missing from the class path");
      }
      List<Entry> list = new ArrayList<>();
      BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      String line;
      while ((line = r.readLine()) != null) {
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String[] f = line.split("\t", -1);
        String[] cols = new String[f.length - 1];
        System.arraycopy(f, 1, cols, 0, cols.length);
        list.add(new Entry(f[0].toLowerCase(Locale.ROOT), cols));
      }
      return new Lexicon(list);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  List<Entry> entries() {
    return entries;
  }

  /** Every non-overlapping occurrence, in text order; the longest phrase wins where two overlap. */
  List<Hit> find(String text) {
    String lower = text.toLowerCase(Locale.ROOT);
    boolean[] taken = new boolean[lower.length()];
    List<Hit> hits = new ArrayList<>();
    for (Entry e : entries) {
      int from = 0;
      int i;
      while ((i = lower.indexOf(e.phrase(), from)) >= 0) {
        int end = i + e.phrase().length();
        boolean free = true;
        for (int k = i; k < end; k++) {
          free &= !taken[k];
        }
        if (free && wordBoundary(lower, i, end, e.phrase())) {
          for (int k = i; k < end; k++) {
            taken[k] = true;
          }
          hits.add(new Hit(e, i, end));
        }
        from = i + 1;
      }
    }
    hits.sort(Comparator.comparingInt(Hit::start));
    return hits;
  }

  /** Latin phrases match whole Latin words only ("fire" is not in "fireworks"); Chinese ones anywhere. */
  private static boolean wordBoundary(String s, int start, int end, String phrase) {
    if (!latin(phrase.charAt(0))) {
      return true;
    }
    boolean before = start == 0 || !latin(s.charAt(start - 1));
    boolean after = end == s.length() || !latin(s.charAt(end));
    return before && after;
  }

  private static boolean latin(char c) {
    return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z';
  }
}
