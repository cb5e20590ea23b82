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
  /** An eco-environment bureau named just before a branch's county name. */
  private static final Pattern OF_BUREAU = Pattern.compile("(?:生态环境|环境保护|环保)局[^，,。；;、和与及]{1,8}$");
  /** A bureau or department named in full, not a branch: a 局 not followed within a few characters by 分局, or a 厅. */
  private static final Pattern FULL_BUREAU =
      Pattern.compile("(?:生态环境|环境保护|环保)(?:厅|局(?![^，,。；;、和与及]{0,8}分局))");

  private final DepartmentDirectory directory;
  private final Gazetteer gazetteer;
  /** The county branches with their names, made once: the directory does not change once built. */
  private final List<CountyName> countyNames;

  Branches(DepartmentDirectory directory, Gazetteer gazetteer) {
    this.directory = directory;
    this.gazetteer = gazetteer;
    this.countyNames = countyNames(directory, gazetteer);
  }

  /** Whether {@code about} names an eco-environment branch (分局 not of another agency). */
  boolean named(String about) {
    return about != null && firstCue(about) >= 0;
  }

  /**
   * The units to bar for the branches named in {@code about} — every one of them: "六合分局和浦口分局", "江宁区分局、溧水区
   * 分局" bar each branch, not the first alone — and, beside a branch, every bureau named in full ("溧水区生态环境局",
   * "苏州市生态环境局"). A branch the text says which of is that branch (with its city named there or the place's);
   * "分局" with no county the city has bars the branch of the place and its city both, erring toward protection (the
   * matter then goes above the city). Empty: no branch named, or nothing to bar.
   */
  List<Department> units(String about, Place place) {
    List<Integer> cues = cues(about);
    if (cues.isEmpty()) {
      return List.of();
    }
    java.util.LinkedHashSet<Department> out = new java.util.LinkedHashSet<>();
    int from = 0;
    Optional<Department> textCity = cityOf(gazetteer.resolve(about))
        .or(() -> cityOf(gazetteer.resolve(about.substring(0, cues.get(0)))));
    for (int at : cues) {
      // The words since the last branch, without the 和 that joins them ("六合分局和浦口分局").
      String segment = about.substring(from, at);
      out.addAll(unitsAt(from == 0 ? segment : segment.replaceFirst("^[和与及跟、，,]", ""), textCity,
          CITY_TOO.matcher(about).find(), place));
      from = at + 2;
    }
    out.addAll(bureausInFull(about));
    return List.copyOf(out);
  }

  /** The units of one branch named in {@code about}, {@code segment} the words since the branch before it. */
  private List<Department> unitsAt(String segment, Optional<Department> textCity, boolean cityToo, Place place) {
    String before = ENV_WORD.matcher(segment).replaceFirst("");
    Optional<Place> own = gazetteer.resolve(segment).filter(p -> !p.ambiguous() && p.code() != null);
    if (own.isPresent() && Department.Level.ofCode(own.get().code()) == Department.Level.COUNTY) {
      Optional<Department> county = directory.byCode(own.get().code())
          // Not a county of another city than the text names ("攀枝花市…东区分局" is no 东区 elsewhere).
          .filter(d -> textCity.isEmpty() || textCity.get().code().equals(d.parentCode()));
      if (county.isPresent()) {
        return List.of(county.get()); // the county named in full ("江宁区分局")
      }
    }
    // The city as named with this branch, as named anywhere in the text ("南京市生态环境局六合分局和浦口分局"), or the
    // place's: the first that has exactly one branch of that name ("西安分局" of 牡丹江市 is no branch of 西安市).
    Optional<Department> placeUnit = place == null ? Optional.empty() : directory.competentFor(place);
    List<Department> cities = new ArrayList<>();
    // A city the branch's own words name with its 市 ("苏州市吴中分局") comes first; a bare name ("朝阳分局") after the
    // city the text names.
    Optional<Department> ownCity = cityOf(own);
    boolean saidInFull = ownCity.flatMap(d -> gazetteer.division(d.code())).filter(v -> segment.contains(v.name()))
        .isPresent();
    for (Optional<Department> c : List.of(saidInFull ? ownCity : textCity, saidInFull ? textCity : ownCity,
        placeUnit.map(d -> d.level() == Department.Level.COUNTY ? directory.parent(d).orElse(d) : d)
            .filter(d -> d.level() == Department.Level.CITY))) {
      c.filter(d -> !cities.contains(d)).ifPresent(cities::add);
    }
    Optional<Department> city = cities.isEmpty() ? Optional.empty() : Optional.of(cities.get(0));
    List<Department> matches = matches(before, city);
    for (Department other : cities) {
      if (matches.size() == 1) {
        break;
      }
      List<Department> there = matches(before, Optional.of(other));
      if (there.size() == 1) {
        city = Optional.of(other);
        matches = there;
      }
    }
    if (matches.size() == 1) {
      // The city's bureau accused as well ("市局和六合分局"): both.
      if (city.isPresent() && cityToo) {
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

  /** The city of a place read: the city itself, or a county's city. */
  private Optional<Department> cityOf(Optional<Place> named) {
    return named.filter(p -> !p.ambiguous() && p.code() != null)
        .flatMap(p -> directory.byCode(p.code()))
        .map(d -> d.level() == Department.Level.COUNTY ? directory.parent(d).orElse(d) : d)
        .filter(d -> d.level() == Department.Level.CITY);
  }

  /** The county branches (of {@code city}, or of any city) whose division's name ends {@code before}. */
  private List<Department> matches(String before, Optional<Department> city) {
    String base = LEVEL.matcher(before).replaceFirst("");
    List<Department> matches = new ArrayList<>();
    for (CountyName c : countyNames) {
      if (city.isPresent() && !city.get().code().equals(c.department().parentCode())) {
        continue;
      }
      // "沙市分局" (沙市区), "梅县分局" (梅县区): the short name may itself end in 市 or 县.
      if (c.shortName().length() >= 2 && (base.endsWith(c.shortName()) || before.endsWith(c.shortName()))
          || before.endsWith(c.name())) {
        matches.add(c.department());
      }
    }
    return matches;
  }

  /** A county branch with its division's official name and that name without its level character. */
  private record CountyName(Department department, String name, String shortName) {}

  private static List<CountyName> countyNames(DepartmentDirectory directory, Gazetteer gazetteer) {
    List<CountyName> out = new ArrayList<>();
    for (Department d : directory.all()) {
      if (d.level() != Department.Level.COUNTY) {
        continue;
      }
      gazetteer.division(d.code()).map(Division::name)
          .ifPresent(name -> out.add(new CountyName(d, name, LEVEL.matcher(name).replaceFirst(""))));
    }
    return List.copyOf(out);
  }

  /**
   * The bureaus named in full beside a branch ("六合分局和溧水区生态环境局"): each a 局 or 厅 not of a branch, whose words
   * since the last separator name a division the directory has. "市局" names none: {@link #CITY_TOO} reads it.
   */
  List<Department> bureausInFull(String about) {
    List<Department> out = new ArrayList<>();
    Matcher m = FULL_BUREAU.matcher(about);
    int from = 0;
    while (m.find()) {
      String segment = about.substring(from, m.start());
      from = m.end();
      int cut = Math.max(segment.lastIndexOf("分局") + 2, lastSeparator(segment));
      // A leading 和 joins the units; one inside the words is a county's (西和县, 平和县, 和田县).
      String words = segment.substring(Math.max(cut, 0)).replaceFirst("^[和与及跟]", "");
      // "马鞍山市生态环境局和县分局": the 和 is 和县's, the bureau the branch's city — not a second unit.
      int branch = about.indexOf("分局", m.end());
      if (branch >= 0 && branch - m.end() <= 8 && gazetteer.resolve(words + about.substring(m.end(), branch))
          .filter(p -> p.code() != null && Department.Level.ofCode(p.code()) == Department.Level.COUNTY).isPresent()) {
        continue;
      }
      gazetteer.resolve(words).filter(p -> !p.ambiguous() && p.code() != null)
          .flatMap(p -> directory.byCode(p.code())).ifPresent(out::add);
    }
    return out;
  }

  private static int lastSeparator(String s) {
    int at = -1;
    for (int i = 0; i < s.length(); i++) {
      if ("，,。；;、与及跟".indexOf(s.charAt(i)) >= 0) {
        at = i;
      }
    }
    return at + 1;
  }

  /** The highest of {@code units}: the level above it handles the matter. */
  static Department highest(List<Department> units) {
    return units.stream().min(Comparator.comparingInt(d -> d.level().ordinal())).orElseThrow();
  }

  private int firstCue(String about) {
    List<Integer> all = cues(about);
    return all.isEmpty() ? -1 : all.get(0);
  }

  /** Where each eco-environment branch is named ("分局" not of another agency), in order. */
  private List<Integer> cues(String about) {
    List<Integer> out = new ArrayList<>();
    Matcher m = BRANCH.matcher(about);
    while (m.find()) {
      String before = about.substring(0, m.start());
      String bare = ENV_WORD.matcher(before).replaceFirst("");
      boolean agency = OTHER_AGENCY.matcher(LEVEL.matcher(bare).replaceFirst("")).find() || OTHER_AGENCY.matcher(bare).find();
      // "荆州市生态环境局公安分局": a branch of the eco-environment bureau just named, whatever its county is called.
      if (!agency || countyEnding(bare) || OF_BUREAU.matcher(before).find()) {
        out.add(m.start());
      }
    }
    return out;
  }

  /**
   * Whether {@code words} end in a county's name that itself ends in an agency's word: "山海关分局" (山海关区), "公安县分局"
   * (公安县) are eco-environment branches, "六合公安分局" a police one.
   */
  private boolean countyEnding(String words) {
    Matcher agency = OTHER_AGENCY.matcher(LEVEL.matcher(words).replaceFirst(""));
    if (!agency.find()) {
      agency = OTHER_AGENCY.matcher(words);
      if (!agency.find()) {
        return false;
      }
    }
    String word = agency.group();
    for (CountyName c : countyNames) {
      if (c.shortName().length() > word.length() && c.shortName().endsWith(word) && words.endsWith(c.shortName())
          || words.endsWith(c.name()) && c.name().length() > word.length()) {
        return true;
      }
    }
    return false;
  }
}
