package org.ecopetition.gateway.nlp;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;

/**
 * The units {@link Polluters#find} reads in each line of stdin (no place cut) and the rule extractor's polluter, for
 * classing a polluter miss by its mechanism. Usage: PolluterUnitsProbe &lt; texts (one a line).
 */
public final class PolluterUnitsProbe {
  private PolluterUnitsProbe() {}

  public static void main(String[] args) throws Exception {
    Polluters p = Polluters.bundled();
    RuleExtractor rules = new RuleExtractor(Gazetteer.bundled());
    BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
    for (String line; (line = in.readLine()) != null; ) {
      if (line.isBlank()) {
        continue;
      }
      System.out.println(line);
      System.out.println("  units " + p.find(line, (t, f, e) -> f, Polluters::government));
      System.out.println("  rules " + rules.extract(line).field("polluter").map(f -> f.value() + " " + f.confidence()).orElse("null"));
    }
  }
}
