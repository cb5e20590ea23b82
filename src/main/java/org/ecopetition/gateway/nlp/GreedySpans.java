package org.ecopetition.gateway.nlp;

/**
 * The spans of a left-to-right decoder with one model evaluation a token (the learned name finder and the polluter
 * finder): a token is in a span where P(start) + P(continue) is at least the threshold, a span goes on while P(continue)
 * is at least P(start), and a span's probability is the mean of its tokens'. One place for the rule, so that both
 * finders read spans the same way.
 */
final class GreedySpans {
  /** Where a span goes: its first and last characters (start inclusive, end exclusive) and its probability. */
  interface Sink {
    void span(int start, int end, double probability);
  }

  private final LearnedNames.Tokenised tokens;
  private final double at;
  private final Sink out;
  private int from = -1;
  private double sum;

  GreedySpans(LearnedNames.Tokenised tokens, double at, Sink out) {
    this.tokens = tokens;
    this.at = at;
    this.out = out;
  }

  /** Token {@code i}'s probabilities, tokens in order; answers where it stands: 'o' outside, 's' a start, 'c' inside. */
  char next(int i, double start, double cont) {
    double name = start + cont;
    boolean in = name >= at;
    boolean continues = in && from >= 0 && cont >= start;
    if (from >= 0 && !continues) {
      close(i);
    }
    if (in && from < 0) {
      from = i;
      sum = 0;
    }
    if (in) {
      sum += name;
    }
    return !in ? 'o' : from == i ? 's' : 'c';
  }

  /** The tokens end before {@code to}: a span still open ends there. */
  void end(int to) {
    if (from >= 0) {
      close(to);
    }
  }

  private void close(int to) {
    out.span(tokens.starts()[from], tokens.ends()[to - 1], sum / (to - from));
    from = -1;
  }
}
