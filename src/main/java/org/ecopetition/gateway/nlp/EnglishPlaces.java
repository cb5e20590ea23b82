package org.ecopetition.gateway.nlp;

import com.hankcs.hanlp.HanLP;
import com.hankcs.hanlp.dictionary.py.Pinyin;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Places written in English or pinyin ("Pudong New Area, Shanghai", "Jiangning District, Nanjing") resolved
 * through the same gazetteer: each division is indexed by the pinyin of its name without the
 * administrative suffix, plus the conventional English names of a few provinces.
 */
public final class EnglishPlaces {
  private static final Pattern SUFFIX = Pattern.compile(
      "(特别行政区|维吾尔自治区|壮族自治区|回族自治区|自治区|自治州|自治县|自治旗|新区|地区|省|市|区|县|旗|盟)$");
  private static final Pattern WORD = Pattern.compile("[a-z]+");
  private static final Map<String, String> CONVENTIONAL = Map.of(
      "shaanxi", "61", "innermongolia", "15", "tibet", "54", "xizang", "54", "guangxi", "45", "ningxia", "64",
      "xinjiang", "65", "beijing", "11", "peking", "11", "canton", "4401");

  private final Gazetteer gazetteer;
  private final Map<String, List<Division>> byPinyin = new HashMap<>();

  public EnglishPlaces(Gazetteer gazetteer) {
    this.gazetteer = gazetteer;
    for (Division d : gazetteer.divisionsAboveTowns()) {
      if (Gazetteer.placeholderCity(d)) {
        continue;
      }
      String base = SUFFIX.matcher(d.name()).replaceAll("");
      if (base.length() < 2 && d.name().length() > 1) {
        base = d.name();
      }
      byPinyin.computeIfAbsent(pinyin(base), k -> new ArrayList<>()).add(d);
    }
    CONVENTIONAL.forEach((name, code) -> gazetteer.division(code)
        .ifPresent(d -> byPinyin.computeIfAbsent(name, k -> new ArrayList<>()).add(d)));
  }

  static String pinyin(String han) {
    StringBuilder b = new StringBuilder();
    for (Pinyin p : HanLP.convertToPinyinList(han)) {
      b.append(p.getPinyinWithoutTone().replace("ü", "v"));
    }
    return b.toString().toLowerCase(Locale.ROOT);
  }

  /** The place an English text names, if any; the span is that of the words matched. */
  public Optional<Gazetteer.Mention[]> find(String text) {
    String lower = text.toLowerCase(Locale.ROOT);
    List<int[]> words = new ArrayList<>();
    Matcher m = WORD.matcher(lower);
    while (m.find()) {
      words.add(new int[] {m.start(), m.end()});
    }
    List<Gazetteer.Mention> found = new ArrayList<>();
    for (int i = 0; i < words.size(); i++) {
      // One word ("Pudong"), or two written apart ("Fu Tian", "Inner Mongolia").
      for (int n = 2; n >= 1; n--) {
        if (i + n > words.size()) {
          continue;
        }
        String key = lower.substring(words.get(i)[0], words.get(i + n - 1)[1]).replaceAll("[^a-z]", "");
        List<Division> c = byPinyin.get(key);
        if (c != null && key.length() >= 4) {
          found.add(new Gazetteer.Mention(words.get(i)[0], words.get(i + n - 1)[1], c));
          i += n - 1;
          break;
        }
      }
    }
    return found.isEmpty() ? Optional.empty() : Optional.of(found.toArray(new Gazetteer.Mention[0]));
  }

  public Optional<Place> resolve(String text) {
    return find(text).flatMap(ms -> gazetteer.resolve(text, List.of(ms)));
  }
}
