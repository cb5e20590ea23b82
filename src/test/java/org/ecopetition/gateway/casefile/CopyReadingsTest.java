package org.ecopetition.gateway.casefile;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.ecopetition.gateway.nlp.Extraction;
import org.ecopetition.gateway.nlp.Extractor;
import org.ecopetition.gateway.nlp.Identity;
import org.junit.jupiter.api.Test;

/** What is read for a copy is read once per text and spans, and given as the extractor gives it. */
class CopyReadingsTest {
  /** An extractor whose copy reading adds a name at the text's start, and counts its readings. */
  private static final class Counting implements Extractor {
    final AtomicInteger reads = new AtomicInteger();

    @Override
    public Extraction extract(String text) {
      return new Extraction(java.util.Map.of(), List.of(), List.of(), null);
    }

    @Override
    public List<Identity> forRedaction(String text, List<Identity> spans) {
      reads.incrementAndGet();
      List<Identity> out = new ArrayList<>(spans);
      out.add(new Identity(Identity.NAME, "other", 0, 2));
      return out;
    }
  }

  @Test
  void aTextReadForACopyIsReadOnceAndGivenTheSame() {
    Counting inner = new Counting();
    CopyReadings c = new CopyReadings(inner);
    List<Identity> phone = List.of(new Identity(Identity.PHONE, Identity.PETITIONER, 5, 16));
    List<Identity> first = c.forRedaction("王五说电话13800001111", phone);
    List<Identity> again = c.forRedaction("王五说电话13800001111", phone);
    assertThat(again).isEqualTo(first).isEqualTo(inner.forRedaction("王五说电话13800001111", phone));
    assertThat(inner.reads.get()).as("the model read once for two copies, once more by the test").isEqualTo(2);
  }

  @Test
  void anotherTextOrOtherSpansAreReadAgain() {
    Counting inner = new Counting();
    CopyReadings c = new CopyReadings(inner);
    c.forRedaction("王五说电话13800001111", List.of());
    c.forRedaction("王五说电话13800001112", List.of());
    c.forRedaction("王五说电话13800001111", List.of(new Identity(Identity.NAME, Identity.PETITIONER, 0, 2)));
    assertThat(inner.reads.get()).isEqualTo(3);
    assertThat(CopyReadings.key("甲", List.of())).isNotEqualTo(CopyReadings.key("乙", List.of()));
  }
}
