package org.ecopetition.gateway.dialog;

import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.ecopetition.gateway.nlp.Extraction;

/**
 * A message after the receipt, read against the case just registered in the conversation: more about it (补充, 还有,
 * 又排了, "I forgot to mention", or new facts naming nothing else), a matter that may be another (another place or
 * polluter named with words of adding: asked), or a new matter (said so, or another place or polluter without them).
 * Pure: the engine decides with it, the gateway stores.
 */
final class Supplement {
  enum Reading { ADD, ASK, NEW, NONE }

  /** Words of adding to what was said ({@link Text#key}: lower case, edges' punctuation off, single spaces). */
  private static final Pattern ADDING = Pattern.compile(
      "补充|还有|另外|忘了说|忘记说|忘了讲|忘了告诉|再说一下|再说一句|再说个|又[^，。]{0,8}了|刚才[^，。]{0,6}(没说|漏了)|漏说"
      // English words as keyed: lower case, one space between words (kept, or left out by a hurried writer).
      + "|also|one ?more ?thing|another ?thing|forgot ?to ?(?:mention|say|tell|add)|in ?addition|additionally"
      + "|again|i ?want ?to ?add|i ?should ?add");
  /** Words saying it is another matter. */
  private static final Pattern OTHER = Pattern.compile(
      "另一件事|另外一件事|另外一个事|别的事|新的问题|新的反映|新的投诉|另一个问题|不是同一|不是一回事"
      + "|another ?matter|a ?different ?matter|something ?else|different ?issue|another ?issue|new ?complaint"
      + "|new ?report|not ?the ?same");
  /** Fields that make a message facts of a matter, with no word of adding. */
  private static final java.util.List<String> FACTS = java.util.List.of("kind", "polluter", "place", "since", "affected");
  private static final double SURE = 0.5;

  private Supplement() {}

  /** {@code filed}: the registered case's slots (location, location.county, location.town, polluter). */
  static Reading read(String key, Extraction x, Map<String, String> filed) {
    if (OTHER.matcher(key).find()) {
      return Reading.NEW;
    }
    boolean adding = ADDING.matcher(key).find();
    boolean other = otherPlace(x, filed) || otherPolluter(x, filed);
    if (other) {
      return adding ? Reading.ASK : Reading.NEW;
    }
    if (adding || FACTS.stream().anyMatch(f -> sure(x, f).isPresent())) {
      return Reading.ADD;
    }
    return Reading.NONE;
  }

  private static Optional<String> sure(Extraction x, String field) {
    return x == null ? Optional.empty()
        : x.field(field).filter(f -> f.confidence() >= SURE).map(Extraction.Field::value).filter(v -> !v.isBlank());
  }

  /** Another county or town than the case's, or a place that neither holds nor is held by the case's. */
  private static boolean otherPlace(Extraction x, Map<String, String> filed) {
    for (String level : new String[] {"county", "town"}) {
      Optional<String> said = sure(x, level);
      String had = filed.get("location." + level);
      if (said.isPresent() && had != null && !had.isBlank() && !same(said.get(), had)) {
        return true;
      }
    }
    Optional<String> place = sure(x, "place");
    String had = filed.get("location");
    return place.isPresent() && had != null && !had.isBlank() && sure(x, "county").isEmpty()
        && sure(x, "town").isEmpty() && !same(place.get(), had);
  }

  private static boolean otherPolluter(Extraction x, Map<String, String> filed) {
    Optional<String> said = sure(x, "polluter");
    String had = filed.get("polluter");
    return said.isPresent() && had != null && !had.isBlank() && !same(said.get(), had);
  }

  private static boolean same(String a, String b) {
    String ka = Text.key(a);
    String kb = Text.key(b);
    return ka.contains(kb) || kb.contains(ka);
  }
}
