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
 * and writes models/{intent,category,kind,urgency}.bin; {@code names}: the learned name finder ({@link #trainNames(Path)});
 * {@code polluter}: the learned polluter finder ({@link #trainPolluter(Path)}).
 * The urgency model and the name finder also read the text by several hands in corpus/hands (every
 * {@code *-urgency.tsv} and {@code *-names.tsv} there).
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
      List<Path> urgency = new ArrayList<>(List.of(dir.resolve("corpus/urgency.tsv")));
      urgency.addAll(hands(dir, "-urgency.tsv"));
      train(g, urgency, dir.resolve("models/urgency.bin"), false, situations);
    }
    if (only.isEmpty() || only.contains("names")) {
      trainNames(dir);
    }
    if (only.isEmpty() || only.contains("polluter")) {
      trainPolluter(dir);
    }
  }

  /**
   * The hands whose misses were read (src/test/resources/nlp/hands-polname, README there): the polluter finder learns
   * from them only; p5–p8 and p11–p16 stay unseen.
   */
  static final List<String> READ_HANDS = List.of("p1", "p2", "p3", "p4", "p9", "p10", "p17", "p18", "p19", "p20");

  /**
   * The learned polluter finder ({@link PolluterFinder}): the read hands' texts, every mention of the polluter the writer
   * labelled marked (a text naming none teaches what is no name), tokens of {@link LearnedNames#tokens}, features of
   * {@link PolluterFeatures} with the lists of lexicon/polluters.tsv, the gold outcome before as the previous outcome;
   * OpenNLP's L-BFGS (L2 0.5, cutoff 3, 150 iterations: deterministic) → models/polluters.bin, the weights by feature
   * hash.
   */
  static void trainPolluter(Path dir) throws IOException {
    PolluterFeatures pf = new PolluterFeatures(PolluterFeatures.lists(
        Files.readAllLines(dir.resolve("lexicon/polluters.tsv"), StandardCharsets.UTF_8)));
    Path hands = dir.toAbsolutePath().getParent().resolve("src/test/resources/nlp/hands-polname");
    List<opennlp.tools.ml.model.Event> events = new ArrayList<>();
    int texts = 0;
    int marked = 0;
    int dropped = 0;
    for (String hand : READ_HANDS) {
      for (String line : Files.readAllLines(hands.resolve(hand + ".tsv"), StandardCharsets.UTF_8)) {
        String[] f = line.split("\t", -1);
        if (line.startsWith("#") || f.length != 3) {
          continue;
        }
        List<opennlp.tools.ml.model.Event> e = polluterEvents(pf, Normaliser.normalise(f[2]), Normaliser.normalise(f[0].strip()));
        if (e == null) {
          dropped++;
          continue;
        }
        texts++;
        marked += f[0].isBlank() ? 0 : 1;
        events.addAll(e);
      }
    }
    TrainingParameters p = TrainingParameters.defaultParams();
    p.put(TrainingParameters.ALGORITHM_PARAM, "MAXENT_QN");
    p.put(TrainingParameters.CUTOFF_PARAM, Integer.getInteger("polluter.cutoff", 3));
    p.put(TrainingParameters.ITERATIONS_PARAM, Integer.getInteger("polluter.iterations", 150));
    p.put("L2Cost", 0.5);
    p.put("L1Cost", 0.0);
    opennlp.tools.ml.model.MaxentModel m = opennlp.tools.ml.TrainerFactory.getEventTrainer(p, null)
        .train(new CollectionObjectStream<>(events));
    Object[] ds = ((opennlp.tools.ml.model.AbstractModel) m).getDataStructures();
    @SuppressWarnings("unchecked")
    java.util.Map<String, opennlp.tools.ml.model.Context> pmap = (java.util.Map<String, opennlp.tools.ml.model.Context>) ds[1];
    int[] slot = {m.getIndex("s"), m.getIndex("c"), m.getIndex("o")};
    long[] hashes = new long[pmap.size()];
    float[] w = new float[pmap.size() * 3];
    java.util.Set<Long> seen = new java.util.HashSet<>();
    int k = 0;
    for (java.util.Map.Entry<String, opennlp.tools.ml.model.Context> e : new java.util.TreeMap<>(pmap).entrySet()) {
      hashes[k] = PolluterFeatures.hash(e.getKey());
      if (!seen.add(hashes[k])) {
        throw new IOException("two features with one hash: " + e.getKey());
      }
      int[] outcomes = e.getValue().getOutcomes();
      double[] params = e.getValue().getParameters();
      for (int j = 0; j < outcomes.length; j++) {
        for (int o = 0; o < 3; o++) {
          if (slot[o] == outcomes[j]) {
            w[k * 3 + o] = (float) params[j];
          }
        }
      }
      k++;
    }
    Path out = dir.resolve("models/polluters.bin");
    try (OutputStream o = new BufferedOutputStream(Files.newOutputStream(out))) {
      PolluterFinder.write(o, pf.lists(), hashes, w);
    }
    // The table decodes as OpenNLP's model does: the largest difference of a probability over the first events.
    PolluterFinder finder = PolluterFinder.read(Files.newInputStream(out));
    double worst = 0;
    for (int i = 0; i < Math.min(2000, events.size()); i++) {
      double[] want = m.eval(events.get(i).getContext());
      double[] got = finder.probabilities(events.get(i).getContext());
      for (int o = 0; o < 3; o++) {
        worst = Math.max(worst, Math.abs(want[slot[o]] - got[o]));
      }
    }
    System.out.printf("%s: %d texts (%d naming a polluter, %d left out: the label not found on tokens' boundaries), %d tokens,"
        + " %d features, %d bytes; largest difference from OpenNLP's probabilities %.2e%n", out, texts, marked, dropped,
        events.size(), hashes.length, Files.size(out), worst);
  }

  /**
   * One text's events: every mention of {@code label} (quote marks at its ends aside) marked start/continue, the other
   * tokens other; null where the label is named but not found on the tokens' boundaries.
   */
  static List<opennlp.tools.ml.model.Event> polluterEvents(PolluterFeatures pf, String text, String label) {
    LearnedNames.Tokenised t = LearnedNames.tokens(text);
    int n = t.tokens().length;
    char[] gold = new char[n];
    java.util.Arrays.fill(gold, 'o');
    String l = label.replaceAll("^[“”\"「」『』《》【】‘’']+|[“”\"「」『』《》【】‘’']+$", "").strip();
    if (!l.isEmpty()) {
      int found = 0;
      for (int at = text.indexOf(l); at >= 0; at = text.indexOf(l, at + l.length())) {
        int s = java.util.Arrays.binarySearch(t.starts(), at);
        int e = java.util.Arrays.binarySearch(t.ends(), at + l.length());
        if (s < 0 || e < 0) {
          continue;
        }
        gold[s] = 's';
        for (int i = s + 1; i <= e; i++) {
          gold[i] = 'c';
        }
        found++;
      }
      if (found == 0) {
        return null;
      }
    }
    PolluterFeatures.Flags fl = pf.flags(text, t, 0, n);
    List<opennlp.tools.ml.model.Event> out = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      PolluterFeatures.Strings f = new PolluterFeatures.Strings();
      pf.features(f, t.tokens(), fl, i, i == 0 ? 'o' : gold[i - 1]);
      out.add(new opennlp.tools.ml.model.Event(String.valueOf(gold[i]), f.features.toArray(new String[0])));
    }
    return out;
  }

  /**
   * The learned name finder (branch namefind): corpus/names.txt (register TAB sentence, names marked [[…]]) →
   * models/names.bin, an OpenNLP NameFinderME model over {@link LearnedNames#tokens} with {@link NameFeatures} (the
   * surnames of lexicon/names.tsv written into its descriptor). L-BFGS (L2 0.5), cutoff 3 (a feature seen fewer times is dropped: a model a quarter the size), 150 iterations: deterministic.
   */
  static void trainNames(Path dir) throws IOException {
    List<opennlp.tools.namefind.NameSample> samples = nameSamples(dir.resolve("corpus/names.txt"));
    for (Path hand : hands(dir, "-names.tsv")) {
      samples.addAll(nameSamples(hand, false));
    }
    samples.addAll(plainSamples(dir.resolve("corpus/urgency.tsv"), Gazetteer.bundled()));
    opennlp.tools.namefind.TokenNameFinderModel m = trainNames(samples, dir.resolve("lexicon/names.tsv"), 3, 150);
    try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(dir.resolve("models/names.bin")))) {
      m.serialize(out);
    }
    System.out.println(dir.resolve("models/names.bin") + ": " + samples.size() + " sentences (with the plain ones)");
  }

  static opennlp.tools.namefind.TokenNameFinderModel trainNames(List<opennlp.tools.namefind.NameSample> samples,
      Path lexicon, int cutoff, int iterations) throws IOException {
    StringBuilder surnames = new StringBuilder();
    StringBuilder compounds = new StringBuilder();
    for (String line : Files.readAllLines(lexicon, StandardCharsets.UTF_8)) {
      String[] f = line.split("\t");
      if (f.length >= 2 && !line.startsWith("#")) {
        if (f[1].strip().equals("surname") && f[0].length() == 1) {
          surnames.append(f[0]);
        } else if (f[1].strip().equals("compound")) {
          compounds.append(f[0]).append(' ');
        }
      }
    }
    StringBuilder given = new StringBuilder();
    for (String line : Files.readAllLines(lexicon.resolveSibling("given-chars.txt"), StandardCharsets.UTF_8)) {
      given.append(line.startsWith("#") ? "" : line.strip());
    }
    String descriptor = "<featureGenerators name=\"names\"><generator class=\"" + NameFeatures.Factory.class.getName()
        + "\"><str name=\"surnames\">" + surnames + "</str><str name=\"compounds\">" + compounds.toString().strip()
        + "</str><str name=\"given\">" + given + "</str></generator></featureGenerators>";
    TrainingParameters p = TrainingParameters.defaultParams();
    p.put(TrainingParameters.CUTOFF_PARAM, cutoff);
    p.put(TrainingParameters.ITERATIONS_PARAM, iterations);
    // L-BFGS with an L2 penalty: GIS unpenalised fit the corpus's frames and found 0.41 of the held-out fifth's names at
    // 0.3, L2 0.5 found 0.81 (nlp-models/README.md, "A learned name finder").
    p.put(TrainingParameters.ALGORITHM_PARAM, "MAXENT_QN");
    p.put("L2Cost", 0.5);
    p.put("L1Cost", 0.0);
    for (String kv : System.getProperty("names.params", "").split(",")) {
      if (kv.contains("=")) {
        p.put(kv.substring(0, kv.indexOf('=')), kv.substring(kv.indexOf('=') + 1)); // for measuring settings only
      }
    }
    opennlp.tools.namefind.TokenNameFinderFactory factory = new opennlp.tools.namefind.TokenNameFinderFactory(
        descriptor.getBytes(StandardCharsets.UTF_8), java.util.Map.of(), new opennlp.tools.namefind.BioCodec());
    return opennlp.tools.namefind.NameFinderME.train("zh", null, new CollectionObjectStream<>(samples), p, factory);
  }

  /**
   * Sentences with no name, for the name finder to learn what ordinary petition text is (places, firms, 老高, 周边…):
   * the texts of a classifier corpus (written for this project, from no evaluation text) in which neither the rules
   * nor HanLP's person recognition read a person, nor a honorific or title stands.
   */
  static List<opennlp.tools.namefind.NameSample> plainSamples(Path corpus, Gazetteer g) throws IOException {
    RuleExtractor rules = new RuleExtractor(g);
    Names names = Names.bundled();
    List<opennlp.tools.namefind.NameSample> out = new ArrayList<>();
    for (String line : Files.readAllLines(corpus, StandardCharsets.UTF_8)) {
      if (line.isBlank() || line.startsWith("#") || line.indexOf('\t') < 0) {
        continue;
      }
      String text = Normaliser.normalise(line.substring(line.indexOf('\t') + 1));
      boolean person = !rules.extract(text).identities().stream().filter(i -> i.type().equals(Identity.NAME)).toList().isEmpty();
      for (com.hankcs.hanlp.seg.common.Term t : HanLp.seg(g, text)) {
        person |= t.nature.startsWith("nr");
      }
      for (int i = 0; i < text.length() && !person; i++) {
        person = names.surname(text, i) > 0 && names.honorificLength(text, i + 1) > 0;
      }
      if (!person) {
        out.add(new opennlp.tools.namefind.NameSample(LearnedNames.tokens(text).tokens(), new opennlp.tools.util.Span[0], true));
      }
    }
    return out;
  }

  /** A names corpus's sentence: its text, and each marked name's start and end in it. */
  record Marked(String text, List<int[]> names) {
    /** From a sentence with names marked [[…]] and line breaks written \\n; null if a mark is not closed. */
    static Marked of(String marked) {
      String s = marked.replace("\\n", "\n");
      StringBuilder text = new StringBuilder();
      List<int[]> names = new ArrayList<>();
      for (int i = 0; i < s.length(); ) {
        if (s.startsWith("[[", i)) {
          int close = s.indexOf("]]", i);
          if (close < 0) {
            return null;
          }
          names.add(new int[] {text.length(), text.length() + close - i - 2});
          text.append(s, i + 2, close);
          i = close + 2;
        } else {
          text.append(s.charAt(i++));
        }
      }
      return new Marked(text.toString(), names);
    }
  }

  /** The sentences of a names corpus as OpenNLP's samples, tokens as {@link LearnedNames#tokens} makes them. */
  static List<opennlp.tools.namefind.NameSample> nameSamples(Path corpus) throws IOException {
    return nameSamples(corpus, true);
  }

  /**
   * As above; not {@code strict} (another hand's text): a sentence with a name off the tokens' boundaries ("Li's", one
   * token) is left out and counted, not an error.
   */
  static List<opennlp.tools.namefind.NameSample> nameSamples(Path corpus, boolean strict) throws IOException {
    List<opennlp.tools.namefind.NameSample> out = new ArrayList<>();
    int dropped = 0;
    lines:
    for (String line : Files.readAllLines(corpus, StandardCharsets.UTF_8)) {
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      Marked m = Marked.of(line.substring(line.indexOf('\t') + 1));
      if (m == null) {
        throw new IOException(corpus + ": an unclosed name: " + line);
      }
      LearnedNames.Tokenised t = LearnedNames.tokens(m.text());
      List<opennlp.tools.util.Span> spans = new ArrayList<>();
      for (int[] n : m.names()) {
        int s = java.util.Arrays.binarySearch(t.starts(), n[0]);
        int e = -1;
        for (int k = Math.max(0, s); k < t.ends().length; k++) {
          if (t.ends()[k] == n[1]) {
            e = k + 1;
            break;
          }
        }
        if (s < 0 || e < 0) {
          if (!strict) {
            dropped++;
            continue lines;
          }
          throw new IOException(corpus + ": a name not on token boundaries: " + line);
        }
        spans.add(new opennlp.tools.util.Span(s, e, "person"));
      }
      out.add(new opennlp.tools.namefind.NameSample(t.tokens(), spans.toArray(new opennlp.tools.util.Span[0]), true));
    }
    if (dropped > 0) {
      System.out.println(corpus + ": " + dropped + " sentences left out (a name not on the tokens' boundaries)");
    }
    return out;
  }

  /**
   * Training text by several hands (corpus/hands/, 2026-12-06): petitions written apart, one file per writer, each
   * writer never shown the project's lists, corpora or evaluation sets; those whose names end with {@code suffix}.
   */
  static List<Path> hands(Path dir, String suffix) throws IOException {
    Path hands = dir.resolve("corpus/hands");
    if (!Files.isDirectory(hands)) {
      return List.of();
    }
    try (java.util.stream.Stream<Path> s = Files.list(hands)) {
      return s.filter(p -> p.getFileName().toString().endsWith(suffix)).sorted().toList();
    }
  }

  static void train(Gazetteer g, Path corpus, Path model, boolean firstLabel, Situations situations) throws IOException {
    train(g, List.of(corpus), model, firstLabel, situations);
  }

  /** Trains one model; with {@code situations}, the text's situation features are read beside its words. */
  static void train(Gazetteer g, List<Path> corpora, Path model, boolean firstLabel, Situations situations)
      throws IOException {
    List<DocumentSample> samples = new ArrayList<>();
    for (Path corpus : corpora) {
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
