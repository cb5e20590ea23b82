package org.ecopetition.gateway.metrics;

import org.ecopetition.gateway.nlp.Extraction;
import org.ecopetition.gateway.nlp.Extractor;

/** An extractor whose every extraction is timed: the wrapped one is unchanged. */
public final class TimedExtractor implements Extractor {
  private final Extractor inner;
  private final Metrics metrics;

  public TimedExtractor(Extractor inner, Metrics metrics) {
    this.inner = inner;
    this.metrics = metrics;
  }

  @Override
  public Extraction extract(String text) {
    long t0 = System.nanoTime();
    try {
      return inner.extract(text);
    } finally {
      metrics.extraction(System.nanoTime() - t0);
    }
  }

  @Override
  public java.util.List<org.ecopetition.gateway.nlp.Identity> forRedaction(String text,
      java.util.List<org.ecopetition.gateway.nlp.Identity> spans) {
    return inner.forRedaction(text, spans);
  }
}
