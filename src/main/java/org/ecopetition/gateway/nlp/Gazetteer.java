package org.ecopetition.gateway.nlp;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.ecopetition.gateway.tsv.Tsv;

/**
 * The administrative divisions of China (nlp-models/gazetteer/divisions.tsv), and place mentions in text
 * resolved to them: parents are inferred ("杭州余杭区" → 浙江省), a county name found in several cities with
 * none named is ambiguous and never guessed. Loaded once; immutable; thread-safe.
 */
public final class Gazetteer {
  private static final Set<String> MUNICIPALITIES = Set.of("11", "12", "31", "50");
  private static final Set<String> PLACEHOLDER_CITIES = Set.of("市辖区", "县", "省直辖县级行政区划", "自治区直辖县级行政区划");
  private static final Pattern PROVINCE_SUFFIX = Pattern.compile("(省|市|壮族自治区|回族自治区|维吾尔自治区|自治区|特别行政区)$");
  private static final Pattern CITY_SUFFIX = Pattern.compile("(市|地区|盟)$");
  /**
   * An autonomous division's name: its stem, then the peoples it is named for, from the list of China's peoples (not any
   * characters before 族: 张家川回族 is 张家川, not 张家; 前郭尔罗斯蒙古族 is 前郭尔罗斯; 黔西南 is no 黔西), then 自治县/州/旗.
   */
  private static final Pattern AUTONOMOUS = Pattern.compile("(\\p{IsHan}{2,}?)(?:(?:蒙古|藏|回|维吾尔|苗|彝|壮|布依|朝鲜|满|侗|瑶|白"
      + "|土家|哈尼|哈萨克|傣|黎|傈僳|佤|畲|拉祜|水|东乡|纳西|景颇|柯尔克孜|土|达斡尔|仫佬|羌|布朗|撒拉|毛南|仡佬|锡伯|阿昌|普米"
      + "|塔吉克|怒|乌孜别克|俄罗斯|鄂温克|德昂|保安|裕固|京|塔塔尔|独龙|鄂伦春|赫哲|门巴|珞巴|基诺|各)族?)+自治(县|州|旗)");

  private final Map<String, Division> byCode = new HashMap<>();
  private final Map<String, List<Division>> byName = new HashMap<>();
  private final Map<String, List<Division>> towns = new HashMap<>();
  /** Counties by their short names (什邡 for 什邡市), under the code of their city or province. */
  private final Map<String, Map<String, Division>> shortUnder = new HashMap<>();
  /** The short names read alone (义乌, 晋江): a place in a text, but no reason to doubt a person's name (欧阳春). */
  private final java.util.Set<String> shortAlone = new java.util.HashSet<>();
  /** The districts whose name begins with 市 (市中区, 市南区, 市北区): see {@link #shiDistrict}. */
  private final List<Division> shiDistricts = new ArrayList<>();
  private static final Pattern COUNTY_SUFFIX = Pattern.compile("(市|县|区|旗|新区)$");
  /** Every county's short name (番禺 for 番禺区, 江北 for both 江北区), read only where one of its own towns follows. */
  private final CharTrie<List<Division>> shortNames = new CharTrie<>();
  private static final Pattern TOWN_SUFFIX = Pattern.compile("(街道办事处|街道|地区办事处|镇|乡|苏木)$");
  /** District names that are also words for part of a place (城区 "the town", 郊区 "the outskirts", 矿区 "the mines"). */
  private static final Set<String> AREA_WORDS = Set.of("城区", "郊区", "矿区", "老城区");
  /**
   * Words that take back the place just said (宽城区 不对不对 是朝阳区; 利通区的哦不是我家在青铜峡): 不是 only after a filler
   * and before a pause or 我, so that 利通区不是青铜峡 (a place denied) is none.
   */
  private static final Pattern CORRECTION = Pattern.compile("^[\\s，,。的哦噢啊呃嗯]*(?:不对|说错了|错了|搞错了|(?<=[的哦噢啊呃嗯，,\\s])不是(?=[\\s，,。]|我))"
      + "(?:[\\s，,。]*不对)*[\\s，,]*(?:应该是|应是|我们?家?(?:是在|是|在|住在?)|是在|是|在)?[\\s]*$");
  /** The names of byName by their characters: the longest at a position is found in one walk. */
  private final CharTrie<List<Division>> names = new CharTrie<>();
  /** A character typed for one of a place's name it looks like (雎 for 睢, 毫 for 亳): look-alikes.tsv. */
  private final Map<Character, Character> lookAlikes = new HashMap<>();
  /** The typed characters of lookAlikes, tested at every position without boxing a character. */
  private final java.util.BitSet lookAlikeTyped = new java.util.BitSet();
  /** Towns, townships and subdistricts by their full name (胜芳镇, 冶山街道), to place a text that names no county. */
  private final Map<String, List<Division>> townsByName = new HashMap<>();
  /** Towns whose name is one character and 镇 (张镇), kept out of townsByName: see {@link #twoCharTown}. */
  private final Map<String, List<Division>> twoCharTowns = new HashMap<>();
  /** The length of the longest name in townsByName: how far back from a level character a town's name may start. */
  private int longestTown;
  /** The levels a town is named with (镇, 乡, 街道, 苏木): the last characters of every key of townsByName. */
  private static final Pattern TOWN_LEVEL = Pattern.compile("(?:镇|乡|街道|苏木)$");
  /**
   * The two last characters of a town's name that are a word of their own (于家乡 holds 家乡, 盘古镇 古镇, 辛集镇 集镇): such a
   * name is a town only where a place word, a pronoun or the start of a clause stands before it (关于家乡 is no 于家乡).
   */
  private static final Set<String> WORD_TAILS = Set.of("家乡", "故乡", "城乡", "老乡", "水乡", "他乡", "异乡", "回乡", "返乡",
      "同乡", "外乡", "本乡", "下乡", "古镇", "小镇", "城镇", "乡镇", "集镇", "重镇", "村镇",
      // a verb of going and the town one goes to (开车往镇上送, 赶紧进镇, 从镇上回来): no 车往镇 (r28rest)
      "往镇", "往乡", "进镇", "进乡", "回镇", "在镇", "从镇", "离镇", "向镇");
  /** What may follow a township's 乡 that makes the 乡 part of a word (乡亲, 乡下, 乡土): no township's name ends there. */
  private static final String XIANG_WORDS = "亲下土音愁";
  /** Short names that are also ordinary words (长寿, 光明, 城中): read alone only where a place word follows at once. */
  private final Set<String> ordinaryWords = new java.util.HashSet<>();
  /** Counties by their level character and the length of the name before it (攸 of 攸县, 醴陵 of 醴陵市): for misspellings. */
  private final Map<String, List<Division>> byLevelAndLength = new HashMap<>();
  /** Cities (市) by the length of the name before 市 (铜仁 of 铜仁市): for misspellings. */
  private final Map<Integer, List<Division>> citiesByLength = new HashMap<>();
  /** The levels of {@link #byLevelAndLength}, in the order of {@link #spelt}'s first index. */
  private static final String LEVELS = "市县区旗";
  /** byLevelAndLength as [level in LEVELS][length]: no key made at each position before a level character. */
  private final Spellings[][] spelt = new Spellings[LEVELS.length()][5];
  /** citiesByLength as [length]. */
  private final Spellings[] citiesSpelt = new Spellings[5];
  /** Each county's towns' names without their level (大石 of 大石镇), in the order of {@link #towns}: made once, not per look. */
  private final Map<String, String[]> townBares = new HashMap<>();
  /** Towns' bare names that more than one county has. */
  private final Set<String> sharedBares = new java.util.HashSet<>();
  /**
   * Towns' bare names that one county alone has (正紫 of 正紫镇, 拉林 of 拉林满族镇: an ethnic group before the level is
   * dropped too), of two characters or more and no division's name: read where a text names no place but says one of
   * them before 这边, 那块, 这疙瘩 (see {@link #bareTown}).
   */
  private final Map<String, Division> uniqueBares = new HashMap<>();
  /** An ethnic group before a town's level (拉林满族镇, 大河回族乡): dropped with the level for {@link #uniqueBares}. */
  private static final Pattern ETHNIC_TAIL = Pattern.compile("^(\\p{IsHan}{2,}?)(?:(?:蒙古|藏|回|维吾尔|苗|彝|壮|布依|朝鲜|满|侗"
      + "|瑶|白|土家|哈尼|哈萨克|傣|黎|傈僳|佤|畲|拉祜|水|东乡|纳西|景颇|柯尔克孜|土|达斡尔|仫佬|羌|布朗|撒拉|毛南|仡佬|锡伯|各)族)+$");
  /** Autonomous counties' stems (威宁 of 威宁彝族回族苗族自治县), read alone only with a place word after them. */
  private final Set<String> autonomousStems = new java.util.HashSet<>();
  /** Stems that are everyday words (大厂 "a big works", 通道 "a passage", 河口, 沿河 "along the river"): never read alone. */
  private static final Set<String> STEM_WORDS = Set.of("大厂", "通道", "河口", "互助", "沿河", "大通", "三江", "大化", "长白",
      "青龙", "江城", "双江", "宽城", "连山", "民和", "化隆", "石柱", "长阳", "五峰");
  private static final String[] NO_TOWNS = new String[0];

  /**
   * Divisions of one level and name length, with the first two characters of each name side by side: a name read
   * but for one character has its first or its second right, and the others are passed over by two comparisons
   * (misspeltAlone asks at every position before a level character, among hundreds of counties).
   */
  private record Spellings(List<Division> all, char[] first, char[] second, Map<Character, int[]> byFirst, Map<Character, int[]> bySecond) {
    static Spellings of(List<Division> all) {
      if (all == null) {
        return null;
      }
      char[] first = new char[all.size()];
      char[] second = new char[all.size()];
      for (int k = 0; k < all.size(); k++) {
        String name = all.get(k).name();
        first[k] = name.charAt(0);
        second[k] = name.length() > 1 ? name.charAt(1) : 0;
      }
      return new Spellings(all, first, second, positions(first), positions(second));
    }

    /** Each character's positions in {@code chars}, in order. */
    private static Map<Character, int[]> positions(char[] chars) {
      Map<Character, List<Integer>> at = new HashMap<>();
      for (int k = 0; k < chars.length; k++) {
        at.computeIfAbsent(chars[k], c -> new ArrayList<>()).add(k);
      }
      Map<Character, int[]> out = new HashMap<>();
      at.forEach((c, ks) -> out.put(c, ks.stream().mapToInt(Integer::intValue).toArray()));
      return out;
    }

    /** Whether name k cannot read text at i but for one character (for names of two characters or more). */
    boolean farFrom(int k, char c0, char c1) {
      return first[k] != c0 && second[k] != c1;
    }

    /**
     * The first name after k that is not {@link #farFrom} c0 and c1 (or the size): the same names in the same order as
     * a loop over all that skips the far ones, found by the two characters' positions instead of a pass over hundreds.
     */
    int nextNear(int k, char c0, char c1) {
      return Math.min(after(byFirst.get(c0), k), after(bySecond.get(c1), k));
    }

    private int after(int[] ks, int k) {
      if (ks == null) {
        return all.size();
      }
      int p = java.util.Arrays.binarySearch(ks, k + 1);
      p = p < 0 ? -p - 1 : p;
      return p < ks.length ? ks[p] : all.size();
    }
  }

