package org.ecopetition.gateway.nlp;
import org.ecopetition.gateway.nlp.SelfDescriptions;
import com.fasterxml.jackson.databind.*;
import java.nio.file.*;
import java.util.*;
import java.util.stream.*;
/** Counts the texts of the evaluation sets a self-description mask touches (excluding round5, round29, round30). */
/** conf2: how many texts of the evaluation sets the self-description mask touches, and whether the polluter named stays. Usage: SelfDescriptionsProbe (from the project folder). */
public class SelfDescriptionsProbe {
  public static void main(String[] a) throws Exception {
    ObjectMapper json = new ObjectMapper();
    List<Path> files;
    try (Stream<Path> s = Files.walk(Path.of("nlp-models/eval"))) {
      files = s.filter(p -> p.toString().endsWith(".jsonl")).filter(p -> {
        String t = p.toString();
        return !t.contains("/round5/") && !t.contains("/round29/") && !t.contains("/round30/") && !t.contains("round30");
      }).sorted().toList();
    }
    int texts = 0, touched = 0, withPolluter = 0, polluterLost = 0; long chars = 0, masked = 0;
    for (Path p : files) {
      for (String line : Files.readAllLines(p)) {
        if (line.isBlank()) continue;
        JsonNode n = json.readTree(line);
        JsonNode t = n.get("text");
        if (t == null || !t.isTextual()) continue;
        String text = t.asText();
        texts++; chars += text.length();
        List<int[]> spans = SelfDescriptions.spans(text);
        JsonNode g = n.get("gold");
        if (g != null && g.get("polluter") != null && g.get("polluter").isTextual() && text.contains(g.get("polluter").asText())) {
          withPolluter++;
          if (!SelfDescriptions.mask(text).contains(g.get("polluter").asText())) { polluterLost++; System.out.println("LOST\t" + g.get("polluter").asText() + "\t" + text); }
        }
        if (!spans.isEmpty()) {
          touched++;
          StringBuilder sb = new StringBuilder();
          for (int[] s : spans) { masked += s[1]-s[0]; sb.append(" [").append(text, s[0], s[1]).append("]"); }
          System.out.println(p.getFileName() + "\t" + sb);
        }
      }
    }
    System.out.printf("polluter named in text %d, lost by the mask %d%n", withPolluter, polluterLost);
    System.out.printf("files %d texts %d touched %d (%.1f%%) chars %d masked %d (%.2f%%)%n", files.size(), texts, touched,
        100.0*touched/texts, chars, masked, 100.0*masked/chars);
  }
}
