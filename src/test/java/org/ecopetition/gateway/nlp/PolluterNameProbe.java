package org.ecopetition.gateway.nlp;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The polluter and the petitioner's name on files of {@code polluter TAB name TAB text} (empty: none), written by hands
 * that never saw the project (src/test/resources/nlp/hands-polname/README.md). Quote marks are left out of both sides
 * (“福满园”酒楼 is 福满园酒楼); "place-lenient" also accepts a polluter that differs from the gold only by a place in front
 * (吴忠市利通区…), which the conventions decide by how the name reads. A polluter given with a name's confidence (0.8)
 * where the gold names none is an invented firm; a kind of unit there (0.5) is allowed, the dialog asks. Run:
 * {@code java -cp … PolluterNameProbe [misses] FILE…}.
 */
final class PolluterNameProbe {
  private PolluterNameProbe() {}

  private static final Pattern MARKS = Pattern.compile("[“”「」『』《》【】\"'‘’]");
  private static final Pattern HONORIFIC = Pattern.compile("(先生|女士|小姐|同志|老师|师傅|阿姨|大爷|大妈)$");
  private static final Pattern PLACE = Pattern.compile(".{1,14}?(省|市|区|县|镇|乡|旗|街道|自治州)");

  public static void main(String[] args) throws Exception {
    boolean misses = args.length > 0 && args[0].equals("misses");
    HanLpExtractor x = new HanLpExtractor(Gazetteer.bundled(), Classifiers.bundled());
    int[] all = new int[10];
    for (String file : List.of(args).subList(misses ? 1 : 0, args.length)) {
      StringBuilder out = new StringBuilder();
      int[] c = count(x, Files.readAllLines(Path.of(file), StandardCharsets.UTF_8), out);
      for (int i = 0; i < c.length; i++) {
        all[i] += c[i];
      }
      print(file, c);
      if (misses) {
        System.out.print(out);
      }
    }
    print("all", all);
  }

  /**
   * Counts over lines of {@code polluter TAB name TAB text}: named, exact, place-lenient, none, invented, kind on none |
   * names, name right, name missed, name invented on none. Each miss is written to {@code out}.
   */
  static int[] count(HanLpExtractor x, List<String> lines, StringBuilder out) {
    int[] c = new int[10];
    for (String line : lines) {
      String[] f = line.split("\t", -1);
      if (line.startsWith("#") || f.length != 3) {
        continue;
      }
      Extraction e = x.extract(f[2]);
      Extraction.Field p = e.field("polluter").orElse(null);
      String got = p == null ? "" : MARKS.matcher(p.value().strip()).replaceAll("");
      String want = MARKS.matcher(f[0].strip()).replaceAll("");
      if (want.isEmpty()) {
        c[3]++;
        if (p != null && p.confidence() >= 0.8) {
          c[4]++;
          out.append("P invented ").append(got).append("  ← ").append(f[2]).append('\n');
        } else if (p != null) {
          c[5]++;
        }
      } else {
        c[0]++;
        if (want.equals(got)) {
          c[1]++;
          c[2]++;
        } else if (placeOnly(want, got)) {
          c[2]++;
          out.append("P place ").append(want).append(" got ").append(got).append("  ← ").append(f[2]).append('\n');
        } else {
          out.append("P want ").append(want).append(" got ").append(got).append("  ← ").append(f[2]).append('\n');
        }
      }
      String name = e.field("name").map(n -> HONORIFIC.matcher(n.value().strip()).replaceAll("")).orElse("");
      String wantName = HONORIFIC.matcher(f[1].strip()).replaceAll("");
      if (wantName.isEmpty()) {
        if (!name.isEmpty()) {
          c[9]++;
          out.append("N invented ").append(name).append("  ← ").append(f[2]).append('\n');
        }
      } else {
        c[6]++;
        if (wantName.equals(name)) {
          c[7]++;
        } else {
          if (name.isEmpty()) {
            c[8]++;
          }
          out.append("N want ").append(wantName).append(" got ").append(name).append("  ← ").append(f[2]).append('\n');
        }
      }
    }
    return c;
  }

  /** The two differ only by a place written in front of one of them. */
  private static boolean placeOnly(String want, String got) {
    if (got.isEmpty()) {
      return false;
    }
    String longer = want.length() > got.length() ? want : got;
    String shorter = longer == want ? got : want;
    return longer.endsWith(shorter) && PLACE.matcher(longer.substring(0, longer.length() - shorter.length())).matches();
  }

  private static void print(String label, int[] c) {
    System.out.printf(
        "%s: polluter exact %d/%d (place-lenient %d), invented %d/%d, kind on none %d | name %d/%d (missed %d),"
            + " invented on none %d/%d%n",
        label, c[1], c[0], c[2], c[4], c[3], c[5], c[7], c[6], c[8], c[9], c[3] + c[0] - c[6]);
  }
}
