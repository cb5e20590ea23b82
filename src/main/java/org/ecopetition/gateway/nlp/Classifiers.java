package org.ecopetition.gateway.nlp;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import opennlp.tools.doccat.BagOfWordsFeatureGenerator;
import opennlp.tools.doccat.DoccatModel;
import opennlp.tools.doccat.FeatureGenerator;
import opennlp.tools.ml.maxent.GISModel;
import opennlp.tools.ml.model.AbstractModel;
import opennlp.tools.ml.model.Context;
import opennlp.tools.ml.model.EvalParameters;
import opennlp.tools.ml.model.MaxentModel;

/**
 * The trained OpenNLP document classifiers of nlp-models/models: intent, category (with Art 24's subtype),
 * the main pollution kind and urgency (Art 19). A text's features are computed once for all the models when they were
 * trained with the same feature generators (they are: the default bag of words), which is what OpenNLP's
 * categorizer would compute for each; the maxent models themselves are read-only, so thread-safe.
 * Each feature is looked up once for all the models, in one table of feature → its index in each model
 * ({@link FeatureIndex}; OpenNLP would look it up in each model's own map: most of the cost of classifying), and the models
 * are evaluated by OpenNLP's own GIS evaluation over those indices: the same probabilities.
 */
public final class Classifiers {
  public static final String[] NAMES = {"intent", "category", "kind", "urgency"};

  private final Map<String, MaxentModel> models = new LinkedHashMap<>();
  private final Map<String, FeatureGenerator[]> generators = new HashMap<>();
  /** The feature generators' description from each model's manifest: equal descriptions, equal features. */
  private final Map<String, String> featureKinds = new HashMap<>();
  /** Per model (in the order of {@link #NAMES}): its parameters, or null when it is absent or not a GIS model. */
  private final EvalParameters[] params = new EvalParameters[NAMES.length];
  /** Feature → its index in each model's parameters (-1 where the model does not know it), while loading. */
  private final Map<String, int[]> index = new HashMap<>();
  /** The same as a compact table, once every model is read; null while loading (or if two features collide). */
  private FeatureIndex table;
  /**
   * Per feature description: the hash state of the prefix its one generator puts before each token ("bow="),
   * when the generator is checked to do only that; the tokens are then located without making the features.
   */
  private final Map<String, Long> prefixed = new HashMap<>();

  private Classifiers() {}

  /** The models packed in the jar; an absent model is simply not used (rules decide alone). */
  /** The classifiers packed in the jar: read once per JVM (the models are only read after loading). */
  public static Classifiers bundled() {
    Classifiers c = bundled;
    if (c == null) {
      synchronized (Classifiers.class) {
        if (bundled == null) {
          bundled = readBundled();
        }
        c = bundled;
      }
    }
    return c;
  }

  private static volatile Classifiers bundled;

  private static Classifiers readBundled() {
    Classifiers c = new Classifiers();
    for (String name : NAMES) {
      try (InputStream in = Classifiers.class.getResourceAsStream("/nlp-models/models/" + name + ".bin")) {
        if (in != null) {
          DoccatModel m = new DoccatModel(in);
          c.models.put(name, m.getMaxentModel());
          c.generators.put(name, m.getFactory().getFeatureGenerators());
          c.featureKinds.put(name, String.valueOf(m.getFactory().createManifestEntries()));
          c.indexFeatures(name, m.getMaxentModel());
          c.prefixOnly(name);
        }
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read model " + name, e);
      }
    }
    c.table = FeatureIndex.of(c.index, NAMES.length); // null if two features collide: each model evaluates itself
    c.index.clear();
    return c;
  }

  /**
   * Whether the model's features are its one generator's prefix before each token, as OpenNLP's default bag of
   * words makes them (not in its letters-only mode): checked on tokens of every sort, so that another generator
   * or setting simply takes the general way.
   */
  private void prefixOnly(String name) {
    FeatureGenerator[] g = generators.get(name);
    if (g.length != 1 || g[0].getClass() != BagOfWordsFeatureGenerator.class) {
      return;
    }
    String[] probe = {"a1", "#中文", "x y", "1", "-", "abc"};
    List<String> made = new ArrayList<>(g[0].extractFeatures(probe, Collections.emptyMap()));
    List<String> expected = new ArrayList<>();
    for (String t : probe) {
      expected.add(BOW + t);
    }
    if (made.equals(expected)) {
      prefixed.put(featureKinds.get(name), FeatureIndex.state(BOW));
    }
  }

