package org.ecopetition.gateway.nlp;

/**
 * How many people or households the text says are affected, as written and never turned into another
 * number: {@code text} is the words ("几百户"), {@code unit} person, household, village, community (小区),
 * building or town, {@code count} the one number stated (null for a range or a vague number), {@code min} and
 * {@code max} the bounds the words give (null when open): "几百户" → household, null, 200, 999; "30户" →
 * household, 30, 30, 30; "上千人" → person, null, 1000, null; "全村" → village, 1, 1, 1. {@code start} and
 * {@code end} index the normalised text, as the fields do.
 */
public record Affected(String text, String unit, Integer count, Integer min, Integer max, int start, int end) {
  /** The count a text says, as written ({@code null} when it gives none): the extractor's reading of it alone. */
  public static Affected in(String text) {
    return text == null ? null : Counts.find(Normaliser.normalise(text));
  }
}
