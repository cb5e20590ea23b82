package org.ecopetition.gateway.nlp;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Names left readable in the redacted copy on files of {@code register TAB text} with every person's name marked
 * [[…]] (corpus/names.txt's format), as the copy is made: the extractor's identity spans with the learned names'
 * ({@link Extractor#forRedaction}). Also the words masked as names where no name is (over-masking). Training text of
 * other hands measured before it is trained on. Run: {@code java -cp … HandNamesProbe [misses] FILE…}.
 */
final class HandNamesProbe {
  private HandNamesProbe() {}

  public static void main(String[] args) throws Exception {
    boolean misses = args.length > 0 && args[0].equals("misses");
    HanLpExtractor x = new HanLpExtractor(Gazetteer.bundled(), Classifiers.bundled());
    for (String file : List.of(args).subList(misses ? 1 : 0, args.length)) {
      int gold = 0;
      int left = 0;
      int extra = 0;
      int negLines = 0;
      int negMasked = 0;
      StringBuilder out = new StringBuilder();
      for (String line : Files.readAllLines(Path.of(file), StandardCharsets.UTF_8)) {
        String[] f = line.split("\t", 2);
        if (line.startsWith("#") || f.length < 2) {
          continue;
        }
        TrainModels.Marked m = TrainModels.Marked.of(f[1]);
        if (m == null) {
          throw new IllegalArgumentException(file + ": an unclosed name: " + line);
        }
        String t = m.text();
        List<int[]> names = m.names();
        List<Identity> spans = x.forRedaction(t, x.extract(t).identities());
        String masked = Identity.mask(t, spans, '*');
        for (int[] n : names) {
          gold++;
          if (!masked.substring(n[0], n[1]).chars().allMatch(c -> c == '*' || Character.isWhitespace(c))) {
            left++;
            if (misses) {
              out.append("  left: ").append(t, n[0], n[1]).append(" | ").append(masked.replace("\n", "⏎")).append('\n');
            }
          }
        }
        if (names.isEmpty()) {
          negLines++;
        }
        for (Identity i : spans) {
          if (!i.type().equals(Identity.NAME)) {
            continue;
          }
          boolean onGold = names.stream().anyMatch(n -> n[0] < i.end() && i.start() < n[1]);
          if (!onGold) {
            extra++;
            if (names.isEmpty()) {
              negMasked++;
            }
            if (misses) {
              out.append("  not a name: ").append(t, i.start(), i.end()).append(" | ").append(t.replace("\n", "⏎")).append('\n');
            }
          }
        }
      }
      System.out.printf("%-40s names left %d/%d (%.3f); name spans on no name %d; name-free lines %d, masked words %d%n",
          file, left, gold, gold == 0 ? 0 : (double) left / gold, extra, negLines, negMasked);
      System.out.print(out);
    }
  }
}
