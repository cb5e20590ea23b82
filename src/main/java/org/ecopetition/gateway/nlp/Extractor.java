package org.ecopetition.gateway.nlp;

/**
 * Understands one petitioner text. Implementations are pure and thread-safe but may be slow (segmentation,
 * classifiers): callers run them on a worker pool, never on an event loop.
 */
public interface Extractor {
  /** Texts longer than this are analysed only up to it (the rest is kept, not read). */
  int MAX_CHARS = 4000;

  Extraction extract(String text);

  /**
   * The identity spans to mask in a copy of {@code text} that others will read: {@code spans} (this extractor's, or
   * kept from an earlier reading) and what this extractor reads only for a copy — the names of a learned name finder,
   * too costly to run on every message. By default the spans as they are.
   */
  default java.util.List<Identity> forRedaction(String text, java.util.List<Identity> spans) {
    return spans;
  }
}
