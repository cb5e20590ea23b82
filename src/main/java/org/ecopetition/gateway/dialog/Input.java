package org.ecopetition.gateway.dialog;

import java.time.Duration;
import org.ecopetition.gateway.nlp.Extraction;

/** One petitioner message as the engine sees it: the text, what the extractor read in it, and the pause before it. */
public record Input(String text, Extraction extraction, Duration idle) {
  public static Input of(String text) {
    return new Input(text, Extraction.NONE, Duration.ZERO);
  }
}
