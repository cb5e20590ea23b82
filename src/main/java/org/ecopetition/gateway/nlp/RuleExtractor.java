package org.ecopetition.gateway.nlp;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A rule-based extractor: number patterns, name cues, the gazetteer, and the lexicons of nlp-models. It is
 * the gateway's extractor until the trained pipeline lands, and its confidences are deliberately modest
 * where a rule can be fooled, so that the dialog checks rather than fills.
 */
public final class RuleExtractor implements Extractor {
  static final Pattern MOBILE = Pattern.compile("(?<!\\d)(?:\\+?86[-\\s]?)?(1[3-9]\\d)[-\\s]?(\\d{4})[-\\s]?(\\d{4})(?!\\d)");
  /** Every match of MOBILE starts with one of these (for Cues.find). */
  static final String MOBILE_FIRSTS = "+81";
  private static final Pattern LANDLINE = Pattern.compile("(?<!\\d)(0\\d{2,3})[-\\s]?(\\d{7,8})(?!\\d)");
  private static final Pattern CASE_NUMBER = Pattern.compile("[Hh][Bb]\\s?\\d{13}");
  private static final String HAN = "[\\p{IsHan}]";
  static final Pattern NAME_STRONG = Pattern.compile("(?:我叫|我的名字是|本人|姓名[:：]?|(?:举报人|投诉人|反映人|联系人|署名)[:：])(" + HAN + "{2,4}?)(?=[，,。.；;、\\s电手联住家今在是]|$)");
  /** Every match of NAME_STRONG starts with one of these (for Cues.find). */
  static final String NAME_STRONG_FIRSTS = "我本姓举投反联署";
  static final Pattern SURNAME = Pattern.compile("(?:我|本人)?(?<![百贵])姓(" + HAN + ")(?!名)(?=[，,。.；;、\\s]|$)");
  /** Every match of SURNAME starts with one of these (for Cues.find). */
  static final String SURNAME_FIRSTS = "我本姓";
  private static final Pattern NAME_BEFORE_ID = Pattern.compile("(?:^|[，,。；;\\s])(" + HAN + "{2,4})[，,\\s:：]*(?:身份证|\\d{17}[\\dXx])");
  private static final Pattern EN_SIGNATURE = Pattern.compile("[-–—]\\s*(" + "[A-Z][a-zA-Z'’\\-]+" + "(?:\\s+[A-Z][a-zA-Z'’\\-]+)+)");
  static final Pattern ROLE_SIGNATURE = Pattern.compile("(?:村民代表|工人代表|居民代表|业主代表|代表|村民|居民|业主|市民|群众|养殖户|承包户|户主|工人|举报人|投诉人|反映人|联系人)[:：\\s]*(\\p{IsHan}{2,4}?)[\\s，,。.]*(?:1[3-9]\\d{9}|\\p{IsHan}{2,}[市县区]|$)");
  /** Every match of ROLE_SIGNATURE starts with one of these (for Cues.find). */
  static final String ROLE_SIGNATURE_FIRSTS = "村工居业代市群养承户举投反联";
  static final Pattern NAME_WEAK = Pattern.compile("(?:我是|联系人[:：]?)(" + HAN + "{2,3}?)(?=[，,。.；;、\\s电手联住家]|$)");
  /** Every match of NAME_WEAK starts with one of these (for Cues.find). */
  static final String NAME_WEAK_FIRSTS = "我联";
  private static final Pattern HONORIFIC = Pattern.compile("(" + HAN + "{1,2})(先生|女士|小姐)");
  private static final Pattern NAME_BEFORE_PHONE = Pattern.compile("(?:^|[，,。；;\\s])(" + HAN + "{2,3})[\\s:：]*(?:电话|手机)?[:：]?\\s*1[3-9]\\d");
  private static final String EN_WORD = "[A-Z][a-zA-Z'’\\-]+";
  private static final Pattern EN_NAME = Pattern.compile("(?:(?i:my name is|i am|i'm|this is|name:|regards,|sincerely,|thanks,|thank you,))\\s*(" + EN_WORD + "(?:\\s+" + EN_WORD + "){0,2})");
  /** A capitalised name of two or three words at the end of the text or just before a phone number. */
  private static final Pattern EN_TRAILING = Pattern.compile("(?:^|[,.;:!?\\-–—]\\s*|\\s)(" + EN_WORD + "(?:\\s+" + EN_WORD + "){1,2})\\s*[,.;]?\\s*(?:\\+?86[\\s-]?)?$");
  static final Pattern HOME = Pattern.compile("(?:家住|住在|住址[:：]?|我家在|现住|现在住|居住在|我住|住的是|打工住)([^，,。；;！!？?\\n]{2,40})|我是([^，,。；;！!？?\\n]{2,16})的(?:居民|业主|市民|村民)");
  /** Every match of HOME starts with one of these (for Cues.find). */
  static final String HOME_FIRSTS = "家住我现居打";
  private static final Pattern HOMETOWN = Pattern.compile("老家(?:是|在)?|回老家|家乡(?:是|在)?|回乡");
  /** Where a unit's name ends; its start is found by walking back to punctuation (linear, no backtracking). */
  private static final Lexicon UNIT_SUFFIX = Lexicon.of(List.of("有限责任公司", "股份有限公司", "有限公司", "集团", "公司",
      "工厂", "化工厂", "电镀厂", "砖厂", "造纸厂", "厂", "酒店", "饭店", "餐馆", "菜馆", "餐厅", "烧烤店", "养殖场", "加工厂",
      "工地", "项目部", "搅拌站", "洗车店", "KTV", "酒吧", "歌厅", "夜总会", "网吧", "洗浴中心", "猪场", "鸡场", "砂场", "石场", "矿"));
  private static final String UNIT_STOP = "，,。；;！!？?\\n 、：:（(）)“”\"";
  private static final String SENTENCE_END = "。！!？?\n；;";
  static final Pattern ASKS = Pattern.compile("请|希望|要求|恳请|尽快|请求|呼吁|建议|盼|能不能|能否|麻烦|(?i:please|ask|request|hope)");
  /** Every match of ASKS starts with one of these (for Cues.find). */
  static final String ASKS_FIRSTS = "请希要恳尽呼建盼能麻pPaArRhH";
  private static final Pattern ACCUSE = Pattern.compile("举报|检举|控告|揭发");
  private static final Pattern OFFICIAL = Pattern.compile("局|干部|官员|执法人员|工作人员|领导|书记|镇长|乡长|村长|主任|科长|局长|所长|监察|执法队");
  private static final Pattern MISCONDUCT = Pattern.compile("不作为|受贿|行贿|包庇|视而不见|利益输送|腐败|收钱|收了钱|索贿|失职|渎职|充耳不闻|敷衍|徇私|保护伞|吃拿卡要");
  private static final Pattern SUGGEST = Pattern.compile("^\\s*(?:我)?建议|^\\s*希望能|提个建议|提建议|意见建议|(?i:suggest)");
  private static final Pattern CONFIDENTIAL = Pattern.compile("保密|不要透露|别透露|不要泄露|替我保密|(?i:confidential)");
  private static final Pattern STATUS = Pattern.compile("查询|进度|办得怎么样|有结果|结果如何|(?i:status|progress)");

