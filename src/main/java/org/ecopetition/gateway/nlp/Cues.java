package org.ecopetition.gateway.nlp;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A cheap pre-check before a pattern scan: a pattern whose every match starts with one of a few characters
 * cannot match a text that has none of them. The extractor runs some thirty patterns on every message; most
 * of them find nothing, and this is how they find nothing quickly.
 */
final class Cues {
  private Cues() {}

  /** Whether the text contains any of the characters (case-sensitive). */
  static boolean any(String text, String chars) {
    for (int i = 0; i < text.length(); i++) {
      if (chars.indexOf(text.charAt(i)) >= 0) {
        return true;
      }
    }
    return false;
  }

  /**
   * The same first match as {@code pattern.matcher(text).find()} for a pattern whose every match starts
   * with one of {@code firsts}, tried only where one of them stands: java.util.regex tries every
   * alternative of an alternation at every position, which is most of the cost of the name and address
   * patterns. Null when there is none. (CuesTest checks each such pair against find().)
   */
  static Matcher find(Pattern pattern, String text, String firsts) {
    int i = 0;
    while (i < text.length() && firsts.indexOf(text.charAt(i)) < 0) {
      i++;
    }
    if (i == text.length()) {
      return null; // most texts: no matcher made (one per pattern and message was a good part of the garbage)
    }
    Matcher m = pattern.matcher(text);
    return find(m, text, i, firsts) ? m : null;
  }

  /** The next match of a matcher over text at or after {@code from}, as find() would give it; the region is changed. */
  static boolean find(Matcher m, String text, int from, String firsts) {
    return find(m, text, from, text.length(), firsts);
  }

  /** The same within [from, to), as find() in that region would give it (for patterns without look-around or anchors). */
  static boolean find(Matcher m, String text, int from, int to, String firsts) {
    // Transparent and non-anchoring bounds: look-behind, look-ahead and ^ see the whole text, as with find().
    m.useTransparentBounds(true).useAnchoringBounds(false);
    for (int i = from; i < to; i++) {
      if (firsts.indexOf(text.charAt(i)) >= 0 && m.region(i, to).lookingAt()) {
        return true;
      }
    }
    return false;
  }
}
