package org.ecopetition.gateway.nlp;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The writer's name on the name training hands (nlp-models/corpus/hands/*-names.tsv, {@code register TAB text} with every
 * person marked [[…]], not only the writer): per line, the marked names and the name the extractor gives, and whether
 * it is one of them, none of them, missing, or given where no one is marked (invented). The writer is not marked apart,
 * so "a marked one" may be someone else's: read the lines, not only the counts. Run from the project folder:
 * {@code java -cp … HandNamesProbe nlp-models/corpus/hands/*-names.tsv > lines.tsv} (the counts go to stderr).
 */
final class HandNamesProbe {
  private HandNamesProbe() {}

  public static void main(String[] a) throws Exception {
    HanLpExtractor x = new HanLpExtractor(Gazetteer.bundled(), Classifiers.bundled());
    Pattern mark = Pattern.compile("\\[\\[(.+?)\\]\\]");
    int none = 0, invented = 0, marked = 0, ofMarked = 0, notMarked = 0, missing = 0;
    for (String f : a) {
      for (String line : Files.readAllLines(Path.of(f))) {
        String[] p = line.split("\t", 2);
        if (p.length < 2) continue;
        Set<String> names = new LinkedHashSet<>();
        Matcher m = mark.matcher(p[1]);
        while (m.find()) names.add(m.group(1));
        String text = p[1].replace("[[", "").replace("]]", "");
        String got = x.extract(text).field("name").map(Extraction.Field::value).orElse("");
        String verdict;
        if (names.isEmpty()) { none++; verdict = got.isEmpty() ? "ok-none" : "INVENTED"; if (!got.isEmpty()) invented++; }
        else {
          marked++;
          if (got.isEmpty()) { missing++; verdict = "none-given"; }
          else if (names.stream().anyMatch(n -> n.contains(got) || got.contains(n))) { ofMarked++; verdict = "marked"; }
          else { notMarked++; verdict = "NOT-MARKED"; }
        }
        System.out.println(f.replaceAll(".*/", "") + "\t" + verdict + "\t" + got + "\t" + names + "\t" + p[1]);
      }
    }
    System.err.printf("no names %d, invented %d | with names %d: a marked one %d, not marked %d, none given %d%n", none, invented, marked, ofMarked, notMarked, missing);
  }
}
