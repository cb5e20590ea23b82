package org.ecopetition.gateway.nlp;

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
}