  private static final Set<String> NOT_NAMES = Set.of("电话", "手机", "联系", "号码", "居民", "附近", "本人", "我们",
      "他们", "村民", "业主", "群众", "市民", "网友", "联系人", "联系电话");

  private static final Pattern EN_NOT_NAMES = Pattern.compile("(?i)\\b(district|county|city|province|road|street|park|river|lake|new area|please|thank|the|co|ltd|company|factory)\\b");

  private final Gazetteer gazetteer;
  private final Lexicon pollution;
  private final Situations situations;
  private final Lexicon abuse;

  public RuleExtractor(Gazetteer gazetteer) {
    this.gazetteer = gazetteer;
    this.pollution = Lexicon.bundled("pollution.tsv");
    this.situations = Situations.bundled();
    this.abuse = Lexicon.bundled("abuse.txt");
  }

  Situations situations() {
    return situations;
  }

  @Override
  public Extraction extract(String raw) {
    String text = normalise(raw == null ? "" : raw);
    if (text.length() > MAX_CHARS) {
      text = text.substring(0, MAX_CHARS);
    }
    Extraction.Builder b = new Extraction.Builder();
    phones(text, b);
    names(text, b);
    Matcher cn = CASE_NUMBER.matcher(text);
    if (cn.find()) {
      b.put("caseNumber", cn.group().toUpperCase().replace(" ", ""), 1.0, cn.start(), cn.end());
    }
    places(text, b);
    kinds(text, b);
    polluter(text, b);
    sentences(text, b);
    category(text, b);
    situations(text, b);
    List<Lexicon.Hit> rude = abuse.find(text);
    if (!rude.isEmpty()) {
      b.put("abusive", "true", 0.9, rude.get(0).start(), rude.get(0).end());
    }
    Matcher conf = CONFIDENTIAL.matcher(text);
    if (Cues.any(text, "保透泄cC") && conf.find()) {
      b.put("confidentialityRequested", "true", 0.9, conf.start(), conf.end());
    }
    boolean status = cn.reset().find() && Cues.any(text, "查进办有结sSpP") && STATUS.matcher(text).find();
    b.put("intent", status ? "status" : "report", 0.6, 0, text.length());
    return b.build();
  }