  private static final String BOW = "bow=";

  private static int slot(String name) {
    for (int i = 0; i < NAMES.length; i++) {
      if (NAMES[i].equals(name)) {
        return i;
      }
    }
    return -1;
  }

  @SuppressWarnings("unchecked")
  private void indexFeatures(String name, MaxentModel model) {
    int slot = slot(name);
    if (!(model instanceof GISModel gis) || slot < 0) {
      return; // evaluated by the model itself
    }
    Object[] data = ((AbstractModel) gis).getDataStructures();
    Context[] contexts = (Context[]) data[0];
    Map<String, Context> predicates = (Map<String, Context>) data[1];
    Map<Context, Integer> at = new java.util.IdentityHashMap<>(contexts.length * 2);
    for (int i = 0; i < contexts.length; i++) {
      at.put(contexts[i], i);
    }
    for (Map.Entry<String, Context> e : predicates.entrySet()) {
      Integer i = at.get(e.getValue());
      if (i == null) {
        return; // not the layout this reading assumes: let the model evaluate itself
      }
    }
    for (Map.Entry<String, Context> e : predicates.entrySet()) {
      index.computeIfAbsent(e.getKey(), k -> {
        int[] none = new int[NAMES.length];
        java.util.Arrays.fill(none, -1);
        return none;
      })[slot] = at.get(e.getValue());
    }
    params[slot] = new EvalParameters(contexts, gis.getNumOutcomes());
  }

  /** Each feature's place in the shared index (-1 where no model knows it): one look-up for all the models. */
  private int[] locate(String[] features) {
    int[] at = new int[features.length];
    for (int i = 0; i < features.length; i++) {
      at[i] = locate(features[i]);
    }
    return at;
  }

  private int locate(String feature) {
    return table == null ? -1 : table.find(feature);
  }

  /**
   * The model's probabilities for the features, as {@link MaxentModel#eval(String[])} gives them (a uniform
   * prior, then OpenNLP's GIS evaluation), from the features' entries in the shared index.
   */
  private double[] eval(String name, MaxentModel model, Supplier<String[]> features, int[] located) {
    int slot = slot(name);
    EvalParameters p = slot < 0 || table == null ? null : params[slot];
    if (p == null) {
      return model.eval(features.get()); // not read into the table (or two features collided there)
    }
    int[] known = new int[located.length];
    int n = 0;
    for (int at : located) {
      int k = at < 0 ? -1 : table.index(at, slot);
      if (k >= 0) {
        known[n++] = k;
      }
    }
    double[] prior = new double[p.getNumOutcomes()];
    java.util.Arrays.fill(prior, StrictMath.log(1.0 / prior.length));
    return GISModel.eval(java.util.Arrays.copyOf(known, n), prior, p);
  }

  /** Whether the models are read through the shared feature table (false only if two features collided). */
  boolean indexed() {
    return table != null;
  }

  /** Whether every model's features are located from the tokens without being made (see {@link #prefixOnly}). */
  boolean prefixed() {
    for (String name : models.keySet()) {
      if (!prefixed.containsKey(featureKinds.get(name))) {
        return false;
      }
    }
    return !models.isEmpty();
  }

  public boolean has(String name) {
    return models.containsKey(name);
  }

  /** One text as the models read it; its features are computed on first use and then shared. Not thread-safe. */
  public final class Text {
    /** The tokens as strings: made only where a model's features are not located from the split (see prefixOnly). */
    private String[] tokens;
    /** The words and the bigrams' places, as the extractor gives them; null when made from strings. */
    private final Tokens.Split split;
    private final int size;
    private final Map<String, String[]> contexts = new HashMap<>(2);
    private final Map<String, int[]> located = new HashMap<>(2);

    private Text(String[] tokens) {
      this.tokens = tokens;
      this.split = null;
      this.size = tokens.length;
    }

