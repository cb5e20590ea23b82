package org.ecopetition.gateway.nlp;

import java.util.List;
import java.util.Set;
import opennlp.tools.util.InvalidFormatException;
import opennlp.tools.util.featuregen.AdaptiveFeatureGenerator;
import opennlp.tools.util.featuregen.GeneratorFactory;

/**
 * The features of the learned name finder ({@link LearnedNames}) at one token (a Chinese character, a Latin word, a
 * run of digits, a mark, a space or a line break; see {@link LearnedNames#tokens}): the tokens two either side, the
 * bigrams and the three before and after (a cue: 联系人, 我叫, 电话), each token's class, and whether a token is a
 * surname of nlp-models/lexicon/names.tsv or a character of given names (lexicon/given-chars.txt) (carried in the model's descriptor, so the model is whole without the
 * lexicon). Public, with a public factory: OpenNLP makes them by name from the model's descriptor.
 */
public final class NameFeatures implements AdaptiveFeatureGenerator {
  private final Set<Character> surnames;
  private final Set<String> compounds;
  private final Set<Character> given;

  NameFeatures(String surnames, String compounds, String given) {
    this.surnames = new java.util.HashSet<>();
    for (char c : surnames.toCharArray()) {
      this.surnames.add(c);
    }
    this.given = new java.util.HashSet<>();
    for (char c : given.toCharArray()) {
      this.given.add(c);
    }
    this.compounds = Set.of(compounds.isBlank() ? new String[0] : compounds.strip().split("\\s+"));
  }

  @Override
  public void createFeatures(List<String> f, String[] t, int i, String[] previousOutcomes) {
    String w0 = t[i];
    String wm1 = at(t, i - 1);
    String wm2 = at(t, i - 2);
    String wp1 = at(t, i + 1);
    String wp2 = at(t, i + 2);
    f.add("w=" + w0);
    f.add("w-1=" + wm1);
    f.add("w-2=" + wm2);
    f.add("w+1=" + wp1);
    f.add("w+2=" + wp2);
    f.add("b-1=" + wm1 + w0);
    f.add("b+1=" + w0 + wp1);
    f.add("b-2=" + wm2 + wm1);
    f.add("b+2=" + wp1 + wp2);
    f.add("l3=" + at(t, i - 3) + wm2 + wm1);
    f.add("r3=" + wp1 + wp2 + at(t, i + 3));
    String c0 = kind(w0);
    String cm1 = kind(wm1);
    String cp1 = kind(wp1);
    f.add("c=" + c0);
    f.add("c-1=" + cm1 + c0);
    f.add("c+1=" + c0 + cp1);
    f.add("c3=" + cm1 + c0 + cp1);
    boolean s0 = surname(w0);
    boolean sm1 = surname(wm1);
    boolean sm2 = surname(wm2);
    if (s0) {
      f.add("s0");
      f.add("s0w+1=" + wp1);
      f.add("s0w-1=" + wm1);
    }
    if (sm1) {
      f.add("s-1");
      f.add("s-1w=" + w0);
    }
    if (sm2) {
      f.add("s-2");
    }
    if (surname(wp1)) {
      f.add("s+1");
    }
    boolean g0 = given(w0);
    boolean gp1 = given(wp1);
    boolean gm1 = given(wm1);
    f.add("g=" + (gm1 ? "1" : "0") + (g0 ? "1" : "0") + (gp1 ? "1" : "0") + (given(wp2) ? "1" : "0"));
    f.add("sg=" + (sm2 ? "1" : "0") + (sm1 ? "1" : "0") + (s0 ? "1" : "0") + (gm1 ? "1" : "0") + (g0 ? "1" : "0") + (gp1 ? "1" : "0"));
    if (compounds.contains(w0 + wp1)) {
      f.add("cs0");
    }
    if (compounds.contains(wm1 + w0)) {
      f.add("cs-1");
    }
  }

  private boolean surname(String w) {
    return w.length() == 1 && surnames.contains(w.charAt(0));
  }

  private boolean given(String w) {
    return w.length() == 1 && given.contains(w.charAt(0));
  }

  private static String at(String[] t, int i) {
    return i < 0 ? "^" : i >= t.length ? "$" : t[i];
  }

  /** H a Chinese character, A a capitalised Latin word, a another, D digits, _ a space, N a line break, P the rest. */
  static String kind(String w) {
    if (w.equals("^") || w.equals("$")) {
      return w;
    }
    char c = w.charAt(0);
    if (Tokens.han(c)) {
      return "H";
    }
    if (c == '#') {
      return w.length() > 1 ? "D" : "P";
    }
    if (c == '_' && w.length() == 1) {
      return "_";
    }
    if (c == '⏎') {
      return "N";
    }
    if (c < 128 && Character.isLetter(c)) {
      return Character.isUpperCase(c) ? "A" : "a";
    }
    return "P";
  }

  /** Makes the generator from the descriptor's {@code <str name="surnames">} and {@code <str name="compounds">}. */
  public static final class Factory extends GeneratorFactory.AbstractXmlFeatureGeneratorFactory {
    public Factory() {}

    @Override
    public AdaptiveFeatureGenerator create() throws InvalidFormatException {
      return new NameFeatures(getStr("surnames"), getStr("compounds", ""), getStr("given", ""));
    }
  }
}