  /**
   * Art 19's situations (urgent) and the dangers to life among them: the first of each marks its span; the
   * names of all go in {@code situation} (drinking_water, mass_death, spill_leak…) for staff and the dialog.
   */
  private void situations(String text, Extraction.Builder b) {
    List<Situations.Hit> hits = situations.find(text);
    Set<String> names = new LinkedHashSet<>();
    for (Situations.Hit h : hits) {
      names.add(h.situation());
      b.put("urgent", "true", 0.9, h.start(), h.end());
      if (h.lifeSafety()) {
        b.put("lifeSafety", "true", 0.9, h.start(), h.end());
      }
    }
    if (!names.isEmpty()) {
      b.put("situation", String.join(",", names), 0.9, hits.get(0).start(), hits.get(0).end());
    }
  }

  private static void polluter(String text, Extraction.Builder b) {
    for (Lexicon.Hit m : UNIT_SUFFIX.find(text)) {
      int end = m.end();
      int start = m.start();
      while (start > 0 && end - start < 26 && UNIT_STOP.indexOf(text.charAt(start - 1)) < 0) {
        start--;
      }
      String org = text.substring(start, end);
      // "江宁区秣陵街道的南京某某化工有限公司": the name is what follows the last 的 (or 有家, 一家…).
      Matcher marker = UNIT_MARKER.matcher(org);
      int cut = 0;
      while (marker.find()) {
        cut = marker.end();
      }
      org = LEAD_PREP.matcher(LEAD_WHERE.matcher(org.substring(cut)).replaceFirst("")).replaceFirst("");
      if (org.length() >= 3 && Character.UnicodeScript.of(org.charAt(0)) == Character.UnicodeScript.HAN) {
        b.put("polluter", org, 0.7, end - org.length(), end);
        return;
      }
    }
  }