    private Text(Tokens.Split split) {
      this.split = split;
      this.size = split.size();
    }

    String[] tokens() {
      if (tokens == null) {
        tokens = split.all();
      }
      return tokens;
    }

    /** What DocumentCategorizerME computes before evaluating a model: every generator's features, in order. */
    private String[] context(String name) {
      return contexts.computeIfAbsent(featureKinds.get(name), k -> {
        List<String> features = new ArrayList<>();
        for (FeatureGenerator g : generators.get(name)) {
          features.addAll(g.extractFeatures(tokens(), Collections.emptyMap()));
        }
        return features.toArray(new String[0]);
      });
    }

    /**
     * The context's features located in the shared index, once for all the models that read them; where the
     * features are a prefix before each token, by the hash of prefix and token, without making the features.
     */
    private int[] located(String name) {
      return located.computeIfAbsent(featureKinds.get(name), k -> {
        Long prefix = prefixed.get(k);
        if (prefix == null || table == null) {
          return locate(context(name));
        }
        long state = prefix;
        int[] at = new int[size];
        if (split == null) {
          for (int i = 0; i < size; i++) {
            at[i] = table.find(state, tokens[i]);
          }
          return at;
        }
        String[] words = split.words();
        for (int i = 0; i < words.length; i++) {
          at[i] = table.find(state, words[i]);
        }
        String text = split.text();
        int[] bigrams = split.bigrams();
        for (int b = 0; b < bigrams.length; b++) {
          at[words.length + b] = table.find(state, '#', text.charAt(bigrams[b]), text.charAt(bigrams[b] + 1));
        }
        return at;
      });
    }
  }

  public Text text(String[] tokens) {
    return new Text(tokens);
  }

  /** The same as {@code text(split.all())}, the bigrams' strings made only if a model needs them. */
  Text text(Tokens.Split split) {
    return new Text(split);
  }

  /** Label → probability, best first; empty when the model is absent. */
  public Map<String, Double> scores(String name, String[] tokens) {
    return scores(name, text(tokens));
  }

  /** Label → probability, best first; empty when the model is absent. */
  public Map<String, Double> scores(String name, Text text) {
    MaxentModel model = models.get(name);
    if (model == null || text.size == 0) {
      return Map.of();
    }
    return ranked(model, eval(name, model, () -> text.context(name), text.located(name)));
  }

  private static Map<String, Double> ranked(MaxentModel model, double[] p) {
    Map<String, Double> out = new LinkedHashMap<>();
    Integer[] order = new Integer[p.length];
    for (int i = 0; i < p.length; i++) {
      order[i] = i;
    }
    java.util.Arrays.sort(order, (a, b) -> Double.compare(p[b], p[a]));
    for (int i : order) {
      out.put(model.getOutcome(i), p[i]);
    }
    return out;
  }

  /**
   * Label → probability of a model that reads further tokens beside the text's (urgency reads the situation
   * features): the text's features, computed once for all models, and those of the extra tokens.
   */
  public Map<String, Double> scores(String name, Text text, String[] extra) {
    MaxentModel model = models.get(name);
    if (model == null || text.size + extra.length == 0) {
      return Map.of();
    }
    List<String> more = new ArrayList<>();
    for (FeatureGenerator g : generators.get(name)) {
      more.addAll(g.extractFeatures(extra, Collections.emptyMap()));
    }
    String[] extraFeatures = more.toArray(new String[0]);
    int[] base = text.located(name); // one entry per feature of the text's own context
    int[] located = java.util.Arrays.copyOf(base, base.length + extraFeatures.length);
    for (int i = 0; i < extraFeatures.length; i++) {
      located[base.length + i] = locate(extraFeatures[i]);
    }
    return ranked(model, eval(name, model, () -> Tokens.with(text.context(name), extraFeatures), located));
  }

  public Optional<Map.Entry<String, Double>> best(String name, String[] tokens) {
    return best(name, text(tokens));
  }

  public Optional<Map.Entry<String, Double>> best(String name, Text text) {
    return scores(name, text).entrySet().stream().findFirst();
  }
}
