package org.ecopetition.gateway.nlp;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Urgent recall, danger-to-life recall and false alarms per register of one urgency holdout file (the format of
 * src/test/resources/nlp/urgency-holdout*.tsv), with each miss and false alarm and what the extractor said of it.
 * Never pointed at an evaluation round. Usage (from the project folder): UrgencyTsvProbe FILE [misses].
 */
public final class UrgencyTsvProbe {
  private UrgencyTsvProbe() {}

  public static void main(String[] args) throws Exception {
    HanLpExtractor x = new HanLpExtractor(Gazetteer.bundled(), Classifiers.bundled());
    boolean misses = args.length > 1 && args[1].equals("misses");
    Map<String, int[]> per = new LinkedHashMap<>();
    int[] all = new int[6];
    int n = 0;
    for (String line : Files.readAllLines(Path.of(args[0]), StandardCharsets.UTF_8)) {
      if (line.startsWith("#") || line.isBlank()) {
        continue;
      }
      n++;
      String[] f = line.split("\t", 4);
      Extraction e = x.extract(f[3]);
      Extraction.Field u = e.fields().get("urgent");
      boolean urgent = u != null;
      boolean life = e.fields().containsKey("lifeSafety");
      for (int[] c : new int[][] {all, per.computeIfAbsent(f[2], k -> new int[6])}) {
        if (f[0].equals("none")) {
          c[5]++;
          c[4] += urgent ? 1 : 0;
        } else {
          c[1]++;
          c[0] += urgent ? 1 : 0;
          if (f[0].equals("life")) {
            c[3]++;
            c[2] += life ? 1 : 0;
          }
        }
      }
      String what = !f[0].equals("none") && !urgent ? "URGENT-MISSED" : f[0].equals("life") && !life ? "LIFE-MISSED"
          : f[0].equals("none") && urgent ? "FALSE-ALARM"
          : !f[0].equals("none") && "other".equals(e.fields().get("situation").value()) ? "BY-CLASSIFIER-ONLY" : null;
      if (misses && what != null) {
        Extraction.Field s = e.fields().get("situation");
        System.out.printf("%d %s %s %s [urgent %s situation %s] %s%n", n, what, f[1], f[2],
            u == null ? "-" : String.format("%.2f", u.confidence()), s == null ? "-" : s.value(), f[3]);
      }
    }
    per.put("ALL", all);
    per.forEach((k, c) -> System.out.printf("%-10s urgent %d/%d  life %d/%d  false alarms %d/%d%n", k, c[0], c[1], c[2],
        c[3], c[4], c[5]));
  }
}
