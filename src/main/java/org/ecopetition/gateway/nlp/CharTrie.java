package org.ecopetition.gateway.nlp;

import java.util.Arrays;

/**
 * Phrases by their characters, for the longest-match scans of the gazetteer and the lexicons: walking the
 * text from a position visits only the phrases that start there, with neither substrings nor boxed
 * characters (the scans run at every position of every message). Built once, then read-only: thread-safe.
 */
final class CharTrie<V> {
  /** One character further; {@code value} is set where a phrase ends. */
  static final class Node<V> {
    private char[] keys = new char[0];
    private Node<V>[] kids = newArray(0);
    /**
     * For a node of more than eight children, the same children in an open-addressing table by a hash of the character
     * (an empty slot has no kid): found in a probe or two instead of a binary search among hundreds (the gazetteer's
     * second characters, asked at nearly every position). Made as children are added.
     */
    private char[] hashed;
    private Node<V>[] hashedKids;
    private int shift;
    private V value;
    /**
     * The number of children, and the child of a node that has one, held in the node itself: most nodes past the first
     * characters are a leaf or go on one way only, and are answered without reading their arrays (a walk's time is
     * mostly its loads, one dependent on the other).
     */
    private int size;
    private char onlyKey;
    private Node<V> onlyKid;

    V value() {
      return value;
    }

    /** The node one character further, or null when no phrase goes on with that character. */
    Node<V> next(char c) {
      int n = size;
      if (n == 1) {
        return onlyKey == c ? onlyKid : null;
      }
      if (n == 0) {
        return null;
      }
      char[] ks = keys;
      if (n <= 8) { // most nodes have a few children: a linear look beats the binary search's calls
        for (int k = 0; k < ks.length; k++) {
          if (ks[k] == c) {
            return kids[k];
          }
        }
        return null;
      }
      char[] h = hashed;
      Node<V>[] hk = hashedKids;
      int mask = h.length - 1;
      for (int at = c * 0x9E3779B1 >>> shift; ; at = at + 1 & mask) {
        Node<V> kid = hk[at];
        if (kid == null || h[at] == c) {
          return kid;
        }
      }
    }

    /** Makes the hash table of the children again (a node of more than eight). */
    private void rehash() {
      int size = Integer.highestOneBit(keys.length) * 4; // at most half full
      char[] h = new char[size];
      Node<V>[] hk = newArray(size);
      int sh = 32 - Integer.numberOfTrailingZeros(size);
      for (int k = 0; k < keys.length; k++) {
        int at = keys[k] * 0x9E3779B1 >>> sh;
        while (hk[at] != null) {
          at = at + 1 & size - 1;
        }
        h[at] = keys[k];
        hk[at] = kids[k];
      }
      hashed = h;
      hashedKids = hk;
      shift = sh;
    }

    @SuppressWarnings("unchecked")
    private static <V> Node<V>[] newArray(int n) {
      return (Node<V>[]) new Node<?>[n];
    }
  }

  private final Node<V> root = new Node<>();
  /**
   * The first level by the character itself, in pages of 256 characters made only where phrases start: the
   * scans ask at every position of every message, and a binary search among the thousands of first
   * characters of the gazetteer was a good part of their time. Filled in step with {@code root}.
   */
  @SuppressWarnings("unchecked")
  private final Node<V>[][] firstPages = (Node<V>[][]) new Node<?>[256][];

  /** The node after a phrase's first character, or null when no phrase starts with it. */
  Node<V> first(char c) {
    Node<V>[] page = firstPages[c >>> 8];
    return page == null ? null : page[c & 0xff];
  }

  /**
   * Which characters are a phrase alone (one bit each), and which pairs begin a longer phrase (by a hash of the two: a
   * bit set may be another pair's, a clear bit is sure). The scans start a walk at every position of every message, and
   * at most positions no phrase starts: two small bit sets that stay in the cache say so, where the walk read the first
   * page, the node and its children's table, each a load dependent on the last and mostly a miss (the tries are large).
   */
  private final long[] singles = new long[1 << 10];
  private final long[] pairs = new long[1 << (PAIR_BITS - 6)];
  private static final int PAIR_BITS = 17;

  /**
   * The node after {@code c}, as {@link #first(char)} gives it, where a phrase may start with {@code c} followed by
   * {@code next} (the character the walk reads next; -1 at the end of what is walked); null, without reading a node, where
   * surely none does: neither {@code c} alone nor a longer phrase beginning with both. A walk from it finds the same.
   */
  Node<V> first(char c, int next) {
    if ((singles[c >>> 6] & 1L << c) == 0) {
      if (next < 0) {
        return null;
      }
      int h = pair(c, (char) next);
      if ((pairs[h >>> 6] & 1L << h) == 0) {
        return null;
      }
    }
    return first(c);
  }

  private static int pair(char c, char next) {
    return (c << 16 | next) * 0x9E3779B1 >>> (32 - PAIR_BITS);
  }

  /**
   * The value of the phrase text[start, end), as a map of the same phrases would give it for that substring,
   * without making it; null when it is no phrase. Bounds as String.substring's (start < end here).
   */
  V get(String text, int start, int end) {
    if (start < 0 || end > text.length() || start >= end) {
      throw new StringIndexOutOfBoundsException("begin " + start + ", end " + end + ", length " + text.length());
    }
    // the bit sets first: most substrings asked are no phrase, and are told so without a node
    Node<V> n = first(text.charAt(start), end - start > 1 ? text.charAt(start + 1) : -1);
    for (int k = start + 1; n != null && k < end; k++) {
      n = n.next(text.charAt(k));
    }
    return n == null ? null : n.value();
  }

  /** Adds a phrase; a phrase already present keeps its first value. */
  void putIfAbsent(String phrase, V value) {
    if (phrase.length() == 1) {
      singles[phrase.charAt(0) >>> 6] |= 1L << phrase.charAt(0);
    } else if (phrase.length() > 1) {
      int h = pair(phrase.charAt(0), phrase.charAt(1));
      pairs[h >>> 6] |= 1L << h;
    }
    Node<V> n = root;
    for (int i = 0; i < phrase.length(); i++) {
      char c = phrase.charAt(i);
      int k = Arrays.binarySearch(n.keys, c);
      if (k < 0) {
        k = -k - 1;
        char[] keys = new char[n.keys.length + 1];
        Node<V>[] kids = Node.newArray(n.kids.length + 1);
        System.arraycopy(n.keys, 0, keys, 0, k);
        System.arraycopy(n.kids, 0, kids, 0, k);
        keys[k] = c;
        kids[k] = new Node<>();
        System.arraycopy(n.keys, k, keys, k + 1, n.keys.length - k);
        System.arraycopy(n.kids, k, kids, k + 1, n.kids.length - k);
        n.keys = keys;
        n.kids = kids;
        n.size = keys.length;
        n.onlyKey = keys[0];
        n.onlyKid = kids[0];
        if (n != root && keys.length > 8) {
          n.rehash(); // the root is never walked by next(): its children are the first pages
        }
      }
      n = n.kids[k];
      if (i == 0) {
        if (firstPages[c >>> 8] == null) {
          firstPages[c >>> 8] = Node.newArray(256);
        }
        firstPages[c >>> 8][c & 0xff] = n;
      }
    }
    if (n.value == null) {
      n.value = value;
    }
  }
}
