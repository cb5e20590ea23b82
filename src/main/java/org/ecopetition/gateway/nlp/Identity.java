package org.ecopetition.gateway.nlp;

/**
 * One mention of a person's identity in the text as received: a name, a phone number, an ID number or a
 * residence address, the writer's ({@code petitioner}) or someone else's ({@code third}). {@code start} and
 * {@code end} index the raw text (UTF-16 code units, as Java and JavaScript index strings), so that a copy
 * of it can be masked before it reaches anyone the petitioner's identity must not reach (Art 23–24).
 */
public record Identity(String type, String whose, int start, int end) {
  public static final String NAME = "name";
  public static final String PHONE = "phone";
  public static final String ID = "id";
  public static final String ADDRESS = "address";
  /**
   * The writer's description of themselves by their place at or beside the reported party ({@link SelfDescriptions}):
   * no span of the extractor's, a type of what a copy masks, so that a copy's placeholders still align on the original.
   */
  public static final String SELF = "self";
  public static final String PETITIONER = "petitioner";
  public static final String THIRD = "third";

  /** The text with every span replaced, character for character, by {@code mask}: what is stored for others. */
  public static String mask(String text, java.util.List<Identity> spans, char mask) {
    char[] c = text.toCharArray();
    for (Identity i : spans) {
      for (int k = Math.max(0, i.start()); k < Math.min(c.length, i.end()); k++) {
        if (!Character.isWhitespace(c[k])) {
          c[k] = mask;
        }
      }
    }
    return new String(c);
  }
}
