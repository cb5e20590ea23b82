package org.ecopetition.gateway.nlp;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * What the learned polluter finder adds to the rules, per set: texts whose gold names a polluter, the rules' exact ones,
 * the finder alone (its first shaped span over the whole text), the rules with the finder where they name no unit (as
 * wired: windows only), gains and losses, and "spans on none": texts whose gold names none where the finder changes what
 * the rules give. Sets: {@code read} (the trained hands), {@code held} (p11–p16: totals only, never a line), {@code p5-p8}
 * (totals only, once), {@code holdouts} (polluter holdouts one–four), {@code rounds} (rounds 2–4 and 6–21 and the
 * round-one and dev sets: never round five, twenty-two or later). {@code lines} prints the changes of the tuned sets.
 * Run: {@code java -cp … PolluterFinderProbe [lines] SET…}.
 */
final class PolluterFinderProbe {
  private PolluterFinderProbe() {}

  private static final Pattern MARKS = Pattern.compile("[“”「」『』《》【】\"'‘’]");
  /** Sets whose lines are never printed. */
  private static final List<String> UNREAD = List.of("held", "p5-p8");

  record Case(String id, String text, String gold, boolean hand) {}

  public static void main(String[] args) throws Exception {
    boolean lines = args.length > 0 && args[0].equals("lines");
    Gazetteer g = Gazetteer.bundled();
    Classifiers c = Classifiers.bundled();
    HanLpExtractor rules = new HanLpExtractor(g, c, LearnedNames.bundled(), HanLpExtractor.LEARNED_NAME_AT, null);
    PolluterFinder finder = PolluterFinder.bundled();
    HanLpExtractor both = new HanLpExtractor(g, c, LearnedNames.bundled(), HanLpExtractor.LEARNED_NAME_AT, finder);
    for (String set : List.of(args).subList(lines ? 1 : 0, args.length)) {
      int named = 0;
      int ruleOk = 0;
      int aloneOk = 0;
      int bothOk = 0;
      int gained = 0;
      int lost = 0;
      int none = 0;
      int onNone = 0;
      int aloneOnNone = 0;
      StringBuilder out = new StringBuilder();
      for (Case k : cases(set)) {
        Extraction.Field r = rules.extract(k.text()).field("polluter").orElse(null);
        Extraction.Field b = both.extract(k.text()).field("polluter").orElse(null);
        String text = Normaliser.map(k.text()).text();
        String alone = null;
        for (PolluterFinder.Found f : finder.findAll(text, HanLpExtractor.LEARNED_POLLUTER_AT)) {
          if (finder.shaped(text, f.start(), f.end())) {
            alone = text.substring(f.start(), f.end());
            break;
          }
        }
        String rv = r == null ? null : r.value();
        String bv = b == null ? null : b.value();
        if (k.gold() == null || k.gold().isBlank()) {
          none++;
          aloneOnNone += alone != null ? 1 : 0;
          if (bv != null && !bv.equals(rv)) {
            onNone++;
            out.append("on none: ").append(bv).append(" (rules ").append(rv).append(")  ← ").append(k.id()).append(' ')
                .append(k.text()).append('\n');
          }
          continue;
        }
        named++;
        boolean ro = same(rv, k);
        boolean bo = same(bv, k);
        ruleOk += ro ? 1 : 0;
        bothOk += bo ? 1 : 0;
        aloneOk += same(alone, k) ? 1 : 0;
        if (bo && !ro) {
          gained++;
          out.append("gained: ").append(bv).append(" (rules ").append(rv).append(")  ← ").append(k.id()).append('\n');
        } else if (ro && !bo) {
          lost++;
          out.append("LOST: ").append(bv).append(" (rules ").append(rv).append(", gold ").append(k.gold()).append(")  ← ")
              .append(k.id()).append(' ').append(k.text()).append('\n');
        } else if (!bo && bv != null && !bv.equals(rv)) {
          out.append("changed, still wrong: ").append(bv).append(" (rules ").append(rv).append(", gold ").append(k.gold())
              .append(")  ← ").append(k.id()).append('\n');
        }
      }
      System.out.printf("%s: named %d | rules exact %d | finder alone %d | rules+finder %d (+%d, -%d) | texts naming none %d:"
          + " finder's span where rules give none or a kind %d (finder alone, whole text: %d)%n", set, named, ruleOk, aloneOk,
          bothOk, gained, lost, none, onNone, aloneOnNone);
      if (lines && !UNREAD.contains(set)) {
        System.out.print(out);
      }
    }
  }

  private static boolean same(String got, Case k) {
    if (got == null) {
      return false;
    }
    if (k.hand()) {
      return MARKS.matcher(got.strip()).replaceAll("").equals(MARKS.matcher(k.gold().strip()).replaceAll(""));
    }
    return ExtractionScore.samePolluter(got.strip(), k.gold().strip(), k.text());
  }

  static List<Case> cases(String set) throws Exception {
    List<Case> out = new ArrayList<>();
    switch (set) {
      case "read" -> {
        for (String h : TrainModels.READ_HANDS) {
          hand(h, out);
        }
      }
      case "held" -> {
        for (String h : List.of("p11", "p12", "p13", "p14", "p15", "p16")) {
          hand(h, out);
        }
      }
      case "p5-p8" -> {
        for (String h : List.of("p5", "p6", "p7", "p8")) {
          hand(h, out);
        }
      }
      case "holdouts" -> {
        for (String f : List.of("polluter-holdout", "polluter-holdout2", "polluter-holdout3", "polluter-holdout4")) {
          int i = 0;
          for (String line : Files.readAllLines(Path.of("src/test/resources/nlp/" + f + ".tsv"), StandardCharsets.UTF_8)) {
            String[] p = line.split("\t", -1);
            i++;
            if (!line.startsWith("#") && p.length >= 2) {
              out.add(new Case(f + ":" + i, p[0], p[1], false));
            }
          }
        }
      }
      case "rounds" -> {
        ObjectMapper json = new ObjectMapper();
        List<Path> files = new ArrayList<>();
        try (var s = Files.list(Path.of("nlp-models/eval"))) {
          s.filter(p -> p.toString().endsWith(".jsonl")).sorted().forEach(files::add);
        }
        for (int r : new int[] {2, 3, 4, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21}) {
          try (var s = Files.list(Path.of("nlp-models/eval/round" + r))) {
            s.filter(p -> p.toString().endsWith(".jsonl")).sorted().forEach(files::add);
          }
        }
        for (Path f : files) {
          for (String line : Files.readAllLines(f, StandardCharsets.UTF_8)) {
            if (line.isBlank()) {
              continue;
            }
            JsonNode n = json.readTree(line);
            JsonNode gold = n.path("gold");
            if (!gold.has("polluter")) {
              continue;
            }
            JsonNode p = gold.get("polluter");
            out.add(new Case(n.path("id").asText(), n.path("text").asText(), p.isNull() ? null : p.asText(), false));
          }
        }
      }
      default -> throw new IllegalArgumentException("no set " + set);
    }
    return out;
  }

  private static void hand(String h, List<Case> out) throws Exception {
    int i = 0;
    for (String line : HandFiles.lines("hands-polname", h)) {
      String[] f = line.split("\t", -1);
      i++;
      if (!line.startsWith("#") && f.length == 3) {
        out.add(new Case(h + ":" + i, f[2], f[0], true));
      }
    }
  }
}
