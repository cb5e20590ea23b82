package org.ecopetition.gateway.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The trie answers as a map of the same phrases would, for every substring of a text: through nodes with no child, one
 * child (held in the node), a few (a linear look) and many (the hash table), and the first-character pages.
 */
class CharTrieTest {
  @Test
  void answersAsAMapOfThePhrases() {
    Random r = new Random(14);
    // a small alphabet gives nodes of one, a few and many children; a wide one spreads the first pages
    String alphabet = "江河湖海山水厂村镇县市区路街道ab01" + "化工纺织印染造纸钢铁水泥砖瓦石料养殖屠宰餐饮洗浴汽修喷漆";
    Map<String, Integer> map = new HashMap<>();
    CharTrie<Integer> trie = new CharTrie<>();
    for (int k = 0; k < 3_000; k++) {
      StringBuilder p = new StringBuilder();
      int len = 1 + r.nextInt(6);
      for (int i = 0; i < len; i++) {
        p.append(alphabet.charAt(r.nextInt(k % 3 == 0 ? 6 : alphabet.length())));
      }
      map.putIfAbsent(p.toString(), k);
      trie.putIfAbsent(p.toString(), k);
    }
    for (int t = 0; t < 300; t++) {
      StringBuilder text = new StringBuilder();
      for (int i = 0; i < 40; i++) {
        text.append(r.nextInt(10) == 0 ? 'Z' : alphabet.charAt(r.nextInt(alphabet.length())));
      }
      String s = text.toString();
      for (int i = 0; i < s.length(); i++) {
        CharTrie.Node<Integer> n = trie.first(s.charAt(i));
        for (int j = i + 1; j <= s.length(); j++) {
          assertEquals(map.get(s.substring(i, j)), trie.get(s, i, j), s.substring(i, j));
          assertEquals(map.get(s.substring(i, j)), n == null ? null : n.value(), "walked " + s.substring(i, j));
          n = n == null || j == s.length() ? null : n.next(s.charAt(j));
        }
      }
    }
  }

  /**
   * The bit sets' pre-check: a walk from first(c, next) finds what a walk from first(c) finds, for every position of
   * random texts; every phrase's own start is let through (alone, or with its second character); and positions where
   * no phrase starts are told so without a node (most of them, with this alphabet).
   */
  @Test
  void firstWithTheNextCharacterSkipsOnlyWhereNoPhraseStarts() {
    Random r = new Random(23);
    String alphabet = "江河湖海山水厂村镇县市区路街道ab01化工纺织印染造纸钢铁水泥砖瓦石料养殖屠宰餐饮洗浴汽修喷漆";
    Map<String, Integer> map = new HashMap<>();
    CharTrie<Integer> trie = new CharTrie<>();
    for (int k = 0; k < 400; k++) {
      StringBuilder p = new StringBuilder();
      int len = k % 7 == 0 ? 1 : 2 + r.nextInt(4);
      for (int i = 0; i < len; i++) { // phrases of one character: the first six of the alphabet only
        p.append(alphabet.charAt(r.nextInt(len == 1 ? 6 : alphabet.length())));
      }
      map.putIfAbsent(p.toString(), k);
      trie.putIfAbsent(p.toString(), k);
    }
    for (String p : map.keySet()) {
      assertNotNull(trie.first(p.charAt(0), p.length() > 1 ? p.charAt(1) : -1), p);
    }
    int skipped = 0;
    int positions = 0;
    for (int t = 0; t < 300; t++) {
      StringBuilder text = new StringBuilder();
      for (int i = 0; i < 30; i++) {
        text.append(alphabet.charAt(r.nextInt(alphabet.length())));
      }
      String s = text.toString();
      for (int i = 0; i < s.length(); i++) {
        positions++;
        CharTrie.Node<Integer> gated = trie.first(s.charAt(i), i + 1 < s.length() ? s.charAt(i + 1) : -1);
        String longest = null;
        for (int j = i + 1; j <= s.length(); j++) {
          if (map.containsKey(s.substring(i, j))) {
            longest = s.substring(i, j);
          }
          assertEquals(map.get(s.substring(i, j)), trie.get(s, i, j), "get " + s.substring(i, j)); // get asks the bits too
        }
        if (gated == null) {
          skipped++;
          assertNull(longest, "a phrase starts here: " + s.substring(i));
          continue;
        }
        String walked = null;
        CharTrie.Node<Integer> n = gated;
        for (int j = i + 1; n != null; n = j < s.length() ? n.next(s.charAt(j++)) : null) {
          if (n.value() != null) {
            walked = s.substring(i, j);
          }
        }
        assertEquals(longest, walked, s.substring(i));
      }
    }
    assertTrue(skipped > positions / 2, skipped + " of " + positions + " positions skipped without a node");
  }
}
