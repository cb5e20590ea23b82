package org.ecopetition.gateway.routing;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.ecopetition.gateway.tsv.Tsv;

/**
 * The routing tables kept as data in nlp-models/routing: referrals outside the environment system with
 * their regional overrides, and special matters (nuclear safety, water bodies crossing provinces).
 */
public final class RoutingRules {
  /** An organ outside the environment system and why, in both languages. */
  public record Referral(String organ, String whyZh, String whyEn) {}

  record Override(String prefix, String matter, Referral referral) {}

  private final Map<String, Referral> referrals = new HashMap<>();
  private final List<Override> overrides = new ArrayList<>();
  private final Map<String, String> specialMatters = new HashMap<>();
  private final Map<String, String> crossProvinceWaters = new HashMap<>();

  private RoutingRules() {}

  public static RoutingRules bundled() {
    try {
      return load(resource("referrals.tsv"), resource("referral-overrides.tsv"), resource("special.tsv"));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static InputStream resource(String name) {
    InputStream in = RoutingRules.class.getResourceAsStream("/nlp-models/routing/" + name);
    if (in == null) {
      throw new IllegalStateException("nlp-models/routing/" + name + " is missing from the class path");
    }
    return in;
  }

  public static RoutingRules load(InputStream referrals, InputStream overrides, InputStream special) throws IOException {
    RoutingRules r = new RoutingRules();
    for (String[] f : rows(referrals)) {
      r.referrals.put(f[0], new Referral(f[1], f[2], f[3]));
    }
    for (String[] f : rows(overrides)) {
      r.overrides.add(new Override(f[0], f[1], new Referral(f[2], f.length > 3 ? f[3] : "", f.length > 4 ? f[4] : "")));
    }
    r.overrides.sort((a, b) -> b.prefix().length() - a.prefix().length());
    for (String[] f : rows(special)) {
      if (f[0].equals("matter")) {
        r.specialMatters.put(f[1], f[2]);
      } else if (f[0].equals("water")) {
        r.crossProvinceWaters.put(f[1], f[2]);
      }
    }
    return r;
  }

  private static List<String[]> rows(InputStream in) throws IOException {
    try (in) {
      return Tsv.read(in).stream().map(Tsv.Row::fields).toList();
    }
  }

  /**
   * Where a matter goes outside the environment system at a place, if it does: the longest regional
   * override first, then the national default. An override naming 生态环境 keeps it in the system.
   */
  public Optional<Referral> referral(String matter, String divisionCode) {
    if (matter == null) {
      return Optional.empty();
    }
    String code = divisionCode == null ? "" : divisionCode;
    for (Override o : overrides) {
      if (o.matter().equals(matter) && code.startsWith(o.prefix())) {
        return o.referral().organ().equals("生态环境") ? Optional.empty() : Optional.of(o.referral());
      }
    }
    return Optional.ofNullable(referrals.get(matter));
  }

  /** Every organ the tables may send a matter to (the petitioner reads its name in their language). */
  public java.util.Set<String> organs() {
    java.util.Set<String> all = new java.util.TreeSet<>();
    referrals.values().forEach(r -> all.add(r.organ()));
    overrides.stream().map(o -> o.referral().organ()).filter(o -> !o.equals("生态环境")).forEach(all::add);
    return all;
  }

  /** The organ's default entry (used when only the extractor's referral is known). */
  public Optional<Referral> referralTo(String organ) {
    return referrals.values().stream().filter(r -> r.organ().equals(organ)).findFirst()
        .or(() -> Optional.ofNullable(organ).map(o -> new Referral(o, "该事项不属于生态环境部门职责", "this is not for the environment authorities")));
  }

  /** "national" for matters the Ministry handles (nuclear safety). */
  public Optional<String> specialMatter(String matter) {
    return Optional.ofNullable(matter).map(specialMatters::get);
  }

  /** A water body crossing provinces named in the text, if any. */
  public Optional<String> crossProvinceWater(String text) {
    if (text == null) {
      return Optional.empty();
    }
    return crossProvinceWaters.keySet().stream().filter(text::contains).findFirst();
  }
}
