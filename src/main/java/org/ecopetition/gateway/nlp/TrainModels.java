package org.ecopetition.gateway.nlp;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import opennlp.tools.doccat.DoccatFactory;
import opennlp.tools.doccat.DoccatModel;
import opennlp.tools.doccat.DocumentCategorizerME;
import opennlp.tools.doccat.DocumentSample;
import opennlp.tools.util.CollectionObjectStream;
import opennlp.tools.util.TrainingParameters;

/**
 * Rebuilds the classifiers from the corpora: {@code java -cp target/petition-gateway.jar
 * org.ecopetition.gateway.nlp.TrainModels nlp-models [intent|category|kind|urgency…]}. Reads corpus/{intent,category,kinds,urgency}.tsv (label TAB
 * text; for kinds the first of the comma-separated labels is the main kind), tokenises as the extractor
 * does (HanLP words and character bigrams, and for urgency the situation features of {@link Situations}), trains maximum-entropy models with cutoff 1 (deterministic),
 * and writes models/{intent,category,kind,urgency}.bin.
 */
public final class TrainModels {
  private TrainModels() {}

  public static void main(String[] args) throws IOException {
    Path dir = Path.of(args.length > 0 ? args[0] : "nlp-models");
    Gazetteer g = Gazetteer.bundled();
    Files.createDirectories(dir.resolve("models"));
    Situations situations = Situations.bundled();
    // Further arguments name the models to rebuild (intent category kind urgency); none rebuilds them all.
    List<String> only = List.of(args).subList(Math.min(1, args.length), args.length);
    if (only.isEmpty() || only.contains("intent")) {
      train(g, dir.resolve("corpus/intent.tsv"), dir.resolve("models/intent.bin"), false, null);
    }
    if (only.isEmpty() || only.contains("category")) {
      train(g, dir.resolve("corpus/category.tsv"), dir.resolve("models/category.bin"), false, null);
    }
    if (only.isEmpty() || only.contains("kind")) {
      train(g, dir.resolve("corpus/kinds.tsv"), dir.resolve("models/kind.bin"), true, null);
    }
    if (only.isEmpty() || only.contains("urgency")) {
      train(g, dir.resolve("corpus/urgency.tsv"), dir.resolve("models/urgency.bin"), false, situations);
    }
  }

  /** Trains one model; with {@code situations}, the text's situation features are read beside its words. */
  static void train(Gazetteer g, Path corpus, Path model, boolean firstLabel, Situations situations) throws IOException {
    List<DocumentSample> samples = new ArrayList<>();
    for (String line : Files.readAllLines(corpus, StandardCharsets.UTF_8)) {
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      String[] f = line.split("\t", 2);
      if (f.length < 2) {
        throw new IOException(corpus + ": line without a tab: " + line);
      }
      String label = firstLabel ? f[0].split(",")[0].strip() : f[0].strip();
      String text = Normaliser.normalise(f[1]);
      String[] tokens = Tokens.of(text, HanLp.seg(g, text));
      samples.add(new DocumentSample(label, situations == null ? tokens : Tokens.with(tokens, situations.features(text))));
    }
    TrainingParameters p = TrainingParameters.defaultParams();
    p.put(TrainingParameters.CUTOFF_PARAM, 1);
    p.put(TrainingParameters.ITERATIONS_PARAM, 300);
    DoccatModel m = DocumentCategorizerME.train("zh", new CollectionObjectStream<>(samples), p, new DoccatFactory());
    try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(model))) {
      m.serialize(out);
    }
    System.out.println(model + ": " + samples.size() + " samples, " + m.getMaxentModel().getNumOutcomes() + " labels");
  }
}
