package org.ecopetition.gateway.nlp;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import opennlp.tools.doccat.DoccatModel;
import opennlp.tools.doccat.DocumentCategorizerME;

/**
 * The trained OpenNLP document classifiers of nlp-models/models: intent, category (with Art 24's subtype)
 * and the main pollution kind. Models are shared; the categorizers, which are not thread-safe, are one per
 * thread.
 */
public final class Classifiers {
  public static final String[] NAMES = {"intent", "category", "kind"};

  private final Map<String, DoccatModel> models = new LinkedHashMap<>();
  private final Map<String, ThreadLocal<DocumentCategorizerME>> categorizers = new LinkedHashMap<>();

  private Classifiers() {}

  /** The models packed in the jar; an absent model is simply not used (rules decide alone). */
  public static Classifiers bundled() {
    Classifiers c = new Classifiers();
    for (String name : NAMES) {
      try (InputStream in = Classifiers.class.getResourceAsStream("/nlp-models/models/" + name + ".bin")) {
        if (in != null) {
          DoccatModel m = new DoccatModel(in);
          c.models.put(name, m);
          c.categorizers.put(name, ThreadLocal.withInitial(() -> new DocumentCategorizerME(m)));
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

  /** Label → probability, best first; empty when the model is absent. */
  public Map<String, Double> scores(String name, String[] tokens) {
    ThreadLocal<DocumentCategorizerME> t = categorizers.get(name);
    if (t == null || tokens.length == 0) {
      return Map.of();
    }
    DocumentCategorizerME c = t.get();
    double[] p = c.categorize(tokens);
    Map<String, Double> out = new LinkedHashMap<>();
    Integer[] order = new Integer[p.length];
    for (int i = 0; i < p.length; i++) {
      order[i] = i;
    }
    java.util.Arrays.sort(order, (a, b) -> Double.compare(p[b], p[a]));
    for (int i : order) {
      out.put(c.getCategory(i), p[i]);
    }
    return out;
  }

  public Optional<Map.Entry<String, Double>> best(String name, String[] tokens) {
    return scores(name, tokens).entrySet().stream().findFirst();
  }
}
