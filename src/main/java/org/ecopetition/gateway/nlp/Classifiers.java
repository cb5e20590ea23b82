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
import opennlp.tools.doccat.DoccatModel;
import opennlp.tools.doccat.FeatureGenerator;
import opennlp.tools.ml.model.MaxentModel;

/**
 * The trained OpenNLP document classifiers of nlp-models/models: intent, category (with Art 24's subtype),
 * the main pollution kind and urgency (Art 19). A text's features are computed once for all the models when they were
 * trained with the same feature generators (they are: the default bag of words), which is what OpenNLP's
 * categorizer would compute for each; the maxent models themselves are read-only, so thread-safe.
 */
public final class Classifiers {
  public static final String[] NAMES = {"intent", "category", "kind", "urgency"};

  private final Map<String, MaxentModel> models = new LinkedHashMap<>();
  private final Map<String, FeatureGenerator[]> generators = new HashMap<>();
  /** The feature generators' description from each model's manifest: equal descriptions, equal features. */
  private final Map<String, String> featureKinds = new HashMap<>();

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
        }
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read model " + name, e);
      }
    }
    return c;
  }

  public boolean has(String name) {
    return models.containsKey(name);
  }

  /** One text as the models read it; its features are computed on first use and then shared. Not thread-safe. */
  public final class Text {
    private final String[] tokens;
    private final Map<String, String[]> contexts = new HashMap<>(2);

    private Text(String[] tokens) {
      this.tokens = tokens;
    }

    String[] tokens() {
      return tokens;
    }

    /** What DocumentCategorizerME computes before evaluating a model: every generator's features, in order. */
    private String[] context(String name) {
      return contexts.computeIfAbsent(featureKinds.get(name), k -> {
        List<String> features = new ArrayList<>();
        for (FeatureGenerator g : generators.get(name)) {
          features.addAll(g.extractFeatures(tokens, Collections.emptyMap()));
        }
        return features.toArray(new String[0]);
      });
    }
  }

  public Text text(String[] tokens) {
    return new Text(tokens);
  }

  /** Label → probability, best first; empty when the model is absent. */
  public Map<String, Double> scores(String name, String[] tokens) {
    return scores(name, text(tokens));
  }

  /** Label → probability, best first; empty when the model is absent. */
  public Map<String, Double> scores(String name, Text text) {
    MaxentModel model = models.get(name);
    if (model == null || text.tokens.length == 0) {
      return Map.of();
    }
    return ranked(model, model.eval(text.context(name)));
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
    if (model == null || text.tokens.length + extra.length == 0) {
      return Map.of();
    }
    List<String> features = new ArrayList<>(java.util.Arrays.asList(text.context(name)));
    for (FeatureGenerator g : generators.get(name)) {
      features.addAll(g.extractFeatures(extra, Collections.emptyMap()));
    }
    return ranked(model, model.eval(features.toArray(new String[0])));
  }

  public Optional<Map.Entry<String, Double>> best(String name, String[] tokens) {
    return best(name, text(tokens));
  }

  public Optional<Map.Entry<String, Double>> best(String name, Text text) {
    return scores(name, text).entrySet().stream().findFirst();
  }
}
