package org.ecopetition.gateway.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class GreedySpansTest {
  // Four tokens of two characters each: 0-2, 2-4, 4-6, 6-8.
  private static final LearnedNames.Tokenised FOUR = new LearnedNames.Tokenised(new String[] {"甲", "乙", "丙", "丁"},
      new int[] {0, 2, 4, 6}, new int[] {2, 4, 6, 8});

  private record Span(int start, int end, double probability) {}

  @Test
  void aSpanRunsWhileContinueOutweighsStartAndEndsAtTheEnd() {
    List<Span> out = new ArrayList<>();
    GreedySpans spans = new GreedySpans(FOUR, 0.5, (s, e, p) -> out.add(new Span(s, e, p)));
    assertThat(spans.next(0, 0.1, 0.1)).isEqualTo('o');
    assertThat(spans.next(1, 0.6, 0.2)).isEqualTo('s');
    assertThat(spans.next(2, 0.1, 0.7)).isEqualTo('c');
    assertThat(spans.next(3, 0.1, 0.9)).isEqualTo('c');
    spans.end(4);
    assertThat(out).hasSize(1);
    assertThat(out.get(0).start()).isEqualTo(2);
    assertThat(out.get(0).end()).isEqualTo(8);
    assertThat(out.get(0).probability()).isCloseTo((0.8 + 0.8 + 1.0) / 3, org.assertj.core.data.Offset.offset(1e-9));
  }

  @Test
  void aStartThatOutweighsContinueOpensANewSpanAndALowTokenClosesOne() {
    List<Span> out = new ArrayList<>();
    GreedySpans spans = new GreedySpans(FOUR, 0.5, (s, e, p) -> out.add(new Span(s, e, p)));
    assertThat(spans.next(0, 0.9, 0.0)).isEqualTo('s');
    assertThat(spans.next(1, 0.75, 0.25)).isEqualTo('s');
    assertThat(spans.next(2, 0.1, 0.2)).isEqualTo('o');
    assertThat(spans.next(3, 0.3, 0.3)).isEqualTo('s');
    spans.end(4);
    assertThat(out).containsExactly(new Span(0, 2, 0.9), new Span(2, 4, 1.0), new Span(6, 8, 0.6));
  }
}
