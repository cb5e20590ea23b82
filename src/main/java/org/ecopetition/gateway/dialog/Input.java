package org.ecopetition.gateway.dialog;

import java.time.Duration;
import org.ecopetition.gateway.nlp.Extraction;

/**
 * One petitioner message as the engine sees it: the text, what the extractor read in it, and the pause before it;
 * {@code held}: what the extractor read in the message held while the petitioner was asked whether it adds to the case
 * just registered ({@link DialogEngine#held}), when this message may release it as a new matter (null: not read).
 */
public record Input(String text, Extraction extraction, Duration idle, Extraction held) {
  public Input(String text, Extraction extraction, Duration idle) {
    this(text, extraction, idle, null);
  }

  public static Input of(String text) {
    return new Input(text, Extraction.NONE, Duration.ZERO);
  }
}