  private static boolean hasCapital(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c >= 'A' && c <= 'Z') {
        return true;
      }
    }
    return false;
  }

  private static final Pattern LEAD_WHERE = Pattern.compile("^(附近|旁边|村里|村口|对面|楼下|隔壁|一家|有家|这家|那家|个)");
  private static final Pattern LEAD_PREP = Pattern.compile("^[对被把给让向跟和与在从]");
  private static final Pattern EN_LEAD = Pattern.compile("^(?i:contact|call|from|regards|sincerely|thanks|signed)\\s+");
  private static final Pattern UNIT_MARKER = Pattern.compile("的|有一家|有家|有个|一家");

  /** Full-width digits and letters to half-width; Chinese punctuation stays (names need it). */
  static String normalise(String s) {
    StringBuilder b = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c >= '０' && c <= '９' || c >= 'Ａ' && c <= 'Ｚ' || c >= 'ａ' && c <= 'ｚ' || c == '＋') {
        b.append((char) (c - 0xFEE0));
      } else if (Character.isISOControl(c) && c != '\n') {
        b.append(' ');
      } else {
        b.append(c);
      }
    }
    return b.toString();
  }

  private static void phones(String text, Extraction.Builder b) {
    Matcher m = Cues.find(MOBILE, text, MOBILE_FIRSTS);
    if (m != null) {
      b.put("phone", m.group(1) + m.group(2) + m.group(3), 0.98, m.start(), m.end());
      return;
    }
    Matcher l = LANDLINE.matcher(text);
    if (l.find()) {
      b.put("phone", l.group(1) + l.group(2), 0.9, l.start(), l.end());
    }
  }

  private void names(String text, Extraction.Builder b) {
    Extraction.Builder found = new Extraction.Builder();
    candidates(text, found);
    found.build().field("name").filter(f -> !NOT_NAMES.contains(f.value()))
        // Cantonese "梁生" is Mr Liang: the surname.
        .map(f -> f.value().length() == 2 && f.value().endsWith("生")
            ? new Extraction.Field(f.value().substring(0, 1), f.confidence(), f.start(), f.start() + 1) : f)
        .ifPresent(f -> b.put("name", f.value(), f.confidence(), f.start(), f.end()));
  }

  private void candidates(String text, Extraction.Builder b) {
    if (hasHan(text)) {
      chineseNames(text, b);
    }
    if (hasCapital(text)) {
      englishNames(text, b);
    }
  }

  private static boolean hasHan(String text) {
    for (int i = 0; i < text.length(); i++) {
      if (Tokens.han(text.charAt(i))) {
        return true;
      }
    }
    return false;
  }

  private void chineseNames(String text, Extraction.Builder b) {
    Matcher sur = Cues.any(text, "姓") ? Cues.find(SURNAME, text, SURNAME_FIRSTS) : null;
    if (sur != null) {
      b.put("name", sur.group(1), 0.9, sur.start(1), sur.end(1));
    }
    Matcher s = Cues.find(NAME_STRONG, text, NAME_STRONG_FIRSTS);
    if (s != null && gazetteer.mentions(s.group(1)).isEmpty()) {
      b.put("name", s.group(1), 0.9, s.start(1), s.end(1));
    }
    Matcher w = Cues.find(NAME_WEAK, text, NAME_WEAK_FIRSTS);
    if (w != null && gazetteer.mentions(w.group(1)).isEmpty()) {
      b.put("name", w.group(1), 0.75, w.start(1), w.end(1));
    }
    Matcher h = HONORIFIC.matcher(text);
    if (Cues.any(text, "先女小") && h.find()) {
      b.put("name", h.group(1), 0.7, h.start(1), h.end(1));
    }
    Matcher p = NAME_BEFORE_PHONE.matcher(text);
    if (Cues.any(text, "1") && p.find() && gazetteer.mentions(p.group(1)).isEmpty() && pollution.find(p.group(1)).isEmpty()) {
      b.put("name", p.group(1), 0.65, p.start(1), p.end(1));
    }
    Matcher beforeId = NAME_BEFORE_ID.matcher(text);
    if (Cues.any(text, "身0123456789") && beforeId.find() && gazetteer.mentions(beforeId.group(1)).isEmpty()) {
      b.put("name", beforeId.group(1), 0.8, beforeId.start(1), beforeId.end(1));
    }
    Matcher role = Cues.find(ROLE_SIGNATURE, text, ROLE_SIGNATURE_FIRSTS);
    if (role != null && gazetteer.mentions(role.group(1)).isEmpty()) {
      b.put("name", role.group(1), 0.8, role.start(1), role.end(1));
    }
  }

  private void englishNames(String text, Extraction.Builder b) {
    Matcher e = EN_NAME.matcher(text);
    if (e.find()) {
      b.put("name", e.group(1), 0.8, e.start(1), e.end(1));
    }
    // A signature: the last words of the text, or those just before the phone number.
    Matcher phone = MOBILE.matcher(text);
    List<Integer> ends = new ArrayList<>(List.of(text.length()));
    if (phone.find()) {
      ends.add(phone.start());
    }
    for (int end : ends) {
      Matcher trailing = EN_TRAILING.matcher(text).region(Math.max(0, end - 60), end);
      if (trailing.find()) {
        String n = EN_LEAD.matcher(trailing.group(1)).replaceFirst("");
        if (!EN_NOT_NAMES.matcher(n).find() && n.contains(" ")) {
          b.put("name", n, 0.75, trailing.end(1) - n.length(), trailing.end(1));
        }
      }
    }
    Matcher sig = EN_SIGNATURE.matcher(text);
    if (sig.find()) {
      b.put("name", sig.group(1), 0.8, sig.start(1), sig.end(1));
    }
  }


  /**
   * The problem's place is a run of place names outside the petitioner's home address; a place given as
   * the petitioner's hometown (老家) is where the problem is; with no other place, it is at home.
   */
  private void places(String text, Extraction.Builder b) {
    List<int[]> homes = new ArrayList<>();
    Matcher home = HOME.matcher(text);
    for (int from = 0; Cues.find(home, text, from, HOME_FIRSTS); from = home.end()) {
      int g = home.group(1) != null ? 1 : 2;
      homes.add(new int[] {home.start(g), home.end(g)});
      if (homes.size() == 1) {
        b.put("address", home.group(g).strip(), 0.75, home.start(g), home.end(g));
      }
    }
    List<int[]> hometowns = new ArrayList<>();
    Matcher ht = HOMETOWN.matcher(text);
    while (Cues.any(text, "老回家") && ht.find()) {
      hometowns.add(new int[] {ht.end()});
    }
    List<List<Gazetteer.Mention>> runs = new ArrayList<>();
    List<Gazetteer.Mention> homeRun = new ArrayList<>();
    List<Gazetteer.Mention> run = new ArrayList<>();
    int last = -10;
    for (Gazetteer.Mention m : gazetteer.mentions(text)) {
      if (inside(homes, m)) {
        homeRun.add(m);
        continue;
      }
      // Names written together ("江苏省南京市江宁区") or apart by a space make one place; "北仑区的宁波某某公司" two.
      if (!run.isEmpty() && m.start() > last && !text.substring(last, m.start()).isBlank()) {
        runs.add(run);
        run = new ArrayList<>();
      }
      run.add(m);
      last = m.end();
    }
    if (!run.isEmpty()) {
      runs.add(run);
    }
    // The most precise run names the problem's place; a hometown run comes first.
    Place best = null;
    int bestRank = -1;
    int bs = 0;
    int be = 0;
    for (List<Gazetteer.Mention> r : runs) {
      int start = r.get(0).start();
      int end = Math.min(text.length(), r.get(r.size() - 1).end() + 12);
      Optional<Place> p = gazetteer.resolve(text.substring(start, end), r.stream()
          .map(m -> new Gazetteer.Mention(m.start() - start, m.end() - start, m.candidates())).toList());
      if (p.isEmpty()) {
        continue;
      }
      boolean hometown = hometowns.stream().anyMatch(h -> start >= h[0] && start - h[0] <= 4);
      int rank = rank(p.get()) + (hometown ? 10 : 0);
      if (rank > bestRank) {
        best = p.get();
        bestRank = rank;
        bs = start;
        be = r.get(r.size() - 1).end();
      }
    }
    if (!homeRun.isEmpty()) {
      // "家住A，附近的工厂…": with no other place, or only a city that A's county lies in, the problem is at home.
      int hs = homeRun.get(0).start();
      int he = homeRun.get(homeRun.size() - 1).end();
      Optional<Place> atHome = gazetteer.resolve(text.substring(hs, Math.min(text.length(), he + 12)),
          homeRun.stream().map(m -> new Gazetteer.Mention(m.start() - hs, m.end() - hs, m.candidates())).toList());
      if (atHome.isPresent() && !atHome.get().ambiguous() && (best == null
          || bestRank < 10 && best.county() == null && atHome.get().county() != null
              && Objects.equals(best.city(), atHome.get().city()))) {
        best = atHome.get();
        bs = hs;
        be = he;
      }
    }
    if (best == null) {
      return;
    }
    double conf = best.ambiguous() ? 0.5 : best.county() != null ? 0.9 : best.city() != null ? 0.8 : 0.6;
    b.put("place", text.substring(bs, placeEnd(text, be)), conf, bs, placeEnd(text, be));
    b.put("province", best.province(), conf, bs, be);
    b.put("city", best.city(), conf, bs, be);
    b.put("county", best.county(), conf, bs, be);
    b.put("town", best.town(), conf, bs, be);
    if (best.ambiguous()) {
      b.put("ambiguousPlace", "true", 0.9, bs, be);
    }
  }

  private static boolean inside(List<int[]> spans, Gazetteer.Mention m) {
    return spans.stream().anyMatch(sp -> m.start() >= sp[0] && m.end() <= sp[1]);
  }

  /** A place phrase goes on to the street or landmark after the last division name, up to punctuation. */
  private static int placeEnd(String text, int from) {
    int i = from;
    while (i < text.length() && i - from < 20 && "，,。；;！!？?\n ".indexOf(text.charAt(i)) < 0
        && !"的有".contains(String.valueOf(text.charAt(i)))) {
      i++;
    }
    return i;
  }

  private static int rank(Place p) {
    return p.ambiguous() ? 1 : (p.town() != null ? 5 : p.county() != null ? 4 : p.city() != null ? 3 : 2);
  }

  private void kinds(String text, Extraction.Builder b) {
    Set<String> kinds = new LinkedHashSet<>();
    for (Lexicon.Hit h : pollution.find(text)) {
      String kind = h.entry().columns()[0];
      if (kinds.isEmpty()) {
        b.put("kind", kind, 0.8, h.start(), h.end());
      }
      kinds.add(kind);
      String matter = h.entry().columns().length > 1 ? h.entry().columns()[1] : "";
      if (!matter.isEmpty()) {
        b.put("matter", matter, 0.7, h.start(), h.end());
      }
    }
    b.kinds(List.copyOf(kinds));
  }

  /** Requests are the clauses from an asking cue to the end of its sentence; the rest tells the facts. */
  private static void sentences(String text, Extraction.Builder b) {
    StringBuilder asks = new StringBuilder();
    StringBuilder facts = new StringBuilder();
    int askStart = -1;
    // A sentence is a run of other characters and the mark that ends it; marks in a row start none. Split by
    // hand and the cue searched within the sentence's region: the text is scanned once, not twice.
    Matcher cue = ASKS.matcher(text);
    int i = 0;
    while (i < text.length()) {
      if (SENTENCE_END.indexOf(text.charAt(i)) >= 0) {
        i++;
        continue;
      }
      int start = i;
      while (i < text.length() && SENTENCE_END.indexOf(text.charAt(i)) < 0) {
        i++;
      }
      if (i < text.length()) {
        i++;
      }
      String sentence = text.substring(start, i);
      if (Cues.find(cue, text, start, i, ASKS_FIRSTS)) {
        int at = cue.start() - start;
        int clause = Math.max(Math.max(sentence.lastIndexOf('，', at), sentence.lastIndexOf(',', at)),
            sentence.lastIndexOf('：', at)) + 1;
        if (askStart < 0) {
          askStart = start + clause;
        }
        asks.append(sentence.substring(clause).strip());
        facts.append(sentence, 0, clause);
      } else {
        facts.append(sentence);
      }
    }
    if (asks.length() > 0) {
      b.put("request", asks.toString(), 0.7, askStart, text.length());
    }
    String f = facts.toString().strip();
    if (f.endsWith("，") || f.endsWith(",")) {
      f = f.substring(0, f.length() - 1) + "。"; // stripped, so no line end follows the comma
    }
    if (!f.isEmpty()) {
      b.put("facts", f, 0.7, 0, text.length());
    }
  }

  private static void category(String text, Extraction.Builder b) {
    Matcher accuse = ACCUSE.matcher(text);
    if (Cues.any(text, "举检控揭") && accuse.find() && OFFICIAL.matcher(text).find() && MISCONDUCT.matcher(text).find()) {
      b.put("category", "检举控告", 0.85, accuse.start(), accuse.end());
      return;
    }
    Matcher suggest = SUGGEST.matcher(text);
    if (Cues.any(text, "建提意希sS") && suggest.find()) {
      b.put("category", "建议意见", 0.75, suggest.start(), suggest.end());
      return;
    }
    b.put("category", "申诉求决", 0.7, 0, text.length());
  }
}
