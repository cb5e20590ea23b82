package org.ecopetition.gateway.nlp;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import opennlp.tools.ml.model.MaxentModel;
import opennlp.tools.namefind.BioCodec;
import opennlp.tools.namefind.NameContextGenerator;
import opennlp.tools.namefind.TokenNameFinderModel;

/**
 * A learned person-name finder: a model trained by Apache OpenNLP's NameFinderME (maximum entropy, BIO outcomes) over the
 * text's tokens — each Chinese character one token, a Latin word, a run of digits, a mark, a space, a line break —
 * with the features of {@link NameFeatures}, trained on nlp-models/corpus/names.txt ({@code TrainModels … names}).
 * The rules close the forms they have seen; this reads names by their surroundings, to mask the forms they have not.
 * The model is read-only; the context generator keeps a cache, so each thread has its own.
 */
final class LearnedNames {
  /** A name the model found: its characters in the text given, and the model's probability of it. */
  record Found(int start, int end, double probability) {}

  /** The tokens of a text and where each stands. */
  record Tokenised(String[] tokens, int[] starts, int[] ends) {}

  private final MaxentModel model;
  /** The context generator keeps a cache of the last sentence's features: one per thread. */
  private final ThreadLocal<NameContextGenerator> contexts;
  private final int start;
  private final int cont;
  private final int other;

  private LearnedNames(TokenNameFinderModel m) {
    this.model = m.getArtifact("nameFinder.model");
    this.contexts = ThreadLocal.withInitial(() -> m.getFactory().createContextGenerator());
    this.start = model.getIndex("person-" + BioCodec.START);
    this.cont = model.getIndex("person-" + BioCodec.CONTINUE);
    this.other = model.getIndex(BioCodec.OTHER);
  }

  /** The model packed in the jar, read once per JVM; null when there is none (the rules decide alone). */
  static LearnedNames bundled() {
    return Holder.BUNDLED;
  }

  private static final class Holder {
    static final LearnedNames BUNDLED = read();

    private static LearnedNames read() {
      try (InputStream in = LearnedNames.class.getResourceAsStream("/nlp-models/models/names.bin")) {
        return in == null ? null : new LearnedNames(new TokenNameFinderModel(in));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }

  static LearnedNames of(TokenNameFinderModel model) {
    return new LearnedNames(model);
  }

  /** The names in {@code text} at probability 0.5 (see {@link #find(String, double)}). */
  List<Found> find(String text) {
    return find(text, 0.5);
  }

  /**
   * The names in {@code text}: left to right, a token is in a name where the model gives it a name's outcome
   * (start or continue) with probability {@code at} or more — not the beam's best sequence: for masking, a token
   * likely enough to be a name is one, and one model evaluation per token costs a third of a beam of three. A name's
   * probability is the mean of its tokens'.
   */
  List<Found> find(String text, double at) {
    Tokenised t = tokens(text);
    String[] tokens = t.tokens();
    int n = tokens.length;
    List<Found> out = new ArrayList<>();
    if (n == 0) {
      return out;
    }
    NameContextGenerator g = contexts.get();
    String[] outcomes = new String[n];
    double[] p = new double[model.getNumOutcomes()];
    GreedySpans spans = new GreedySpans(t, at, (a, b, probability) -> out.add(new Found(a, b, probability)));
    for (int i = 0; i < n; i++) {
      model.eval(g.getContext(i, tokens, outcomes, null), p);
      char where = spans.next(i, p[start], p[cont]);
      outcomes[i] = where == 'o' ? BioCodec.OTHER : where == 's' ? "person-" + BioCodec.START : "person-" + BioCodec.CONTINUE;
    }
    spans.end(n);
    return out;
  }

  /**
   * Each Chinese character (and any other letter outside Latin) a token; a run of Latin letters (with ' and -
   * inside) one, as written; a run of digits one, "#" and its length (#7 for seven or more: a number's digits say
   * nothing of a name); a run of spaces "_", of line breaks "⏎"; any other character itself.
   */
  static Tokenised tokens(String text) {
    int n = text.length();
    String[] tokens = new String[n];
    int[] starts = new int[n];
    int[] ends = new int[n];
    int k = 0;
    for (int i = 0; i < n; ) {
      char c = text.charAt(i);
      int j = i + 1;
      String tok;
      if (c < 128 && Character.isLetter(c)) {
        while (j < n && (text.charAt(j) < 128 && Character.isLetter(text.charAt(j))
            || "'’-".indexOf(text.charAt(j)) >= 0 && j + 1 < n && text.charAt(j + 1) < 128 && Character.isLetter(text.charAt(j + 1)))) {
          j++;
        }
        tok = text.substring(i, j);
      } else if (c >= '0' && c <= '9') {
        while (j < n && text.charAt(j) >= '0' && text.charAt(j) <= '9') {
          j++;
        }
        tok = "#" + Math.min(7, j - i);
      } else if (Character.isWhitespace(c)) {
        boolean line = c == '\n';
        while (j < n && Character.isWhitespace(text.charAt(j))) {
          line |= text.charAt(j) == '\n';
          j++;
        }
        tok = line ? "⏎" : "_";
      } else if (Character.isHighSurrogate(c) && j < n) {
        j++;
        tok = text.substring(i, j);
      } else {
        tok = String.valueOf(c);
      }
      tokens[k] = tok;
      starts[k] = i;
      ends[k] = j;
      k++;
      i = j;
    }
    return new Tokenised(java.util.Arrays.copyOf(tokens, k), java.util.Arrays.copyOf(starts, k), java.util.Arrays.copyOf(ends, k));
  }
}
