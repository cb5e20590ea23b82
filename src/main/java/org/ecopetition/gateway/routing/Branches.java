package org.ecopetition.gateway.routing;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.ecopetition.gateway.nlp.Division;
import org.ecopetition.gateway.nlp.Gazetteer;
import org.ecopetition.gateway.nlp.Place;

/**
 * A county branch of a city's bureau (分局) as people name it — "南京市生态环境局六合分局", "六合分局", "江宁区环保分局" —
 * read as that branch. The gazetteer alone reads no county in "六合分局" (the county's name without 区), so the unit was
 * taken for the city bureau, one level higher: the city, which should handle the matter, lost it. Pure.
 */
final class Branches {
  private static final Pattern BRANCH = Pattern.compile("分局");
  private static final Pattern ENV_WORD = Pattern.compile("(?:生态环境|环境保护|环保)$");
  /** Branches of other agencies: a police or tax branch is no eco-environment unit. */
  private static final Pattern OTHER_AGENCY = Pattern.compile(
      "(?:公安|税务|交警|交管|铁路|海关|林业|工商|市场监督管理|市场监管|自然资源|规划|水务|城管|派出所|气象|邮政)$");
  /** The city's own bureau named beside the branch: "市局", or a 局 not followed within a few characters by 分局. */
  private static final Pattern CITY_TOO = Pattern.compile("市局|(?:生态环境|环境保护|环保)局(?![^，,。；;、和与及]{0,8}分局)");
  private static final Pattern LEVEL = Pattern.compile("[区县市旗]$");

  private final DepartmentDirectory directory;
  private final Gazetteer gazetteer;

  Branches(DepartmentDirectory directory, Gazetteer gazetteer) {
    this.directory = directory;
    this.gazetteer = gazetteer;
  }

  /** Whether {@code about} names an eco-environment branch (分局 not of another agency). */
  boolean named(String about) {
    return about != null && firstCue(about) >= 0;
  }

  /**
   * The units to bar for a branch named in {@code about}: the branch alone when the text says which one (with its city
   * named there or the place's), otherwise — "分局" with no county the city has — the branch of the place and its city
   * both, erring toward protection (the matter then goes above the city). Empty: no branch named, or nothing to bar.
   */
  List<Department> units(String about, Place place) {
    int at = firstCue(about);
    if (at < 0) {
      return List.of();
    }
    String before = ENV_WORD.matcher(about.substring(0, at)).replaceFirst("");
    Optional<Place> named = gazetteer.resolve(about).filter(p -> !p.ambiguous() && p.code() != null);
    if (named.isPresent() && Department.Level.ofCode(named.get().code()) == Department.Level.COUNTY) {
      Optional<Department> county = directory.byCode(named.get().code());
      if (county.isPresent()) {
        return List.of(county.get()); // the county named in full ("江宁区分局")
      }
      named = Optional.empty();
    }
    Optional<Department> placeUnit = place == null ? Optional.empty() : directory.competentFor(place);
    Optional<Department> city = named.flatMap(p -> directory.byCode(p.code()))
        .filter(d -> d.level() == Department.Level.CITY)
        .or(() -> placeUnit.map(d -> d.level() == Department.Level.COUNTY ? directory.parent(d).orElse(d) : d)
            .filter(d -> d.level() == Department.Level.CITY));
    String base = LEVEL.matcher(before).replaceFirst("");
    List<Department> matches = new ArrayList<>();
    for (Department d : directory.all()) {
      if (d.level() != Department.Level.COUNTY || city.isPresent() && !city.get().code().equals(d.parentCode())) {
        continue;
      }
      Optional<Division> div = gazetteer.division(d.code());
      if (div.isEmpty()) {
        continue;
      }
      String name = div.get().name();
      String shortName = LEVEL.matcher(name).replaceFirst("");
      if (shortName.length() >= 2 && base.endsWith(shortName) || before.endsWith(name)) {
        matches.add(d);
      }
    }
    if (matches.size() == 1) {
      // The city's bureau accused as well ("市局和六合分局"): both.
      if (city.isPresent() && CITY_TOO.matcher(about).find()) {
        return List.of(city.get(), matches.get(0));
      }
      return matches;
    }
    // Which branch is unsure: the place's branch and its city, both (erring toward protection).
    List<Department> both = new ArrayList<>();
    city.ifPresent(both::add);
    placeUnit.filter(d -> d.level() == Department.Level.COUNTY).ifPresent(both::add);
    return both;
  }

  /** The highest of {@code units}: the level above it handles the matter. */
  static Department highest(List<Department> units) {
    return units.stream().min(Comparator.comparingInt(d -> d.level().ordinal())).orElseThrow();
  }

  private static int firstCue(String about) {
    Matcher m = BRANCH.matcher(about);
    while (m.find()) {
      String before = about.substring(0, m.start());
      String bare = ENV_WORD.matcher(before).replaceFirst("");
      if (!OTHER_AGENCY.matcher(LEVEL.matcher(bare).replaceFirst("")).find() && !OTHER_AGENCY.matcher(bare).find()) {
        return m.start();
      }
    }
    return -1;
  }
}
