package org.ecopetition.gateway.nlp;

/**
 * Understands one petitioner text. Implementations are pure and thread-safe but may be slow (segmentation,
 * classifiers): callers run them on a worker pool, never on an event loop.
 */
public interface Extractor {
  /** Texts longer than this are analysed only up to it (the rest is kept, not read). */
  int MAX_CHARS = 4000;

  Extraction extract(String text);
}
