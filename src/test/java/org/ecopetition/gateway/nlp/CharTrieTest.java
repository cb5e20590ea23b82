package org.ecopetition.gateway.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;

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
}
