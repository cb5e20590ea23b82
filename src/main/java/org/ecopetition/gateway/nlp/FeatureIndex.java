package org.ecopetition.gateway.nlp;

import java.util.Arrays;
import java.util.Map;

/**
 * Feature → its parameter index in each classifier, as one open-addressed table of 64-bit hashes with the
 * indices of all the models side by side: a look-up reads one slot of keys and one run of indices, where a
 * HashMap of strings follows four references (table, entry, key, its characters) for each of some two
 * hundred features a message has — on a busy machine most of the cost of classifying. Two features with
 * the same 64-bit hash are refused when the table is built; a feature no model knows matching a known
 * one's hash has a chance of about one in 10^14 per message. Read-only after building: thread-safe.
 */
final class FeatureIndex {
  private final long[] keys;
  private final int[] slots;
  private final int width;
  private final int mask;

  /** From feature → index per model (-1 where a model does not know it); null when two features collide. */
  static FeatureIndex of(Map<String, int[]> features, int width) {
    int capacity = Integer.highestOneBit(Math.max(16, features.size() * 2 - 1)) << 1;
    FeatureIndex t = new FeatureIndex(capacity, width);
    for (Map.Entry<String, int[]> e : features.entrySet()) {
      if (!t.put(hash(e.getKey()), e.getValue())) {
        return null;
      }
    }
    return t;
  }

  private FeatureIndex(int capacity, int width) {
    this.keys = new long[capacity];
    this.slots = new int[capacity * width];
    this.width = width;
    this.mask = capacity - 1;
  }

  private boolean put(long h, int[] at) {
    int i = (int) h & mask;
    while (keys[i] != 0) {
      if (keys[i] == h) {
        return false;
      }
      i = i + 1 & mask;
    }
    keys[i] = h;
    System.arraycopy(at, 0, slots, i * width, width);
    return true;
  }

  /** Where a feature stands in the table, or -1 when no model knows it. */
  int find(String feature) {
    return slot(hash(feature));
  }

  /**
   * Where the feature {@code prefix + s} stands, or -1, without making it: {@code state} is
   * {@link #state(String)} of the prefix.
   */
  int find(long state, String s) {
    return slot(mix(fnv(state, s)));
  }

  /** Where the feature {@code prefix + a + b + c} stands, or -1, without making it (a bigram token "#ab"). */
  int find(long state, char a, char b, char c) {
    long h = (state ^ a) * 0x100000001b3L; // fnv's steps, one per character
    h = (h ^ b) * 0x100000001b3L;
    h = (h ^ c) * 0x100000001b3L;
    return slot(mix(h));
  }

  /** The slot holding hash {@code h}, or -1. */
  private int slot(long h) {
    int i = (int) h & mask;
    while (keys[i] != 0) {
      if (keys[i] == h) {
        return i;
      }
      i = i + 1 & mask;
    }
    return -1;
  }

  /** The hash's state after a prefix, to go on with {@link #find(long, String)}. */
  static long state(String prefix) {
    return fnv(0xcbf29ce484222325L, prefix);
  }

  /** The index in model {@code model} of the feature at {@code at} (from find), -1 where it is unknown there. */
  int index(int at, int model) {
    return slots[at * width + model];
  }

  /** FNV-1a over the characters, then a mixing step so that the low bits (the slot) depend on them all; never 0. */
  static long hash(String s) {
    return mix(fnv(0xcbf29ce484222325L, s));
  }

  private static long fnv(long state, String s) {
    long h = state;
    for (int i = 0; i < s.length(); i++) {
      h = (h ^ s.charAt(i)) * 0x100000001b3L;
    }
    return h;
  }

  private static long mix(long fnv) {
    long h = fnv;
    h ^= h >>> 33;
    h *= 0xff51afd7ed558ccdL;
    h ^= h >>> 33;
    return h == 0 ? 1 : h;
  }

  @Override
  public String toString() {
    return "FeatureIndex[" + Arrays.stream(keys).filter(k -> k != 0).count() + " features]";
  }
}