  private Gazetteer() {}

  /** The gazetteer packed in the jar. */
  /** The gazetteer packed in the jar: immutable, so read once per JVM and shared by every gateway in it. */
  public static Gazetteer bundled() {
    Gazetteer g = bundled;
    if (g == null) {
      synchronized (Gazetteer.class) {
        if (bundled == null) {
          bundled = readBundled();
        }
        g = bundled;
      }
    }
    return g;
  }

  private static volatile Gazetteer bundled;

  private static Gazetteer readBundled() {
    try (InputStream in = Gazetteer.class.getResourceAsStream("/nlp-models/gazetteer/divisions.tsv");
        InputStream words = Gazetteer.class.getResourceAsStream("/nlp-models/gazetteer/short-words.txt");
        InputStream former = Gazetteer.class.getResourceAsStream("/nlp-models/gazetteer/former-names.tsv");
        InputStream shortForms = Gazetteer.class.getResourceAsStream("/nlp-models/gazetteer/short-names.tsv");
        InputStream alike = Gazetteer.class.getResourceAsStream("/nlp-models/gazetteer/look-alikes.tsv")) {
      if (in == null || words == null || former == null || alike == null || shortForms == null) {
        throw new IllegalStateException("nlp-models/gazetteer/ is missing from the class path");
      }
      Set<String> ordinary = new java.util.HashSet<>();
      for (String line : new String(words.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8).split("\n")) {
        String w = line.strip();
        if (!w.isEmpty() && !w.startsWith("#")) {
          ordinary.add(w);
        }
      }
      List<String[]> formerNames = new ArrayList<>();
      for (Tsv.Row row : Tsv.read(former)) {
        formerNames.add(row.fields());
      }
      for (Tsv.Row row : Tsv.read(shortForms)) {
        formerNames.add(row.fields()); // read as a former name is: another name of one division under its city
      }
      Gazetteer g = load(in, ordinary, formerNames);
      for (Tsv.Row row : Tsv.read(alike)) {
        g.lookAlikes.put(row.fields()[0].charAt(0), row.fields()[1].strip().charAt(0));
        g.lookAlikeTyped.set(row.fields()[0].charAt(0));
      }
      return g;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public static Gazetteer load(InputStream in) throws IOException {
    return load(in, Set.of(), List.of());
  }

  private static Gazetteer load(InputStream in, Set<String> ordinary, List<String[]> former) throws IOException {
    Gazetteer g = new Gazetteer();
    g.ordinaryWords.addAll(ordinary);
    for (Tsv.Row row : Tsv.read(in)) {
      String[] f = row.fields();
      Division d = new Division(f[0], Division.Level.valueOf(f[1].toUpperCase()), f[2], f.length > 3 ? f[3] : "");
      g.byCode.put(d.code(), d);
    }
    for (Division d : g.byCode.values()) {
      switch (d.level()) {
        case PROVINCE -> {
          g.index(d.name(), d);
          g.index(PROVINCE_SUFFIX.matcher(d.name()).replaceAll(""), d);
        }
        case CITY -> {
          if (!PLACEHOLDER_CITIES.contains(d.name())) {
            g.index(d.name(), d);
            g.index(CITY_SUFFIX.matcher(d.name()).replaceAll(""), d);
            Matcher m = AUTONOMOUS.matcher(d.name());
            if (m.matches()) {
              g.index(m.group(1) + "州", d); // 延边州
              g.index(m.group(1), d);
            }
          }
        }
        case COUNTY -> {
          g.index(d.name(), d);
          // 陵水县 for 陵水黎族自治县, 围场县 for 围场满族蒙古族自治县: how people write them.
          Matcher m = AUTONOMOUS.matcher(d.name());
          if (m.matches()) {
            g.index(m.group(1) + m.group(2), d);
          }
        }
        case TOWN -> {
          g.towns.computeIfAbsent(d.parentCode(), k -> new ArrayList<>()).add(d);
          if (d.name().length() == 2 && d.name().charAt(1) == '镇') {
            g.twoCharTowns.computeIfAbsent(d.name(), k -> new ArrayList<>()).add(d);
          }
          if (d.name().length() >= 3 && TOWN_LEVEL.matcher(d.name()).find()) {
            g.townsByName.computeIfAbsent(d.name(), k -> new ArrayList<>()).add(d);
            g.longestTown = Math.max(g.longestTown, d.name().length());
          }
        }
      }
    }
    // A county written without its level (什邡, 义乌, 监利): after its city or province (德阳什邡, 北京昌平) always;
    // alone only for a county-level city whose short name is no other division's name nor shared.
    Map<String, List<Division>> shortNames = new HashMap<>();
    for (Division d : g.byCode.values()) {
      if (d.level() == Division.Level.COUNTY) {
        String shortName = COUNTY_SUFFIX.matcher(d.name()).replaceAll("");
        Matcher autonomous = AUTONOMOUS.matcher(d.name());
        if (autonomous.matches()) {
          shortName = autonomous.group(1); // 威宁 for 威宁彝族回族苗族自治县, said alone as any county's short name (r22rest)
          if (STEM_WORDS.contains(shortName)) {
            continue;
          }
          g.autonomousStems.add(shortName);
        }
        if (shortName.length() >= 2 && !shortName.equals(d.name())) {
          shortNames.computeIfAbsent(shortName, k -> new ArrayList<>()).add(d);
          Division city = g.parent(d);
          Division above = city != null && PLACEHOLDER_CITIES.contains(city.name()) ? g.parent(city) : city;
          if (above != null) {
            g.shortUnder.computeIfAbsent(above.code(), k -> new HashMap<>()).put(shortName, d);
          }
        }
      }
    }
    shortNames.forEach((name, list) -> g.shortNames.putIfAbsent(name, List.copyOf(list)));
    shortNames.forEach((name, list) -> {
      Division d = list.get(0);
      if (list.size() == 1 && d.name().endsWith("市") && !g.byName.containsKey(name) && name.length() >= 2) {
        g.index(name, d);
        g.shortAlone.add(name);
      }
    });
    for (Division d : g.byCode.values()) {
      String name = d.name();
      if (d.level() == Division.Level.COUNTY && name.length() >= 3 && name.charAt(0) == '市') {
        g.shiDistricts.add(d);
      }
      if (d.level() == Division.Level.COUNTY && name.length() <= 5 && "市县区旗".indexOf(name.charAt(name.length() - 1)) >= 0) {
        g.byLevelAndLength.computeIfAbsent(name.charAt(name.length() - 1) + "" + (name.length() - 1), k -> new ArrayList<>()).add(d);
      }
      if (d.level() == Division.Level.CITY && name.length() <= 5 && name.endsWith("市")) {
        g.citiesByLength.computeIfAbsent(name.length() - 1, k -> new ArrayList<>()).add(d);
      }
    }
    for (int l = 0; l < LEVELS.length(); l++) {
      for (int len = 1; len <= 4; len++) {
        g.spelt[l][len] = Spellings.of(g.byLevelAndLength.get(LEVELS.charAt(l) + "" + len));
      }
    }
    for (int len = 1; len <= 4; len++) {
      g.citiesSpelt[len] = Spellings.of(g.citiesByLength.get(len));
    }
    g.towns.forEach((county, list) -> g.townBares.put(county,
        list.stream().map(t -> TOWN_SUFFIX.matcher(t.name()).replaceAll("")).toArray(String[]::new)));
    Set<String> seen = new java.util.HashSet<>();
    g.townBares.values().forEach(bares -> {
      for (String bare : bares) {
        if (!seen.add(bare)) {
          g.sharedBares.add(bare); // 洪山 (街道) in Changsha and Wuhan: a town's name that tells no county alone
        }
      }
    });
    Map<String, Set<String>> bareCounties = new HashMap<>();
    g.towns.forEach((county, list) -> {
      for (Division t : list) {
        String bare = TOWN_SUFFIX.matcher(t.name()).replaceAll("");
        Matcher ethnic = ETHNIC_TAIL.matcher(bare);
        bare = ethnic.matches() ? ethnic.group(1) : bare;
        bareCounties.computeIfAbsent(bare, k -> new java.util.HashSet<>()).add(county);
        // Beijing's 地区 (地区办事处) are its towns as people say them (周口店地区, 十八里店地区); one whose bare name is a
        // county's (平房地区: 哈尔滨平房区 as well) or another division's is left to them.
        if (t.name().endsWith("地区") && t.code().startsWith("11") && !shortNames.containsKey(bare)
            && !g.byName.containsKey(bare) && bare.length() >= 2) {
          g.townsByName.computeIfAbsent(t.name(), k -> new ArrayList<>()).add(t);
          g.longestTown = Math.max(g.longestTown, t.name().length());
        }
      }
    });
    bareCounties.forEach((bare, counties) -> {
      if (counties.size() == 1 && bare.length() >= 2 && !g.byName.containsKey(bare) && !shortNames.containsKey(bare)) {
        g.uniqueBares.put(bare, g.byCode.get(counties.iterator().next()));
      }
    });
    g.former(former);
    g.byName.forEach(g.names::putIfAbsent);
    return g;
  }

  /** Names a division had before (鄞县, 萧山市, 闸北区), read as the division it is now. */
  private final Set<String> formerNames = new java.util.HashSet<>();
  /** The candidate lists of the former names, by identity: a mention is told a former name's without a substring. */
  private final Set<List<Division>> formerLists = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
  /**
   * Former names of two characters (鄞县, 通县) and those whose stem is a word (南海市, 新城市): read only where a place
   * is (在鄞县, 北京通县, a clause opening), not inside a word (普通县城, 新城市广场).
   */
  private final Set<String> formerGuarded = new java.util.HashSet<>();

  /**
   * The former names: the table of renames and merges (former-names.tsv) first; then by rule, as most changes
   * kept the name and changed the level, a district's name with 县 or 市 (撤县设区, 撤市设区: 密云县, 萧山市) and a
   * county-level city's with 县 (撤县设市: 宁乡县), where no division has that name now and the name is no word.
   */
  private void former(List<String[]> table) {
    for (String[] f : table) {
      Division now = null;
      for (Division d : byName.getOrDefault(f[1], List.of())) {
        for (Division a = d; a != null && now == null; a = parent(a)) {
          now = a.name().equals(f[2]) ? d : null;
        }
      }
      if (now == null || byName.containsKey(f[0])) {
        throw new IllegalStateException("former-names.tsv: " + String.join(" ", f) + " is no division's former name");
      }
      List<Division> list = List.of(now);
      byName.put(f[0], list);
      formerNames.add(f[0]);
      formerLists.add(list);
      if (f[0].length() == 2) {
        formerGuarded.add(f[0]);
      }
      String bare = COUNTY_SUFFIX.matcher(f[0]).replaceAll("");
      Division city = parent(now);
      Division above = city != null && PLACEHOLDER_CITIES.contains(city.name()) ? parent(city) : city;
      if (bare.length() >= 2 && above != null && now.level() == Division.Level.COUNTY) {
        shortUnder.computeIfAbsent(above.code(), k -> new HashMap<>()).putIfAbsent(bare, now); // 上海南汇, 天津塘沽
      }
    }
    Map<String, List<Division>> byRule = new HashMap<>();
    for (Division d : byCode.values()) {
      String name = d.name();
      boolean district = name.endsWith("区") && !name.endsWith("新区");
      if (d.level() != Division.Level.COUNTY || !district && !name.endsWith("市")) {
        continue;
      }
      String stem = name.substring(0, name.length() - 1);
      if (stem.length() < 2) {
        continue;
      }
      for (String old : district ? List.of(stem + "县", stem + "市") : List.of(stem + "县")) {
        if (!byName.containsKey(old)) {
          byRule.computeIfAbsent(old, k -> new ArrayList<>()).add(d);
          if (ordinaryWords.contains(stem)) {
            formerGuarded.add(old);
          }
        }
      }
    }
    byRule.forEach((name, list) -> {
      List<Division> copy = List.copyOf(list);
      byName.put(name, copy);
      formerNames.add(name);
      formerLists.add(copy);
    });
  }

  /**
   * Whether a former name found at {@code m} is no place: 萧山市场 (a market), or a guarded one inside a word
   * (普通县城, 新城市广场) where neither a place word nor its city stands before it.
   */
  private boolean formerWord(String text, Mention m, List<Mention> before) {
    if (!formerLists.contains(m.candidates())) {
      return false;
    }
    String name = text.substring(m.start(), m.end());
    if (!formerNames.contains(name)) {
      return false;
    }
    if (name.endsWith("市") && (text.startsWith("场", m.end()) || formerGuarded.contains(name) && text.startsWith("广场", m.end()))) {
      return true; // 萧山市场, 新城市广场
    }
    return formerGuarded.contains(name) && (before.isEmpty() || before.get(before.size() - 1).end() != m.start())
        && !ALONE_BEFORE.matcher(text.substring(Math.max(0, m.start() - 4), m.start())).find();
  }

  private void index(String name, Division d) {
    if (name.length() >= 2) {
      List<Division> list = byName.computeIfAbsent(name, k -> new ArrayList<>());
      if (!list.contains(d)) {
        list.add(d);
      }
    }
  }

  public Optional<Division> division(String code) {
    return Optional.ofNullable(byCode.get(code));
  }

  /** Every division above town level, in no particular order. */
  public List<Division> divisionsAboveTowns() {
    return byCode.values().stream().filter(d -> d.level() != Division.Level.TOWN).toList();
  }

  /** Every town, township and subdistrict with its level in its name (敬仲镇, 红湘街道), in no particular order. */
  public List<Division> townsNamed() {
    return townsByName.values().stream().flatMap(List::stream).toList();
  }

  /** The division a place names (its deepest level), when it is not ambiguous. */
  public Optional<Division> divisionOf(Place p) {
    return p.code() == null ? Optional.empty() : division(p.code());
  }

  public Optional<Division> parentOf(Division d) {
    return Optional.ofNullable(parent(d));
  }

  /** Municipalities (北京, 天津, 上海, 重庆): provincial level, their districts under the city government. */
  public static boolean municipality(String provinceCode) {
    return MUNICIPALITIES.contains(provinceCode);
  }

  /** City entries that are only containers ("市辖区", "省直辖县级行政区划"): no government, no department. */
  public static boolean placeholderCity(Division d) {
    return d.level() == Division.Level.CITY && PLACEHOLDER_CITIES.contains(d.name());
  }

  /** A place name found in a text: where, and every division it may name. */
  public record Mention(int start, int end, List<Division> candidates) {}

  /** A road after a place's name (北京路, 四川中路, 中山西路, 延安路高架), not the roadside of the place (杭州路边). */
  private static final Pattern ROAD_AFTER = Pattern.compile("[东西南北中]{0,2}(?:路(?![边口旁过段])|大街|大道|街(?![道头边])|巷|弄)");
  /** A dish after a place's name (沙县小吃, 兰州拉面, 桂林米粉, 柳州螺蛳粉): the eatery, wherever it stands. */
  private static final Pattern DISH_AFTER = Pattern.compile(
      "小吃|拉面|米粉|螺蛳粉|火锅|牛肉汤|烤鸭|板面|凉皮|肉夹馍|热干面|酸辣粉|烩面|黄焖鸡|麻辣烫|米线|炸酱面|冒菜|口味虾");

  /**
   * What the name at {@code m} names instead of the place, ROAD or DISH (南京路, 沙县小吃), or 0: a name written
   * without its level before a road word, or any name before a dish, and no division's name starting there (路桥区).
   * A dish named after a place is read as the place where nothing else is named (a 沙县小吃 in 沙县 itself).
   */
  private int namesSomethingElse(String text, Mention m) {
    int end = m.end();
    if (end >= text.length() || AFTER_FIRSTS.indexOf(text.charAt(end)) < 0
        || names.first(text.charAt(end)) != null && mentionAt(text, end) != null) {
      return 0;
    }
    if (DISH_AFTER.matcher(text).region(end, text.length()).lookingAt()) {
      return DISH;
    }
    return "省市区县旗".indexOf(text.charAt(end - 1)) < 0 && ROAD_AFTER.matcher(text).region(end, text.length()).lookingAt() ? ROAD : 0;
  }

  /** Words that name a person just after them (老板叫, 负责人是, 联系人：): a surname follows, then the given name. */
  private static final Pattern CALLED_BEFORE = Pattern.compile("(?:叫|叫做|名叫|名字是|姓名[:：]?|联系人[:：]?|负责人(?:是|叫)?|人是|板是|长是)$");
  /** The first characters of a mention CALLED_BEFORE may stand two before (叫, 做, 名, 是, 人, 名, :): most have none. */
  private static final String CALLED_LASTS = "叫做是名人:：";

  /** The names lexicon's surnames, for {@link #personsName}: loaded the first time a mention may need them. */
  private static final class Surnames {
    static final Names NAMES = Names.bundled();
  }

  /**
   * A city's or province's short name that is the given name of a person just named (厂老板叫曾玉林, 负责人是周安阳, 村长名叫
   * 王安顺): a surname between a word that names a person and a name of two characters with no level; not the place.
   * Counties' short names are read alone only in a place's context already ({@link #shortAlone}).
   */
  private static boolean personsName(String text, Mention m) {
    int s = m.start();
    return m.end() - s == 2 && s >= 2 && CALLED_LASTS.indexOf(text.charAt(s - 2)) >= 0
        && "省市县区旗州盟".indexOf(text.charAt(m.end() - 1)) < 0 && Surnames.NAMES.surname(text, s - 1) == 1
        && CALLED_BEFORE.matcher(text).region(Math.max(0, s - 7), s - 1).find();
  }

  /** Whether the mention follows the one before it at once and lies in it (三明沙县小吃: the county of its city). */
  private boolean underLast(List<Mention> out, Mention m) {
    if (out.isEmpty() || out.get(out.size() - 1).end() != m.start()) {
      return false;
    }
    for (Division a : out.get(out.size() - 1).candidates()) {
      for (Division d : m.candidates()) {
        if (!a.code().equals(d.code()) && sameChain(a, d)) {
          return true;
        }
      }
    }
    return false;
  }

  /** The first characters of ROAD_AFTER and DISH_AFTER: most names are followed by none, and no matcher is made. */
  private static final String AFTER_FIRSTS = "东西南北中路大街巷弄小拉米螺火牛烤板凉肉热酸烩黄麻炸冒口";

  private static final int ROAD = 1;
  private static final int DISH = 2;

  /** Longest names first, left to right, not overlapping. */
  public List<Mention> mentions(String text) {
    List<Mention> out = new ArrayList<>();
    List<Mention> dishes = null;
    int i = 0;
    while (i < text.length()) {
      Mention found = null;
      CharTrie.Node<List<Division>> n = names.first(text.charAt(i), i + 1 < text.length() ? text.charAt(i + 1) : -1);
      for (int j = i + 1; n != null; n = j < text.length() ? n.next(text.charAt(j++)) : null) {
        if (n.value() != null) {
          found = new Mention(i, j, n.value()); // the longest so far
        }
      }
      if (found != null && shortAlone.contains(text.substring(found.start(), found.end())) && !placeContext(text, found)) {
        found = null; // 欧阳春: a short county name inside a person's name or a word
      }
      if (found != null && formerWord(text, found, out)) {
        found = null;
      }
      if (found != null && personsName(text, found)) {
        i = found.end(); // 老板叫曾玉林: a person's given name, no 玉林市 (r28rest)
        continue;
      }
      Mention shi = found == null ? null : shiDistrict(text, found);
      if (shi != null) {
        out.add(new Mention(found.start(), found.end() - 1, found.candidates())); // 枣庄市中区: 枣庄 and its 市中区
        out.add(shi);
        i = shi.end();
        continue;
      }
      if (found == null && !lookAlikes.isEmpty()) {
        found = lookAlike(text, i); // 雎宁县 (睢宁县), 毫州的 (亳州)
      }
      if (found == null) {
        found = shortAt(text, i); // 番禺大石 (a district's short name and one of its towns); 江津这边, 柯桥那家厂
      }
      if (found == null) {
        found = misspeltAlone(text, i); // 礼陵市 (醴陵市), 由县网岭镇 (攸县): a county misspelt, its level written
      } else if (found.candidates().size() > 1) {
        int end = found.end();
        List<Division> own = found.candidates().stream().filter(d -> townAt(text, end, d) > 0).toList();
        if (own.isEmpty()) {
          int after = end; // 通州区 宋庄那边 (speech), 通州区，宋庄镇: the town after a space or a stop (r22rest)
          while (after < text.length() && after - end < 2 && " ，,、".indexOf(text.charAt(after)) >= 0) {
            after++;
          }
          int at = after;
          own = after == end ? own : found.candidates().stream().filter(d -> townAt(text, at, d) > 0).toList();
        }
        if (own.size() == 1) {
          found = new Mention(found.start(), found.end(), own); // 普陀区桃浦: the 普陀区 that has 桃浦
        } else if (found.candidates().stream().allMatch(d -> d.level() == Division.Level.COUNTY)
            && (out.isEmpty() || out.get(out.size() - 1).end() != found.start())) {
          List<Division> one = misspeltParent(text, found);
          if (one.size() != 1) {
            one = namedElsewhere(text, found.start(), found.end(), found.candidates());
          }
          if (one.size() == 1) {
            found = new Mention(found.start(), found.end(), one); // 拉沙城关区; 永定区…张家界这边
          }
        }
      }
      if (found != null && !out.isEmpty() && AREA_WORDS.contains(text.substring(found.start(), found.end()))
          && (out.get(out.size() - 1).end() == found.start()
              || out.get(out.size() - 1).end() == found.start() - 1 && "的嘅".indexOf(text.charAt(found.start() - 1)) >= 0)
          && out.get(out.size() - 1).candidates().stream().allMatch(d -> d.level() == Division.Level.COUNTY)) {
        i = found.end(); // 萧县城区, 兴义市郊区, 巩义的老城区: the county's own town or outskirts, not a district of that name
        continue;
      }
      if (found != null && !out.isEmpty() && found.candidates().get(0).level() == Division.Level.COUNTY) {
        Mention last = out.get(out.size() - 1);
        if (last.candidates().get(0).level() == Division.Level.COUNTY && found.start() - last.end() <= 12
            && CORRECTION.matcher(text.substring(last.end(), found.start())).matches()) {
          // 长春宽城区 不对不对 是朝阳区: the county said last takes the place of the one taken back, in its run
          out.set(out.size() - 1, new Mention(last.start(), last.end(), found.candidates()));
          i = found.end();
          continue;
        }
      }
      if (found != null && !underLast(out, found)) {
        int other = namesSomethingElse(text, found);
        if (other == ROAD) {
          i = found.end(); // 南京路, 延安路高架: a road named after a place, not the place
          continue;
        }
        if (other == DISH) {
          dishes = dishes == null ? new ArrayList<>() : dishes;
          dishes.add(found); // 沙县小吃 in 杭州: the eatery, unless no other place is named
          i = found.end();
          continue;
        }
      }
      if (found != null) {
        out.add(found);
        i = found.end();
        Mention child = shortChild(text, found);
        if (child != null) {
          out.add(child);
          i = child.end();
        }
      } else {
        i++;
      }
    }
    towns(text, out); // 胡市镇有家长沙口味虾店: a town named outweighs the dish named after a place
    return out.isEmpty() && dishes != null ? dishes : out;
  }

  /**
   * Towns, townships and subdistricts named in full with their level (敬仲镇, 驿马乡, 红湘街道) and standing in no other
   * mention, each added to {@code out} in its place as a mention of its county: the one county whose town has that name;
   * of several, the one under the province or city the text names (福建双溪镇); else all of them, a place that tells no
   * county (城关镇), which {@link #resolve} flags ambiguous. A town of a county the text names is that county's already.
   * Cost: one pass over the text for the level characters (镇, 乡, 道 of 街道, 木 of 苏木), and at each at most
   * {@link #longestTown} look-ups in a hash index built once at load; no walk over the country's 41,000 towns.
   */
  private void towns(String text, List<Mention> out) {
    List<Mention> found = null;
    for (int e = 3; e <= text.length(); e++) {
      char c = text.charAt(e - 1);
      if (c != '镇' && c != '乡' && !(c == '道' && text.charAt(e - 2) == '街') && !(c == '木' && text.charAt(e - 2) == '苏')
          && !(c == '区' && text.charAt(e - 2) == '地')) {
        continue;
      }
      if (c == '乡' && e < text.length() && XIANG_WORDS.indexOf(text.charAt(e)) >= 0) {
        continue; // 乡亲, 乡下: the 乡 of a word
      }
      boolean taken = false;
      for (int k = Math.min(longestTown, e); k >= 3; k--) {
        int s = e - k;
        List<Division> ts = townsByName.get(text.substring(s, e));
        boolean over = ts != null && overlaps(out, s, e);
        if (ts == null || over && !insideTown(text, out, s, e) || WORD_TAILS.contains(text.substring(e - 2, e))
            && !(s == 0 || !Tokens.han(text.charAt(s - 1)) || endsAt(out, s)
                || ALONE_BEFORE.matcher(text.substring(Math.max(0, s - 4), s)).find())) {
          continue; // 苏新沟镇 inside 江苏新沟镇 is no town: the shorter name is tried next
        }
        if (over) {
          int from = s;
          int to = e;
          out.removeIf(o -> o.start() < to && from < o.end()); // 来宾街道, 阳泉曲镇, 汇口镇江边: the town, not 来宾市, 阳泉, 镇江
        }
        if (afterCounty(out, s)) {
          break; // 农安县合隆镇: the county written before its town is the writer's, whatever county the town is in now
        }
        Mention m = townsMention(s, e, ts, out);
        if (m != null && m.candidates() instanceof SharedTown) {
          Mention typed = misspeltCountyBefore(text, s, e, m.candidates());
          m = typed != null ? typed : m;
        }
        if (m != null && m.candidates() instanceof SharedTown) {
          Mention named = countyNamedElsewhere(text, s, e, m.candidates());
          m = named != null ? named : m;
        }
        if (m != null) {
          found = found == null ? new ArrayList<>() : found;
          found.add(m);
        }
        taken = true;
        break;
      }
      Mention two = taken || c != '镇' ? null : twoCharTown(text, e, out);
      if (two != null) {
        found = found == null ? new ArrayList<>() : found;
        found.add(two);
      }
    }
    if (found != null) {
      out.addAll(found);
      out.sort(java.util.Comparator.comparingInt(Mention::start));
    } else if (out.isEmpty()) {
      Mention bare = bareTown(text);
      if (bare != null) {
        out.add(bare);
      }
    }
  }

  /**
   * A city's name whose 市 is also the first character of its district's (济南市中区, 青岛市南区: the city's short name and
   * 市中区, as people write it): that district's mention, over the city's 市 and what follows; or null (r29county).
   */
  private Mention shiDistrict(String text, Mention city) {
    int at = city.end() - 1;
    if (text.charAt(at) != '市' || at + 2 >= text.length()) {
      return null;
    }
    for (Division d : shiDistricts) {
      if (text.startsWith(d.name(), at) && city.candidates().stream().anyMatch(c -> c.code().equals(d.parentCode()))) {
        return new Mention(at, at + d.name().length(), List.of(d));
      }
    }
    return null;
  }

  /** What before a two-character town (张镇) makes it a person's name: 名字是张镇, 姓名：张镇. */
  private static final Pattern NAMED_BEFORE = Pattern.compile("(?:名字是|姓名[是:：]?)$");

  /**
   * A town whose name is one character and 镇 (张镇, 侯镇, 薛镇), standing in no other mention: a surname and 镇 read as a
   * word or a name too (张镇长 is the mayor, 知道镇上 no town), so only after a clause's start, a pronoun, 在/是/到 (see
   * ALONE_BEFORE), and never before 长 or 委; or null (r29county).
   */
  private Mention twoCharTown(String text, int e, List<Mention> out) {
    int s = e - 2;
    List<Division> ts = twoCharTowns.get(text.substring(s, e));
    if (ts == null || overlaps(out, s, e) || e < text.length() && "长委".indexOf(text.charAt(e)) >= 0) {
      return null;
    }
    String before = text.substring(Math.max(0, s - 4), s);
    if (s > 0 && Tokens.han(text.charAt(s - 1)) && (!ALONE_BEFORE.matcher(before).find() || NAMED_BEFORE.matcher(before).find())) {
      return null;
    }
    return everydayWord(text.substring(s, e)) || afterCounty(out, s) ? null : townsMention(s, e, ts, out);
  }

  /** Words after a place that make it where one is (这边, 那块, 东北话 这疙瘩/这旮沓): see {@link #bareTown}. */
  private static final Pattern HERE_AFTER = Pattern.compile("(?:这|那)(?:边|块|疙瘩|旮沓|旮旯|一片|一带|里|儿)"
      // Cantonese 呢边/嗰度/呢头, Wu 迭搭/搿搭 (我哋蓝塘呢边, 阿拉亭林迭搭): r28rest
      + "|(?:呢|嗰)(?:边|度|头|便|带|一带)|(?:迭|搿|格)搭"
      // Minnan 庄头 (the village: 阮X庄头), and a Cantonese classifier before the river or the works of the place
      // (X条河啲鱼, X间厂): r29county
      + "|庄头|(?:条|个|间)(?:河|涌|溪|江|厂|工厂)");
  /** What may stand before such a town's bare name: the start of a clause, a pronoun, 在/到/住. */
  private static final Pattern BARE_BEFORE = Pattern.compile("(?:^|[\\s，,。！!？?；;：:、]|我们|俺们|咱们|我家|阮|阮兜|涯兜|阿拉|在|到|住|我哋|佢哋|我兜|喺|响|伲)$");

  /**
   * A town said without its level before 这边/那块/这疙瘩 (拉林这疙瘩, 我们正紫这边), in a text that names no other place:
   * the one county with a town of that bare name, where the name is no everyday word (市场, 楼下, 煤矿 are also towns'
   * bare names: HanLP's core dictionary knows them as words) and stands at a clause's start or after 我们, 在, 住.
   * Cost: one match of HERE_AFTER per locative and at most four look-ups in a hash map before each.
   */
  private Mention bareTown(String text) {
    Matcher m = HERE_AFTER.matcher(text);
    while (m.find()) {
      int p = m.start();
      for (int k = Math.min(4, p); k >= 2; k--) {
        String bare = text.substring(p - k, p);
        Division county = uniqueBares.get(bare);
        if (county != null && BARE_BEFORE.matcher(text.substring(Math.max(0, p - k - 2), p - k)).find()
            && !everydayWord(bare)) {
          return new Mention(p - k, p, List.of(county));
        }
      }
    }
    return null;
  }

  /** Whether HanLP's core dictionary has the word as anything but a proper name (市场 n, 楼下 s; 拉林 is none). */
  private static boolean everydayWord(String word) {
    com.hankcs.hanlp.dictionary.CoreDictionary.Attribute at = com.hankcs.hanlp.dictionary.CoreDictionary.get(word);
    if (at == null) {
      return false;
    }
    for (com.hankcs.hanlp.corpus.tag.Nature n : at.nature) {
      String t = n.toString();
      if (!(t.startsWith("ns") || t.startsWith("nr") || t.startsWith("nt") || t.startsWith("nz"))) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether the mentions overlapping the town's full name at [s, e) are names inside it or across its end (来宾市's 来宾
   * in 来宾街道, 阳泉 in 阳泉曲镇, 镇江 across 汇口镇江边), which the town's name, with its level, outweighs: each starts in the
   * town's name, none is in the chain of a place named elsewhere in the text (哈尔滨…平房), and a 街道 after the whole name
   * of a city or county is no street word (长春街道上: the streets of 长春).
   */
  private boolean insideTown(String text, List<Mention> out, int s, int e) {
    for (Mention m : out) {
      if (m.start() >= e || m.end() <= s) {
        continue;
      }
      if (m.start() < s) {
        return false; // 江苏新沟镇: a name begun before the town's is the writer's
      }
      if (m.start() == s && m.end() == e - 2 && text.startsWith("街道", e - 2) && e < text.length()
          && "上两边旁里中很太都全到".indexOf(text.charAt(e)) >= 0) {
        return false;
      }
      for (Mention other : out) {
        // the same town written again (长春岭镇…我是长春岭镇东升村的): the name inside it is no place named elsewhere (r29county)
        boolean again = other.start() - (m.start() - s) >= 0 && text.startsWith(text.substring(s, e), other.start() - (m.start() - s));
        if (other != m && !again && (other.start() >= e || other.end() <= s)) {
          for (Division a : other.candidates()) {
            for (Division d : m.candidates()) {
              if (sameChain(a, d)) {
                return false;
              }
            }
          }
        }
      }
    }
    return true;
  }

  /**
   * Of the counties a town's name belongs to, the one whose name (or its name without 县/区/市/旗, of two characters or
   * more and no everyday word) the text has elsewhere, as in a firm's name (鸡街镇的个旧某某冶炼厂); null where none or
   * several. Cost: two searches of the text per county of that town's name.
   */
  private Mention countyNamedElsewhere(String text, int s, int e, List<Division> counties) {
    Division one = null;
    for (Division c : counties) {
      String shortName = COUNTY_SUFFIX.matcher(c.name()).replaceAll("");
      Matcher autonomous = AUTONOMOUS.matcher(c.name());
      shortName = autonomous.matches() ? autonomous.group(1) : shortName;
      boolean usable = shortName.length() >= 2 && !ordinaryWords.contains(shortName) && !STEM_WORDS.contains(shortName);
      if (occursOutside(text, c.name(), s, e) || usable && occursOutside(text, shortName, s, e)) {
        if (one != null) {
          return null;
        }
        one = c;
      }
    }
    return one == null ? null : new Mention(s, e, List.of(one));
  }

  private static boolean occursOutside(String text, String name, int s, int e) {
    for (int at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + 1)) {
      if (at + name.length() <= s || at >= e) {
        return true;
      }
    }
    return false;
  }

  private Mention townsMention(int s, int e, List<Division> ts, List<Mention> out) {
    List<Division> counties = new ArrayList<>();
    for (Division t : ts) {
      Division county = byCode.get(t.parentCode());
      if (county != null && !counties.contains(county)) {
        counties.add(county);
      }
    }
    return townMention(s, e, counties, out);
  }

  /**
   * The mention of a town at [s, e) among the other mentions {@code out}, from the counties that have a town of its name
   * (see {@link #towns}): null where a county named has it already or the province named has several.
   */
  public Mention townMention(int s, int e, List<Division> counties, List<Mention> out) {
    List<Division> under = new ArrayList<>();
    int deepest = 0; // the longest code of a named division above one of them: a city named narrows the province named
    for (Division county : counties) {
      for (Mention m : out) {
        for (Division named : m.candidates()) {
          if (named.code().equals(county.code())) {
            return null; // 沭阳县钱集镇, or the county named elsewhere: its own mention places the town
          }
          if (sameChain(named, county)) {
            if (named.code().length() > deepest) {
              deepest = named.code().length();
              under.clear(); // 陕西汉中汉王镇: of the province's two 汉王镇, the one in 汉中
            }
            if (named.code().length() == deepest && !under.contains(county)) {
              under.add(county);
            }
          }
        }
      }
    }
    if (!under.isEmpty()) {
      return under.size() == 1 ? new Mention(s, e, List.copyOf(under)) : null; // several in the province named: it alone
    }
    return new Mention(s, e, counties.size() == 1 ? List.copyOf(counties) : new SharedTown(counties));
  }

  /**
   * 琴溪市归义镇: a county written with its level but one character off (岑溪市) just before a town several counties have,
   * one of them that county; or null.
   */
  private Mention misspeltCountyBefore(String text, int s, int e, List<Division> counties) {
    if (s < 3 || "市县区旗".indexOf(text.charAt(s - 1)) < 0) {
      return null;
    }
    Mention one = null;
    for (Division c : counties) {
      int from = s - c.name().length();
      if (from >= 0 && c.name().charAt(c.name().length() - 1) == text.charAt(s - 1) && oneOff(text, from, c.name())) {
        if (one != null) {
          return null;
        }
        one = new Mention(from, e, List.of(c));
      }
    }
    return one;
  }

  /** The counties of a town's name several have (城关镇): a place that names none of them, not even by its name. */
  private static final class SharedTown extends java.util.AbstractList<Division> {
    private final List<Division> counties;

    SharedTown(List<Division> counties) {
      this.counties = List.copyOf(counties);
    }

    @Override
    public Division get(int index) {
      return counties.get(index);
    }

    @Override
    public int size() {
      return counties.size();
    }
  }

  /** Whether {@code name} is a town's, township's or subdistrict's full name (敬仲镇, 红湘街道). */
  public boolean townNamed(String name) {
    return townsByName.containsKey(name);
  }

  private static boolean overlaps(List<Mention> out, int s, int e) {
    for (Mention m : out) {
      if (m.start() < e && s < m.end()) {
        return true;
      }
    }
    return false;
  }

  /** Whether a county's mention ends at {@code s}, or a stop or a space after it. */
  private static boolean afterCounty(List<Mention> out, int s) {
    for (Mention m : out) {
      if ((m.end() == s || m.end() == s - 1) && m.candidates().stream().anyMatch(d -> d.level() == Division.Level.COUNTY)) {
        return true;
      }
    }
    return false;
  }

  private static boolean endsAt(List<Mention> out, int s) {
    for (Mention m : out) {
      if (m.end() == s) {
        return true;
      }
    }
    return false;
  }

  /**
   * A county's short name at {@code i}: followed by the name of one of its own towns (番禺大石); else alone where
   * the words around it make it a place (江津这边, 阿拉闵行小区, 射洪那个养猪场), one county in the country or
   * made one by its city or province named in the text; or null.
   */
  private Mention shortAt(String text, int i) {
    CharTrie.Node<List<Division>> n = shortNames.first(text.charAt(i), i + 1 < text.length() ? text.charAt(i + 1) : -1);
    Mention alone = null;
    for (int j = i + 1; n != null; n = j < text.length() ? n.next(text.charAt(j++)) : null) {
      if (n.value() != null) {
        for (Division d : n.value()) {
          // 番禺大石, 寿光侯镇 (a town whose bare name is one character), 丁蜀镇宜兴, 昆山苏州 (its own city after it)
          // 湖南邵东, 常州金坛 (its province or city just before)
          // (r22rest) 金山卫 (a town of 金山区 whose name begins with it); 巢湖边上中庙 (a locative, then its own town)
          if (townAt(text, j, d) > 0 || townNamedAt(text, j, d) || townBefore(text, i, d) || parentAt(text, j, d)
              || parentBefore(text, i, d) || ownTownAt(text, i, j, d) || townAfterLocative(text, j, d)) {
            return new Mention(i, j, List.of(d));
          }
        }
        boolean word = ordinaryWords.contains(text.substring(i, j)) || autonomousStems.contains(text.substring(i, j));
        if (aloneContext(text, i, j, word)) {
          List<Division> one = n.value().size() == 1 ? n.value() : namedElsewhere(text, i, j, n.value());
          if (one.size() != 1 && n.value().size() > 1) {
            one = byDialect(text, n.value()); // 宝山 said in Wu: Shanghai's, not 双鸭山's
          }
          if (one.size() == 1) {
            alone = new Mention(i, j, one); // the longest (沙坪坝, not 沙坪)
          }
        } else {
          Mention typo = word ? null : misspeltLevel(text, i, j, n.value());
          if (typo == null) { // a word too (南湖): the city before it says it is the place
            typo = afterMisspeltCity(text, i, j, n.value());
          }
          if (typo != null) {
            alone = typo;
          }
        }
      }
    }
    return alone;
  }

  /** A locative between a county's short name and one of its towns (巢湖边上中庙, 番禺那边大石, 江宁的汤山). */
  private static final Pattern LOCATIVE_THEN_TOWN = Pattern.compile("^(?:边上|这边|那边|附近|一带|那块|这块|的)");

  /** A town of the county whose name begins with the county's short name and is no other county's town (金山卫). */
  private boolean ownTownAt(String text, int i, int j, Division d) {
    if (i > 0 && "区县市旗".indexOf(text.charAt(i - 1)) >= 0) {
      return false; // 开福区洪山街道: a town of the county just named
    }
    int end = townAt(text, i, d);
    return end > j && !sharedBares.contains(text.substring(i, end))
        // 洪山街道 is no 洪山街 (街道) of 洪山区: a level after the bare name must be its own
        && (end >= text.length() || "街道镇乡".indexOf(text.charAt(end)) < 0 || townNamedAt(text, i, d));
  }

  private boolean townAfterLocative(String text, int j, Division d) {
    if (j >= text.length() || "边这那附一的".indexOf(text.charAt(j)) < 0) {
      return false;
    }
    Matcher m = LOCATIVE_THEN_TOWN.matcher(text.substring(j, Math.min(text.length(), j + 2)));
    return m.find() && townAt(text, j + m.end(), d) > 0;
  }

  /** What may follow a county's level misspelt (满城去那边, 寿光是。): a locative or the end of a clause, never a word. */
  private static final Pattern LEVEL_TYPO_AFTER = Pattern.compile("^(?:这边|那边|这里|那里|这块|那块|一带|$|[，。,.；;！!？?、\\s\\[]|的(?!\\p{IsHan}))");

  /**
   * A county's short name with its level typed as a character that sounds the same (满城去 for 满城区, 寿光是 for 寿光市):
   * one of its own towns after it (寿光是侯镇), or a locative or the end of a clause after it where it starts a clause
   * or follows a locative; or null.
   */
  private Mention misspeltLevel(String text, int i, int j, List<Division> candidates) {
    if (j >= text.length() || !Tokens.han(text.charAt(j))) {
      return null;
    }
    char typed = text.charAt(j);
    List<Division> one = new ArrayList<>();
    for (Division d : candidates) {
      char level = d.name().charAt(d.name().length() - 1);
      if (typed != level && "市区县旗".indexOf(level) >= 0 && soundAlike(typed, level)) {
        if (townAt(text, j + 1, d) > 0 || townNamedAt(text, j + 1, d)) {
          return new Mention(i, j + 1, List.of(d));
        }
        one.add(d);
      }
    }
    if (one.size() == 1 && ALONE_BEFORE.matcher(text.substring(Math.max(0, i - 4), i)).find()
        && LEVEL_TYPO_AFTER.matcher(text.substring(j + 1, Math.min(text.length(), j + 4))).find()) {
      return new Mention(i, j + 1, one);
    }
    return null;
  }

  /** 嘉性南湖: a county's short name right after its city misspelt by a character that sounds alike; or null. */
  private Mention afterMisspeltCity(String text, int i, int j, List<Division> candidates) {
    if (!ALONE_AFTER.matcher(text.substring(j, Math.min(text.length(), j + 7))).find()) {
      return null;
    }
    List<Division> one = misspeltParent(text, new Mention(i, j, candidates));
    return one.size() == 1 ? new Mention(i, j, one) : null;
  }

  /**
   * More place words after a short name (branch r14fields): 的 then a landform or a part of town (怀柔的山上, 临安的河边,
   * 登封的老城区), its port (太仓港区, 龙口港口), a village of it (长寿桃花村; not …新村, a compound's name, nor 村民).
   */
  private static final String PLACE_AFTER_MORE = "[的嘅](?:山上|山里|山区|山脚|山下|河边|江边|湖边|海边|河里|村里|乡下|镇上|城里"
      + "|老城区|城区|郊区|市区|县城)|港区|港口|(?!新)\\p{IsHan}{1,2}村(?![民委里子])";
  /** What stands before a county's short name said alone: the start of a clause, a locative, a pronoun (阿拉, 阮, 我兜). */
  private static final Pattern ALONE_BEFORE = Pattern.compile(
      "(?:^|[^\\p{IsHan}]|在|喺|从|到|去|住|是|系|係|投诉|举报|反映|佢兜|佢哋|我们|咱们|俺们|额们|来自|老家|阿拉|我哋|阮|俺|伊拉|我兜|佇|伫|蹛|那个|就是|嗯|呃|位于|地处|回|靠近|临近|挨着|紧挨"
      // an address's label with no colon (住址沈集镇…, 厂址…): r28rest
      + "|址"
      // speech without stops: a question or a particle closes the clause before (…局吗海城这边, 讲一下桂平那边); 归X管
      + "|[吗吧呢啊哦嘛呀]|一下|归|属于|隶属)$");
  /**
   * What follows it: a deictic (这边, 那个, 遮, 迭), a pronoun of the speaker's people (我们, 阿拉, 阮, 俺们), 的 ending the
   * clause (万州的，), the end of a clause, or within a few characters a works or a landmark (柯桥印染厂, 沙坪坝大学城).
   */
  private static final Pattern ALONE_AFTER = Pattern.compile("^(?:这边|那边|这里|那里|这块|那块|这片|那片|一带|本地|当地|城区|市区"
      + "|这儿|那儿|附近|周边|周围|城里|乡下|县城|农村|郊区|镇上|街上|有个|有家|有间"
      // why one went there (去金坛出差, 去新津钓鱼)
      + "|出差|钓鱼|旅游|游玩|办事|走亲戚|赶集"
      // where one works (在孝义下井, 在泰兴上班) and the Minnan deictic 这爿/彼爿 (branch r22rest)
      + "|下井|上班|打工|干活|做工|[这那彼遮]爿"
      + "|境内|那个|这个|那家|这家|那间|这间|那座|这座|那些|这些|遮|迭|嗰|彼|遐|那嘎|这嘎|那旮|这旮|那疙瘩|这疙瘩|这搭|那搭|这达|那达|这哒|那哒|格边|"
      // speech: a filler after the name (寿光啊寿光那个), Cantonese 嘅 before a noun (增城嘅河涌), 归X管
      + "[啊呀嘛](?![\\p{IsHan}&&[^那这就我你他有]])|嘅(?=\\p{IsHan})|管(?=[，。,.的\\s]|$)|个(?=\\p{IsHan})|我们|咱们|俺们|阿拉|我哋|阮|俺|伊拉|我兜|侬|[的嘅](?!\\p{IsHan})"
      + "|[的嘅](?=[嗯呃啊哈嘛哦呀吧呢])"
      + "|$|[，。,.；;！!？?、\\s\\[]|[的嘅]?(?!人)[^的，。,.\\s]{0,4}?(?:厂|养殖场|养猪场|养鸡场|采石场|砂石场|小区|工地|大学城|码头|工业园|开发区|水库|滩)"
      // a brand in quotes of a works there (浏阳“金沙”花炮厂: r23rest)
      + "|[“「『\"][^”」』\"]{1,10}[”」』\"]"

      // a place within it, then a locative (萧山临江那边, 江津白沙这边): a two-character name that is no division's
      + "|[\\p{IsHan}&&[^的嘅这那个有在是]]{2}(?:这边|那边|这里|那里|这块|那块|一带)"
      // a deictic and a settlement (呼兰这屯子, 涪陵那村子), a river or a lake's bank (涪陵长江边上, 巢湖湖边)
      + "|[这那](?:个)?(?:屯子|屯|村子|镇子|寨子|地方|地界)|\\p{IsHan}{0,3}?[江河湖](?:边上|边|岸|畔|沿岸)"
      + "|" + PLACE_AFTER_MORE + ")");
  /** After 是/系 and a short name, who one is there: a person of the place, or one's trade in it. */
  private static final Pattern SELF_THERE = Pattern.compile("^[的嘅个]?(?:人(?!民|们|家)|\\p{IsHan}?农(?!药|田|村|业|场)|渔民|牧民|村民|居民|老乡|本地人)");

  /** What must follow a short name that is also a word (长寿那边, 城中这一带): a place word at once. */
  private static final Pattern WORD_AFTER = Pattern.compile("^(?:这边|那边|这里|那里|这儿|那儿|这块|那块|这一带|一带|境内|城区|市区"
      + "|那嘎|这嘎|那旮旯|这旮旯|那旮瘩|这旮瘩|那疙瘩|这疙瘩|这搭|那搭|(?:那个|这个|那家|这家)\\p{IsHan}{0,3}?厂|" + PLACE_AFTER_MORE + ")");

  /** Whether text[start, end), a county's short name, stands as a place; a word (长寿, 光明) needs a place word after. */
  private static boolean zoneAt(String text, int end) {
    return end + 3 <= text.length() && "经高工化产".indexOf(text.charAt(end)) >= 0
        && ZONE_AFTER.matcher(text.substring(end, Math.min(text.length(), end + 10))).find();
  }

  private static boolean aloneContext(String text, int start, int end, boolean word) {
    if (start > 0 && end < text.length() && "“「『\"".indexOf(text.charAt(start - 1)) >= 0 && "”」』\"".indexOf(text.charAt(end)) >= 0) {
      return false; // 浏阳“金沙”花炮厂: a name in quotes is a brand the writer gives, not where the works is (r23rest)
    }
    if (zoneAt(text, end)) {
      return true; // 泰兴经济开发区: a zone named by the county, whatever stands before it (r22rest)
    }
    if (!ALONE_BEFORE.matcher(text.substring(Math.max(0, start - 4), start)).find()) {
      return false;
    }
    String after = text.substring(end, Math.min(text.length(), end + 7));
    if (!word && start >= 1 && "是系係".indexOf(text.charAt(start - 1)) >= 0 && SELF_THERE.matcher(after).find()) {
      return true; // 我是安溪的茶农, 我系于都人: who the writer is there (not 顺德人开的厂: someone from there) (r23rest)
    }
    return (word ? WORD_AFTER : ALONE_AFTER).matcher(after).find();
  }

  /**
   * Words only one region's speech uses, and the provinces (by code) where it is spoken: Wu (阿拉, 侬, 好伐), Cantonese
   * (嘅, 喺, 咗), Hakka (𠊎, 涯屋, 客家), Minnan (攏, 遐, 佇), north-eastern (嘎达, 旮旯, 屯子).
   */
  private static final List<Map.Entry<Pattern, Set<String>>> DIALECTS = List.of(
      Map.entry(Pattern.compile("阿拉|侬|好伐|伊拉|老老|交关|勿要"), Set.of("31", "32", "33")),
      Map.entry(Pattern.compile("嘅|喺|咗|嗰|佢哋|我哋|唔该|冇"), Set.of("44", "45")),
      Map.entry(Pattern.compile("𠊎|涯屋|涯兜|涯个|客家"), Set.of("44", "35", "36")),
      Map.entry(Pattern.compile("攏|遐|佇|伫|阮兜|厝"), Set.of("35")),
      Map.entry(Pattern.compile("嘎达|嘎哒|旮旯|旮瘩|屯子|咋整|埋汰"), Set.of("21", "22", "23")));

  /** Of a short name's candidates in different provinces, the one the text's speech belongs to; else empty. */
  private static List<Division> byDialect(String text, List<Division> candidates) {
    List<Division> out = List.of();
    for (Map.Entry<Pattern, Set<String>> d : DIALECTS) {
      if (d.getKey().matcher(text).find()) {
        List<Division> in = candidates.stream().filter(c -> d.getValue().contains(c.code().substring(0, 2))).toList();
        if (in.size() == 1) {
          if (!out.isEmpty() && !out.equals(in)) {
            return List.of(); // two regions' speech: no reading
          }
          out = in;
        }
      }
    }
    return out;
  }

  /** The candidates whose city or province the text names (永定区…张家界这边: the 永定区 of 张家界). */
  private List<Division> namedElsewhere(String text, int start, int end, List<Division> candidates) {
    String rest = text.substring(0, start) + " " + text.substring(end); // not the county's own name (长沙县)
    List<Division> out = new ArrayList<>();
    for (Division d : candidates) {
      for (Division a = parent(d); a != null; a = parent(a)) {
        if (!PLACEHOLDER_CITIES.contains(a.name()) && (rest.contains(a.name()) || rest.contains(bare(a)))) {
          out.add(d);
          break;
        }
      }
    }
    return out;
  }

  /** A division's name without its level (张家界 of 张家界市, 广东 of 广东省), or the name where that leaves one character. */
  private static String bare(Division d) {
    String b = (d.level() == Division.Level.PROVINCE ? PROVINCE_SUFFIX : CITY_SUFFIX).matcher(d.name()).replaceAll("");
    return b.length() >= 2 ? b : d.name();
  }

  /**
   * The candidates of a county name found in several cities whose city stands just before it misspelt by one
   * character (拉沙城关区, 呼和浩持新城区, 石家壮长安区): a typo of the place that makes the county one.
   */
  private List<Division> misspeltParent(String text, Mention m) {
    List<Division> out = new ArrayList<>();
    for (Division d : m.candidates()) {
      Division city = parent(d);
      if (city == null || PLACEHOLDER_CITIES.contains(city.name())) {
        continue;
      }
      for (String name : List.of(bare(city), city.name())) {
        int from = m.start() - name.length();
        if (from >= 0 && name.length() >= 2 && oneOff(text, from, name)
            && ALONE_BEFORE.matcher(text.substring(Math.max(0, from - 4), from)).find()) {
          out.add(d);
          break;
        }
      }
    }
    return out;
  }

  /**
   * Whether text at {@code from} reads {@code name} but for one Chinese character; in a two-character name that
   * character must sound alike (西按 for 西安, not 西边), a longer name tells enough by the others (呼和浩持).
   */
  private static boolean oneOff(String text, int from, String name) {
    int diff = -1;
    for (int k = 0; k < name.length(); k++) {
      char c = text.charAt(from + k);
      if (c != name.charAt(k)) {
        if (diff >= 0 || !Tokens.han(c)) {
          return false;
        }
        diff = k;
      }
    }
    return diff >= 0 && (name.length() > 2 || soundAlike(text.charAt(from + diff), name.charAt(diff)));
  }

  /**
   * A county written with its level but one character of its name misspelt by a character that sounds alike
   * (礼陵市 for 醴陵市, 由县 for 攸县), at {@code i}: where one of its own towns follows (由县网岭镇), or where it
   * starts a clause or follows a locative and no other county of that level sounds so (two characters or more).
   * Nothing where the characters are a division's own name; or null.
   */
  private Mention misspeltAlone(String text, int i) {
    int placed = -1; // whether ALONE_BEFORE stands before i: the same for every length, read once where asked
    for (int len = 1; len <= 4 && i + len < text.length(); len++) {
      char level = text.charAt(i + len);
      int l = LEVELS.indexOf(level);
      Spellings same = l < 0 ? null : spelt[l][len];
      // 宁象县: a county become a city (县 → 市) is still written with 县, and misspelt as well
      Spellings former = level == '县' ? spelt[0][len] : null;
      if (same == null && former == null || !Tokens.han(text.charAt(i + len - 1))
          || nameEndsAt(text, i + 1, i + len + 1) && (len < 2 || exactSounds(same, text, i, len) != 1)) {
        continue; // 在南县: a real name inside; 举南县 only where one county sounds the same (莒南县), its head mistyped
      }
      char c0 = text.charAt(i);
      char c1 = text.charAt(i + 1);
      Division one = null;
      int count = 0;
      // names of two characters or more: only those not far from c0 c1 (nextNear), in order
      for (int k = same == null || len < 2 ? 0 : same.nextNear(-1, c0, c1); same != null && k < same.all().size();
          k = len < 2 ? k + 1 : same.nextNear(k, c0, c1)) {
        Division d = same.all().get(k);
        if (soundsOneOff(text, i, d.name(), len)) {
          if (townAt(text, i + len + 1, d) > 0) {
            return new Mention(i, i + len + 1, List.of(d));
          }
          one = d;
          count++;
        }
      }
      for (int k = former == null || len < 2 ? 0 : former.nextNear(-1, c0, c1); former != null && k < former.all().size();
          k = len < 2 ? k + 1 : former.nextNear(k, c0, c1)) {
        Division d = former.all().get(k);
        if (d.level() == Division.Level.COUNTY && (text.regionMatches(i, d.name(), 0, len) || soundsOneOff(text, i, d.name(), len))) {
          if (townAt(text, i + len + 1, d) > 0) {
            return new Mention(i, i + len + 1, List.of(d));
          }
          one = d;
          count++;
        }
      }
      if (count == 0 && level == '市' && len >= 2 && citiesSpelt[len] != null && (placed < 0 ? placed = placedAt(text, i) : placed) == 1) {
        Spellings cities = citiesSpelt[len];
        for (int k = cities.nextNear(-1, c0, c1); k < cities.all().size(); k = cities.nextNear(k, c0, c1)) {
          if (soundsOneOff(text, i, cities.all().get(k).name(), len)) {
            one = cities.all().get(k); // 铜人市: a city misspelt, its level written
            count++;
          }
        }
      }
      if (count > 1 && (placed < 0 ? placed = placedAt(text, i) : placed) == 1) {
        // 剩州市: 嵊州 (shèng) and 深州 (shēn) sound alike once sounds are merged; the one whose sound is the same is meant
        Division exact = null;
        int exacts = 0;
        for (Division d : same == null ? List.<Division>of() : same.all()) {
          if (soundsOneOffExactly(text, i, d.name(), len)) {
            exact = d;
            exacts++;
          }
        }
        if (exacts == 1) {
          one = exact;
          count = 1;
        }
      }
      if (count == 1 && len >= 2 && (placed < 0 ? placed = placedAt(text, i) : placed) == 1) {
        return new Mention(i, i + len + 1, List.of(one));
      }
      if (len == 1 && level == '县' && (placed < 0 ? placed = placedAt(text, i) : placed) == 1 && !NOT_ONE_CHAR_COUNTY.contains(text.substring(i, i + 2))
          && "全该本外邻各每一两小大老新哪此我贵某出进回这那其县市省上下整附同".indexOf(text.charAt(i)) < 0
          && !text.startsWith("城", i + 2) && ALONE_AFTER.matcher(text.substring(i + 2, Math.min(text.length(), i + 14))).find()) {
        // 配县有个砖厂 (沛县): a one-character county typed by the same sound, one county only, a place word after
        Division exact = null;
        int exacts = 0;
        for (Division d : same == null ? List.<Division>of() : same.all()) {
          if (soundsOneOffExactly(text, i, d.name(), 1)) {
            exact = d;
            exacts++;
          }
        }
        if (exacts == 1 && count == 1 && exact == one) {
          return new Mention(i, i + 2, List.of(exact));
        }
      }
    }
    return null;
  }

  /**
   * A division's name at {@code i} with one character typed for one it looks like (look-alikes.tsv): with its level
   * (雎宁县, 衮州区), or a short name where the words around make it a place (毫州的); or null.
   */
  private Mention lookAlike(String text, int i) {
    int n = Math.min(text.length(), i + 6);
    for (int p = i; p < Math.min(n, i + 4); p++) {
      if (!lookAlikeTyped.get(text.charAt(p))) {
        continue;
      }
      Character meant = lookAlikes.get(text.charAt(p));
      if (meant == null) {
        continue;
      }
      // the text read with the meant character at p, walked in the tries without making the string (common typed
      // characters such as 来, 可, 经 stand in most texts)
      char m = meant;
      Mention best = null;
      CharTrie.Node<List<Division>> node = names.first(readAs(text, i, p, m));
      for (int j = 1; node != null; node = j < n - i ? node.next(readAs(text, i + j++, p, m)) : null) {
        if (node.value() != null && j > p - i) {
          String name = text.substring(i, p) + m + text.substring(p + 1, i + j);
          boolean level = "市县区旗盟州".indexOf(name.charAt(name.length() - 1)) >= 0 && !shortAlone.contains(name)
              && (name.length() > 2 || name.charAt(1) != '县' || oneCharPlaced(text, i)); // 经县 in 已经县里 is no 泾县
          if (level || aloneContext(text, i, i + j, ordinaryWords.contains(name))
              || namedElsewhere(text, i, i + j, node.value()).size() == 1) { // 江苏崑山: its province named

            best = new Mention(i, i + j, node.value());
          }
        }
        if (j >= n - i) {
          break;
        }
      }
      if (best == null) {
        node = shortNames.first(readAs(text, i, p, m));
        for (int j = 1; node != null; node = j < n - i ? node.next(readAs(text, i + j++, p, m)) : null) {
          if (node.value() != null && j > p - i && node.value().size() == 1 && aloneContext(text, i, i + j, false)) {
            best = new Mention(i, i + j, node.value());
          }
          if (j >= n - i) {
            break;
          }
        }
      }
      if (best != null) {
        return best;
      }
    }
    return null;
  }

  /** The text's character at k, read as m at p. */
  private static char readAs(String text, int k, int p, char m) {
    return k == p ? m : text.charAt(k);
  }

  /** Whether a one-character county with its level at i (X县) stands as a place: placed, a place word after. */
  private static boolean oneCharPlaced(String text, int i) {
    return placedAt(text, i) == 1 && i + 2 <= text.length() && !NOT_ONE_CHAR_COUNTY.contains(text.substring(i, i + 2))
        && "全该本外邻各每一两小大老新哪此我贵某出进回这那其县市省上下整附同".indexOf(text.charAt(i)) < 0
        && !text.startsWith("城", i + 2) && ALONE_AFTER.matcher(text.substring(i + 2, Math.min(text.length(), i + 14))).find();
  }

  /** 1 where a county's short name said alone may start at i (ALONE_BEFORE before it), else 0. */
  private static int placedAt(String text, int i) {
    return ALONE_BEFORE.matcher(text.substring(Math.max(0, i - 4), i)).find() ? 1 : 0;
  }

  /** Whether a division's own name starts after {@code from} and ends at {@code end} (在沙河市: 沙河市 is written right). */
  private boolean nameEndsAt(String text, int from, int end) {
    for (int k = from; k < end - 1; k++) {
      if (byName.containsKey(text.substring(k, end))) {
        return true;
      }
    }
    return false;
  }

  /** Whether text at {@code from} reads the first {@code len} characters of {@code name} but one, which sounds alike. */
  private static boolean soundsOneOff(String text, int from, String name, int len) {
    int diff = -1;
    for (int k = 0; k < len; k++) {
      char c = text.charAt(from + k);
      if (c != name.charAt(k)) {
        if (diff >= 0 || !Tokens.han(c)) {
          return false;
        }
        diff = k;
      }
    }
    return diff >= 0 && soundAlike(text.charAt(from + diff), name.charAt(diff));
  }

  /** No county: a word with 县 (知县, 郡县). */
  private static final java.util.Set<String> NOT_ONE_CHAR_COUNTY = java.util.Set.of("知县", "郡县", "州县", "乡县", "区县", "市县");

  /** As {@link #soundsOneOff}, the character typed having the same sound as the name's, not only a merged one. */
  /** How many divisions of {@code same} the text at {@code from} names with one character typed by the same sound. */
  private static int exactSounds(Spellings same, String text, int from, int len) {
    int n = 0;
    for (Division d : same == null ? List.<Division>of() : same.all()) {
      n += soundsOneOffExactly(text, from, d.name(), len) ? 1 : 0;
    }
    return n;
  }

  private static boolean soundsOneOffExactly(String text, int from, String name, int len) {
    if (!soundsOneOff(text, from, name, len)) {
      return false;
    }
    for (int k = 0; k < len; k++) {
      char c = text.charAt(from + k);
      if (c != name.charAt(k)) {
        return plain(c).equals(plain(name.charAt(k)));
      }
    }
    return false;
  }

  private static String plain(char c) {
    List<com.hankcs.hanlp.dictionary.py.Pinyin> p = com.hankcs.hanlp.HanLP.convertToPinyinList(String.valueOf(c));
    return p.isEmpty() ? String.valueOf(c) : p.get(0).getPinyinWithoutTone();
  }

  /** Same pinyin but for tone and the sounds many speakers merge (zh/z, ch/c, sh/s, n/l, -ng/-n). */
  private static boolean soundAlike(char a, char b) {
    return merged(a).equals(merged(b));
  }

  /**
   * A character's merged sound, once per character (pure: HanLP's pinyin table never changes): compared for every
   * character of a misspelt name against every town, each reading the table and compiling two expressions.
   */
  private static final java.util.concurrent.ConcurrentHashMap<Character, String> MERGED =
      new java.util.concurrent.ConcurrentHashMap<>();
  private static final Pattern RETROFLEX = Pattern.compile("^([zcs])h");
  private static final Pattern INITIAL_N = Pattern.compile("^n");

  static String merged(char c) {
    return MERGED.computeIfAbsent(c, Gazetteer::mergedSound);
  }

  private static String mergedSound(char c) {
    List<com.hankcs.hanlp.dictionary.py.Pinyin> p = com.hankcs.hanlp.HanLP.convertToPinyinList(String.valueOf(c));
    String s = p.isEmpty() ? String.valueOf(c) : p.get(0).getPinyinWithoutTone();
    s = INITIAL_N.matcher(RETROFLEX.matcher(s).replaceFirst("$1")).replaceFirst("l");
    return s.endsWith("ng") ? s.substring(0, s.length() - 1) : s;
  }

  /** Whether one of the county's towns ends at {@code at}, in full or without its level (丁蜀镇宜兴, 盛泽吴江). */
  private boolean townBefore(String text, int at, Division county) {
    List<Division> ts = towns.getOrDefault(county.code(), List.of());
    String[] bares = townBares.getOrDefault(county.code(), NO_TOWNS);
    for (int k = 0; k < ts.size(); k++) {
      Division t = ts.get(k);
      String bare = bares[k];
      if (text.startsWith(t.name(), at - t.name().length()) || bare.length() >= 2 && text.startsWith(bare, at - bare.length())) {
        return true;
      }
    }
    return false;
  }

  /** Whether the county's city or province is named at {@code at}, in full or without its level (昆山苏州, 顺德佛山). */
  private boolean parentAt(String text, int at, Division county) {
    for (Division a = parent(county); a != null; a = parent(a)) {
      if (!PLACEHOLDER_CITIES.contains(a.name()) && (text.startsWith(a.name(), at) || text.startsWith(bare(a), at))) {
        return true;
      }
    }
    return false;
  }

  /** Whether the county's province or city ends just before {@code at} (湖南邵东, 成都新津), in full or bare. */
  private boolean parentBefore(String text, int at, Division county) {
    for (Division a = parent(county); a != null; a = parent(a)) {
      String bare = bare(a);
      if (!PLACEHOLDER_CITIES.contains(a.name()) && (text.startsWith(a.name(), at - a.name().length())
          || bare.length() >= 2 && text.startsWith(bare, at - bare.length()))) {
        return true;
      }
    }
    return false;
  }

  /** Whether one of the county's towns is named in full at {@code at} (侯镇, whose bare name has one character). */
  private boolean townNamedAt(String text, int at, Division county) {
    for (Division t : towns.getOrDefault(county.code(), List.of())) {
      if (text.startsWith(t.name(), at)) {
        return true;
      }
    }
    return false;
  }

  /** The end of one of the county's towns named in full at {@code at} (沙河镇, 城关街道), or 0. */
  int townNamedEnd(String text, int at, Division county) {
    for (Division t : towns.getOrDefault(county.code(), List.of())) {
      if (text.startsWith(t.name(), at)) {
        return at + t.name().length();
      }
    }
    return 0;
  }

  /** The end of one of the county's towns named at {@code at} (in full or without 街道/镇/乡), or 0. */
  private int townAt(String text, int at, Division county) {
    for (String bare : townBares.getOrDefault(county.code(), NO_TOWNS)) {
      if (bare.length() >= 2 && text.startsWith(bare, at)
          && (!roadName(bare) || !sharedBares.contains(bare) || text.startsWith("街道", at + bare.length()))) {
        return at + bare.length();
      }
    }
    return 0;
  }

  /**
   * A subdistrict's bare name that is a road's (光明路街道 → 光明路, 人民大道街道): where several counties have a subdistrict
   * of that name it is a road every city has, which without 街道 tells no county (市中区光明路菜市场: any 市中区's road,
   * not 枣庄's subdistrict); a road's name only one has (长寿路) still tells it: r29county.
   */
  private static boolean roadName(String bare) {
    return bare.charAt(bare.length() - 1) == '路' || bare.endsWith("大道"); // not 街: 鼓楼区东街 is 福州's (ShortCountyNamesTest)
  }

  /**
   * A zone named by the county (泰兴经济开发区, 孝义工业园区, 晋江化工园区): a place whatever stands before it (r22rest).
   */
  private static final String ZONE = "(?:经济技术开发区|经济开发区|高新技术产业开发区|高新区|工业园区|化工园区|产业园区|工业集中区)";
  private static final Pattern PLACE_BEFORE = Pattern.compile("(?:^|[^\\p{IsHan}]|在|喺|从|到|去|住|是|我们|咱们|俺们|来自)$");
  private static final Pattern PLACE_AFTER = Pattern.compile("^(?:$|[^\\p{IsHan}]|这边|那边|这里|那里|这块|一带|的|嘅|遐|本地|当地|城区|市区|境内|做|打工|有|人|出差|钓鱼|旅游|游玩|办事|走亲戚|赶集"
      + "|下井|上班|干活|做工|[这那彼遮]爿|" + ZONE + ")");
  private static final Pattern ZONE_AFTER = Pattern.compile("^" + ZONE);

  private static final Pattern HOME_BEFORE = Pattern.compile("(?:老家|家乡|回到|(?:^|[^\\p{IsHan}]|我|我们|又|刚|才|就)回)$");

  /** Whether a short county name read alone stands as a place: after 在/住/我们… or nothing, before 这边/的… or nothing. */
  private static boolean placeContext(String text, Mention m) {
    if (HOME_BEFORE.matcher(text.substring(Math.max(0, m.start() - 4), m.start())).find()) {
      return true; // 回老家什邡发现…, 回永城看了一下: a hometown, or where one goes back to, is a place whatever follows
    }
    if (zoneAt(text, m.end())) {
      return true; // 说泰兴经济开发区那个…: a zone named by the county
    }
    return PLACE_BEFORE.matcher(text.substring(Math.max(0, m.start() - 4), m.start())).find()
        && PLACE_AFTER.matcher(text.substring(m.end(), Math.min(text.length(), m.end() + 4))).find();
  }

  /** Whether a name is a county's short name read alone (晋江 for 晋江市, 江津 for 江津区), no division's full name. */
  /** A district's name that is also a word for part of a place (矿区 "the mines", 郊区), said alone. */
  public boolean areaWord(String name) {
    return AREA_WORDS.contains(name);
  }

  public boolean shortAlone(String name) {
    return shortAlone.contains(name) || !name.isEmpty() && shortNamed(name) != null && !byName.containsKey(name);
  }

  private List<Division> shortNamed(String name) {
    CharTrie.Node<List<Division>> n = shortNames.first(name.charAt(0));
    for (int k = 1; n != null && k < name.length(); k++) {
      n = n.next(name.charAt(k));
    }
    return n == null ? null : n.value();
  }

  /** A county's short name right after its city or province (德阳什邡, 北京昌平), unless a longer name stands there. */
  private Mention shortChild(String text, Mention parent) {
    int at = parent.end();
    if (at >= text.length()) {
      return null;
    }
    Mention there = names.first(text.charAt(at)) != null ? mentionAt(text, at) : null;
    if (there != null && !shortAlone.contains(text.substring(there.start(), there.end()))) {
      return null; // a full name stands there
    }
    for (Division p : parent.candidates()) {
      Map<String, Division> children = shortUnder.get(p.code());
      if (children == null) {
        continue;
      }
      for (int len = Math.min(5, text.length() - at); len >= 2; len--) {
        Division d = children.get(text.substring(at, at + len));
        if (d != null) {
          return new Mention(at, at + len, List.of(d));
        }
      }
    }
    return misspeltChild(text, parent, at);
  }

  /** 南京江凝区: one of the city's counties misspelt by one character, its level written after it; or null. */
  private Mention misspeltChild(String text, Mention parent, int at) {
    for (int len = 2; len <= 3 && at + len < text.length(); len++) {
      String level = text.substring(at + len, at + len + 1);
      if ("区县市旗".indexOf(level) < 0) {
        continue;
      }
      Division one = null;
      int count = 0;
      for (Division p : parent.candidates()) {
        for (Map.Entry<String, Division> e : shortUnder.getOrDefault(p.code(), Map.of()).entrySet()) {
          if (e.getKey().length() == len && e.getValue().name().endsWith(level) && oneOff(text, at, e.getKey())) {
            one = e.getValue();
            count++;
          }
        }
      }
      if (count == 1) {
        return new Mention(at, at + len + 1, List.of(one));
      }
    }
    return null;
  }

  private Mention mentionAt(String text, int i) {
    Mention found = null;
    CharTrie.Node<List<Division>> n = names.first(text.charAt(i), i + 1 < text.length() ? text.charAt(i + 1) : -1);
    for (int j = i + 1; n != null; n = j < text.length() ? n.next(text.charAt(j++)) : null) {
      if (n.value() != null) {
        found = new Mention(i, j, n.value());
      }
    }
    return found;
  }

  /** Resolves the place named by a run of mentions (usually one phrase such as "江苏省南京市江宁区秣陵街道"). */
  public Optional<Place> resolve(String text, List<Mention> mentions) {
    if (mentions.isEmpty()) {
      return Optional.empty();
    }
    // Which mention named which division: a parent counts only when another mention names it, so that
    // "Changsha" (长沙市 and 长沙县) does not vouch for its own county.
    Map<String, Set<Integer>> namedBy = new HashMap<>();
    for (int i = 0; i < mentions.size(); i++) {
      for (Division d : mentions.get(i).candidates()) {
        namedBy.computeIfAbsent(d.code(), k -> new java.util.HashSet<>()).add(i);
      }
    }
    Division best = null;
    int bestScore = -1;
    boolean tie = false;
    boolean bestShared = false;
    Mention bestMention = null;
    for (int i = 0; i < mentions.size(); i++) {
      for (Division d : mentions.get(i).candidates()) {
        int score = score(d, i, namedBy);
        if (best != null && best.code().equals(d.code())) {
          continue;
        }
        if (score > bestScore) {
          best = d;
          bestScore = score;
          bestShared = mentions.get(i).candidates() instanceof SharedTown;
          bestMention = mentions.get(i);
          tie = false;
        } else if (score == bestScore && !sameChain(best, d)) {
          tie = true;
        }
      }
    }
    if (best == null) {
      return Optional.empty();
    }
    if (tie) {
      // The same county name in several places, none of their parents named: never guess. A town several counties have
      // (城关镇) names none of them.
      String county = best.level() == Division.Level.COUNTY && !bestShared ? best.name() : null;
      // The shared town is kept by name, so that the question asks which county's it is (城关镇: which county?).
      String town = bestShared ? text.substring(bestMention.start(), bestMention.end()) : null;
      return Optional.of(new Place(null, null, county, town, true, null));
    }
    return Optional.of(place(best, text));
  }

  private int score(Division d, int i, Map<String, Set<Integer>> namedBy) {
    int score = depth(d) * 10;
    for (Division a = parent(d); a != null; a = parent(a)) {
      Set<Integer> by = namedBy.get(a.code());
      if (by != null && (by.size() > 1 || !by.contains(i))) {
        score += 10;
      }
    }
    return score;
  }

  public Optional<Place> resolve(String text) {
    return resolve(text, mentions(text));
  }

  private Place place(Division d, String text) {
    Division province = null;
    Division city = null;
    Division county = null;
    for (Division a = d; a != null; a = parent(a)) {
      switch (a.level()) {
        case PROVINCE -> province = a;
        case CITY -> city = a;
        case COUNTY -> county = a;
        default -> { }
      }
    }
    if (county != null && city != null && county.name().equals(city.name())) {
      county = null; // a city without counties (东莞市) has one county entry of its own name: no county level
    }
    String cityName = null;
    if (province != null && MUNICIPALITIES.contains(province.code())) {
      cityName = province.name();
    } else if (city != null && !PLACEHOLDER_CITIES.contains(city.name())) {
      cityName = city.name();
    }
    String town = null;
    if (county != null) {
      for (Division t : towns.getOrDefault(county.code(), List.of())) {
        if (text.contains(t.name())) {
          town = t.name();
          break;
        }
      }
    }
    Division deepest = county != null ? county : city != null ? city : province;
    return new Place(province == null ? null : province.name(), cityName, county == null ? null : county.name(),
        town, false, deepest == null ? null : deepest.code());
  }

  /**
   * The county-level divisions under the city (or municipality) a place names, in code order (the central
   * districts first); empty when the place already names a county, or names a city without counties (东莞市).
   */
  public List<String> countiesOf(Place p) {
    if (p.ambiguous() || p.county() != null || p.code() == null) {
      return List.of();
    }
    Division d = byCode.get(p.code());
    if (d == null || d.level() == Division.Level.COUNTY || d.level() == Division.Level.TOWN) {
      return List.of();
    }
    List<Division> out = new ArrayList<>();
    for (Division x : byCode.values()) {
      if (x.level() == Division.Level.COUNTY && !x.name().equals(p.city()) && sameChain(x, d)) {
        out.add(x);
      }
    }
    out.sort(java.util.Comparator.comparing(Division::code));
    return out.stream().map(Division::name).toList();
  }

  /** For a county name several cities have: each of those cities, written so that "<city><county>" resolves. */
  public List<String> citiesWithCounty(String county) {
    List<String> out = new ArrayList<>();
    for (Division d : byName.getOrDefault(county == null ? "" : county, List.of())) {
      if (d.level() != Division.Level.COUNTY) {
        continue;
      }
      Division city = parent(d);
      Division province = city == null ? null : parent(city);
      String name = city == null ? "" : PLACEHOLDER_CITIES.contains(city.name()) || province == null
          ? (province == null ? city.name() : province.name())
          : province.name() + city.name();
      if (!name.isEmpty() && !out.contains(name)) {
        out.add(name);
      }
    }
    out.sort(null);
    return out;
  }

  private Division parent(Division d) {
    return d.parentCode().isEmpty() ? null : byCode.get(d.parentCode());
  }

  private int depth(Division d) {
    return d.level().ordinal();
  }

  /** Whether one of the two divisions lies under the other, or they are the same. */
  boolean sameChain(Division a, Division b) {
    for (Division x = a; x != null; x = parent(x)) {
      if (x.code().equals(b.code())) {
        return true;
      }
    }
    for (Division x = b; x != null; x = parent(x)) {
      if (x.code().equals(a.code())) {
        return true;
      }
    }
    return false;
  }
}
