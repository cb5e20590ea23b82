package org.ecopetition.gateway.nlp;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.ecopetition.gateway.tsv.Tsv;

/** A phrase list from nlp-models/lexicon (tab-separated columns after the phrase), matched longest first. */
final class Lexicon {
  record Entry(String phrase, String[] columns) {}

  record Hit(Entry entry, int start, int end) {}

  private final List<Entry> entries;
  /** The phrases by their characters (the first entry of a phrase listed twice): a scan walks only what starts here. */
  private final CharTrie<Entry> trie = new CharTrie<>();
  private final int longest;

  private Lexicon(List<Entry> entries) {
    entries.sort(Comparator.comparingInt((Entry e) -> e.phrase().length()).reversed());
    this.entries = List.copyOf(entries);
    for (Entry e : this.entries) {
      trie.putIfAbsent(e.phrase(), e);
    }
    longest = this.entries.isEmpty() ? 0 : this.entries.get(0).phrase().length();
  }

  /** A lexicon of plain phrases, without columns. */
  static Lexicon of(List<String> phrases) {
    List<Entry> list = new ArrayList<>();
    phrases.forEach(p -> list.add(new Entry(p.toLowerCase(Locale.ROOT), new String[0])));
    return new Lexicon(list);
  }

  static Lexicon bundled(String path) {
    try (InputStream in = Lexicon.class.getResourceAsStream("/nlp-models/lexicon/" + path)) {
      if (in == null) {
        throw new IllegalStateException("nlp-models/lexicon/" + path + " is missing from the class path");
      }
      List<Entry> list = new ArrayList<>();
      for (Tsv.Row row : Tsv.read(in)) {
        String[] f = row.fields();
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

  /** Every non-overlapping occurrence, left to right, the longest phrase at each place. */
  List<Hit> find(String text) {
    String lower = text.toLowerCase(Locale.ROOT);
    List<Hit> hits = new ArrayList<>();
    Entry[] here = new Entry[longest]; // the phrases that start at i, shortest first
    int i = 0;
    while (i < lower.length()) {
      int found = 0;
      CharTrie.Node<Entry> n = trie.first(lower.charAt(i), i + 1 < lower.length() ? lower.charAt(i + 1) : -1);
      for (int j = i + 1; n != null; n = j < lower.length() ? n.next(lower.charAt(j++)) : null) {
        if (n.value() != null) {
          here[found++] = n.value();
        }
      }
      Hit hit = null;
      for (int k = found - 1; k >= 0 && hit == null; k--) {
        int end = i + here[k].phrase().length();
        if (wordBoundary(lower, i, end, here[k].phrase())) {
          hit = new Hit(here[k], i, end);
        }
      }
      if (hit != null) {
        hits.add(hit);
        i = hit.end();
      } else {
        i++;
      }
    }
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
