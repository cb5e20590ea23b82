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
  private static final Map<String, String> CONVENTIONAL = Map.ofEntries(Map.entry("shaanxi", "61"),
      Map.entry("innermongolia", "15"), Map.entry("tibet", "54"), Map.entry("xizang", "54"),
      Map.entry("guangxi", "45"), Map.entry("ningxia", "64"), Map.entry("xinjiang", "65"), Map.entry("peking", "11"),
      Map.entry("canton", "4401"), Map.entry("lhasa", "5401"), Map.entry("urumqi", "6501"),
      Map.entry("hohhot", "1501"), Map.entry("harbin", "2301"), Map.entry("xian", "6101"), Map.entry("amoy", "3502"),
      Map.entry("kashgar", "6531"), Map.entry("macau", "4404"),
      // a city known abroad by its Tibetan name, not its pinyin (林芝 Linzhi): Nyingchi (towns)
      Map.entry("nyingchi", "5404"));
  /**
   * English names that mean one well-known place though a far smaller one reads the same in pinyin: Yiwu is 义乌
   * (the market town) to anyone writing in English, not 伊吾县 in Hami. Only the named place is read.
   */
  private static final Map<String, String> WELL_KNOWN = Map.of("yiwu", "330782",
      // a region's English name is no county's pinyin: Xinjiang is 新疆, not 新绛县 (Xinjiang) in Shanxi (r23rest)
      "xinjiang", "65",
      // a city known abroad by its Uyghur name, not its pinyin (库尔勒 Kuerle): Korla (r23rest)
      "korla", "652801");

  private final Gazetteer gazetteer;
  private final Map<String, List<Division>> byPinyin = new HashMap<>();
  /** The counties of the towns, townships and subdistricts by the pinyin of the town's name without its level (huangzhai). */
  private final Map<String, List<Division>> townsByPinyin = new HashMap<>();
  /** The same by the reading and the town's level (huangzhai镇, nanpu乡, xinbu道): the level word said narrows them. */
  private final Map<String, List<Division>> townsByLevel = new HashMap<>();
  /** A town's level said after its name (Huangzhai Town, Yeshan Subdistrict, Xihuo zhen). */
  private static final Pattern TOWN_WORD = Pattern.compile("[\\s-]*(?:town|township|subdistrict|zhen|xiang|jiedao)\\b");
  /** A town's level written into its name (Danduxiang, Xihuozhen). */
  private static final Pattern TOWN_JOINED = Pattern.compile("(.{4,})(?:zhen|xiang)");

  private static volatile EnglishPlaces shared;

  /** One index per gazetteer in the JVM (the bundled one is shared by every gateway and extractor). */
  public static EnglishPlaces of(Gazetteer gazetteer) {
    EnglishPlaces e = shared;
    if (e == null || e.gazetteer != gazetteer) {
      synchronized (EnglishPlaces.class) {
        if (shared == null || shared.gazetteer != gazetteer) {
          shared = new EnglishPlaces(gazetteer);
        }
        e = shared;
      }
    }
    return e;
  }

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
      for (String key : readings(base)) {
        List<Division> list = byPinyin.computeIfAbsent(key, k -> new ArrayList<>());
        if (!list.contains(d)) {
          list.add(d);
        }
      }
    }
    for (Division t : gazetteer.townsNamed()) {
      String bare = TOWN_SUFFIX.matcher(t.name()).replaceAll("");
      Division county = gazetteer.division(t.parentCode()).orElse(null);
      if (bare.length() >= 2 && county != null) {
        for (String key : readings(bare)) { // once per JVM
          List<Division> list = townsByPinyin.computeIfAbsent(key, k -> new ArrayList<>());
          if (!list.contains(county)) {
            list.add(county);
          }
          List<Division> level = townsByLevel.computeIfAbsent(key + t.name().charAt(t.name().length() - 1), k -> new ArrayList<>());
          if (!level.contains(county)) {
            level.add(county);
          }
        }
      }
    }
    CONVENTIONAL.forEach((name, code) -> gazetteer.division(code)
        .ifPresent(d -> byPinyin.computeIfAbsent(name, k -> new ArrayList<>()).add(d)));
    WELL_KNOWN.forEach((name, code) -> gazetteer.division(code).ifPresent(d -> byPinyin.put(name, new ArrayList<>(List.of(d)))));
  }

  /**
   * Whether {@code word} (one Latin word) is the English name of a province or a city (Nanjing, Jiangsu, Xiamen): a
   * place a person's name in a letter is far less likely to be than the place itself.
   */
  public boolean provinceOrCity(String word) {
    List<Division> found = byPinyin.get(word.toLowerCase(java.util.Locale.ROOT));
    return found != null && found.stream()
        .anyMatch(d -> d.level() == Division.Level.PROVINCE || d.level() == Division.Level.CITY);
  }

  /** Place names keep old readings of some characters (闵行 Minhang, 长沙 Changsha, 厦门 Xiamen). */
  private static final Map<Character, String> PLACE_READINGS = Map.ofEntries(Map.entry('行', "hang"),
      Map.entry('长', "chang"), Map.entry('重', "chong"), Map.entry('乐', "le"), Map.entry('都', "du"),
      Map.entry('厦', "xia"), Map.entry('蚌', "beng"), Map.entry('六', "lu"), Map.entry('番', "pan"),
      Map.entry('单', "shan"), Map.entry('莘', "shen"), Map.entry('曲', "qu"), Map.entry('藏', "zang"),
      Map.entry('会', "hui"), Map.entry('沈', "shen"), Map.entry('石', "shi"), Map.entry('大', "da"),
      Map.entry('朝', "chao"), Map.entry('华', "hua"), Map.entry('宿', "su"), Map.entry('台', "tai"));

  /** A name's reading with the place readings of its characters (闵行 minhang). */
  static String placeReading(String han) {
    StringBuilder b = new StringBuilder();
    List<Pinyin> ps = HanLP.convertToPinyinList(han);
    for (int i = 0; i < han.length() && i < ps.size(); i++) {
      String r = PLACE_READINGS.get(han.charAt(i));
      b.append(r != null ? r : ps.get(i).getPinyinWithoutTone().replace("ü", "v"));
    }
    return b.toString().toLowerCase(Locale.ROOT);
  }

  /** Characters whose place reading (六 lu) English writers often replace by the everyday one (liu). */
  private static final Map<Character, String> EVERYDAY_READINGS = Map.of('六', "liu");

  /** The usual pinyin of a name, the one with place readings, and the everyday one, where they differ. */
  static List<String> readings(String han) {
    List<String> out = new ArrayList<>();
    out.add(pinyin(han));
    List<Pinyin> ps = HanLP.convertToPinyinList(han);
    String alt = placeReading(han);
    if (!out.contains(alt)) {
      out.add(alt);
    }
    // The everyday reading too where writers use it for an old one (六合 Luhe and Liuhe, 六安 Lu'an and Liu'an).
    if (han.chars().anyMatch(ch -> EVERYDAY_READINGS.containsKey((char) ch))) {
      StringBuilder e = new StringBuilder();
      for (int i = 0; i < han.length() && i < ps.size(); i++) {
        String r = EVERYDAY_READINGS.get(han.charAt(i));
        e.append(r != null ? r : ps.get(i).getPinyinWithoutTone().replace("ü", "v"));
      }
      String everyday = e.toString().toLowerCase(Locale.ROOT);
      if (!out.contains(everyday)) {
        out.add(everyday);
      }
    }
    return out;
  }

  private static final Pattern STREET = Pattern.compile("\\s*(road|rd|street|st|avenue|ave|lane|park|bridge|plaza|square|village|town|community"
      // a housing estate or a building named in pinyin (Xinyuan Residence, Jinshan Garden): r28rest
      + "|residences?|gardens?|estate|apartments?|mansions?|compound|building|tower|villas?|heights|homes)\\b");

  static String pinyin(String han) {
    StringBuilder b = new StringBuilder();
    for (Pinyin p : HanLP.convertToPinyinList(han)) {
      b.append(p.getPinyinWithoutTone().replace("ü", "v"));
    }
    return b.toString().toLowerCase(Locale.ROOT);
  }

  /** The peoples an autonomous division's name ends with (朝鲜族, 土家族苗族, 维吾尔). */
  private static final Pattern ETHNIC = Pattern.compile("(?:(?:蒙古|回|藏|维吾尔|苗|彝|壮|布依|朝鲜|满|侗|瑶|白|土家|哈尼|哈萨克|傣|黎|"
      + "傈僳|佤|畲|拉祜|水|东乡|纳西|景颇|柯尔克孜|土|达斡尔|仫佬|羌|布朗|撒拉|毛南|仡佬|锡伯|阿昌|普米|塔吉克|怒|乌孜别克|"
      + "俄罗斯|鄂温克|德昂|保安|裕固|京|塔塔尔|独龙|鄂伦春|赫哲|门巴|珞巴|基诺|各)族)+$|维吾尔$");
  private static final Pattern TOWN_SUFFIX = Pattern.compile("(街道|镇|乡)$");
  private static final Map<String, String> SUFFIX_EN = Map.ofEntries(Map.entry("新区", "New Area"),
      Map.entry("区", "District"), Map.entry("县", "County"), Map.entry("市", "City"), Map.entry("省", "Province"),
      Map.entry("自治州", "Prefecture"), Map.entry("自治县", "County"), Map.entry("旗", "Banner"),
      Map.entry("地区", "Prefecture"), Map.entry("盟", "League"), Map.entry("自治区", "Autonomous Region"),
      Map.entry("自治旗", "Banner"), Map.entry("特别行政区", "SAR"));

  /**
   * A division's name in English, by its place reading: 江宁区 → "Jiangning District", 南京市 → "Nanjing",
   * 江苏省 → "Jiangsu"; a town or street keeps its characters with the reading ("Moling (秣陵街道)").
   */
  public static String english(String han) {
    if (han == null || han.isBlank()) {
      return "";
    }
    Matcher t = TOWN_SUFFIX.matcher(han);
    if (t.find() && t.start() >= 2) {
      String reading = placeReading(han.substring(0, t.start()));
      return Character.toUpperCase(reading.charAt(0)) + reading.substring(1) + " "
          + switch (t.group(1)) {
            case "街道" -> "Subdistrict";
            case "镇" -> "Town";
            default -> "Township";
          };
    }
    Matcher m = SUFFIX.matcher(han);
    String suffix = m.find() ? m.group(1) : "";
    String base = han.substring(0, han.length() - suffix.length());
    if (base.length() < 2) {
      base = han;
      suffix = "";
    }
    if (suffix.startsWith("自治")) {
      // "延边朝鲜族自治州" reads "Yanbian Prefecture", not "Yanbianchaoxianzu Prefecture": the peoples named
      // before 自治 are left out of the reading (the Chinese name says them).
      String bare = ETHNIC.matcher(base).replaceFirst("");
      base = bare.length() >= 2 ? bare : base;
    }
    String reading = placeReading(base);
    String name = Character.toUpperCase(reading.charAt(0)) + reading.substring(1);
    if (suffix.equals("市") || suffix.equals("省") || suffix.isEmpty() && !han.matches(".*(街道|镇|乡)$")) {
      return name;
    }
    String en = SUFFIX_EN.get(suffix);
    return en == null ? name + " (" + han + ")" : name + " " + en;
  }

  /** The place an English text names, if any; the span is that of the words matched. */
  public Optional<Gazetteer.Mention[]> find(String text) {
    String lower = text.toLowerCase(Locale.ROOT).replace("xi'an", "xian").replace("xi’an", "xian");
    // The runs of a-z, found by hand: this runs on every English message and most have forty words or more.
    List<int[]> words = new ArrayList<>();
    for (int i = 0; i < lower.length(); i++) {
      if (az(lower.charAt(i))) {
        int start = i;
        while (i < lower.length() && az(lower.charAt(i))) {
          i++;
        }
        words.add(new int[] {start, i});
      }
    }
    List<Gazetteer.Mention> found = new ArrayList<>();
    List<Gazetteer.Mention> named = new ArrayList<>();
    List<Gazetteer.Mention> towns = new ArrayList<>();
    List<Gazetteer.Mention> bare = null;
    Map<Gazetteer.Mention, List<Division>> levelled = null;
    for (int i = 0; i < words.size(); i++) {
      int had = found.size() + towns.size();
      int at = i;
      // One word ("Pudong"), or two written apart ("Fu Tian", "Inner Mongolia").
      for (int n = 2; n >= 1; n--) {
        if (i + n > words.size() || n == 2 && (NOT_JOINED.contains(lower.substring(words.get(i)[0], words.get(i)[1]))
            || NOT_JOINED.contains(lower.substring(words.get(i + 1)[0], words.get(i + 1)[1])))) {
          continue; // "and a" is no "Anda" (安达市)
        }
        if (n == 2 && !JOINABLE_GAP.matcher(lower).region(words.get(i)[1], words.get(i + 1)[0]).matches()) {
          continue; // "a day. I know" is no "Dayi" (大邑县): a name's two words stand apart by a space or a hyphen only (r21rest)
        }
        // The words joined: what lies between two runs of a-z is all that is not a-z.
        String key = n == 1 ? lower.substring(words.get(i)[0], words.get(i)[1])
            : lower.substring(words.get(i)[0], words.get(i)[1]) + lower.substring(words.get(i + 1)[0], words.get(i + 1)[1]);
        int wordEnd = words.get(i + n - 1)[1];
        List<Division> town = town(key, lower, wordEnd, n);
        if (town != null) {
          Gazetteer.Mention last = found.isEmpty() ? null : found.get(found.size() - 1);
          if (last != null && words.get(i)[0] - last.end() <= 40
              && EN_CORRECTION.matcher(lower).region(last.end(), words.get(i)[0]).matches()) {
            found.remove(found.size() - 1); // "at Baishui... sorry, at Bangxi town": the place taken back for a town (r28rest)
          }
          Gazetteer.Mention tm = new Gazetteer.Mention(words.get(i)[0], wordEnd, town);
          towns.add(tm); // Huangzhai Town: its county (towns)
          List<Division> own = town(key, lower, wordEnd, n, true);
          if (own != null && own.size() < town.size()) {
            levelled = levelled == null ? new java.util.IdentityHashMap<>() : levelled;
            levelled.put(tm, own);
          }
          i += n - 1;
          break;
        }
        List<Division> c = key.length() >= 4 ? byPinyin.get(key) : null;
        // "Jianchuan Road" is a street, not 剑川县 (looked at only for a name that is indexed).
        if (c != null && !STREET.matcher(lower).region(words.get(i + n - 1)[1], lower.length()).lookingAt()) {
          Gazetteer.Mention last = found.isEmpty() ? null : found.get(found.size() - 1);
          if (last != null && words.get(i)[0] - last.end() <= 40 && c.stream().anyMatch(d -> d.level() == last.candidates().get(0).level())
              && EN_CORRECTION.matcher(lower).region(last.end(), words.get(i)[0]).matches()) {
            found.remove(found.size() - 1); // "in Haidian... sorry, in Changping": the place said again takes the other's
          }
          int end = words.get(i + n - 1)[1];
          Gazetteer.Mention m = new Gazetteer.Mention(words.get(i)[0], end, byLevelWord(c, lower, end));
          found.add(m);
          if (AFTER_NAME_NO_DIVISION.matcher(lower).region(end, lower.length()).lookingAt()) {
            named.add(m); // "the Qiantang River", "Hongyuan Agrochemical": a river or a firm called after a place
          }
          i += n - 1;
          break;
        }
      }
      if (found.size() + towns.size() == had) {
        Gazetteer.Mention b = bareTown(text, lower, words.get(at)[0], words.get(at)[1]);
        if (b != null) {
          bare = bare == null ? new ArrayList<>() : bare;
          bare.add(b);
        }
      }
    }
    if (named.size() < found.size()) {
      List<Gazetteer.Mention> divisions = new ArrayList<>(found);
      divisions.removeAll(named);
      // the division named as such wins over a river's or a firm's name (Qiantang River, Xiaoshan District); a bay
      // of the city named (Haitang Bay, Sanya) stays where no other division of its level is named
      found.removeIf(m -> named.contains(m) && !within(m, divisions));
    }
    for (int k = 0; k < found.size(); k++) {
      found.set(k, citiesFirst(found.get(k), found));
    }
    if (!towns.isEmpty()) {
      for (Gazetteer.Mention t : towns) {
        for (int k = 0; k < found.size(); k++) {
          found.set(k, readAs(found.get(k), t)); // Fengyi town, Dali: 大理市, whose town it is, not 大荔县 (also Dali)
        }
      }
      List<Gazetteer.Mention> divisions = List.copyOf(found);
      for (Gazetteer.Mention t : towns) {
        Gazetteer.Mention m = gazetteer.townMention(t.start(), t.end(), t.candidates(), divisions);
        List<Division> own = levelled == null ? null : levelled.get(t);
        if (own != null && (m == null || m.candidates().size() > 1) && !divisions.isEmpty() && !named(t, divisions)) {
          Gazetteer.Mention one = gazetteer.townMention(t.start(), t.end(), own, divisions);
          m = one != null && one.candidates().size() == 1 && under(one, divisions) ? one : m; // Nanpu town … Fujian: 南埔镇
        }
        if (m != null) {
          found.add(m); // Yiwu (Houzhai subdistrict): the county named has the town already
        }
      }
      found.sort(java.util.Comparator.comparingInt(Gazetteer.Mention::start));
    }
    if (bare != null) {
      List<Gazetteer.Mention> divisions = List.copyOf(found);
      for (Gazetteer.Mention b : bare) {
        Gazetteer.Mention m = gazetteer.townMention(b.start(), b.end(), b.candidates(), divisions);
        // under a division named (Xinbu, Haikou), or the one town of a long reading (near Shuangfengqiao)
        if (m != null && m.candidates().size() == 1 && under(m, divisions) || m != null && divisions.isEmpty() && b.candidates().size() == 1 && b.end() - b.start() >= LONG_READING) {
          found.add(m);
        }
      }
      found.sort(java.util.Comparator.comparingInt(Gazetteer.Mention::start));
    }
    return found.isEmpty() ? Optional.empty() : Optional.of(found.toArray(new Gazetteer.Mention[0]));
  }

  /** Whether the one county of a town's mention lies under a division another mention names. */
  private boolean under(Gazetteer.Mention town, List<Gazetteer.Mention> divisions) {
    return divisions.stream().anyMatch(o -> o.candidates().stream().anyMatch(d -> gazetteer.sameChain(d, town.candidates().get(0))));
  }

  /** Whether a division named is one of the town's counties itself (its own mention places the town). */
  private static boolean named(Gazetteer.Mention town, List<Gazetteer.Mention> divisions) {
    return divisions.stream().anyMatch(o -> o.candidates().stream().anyMatch(d -> town.candidates().stream().anyMatch(c -> c.code().equals(d.code()))));
  }

  /** What stands before a town said in pinyin with no level word: a preposition of place (in Xinbu, near Shuangfengqiao). */
  private static final Pattern PLACE_PREPOSITION = Pattern.compile("(?:\\bin|\\bnear|\\bat|\\baround|\\boutside|\\bbehind|\\bbeside)\\s+$");
  /** A town's reading long enough (three syllables or more) to name it with nothing else in the text: Shuangfengqiao. */
  private static final int LONG_READING = 9;

  /**
   * A capitalised word after a preposition of place that reads as a town's name without its level word (in Xinbu,
   * Haikou; near Shuangfengqiao): its counties, kept by {@link #find} only under a division the text names, or where the
   * reading is long and one county's; not a street's, an estate's or a firm's name (Xinbu Road, Xinbu Chemical); or null
   * (r29county). Cost: one hash look-up per word no other rule read.
   */
  private Gazetteer.Mention bareTown(String text, String lower, int start, int end) {
    if (end - start < 4 || lower.length() != text.length() || !Character.isUpperCase(text.charAt(start)) || start < 3
        || !PLACE_PREPOSITION.matcher(lower).region(Math.max(0, start - 10), start).find()) {
      return null;
    }
    List<Division> counties = townsByPinyin.get(lower.substring(start, end));
    if (counties == null || STREET.matcher(lower).region(end, lower.length()).lookingAt()
        || AFTER_NAME_NO_DIVISION.matcher(lower).region(end, lower.length()).lookingAt()) {
      return null;
    }
    return new Gazetteer.Mention(start, end, counties);
  }

  /**
   * A division's reading that several places share (Dali: 大理市, 大荔县) narrowed to those in the chain of a county of
   * the town named (Fengyi town: 凤仪镇 of 大理市), where some are; else the mention as it was.
   */
  private Gazetteer.Mention readAs(Gazetteer.Mention m, Gazetteer.Mention town) {
    if (m.candidates().size() < 2) {
      return m;
    }
    List<Division> kept = m.candidates().stream()
        .filter(d -> town.candidates().stream().anyMatch(c -> gazetteer.sameChain(d, c))).toList();
    return kept.isEmpty() || kept.size() == m.candidates().size() ? m : new Gazetteer.Mention(m.start(), m.end(), kept);
  }

  /**
   * The counties of the towns whose name reads {@code key} where a town's level is said after it (Huangzhai Town) or
   * written into one word (Danduxiang); or null. Several counties make an ambiguous place unless a province or city
   * named elsewhere leaves one.
   */
  private List<Division> town(String key, String lower, int end, int n) {
    return town(key, lower, end, n, false);
  }

  /** As {@link #town(String, String, int, int)}; {@code levelled}: only the towns of the level said (see {@link #ofLevel}). */
  private List<Division> town(String key, String lower, int end, int n, boolean levelled) {
    Matcher said = TOWN_WORD.matcher(lower).region(end, lower.length());
    if (key.length() >= 4 && said.lookingAt()) {
      return levelled ? ofLevel(key, said.group()) : townsByPinyin.get(key);
    }
    Matcher joined = n == 1 && (key.endsWith("zhen") || key.endsWith("xiang")) ? TOWN_JOINED.matcher(key) : null;
    return joined == null || !joined.matches() || byPinyin.containsKey(key) ? null
        : levelled ? ofLevel(joined.group(1), key.substring(joined.end(1))) : townsByPinyin.get(joined.group(1));
  }

  /**
   * The counties of the towns reading {@code key} and of the level said: "Nanpu town" in a text that names Fujian is the
   * one 南埔镇 there, not its 南浦街道 or 南浦乡 (r29county); null where no town of that reading has that level. Read only
   * where the province or city named leaves several: big cities' towns became subdistricts and keep being called towns.
   */
  private List<Division> ofLevel(String key, String word) {
    String w = word.replaceAll("[\\s-]", "");
    char level = w.equals("township") || w.equals("xiang") ? '乡' : w.equals("subdistrict") || w.equals("jiedao") ? '道' : '镇';
    return townsByLevel.get(key + level);
  }

  /**
   * What makes a division's reading the name of something else: a river, lake or hill named after it, or a firm
   * (a trade word or a company's form right after it). Read only where the text names another division too.
   */
  private static final Pattern AFTER_NAME_NO_DIVISION = Pattern.compile("\\s*(?:river|lake|bay|beach|mountains?|hills?|"
      + "reservoir|canal|creek|agrochemicals?|petrochemicals?|chemicals?|pharmaceuticals?|steel|cement|paper|textiles?|"
      + "dyeing|electroplating|plating|ceramics|brewery|foods?|stone|quarry|co\\b|company|ltd|limited|group|corp|corporation|"
      + "industries|hotel|restaurant"
      // a works named after a place (the Tianshan Brick Kiln, Huanghe Fertiliser Plant): r28rest
      + "|bricks?|brickworks|kilns?|factory|plant|mill|works|mining|coal|fertili[sz]ers?|smelter|foundry|tannery|distillery|dairy)\\b");
  /** Whether one of a landmark's readings lies under a division the others name, none of them naming its level. */
  private boolean within(Gazetteer.Mention landmark, List<Gazetteer.Mention> divisions) {
    for (Division d : landmark.candidates()) {
      boolean under = false;
      boolean sameLevel = false;
      for (Gazetteer.Mention o : divisions) {
        for (Division a : o.candidates()) {
          sameLevel |= a.level() == d.level();
          for (Division up = gazetteer.division(d.parentCode()).orElse(null); !under && up != null;
              up = up.parentCode() == null ? null : gazetteer.division(up.parentCode()).orElse(null)) {
            under = up.code().equals(a.code());
          }
        }
      }
      if (under && !sameLevel) {
        return true;
      }
    }
    return false;
  }

  /** The level word said after a name: "District", "County" (or qu, xian) keep the counties of a reading. */
  private static final Pattern COUNTY_WORD = Pattern.compile("[\\s-]*(?:district|county|qu|xian|banner)\\b");

  /** A name said with "District" or "County" after it names a county of that reading, not a city. */
  private static List<Division> byLevelWord(List<Division> c, String lower, int end) {
    java.util.regex.Matcher w = COUNTY_WORD.matcher(lower).region(end, lower.length());
    if (c.size() > 1 && w.lookingAt()) {
      List<Division> counties = c.stream().filter(d -> d.level() == Division.Level.COUNTY).toList();
      // "Yining County" is 伊宁县, not the county-level city 伊宁市 of the same reading: the level word's own (r22rest)
      String said = w.group().strip().replaceFirst("^-", "").strip();
      String level = said.equals("county") || said.equals("xian") ? "县" : said.equals("district") || said.equals("qu") ? "区" : "旗";
      List<Division> own = counties.stream().filter(d -> d.name().endsWith(level)).toList();
      return counties.isEmpty() ? c : own.isEmpty() ? counties : own;
    }
    if (c.size() == 2 && c.stream().allMatch(d -> d.level() == Division.Level.COUNTY && d.parentCode().equals(c.get(0).parentCode()))) {
      // "in Yining" with no level word: the county-level city (伊宁市), the town English writers mean, not the county
      // of the same reading around it (伊宁县), named "Yining County" when meant (r23rest)
      List<Division> cities = c.stream().filter(d -> d.name().endsWith("市")).toList();
      return cities.size() == 1 ? cities : c;
    }
    return c;
  }

  /**
   * A reading shared by a city and counties, said with no level word ("Xinxiang, Henan", "Suzhou"): the city, as
   * English writers mean it. A county of that reading stays only where a division above it is named elsewhere in
   * the text ("Chaoyang, Beijing") or the level word was said (see {@link #byLevelWord}).
   */
  private Gazetteer.Mention citiesFirst(Gazetteer.Mention m, List<Gazetteer.Mention> all) {
    List<Division> c = m.candidates();
    if (c.size() < 2 || c.stream().noneMatch(d -> d.level() == Division.Level.CITY)) {
      return m;
    }
    java.util.Set<String> elsewhere = new java.util.HashSet<>();
    for (Gazetteer.Mention o : all) {
      if (o != m) {
        o.candidates().forEach(d -> elsewhere.add(d.code()));
      }
    }
    List<Division> kept = new ArrayList<>();
    for (Division d : c) {
      boolean keep = d.level() != Division.Level.COUNTY;
      boolean ownCity = c.stream().anyMatch(o -> o.code().equals(d.parentCode())); // 新乡县 under 新乡市: the city
      for (Division a = ownCity ? null : gazetteer.division(d.parentCode()).orElse(null); !keep && a != null;
          a = a.parentCode() == null ? null : gazetteer.division(a.parentCode()).orElse(null)) {
        keep = elsewhere.contains(a.code());
      }
      if (keep) {
        kept.add(d);
      }
    }
    return kept.isEmpty() || kept.size() == c.size() ? m : new Gazetteer.Mention(m.start(), m.end(), List.copyOf(kept));
  }

  /** What may stand between the two words of one name (Fu Tian, Xi-an). */
  private static final Pattern JOINABLE_GAP = Pattern.compile("[\\s\\-'’]{1,3}");

  /** English words never half of a name written in two words ("Fu Tian", "Inner Mongolia"): "and a" is no Anda. */
  private static final java.util.Set<String> NOT_JOINED = java.util.Set.of("a", "and", "the", "for", "but", "not", "was",
      "are", "has", "had", "our", "you", "his", "her", "its", "with", "from", "this", "that", "they", "them");

  /** Words between two places of one level that take the first back ("Songjiang... sorry, I am in Jiading"). */
  private static final Pattern EN_CORRECTION = Pattern.compile("[\\s.,…!-]*(?:(?:sorry|no|wait|oops|i mean|correction|actually)\\b[\\s.,…!-]*)+"
      + "(?:(?:i am|i'm|we are|we're|it is|it's|this is|i live)\\s+)?(?:in\\s+|at\\s+)?(?:the\\s+)?");

  private static boolean az(char c) {
    return c >= 'a' && c <= 'z';
  }

  /**
   * A place written in Chinese characters, English or pinyin, or both at once ("Fuzhou 鼓楼区"): the names of
   * either kind resolved together through the gazetteer.
   */
  public Optional<Place> resolveAny(String text) {
    List<Gazetteer.Mention> all = new ArrayList<>(gazetteer.mentions(text));
    find(text).ifPresent(ms -> all.addAll(List.of(ms)));
    all.sort(java.util.Comparator.comparingInt(Gazetteer.Mention::start));
    return gazetteer.resolve(text, all);
  }

  public Optional<Place> resolve(String text) {
    return find(text).flatMap(ms -> gazetteer.resolve(text, List.of(ms)));
  }
}
