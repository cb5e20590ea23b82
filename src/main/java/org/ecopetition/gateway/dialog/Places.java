package org.ecopetition.gateway.dialog;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.ecopetition.gateway.nlp.Place;

/**
 * What the engine needs of the division gazetteer: a place answer resolved (Chinese, or English and pinyin
 * names), the county-level divisions of a city (a city alone is not yet a place: its district is asked, the
 * first of them offered), and the cities that have a county of a given name (an ambiguous county: its cities
 * offered as numbered choices, the county kept), and division names in English for English readers.
 */
public record Places(Function<String, Optional<Place>> resolver, Function<Place, List<String>> counties,
    Function<String, List<String>> citiesWith, Function<String, String> english) {

  /** Resolution only: a city counts as complete, an ambiguous county offers nothing, names stay as they are. */
  public static Places of(Function<String, Optional<Place>> resolver) {
    return new Places(resolver, p -> List.of(), c -> List.of(), n -> n);
  }

  /** A division's name for an English reader ("江宁区" → "Jiangning District"). */
  String inEnglish(String han) {
    return han == null ? "" : english.apply(han);
  }

  Optional<Place> resolve(String text) {
    return resolver.apply(text);
  }

  /** Precise enough to find the competent department: a county, or a city without counties. */
  boolean complete(Place p) {
    return p.atLeastCity() && (p.county() != null || counties.apply(p).isEmpty());
  }
}
