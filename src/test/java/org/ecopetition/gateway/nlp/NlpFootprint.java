package org.ecopetition.gateway.nlp;

/**
 * Cold load time and retained heap of the NLP, in a fresh JVM: run by bench/nlp-footprint.sh. Loads the
 * gazetteer, HanLP with the project's dictionaries and the classifiers, extracts one message (so lazy
 * parts are loaded too), then measures the heap after a full collection.
 */
public final class NlpFootprint {
  private NlpFootprint() {}

  public static void main(String[] args) throws Exception {
    Runtime rt = Runtime.getRuntime();
    System.gc();
    long before = rt.totalMemory() - rt.freeMemory();
    long t0 = System.nanoTime();
    HanLpExtractor x = new HanLpExtractor(Gazetteer.bundled(), Classifiers.bundled());
    x.extract(ExtractorBench.MESSAGES.get(0));
    long loadMs = (System.nanoTime() - t0) / 1_000_000;
    for (int i = 0; i < 3; i++) {
      System.gc();
      Thread.sleep(200);
    }
    long after = rt.totalMemory() - rt.freeMemory();
    System.out.printf("cold load: %d ms%nretained heap of the NLP: %d MB%n", loadMs, (after - before) / (1024 * 1024));
    if (x.hashCode() == 0) {
      System.out.println();
    }
  }
}
