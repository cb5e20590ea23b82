package org.ecopetition.gateway.nlp;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
  static final Pattern LANDLINE = Pattern.compile("(?<!\\d)(0\\d{2,3})[-\\s]?(\\d{7,8})(?!\\d)");
  private static final Pattern CASE_NUMBER = Pattern.compile("[Hh][Bb]\\s?\\d{13}");
  /**
   * A number in this office's letters but not its format (HB-2025-0417, HB20250417…: written from memory, or an
   * older system's): a case number without any cue, kept as written, and the dialog says it is not one of ours.
   */
  static final Pattern CASE_NUMBER_LIKE = Pattern.compile("(?<![A-Za-z])[Hh][Bb][-\\s]?\\d{4}[-\\s]?\\d{3,9}(?![\\d-])");
  /** An official document's number (上环信〔2026〕第217号, 某环罚[2025]12号): an issuer, the year in brackets, the number. */
  private static final String OFFICIAL_NUMBER = "\\p{IsHan}{1,6}[〔\\[【(（]\\d{4}[〕\\]】)）]\\s*第?\\s*\\d{1,6}\\s*号";
  /**
   * A number the writer calls a case, order or reference number, in whatever office's format (12345's work orders,
   * another bureau's 受理号, an English reference): group 1. It is not this gateway's, and the dialog says so.
   */
  static final Pattern CASE_CUED = Pattern.compile("(?:案件编号|受理编号|受理号|工单号|工单编号|单号|编号|案号|查询号|回执号|文号"
      + "|(?i:case\\s?(?:number|no\\.?|#)|reference(?:\\s(?:number|no\\.?))?|ref\\.?(?:\\sno\\.?)?|ticket(?:\\s(?:number|no\\.?))?))"
      + "\\s*(?:(?:是|为|(?i:is))\\s*)*[:：#]?\\s*(" + OFFICIAL_NUMBER + "|[A-Za-z0-9][A-Za-z0-9\\-]{4,28}[A-Za-z0-9](?![A-Za-z0-9])"
      + "|[零〇一二三四五六七八九幺]{6,24})");
  static final String CASE_CUED_FIRSTS = "案受工单编查回文cCrRtT";
  private static final String HAN = "[\\p{IsHan}]";
  private static final String EN_WORD = "\\p{Lu}[\\p{L}'’\\-]+";
  /** The small words inside European names (Pieter de Vries, Ludwig van Beethoven). */
  private static final String EN_PARTICLE = "(?:(?:de|van|von|der|den|da|di|le|la|du|del|bin|al)\\s+)?";
  /** One given name signing off after a dash at the very end (… private. - Priya). */
  /** A given name alone at a message's end, after a sentence's end or after a dash and a role (…complain. Mike; - a reporter, Lucas). */
  private static final Pattern EN_LAST_ONE = Pattern.compile("(?:[.!?]\\s+|[-–—]\\s*(?i:an?|the|your)\\s+[a-z][a-z ]{1,20},\\s*)(\\p{Lu}\\p{Ll}{2,11})"
      + "(?:\\s*[(（][^()（）]{1,40}[)）])?\\s*[.!]?\\s*$"); // (… into the water. Lukas (a tourist): who the writer is, in brackets)
  /**
   * A country or its people after "I am" in a learner's English (I am Pakistani student, I am Vietnam worker): where the
   * writer is from, no name (r24rest).
   */
  private static final Pattern EN_NATION = Pattern.compile("(?i)(?:a |an )?(?:pakistan|pakistani|vietnam|vietnamese|india|indian|"
      + "nigeria|nigerian|ghana|ghanaian|kenya|kenyan|egypt|egyptian|russia|russian|korea|korean|japan|japanese|america|american|"
      + "british|english|french|german|germany|italian|spanish|thai|thailand|filipino|philippines|indonesia|indonesian|"
      + "malaysia|malaysian|bangladesh|bangladeshi|nepal|nepali|nepalese|mongolia|mongolian|kazakh|uzbek|burmese|myanmar|"
      + "laos|lao|cambodia|cambodian|brazil|brazilian|mexico|mexican|canada|canadian|australia|australian|african|"
      + "arab|iranian|turkish|ukrainian|polish|foreign|foreigner|chinese)\\b");
  /** Words that end an English message alone and are no name. */
  private static final Pattern EN_SIGN_OFF_WORD = Pattern.compile("(?i)^(cheers|bye|goodbye|sorry|hurry|anyone|everyone|nobody|today|tonight|now|again|regards|best|yours|ok|okay|asap|quickly|seriously|really|why|how|thanks|help|please)$");
  private static final Pattern EN_SIGNED_ONE = Pattern.compile("[-–—]\\s*(\\p{Lu}\\p{Ll}{2,15})(?:\\s*[(（][^()（）]{1,40}[)）])?\\s*[.!]?\\s*$");
  /** A capitalised word opening a sentence of its own (I, We, My…): it starts no name's second word (- Daniel We have called…). */
  private static final String EN_NOT_SECOND = "(?!(?:I|We|My|Our|It|The|This|They|He|She|You|Please|There|That|Now|Still)\\b)";
  /**
   * A given name signing after a dash, or alone opening a sentence, the next sentence run on with I or We and no stop
   * between (… yet. - Daniel We have called…; … look at it. Ahmed I have lived here…): the writer (r29name).
   */
  private static final Pattern EN_SIGNED_RUN_ON = Pattern.compile(
      "(?:[-–—]\\s*|[.!?]\\s+)(\\p{Lu}\\p{Ll}{2,11})\\s+(?=(?:I|We)\\s+(?:have|am|was|live|lived|had|can|just|really|need|want|called|tried|moved|rent|own|do|did|will|would|'ve)\\b|I'(?:m|ve)\\b)");
  /** Words that open a sentence before "I" and are no name (Today I…, Honestly I…, When I…). */
  private static final Pattern EN_NOT_GIVEN = Pattern.compile("(?i)^(?:honestly|frankly|unfortunately|recently|luckily|basically|obviously|personally|actually|finally|"
      + "normally|currently|originally|eventually|seriously|initially|apparently|really|certainly|clearly|hopefully|when|while|because|since|before|after|until|unless|if|"
      + "whenever|although|though|as|so|but|and|or|then|now|here|there|today|tonight|yesterday|tomorrow|sometimes|also|still|"
      + "again|once|maybe|perhaps|anyway|besides|meanwhile|otherwise|first|second|third|last|always|never|yes|sorry|please|"
      + "thanks|hello|dear|sir|madam|monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april|"
      + "june|july|august|september|october|november|december|everyday|overall|what|why|how|where|who|which|should|could|"
      + "would|can|did|does|have|must|may|might|shall|will|had|was|were|even|just|well|okay|ok|indeed|nowadays|previously|"
      + "earlier|later|morning|evening|night|afternoon|weekend|recently|lately|usually|often|urgent|help)$");
  static final Pattern EN_SIGNATURE = Pattern.compile("[-–—]\\s*(" + EN_WORD + "(?:\\s+" + EN_NOT_SECOND + EN_PARTICLE + EN_WORD + ")+)");
  // a trade or kin word in small letters between "I'm" and the name says who one is (I'm farmer Li, I am uncle Zhao: polreg)
  static final Pattern EN_NAME = Pattern.compile("(?:(?i:my name is|my name|i am|i'm|this is|name:|regards,|sincerely,|thanks,|thank you,|contact:?)|我叫|我是|我系|联系人[:：]?)\\s*"
      + "(?:(?:farmer|teacher|doctor|nurse|driver|worker|fisherman|herder|uncle|auntie|aunt|grandpa|grandma|granny|old|little)\\s+)?(?!(?:Mr|Mrs|Ms|Miss|Mx|Dr|Prof)\\b)(" + EN_WORD + "(?:\\s+" + EN_PARTICLE + EN_WORD + "){0,2})");
  /** A name after what someone is called, or after the words that sign a report (Report by…, written by…). */
  static final Pattern EN_CALLED = Pattern.compile("\\b((?i:called|named|his name is|her name is|name of|report(?:ed)? by|written by|submitted by|sent by))\\s+("
      + EN_WORD + "(?:\\s+" + EN_PARTICLE + EN_WORD + "){0,2})");
  /** A name after an English honorific (Mr. Kim, Ms Alvarez, Dr. Chen Hui): the writer's when it signs off. */
  static final Pattern EN_HONOURED = Pattern.compile("\\b(?:Mr|Mrs|Ms|Miss|Mx|Dr|Prof)\\.?\\s+(" + EN_WORD + "(?:\\s+" + EN_WORD + ")?)");
  /** Every match of EN_NAME, EN_CALLED, EN_HONOURED, EN_SIGNATURE starts with one of these (for Cues.find). */
  static final String EN_NAME_FIRSTS = "mMiItTnNrRsScC我联";
  static final String EN_CALLED_FIRSTS = "cCnNhHrRwWsS";
  static final String EN_HONOURED_FIRSTS = "MDP";
  static final String EN_SIGNATURE_FIRSTS = "-–—";
  /** A capitalised name of two or three words at the end of the text or just before a phone number. */
  private static final Pattern EN_TRAILING = Pattern.compile("(?:^|[,.;:!?\\-–—]\\s*|\\s)(" + EN_WORD + "(?:\\s+" + EN_PARTICLE + EN_WORD + "){1,2})\\s*[,.;]?\\s*(?:(?i:tel\\.?|phone:?|contact:?)\\s*)?(?:\\+?86[\\s-]?)?$");
  /** In a Chinese text, one Latin name alone: before a phone, after a comma at the end, or after 的 (我是…的Tom). */
  private static final Pattern EN_ALONE = Pattern.compile("(?:^|[，。！？,\\s]|\\p{IsHan})(\\p{Lu}\\p{Ll}{2,11})(?=\\s*(?:1[3-9]\\d{9}|0\\d{9,11})|\\s*[，,。]?\\s*$|[，,])");
  /** In a Chinese text, a Latin name after a word for someone the writer knows (我室友 Kevin, 邻居 Anna): theirs. */
  private static final Pattern EN_OTHER = Pattern.compile("(?:室友|舍友|邻居|同事|朋友|同学|房东|老板|经理|老公|老婆|丈夫|妻子|儿子|女儿|男朋友|女朋友|(?i:manager|boss|landlord|neighbou?r|colleague|roommate|supervisor|director|officer|guard)\\s)"
      + "\\s*(\\p{Lu}\\p{Ll}{2,11})(?![\\p{IsLatin}])"); // (物业manager Linda说: an English word for the post, r29name)
  private static final Pattern LATIN_WORD_BEFORE = Pattern.compile("\\p{Lu}[\\p{L}&'\\-]*\\s+$");
  private static final Pattern EN_COMMON = Pattern.compile("(?i)^(hi|hello|dear|emergency|urgent|address|wechat|please|thanks|thank|help|report|office|noise|bar|gym|music|sir|madam|the|this|that|we|my|our|beijing|shanghai|guangzhou|shenzhen|china|district|city|road|phone|tel|telephone|mobile|cell|contact|email|number)$"); // Phone +86…: a field, no name (r22rest)
  static final Pattern HOME = Pattern.compile("(?:家住|住在|住址[:：]?|我家在|(?<!\\p{IsHan})家在|现住|现在住|居住在|我住(?![院宿不了得着过的])|住的是|打工住)([^，,。；;！!？?\\n]{2,40})|我是([^，,。；;！!？?\\n]{2,16})的(?:居民|业主|市民|村民)");
  /** Every match of HOME starts with one of these (for Cues.find). */
  static final String HOME_FIRSTS = "家住我现居打";
  /**
   * Where the writer is from, told and left (我是常州武进的，去金坛出差…; 我是登封人，在新密…): a home, no address, and the
   * problem's place only where it names no less than the other places do.
   */
  private static final Pattern ORIGIN = Pattern.compile("我是([^，,。；;！!？?\\s]{2,8}?)(?:的|人)(?=[，,。\\s])");
  /** Where one lives or works now, said just after one's hometown (老家在山东，现在在…): the hometown is no place of the matter. */
  private static final Pattern NOW_ELSEWHERE = Pattern.compile("^[的人]?[，,\\s]*(?:但|可)?(?:我|我们)?(?:现在|如今|目前)(?:在|住|定居|居住)|^[的人]?[，,\\s]*(?:现住|现居)");
  private static final Pattern HOMETOWN = Pattern.compile("老家(?:是|在)?|回老家|家乡(?:是|在)?|回乡");
  private static final String SENTENCE_END = "。！!？?\n；;";
  static final Pattern ASKS = Pattern.compile("请|希望|要求|恳请|尽快|请求|呼吁|建议|盼|能不能|能否|麻烦|(?i:please|ask|request|hope)");
  /** Every match of ASKS starts with one of these (for Cues.find). */
  static final String ASKS_FIRSTS = "请希要恳尽呼建盼能麻pPaArRhH";
  private static final Pattern ACCUSE = Pattern.compile("举报|检举|控告|揭发");
  private static final Pattern OFFICIAL = Pattern.compile("局|干部|官员|执法人员|工作人员|领导|书记|镇长|乡长|村长|主任|科长|局长|所长|监察|执法队");
  private static final Pattern MISCONDUCT = Pattern.compile("不作为|受贿|行贿|包庇|视而不见|利益输送|腐败|收钱|收了钱|索贿|失职|渎职|充耳不闻|敷衍|徇私|保护伞|吃拿卡要");
  private static final Pattern SUGGEST = Pattern.compile("^\\s*(?:我)?建议|^\\s*希望能|提个建议|提建议|意见建议|(?i:suggest)");
  static final Pattern CONFIDENTIAL = Pattern.compile("保密|不要透露|别透露|不要泄露|替我保密|(?i:confidential)");
  /** Every match of CONFIDENTIAL starts with one of these (for Cues.find). */
  static final String CONFIDENTIAL_FIRSTS = "保不别替cC";
  private static final Pattern STATUS = Pattern.compile("查询|进度|办得怎么样|有结果|结果如何|(?i:status|progress)");


  private static final Pattern EN_NOT_NAMES = Pattern.compile("(?i)\\b(district|county|city|province|road|street|park|river|lake|new area|please|thank|the|co|ltd|company|factory)\\b");

  private final Gazetteer gazetteer;
  private final Lexicon pollution;
  private final Situations situations;
  private final Names names;
  private final Polluters polluters;
  private final Identities identities;
  private final Lexicon abuse;

  public RuleExtractor(Gazetteer gazetteer) {
    this.gazetteer = gazetteer;
    this.pollution = Lexicon.bundled("pollution.tsv");
    this.situations = Situations.bundled();
    this.names = Names.bundled();
    this.polluters = Polluters.bundled();
    this.identities = new Identities(names, w -> gazetteer.mentions(w).stream().anyMatch(m -> m.start() == 0));
    this.abuse = Lexicon.bundled("abuse.txt");
  }

  Situations situations() {
    return situations;
  }

  /**
   * The rules' reading, with every identity mention on the raw text: this normalisation changes characters
   * one for one, so its spans are the raw text's. Identities are looked for in the whole text, beyond what
   * is analysed.
   */
  @Override
  public Extraction extract(String raw) {
    String full = normalise(raw == null ? "" : raw);
    Extraction.Builder b = core(full.length() > MAX_CHARS ? full.substring(0, MAX_CHARS) : full, true);
    return b.identities(identities(full, b)).build();
  }

  /**
   * Everything but the identity spans, on a text already normalised and cut to {@link #MAX_CHARS}; the
   * persons too unless the caller reads them itself (the trained extractor does, with HanLP's help).
   */
  Extraction.Builder core(String text, boolean persons) {
    Extraction.Builder b = new Extraction.Builder();
    phones(text, b);
    if (persons) {
      names(text, b, null);
    }
    Matcher cn = CASE_NUMBER.matcher(text);
    boolean numbered = Cues.any(text, "Hh") && cn.find(); // every case number starts with its letters; read once
    if (numbered) {
      b.put("caseNumber", cn.group().toUpperCase().replace(" ", ""), 1.0, cn.start(), cn.end());
    } else if (Cues.any(text, "Hh") && Cues.find(CASE_NUMBER_LIKE, text, "Hh") != null) {
      Matcher like = CASE_NUMBER_LIKE.matcher(text);
      like.find();
      b.put("caseNumber", like.group().toUpperCase().replace(" ", "").replace("-", ""), 0.9, like.start(), like.end());
    } else {
      Matcher cued = CASE_CUED.matcher(text);
      for (int from = 0; Cues.find(cued, text, from, CASE_CUED_FIRSTS); from = cued.end()) {
        // four digits at least, written or said (二零二六一一…: a number read out in Chinese numerals)
        if (cued.group(1).chars().filter(c -> Character.isDigit(c) || "零〇一二三四五六七八九幺".indexOf(c) >= 0).count() >= 4) {
          b.put("caseNumber", cued.group(1).toUpperCase(), 0.9, cued.start(1), cued.end(1)); // WX20261017-0932
          break;
        }
      }
    }
    places(text, b);
    kinds(text, b);
    polluter(text, b);
    sentences(text, b);
    category(text, b);
    situations(text, b);
    affected(text, b);
    Since.Found since = Since.find(text);
    if (since != null) {
      b.put("since", since.text(), since.confidence(), since.start(), since.end());
    }
    List<Lexicon.Hit> rude = new ArrayList<>(abuse.find(text));
    rude.removeIf(h -> wasteNotPerson(text, h));
    if (!rude.isEmpty()) {
      b.put("abusive", "true", 0.9, rude.get(0).start(), rude.get(0).end());
    }
    Matcher conf = Cues.any(text, "保透泄cC") ? Cues.find(CONFIDENTIAL, text, CONFIDENTIAL_FIRSTS) : null;
    if (conf != null) {
      b.put("confidentialityRequested", "true", 0.9, conf.start(), conf.end());
    }
    boolean status = numbered && Cues.any(text, "查进办有结sSpP") && STATUS.matcher(text).find();
    b.put("intent", status ? "status" : "report", 0.6, 0, text.length());
    return b;
  }

  /**
   * Art 19's situations (urgent) and the dangers to life among them: the first of each marks its span; the
   * names of all go in {@code situation} (drinking_water, mass_death, spill_leak…) for staff and the dialog.
   */
  private void situations(String text, Extraction.Builder b) {
    Situations.Reading reading = situations.read(text);
    b.situationFeatures(reading.features());
    List<Situations.Hit> hits = reading.hits();
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

  /**
   * The people or households affected, as written. The {@code affected} field, which the dialog may take for
   * its count of people, holds the number only when the text gives an exact number of people ("5" for
   * 一家五口); otherwise the words as written (几百户, 全村), less sure than the dialog takes: households are not
   * people, and 几百 is no number to fill in.
   */
  private static void affected(String text, Extraction.Builder b) {
    Affected a = Counts.find(text);
    if (a == null) {
      return;
    }
    b.affected(a);
    boolean exact = "person".equals(a.unit()) && a.count() != null && a.count().equals(a.min());
    b.put("affected", exact ? String.valueOf(a.count()) : a.text(), exact ? 0.9 : 0.45, a.start(), a.end());
  }

  /**
   * The first unit named by a name of its own; else the first of a kind (化工厂), less sure. A text written word by word
   * is read with the spaces before a unit word taken out, and the span given as written (叫 金泰 化肥 的厂 → 金泰 化肥,
   * 福满 屠宰场, as the rounds label it).
   */
  private void polluter(String written, Extraction.Builder out) {
    SpacedText spaced = SpacedText.of(written, polluters::unitPiece);
    if (spaced == null) {
      polluter(written, out::put);
      return;
    }
    polluter(spaced.joined, (field, value, confidence, start, end) -> out.put(field, spaced.written(value, start, end),
        confidence, spaced.start(start), spaced.end(end)));
  }

  /** Where {@link #polluter(String, Put)} gives its field. */
  private interface Put {
    void put(String field, String value, double confidence, int start, int end);
  }

  private void polluter(String text, Put b) {
    Polluters.Unit generic = null;
    for (Polluters.Unit u : polluters.find(text, this::placeRun, Polluters::government)) {
      if (!u.generic()) {
        int[] named = GivenNames.namedAfter(text, u.end());
        if (named != null) {
          b.put("polluter", text.substring(named[0], named[1]), 0.8, named[0], named[1]); // 作坊叫“…”: the name given
          return;
        }
        int s = placeAfterMeasure(text, u.start());
        b.put("polluter", s == u.start() ? u.name() : text.substring(s, u.start()) + u.name(), 0.8, s, u.end());
        return;
      }
      if (generic == null) {
        generic = u;
      }
    }
    // The rules read a name only where it is written on to its unit word; one given apart (叫X的厂, 作坊叫“X”) wins
    // over the kind (GivenNames).
    int[] given = GivenNames.find(text, generic == null ? -1 : generic.start(), generic == null ? -1 : generic.end());
    if (given != null && !polluters.generic(text.substring(given[0], given[1]))) { // 叫物业公司: a kind, no name
      b.put("polluter", text.substring(given[0], given[1]), 0.8, given[0], given[1]);
    } else if (generic != null) {
      b.put("polluter", generic.name(), 0.5, generic.start(), generic.end());
    }
  }

  /** Words before a measure word that make it one (那个, 有个, 一个, 是个): 那个旧厂房 is an old works. */
  private static final String COUNTING = "这那哪有一几每某半整两各是个";

  /**
   * The start of a unit's name where the measure word 个 just before it opens a county's name (镇上的个旧金源冶炼厂, 举报
   * 个旧锡华选矿厂): the rules read 个 as the measure word and the name from 旧; the county is the name's, as a short place
   * opens a firm's name (苏州恒远…). Not after a word that counts (那个旧砖厂, 有个旧仓库: an old one).
   */
  private int placeAfterMeasure(String text, int start) {
    if (start >= 1 && text.charAt(start - 1) == '个' && (start < 2 || COUNTING.indexOf(text.charAt(start - 2)) < 0)) {
      List<Gazetteer.Mention> ms = gazetteer.mentions(text.substring(start - 1, Math.min(text.length(), start + 8)));
      if (!ms.isEmpty() && ms.get(0).start() == 0 && ms.get(0).end() >= 2) {
        return start - 1;
      }
    }
    return start;
  }

  /**
   * The end of the division names that open text[from, to) and are no part of a unit's name: two or more in
   * a row ending in a level (宁夏吴忠市利通区), or one district or town (萧山区); a city alone or a short
   * name (苏州恒远…, 儋州南海…) belongs to the name, and so does a run that opens with a city or a county written
   * in full as a registered name does (株洲市荷塘区宏发…, 平阴县润达…) unless another place opens what is left
   * (北海市铁山港区|北海金源…).
   */
  private int placeRun(String text, int from, int to) {
    List<Gazetteer.Mention> ms = gazetteer.mentions(text.substring(from, to));
    if (!ms.isEmpty() && ms.get(0).start() == 0) {
      String first = text.substring(from + ms.get(0).end() - 1, from + ms.get(0).end());
      String written = text.substring(from, from + ms.get(0).end());
      boolean levelled = ms.get(0).candidates().stream().anyMatch(d -> d.name().equals(written));
      if (levelled && ("市".equals(first) || "县".equals(first))) {
        int cut = placeRunEnd(text, from, to, ms);
        boolean placeOpensRest = cut > from && ms.stream().anyMatch(m -> from + m.start() == cut);
        // What a colon or a comma opens too, unless a registered name follows (代述：某县某镇X砖厂, 来电反映，某市X回收站;
        // 举报对象：某县X有限公司 keeps it).
        // And what a subject line's 关于 opens (关于某市某镇X石材厂粉尘问题): where the matter is, as after a colon (r24pol).
        boolean opens = opensSentence(text, from) || (afterColonOrComma(text, from) || text.startsWith("关于", spacesBefore(text, from) - 2))
            && !registered(text, to);
        // A county and its town said after a report's verb or 在 (举报某县某镇X石料场, 我在某县某镇X厂上班): where the works
        // stands, as at a sentence's start; a registered name keeps it (r28pol).
        opens |= townEnds(text, cut) && REPORTED_AT.matcher(text.substring(Math.max(0, spacesBefore(text, from) - 4), spacesBefore(text, from))).find()
            && !registered(text, to);
        if (!placeOpensRest && (!opens || "城里内".indexOf(text.charAt(cut)) >= 0)) {
          return from; // 株洲市荷塘区宏发电镀厂, 平阴县润达纸业有限公司: the registered name as written
        }
        if (cut == from && "市".equals(first) && ms.get(0).end() <= to - from - 2 && !registered(text, to)
            && ms.get(0).candidates().stream().filter(d -> d.name().equals(written)).allMatch(d -> d.level() == Division.Level.COUNTY)) {
          // A county-level city alone opening the sentence before a short name (兴平市某某化肥厂…): where the works
          // stands, as a county is; a registered name keeps it (介休市…有限公司).
          return from + ms.get(0).end();
        }
        return cut;
      }
    }
    return placeRunEnd(text, from, to, ms);
  }

  /**
   * Whether a place opens the message or a sentence (平谷区X厂那边…, 某县某镇X钢铁旁边…): where the writer says where the
   * matter is, not the start of a registered name, which follows the words that introduce it (隔壁就是…, （…）).
   */
  private static boolean opensSentence(String text, int from) {
    int p = spacesBefore(text, from);
    if (p > 1 && "年月日号份初底旬天".indexOf(text.charAt(p - 1)) >= 0) {
      // After a date that opens the sentence (去年8月兴平市…): the place still opens what is said.
      Matcher t = TIME_BEFORE.matcher(text).region(Math.max(0, p - 12), p);
      if (t.find()) {
        p = t.start();
      }
    }
    return p == 0 || "。！!？?\n".indexOf(text.charAt(p - 1)) >= 0;
  }

  /** A report's verb or 在 right before a place (举报…, 投诉…, 我在…). */
  private static final Pattern REPORTED_AT = Pattern.compile("(?:(?:举报|投诉|反映|检举|控告|曝光)(?:一下)?|在)$");

  /** Whether a place's run cut at {@code cut} ends with a town or a sub-district (…镇, …乡, …街道). */
  private static boolean townEnds(String text, int cut) {
    return cut >= 2 && (text.charAt(cut - 1) == '镇' || text.charAt(cut - 1) == '乡' || text.startsWith("街道", cut - 2));
  }

  /** Whether a colon or a comma stands right before {@code from}, spaces between (来信：…, 代述：…, 来电反映，…). */
  private static boolean afterColonOrComma(String text, int from) {
    int p = spacesBefore(text, from);
    return p > 0 && "：:，,".indexOf(text.charAt(p - 1)) >= 0;
  }

  /** Where the spaces right before {@code from} start ({@code from} if none). */
  private static int spacesBefore(String text, int from) {
    int p = from;
    while (p > 0 && Character.isWhitespace(text.charAt(p - 1))) {
      p--;
    }
    return p;
  }

  /** A date ending where a place starts (去年8月|兴平市…). */
  private static final Pattern TIME_BEFORE = Pattern.compile("(?:" + Polluters.TIME_AT.pattern() + ")$");

  /** Whether the unit word at {@code sfx} makes a registered name (有限公司, 集团…), which keeps its place. */
  private static boolean registered(String text, int sfx) {
    return text.startsWith("有限", sfx) || text.startsWith("股份", sfx) || text.startsWith("公司", sfx) || text.startsWith("集团", sfx);
  }

  private int placeRunEnd(String text, int from, int to, List<Gazetteer.Mention> ms) {
    int end = 0;
    int count = 0;
    int cut = 0;
    for (Gazetteer.Mention m : ms) {
      if (m.start() != end) {
        break;
      }
      String written = text.substring(from + m.start(), from + m.end());
      // Written in full (利通区, not 新乡 for 新乡市): a place named as such, not the start of a firm's name;
      // a short name after the places opens the name (黄岛区|青岛海联…, 北海市铁山港区|北海金源…).
      boolean levelled = m.candidates().stream().anyMatch(d -> d.name().equals(written));
      if (!levelled && cut > 0) {
        break;
      }
      if (!levelled) {
        end = m.end(); // 宁夏 of 宁夏吴忠市利通区: a short name before the levelled ones
        count++;
        continue;
      }
      // A district, county or town (萧山区, 秣陵街道) is a place; a county-level city (介休市) may open a firm's name.
      boolean county = "区县镇乡旗道".indexOf(written.charAt(written.length() - 1)) >= 0;
      end = m.end();
      count++;
      if (count >= 2 || county) {
        cut = end;
      }
    }
    if (end > 0 && (cut == end || cut == 0) && !ms.isEmpty()) {
      // The county's own town written in full after it (某县某镇X厂, 某市某街道X厂): a place too, and with it the run.
      Gazetteer.Mention last = null;
      for (Gazetteer.Mention m : ms) {
        if (m.end() == end) {
          last = m;
        }
      }
      if (last != null) {
        for (Division d : last.candidates()) {
          int t = gazetteer.townNamedEnd(text, from + end, d);
          if (t > 0) {
            cut = t - from;
            break;
          }
        }
      }
    }
    if (cut == 0 || cut >= to - from) {
      return from;
    }
    return from + cut;
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

  /** Words for "here" or "there" after 住 (Cantonese 喺度, 呢度; 这里, 那边): where one lives, not which place. */
  private static final Pattern HERE = Pattern.compile("度|呢度|呢[边度处]|[这那][里边儿]|此地|本地|附近|旁边|隔壁|楼上|楼下");
  /** An English title or a word of kin before a surname signing off (Teacher Zhang, Uncle Li, Old Wang, Dr Chen). */
  private static final Pattern EN_TITLE = Pattern.compile(
      "(?:Teacher|Doctor|Nurse|Professor|Principal|Uncle|Auntie|Aunt|Grandpa|Grandma|Granny|Grandad|Old|Little|Master|Farmer|Brother|Sister)\\s+");
  /** A word of a role or a language among capitalised words (ENGLISH TEACHER, Retired Worker): no name. */
  static final Pattern EN_ROLE_WORD = Pattern.compile(
      "(?i)\\b(?:teacher|english|chinese|resident|residents|worker|workers|farmer|owner|manager|student|parent|retired|villager|villagers|neighbou?r|tenant|landlord|mother|father|mum|mom|dad)\\b");
  /** A capitalised given name after a sentence's end, a comma or a space, then the phone (…. Jake, 159…). */
  private static final Pattern EN_GIVEN_BEFORE_PHONE = Pattern.compile(
      "[.!?]\\s+(?:[—–-]{1,2}\\s*)?(\\p{Lu}\\p{Ll}{2,11})\\s*[,:;]?\\s*(?:(?i:tel\\.?|phone:?|mobile:?)\\s*)?(?:\\+?86[\\s-]?)?$");
  /**
   * An English message opening with the writer's name (Maria Garcia, Putuo. / Priya Nair from Nanshan / Oliver Smith
   * again / Kevin Zhang (张凯文), Minhang), after a greeting or none.
   */
  private static final Pattern EN_OPENING = Pattern.compile("^\\s*(?:(?i:hi|hello|hey|good (?:morning|afternoon|evening)|greetings)"
      + "(?: there)?\\s*[,.!]?\\s*)?(" + EN_WORD + "(?:\\s+" + EN_PARTICLE + EN_WORD + "){1,2})(?=\\s*(?:\\([^()]{1,40}\\)\\s*)?"
      + "(?:[,:]|\\.\\s|(?i:here|again|from|living|writing)\\b))");
  /**
   * An English message closing with the writer's name, alone or with a few words of who or where they are (Tom Becker,
   * opposite building / Fatima Bello (Nigeria), international student / From Kofi Mensah (Ghana) / Yuki Tanaka 1602).
   */
  private static final Pattern EN_CLOSING = Pattern.compile("(?:^|[.!?)]\\s+|\\n)(?:(?i:from|by)\\s+)?(" + EN_WORD
      + "(?:\\s+" + EN_PARTICLE + EN_WORD + "){1,2})(?:\\s*\\([^()]{1,40}\\))?(?:\\s*,\\s*[^.!?,]{1,40}(?:,\\s*[^.!?,]{1,30})?"
      + "|\\s+\\d[\\w-]{0,6})?\\s*[.!]?\\s*$");
  /** An English honorific's name after the words that introduce oneself (this is Mrs. Patel, 来电人：Mr. David Miller). */
  private static final Pattern EN_SELF_BEFORE = Pattern.compile("(?:(?i:this is|i am|i'm|my name is|name:)|来电人|来电人[:：]|联系人[:：]?|自称)\\s*$");
  /** Words of firms, places and things among capitalised words: no person's name (Sunshine Dry Cleaners, Jinlong Huagong). */
  static final Pattern EN_THING_WORD = Pattern.compile("(?i)\\b(?:co|ltd|inc|corp|group|restaurant|bar|ktv|hotel|inn|resort|garden|gardens|"
      + "park|district|road|rd|street|avenue|lane|factory|plant|mill|farm|station|market|bakery|cleaners|hospital|clinic|school|"
      + "kindergarten|nursery|university|college|center|centre|club|gym|fitness|hotpot|sushi|grill|cafe|coffee|roasters|teahouse|"
      + "tea|shop|store|mall|plaza|tower|building|estate|compound|village|town|industrial|logistics|recycling|chemical|chemicals|"
      + "construction|ceramics|glass|steel|paper|stone|dyeing|printing|seafood|processing|breeding|dairy|huagong|suliao|chang|"
      + "jiaju|quarry|workshop|lake|river|hill|bay|port|harbour|metro|airport|bureau|government|committee|office|department|"
      + "plating|electroplating|metal|metals|textile|textiles|cement|concrete|asphalt|foundry|kiln|brick|bricks|pharmaceutical|"
      + "food|foods|trading|tech|technology|materials|power|energy|battery|rubber|plastic|plastics|leather|paint|auto|motor|"
      + "repair|wash|laundry|furniture|wood|timber|packaging|feed|fertilizer|pig|poultry|duck|chicken|fish|mining|coal|"
      + "anonymous|pavilion|lantern|new|area|zone|dear|sir|madam|please|reporting|is|are|does|do|can|who|why|what|when|where)\\b");
  /** "here" after who opens a message (Mr. Huang here, …). */
  private static final Pattern EN_HERE = Pattern.compile("\\s*here\\b");
  /** A Latin name of two or three words in brackets ending the message. */
  private static final Pattern EN_PAREN_END = Pattern.compile("[(（](" + EN_WORD + "(?:\\s+" + EN_WORD + "){1,2})[)）]\\s*$");
  /** An e-mail address that ends the message (a signature's last field), from its first character. */
  private static final Pattern EMAIL_LAST = Pattern.compile("(?<![\\w.])[\\w.+-]+@[\\w-]+(?:\\.[\\w-]+)+[.\\s]*$");
  private static final Pattern EN_LEAD = Pattern.compile("^(?i:contact|call|from|regards|sincerely|thanks|signed)\\s+");

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

  /**
   * A phone given as someone else's: 他的电话, 她手机, 老板叫某某，电话…, a relative's or a neighbour's (打我女儿电话,
   * 邻居老钱（电话…）) just before the number.
   */
  static final Pattern THIRD_PHONE = Pattern.compile(
      "(?:(?:他|她)的?(?:电话|手机|号码)|(?:他|她|老板|厂长|经理|负责人|管事的|主任)(?:叫|是)\\p{IsHan}{1,4}[，, ]*(?:电话|手机)"
      + "|(?:老板|厂长|经理|负责人|邻居)的?(?:电话|手机)"
      + "|(?:儿子|女儿|闺女|孙子|孙女|侄子|侄女|外甥|亲戚|邻居|朋友|同事)\\p{IsHan}{0,4}[（(，, ]*的?(?:电话|手机))(?:号码)?(?:是|：|:)?\\s*$");

  /** Words that take back what was just said (不对, 说错了, 应该是, 重说, sorry I mean). */
  private static final Pattern CORRECTION = Pattern.compile("不对|说错|错了|应该是|更正|改一下|不是这个|重说|重新说|(?i)sorry|i mean|correction");
  /** A correction just after a phone, then fewer digits than a phone: the number's last digits said again. */
  private static final Pattern CORRECTED_TAIL = Pattern.compile("[\\s，,、。:：嗯呃额]*(?:(?:不对|说错了|说错|错了|应该是|更正|重说)"
      + "[\\s，,、。:：嗯呃额]*)+(?:最后(?:几位|四位|两位)?是?|后面是|后几位是|尾号是|后四位是|是)?[\\s，,、:：]*(\\d{2,8})(?!\\d)");

  private static void phones(String text, Extraction.Builder b) {
    Matcher m = Cues.find(MOBILE, text, MOBILE_FIRSTS);
    if (m != null) {
      String phone = m.group(1) + m.group(2) + m.group(3);
      int start = m.start();
      int end = m.end();
      while (THIRD_PHONE.matcher(text.substring(Math.max(0, start - 16), start)).find()) {
        if (!m.find()) { // 她的电话139…, 老板叫某某，电话…: someone else's number, not the writer's
          return;
        }
        phone = m.group(1) + m.group(2) + m.group(3);
        start = m.start();
        end = m.end();
      }
      // A number corrected as it is said (…二幺 不对不对 是…二六, 说错了, 应该是): the corrected one is the number.
      while (m.find() && m.start() - end <= 16 && CORRECTION.matcher(text.substring(end, m.start())).find()) {
        phone = m.group(1) + m.group(2) + m.group(3);
        start = m.start();
        end = m.end();
      }
      // …七七四五，不对，最后是七七五四: the corrected digits take the place of the last ones.
      Matcher tail = CORRECTED_TAIL.matcher(text).region(end, Math.min(text.length(), end + 28));
      if (phone.length() == 11 && tail.lookingAt()) {
        phone = phone.substring(0, 11 - tail.group(1).length()) + tail.group(1);
      }
      b.put("phone", phone, 0.98, start, end);
      return;
    }
    Matcher l = Cues.find(LANDLINE, text, "0");
    if (l != null) {
      b.put("phone", l.group(1) + l.group(2), 0.9, l.start(), l.end());
    }
  }

  /**
   * Every person named (for the identity spans) and the writer's own name: the most confident mention
   * that is the writer's; of a Latin and a Chinese name side by side, the one written first (我叫Kevin Zhang，张凯文).
   */
  void names(String text, Extraction.Builder b, boolean[] person) {
    List<int[]> phones = phoneSpans(text);
    b.phoneSpans(phones);
    if (wholePlace(text)) {
      // A message that is a division's name and nothing else (江宁, 海淀: the dialog's place question answered) names no
      // person, though a county's short name may be one inside a longer text (欧阳春); read as a name, it was masked
      // as one when the petitioner chose anonymity, the place with it.
      b.persons(List.of());
      b.set("name", null, 0, 0, 0);
      return;
    }
    List<Names.Mention> found = new ArrayList<>(names.find(text, phones, person, this::place));
    String clauses = spokenClauses(text);
    if (clauses != text && found.stream().noneMatch(Names.Mention::petitioner)) {
      // Speech set apart by spaces: read again with its clauses as a written text's, where the rules found no writer.
      List<Names.Mention> spoken = names.find(clauses, phones, person, this::place);
      if (spoken.stream().anyMatch(m -> m.petitioner() && "业厂店司局站所院队场矿园社坊行馆".indexOf(m.name().charAt(m.name().length() - 1)) < 0)) {
        // (做陶瓷的 叫瑞德瓷业: a works called so, no writer)
        found = new ArrayList<>(spoken);
      }
    }
    if (found.stream().noneMatch(Names.Mention::petitioner) || found.stream().anyMatch(m -> m.petitioner() && m.name().length() == 1)) {
      Matcher sg = SURNAME_THEN_GIVEN.matcher(text); // 姓常名守义, 姓申，名振国: the surname and the given name told apart
      if (text.indexOf('姓') >= 0 && sg.find() && names.surname(sg.group(1), 0) == sg.group(1).length()
          && (sg.start() == 0 || text.charAt(sg.start()) != '姓' || "，,。 \n：:".indexOf(text.charAt(sg.start() - 1)) >= 0)) {
        found.removeIf(m -> m.petitioner() && m.name().equals(sg.group(1)));
        found.add(new Names.Mention(sg.start(1), sg.end(2), sg.group(1) + sg.group(2), true, 0.85));
      }
    }
    if (found.stream().noneMatch(Names.Mention::petitioner)) {
      found = selfClauseEnd(text, found); // 我是6号楼楼长莫振宇，…: a name read as someone else's ends the writer's own clause
    }
    if (found.stream().noneMatch(Names.Mention::petitioner)) {
      Names.Mention tail = names.signedTail(text); // …鱼都死了。5栋 周女士: a surname signing the last clause
      Names.Mention open = tail == null ? names.opening(text, this::place) : null; // 杨师傅来电：…: a record opening with its caller
      Names.Mention self = tail == null && open == null ? names.selfNamed(text, person, this::place) : null; // 我刘德福…
      if (tail != null || open != null || self != null) {
        found.add(tail != null ? tail : open != null ? open : self);
      }
    }
    boolean latinFirst = HanLpExtractor.english(text);
    if (hasCapital(text)) {
      found.addAll(englishNames(text, phones));
      found = latinBeside(text, found, latinFirst);
    }
    // A name a cue gives as someone else's (老板叫周某某，电话…) stays theirs though a phone follows it.
    Set<Long> others = new java.util.HashSet<>();
    for (Names.Mention m : found) {
      if (!m.petitioner() && m.start() > 0 && text.charAt(m.start() - 1) == '叫') {
        others.add((long) m.start() << 32 | m.end());
      }
    }
    if (!others.isEmpty()) {
      found.replaceAll(m -> m.petitioner() && others.contains((long) m.start() << 32 | m.end())
          ? new Names.Mention(m.start(), m.end(), m.name(), false, m.confidence()) : m);
    }
    // A name read inside the polluter's longer name, a unit named after 叫 (叫丰田农化的厂子, 叫刘二废品站): no writer's
    // (r21rest; the polluter is known here where the trained extractor reads the names after the rules). It stays a
    // person's for the redacted copy: an owner's name in a unit's (刘二废品站, 老王的厂) is one.
    Optional<Extraction.Field> pol = b.field("polluter");
    if (pol.isPresent()) {
      Extraction.Field f = pol.get();
      found.replaceAll(m -> m.petitioner() && m.start() >= f.start() && m.end() <= f.end() && m.end() - m.start() < f.end() - f.start()
          ? new Names.Mention(m.start(), m.end(), m.name(), false, m.confidence()) : m);
    }
    b.persons(found);
    Names.Mention best = null;
    for (Names.Mention m : found) {
      if (!m.petitioner()) {
        continue;
      }
      boolean latin = !Tokens.han(m.name().charAt(0));
      double conf = m.confidence() + (latin == latinFirst ? 0.01 : 0);
      if (best == null || conf > best.confidence() + (Tokens.han(best.name().charAt(0)) != latinFirst ? 0.01 : 0)) {
        best = m;
      }
    }
    if (best != null && Tokens.han(best.name().charAt(0)) && names.surname(best.name(), 0) == best.name().length()) {
      // 姓熊 … then 熊文斌 signing the letter: the surname told first, the full name later; the full name is the name
      for (Names.Mention m : found) {
        if (m.petitioner() && m.name().length() > best.name().length() && m.name().length() <= best.name().length() + 3
            && m.name().startsWith(best.name()) && m.end() - m.start() == m.name().length()
            && m.name().chars().allMatch(ch -> Tokens.han((char) ch)) && names.surnameOfCalled(m.name()) == 0 && !names.notName(m.name())) {
          best = new Names.Mention(m.start(), m.end(), m.name(), true, best.confidence());
          break;
        }
      }
    }
    if (best != null) {
      int called = names.surnameOfCalled(best.name());
      if (called > 0) {
        // 陈妈妈, 苏嬢嬢, 于生, 张同学, 韦某: how the writer is called, the surname the name (as 王女士 is 王)
        best = new Names.Mention(best.start(), best.start() + called, best.name().substring(0, called), true, best.confidence());
      }
      if (best.name().length() >= 2 && best.name().charAt(0) == '阿' && best.end() - best.start() == best.name().length()
          && (best.name().length() == 2 || !Tokens.han(best.name().charAt(1))) && names.surname(best.name(), 1) == 0) {
        // 阿豪, 阿May: 阿 before a given name is how one is called, as 老/小 before a surname; the name is the given
        // name (the conventions: without honorifics; rounds 25-27 label 阿[X]); the span stays whole.
        best = new Names.Mention(best.start() + 1, best.end(), best.name().substring(1), true, best.confidence());
      }
      best = firstOfTwo(text, found, best);
      for (Names.Mention m : found) {
        // (Lily 林 read as Lily: the surname after it is the same name's)
        if (m.petitioner() && !Tokens.han(best.name().charAt(0)) && m.end() - m.start() == 1
            && (m.start() == best.end() || m.start() == best.end() + 1 && text.charAt(best.end()) == ' ')
            && names.latinGivenBefore(text, m) == best.start()) {
          best = m;
          break;
        }
      }
      int given = names.latinGivenBefore(text, best);
      if (given >= 0) {
        // Amy 许, Tony王: a Latin given name before a Chinese surname is one name, whole as written (the conventions,
        // nlp-models/eval/README.md, "A Latin given name with a Chinese surname"); one span, masked whole.
        Names.Mention whole = new Names.Mention(given, best.end(), text.substring(given, best.end()), true, best.confidence());
        found.removeIf(m -> m.start() >= whole.start() && m.end() <= whole.end());
        found.add(whole);
        best = whole;
      }
      b.set("name", best.name(), Math.min(best.confidence(), 0.95), best.start(), best.end());
      // Another name signed in another sentence or line is someone else's (a second representative).
      List<Names.Mention> marked = new ArrayList<>();
      for (Names.Mention m : found) {
        boolean other = m.petitioner() && !best.name().contains(m.name()) && !m.name().contains(best.name())
            && apart(text, best, m);
        marked.add(other ? new Names.Mention(m.start(), m.end(), m.name(), false, m.confidence()) : m);
      }
      b.persons(marked);
    } else {
      b.set("name", null, 0, 0, 0);
    }
  }

  /** What may stand between a writer's two names given side by side (Kevin Zhang，张凯文; Jenny，中文名何静怡; Li Ming (my Chinese name 李明)). */
  private static final Pattern BESIDE = Pattern.compile(
      "[ ,，、/（(]*(?:(?:(?i:my )?(?i:chinese|english) name(?: is)?|(?:中文|英文)名(?:字)?(?:是|叫)?)[ :：]*)?");

  /**
   * Of a writer's Latin and Chinese names given side by side (Kevin Zhang，张凯文; 周杰森（Jason）; Li Ming (my Chinese
   * name 李明)), the one written first is the name (the conventions, 2026-12-07: nlp-models/eval/README.md,
   * "Relabelled"); the other stays a petitioner's span. A Chinese surname alone beside a given name (Tony 刘) is no
   * second name: the two are one name, whole as written ({@link Names#latinGivenBefore}).
   */
  private static Names.Mention firstOfTwo(String text, List<Names.Mention> found, Names.Mention best) {
    boolean han = Tokens.han(best.name().charAt(0));
    for (Names.Mention m : found) {
      if (m.petitioner() && m.end() <= best.start() && Tokens.han(m.name().charAt(0)) != han
          && (han ? best : m).name().length() >= 2 && BESIDE.matcher(text).region(m.end(), best.start()).matches()) {
        return new Names.Mention(m.start(), m.end(), m.name(), true, best.confidence());
      }
    }
    return best;
  }

  /**
   * A Chinese name and a capitalised Latin one side by side, apart by a space or in brackets (Kevin 陈志豪 137…, 顾建新
   * (Jason Gu)): one person, who goes by both, and both are masked. In a Chinese text a Latin one no rule read is found
   * so; in an English text only beside a Chinese name that is the writer's (Mark Chen 陈志远, 139…). Which of the two is
   * the name is {@link #firstOfTwo}'s.
   */
  private List<Names.Mention> latinBeside(String text, List<Names.Mention> found, boolean english) {
    List<Names.Mention> out = new ArrayList<>(found);
    for (Names.Mention l : found) {
      if (english) {
        break; // (a Chinese name in brackets after an English one: read by the English rules' own cues)
      }
      // a full Chinese name no rule read just before a Latin name in brackets: the name the brackets restate
      int z = l.start() - 1;
      if (!l.petitioner() || Tokens.han(l.name().charAt(0)) || z < 2 || text.charAt(z) != '(' && text.charAt(z) != '（') {
        continue;
      }
      while (z > 0 && text.charAt(z - 1) == ' ') {
        z--;
      }
      int a = z;
      while (a > 0 && z - a < 4 && Tokens.han(text.charAt(a - 1))) {
        a--;
      }
      int[] nm = z - a >= 2 && (a == 0 || !Tokens.han(text.charAt(a - 1))) ? names.parse(text, a, false, null, this::place) : null;
      final int end = z;
      if (nm != null && nm[2] == 0 && nm[1] == end && out.stream().noneMatch(m -> m.start() < end && nm[0] < m.end())) {
        out.add(new Names.Mention(nm[0], nm[1], text.substring(nm[0], nm[1]), false, 0.5));
      }
    }
    for (Names.Mention zh : List.copyOf(out)) {
      if (zh.name().length() < 2 || !Tokens.han(zh.name().charAt(0)) || english && !zh.petitioner()) {
        continue;
      }
      for (int[] lat : new int[][] {latinAfter(text, zh.end()), latinBefore(text, zh.start())}) {
        if (lat == null) {
          continue;
        }
        String w = text.substring(lat[0], lat[1]);
        if (EN_COMMON.matcher(w).matches() || EN_NOT_NAMES.matcher(w).find() || EN_ROLE_WORD.matcher(w).find()) {
          continue;
        }
        Names.Mention read = null;
        for (Names.Mention m : out) {
          if (m.start() < lat[1] && lat[0] < m.end() && !Tokens.han(m.name().charAt(0))) {
            read = m;
          }
        }
        if (read == null) {
          out.add(new Names.Mention(lat[0], lat[1], w, zh.petitioner(), 0.5));
        } else if (read.petitioner() && read.confidence() >= zh.confidence() && (zh.petitioner() || zh.confidence() < Names.GUESSED)) {
          // (a name a cue gave as someone else's stays theirs)
          out.remove(read);
          out.add(new Names.Mention(read.start(), read.end(), read.name(), true, 0.5));
          out.remove(zh);
          out.add(new Names.Mention(zh.start(), zh.end(), zh.name(), true, Math.max(read.confidence(), zh.confidence())));
        }
      }
    }
    return out;
  }

  /** Capitalised Latin words (one to three) after {@code e}, past a space or an opening bracket, as {start, end}; or null. */
  private static int[] latinAfter(String text, int e) {
    int a = e;
    while (a < text.length() && text.charAt(a) == ' ') {
      a++;
    }
    boolean bracket = a < text.length() && (text.charAt(a) == '(' || text.charAt(a) == '（');
    if (bracket) {
      a++;
    } else if (a == e) {
      return null;
    }
    int z = latinWords(text, a);
    if (z < 0 || bracket && (z >= text.length() || text.charAt(z) != ')' && text.charAt(z) != '）')) {
      return null;
    }
    return new int[] {a, z};
  }

  /**
   * One or two capitalised Latin words just before {@code s}, a space between, the first after no letter, as {start,
   * end}; or null. A common word before the given name (Hi Kevin 张…) is left out of it.
   */
  private static int[] latinBefore(String text, int s) {
    int z = s;
    while (z > 0 && text.charAt(z - 1) == ' ') {
      z--;
    }
    int a = latinWordBefore(text, z);
    if (z == s || a < 0 || a > 0 && Tokens.han(text.charAt(a - 1))) {
      return null;
    }
    int w = a >= 2 && text.charAt(a - 1) == ' ' ? latinWordBefore(text, a - 1) : -1;
    if (w >= 0 && (w == 0 || !Tokens.han(text.charAt(w - 1))) && !EN_COMMON.matcher(text.substring(w, a - 1)).matches()) {
      a = w; // Mark Chen 陈志远: a given name and a surname
    }
    return new int[] {a, z};
  }

  /** Where a capitalised Latin word of two letters or more ending at {@code z} starts, after no letter or digit; or -1. */
  private static int latinWordBefore(String text, int z) {
    int a = z;
    while (a > 0 && text.charAt(a - 1) < 128 && Character.isLetter(text.charAt(a - 1))) {
      a--;
    }
    if (z - a < 2 || !Character.isUpperCase(text.charAt(a)) || a > 0 && text.charAt(a - 1) < 128
        && Character.isLetterOrDigit(text.charAt(a - 1))) {
      return -1;
    }
    return a;
  }

  /** The end of one to three capitalised Latin words from {@code a} (Jason Gu), or -1. */
  private static int latinWords(String text, int a) {
    int z = a;
    for (int words = 0; words < 3; words++) {
      int w = z;
      while (w < text.length() && text.charAt(w) < 128 && Character.isLetter(text.charAt(w))) {
        w++;
      }
      if (w - z < 2 || !Character.isUpperCase(text.charAt(z))) {
        return words == 0 ? -1 : z - 1;
      }
      z = w;
      if (words == 2 || z + 1 >= text.length() || text.charAt(z) != ' ' || !(text.charAt(z + 1) < 128 && Character.isUpperCase(text.charAt(z + 1)))) {
        return z;
      }
      z++;
    }
    return z;
  }

  /** The characters after which a span is a place or a unit's name, not a person's (马兰镇, 华宇纸业). */
  private static final String PLACE_OR_UNIT_NEXT = "市县区镇乡村省路街州旗屯寨湾港厂店司局站所院队场矿园社业";

  /**
   * Whether what the learned name finder read at {@code s…e} has a person's name's shape: one to three capitalised Latin
   * words that are no common or role word; a Chinese surname and one to three more characters that are no word which
   * looks like a name (周边, 马上), no place, and not followed by a place's or a unit's word; a surname alone before an
   * honorific or a title, or after 老/小/阿; a name with a middle dot (古丽娜尔·吐尔逊). The model proposes where names
   * stand, in words no cue of the rules names; this keeps its proposals to what a name can be.
   */
  boolean nameShaped(String text, int s, int e) {
    String w = text.substring(s, e);
    char c = w.charAt(0);
    if (c < 128) {
      String[] words = w.strip().split("\\s+");
      if (words.length > 3 || EN_NOT_NAMES.matcher(w).find() || EN_ROLE_WORD.matcher(w).find()) {
        return false;
      }
      for (String x : words) {
        if (x.isEmpty() || !Character.isUpperCase(x.charAt(0)) || EN_COMMON.matcher(x).matches()) {
          return false;
        }
      }
      return true;
    }
    for (int i = 0; i < w.length(); i++) {
      if (!Tokens.han(w.charAt(i)) && w.charAt(i) != '·') {
        return false;
      }
    }
    if (w.indexOf('·') > 0 && w.length() >= 4) {
      return true;
    }
    int sur = names.surname(w, 0);
    if (sur == 0) {
      return false;
    }
    if (headsAUnit(text, e)) {
      return false; // 李宁专卖店, 康师傅方便面厂, 东方红大道: the head of a shop's, a firm's or a road's name
    }
    if (w.length() == sur) {
      char before = s > 0 ? text.charAt(s - 1) : ' ';
      int h = names.honorificLength(text, e);
      if (h > 0 && headsAUnit(text, e + h)) {
        return false; // 康师傅方便面厂
      }
      // 田总是被淹: an honorific of one character and a Chinese character after it may be a word (总是), not 田总
      boolean word = h == 1 && e + 1 < text.length() && Tokens.han(text.charAt(e + 1)) && AFTER_ONE.indexOf(text.charAt(e + 1)) < 0;
      return h > 0 && !word || names.titleAt(text, e) || "老小阿".indexOf(before) >= 0;
    }
    boolean nextIsPlace = e < text.length() && PLACE_OR_UNIT_NEXT.indexOf(text.charAt(e)) >= 0;
    return w.length() <= sur + 2 && !names.notName(w) && !place(w) && !nextIsPlace;
  }

  /** What may follow 王总, 李姐 as a person: a verb of saying, a pronoun, 家, 的… */
  private static final String AFTER_ONE = "说讲话讲他她也都家的和跟叫呢啊吧呀在让给带";
  /** The last characters of a unit's, a shop's or a road's name, and where a clause stops looking for one. */
  private static final String UNIT_LAST = "厂店司局站所院队场矿园社业道路街馆行";
  private static final String UNIT_STOP = "的在说和跟家是也都叫，,。、；;！!？? \n";

  /** Whether a unit's word ends within four characters after {@code e}, before the clause goes on (王老吉饮料厂). */
  private static boolean headsAUnit(String text, int e) {
    for (int k = e; k < Math.min(text.length(), e + 5); k++) {
      char c = text.charAt(k);
      if (UNIT_STOP.indexOf(c) >= 0) {
        return false;
      }
      if (UNIT_LAST.indexOf(c) >= 0) {
        return true;
      }
    }
    return false;
  }

  /** Whether two mentions stand in different sentences or lines. */
  private static boolean apart(String text, Names.Mention a, Names.Mention b) {
    int from = Math.min(a.end(), b.end());
    int to = Math.max(a.start(), b.start());
    for (int i = from; i < to; i++) {
      if ("。！!？?\n；;".indexOf(text.charAt(i)) >= 0) {
        return true;
      }
    }
    return false;
  }

  /** Whether a word is a place name (a place is no person). */
  /**
   * "废物" naming waste (固体废物, 危险废物, 工业废物 — the kind of problem itself), not a person: it is an insult only said
   * of someone (你这个废物, 一群废物, 都是废物) or alone.
   */
  private static boolean wasteNotPerson(String text, Lexicon.Hit h) {
    if (!"废物".equals(text.substring(h.start(), h.end()))) {
      return false;
    }
    String before = text.substring(0, h.start()).strip();
    if (before.isEmpty()) {
      return false;
    }
    return "你们是群帮个么真些".indexOf(before.charAt(before.length() - 1)) < 0;
  }

  /** Whether the text, its edge punctuation and spaces aside, is all one division's name (a short one too). */
  private boolean wholePlace(String text) {
    String t = text.strip();
    int a = 0;
    int z = t.length();
    while (a < z && !Character.isLetterOrDigit(t.charAt(a))) {
      a++;
    }
    while (z > a && !Character.isLetterOrDigit(t.charAt(z - 1))) {
      z--;
    }
    if (z - a < 2 || z - a > 12) {
      return false;
    }
    String word = t.substring(a, z);
    return gazetteer.mentions(word).stream().anyMatch(m -> m.start() == 0 && m.end() == word.length());
  }

  boolean place(String word) {
    // A county's short name read alone (阳春 in 欧阳春) is no reason to doubt a person's name.
    // But a word that is all of a short name of three characters (张家港, written as a signature) is the place.
    return gazetteer.mentions(word).stream().anyMatch(m -> !gazetteer.shortAlone(word.substring(m.start(), m.end()))
        || m.start() == 0 && m.end() == word.length() && word.length() >= 3);
  }

  /**
   * Every mention of an identity, on the text given (its characters, one for one, are those of the raw text),
   * for the persons the builder holds; the phones found while reading the persons are reused.
   */
  List<Identity> identities(String text, Extraction.Builder b) {
    List<int[]> phones = b.phoneSpans() != null && text.length() <= MAX_CHARS ? b.phoneSpans() : phoneSpans(text);
    return identities.find(text, b.persons(), phones);
  }

  /** Every mobile and landline number, as spans. */
  static List<int[]> phoneSpans(String text) {
    List<int[]> out = new ArrayList<>();
    if (!Cues.any(text, "0123456789")) {
      return out;
    }
    Matcher m = MOBILE.matcher(text);
    for (int from = 0; Cues.find(m, text, from, MOBILE_FIRSTS); from = m.end()) {
      out.add(new int[] {m.start(), m.end()});
    }
    Matcher l = LANDLINE.matcher(text);
    for (int from = 0; Cues.find(l, text, from, "0"); from = l.end()) {
      if (out.stream().noneMatch(o -> o[0] < l.end() && l.start() < o[1])) {
        out.add(new int[] {l.start(), l.end()});
      }
    }
    if (text.indexOf('*') > 0 || text.indexOf('＊') > 0) {
      Matcher masked = MASKED_MOBILE.matcher(text); // 150****7621: a number posted half hidden, where a signature sits
      while (masked.find()) {
        out.add(new int[] {masked.start(), masked.end()});
      }
    }
    return out;
  }

  /** A mobile number with its middle hidden (150****7621, 138＊＊＊＊0000): no phone to call, but a signature's place. */
  private static final Pattern MASKED_MOBILE = Pattern.compile("(?<!\\d)1[3-9]\\d{1,2}[*＊]{3,5}\\d{3,4}(?!\\d)");

  private static List<Names.Mention> englishNames(String text, List<int[]> phones) {
    List<Names.Mention> out = new ArrayList<>();
    Matcher e = EN_NAME.matcher(text);
    for (int from = 0; Cues.find(e, text, from, EN_NAME_FIRSTS); from = e.end()) { // each tried at its first characters only
      if (!EN_NATION.matcher(e.group(1)).lookingAt()) { // I am Pakistani student, I am Vietnam worker: where one is from
        out.add(new Names.Mention(e.start(1), e.end(1), e.group(1), true, 0.8));
      }
    }
    // A signature: the last words of the text, or those just before the phone number (not in pinyin typed in capitals).
    List<Integer> ends = new ArrayList<>(shouted(text) ? List.of() : List.of(text.length()));
    phones.forEach(ph -> ends.add(ph[0]));
    Matcher mail = EMAIL_LAST.matcher(text); // …. Laura Becker, laura.b@example.com: an e-mail address ends a signature too
    int mailAt = mail.find() ? mail.start() : -1;
    if (mailAt >= 0) {
      ends.add(mailAt);
    }
    for (int end : ends) {
      Matcher trailing = EN_TRAILING.matcher(text).region(Math.max(0, end - 60), end);
      if (trailing.find()) {
        String n = EN_LEAD.matcher(trailing.group(1)).replaceFirst("");
        Matcher title = EN_TITLE.matcher(n);
        boolean titled = title.lookingAt() && title.end() < n.length();
        if (titled) {
          n = n.substring(title.end()); // Teacher Zhang, Uncle Wang: the title is no part of the name
        }
        // Park first is the Korean surname (Park Minho), a park is named before its word (Century Park)
        String probe = n.startsWith("Park ") ? n.substring(5) : n;
        if (!EN_NOT_NAMES.matcher(probe).find() && !EN_ROLE_WORD.matcher(n).find() && (titled || n.contains(" "))
            && (end != mailAt || !EN_THING_WORD.matcher(probe).find())) { // (…. Jinhua Plating, sales@…: a firm's address)
          out.add(new Names.Mention(trailing.end(1) - n.length(), trailing.end(1), n, true, 0.75));
        }
      }
    }
    // A given name alone signing off just before the phone, after a sentence's end (… Please do something. Jake, 159…).
    for (int[] ph : phones) {
      Matcher one = EN_GIVEN_BEFORE_PHONE.matcher(text).region(Math.max(0, ph[0] - 30), ph[0]);
      if (HanLpExtractor.english(text) && one.find() && !EN_COMMON.matcher(one.group(1)).matches()
          && !EN_ROLE_WORD.matcher(one.group(1)).find() && out.stream().noneMatch(o -> o.start() < ph[0] && ph[0] - o.end() <= 4)) {
        out.add(new Names.Mention(one.start(1), one.end(1), one.group(1), true, 0.7));
      }
    }
    // Someone named by what they are called (a man called Zhou Bin, his name is…), or a report signed at its start
    // (Report by Kevin Tan, written by…): capitalised words after the verb.
    Matcher called = EN_CALLED.matcher(text);
    for (int from = 0; Cues.find(called, text, from, EN_CALLED_FIRSTS); from = called.end()) {
      if (!EN_COMMON.matcher(called.group(2)).matches() && !EN_NOT_NAMES.matcher(called.group(2)).find()) {
        boolean by = called.group(1).toLowerCase(java.util.Locale.ROOT).endsWith("by");
        out.add(new Names.Mention(called.start(2), called.end(2), called.group(2), by, by ? 0.75 : 0.6));
      }
    }
    if (HanLpExtractor.english(text)) {
      for (Matcher m : List.of(EN_OPENING.matcher(text), EN_CLOSING.matcher(text))) {
        if (m.find() && personShaped(m.group(1))) {
          out.add(new Names.Mention(m.start(1), m.end(1), m.group(1), true, 0.75));
        }
      }
    }
    Matcher hon = EN_HONOURED.matcher(text);
    for (int from = 0; Cues.find(hon, text, from, EN_HONOURED_FIRSTS); from = hon.end()) {
      // Signing off (the last words, or just before the phone) it is the writer; elsewhere someone else.
      int after = hon.end(1);
      while (after < text.length() && " .,;:!-–—".indexOf(text.charAt(after)) >= 0) {
        after++;
      }
      boolean signs = after >= text.length() || phones.stream().anyMatch(ph -> ph[0] >= hon.end(1) && ph[0] - hon.end(1) <= 12)
          || hon.start() >= 2 && "-–—".indexOf(text.charAt(hon.start() - 2)) >= 0
          || EN_SELF_BEFORE.matcher(text).region(Math.max(0, hon.start() - 12), hon.start()).find()
          || HanLpExtractor.english(text) && text.substring(0, hon.start()).isBlank()
          // Mr. Huang here, living in 桂林…: opening a mixed message with who writes
          || text.substring(0, hon.start()).isBlank() && EN_HERE.matcher(text).region(hon.end(1), text.length()).lookingAt();
      out.add(new Names.Mention(hon.start(1), hon.end(1), hon.group(1), signs, signs ? 0.8 : 0.7));
    }
    Matcher paren = EN_PAREN_END.matcher(text); // …is that allowed? (Lena Hartmann): a name in brackets ends the message
    if (paren.find() && personShaped(paren.group(1))) {
      out.add(new Names.Mention(paren.start(1), paren.end(1), paren.group(1), true, 0.75));
    }
    Matcher one = EN_SIGNED_ONE.matcher(text);
    if (one.find() && !EN_COMMON.matcher(one.group(1)).matches()) {
      out.add(new Names.Mention(one.start(1), one.end(1), one.group(1), true, 0.75));
    } else if (HanLpExtractor.english(text)) {
      // A given name alone ending the message after a sentence's end (… it is unbearable. Kate), or after a dash and a
      // role (- a reporter, Lucas): the writer signing off (r21rest).
      Matcher last = EN_LAST_ONE.matcher(text);
      if (last.find() && !EN_COMMON.matcher(last.group(1)).matches() && !EN_SIGN_OFF_WORD.matcher(last.group(1)).matches()
          && !EN_ROLE_WORD.matcher(last.group(1)).find() && !EN_THING_WORD.matcher(last.group(1)).find()) {
        out.add(new Names.Mention(last.start(1), last.end(1), last.group(1), true, 0.7));
      }
    }
    if (HanLpExtractor.english(text) && (text.indexOf(" I") > 0 || text.indexOf(" We") > 0)) {
      Matcher run = EN_SIGNED_RUN_ON.matcher(text);
      while (run.find()) {
        String w = run.group(1);
        if (!EN_NOT_GIVEN.matcher(w).matches() && !EN_COMMON.matcher(w).matches() && !EN_SIGN_OFF_WORD.matcher(w).matches()
            && !EN_ROLE_WORD.matcher(w).find() && !EN_THING_WORD.matcher(w).find()) {
          boolean dash = "-–—".indexOf(text.charAt(run.start())) >= 0;
          out.add(new Names.Mention(run.start(1), run.end(1), w, true, dash ? 0.75 : 0.6));
        }
      }
    }
    Matcher sig = EN_SIGNATURE.matcher(text);
    for (int from = 0; Cues.find(sig, text, from, EN_SIGNATURE_FIRSTS); from = sig.end()) {
      out.add(new Names.Mention(sig.start(1), sig.end(1), sig.group(1), true, 0.8));
    }
    if (!HanLpExtractor.english(text)) {
      Matcher other = EN_OTHER.matcher(text);
      while (other.find()) {
        if (!EN_COMMON.matcher(other.group(1)).matches()) {
          out.add(new Names.Mention(other.start(1), other.end(1), other.group(1), false, 0.6));
        }
      }
      Matcher alone = EN_ALONE.matcher(text);
      while (alone.find()) {
        // The last of several capitalised words is a firm's or a place's name (GreenLeaf Recycling), not a given name.
        boolean inRun = LATIN_WORD_BEFORE.matcher(text).region(Math.max(0, alone.start(1) - 30), alone.start(1)).find();
        if (!EN_COMMON.matcher(alone.group(1)).matches() && !inRun) {
          out.add(new Names.Mention(alone.start(1), alone.end(1), alone.group(1), true, 0.7));
        }
      }
    }
    return out;
  }

  /**
   * Speech typed without punctuation sets its clauses apart with spaces (俺是…放羊的 叫慕天才 山那边的油井…; …排黑水 王秀兰):
   * for the names' cues such a space is a comma. Only a space after three Chinese characters or more, between two of
   * them, so that speech typed a word at a time (我 姓 王) and a role before a name (业主 许女士) keep theirs; the same
   * length, so every offset holds.
   */
  static String spokenClauses(String text) {
    text = writtenFor(text);
    char[] c = null;
    int run = 0;
    for (int i = 0; i < text.length(); i++) {
      char ch = text.charAt(i);
      if (ch == ' ' && run >= 3 && i + 1 < text.length() && Tokens.han(text.charAt(i + 1))) {
        if (c == null) {
          c = text.toCharArray();
        }
        c[i] = '，';
      }
      run = Tokens.han(ch) ? run + 1 : 0;
    }
    return c == null ? text : new String(c);
  }

  /** A message sent for a parent or grandparent (帮俺奶奶写的, 替爷爷反映, 我爸让我帮他发的): the relative is the petitioner. */
  private static final Pattern WRITTEN_FOR = Pattern.compile("(?:帮|替|代)(?:我|俺|额)?(?:家)?(?:爸|妈|爹|娘|奶奶|爷爷|姥姥|姥爷|外婆|外公|"
      + "父亲|母亲|老爸|老妈|他|她)(?:写|发|打|反映|投诉|举报|问)|(?:孙子|孙女|儿子|女儿|闺女|孩子)(?:帮|替|代)(?:打|写|发)");
  /** The relative then 叫 (俺奶奶叫, 我爸叫, 爷爷叫): where the message is sent for them, their name follows. */
  private static final Pattern KIN_CALLED = Pattern.compile("(?:我|俺|额)?(?:爸|妈|爹|娘|奶奶|爷爷|姥姥|姥爷|外婆|外公|父亲|母亲|老爸|老妈)(?:名)?叫");

  /** In a message sent for a relative, 俺奶奶叫 reads as the writer's 我名叫 (padded with commas: offsets hold). */
  private static String writtenFor(String text) {
    if (!Cues.any(text, "帮替代") || !WRITTEN_FOR.matcher(text).find()) { // every match holds 帮, 替 or 代: most texts none
      return text;
    }
    Matcher k = KIN_CALLED.matcher(text);
    if (!k.find() || k.end() - k.start() < 3) {
      return text;
    }
    return text.substring(0, k.start()) + "，".repeat(k.end() - k.start() - 3) + "我名叫" + text.substring(k.end());
  }

  private static final Pattern ALL_CAPS = Pattern.compile("\\b\\p{Lu}{2,}\\b");

  /** A text in Latin letters nearly all capitals (pinyin typed so: ZHANGZHOU … CHOU SI LE): no name signs it. */
  private static boolean shouted(String text) {
    int upper = 0;
    int letters = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c < 128 && Character.isLetter(c)) {
        letters++;
        upper += Character.isUpperCase(c) ? 1 : 0;
      }
    }
    return letters >= 20 && upper * 10 >= letters * 9;
  }

  private static final Pattern SURNAME_THEN_GIVEN = Pattern.compile("(?:我|本人|俺|额)?姓(\\p{IsHan}{1,2}?)[，,、\\s]?名(?:叫|字叫|字是)?(\\p{IsHan}{1,2})(?=[，,。；;！!？?\\s]|$)");
  private static final Pattern SELF_CLAUSE = Pattern.compile("(?:我是|俺是|本人是|我系|阮是)[^，,。；;！!？?\\n]{2,30}");

  /**
   * A name the rules gave as someone else's (after a post such as 楼长 or 会计) that ends the writer's own clause after
   * 我是 is the writer's: 我是6号楼楼长莫振宇，….
   */
  private static List<Names.Mention> selfClauseEnd(String text, List<Names.Mention> found) {
    Matcher self = SELF_CLAUSE.matcher(text);
    if (found.isEmpty() || !self.find()) {
      return found;
    }
    int ce = self.end();
    int from = self.start();
    List<Names.Mention> out = new ArrayList<>(found.size());
    for (Names.Mention m : found) {
      boolean mine = !m.petitioner() && m.end() == ce && m.start() > from + 2 && m.name().length() >= 2;
      out.add(mine ? new Names.Mention(m.start(), m.end(), m.name(), true, 0.7) : m);
    }
    return out;
  }

  /** Capitalised words that can be a person's name: no word of a firm, a place, a thing or a question, no possessive. */
  private static boolean personShaped(String words) {
    return !EN_THING_WORD.matcher(words).find() && !EN_NOT_NAMES.matcher(words).find() && !EN_ROLE_WORD.matcher(words).find()
        && words.indexOf('\'') < 0 && words.indexOf('’') < 0 && !EN_COMMON.matcher(words.split("\\s+")[0]).matches()
        && !ALL_CAPS.matcher(words).find(); // GUAN YI GUAN: pinyin typed in capitals, no name
  }

  /**
   * The problem's place is a run of place names outside the petitioner's home address; a place given as
   * the petitioner's hometown (老家) is where the problem is; with no other place, it is at home.
   */
  private void places(String text, Extraction.Builder b) {
    List<int[]> homes = new ArrayList<>();
    Matcher home = HOME.matcher(text);
    boolean addressed = false;
    for (int from = 0; Cues.find(home, text, from, HOME_FIRSTS); from = home.end()) {
      int g = home.group(1) != null ? 1 : 2;
      homes.add(new int[] {home.start(g), home.end(g)});
      int s = home.start(g);
      int e = home.end(g);
      while (s < e && "喺响在 :：".indexOf(text.charAt(s)) >= 0) {
        s++; // 我住喺…, 住在…: the verb's own word, no part of the address
      }
      Matcher stop = Identities.PHRASE_END.matcher(text).region(s, e);
      if (g == 1 && stop.find() && stop.start() > s + 1) {
        e = stop.start(); // 住在某某小区的X阿姨: the address ends before the person, as its identity span does
      }
      e = PlaceTail.end(text, Math.min(e, s + 2), e); // 住在幸福小区3栋天天闻到臭味: the address ends before 天天
      // After 住 a word for "here" names no home (我住喺度十几年, 我住在这里二十年了) unless a place word shows one.
      if (!addressed && e - s >= 2 && (g == 2 || !HERE.matcher(text).region(s, e).lookingAt() || Identities.residence(text.substring(s, e)))) {
        b.put("address", text.substring(s, e).strip(), 0.75, s, e);
        addressed = true;
      }
    }
    int origins = homes.size();
    List<int[]> left = new ArrayList<>();
    if (text.contains("我是")) {
      Matcher o = ORIGIN.matcher(text);
      while (o.find()) {
        // 我是衡南那边嫁过来的，现在住孙吉镇: where one came from, then where one lives now, is neither home nor the place
        boolean now = NOW_ELSEWHERE.matcher(text).region(o.end(), Math.min(text.length(), o.end() + 10)).find();
        (now ? left : homes).add(new int[] {o.start(1), o.end(1)});
      }
    }
    boolean origin = homes.size() > origins;
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
      if (styleName(text, m) || inside(left, m)) {
        continue;
      }
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
    // 老家在A，现在在B / 老家是A的，现在住在B: A is where one comes from, not the problem's place, where another is named.
    if (!hometowns.isEmpty() && (runs.size() > 1 || !homeRun.isEmpty())) {
      runs.removeIf(r -> hometowns.stream().anyMatch(h -> r.get(0).start() >= h[0] && r.get(0).start() - h[0] <= 4)
          && NOW_ELSEWHERE.matcher(text).region(r.get(r.size() - 1).end(), Math.min(text.length(), r.get(r.size() - 1).end() + 8)).find());
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
      // A county's short name said alone (永兴铸造厂, 柯桥那边) yields to a county written in full elsewhere.
      // So does a district's name that is a word for part of a place (矿区流下来的水) beside another county.
      boolean alone = r.size() == 1 && (gazetteer.shortAlone(text.substring(start, r.get(0).end()))
          || gazetteer.areaWord(text.substring(start, r.get(0).end())));
      int rank = 2 * rank(p.get()) - (alone ? 1 : 0) + (hometown ? 20 : 0);
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
      // An ambiguous county at home (我住在普陀区) is said as such where nothing else is named.
      if (atHome.isPresent() && (best == null || !atHome.get().ambiguous() && bestRank < 20 && best.county() == null
          && atHome.get().county() != null && (Objects.equals(best.city(), atHome.get().city())
          // or only the province home lies in, as a firm's name gives it (家住南昌县…，江西华锦新材料有限公司): r21rest
          || best.city() == null && Objects.equals(best.province(), atHome.get().province()))
          // (a town named alone at home, 我是某某镇的, is no more precise than a county named elsewhere: towns)
          || origin && !atHome.get().ambiguous() && bestRank < 20 && Math.min(rank(atHome.get()), townsOnly(text, homeRun) ? 4 : 5) > rank(best))) {
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

  /**
   * A place's name after 老 in a shop's or a dish's name (老北京铜锅, 老上海馄饨, 老成都火锅): a style, not where the matter
   * is; not where 人 or a division's level follows (老北京人, r21rest).
   */
  private static boolean styleName(String text, Gazetteer.Mention m) {
    if (m.start() == 0 || text.charAt(m.start() - 1) != '老' || m.end() >= text.length()) {
      return false;
    }
    char next = text.charAt(m.end());
    return Tokens.han(next) && "人省市区县镇乡村的这那".indexOf(next) < 0;
  }

  /** Whether every mention of the run is a town named alone (敬仲镇), no county's, city's or province's name. */
  private boolean townsOnly(String text, List<Gazetteer.Mention> run) {
    return run.stream().allMatch(m -> gazetteer.townNamed(text.substring(m.start(), m.end())));
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
    return PlaceTail.end(text, from, i); // 白云区太和镇那个厂天天排烟: the place ends before 那个
  }

  private static int rank(Place p) {
    return p.ambiguous() ? 1 : (p.town() != null ? 5 : p.county() != null ? 4 : p.city() != null ? 3 : 2);
  }

  /** The kinds by their share of the complaint words, the main one first; others only when complained of too. */
  private void kinds(String text, Extraction.Builder b) {
    KindVotes v = kindVotes(text);
    b.kindVotes(v);
    if (v.shares().isEmpty()) {
      b.kinds(List.of());
      return;
    }
    String main = v.shares().keySet().iterator().next();
    Lexicon.Hit top = v.strongest().get(main);
    b.put("kind", main, 0.8, top.start(), top.end());
    b.kinds(v.kinds(main));
    Lexicon.Hit m = v.matter(main);
    if (m != null) {
      b.put("matter", m.entry().columns()[1], 0.7, m.start(), m.end());
    }
  }

  /** What share of the complaint each kind has, and each kind's strongest word. */
  record KindVotes(Map<String, Double> shares, Map<String, Lexicon.Hit> strongest, Map<String, Lexicon.Hit> matters,
      int words, double weight, boolean focused) {
    /** The main kind, then every other kind complained of with a fifth of the words or more. */
    List<String> kinds(String main) {
      List<String> out = new ArrayList<>(List.of(main));
      shares.forEach((k, share) -> {
        if (!k.equals(main) && share >= 0.2) {
          out.add(k);
        }
      });
      return out;
    }

    /**
     * The word that names the finer matter: the main kind's; where the text has no word of the main kind (the
     * classifier chose it), the first kind's that names one. Not another kind's where the main kind's words name
     * none: a loudspeaker telling people to shut their windows is no traffic noise.
     */
    Lexicon.Hit matter(String main) {
      Lexicon.Hit m = matters.get(main);
      return m != null || shares.containsKey(main) ? m : matters.values().stream().findFirst().orElse(null);
    }
  }

  /**
   * What a smell told just after it is a smell of water: a water body, or water named as such (the 水 of 胶水 is not). A
   * ravine or a roadside ditch (山沟里, 边沟里) is where waste is dumped, no water (r29pol); a reservoir is.
   */
  private static final Pattern WATER_NEAR = Pattern.compile("(?:河|江|湖|塘|(?<![山边])沟|井|溪|池|渠|海|浜)(?:里|水|面|中|头|度)|河道|水库|小河|条河|的河|段河|段江|段水|河都|湖都|溪都|河沟|水沟|条涌|涌度|嘅水|格水|[，,\\s]水$"
      + "|的水(?![产泥平果])|水里|水面|水是|污水(?!处理|站|厂)|废水(?!处理|站)|脏水|黑水|臭水|乌水|绿水(?!青山)|水发|自来水|水龙头|下水道|口井|液体|(?i:\\b(?:stream|river|creek|canal|water|lake|pond|well|sea)\\b)");
  /** What a smell told just after it is a smell of the soil: the soil named as such (厂址上的土, 土壤), not a field someone works in. */
  private static final Pattern SOIL_NEAR = Pattern.compile("土壤|的土(?!豆|话|路|狗)|土里|(?i:\\bsoil\\b)");
  /**
   * What tells a smell of waste put somewhere (扔在路边…臭得不行, 堆着…臭, 掉喺路边…臭到死): the waste's, solid waste. Not 倒在 (a person
   * falls), not a heap left to ferment (堆着发酵: a works' process, its smell air), and after water (往河里扔…发臭 is the
   * river's).
   */
  private static final Pattern WASTE_NEAR = Pattern.compile("(?:扔在|扔到|扔了|丢在|丢到|堆在|堆着|堆了|乱扔|乱丢|乱倒|偷倒|倾倒|掉在|掉到|[扔丢堆掉]喺)(?!发酵|沤)");
  /** A drain that gives off a gas (下水道冒出一股…味, 窨井里返上来…): the smell and the drain are air, a gas, no water. */
  private static final Pattern DRAIN_RISE = Pattern.compile("(?:下水道|下水井|窨井|井盖|化粪池)(?:里|口)?(?:冒出|冒上来|返上来|返出|窜出|飘出|往上冒|往外冒)");
  private static final Pattern RISES = Pattern.compile("^(?:里|口)?(?:冒出|冒上来|返上来|返出|窜出|飘出|往上冒|往外冒)");
  private static final Set<String> ODOUR = Set.of("臭味", "恶臭", "异味", "气味", "味道", "臭得", "臭", "刺鼻", "smell", "stink",
      "odour", "odor");
  static final Pattern EMPHASIS = Pattern.compile("(?m)主要|最严重|最主要|尤其|重点|特别是|最大的|首先|第一|一、|[（(]一[）)]|^\\s*1[.、]|^\\s*[（(]1[）)]");
  /** Every match of EMPHASIS starts with one of these (for Cues.find): "一" and "1" stand in most texts. */
  static final String EMPHASIS_FIRSTS = "主最尤重特首第一1（( \t\n\u000B\f\r";
  /** A word of what is done to the environment: the complaint itself (排废水, 倒废渣, 烧塑料) weighs more. */
  private static final String[] ACTS = {"偷排", "直排", "排放", "排出", "排到", "排进", "排", "倒", "烧", "冒", "堆", "埋"};

  /**
   * The kinds' shares of the complaint words: earlier words weigh more (the main complaint usually comes
   * first), a word in an emphasised sentence (最严重, 主要) more, a one-character word and a word that names
   * a facility (垃圾焚烧厂, 污水处理站) less; a smell told of water (河水…发臭, 地下水…有异味) is water.
   */
  KindVotes kindVotes(String text) {
    Map<String, Double> score = new LinkedHashMap<>();
    Map<String, Lexicon.Hit> strongest = new LinkedHashMap<>();
    Map<String, Double> strength = new LinkedHashMap<>();
    Map<String, Lexicon.Hit> matters = new LinkedHashMap<>();
    int n = 0;
    // Where the emphasis words stand, found once (not once per complaint word).
    List<int[]> emphasis = null;
    if (Cues.any(text, "主最尤重特首第一1")) {
      Matcher e = EMPHASIS.matcher(text);
      for (int from = 0; Cues.find(e, text, from, EMPHASIS_FIRSTS); from = e.end()) {
        if (emphasis == null) {
          emphasis = new ArrayList<>();
        }
        emphasis.add(new int[] {e.start(), e.end()});
      }
    }
    // Where the words of the past stand (前几年, 去年…), found once at the first complaint word; empty where none.
    List<int[]> pastAt = null;
    int focus = -2; // where the writer says what they complain of after setting something aside (r23rest); -1: nowhere
    for (Lexicon.Hit h : pollution.find(text)) {
      String kind = h.entry().columns()[0];
      if (kind.equals("-")) {
        continue; // a word that only holds a kind's word (烟台, 国土局, 的水产): no vote
      }
      if (inBrand(text, h.start(), h.end())) {
        continue; // “伊犁河”啤酒厂, “清泉”化工: a word of a unit's name in quotes, no complaint (r23rest)
      }
      if (focus == -2) {
        Matcher f = FOCUS.matcher(text);
        focus = f.find() && f.start() > 0 ? f.start() : -1;
      }
      if (pastAt == null) {
        pastAt = pastWords(text);
      }
      if (kind.equals("water") && bodyBefore(text, h.start())) {
        continue; // 鹅嘴里都有黑水, 口吐白沫: what comes from a mouth is a symptom, no water body
      }
      if (h.entry().phrase().endsWith("一地") && MOLTEN.matcher(text).region(clauseStart(text, h.start()), h.start()).find()) {
        continue; // 铝水淌了一地: molten metal, a fire's start, no spill on the soil
      }
      double w = 1.0 / (1 + 0.15 * n++);
      String[] cols = h.entry().columns();
      if (cols.length > 2 && !cols[2].isBlank()) {
        w *= Double.parseDouble(cols[2]);
      }
      if (actBefore(text, h.start())) {
        w *= 1.5;
      }
      if (h.end() - h.start() == 1) {
        w *= 0.5;
      }
      if (facility(text, h.end())) {
        w *= 0.3;
      }
      if (whenDone(text, h.end())) {
        w *= 0.5; // 施工的时候…: when something is done, not what is complained of
      }
      if (kind.equals("water") && RISES.matcher(text).region(h.end(), text.length()).lookingAt()
          && DRAIN_RISE.matcher(text).region(h.start(), text.length()).lookingAt()) {
        kind = "air"; // 下水道冒出一股臭鸡蛋味: a drain's gas
      }
      if (kind.equals("solid_waste") && burntBefore(text, h.start())) {
        kind = "air"; // 烧牛粪炉子, 烧废料: what is burnt is smoke (烧焦的废料, 烧过的渣子 are what a fire left)
      }
      if (kind.equals("ecology") && PUT_ON.matcher(text).region(clauseStart(text, h.start()), h.start()).find()) {
        w *= 0.3; // 把油泥倒在草原上: the grassland is where the waste was put, the waste is the complaint
      }
      if (ODOUR.contains(h.entry().phrase()) || "odor".equals(cols.length > 1 ? cols[1] : "")) {
        if (before(DRAIN_RISE, text, h.start())) {
          // a drain's gas stays air
        } else if (before(WATER_NEAR, text, h.start())) {
          kind = "water";
        } else if (before(SOIL_NEAR, text, h.start())) {
          kind = "soil"; // 厂址上的土…还有怪味: the smell of the soil
        } else if (before(WASTE_NEAR, text, h.start())) {
          kind = "solid_waste"; // 死猪扔在路边，臭得不行: the smell of the waste
        }
      }
      if (emphasis != null && emphasised(emphasis, sentenceStart(text, h.start()), h.start())) {
        w *= 1.5;
      }
      if (!pastAt.isEmpty() && past(text, pastAt, h.start())) {
        w *= 0.5;
      }
      if (h.start() < focus) {
        w *= 0.2; // 放烟花…满地纸屑。另外我要投诉的是…粉尘: what is set aside before the complaint named as such
      }
      score.merge(kind, w, Double::sum);
      if (w > strength.getOrDefault(kind, 0.0)) {
        strength.put(kind, w);
        strongest.put(kind, h);
      }
      if (h.entry().columns().length > 1 && !h.entry().columns()[1].isEmpty() && kind.equals(h.entry().columns()[0])
          && !worksNoise(text, h)) {
        matters.putIfAbsent(kind, h);
      }
    }
    double total = score.values().stream().mapToDouble(Double::doubleValue).sum();
    Map<String, Double> shares = new LinkedHashMap<>();
    score.entrySet().stream().sorted((a, c) -> Double.compare(c.getValue(), a.getValue()))
        .forEach(e -> shares.put(e.getKey(), e.getValue() / total));
    return new KindVotes(shares, strongest, matters, n, total, focus > 0);
  }

  /**
   * The writer naming what they complain of after something else was told (另外我要投诉的是…, 要反映的是…, 我主要想反映
   *的是…): the words before it are set aside.
   */
  private static final Pattern FOCUS = Pattern.compile("(?:要|想)(?:投诉|反映|举报)的(?:是|事)|主要(?:想|要)?(?:投诉|反映|举报)的是"
      + "|真正(?:要|想)?(?:投诉|反映|举报)的是");

  /** Whether text[s, e) lies inside a short name in quotes that a unit's word follows (“伊犁河”啤酒厂): a brand. */
  private static boolean inBrand(String text, int s, int e) {
    int open = -1;
    for (int k = s - 1; k >= Math.max(0, s - 10); k--) {
      char c = text.charAt(k);
      if (c == '“' || c == '「') {
        open = k;
        break;
      }
      if (c == '”' || c == '」' || !Tokens.han(c)) {
        return false;
      }
    }
    if (open < 0) {
      return false;
    }
    for (int k = e; k < Math.min(text.length(), e + 10); k++) {
      char c = text.charAt(k);
      if (c == '”' || c == '」') {
        return k + 1 < text.length() && Tokens.han(text.charAt(k + 1)) && text.charAt(k + 1) != '的';
      }
      if (!Tokens.han(c)) {
        return false;
      }
    }
    return false;
  }

  /**
   * Whether what is done to the environment stands just before a word (排废水, 倒废渣), or before a modifier of
   * up to two characters (倒化工废渣, 排工业废水).
   */
  private static boolean actBefore(String text, int at) {
    for (int gap = 0; gap <= 2 && at - gap > 0; gap++) {
      if (gap > 0 && !Tokens.han(text.charAt(at - gap))) {
        return false;
      }
      for (String a : ACTS) {
        int end = at - gap;
        if (end >= a.length() && text.startsWith(a, end - a.length())) {
          return true;
        }
      }
    }
    return false;
  }

  /** Waste put somewhere just before a word of nature (倒在草原上, 扔到林子里): the place it was put. */
  private static final Pattern PUT_ON = Pattern.compile("(?:倒在|倒到|倒进|扔在|扔到|扔进|丢在|丢到|堆在|埋在|埋到)$");

  /**
   * Whether a word is what is burnt: 烧 or 焚烧 just before it, or before a modifier of up to two characters that tells
   * no past or result (烧牛粪, 烧塑料皮; not 烧焦的废料, 烧过的渣子).
   */
  private static boolean burntBefore(String text, int at) {
    for (int gap = 0; gap <= 2 && at - gap > 0; gap++) {
      if (gap > 0 && (!Tokens.han(text.charAt(at - gap)) || "的过焦完剩掉".indexOf(text.charAt(at - gap)) >= 0)) {
        return false;
      }
      if (text.charAt(at - gap - 1) == '烧') {
        return true;
      }
    }
    return false;
  }

  /** What tells a matter of the past in its clause (前几年有企业往沙漠里排污水，现在又…): the complaint is what is now. */
  static final Pattern PAST = Pattern.compile("前几年|前些年|早些年|过去几年|过去那|以往|以前|那次|着过|(?<![0-9十])[0-9一二两三四五六七八九十几]{1,2}年前|(?<!从)去年(?!开始|以来|起|到)|原来|(?i:\\b(?:last year|years ago|used to)\\b)");

  /** Every match of PAST starts with one of these (for Cues.find): the numerals of X年前 among them. */
  static final String PAST_FIRSTS = "前早过以去原那着0123456789一二两三四五六七八九十几lLyYuU";

  /** Where the words of the past stand; none looked for where none of their first characters is. */
  private static List<int[]> pastWords(String text) {
    if (!Cues.any(text, "前早过以去原那着luy")) {
      return List.of();
    }
    List<int[]> at = new ArrayList<>();
    Matcher m = PAST.matcher(text);
    for (int from = 0; Cues.find(m, text, from, PAST_FIRSTS); from = m.end()) {
      at.add(new int[] {m.start(), m.end()});
    }
    return at;
  }

  /** Whether a word of the past stands in the clause before a word (up to 30 characters back). */
  private static boolean past(String text, List<int[]> pastAt, int at) {
    int from = at;
    while (from > 0 && at - from < 30 && "，,。；;！!？?\n".indexOf(text.charAt(from - 1)) < 0) {
      from--;
    }
    return emphasised(pastAt, from, at);
  }

  /** Whether an emphasis word stands in [from, to). */
  private static boolean emphasised(List<int[]> emphasis, int from, int to) {
    for (int[] e : emphasis) {
      if (e[0] >= from && e[1] <= to) {
        return true;
      }
    }
    return false;
  }

  /**
   * A works that makes fireworks (烟花厂, 做鞭炮的小作坊) or a works' own loudspeaker (厂里的高音喇叭): no neighbour's
   * noise for the police or the city, but a works the environment system keeps (its explosion, its licence).
   */
  private static final Pattern WORKS_AFTER = Pattern.compile("^(?:的小?)?(?:厂|作坊|仓库|爆竹厂)");
  private static final Pattern WORKS_BEFORE = Pattern.compile("(?:厂(?:里)?的|做|造|生产)$");

  /** Whether a social-life noise word names a works or a works' own noise, which stay in the environment system. */
  private static boolean worksNoise(String text, Lexicon.Hit h) {
    String[] cols = h.entry().columns();
    return cols.length > 1 && "social_life_noise".equals(cols[1])
        && (WORKS_AFTER.matcher(text).region(h.end(), text.length()).lookingAt()
            || WORKS_BEFORE.matcher(text.substring(Math.max(0, h.start() - 3), h.start())).find());
  }

  /** An English word after a kind's word that makes it a facility's name (the waste plant, a sewage works). */
  private static final Pattern EN_FACILITY = Pattern.compile("(?i) (?:plant|station|site|works|yard|facility|depot|centre|center)\\b");

  /** Whether the word names a facility rather than a complaint (垃圾焚烧厂, 污水处理站, 垃圾站 or 垃圾房 as a place, 污水池 a pit). */
  private static boolean facility(String text, int end) {
    if (end >= text.length()) {
      return false;
    }
    char c = text.charAt(end);
    return c == '厂' || c == '站' || c == '房' || text.startsWith("车间", end) || c == '场' || c == '库' || c == '池' || text.startsWith("处理", end) || text.startsWith("公司", end)
        || c == ' ' && EN_FACILITY.matcher(text).region(end, Math.min(text.length(), end + 12)).lookingAt();
  }

  /** Molten metal (铝水, 钢水), which is no liquid poured out. */
  private static final Pattern MOLTEN = Pattern.compile("[铝铁钢铜锡]水|钢花");

  /** A mouth just before a word (嘴里都有黑水, 口吐白沫): within six characters, in the same clause. */
  private static boolean bodyBefore(String text, int at) {
    for (int k = at - 1; k >= Math.max(0, at - 6); k--) {
      char c = text.charAt(k);
      if ("，,。；;！!？?\n".indexOf(c) >= 0) {
        return false;
      }
      if (c == '嘴' || text.startsWith("口吐", k)) {
        return true;
      }
    }
    return false;
  }

  /** A word told as the time something happens (施工的时候, 装修时): the clause says when, not what is wrong. */
  private static boolean whenDone(String text, int end) {
    return text.startsWith("的时候", end) || text.startsWith("时候", end) || text.startsWith("那会", end)
        || end < text.length() && text.charAt(end) == '时' && (end + 1 >= text.length() || "，, ".indexOf(text.charAt(end + 1)) >= 0);
  }

  private static int clauseStart(String text, int at) {
    int p = at;
    while (p > 0 && "，,。；;！!？?\n".indexOf(text.charAt(p - 1)) < 0) {
      p--;
    }
    return p;
  }

  /**
   * Water (or soil) named in the clause before a smell, or in the clause just before that one (…排黄汤汤的水，臭得遭不住); a
   * line broken with no mark (a chat message sent in pieces) is a clause of the same sentence.
   */
  private static boolean before(Pattern near, String text, int start) {
    int from = start;
    int marks = 0;
    // English spends about three letters where Chinese spends one ("the creek behind our village stinks"): a wider reach.
    int reach = englishBefore(text, start) ? 60 : 24;
    while (from > 0 && start - from < reach) {
      char c = text.charAt(from - 1);
      boolean piece = c == '\n' && from > 1 && "。；;！!？?\n".indexOf(text.charAt(from - 2)) < 0;
      if (!piece && "。；;！!？?\n".indexOf(c) >= 0 || ("，,".indexOf(c) >= 0 || piece) && ++marks > 1) {
        break;
      }
      from--;
    }
    // transparent bounds: a lookahead may see the word itself (堆着发酵 is no heap of waste)
    return near.matcher(text).useTransparentBounds(true).region(from, start).find();
  }

  /** Whether the 24 characters before {@code start} hold no Han character (an English text). */
  private static boolean englishBefore(String text, int start) {
    if (start == 0 || text.charAt(start - 1) >= 0x80) {
      return false;
    }
    for (int i = Math.max(0, start - 24); i < start; i++) {
      if (Character.UnicodeScript.of(text.charAt(i)) == Character.UnicodeScript.HAN) {
        return false;
      }
    }
    return true;
  }

  private static int sentenceStart(String text, int at) {
    int i = at;
    while (i > 0 && "。！!？?\n；;".indexOf(text.charAt(i - 1)) < 0) {
      i--;
    }
    return i;
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
