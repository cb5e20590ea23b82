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
 * org.ecopetition.gateway.nlp.TrainModels nlp-models}. Reads corpus/{intent,category,kinds}.tsv (label TAB
 * text; for kinds the first of the comma-separated labels is the main kind), tokenises as the extractor
 * does (HanLP words and character bigrams), trains maximum-entropy models with cutoff 1 (deterministic),
 * and writes models/{intent,category,kind}.bin.
 */
public final class TrainModels {
  private TrainModels() {}

  public static void main(String[] args) throws IOException {
    Path dir = Path.of(args.length > 0 ? args[0] : "nlp-models");
    Gazetteer g = Gazetteer.bundled();
    Files.createDirectories(dir.resolve("models"));
    train(g, dir.resolve("corpus/intent.tsv"), dir.resolve("models/intent.bin"), false);
    train(g, dir.resolve("corpus/category.tsv"), dir.resolve("models/category.bin"), false);
    train(g, dir.resolve("corpus/kinds.tsv"), dir.resolve("models/kind.bin"), true);
  }

  static void train(Gazetteer g, Path corpus, Path model, boolean firstLabel) throws IOException {
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
      samples.add(new DocumentSample(label, Tokens.of(text, HanLp.seg(g, text))));
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
