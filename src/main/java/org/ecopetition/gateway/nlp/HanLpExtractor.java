package org.ecopetition.gateway.nlp;

import com.hankcs.hanlp.seg.common.Term;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The gateway's extractor: normalisation, the patterns and gazetteer of {@link RuleExtractor}, HanLP's
 * segmentation with person recognition, the trained classifiers for intent,
 * category and the main kind, and rules on top for what they get wrong (place fragments taken as names,
 * city names inside company names, government bodies taken as polluters, who is accused). Pure and
 * thread-safe; slow enough (≈ 0.1 ms) to belong on a worker pool.
 */
public final class HanLpExtractor implements Extractor {
  /** The country code written just before a mobile number (+86 , (+86)). */
  private static final Pattern COUNTRY_CODE = Pattern.compile("[（(]?\\+\\s?86[）)]?[\\s-]?$");
  private static final Pattern ACCUSE = Pattern.compile("举报|检举|控告|揭发|反映.{0,6}(干部|官员|领导|工作人员|执法人员)");
  private static final Pattern OFFICIAL = Pattern.compile("(生态环境|环保|环境保护|环境)(局|厅|部|分局|所|站|大队|支队)|执法人员|执法队|工作人员|干部|官员|领导|局长|科长|所长|书记|镇长|乡长|村长|村支书|主任|公务员");
  private static final Pattern MISCONDUCT = Pattern.compile("不作为|乱作为|受贿|行贿|包庇|视而不见|利益输送|腐败|收钱|收了.{0,4}钱|索贿|失职|渎职|充耳不闻|徇私|保护伞|吃拿卡要|通风报信|打招呼|敷衍|推诿|滥用职权");
  private static final Pattern ACCUSED = Pattern.compile("(?:举报|检举|控告|揭发)((?:[^，,。；;！!？?]){2,40}?(?:执法人员|工作人员|干部|官员|领导|局长|科长|所长|书记|镇长|乡长|村长|村支书|主任|(?:生态环境|环保)局|分局))");
  private static final Pattern LABOUR = Pattern.compile("社保|工资|拖欠|劳动合同|加班费|工伤|(?i:salary|wages|not paid|employer|labou?r contract|social insurance)");
  /**
   * A product bought or sold (超市卖的大米, 网上买的净化器, 商家说零甲醛): its quality or its claims are market
   * regulation's (food safety, product quality), whatever pollution the words name.
   */
  private static final Pattern BOUGHT = Pattern.compile("买的|卖的|买了一|网上买|网购");
  private static final Pattern SHOP = Pattern.compile("超市|商家|商店|小卖部|商场|网上|网店|旗舰店|淘宝|京东|拼多多|专卖店|客服");
  static final Pattern LITIGATION = Pattern.compile("起诉|诉讼|判决|裁定|开庭|法院|打官司|一审|二审|改判|(?i:lawsuit|court)");
  /** Every match of LITIGATION starts with one of these (for Cues.find). */
  static final String LITIGATION_FIRSTS = "起诉判裁开法打一二改lLcC";
  private static final Pattern PARTY_APPEAL = Pattern.compile("党员|党纪处分|党内|复审");
  private static final Pattern ADMIN = Pattern.compile("处罚决定|行政处罚|罚款决定|许可|复议|拆除通知|限期拆除|责令.{0,6}(停产|关闭|拆除)|不服");

  private static final Pattern ACCUSED_LEAD = Pattern.compile("^(了|的|一下)");

  private final Gazetteer gazetteer;
  private final RuleExtractor rules;
  private final EnglishPlaces english;
  private final Classifiers models;
  /** The learned name finder (null: none bundled, or switched off to measure), and the probability it masks at. */
  private final LearnedNames learned;
  private final double learnedAt;
  /** The learned polluter finder (null: none bundled, or switched off to measure). */
  private final PolluterFinder polluters;

  public HanLpExtractor(Gazetteer gazetteer, Classifiers models) {
    this(gazetteer, models, LearnedNames.bundled(), LEARNED_NAME_AT, PolluterFinder.bundled());
  }

  /** With another name finder or probability (null: the rules alone), to measure what the model adds. */
  HanLpExtractor(Gazetteer gazetteer, Classifiers models, LearnedNames learned, double learnedAt) {
    this(gazetteer, models, learned, learnedAt, PolluterFinder.bundled());
  }

  /** With another polluter finder too (null: the rules alone), to measure what it adds. */
  HanLpExtractor(Gazetteer gazetteer, Classifiers models, LearnedNames learned, double learnedAt, PolluterFinder polluters) {
    this.polluters = polluters;
    this.learned = learned;
    this.learnedAt = learnedAt;
    this.gazetteer = gazetteer;
    this.rules = new RuleExtractor(gazetteer);
    this.english = EnglishPlaces.of(gazetteer);
    this.models = models;
    HanLp.segment(gazetteer);
    Normaliser.map(""); // reads which characters are traditional now, not at the first message
  }

  @Override
  public Extraction extract(String raw) {
    Normaliser.Mapped mapped = Normaliser.map(raw == null ? "" : raw);
    String normalised = mapped.text();
    String text = normalised.length() > MAX_CHARS ? normalised.substring(0, MAX_CHARS) : normalised;
    Extraction.Builder read = rules.core(text, false);
    Extraction base = read.build();
    Extraction.Builder b = new Extraction.Builder().all(base);
    base.field("caseNumber").filter(f -> f.confidence() < 1).ifPresent(f -> {
      // Another office's number keeps the dashes the normaliser took out of its digits (WX20261017-0932).
      int[] r = mapped.toRaw(f.start(), f.end());
      String written = asWritten(raw.substring(r[0], r[1]));
      if (written.replace("-", "").equals(f.value().replace("-", ""))) {
        b.set("caseNumber", written, f.confidence(), f.start(), f.end());
      }
      String said = raw.substring(r[0], r[1]).replace(" ", "");
      if (!said.isEmpty() && said.chars().allMatch(c -> SAID_DIGITS.indexOf(c) >= 0) && saidAsDigits(said).equals(f.value())) {
        b.set("caseNumber", said, f.confidence(), f.start(), f.end()); // 二零二六…: the number as it was said
      }
    });
    base.field("polluter").filter(f -> !raw.equals(normalised)).ifPresent(f -> {
      String written = asWritten(raw, normalised, mapped, f);
      if (written != null) {
        b.set("polluter", written, f.confidence(), f.start(), f.end());
      }
    });
    if (polluters != null && base.field("polluter").map(f -> f.confidence() < NAMED_POLLUTER).orElse(true)) {
      learnedPolluter(raw, normalised, mapped, text, b);
    }
    List<Term> terms = HanLp.seg(gazetteer, text);
    Classifiers.Text tokens = models.text(Tokens.split(text, terms));
    boolean en = english(text);
    name(text, terms, b);
    idNumber(text, b);
    if (en || base.field("province").isEmpty() && base.field("county").isEmpty()) {
      english.find(text).ifPresent(ms -> englishPlace(text, en, ms).ifPresent(p -> {
        double conf = p.ambiguous() ? 0.5 : p.county() != null ? 0.85 : 0.75;
        b.set("province", p.province(), conf, ms[0].start(), ms[ms.length - 1].end());
        b.set("city", p.city(), conf, ms[0].start(), ms[ms.length - 1].end());
        b.set("county", p.county(), conf, ms[0].start(), ms[ms.length - 1].end());
        b.set("place", text.substring(ms[0].start(), ms[ms.length - 1].end()), conf, ms[0].start(),
            ms[ms.length - 1].end());
        // the English reading replaces the place, its doubt too (天马镇, Chengdu: the Chengdu one, no longer ambiguous)
        b.set("ambiguousPlace", p.ambiguous() ? "true" : null, 0.9, ms[0].start(), ms[0].end());
      }));
    }
    urgency(text, en, tokens, read.situationFeatures(), b);
    kinds(text, tokens, read.kindVotes(), b);
    String category = category(text, tokens, b);
    subtypeAndMatter(text, category, base, b);
    intent(text, en, tokens, base, b);
    // a report typed in pinyin is read with the English places and words, but its language is Chinese
    b.set("lang", en && !PinyinText.is(text) ? "en" : "zh", 0.95, 0, text.length());
    // Identity spans over the whole text (not only what is analysed), mapped back to the raw text.
    List<Identity> spans = new ArrayList<>();
    for (Identity i : rules.identities(normalised, b)) {
      int[] r = mapped.toRaw(i.start(), i.end());
      if (Identity.PHONE.equals(i.type()) && r[0] > 0 && raw.lastIndexOf('+', r[0] - 1) >= Math.max(0, r[0] - 6)) {
        Matcher country = COUNTRY_CODE.matcher(raw).region(Math.max(0, r[0] - 6), r[0]);
        if (country.find()) {
          r[0] = country.start(); // +86 139…: the country code written is part of the number (the normaliser drops it)
        }
      }
      spans.add(new Identity(i.type(), i.whose(), r[0], r[1]));
    }
    told(mapped.told(), spans);
    if (learned != null && b.value("name").isEmpty() && Cues.find(NAME_CUE, text, NAME_CUE_FIRSTS) != null) {
      // The model costs about as much as the rest of an extraction: per message it reads only a text in which the
      // writer names themselves and the rules found no name; every text is read by it when a copy is redacted.
      learnedNames(raw, normalised, mapped, b, spans);
    }
    return b.identities(spans).build();
  }

  /**
   * {@code spans} (identity spans on {@code raw}, the extractor's or kept from an earlier reading) with the names the
   * learned finder reads that they do not mask: for a copy to be redacted (registration, anonymity), where a name
   * left readable is a leak. The model is not run per message for this (its cost), only here.
   */
  @Override
  public List<Identity> forRedaction(String raw, List<Identity> spans) {
    if (learned == null || raw == null || raw.isBlank()) {
      return spans;
    }
    Normaliser.Mapped mapped = Normaliser.map(raw);
    String normalised = mapped.text();
    List<Identity> out = new ArrayList<>(spans);
    String writer = null;
    for (Identity i : spans) {
      if (Identity.NAME.equals(i.type()) && Identity.PETITIONER.equals(i.whose()) && i.end() <= raw.length()) {
        writer = raw.substring(i.start(), i.end());
      }
    }
    addLearned(raw, normalised, mapped, writer, out, learned.find(normalised, learnedAt));
    return out;
  }

  /**
   * The place of the English or pinyin names {@code ms}; in an English text that writes places in characters too (I live
   * in 石羊镇, Chengdu; Fuyang Apartments, 江北区 Chongqing), the place of both read together where it is one and more
   * precise: the characters tell the county, the English its city. Only such texts pay for the second reading.
   */
  private Optional<Place> englishPlace(String text, boolean en, Gazetteer.Mention[] ms) {
    Optional<Place> p = gazetteer.resolve(text, List.of(ms));
    if (!en || p.isPresent() && !p.get().ambiguous() && p.get().county() != null || !Cues.any(text, HAN_PLACE_LEVELS)) {
      return p;
    }
    List<Gazetteer.Mention> all = new ArrayList<>(gazetteer.mentions(text));
    if (all.isEmpty()) {
      return p;
    }
    all.addAll(List.of(ms));
    all.sort(java.util.Comparator.comparingInt(Gazetteer.Mention::start));
    Optional<Place> both = gazetteer.resolve(text, all);
    return both.isPresent() && !both.get().ambiguous() && both.get().county() != null
        && (p.isEmpty() || p.get().ambiguous() || Objects.equals(p.get().province(), both.get().province())) ? both : p;
  }

  /** The levels a place written in characters ends with (镇, 区, 县…): an English text with none writes no place so. */
  private static final String HAN_PLACE_LEVELS = "省市县区旗镇乡道";

  /** The confidence of a polluter the rules name (a kind of unit is given at 0.5). */
  static final double NAMED_POLLUTER = 0.8;
  /** The probability from which the polluter finder's tokens are in a span (nlp-models/README.md, "polfinder"). */
  static final double LEARNED_POLLUTER_AT = 0.5;
  /** A polluter the finder reads is given as a kind is: the dialog asks the petitioner to confirm it. */
  static final double LEARNED_POLLUTER_CONFIDENCE = 0.5;

  /**
   * Where the rules name no unit (none, or only a kind), the first span of the learned polluter finder that can be a
   * unit's name, at 0.5 so that the dialog checks it. It reads only the windows ending at a unit word or a capitalised
   * Latin run: most messages cost it a scan of their characters.
   */
  private void learnedPolluter(String raw, String normalised, Normaliser.Mapped mapped, String text, Extraction.Builder b) {
    for (PolluterFinder.Found f : polluters.find(text, LEARNED_POLLUTER_AT)) {
      if (polluters.shaped(text, f.start(), f.end())) {
        Extraction.Field field = new Extraction.Field(text.substring(f.start(), f.end()), LEARNED_POLLUTER_CONFIDENCE,
            f.start(), f.end());
        String written = raw.equals(normalised) ? null : asWritten(raw, normalised, mapped, field);
        b.set("polluter", written != null ? written : field.value(), field.confidence(), f.start(), f.end());
        return;
      }
    }
  }

  /** The probability from which a name the model finds is masked (nlp-models/README.md, "A learned name finder"). */
  static final double LEARNED_NAME_AT = 0.3;

  /**
   * The names the learned finder reads that the rules did not: each masked too, and everywhere else its words are
   * written (a name of two characters or more). A name left readable is a leak, a word masked that is none costs a
   * reader little: the union errs towards masking. Someone else's unless it is the writer's name the rules read.
   */
  private void learnedNames(String raw, String normalised, Normaliser.Mapped mapped, Extraction.Builder b,
      List<Identity> spans) {
    String writer = b.value("name").orElse(null);
    List<LearnedNames.Found> found = learned.find(normalised, learnedAt);
    for (LearnedNames.Found f : found) {
      if (writer == null && f.start() < MAX_CHARS && rules.nameShaped(normalised, f.start(), f.end())
          && writerAt(normalised, f.start(), f.end(), b.phoneSpans()) && !someoneElses(spans, mapped.toRaw(f.start(), f.end()))) {
        writer = normalised.substring(f.start(), f.end());
        b.set("name", writer, LEARNED_NAME_CONFIDENCE, f.start(), f.end());
      }
    }
    addLearned(raw, normalised, mapped, writer, spans, found);
  }

  /**
   * Whether the rules read the words at {@code r} (raw) as someone else's name (外公名字叫X: a relative's): the model's
   * finding the name there makes it no writer's (r23rest).
   */
  private static boolean someoneElses(List<Identity> spans, int[] r) {
    for (Identity i : spans) {
      if (Identity.NAME.equals(i.type()) && Identity.THIRD.equals(i.whose()) && i.start() <= r[0] && r[1] <= i.end()) {
        return true;
      }
    }
    return false;
  }

  private static final java.util.regex.Pattern LATIN_WORD = java.util.regex.Pattern.compile("[A-Za-z]+");

  /** The model's names not yet masked by {@code spans}, added to them (see {@link #forRedaction}). */
  private void addLearned(String raw, String normalised, Normaliser.Mapped mapped, String writer, List<Identity> spans,
      List<LearnedNames.Found> found) {
    int before = spans.size();
    for (LearnedNames.Found f : found) {
      int[] r = mapped.toRaw(f.start(), f.end());
      if (r[1] <= r[0] || covered(spans, before, r[0], r[1]) || !rules.nameShaped(normalised, f.start(), f.end())) {
        continue;
      }
      String words = raw.substring(r[0], r[1]);
      if (Names.measureAfterNumeral(raw, r[0])) {
        continue; // "两周前", "3周了": a numeral's measure word (周 is also a surname), a time, not a person
      }
      if (Names.approximationAfterCount(raw, r[0], r[1])) {
        continue; // "五十人左右": about fifty people (左 is also a surname), a count, not a person
      }
      if (LATIN_WORD.matcher(words).matches() && english.provinceOrCity(words)) {
        continue; // "…Xuanwu District, Nanjing keeps us awake": the city, not a person (an anonymous summary kept it)
      }
      String whose = words.equals(writer) ? Identity.PETITIONER : Identity.THIRD;
      spans.add(new Identity(Identity.NAME, whose, r[0], r[1]));
      if (words.length() >= 2) {
        for (int i = raw.indexOf(words); i >= 0; i = raw.indexOf(words, i + 1)) {
          if (i != r[0] && !covered(spans, spans.size(), i, i + words.length())) {
            spans.add(new Identity(Identity.NAME, whose, i, i + words.length()));
          }
        }
      }
    }
    if (spans.size() > before) {
      spans.sort(java.util.Comparator.comparingInt(Identity::start).thenComparingInt(Identity::end));
    }
  }

  /** The writer's name from the model is a guess the dialog confirms. */
  static final double LEARNED_NAME_CONFIDENCE = 0.5;
  /** The words with which a writer names themselves (the model's name is looked for only where one stands). */
  static final Pattern NAME_CUE = Pattern.compile("我叫|俺叫|阮叫|名叫|名字|联系人|落款|反映人|举报人|投诉人|签名|署名|具名|(?i:my name is|regards|sincerely)");
  static final String NAME_CUE_FIRSTS = "我俺阮名联落反举投签署具mMrRsS";
  private static final Pattern NAME_THEN = Pattern.compile("电话|手机|联系|家住|住在|今年|敬上|谨上");
  /** The words just before the writer's own name: the model's name there is the writer's. */
  private static final Pattern WRITER_CUE = Pattern.compile("(?:我叫|我是|本人|俺叫|我系|阮叫|名叫|名字叫|名字是|我的名字是|联系人|落款|反映人"
      + "|举报人|投诉人|签名|署名|具名人|(?i:my name is|i am|i'm|this is|regards,|sincerely,))[\\s:：]*$");

  /**
   * Whether a name at {@code s…e} stands where the writer gives their own: a full name (two characters or more) just
   * after a self or signing cue, just before the phone number, or as the text's last words (a signature).
   */
  static boolean writerAt(String text, int s, int e, List<int[]> phones) {
    if (e - s < 2 || e < text.length() && Tokens.han(text.charAt(e)) && !NAME_THEN.matcher(text).region(e, text.length()).lookingAt()) {
      return false; // 我是华宇纸业的工人: a name ends where the clause does, or before 电话, 家住…
    }
    if (WRITER_CUE.matcher(text).region(Math.max(0, s - 12), s).find()) {
      return true;
    }
    if (s > 0 && Tokens.han(text.charAt(s - 1))) {
      return false; // before the phone or at the end, a name stands apart (…来查一查 is no signature)
    }
    int k = e;
    while (k < text.length() && " ，,：:（(".indexOf(text.charAt(k)) >= 0) {
      k++;
    }
    if (phones != null) {
      for (int[] ph : phones) {
        if (ph[0] == k) {
          return true;
        }
      }
    }
    int end = e;
    while (end < text.length() && " \n\t。.！!".indexOf(text.charAt(end)) >= 0) {
      end++;
    }
    return end == text.length();
  }

  /** Whether a name span of the first {@code n} spans already masks every character of start…end. */
  private static boolean covered(List<Identity> spans, int n, int start, int end) {
    for (int k = 0; k < n; k++) {
      Identity i = spans.get(k);
      if (Identity.NAME.equals(i.type()) && i.start() <= start && end <= i.end()) {
        return true;
      }
    }
    return false;
  }

  /**
   * The digits told around a phone that are no number alone (a start taken back, a corrected tail): phone spans too,
   * whose the nearest phone is.
   */
  private static void told(List<int[]> told, List<Identity> spans) {
    if (told.isEmpty()) {
      return;
    }
    for (int[] t : told) {
      Identity near = null;
      boolean covered = false;
      for (Identity i : spans) {
        if (i.type().equals(Identity.PHONE)) {
          covered |= i.start() <= t[0] && t[1] <= i.end();
          int gap = i.end() <= t[0] ? t[0] - i.end() : Math.max(0, i.start() - t[1]);
          if (near == null || gap < (near.end() <= t[0] ? t[0] - near.end() : Math.max(0, near.start() - t[1]))) {
            near = i;
          }
        }
      }
      if (!covered) {
        spans.add(new Identity(Identity.PHONE, near == null ? Identity.PETITIONER : near.whose(), t[0], t[1]));
      }
    }
    spans.sort(java.util.Comparator.comparingInt(Identity::start).thenComparingInt(Identity::end));
  }

  /** A number as written: letters and digits half-width and upper case, dashes kept, spaces dropped. */
  /** Chinese numerals as a number is read out, each by the digit at its place in DIGIT_OF. */
  private static final String SAID_DIGITS = "零〇一幺二两三四五六七八九";
  private static final String DIGIT_OF = "0011223456789";

  private static String saidAsDigits(String said) {
    StringBuilder d = new StringBuilder(said.length());
    for (int i = 0; i < said.length(); i++) {
      d.append(DIGIT_OF.charAt(SAID_DIGITS.indexOf(said.charAt(i))));
    }
    return d.toString();
  }

  private static String asWritten(String raw) {
    StringBuilder w = new StringBuilder(raw.length());
    for (int i = 0; i < raw.length(); i++) {
      char c = raw.charAt(i);
      c = c >= '\uFF01' && c <= '\uFF5E' ? (char) (c - 0xFEE0) : c;
      if ("-—–".indexOf(c) >= 0) {
        w.append('-');
      } else if (c < 128 && Character.isLetterOrDigit(c)) {
        w.append(Character.toUpperCase(c));
      }
    }
    return w.toString();
  }

  /** The last text english() read and its answer: the rules ask again of the same text some ten times a message. */
  private record English(String text, boolean english) {}

  private static volatile English lastEnglish;

  static boolean english(String text) {
    English last = lastEnglish;
    if (last != null && last.text() == text) {
      return last.english();
    }
    boolean en = readEnglish(text);
    lastEnglish = new English(text, en);
    return en;
  }

  private static boolean readEnglish(String text) {
    // One pass, and the script table only for non-ASCII: this runs on every message.
    long han = 0;
    long latin = 0;
    for (int i = 0; i < text.length(); ) {
      int c = text.codePointAt(i);
      i += Character.charCount(c);
      if (c < 128) {
        if (Character.isLetter(c)) {
          latin++;
        }
      } else if (Tokens.han(c)) {
        han++;
      }
    }
    return han == 0 ? latin > 0 : latin > han * 4;
  }

  /**
   * The persons named, again with HanLP's person recognition telling how long a name is (我叫张伟弓长张…:
   * 张伟), and the writer's name among them.
   */
  private void name(String text, List<Term> terms, Extraction.Builder b) {
    boolean[] person = new boolean[text.length()];
    boolean any = false;
    int offset = 0;
    for (Term t : terms) {
      int start = offset;
      offset += t.word.length();
      if (t.nature.startsWith("nr") && t.word.length() >= 2 && t.word.length() <= 4 && offset <= text.length()) {
        for (int k = start; k < offset; k++) {
          person[k] = true;
        }
        any = true;
      }
    }
    rules.names(text, b, any ? person : null);
  }

  private static final Pattern ID = Pattern.compile("(?<![0-9])([1-9]\\d{5}(?:18|19|20)\\d{2}(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\\d|3[01])\\d{3}[0-9Xx])(?![0-9])");
  private static final int[] ID_WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
  private static final String ID_CHECK = "10X98765432";

  /** An 18-digit resident ID number whose checksum holds (ISO 7064 MOD 11-2). */
  static boolean validId(String id) {
    int sum = 0;
    for (int i = 0; i < 17; i++) {
      sum += (id.charAt(i) - '0') * ID_WEIGHTS[i];
    }
    return Character.toUpperCase(id.charAt(17)) == ID_CHECK.charAt(sum % 11);
  }

  /** An ID number read out or typed with a space or a dash between its digits (3 6 0 7 0 2 …, its last X apart). */
  private static final Pattern SPACED_ID = Pattern.compile("(?<![0-9])((?:[0-9][ \\-]?){17}[0-9Xx])(?![0-9])");

  private static void idNumber(String text, Extraction.Builder b) {
    Matcher m = ID.matcher(text);
    while (m.find()) {
      if (validId(m.group(1))) {
        b.set("idNumber", m.group(1).toUpperCase(), 1.0, m.start(1), m.end(1));
        return;
      }
    }
    if (text.chars().filter(c -> c >= '0' && c <= '9').count() < 17) {
      return; // no room for a spaced number: no second pattern over every message
    }
    Matcher spaced = SPACED_ID.matcher(text);
    while (spaced.find()) {
      String id = spaced.group(1).replaceAll("[ \\-]", "").toUpperCase();
      if (ID.matcher(id).matches() && validId(id)) {
        b.set("idNumber", id, 0.95, spaced.start(1), spaced.end(1));
        return;
      }
    }
  }

  /** Probability (of life and urgent together) at which the urgency classifier flags what the frames missed. */
  static final double URGENT_AT = 0.5;
  /**
   * Probability of a danger to life at which the classifier flags one (and the matter urgent) that the frames missed:
   * lower than {@link #URGENT_AT}, chosen on the curve of the tuned rounds and the six holdouts (UrgencyHoldoutProbe
   * lifegap, branch r26urg): at 0.30 the holdouts' dangers to life 358 → 370 of 376 and urgent 698 → 701 of 714, for
   * false alarms 82 → 90 of 3,723 on rounds four to twenty-six (2.4 %) and 8 → 9 of 648 on the holdouts, 8 again once
   * a harm must be told ({@link #harmTold}) (0.25 would
   * cost 20 more alarms for one more danger to life). The urgent
   * threshold itself was not lowered: at 0.30 it cost 245 alarms (6.6 %) for four more urgent matters, and it found
   * none of round twenty-six's misses at any threshold down to 0.20 (they had no word of any situation, or the classifier
   * read them as nothing at 0.99).
   */
  static final double LIFE_AT = 0.30;
  /** Fewer letters than this (Chinese characters, Latin letters, digits) and the urgency classifier is not asked. */
  static final int CLASSIFIER_MIN_LETTERS = 10;

  static int letters(String text) {
    int n = 0;
    for (int i = 0; i < text.length(); i++) {
      if (Character.isLetterOrDigit(text.charAt(i))) {
        n++;
      }
    }
    return n;
  }

  /**
   * Art 19 by meaning: the situation frames of the rules have flagged what they recognise; the urgency
   * classifier, which reads the kinds of words (@supply, @supply+foul…) beside the words, adds what they
   * missed. Recall comes first: the classifier can add a flag, never remove one. It is not asked where no
   * word of any situation stands, nor where the frames already found a danger to life.
   */
  private void urgency(String text, boolean en, Classifiers.Text tokens, String[] features, Extraction.Builder b) {
    if (!models.has("urgency") || features == null || features.length == 0 || b.value("lifeSafety").isPresent()) {
      return; // no word of any situation to read by meaning, or nothing left to add to a danger to life
    }
    if (letters(text) < CLASSIFIER_MIN_LETTERS) {
      // A dialog's short answer (化工厂, 水污染, 上个月) carries too little for meaning: the classifier's prior, not the
      // text, would decide, and every conversation would raise an urgent alert. The frames still read it.
      return;
    }
    if (placeOnly(text, b)) {
      // A place and nothing else (黑龙江省绥化市望奎县灯塔镇, the dialog's place question answered): the lists' words in its
      // names (黑, 江) are no situation, and the classifier raised an alert at such answers.
      return;
    }
    if (answerLike(text, en, features)) {
      // An answer to the dialog's questions (化工新村14幢502, 那个死水塘): one word of the lists alone, in a name or an
      // address, is no situation; the frames still read it.
      return;
    }
    Map<String, Double> p = models.scores("urgency", tokens, features);
    double life = p.getOrDefault("life", 0.0);
    double urgent = life + p.getOrDefault("urgent", 0.0);
    // Under URGENT_AT a danger to life counts only where the frames guarded nothing (no @guarded: nothing past, feared,
    // rumoured, negated or said of nobody — 没人晕倒也没起火 is no danger the classifier may guess at).
    // And a word of a harm happening must stand among them (a symptom, a death, a leak, a fire, fouling…): a dialog's
    // answer naming only a works and a gas (是宏达化工厂…有毒气体) or counting homes (还有楼上几户) is no danger to guess at.
    boolean lifeLow = life >= LIFE_AT && (life >= URGENT_AT
        || !Arrays.asList(features).contains("@guarded") && harmTold(features));
    if (urgent >= URGENT_AT || lifeLow) { // a danger to life is urgent
      b.put("urgent", "true", Math.min(0.85, Math.max(urgent, life)), 0, text.length());
      b.put("situation", "other", 0.5, 0, text.length());
      if (countsOnly(features)) {
        // Read by meaning where the only words of the lists count people or homes (全村都受影响，三百来户): kept urgent
        // (a short report of a crowd can be one), but marked, so that the dialog does not take an answer to its count
        // question for an alarm.
        b.put("urgentCountsOnly", "true", 0.5, 0, text.length());
      }
    }
    if (lifeLow) {
      b.put("lifeSafety", "true", Math.min(0.85, life), 0, text.length());
    }
  }

  /** Longer than a place's whole chain with its town (内蒙古自治区鄂尔多斯市伊金霍洛旗乌兰木伦镇: 21). */
  static final int PLACE_LETTERS = 32;

  /** Whether the text is the names of places and at most two other letters (在, 这边的…): no report to read by meaning. */
  private boolean placeOnly(String text, Extraction.Builder b) {
    if (letters(text) > PLACE_LETTERS) {
      return false; // a report, not an answer: no gazetteer walk for it
    }
    List<Gazetteer.Mention> places = gazetteer.mentions(text);
    if (places.isEmpty()) {
      return false;
    }
    boolean[] named = new boolean[text.length()];
    for (Gazetteer.Mention m : places) {
      java.util.Arrays.fill(named, m.start(), Math.min(m.end(), text.length()), true);
    }
    // the town read under its county (灯塔镇): the gazetteer's mentions stop at counties
    String town = b.value("town").orElse("");
    for (int i = town.isEmpty() ? -1 : text.indexOf(town); i >= 0; i = text.indexOf(town, i + 1)) {
      java.util.Arrays.fill(named, i, i + town.length(), true);
    }
    int other = 0;
    for (int i = 0; i < text.length(); i++) {
      if (!named[i] && Character.isLetterOrDigit(text.charAt(i)) && ++other > 2) {
        return false;
      }
    }
    return true;
  }

  /** The lists that only count people or homes. */
  private static final Set<String> COUNT_LISTS = Set.of("many", "mass", "crowd_people", "person", "household");

  /** Whether every word of the lists in the text only counts people or homes ("@many", "@mass+crowd_people"). */
  /** The kinds of the frames' lists that tell a harm happening, not only a thing or a count (branch r26urg). */
  private static final Set<String> HARM_LISTS = Set.of("acute", "mild", "strong", "irritation", "death", "leak", "fire",
      "explosion", "alarm", "threat", "trapped", "hospital", "exposure", "smoke", "fumes", "foul", "dump", "crowd",
      "emergency", "poison", "ambulance", "sent", "fall", "spread", "breach", "undrinkable");

  static boolean harmTold(String[] features) {
    for (String f : features) {
      for (String list : f.substring(1).split("\\+")) {
        if (HARM_LISTS.contains(list)) {
          return true;
        }
      }
    }
    return false;
  }

  static boolean countsOnly(String[] features) {
    for (String f : features) {
      for (String list : f.substring(1).split("\\+")) {
        if (!COUNT_LISTS.contains(list)) {
          return false;
        }
      }
    }
    return true;
  }

  /** Up to how many letters a text with one word of the lists alone is read as a dialog's answer. */
  static final int ANSWER_LETTERS = 26;

  /**
   * A dialog's answer rather than a report: one word of the lists alone (no feature "@a+b") in a short text (化工新村14幢502,
   * 那个死水塘). An address with an estate or firm word was tried too and cost holdout four an urgent case: not kept. In
   * English (Flat 3B, Chemical Works Dormitory; Huoyan Chemical Co., Ltd.) one word may stand in two lists (chemical: a
   * fouling and a carrier), and a short text with no pair holds one word of the lists, whatever its singles; its letters
   * count up to twice the Chinese bound (an English word is longer; four times, as the frames' distances, took reports
   * of one sentence).
   */
  static boolean answerLike(String text, boolean en, String[] features) {
    for (String f : features) {
      if (f.indexOf('+') >= 0) {
        return false;
      }
    }
    int n = letters(text);
    return en ? n < ANSWER_LETTERS * 2 : features.length == 1 && n < ANSWER_LETTERS;
  }

  /** The classifier's share in the main kind where the lexicon found complaint words (the rest is theirs). */
  static final double CLASSIFIER_WEIGHT = 0.5;
  /**
   * How much complaint the words must weigh to have their full say: a facility named alone (废品站, 炼焦厂) or a
   * weak word alone is a hint beside the classifier, not the whole answer.
   */
  static final double WORDS_EVIDENCE = 0.5;
  /** Up to how many complaint words the classifier keeps its full share. */
  static final int CLASSIFIER_WORDS = 3;

  /**
   * Main kind from the main complaint: the classifier's probabilities and the lexicon's shares of the
   * complaint words (earlier and emphasised words weigh more, see {@link RuleExtractor#kindVotes}) together;
   * further kinds only where the text complains of them too (a fifth of the complaint words), not where the
   * classifier merely finds them likely.
   */
  private void kinds(String text, Classifiers.Text tokens, RuleExtractor.KindVotes votes, Extraction.Builder b) {
    Map<String, Double> scores = models.scores("kind", tokens);
    Map<String, Double> shares = votes.shares();
    if (scores.isEmpty() && shares.isEmpty()) {
      b.set("kind", null, 0, 0, 0);
      b.kinds(List.of());
      return;
    }
    String main = null;
    double best = -1;
    // A letter with many complaint words: their order (the first complaint, the emphasised one) tells the main
    // kind better than the classifier's bag of words, whose say shrinks beyond three words.
    double weight = votes.words() <= CLASSIFIER_WORDS ? CLASSIFIER_WEIGHT
        : CLASSIFIER_WEIGHT * CLASSIFIER_WORDS / votes.words();
    if (votes.focused()) {
      weight /= 3; // 广场舞…音响声很大…我主要想反映的是…粉尘: the bag of words holds what the writer set aside (r23rest)
    }
    double say = Math.min(1, votes.weight() / WORDS_EVIDENCE);
    Set<String> labels = new LinkedHashSet<>(scores.keySet());
    labels.addAll(shares.keySet());
    for (String k : labels) {
      double p = shares.isEmpty() ? scores.getOrDefault(k, 0.0)
          : weight * scores.getOrDefault(k, 0.0) + (1 - weight) * say * shares.getOrDefault(k, 0.0);
      if (p > best) {
        best = p;
        main = k;
      }
    }
    b.set("kind", main, Math.min(0.95, 0.5 + best / 2), 0, 0);
    b.kinds(shares.isEmpty() ? List.of(main) : votes.kinds(main));
    Lexicon.Hit m = votes.matter(main);
    if (m != null) {
      b.set("matter", m.entry().columns()[1], 0.7, m.start(), m.end());
    }
  }

  /** 检举控告 is decided by who is accused; otherwise the classifier, then the rules. */
  private String category(String text, Classifiers.Text tokens, Extraction.Builder b) {
    boolean accuses = Cues.any(text, "举检控揭反") && ACCUSE.matcher(text).find() && OFFICIAL.matcher(text).find();
    Matcher accusedAt = accuses ? ACCUSED.matcher(text) : null; // read only where an official is accused
    if (accuses && (MISCONDUCT.matcher(text).find() || accusedAt.find())) {
      if (accusedAt.find(0)) {
        b.set("accused", ACCUSED_LEAD.matcher(accusedAt.group(1)).replaceFirst(""), 0.8, accusedAt.start(1), accusedAt.end(1));
      }
      b.set("category", "检举控告", 0.9, 0, text.length());
      return "检举控告";
    }
    Optional<Map.Entry<String, Double>> best = models.best("category", tokens);
    if (best.isPresent() && best.get().getValue() >= 0.5) {
      String label = best.get().getKey();
      String category = label.split("/")[0];
      if ("检举控告".equals(category) && !accuses) {
        category = "申诉求决"; // no official accused: not an accusation whatever the words
        label = "申诉求决/3";
      }
      b.set("category", category, Math.min(0.95, best.get().getValue()), 0, text.length());
      if (label.contains("/")) {
        b.set("subtype", label.split("/")[1], best.get().getValue(), 0, text.length());
      }
      return category;
    }
    return b.value("category").orElse("申诉求决");
  }

  /** Art 24's subtype and the matters outside the environment system that the words make plain. */
  private static void subtypeAndMatter(String text, String category, Extraction base, Extraction.Builder b) {
    if (!"申诉求决".equals(category)) {
      b.set("subtype", null, 0, 0, 0);
      return;
    }
    if (b.value("subtype").isEmpty()) {
      String subtype = PARTY_APPEAL.matcher(text).find() ? "1" : ADMIN.matcher(text).find() ? "2" : "3";
      b.set("subtype", subtype, 0.6, 0, text.length());
    }
    if (base.kinds().isEmpty() && LABOUR.matcher(text).find()) {
      b.set("matter", "labour", 0.8, 0, text.length());
    } else if (Cues.find(LITIGATION, text, LITIGATION_FIRSTS) != null) {
      b.set("matter", "litigation", 0.7, 0, text.length());
    } else if (Cues.any(text, "买卖购") && BOUGHT.matcher(text).find() && SHOP.matcher(text).find()) {
      b.set("matter", "food_safety", 0.6, 0, text.length());
    }
  }

  private static final Pattern INFO = Pattern.compile("渠道|电话多少|接待时间|办公时间|上班时间|在哪里?办公|办公地点|周[末六日天]开门|周[末六日天]上班|几点开门|几点关门|几点上班|几点下班|要不要预约|需不需要预约|需要预约|用不用预约|使唔使预约|地址在哪|怎么反映|找谁反映|向谁反映|如何查询|怎么查|怎么投诉|在哪里投诉"
      // what a complaint needs and whether one may make it (需要提供什么材料, 能用英文投诉吗, can I also file a complaint)
      + "|需要提供什么|需要准备什么|需要什么材料|用什么语言|能用英文|可以用英文|(?i:can i (?:also )?(?:file|make|submit|lodge) (?:a|an)\\b|what (?:information|documents|details) do you need|in what language|which language)"
      + "|(?i:how (do|can) i|hotline|office hours|opening hours|what time do you open|need an appointment|phone number|where can i|can foreigners"
      // how the handling goes: how long it takes, what to expect, what happens next
      + "|how long (?:do|does|will|would) (?:you|it|they)|what to expect|what happens (?:after|next))");
  /**
   * A question of procedure asked alone (多久会有答复, 一定要留真实姓名吗, 投诉之后有没有短信通知, 还是要自己来查): information,
   * whatever word of a kind it holds (r22rest).
   */
  private static final Pattern PROCEDURE_ASKED = Pattern.compile("多久(?:会|能|才)?(?:有)?(?:答复|回复|处理|受理|结果|回音)"
      + "|(?:一定|必须|非得)要?(?:留|写|填|提供)(?:真实)?(?:姓名|名字|实名|电话|身份证)|(?:能不能|可不可以|能否|可以)匿名"
      // 要不要实名, 会不会被厂里知道是我, can I stay anonymous: whether the writer is known (r29rest)
      + "|要不要(?:留|写|填|提供)?(?:真实)?(?:姓名|名字|实名|电话|身份证)|会不会被[^，,。？?]{0,10}知道|(?i:anonymous)"
      + "|有没有\\s*(?:[a-zA-Z]+\\s*)?(?:通知|短信|提醒)|会不会(?:通知|发短信|告诉)|还是要自己(?:来|去)?查|要自己(?:来|去)查吗"
      // how to make a report: by which way, with what papers (是打电话好还是写信好？需要带什么材料？ r24rest)
      + "|需要(?:带|准备|提供|交)(?:些)?什么|(?:打电话|写信|网上|上门|当面|来访|来)[^，,。？?]{0,2}还是[^，,。？?]{0,3}(?:打电话|写信|网上|上门|当面|来访)");
  /**
   * How a report is made and what it brings, asked (找你们还是找城管, 归你们管吗, 应该打哪个电话, 需要拍照吗, 网上能不能举报,
   * 有没有奖励, 几点以后算扰民, do I need a Chinese ID card, do you accept photos): information though it names the kind
   * reported, where no polluter or county is told (q/r10/r13/r14/r15/r19/r27 classes).
   */
  static final Pattern WHICH_OFFICE = Pattern.compile("找你们还是|是找你们|还是找(?:你们|城管|物业|街道|社区|居委会?|派出所|公安|警察|110|住建|交警|市场监管|卫健委|水利|农业)"
      + "|(?i:\\b(?:you|your office) or (?:the )?(?:police|city management|property management|housing bureau)\\b)");
  /** The matter reported told as such (我要举报的是…): a report, whatever it asks of the procedure. */
  private static final Pattern TELLS = Pattern.compile("(?:举报|投诉|反映)的(?:就)?是|(?i:what i (?:want to )?(?:report|complain about) is)");
  static final Pattern REPORTING_ASKED = Pattern.compile("打哪个(?:电话|号码?)|打什么电话|拨(?:哪个|什么)(?:电话|号码?)|(?:需要|要不要|要|用不用|得)(?:先)?(?:拍照|拍视频|录音|留(?:个)?证据|证据)(?:吗|不)|(?:需要|要)(?:带|准备|提供|交)(?:些)?什么|要不要(?:带)?(?:身份证|户口本|证件|证据)"
      + "|有没有(?:奖励|奖金|奖)|有奖励吗|有奖金吗|(?:能|可以)?奖(?:励)?多少|除了[^，,。？?]{0,10}还(?:能|可以)|还(?:能|可以)在[^，,。？?]{0,4}哪|(?:网上|手机上|微信上?)(?:能不能|可不可以|能|可以)(?:举报|投诉|反映|提交)"
      + "|(?:能不能|可不可以|能否)(?:在)?(?:网上|手机上|微信上?)(?:举报|投诉|反映|提交)|有人接电话吗|有没有人接电话"
      + "|几点(?:以后|之后|以前|之前|后|前)[^，,。？?]{0,4}?(?:就)?(?:不能|不许|不准|不可以|不让|算)|算(?:不算)?扰民(?:吗|啊|呀|么|不)|有没有(?:个|什么|相关的?)规定"
      + "|(?i:\\bhow (?:do|can|should|would|does) (?:i|we|a foreigner|foreigners|someone|a resident|one|people) (?:file|make|submit|lodge|report|send)"
      + "|\\bdo i (?:need|have) to\\b|\\bdo i need (?:a|an|my|any)\\b|\\bdo you (?:accept|take) (?:photos?|videos?|pictures?|evidence|recordings?)"
      + "|\\bis there a reward\\b|\\bwho (?:do|should) i (?:call|contact)\\b)");
  /** The office's use doubted, a question that asks nothing (能查出什么, 有什么用, 到底管不管, what good is). */
  private static final Pattern RHETORICAL = Pattern.compile("(?:能|会)?查(?:得)?出(?:来)?(?:什么|个啥|啥)|查得出来吗|有什么用|有啥用|顶什么用|(?:还|到底|究竟)管不管|装什么样子|走个过场|做做样子"
      + "|(?i:what good is|what(?:'s| is) the point of|for show)");
  /** Whether a text asks anything at all: a question mark, a question word, or a request for information. */
  private static final Pattern ASKS = Pattern.compile("[?？吗呢]|请问|咨询|想问|问一下|怎么|如何|哪|什么|多久|多少|是否|能否|可否|可不可以|能不能|有没有|要不要"
      + "|(?i:\\b(?:how|what|where|when|which|who|whether|can i|could you|is it|do i|does)\\b)");
  private static final Pattern HUMAN = Pattern.compile("人工(?!智能|湖|河|林|降雨|养殖)|真人|客服|(?i:human|agent|operator|real person|talk to (a|someone))");
  static final Pattern EVALUATE = Pattern.compile("满意|评价|好评|差评|打分|五星|点赞|点个赞|(?i:satisf|\\b(?:[1-5]|one|two|three|four|five) stars?\\b)");
  /** Every match of EVALUATE starts with one of these (for Cues.find). */
  static final String EVALUATE_FIRSTS = "满评好差打五点sS12345oOtTfF";
  /**
   * The office's own reply or handling named as what is judged (你们回复的…不满意, 你们上次处理…很满意, your reply… not
   * satisfied): a judgement of it, even where the pollution it was about is told again; not a handling asked for (请你们处理一下).
   */
  static final Pattern YOUR_HANDLING = Pattern.compile("(?<![请烦望求让叫])(?:你们|您们|恁|你哋|侬)[^，,。！!？?]{0,4}(?:回复|答复|处理|派(?:了)?人)(?!一下|下|掉|吧)"
      // the result or reply received (处理结果收到了, 收到你们的答复): what a judgement that follows is of
      + "|(?:处理结果|回复|答复|结果)(?:已经)?收到了|收到(?:了)?(?:你们的|恁的)?(?:回复|答复|处理结果)"
      // your written reply, your official response (r22rest)
      + "|(?i:\\byour (?:[a-z]+ )?(?:reply|response|answer|handling)\\b)");
  /** A judgement given (很满意, 不满意, 点赞, one star), not one asked for (给个满意的答复, 满意答复, 满意度). */
  static final Pattern JUDGEMENT = Pattern.compile("满意(?![的度答结交])|点赞|点个赞|差评|好评|(?i:satisfied|\\b(?:[1-5]|one|two|three|four|five) stars?\\b)");
  /** What tells a judgement of a handling even where pollution words are told too (the noise stopped, 不排了). */
  private static final Pattern RESOLVED = Pattern.compile("满意度|解决了|停了|处理好了|没有味道了"
      // the nuisance told as gone or much less (不冒烟了, 不排黑水了, 安静多了, 没味了: r23/r25/r27 classes)
      + "|(?:不|没)(?:再|有)?(?:冒|排|吵|臭|响|闹|熏|呛|漏|倒|烧)[^，,。！!？?\\s]{0,3}了|(?:好|小|轻|少|淡|静|净|清净|安静|干净|清爽)多了|安静了|清净了|没(?:有)?(?:味|烟|声音?|噪音)了"
      // a handling praised for its speed or its care (处理得很快, 办得挺及时: r22rest)
      + "|(?:处理|办|解决)得[很挺真非常太特别]{0,2}(?:快|及时|到位|好)|(?i:stopped|has stopped|was fixed|resolved|thanks for|(?:much|a lot) (?:quieter|cleaner|better)|no (?:more|longer))");
  /** Thanks, a judgement of a handling only where the matter is told as resolved (谢谢你们，…现在好多了). */
  private static final Pattern THANKS = Pattern.compile("谢谢你们|感谢你们|多谢你们|谢谢政府|👍"
      // thanks to the people who came (谢谢师傅们, 感谢你们的工作人员, 多谢晒各位)
      + "|(?:谢谢|感谢|多谢|辛苦)(?:晒)?(?:你们的|恁|您们|你哋|侬|各位|环保局的?|局里的?)?(?:师傅|同志|工作人员|领导|干部|执法人员)"
      + "|(?i:thank you|thanks to (?:you|your|the))");
  /**
   * Characters the simplified standard keeps (通用规范汉字表, 2013: 昇, 甦, 陞 for names, 乾, 於) though the converter maps
   * them: in a name of a text in simplified characters they are the name's own.
   */
  private static final String NAME_KEEPS = "昇甦陞乾於";

  /**
   * The polluter's name as the raw text writes it, where the converter changed Han characters inside it and nowhere
   * else (龙昇石化 in a text in simplified characters: 昇 is a name's character there, not traditional writing), each one
   * of {@link #NAME_KEEPS}; null otherwise. A text in traditional characters keeps the simplified name (the rounds'
   * convention).
   */
  private static String asWritten(String raw, String normalised, Normaliser.Mapped mapped, Extraction.Field f) {
    if (f.end() > normalised.length() || !f.value().equals(normalised.substring(f.start(), f.end()))) {
      return null;
    }
    boolean inside = false;
    for (int i = 0; i < normalised.length(); i++) {
      char c = normalised.charAt(i);
      if (Tokens.han(c) && raw.charAt(mapped.raw()[i]) != c) {
        if (i < f.start() || i >= f.end() || NAME_KEEPS.indexOf(raw.charAt(mapped.raw()[i])) < 0) {
          return null; // 宏達 in a simplified letter: a traditional character typed, the name simplified (r28pol)
        }
        inside = true;
      }
    }
    int[] r = mapped.toRaw(f.start(), f.end());
    return inside && r[1] - r[0] == f.end() - f.start() ? raw.substring(r[0], r[1]) : null;
  }

  /** A question that asks where or how, not of a polluter: where to look up, to test, to complain, which office. */
  private static final Pattern ASKS_WHERE = Pattern.compile("^(?:请问|想问一下|我想问一下|我想咨询一下|咨询一下|问一下)?[^。！!]{0,24}?(?:去哪里|在哪里|到哪里|哪里可以|哪里能|怎么|如何)(?:查|检测|申请|办理|投诉|反映|举报)"
      + "|(?i:\\b(?:which (?:office|department|authority)|who (?:handles|deals with)|where (?:do|can|should) i (?:report|complain)))"
      // a question of the rules (标准是多少, what the noise limits are): information, whatever kind it names
      + "|(?:标准|限值|规定)(?:是多少|是什么|有哪些)"
      // whether something is against the rules, and which office it belongs to (找城管还是找你们, 归谁管)
      + "|算不算违法|就算违法|算违法吗|还是找你们|归谁管|归哪个部门管"
      // what the rules allow and when (有没有规定, 几点到几点可以), and where a thing should go (应该扔到哪里)
      + "|有没有(?:相关的?)?规定|有什么规定|有规定吗|几点到几点(?:可以|能|允许)|什么时间(?:可以|能|允许)|什么时候(?:可以|能|允许)(?:施工|装修)"
      + "|(?:应该|应当|该|要|能|可以)(?:扔|放|倒|送|交|拉|运|处理)(?:到|在|去)?(?:哪里|哪儿|哪)"
      + "|(?i:\\bhow long (?:do|does|will|would) (?:you|it|they)\\b)"
      + "|(?i:\\bwhat (?:are|is) the [a-z ]{0,30}(?:limits?|standards?|rules?|regulations?)\\b|\\bwhat the [a-z ]{0,30}(?:limits?|standards?|rules?|regulations?) (?:are|is)\\b)");
  /** The writer says they only ask and report nothing (我不是来告状的, 是来问的, not reporting yet, just asking). */
  private static final Pattern ONLY_ASKING = Pattern.compile("不是(?:要|来|想)?(?:投诉|举报|告状|告|反映)|是来问的|只是(?:想)?(?:问问|咨询|了解一下)|先问问"
      + "|(?i:\\bnot (?:reporting|complaining|filing|a complaint)|\\bjust (?:asking|a question|wondering)|\\bonly asking)");
  /**
   * A question of information told with a matter around it: where published figures are seen (检测数据在哪点可以看到,
   * 喺边度可以睇到), what papers a business needs (要办啥手续), which of two offices handles it (归你们管还是归物业管, 该找哪个
   * 部门, is this something your bureau handles or should I call…), how to complain (点样投诉).
   */
  private static final Pattern INFO_ASKED = Pattern.compile("(?:在|喺|去|到)(?:哪里|哪儿|哪点|哪个地方|边度|哪)(?:可以|能|才能|可)?(?:看到|查到|睇到|查看|查询|公示)"
      + "|公示在哪|(?:要|需要|得)?办(?:什么|啥|哪些)手续|点样(?:投诉|举报|反映)"
      + "|(?i:\\bis (?:this|that|it) (?:something )?(?:your|the) (?:bureau|office|department)|\\bor should i (?:call|contact|go to|ask))");
  /**
   * Which office handles it (归你们管还是归物业管, 该找哪个部门, your department's job): information where the text names no
   * place and no unit; of a named works (丰台区…废品站，归你们管还是归城管管？) it is a report put as a question.
   */
  private static final Pattern WHICH_OF_OFFICES = Pattern.compile("(?:归|是)你们管还是|还是(?:归|由)\\p{IsHan}{2,5}管|(?:该|应该|要)?找哪个部门|归哪个部门"
      + "|(?i:\\byour (?:department|bureau|office)(?:'s)? (?:job|business)\\b)");
  /** A Chinese text without one of these asks none of ONLY_ASKING, INFO_ASKED, WHICH_OF_OFFICES: no scan made. */
  private static final String INFO_ASKED_CHARS = "哪啥么问边告诉报映咨管？?吗";
  /** A change asked for or suggested beside "not a complaint" (不是投诉，是建议；音响能不能小点声): no mere question. */
  private static final Pattern ACTION_ASKED = Pattern.compile("能不能|能否|可不可以|可否|建议|(?i:\\bcould (?:you|they)\\b|\\bsuggest)");
  /** A grievance asked as a question (为什么还没动工, 有没有人管, 凭什么): a report, whatever else it asks. */
  private static final Pattern GRIEVANCE_ASKED = Pattern.compile("为什么|为啥|凭什么|怎么还|有没有人管|没人管|管不管|(?i:\\bwhy (?:is|are|has|have|hasn't|haven't|does|doesn't|did|didn't)\\b)");
  /** Something asked to be done (请尽快派人, 请查处, please send someone): a report, whatever it asks besides. */
  private static final Pattern DEMANDED = Pattern.compile("请(?:你们)?(?:尽快|赶紧|马上|立即|立刻)?(?:派人|来人|过来|查处|处理|整治|管一管|管管|来查|来看)"
      + "|(?:能不能|能否|可不可以|可否)(?:请你们)?(?:重新|不要|别|停|叫|让|把|派|来|去|查|管)"
      + "|赶紧|快点来|(?i:\\bplease (?:send|come|stop|deal|check|investigate|make them))");

  /** A question of where to turn (应该向哪里反映, 找谁, where should I): the writer asks for the channel. */
  private static final Pattern WHERE = Pattern.compile("向哪里|到哪里|去哪里|哪个部门|找谁|举报电话|投诉电话|热线|号码是多少|电话是多少|(?i:where (?:should|can|do) i|which (?:office|department))");
  /** Words of a complaint told as such: a report, whatever the classifier makes of the rest. */
  private static final Pattern COMPLAINS = Pattern.compile("投诉|举报|反映|控告|检举|(?i:complain|report|accuse)");
  /** Dissatisfaction with a result or a reply: with a request for 复查/复核, a review. */
  static final Pattern DISSATISFIED = Pattern.compile("不满意|处理结果|(?i:not satisfied|unhappy with|dissatisfied)");
  /** Every match of DISSATISFIED starts with one of these (for Cues.find). */
  static final String DISSATISFIED_FIRSTS = "不处nNuUdD";
  /** Every match of REVIEW starts with one of these (for Cues.find). */
  static final String REVIEW_FIRSTS = "复不重申dDrRaA";
  static final Pattern REVIEW = Pattern.compile("复查|复核|不服|不认可|重新(?:核查|调查|检查|处理)|不同意.{0,8}(意见|答复|结果)|申请\\s*(?i:review|re-?check)"
      + "|(?i:disagree|request a review|(?:apply|ask|asking|applying) for (?:a )?review|re-?examin|appeal)");
  /** The office's finding named (复查意见, 处理决定, 检测结论): what 不服 or a fresh look asked is of. */
  private static final Pattern FINDING = Pattern.compile("意见书|答复|(?:复查|处理|调查|检测|监测|核查)(?:意见|结论|结果|决定)");
  /**
   * The matter told as happening again (现在又倒了, 又开始排了, started again): with 复查 asked and no dissatisfaction with the
   * finding, a new report of it, not a review (r27 class).
   */
  private static final Pattern AGAIN = Pattern.compile("又(?:开始|在|偷偷|继续)?[^，,。！!？?]{0,4}?(?:倒|排|冒|烧|放|挖|开工|生产|轰|响|干)|死灰复燃|故态复萌|恢复生产"
      + "|(?i:\\b(?:started|doing|dumping|burning|discharging)\\b[a-z ]{0,12}\\bagain\\b)");
  /**
   * A fresh look asked for (复查, 重新核查, 申请): what makes 不认可 a review; 这样的答复我不认可 with none asked is a judgement of the
   * reply.
   */
  static final Pattern FRESH_LOOK = Pattern.compile("复查|复核|不服|重新|再(?:查|测|检|核|派|来)|申请|(?i:review|re-?examin|appeal|again)");
  /** The office's reply named (收到你们的回复, 这样的答复): what a judgement without a fresh look asked is of. */
  private static final Pattern REPLY = Pattern.compile("回复|答复|(?i:\\b(?:reply|response|answer)\\b)");
  /**
   * Matters of the office that are no complaint, question of procedure or query (volunteering, jobs, its website or app):
   * other, where no pollution is told and no complaint made.
   */
  private static final Pattern OTHER_MATTER = Pattern.compile("志愿者|义工|招聘|实习|网站|官网|网页|公众号|小程序|(?i:volunteer|internship|website|\\bapp\\b|server)"
      // asking for a job (你们单位招不招临时工？我会开车): no report (r24rest)
      + "|招不招|招人吗|招工吗|缺不缺人|临时工|找份工作|找个工作|求职|(?i:any jobs?\\b|hiring|job vacanc)");
  /** A message sent by mistake or taken back (刚才发错了，那条不是投诉): no matter to handle (r27 class). */
  private static final Pattern MISSENT = Pattern.compile("发错了|发错人|发错群|打错了|按错了|点错了|不是(?:发)?给你们的|那条不是投诉|不是要投诉|不用管(?:了)?(?:那条|刚才|上一条)|撤回"
      + "|(?i:wrong (?:number|chat|person|window)|sent (?:it|that|this|the last message)? ?by mistake|by accident|please ignore|ignore (?:my|the|that) (?:last|previous))");
  /**
   * Matters that are no environmental complaint: the app itself (能不能加个夜间模式, 闪退, 验证码), another office's service
   * (补办身份证, 查快递), study and career advice (填志愿, 就业前景): other, where nothing is complained of (r4/r21/r23/r25 classes).
   */
  private static final Pattern APP = Pattern.compile("(?<![a-zA-Z])(?i:app)(?![a-zA-Z])|夜间模式|深色模式|暗黑模式|字(?:体)?太小|闪退|登(?:录|陆)不(?:了|上)|验证码|能不能加个|可不可以加个"
      + "|(?i:dark mode|font size|\\bcrash(?:es|ing)?\\b|\\blog ?in\\b|password|verification code)");
  private static final Pattern ELSEWHERE = Pattern.compile("(?:补办|办理|挂失|换领|申领|办)[^，,。？?]{0,3}(?:身份证|户口|护照|驾照|驾驶证|社保卡|医保卡|结婚证|居住证|港澳通行证)|(?:身份证|户口|护照|驾照|驾驶证|社保卡|居住证)(?:补办|挂失|丢了|过期)"
      + "|查(?:一下|下)?(?:快递|包裹|物流|话费)|快递(?:到哪|单号|丢了|没到)|外卖(?:没到|送错|超时)|火车票|机票|天气预报|填志愿|报志愿|报(?:考)?[^，,。？?]{0,4}专业|就业前景|好就业|考研|考公|考编"
      + "|(?i:passport renewal|which (?:major|university)|career advice)");
  private static final Pattern GREETING = Pattern.compile("^(你好|您好|在吗|谢谢|(?i:hello|hi|hey|thanks|thank you)( there)?)[！!。.，, ]*$");
  static final Pattern STATUS_CUE = Pattern.compile("进度|进展|到哪一步|哪一步了|(?:弄|办|处理|搞|查)到(?:什么|啥)程度"
      // Wu 哪能了/看过伐, Cantonese 有冇消息 (r28rest)
      + "|哪能(?:了|样|啦)|(?:看|来|查|处理)过伐|有冇(?:消息|人理|人嚟)|有没有消息|有消息了?吗|办得怎么样|处理得怎么样|处理到哪|办到哪|有没有结果|有结果了吗|有结果没有?|查了没有?|是不是转到|转到哪|怎么样了|咋样了|怎样了|啷个样了|点样了|结果如何"
      + "|有没有人(?:去|来)?(?:看|处理|联系)|(?:去|来)(?:看)?过没有|(?:去|来)(?:看)?过了吗|(?:去|来)看了没有|(?:去|来)看了吗|结果是啥|结果是什么|受理了没有|受理了吗|处理了没有|处理了吗|有回音吗|没人联系|跟成点|待处理|还没(?:有)?(?:处理|回复|答复|受理)"
      // nobody called back as promised (到现在也没人回), a ticket looked up (你们能查到吗)
      + "|一直没(?:有)?(?:回音|回复|消息|动静)|能查到吗|查得到吗|能不能查到|查不查得到|帮我查(?:一下|下)?(?:进度|工单|单子|我的)"
      + "|(?i:status|progress|any news|any update|what(?:'s| is| has) happen(?:ing|ed) (?:with|to)|how (?:is|are) (?:it|things|my (?:case|complaint|report)) going|been (?:dealt with|handled|looked at)|whether (?:anyone|someone|somebody) has|has (?:anyone|someone|somebody) (?:inspected|checked|looked|come|visited|been)|where (?:it|things|my (?:complaint|case|report)) stands?\\b)");
  /**
   * Nobody called back as promised (到现在也没人回): a query where no polluter is named; beside a named polluter and a fresh
   * visit asked (…钢构厂…到现在没人回复。请再派人) it is a report told again.
   */
  private static final Pattern WAITING = Pattern.compile("(?:到现在|至今|一直|还是)(?:也|都|还)?没(?:有)?人(?:回|联系|理)");
  /** Every match of STATUS_CUE starts with one of these (for Cues.find). */
  static final String STATUS_CUE_FIRSTS = "是转进办处有怎咋啷点结受没跟待还去来一能查帮到哪弄搞看sSpPaAwWhHbB";
  static final Pattern EARLIER = Pattern.compile("投诉过|反映过|举报过|打电话|上次|上回|之前|前天|昨天|上周|上个礼拜|上个星期|上个月|前阵子|前段时间|前几天"
      + "|(?i:reported|complained|submitted|last week|case)");
  /**
   * Told before in other words (登记过一个工单, 前两个礼拜打过电话, 我上礼拜反映的那个, I filed): read only beside a question of
   * progress, so that a report that names an earlier call is not taken for a query by the classifier.
   */
  private static final Pattern EARLIER_MORE = Pattern.compile("打过电话|上一?趟|前些(?:天|日子)|上个?礼拜|上个?星期|登记过|提交过|留言过|工单|前[两几一]个?(?:礼拜|星期|周|月)"
      // 我反应的事 (反映 typed as its homophone), 我投诉的问题 (r29rest)
      + "|(?:反映|反应|投诉|举报)的(?:那个|事|问题)|(?i:\\bfiled\\b)");
  /** Every match of EARLIER starts with one of these (for Cues.find). */
  static final String EARLIER_FIRSTS = "投反举打上之前昨rRcClLsS";

  /**
   * Intent by rules for what words make plain; the classifier for the rest. The cheap conditions (length,
   * kinds, case number) are tested before the patterns, so that a long report scans the text for none.
   */
  /** The text with the spaces between Han characters taken out (speech typed word by word: 举报 污染 除了 打 电话). */
  static String dense(String t) {
    // Only a space after a Han character or ，。？！ is taken out, each at U+2E80 or above: a text with none (English) has
    // none to take out, and the pattern is not run over it (twice an English message: 3 % of its CPU).
    return t.indexOf(' ') < 0 || !anyAbove(t, '\u2e80') ? t : SPACE_IN_HAN.matcher(t).replaceAll("");
  }

  private static final Pattern SPACE_IN_HAN = Pattern.compile("(?<=[\\p{IsHan}，。？！])\\s+(?=[\\p{IsHan}，。？！])");

  private static boolean anyAbove(String t, char low) {
    for (int i = 0; i < t.length(); i++) {
      if (t.charAt(i) >= low) {
        return true;
      }
    }
    return false;
  }

  /**
   * The office's handling graded in so many words (评价为不满意, 对本次处理结果不满意, 处理结果我很满意): an evaluation, even in a
   * long letter that tells the pollution again (r29rest).
   */
  private static final Pattern GRADED = Pattern.compile(
      "评价为[“\"「]?(?:不满意|满意|基本满意|非常满意|很满意|很不满意)|(?:此次|本次|这次|上次)处理结果[^。！？!?\n]{0,8}?满意");

  /**
   * The characters of the writer's name and phone (我叫 蒋红梅 电话幺三八…): a query signed is no longer a query told at
   * length (r29rest).
   */
  private static int signature(Extraction base) {
    int n = 0;
    for (String f : new String[] {"name", "phone"}) {
      Extraction.Field x = base.fields().get(f);
      if (x != null && x.end() > x.start()) {
        n += x.end() - x.start();
      }
    }
    return n;
  }

  /** The writer asking again of a case (第四次来问, 又来问了, 问了好几次). */
  private static final Pattern ASKED_AGAIN = Pattern.compile("第[二三四五六七八九十几2-9]次(?:来|打电话)?问|又来问|问了(?:好几|几|[二三四五两3-9])次");

  /** A rumour told and asked about (听说…有毒，是真的吗; 听讲…真唔真㗎). */
  private static final Pattern RUMOUR_ASKED = Pattern.compile(
      "(?:听讲|听说|听人讲|听人说|据说|网上说|有人说)[^？?]{2,40}(?:真唔真|系唔系真|是真的吗|是不是真的|真的吗|真的假的|是真是假)");

  static String ruledIntent(String t, Extraction base) {
    boolean hasCase = base.field("caseNumber").isPresent();
    if (GREETING.matcher(t.strip()).matches()) {
      return "greeting";
    }
    boolean dissatisfied = Cues.find(DISSATISFIED, t, DISSATISFIED_FIRSTS) != null;
    if ((hasCase || dissatisfied || FINDING.matcher(t).find()) && Cues.find(REVIEW, t, REVIEW_FIRSTS) != null
        && (dissatisfied || base.kinds().isEmpty() || t.contains("不服") || t.contains("不认可") || !AGAIN.matcher(t).find())) {
      // 对处理结果不满意，能申请复查吗: a review asked for, whether or not the case number is read; 不认可 with no fresh look
      // asked, of the office's reply, is a judgement of it; the pollution told as back again (现在又倒了，请复查) with no
      // quarrel with the finding is a new report of it
      return !t.contains("不认可") || FRESH_LOOK.matcher(t).find() || !REPLY.matcher(t).find() ? "review" : "evaluate";
    }
    if (t.length() < 600 && (t.contains("评价") || t.contains("满意")) && GRADED.matcher(t).find()) {
      return "evaluate"; // 对此次处理结果评价为不满意: the handling graded in so many words, however long the letter (r29rest)
    }
    if (t.length() < 60 && base.kinds().isEmpty() && MISSENT.matcher(t).find()) {
      return "other"; // 刚才发错了，那条不是投诉: nothing to handle, whatever word of a complaint it holds
    }
    if ("status".equals(base.field("intent").map(Extraction.Field::value).orElse(""))
        || dense(t).length() - signature(base) < (english(t) ? 160 : 80) * (hasCase ? 1.5 : 1) && base.kinds().size() <= (hasCase ? 2 : 1)
            && (hasCase || Cues.find(EARLIER, t, EARLIER_FIRSTS) != null || EARLIER_MORE.matcher(t).find())
            && (Cues.find(STATUS_CUE, t, STATUS_CUE_FIRSTS) != null || base.field("polluter").isEmpty() && WAITING.matcher(t).find())
        || hasCase && t.length() < 400 && base.field("urgent").isEmpty() && ASKED_AGAIN.matcher(t).find()
            && Cues.find(STATUS_CUE, t, STATUS_CUE_FIRSTS) != null) {
      // 这是我第四次来问了…编号…到底查了没有: a case chased again, however much of its history the letter tells (r29rest)
      return "status";
    }
    if ((Cues.find(EVALUATE, t, EVALUATE_FIRSTS) != null || t.length() < 60 && THANKS.matcher(t).find())
        && (base.kinds().isEmpty() && !THANKS.matcher(t).find() || t.length() < 120 && RESOLVED.matcher(t).find()
            || t.length() < (english(t) ? 240 : 120) && YOUR_HANDLING.matcher(t).find() && JUDGEMENT.matcher(t).find())) {
      return "evaluate"; // 满意 of a handling, even where the pollution it ended is named
    }
    if ((english(t) || Cues.any(t, INFO_ASKED_CHARS)) && base.field("urgent").isEmpty() && dense(t).length() < (english(t) ? 320 : 140)
        && (ONLY_ASKING.matcher(t).find() && ASKS.matcher(t).find() && !ACTION_ASKED.matcher(t).find() || INFO_ASKED.matcher(t).find()
            || base.field("county").isEmpty() && base.field("polluter").isEmpty() && WHICH_OF_OFFICES.matcher(t).find())
        && !RHETORICAL.matcher(t).find() && !DEMANDED.matcher(t).find() && !TELLS.matcher(t).find()
        && !GRIEVANCE_ASKED.matcher(t).find() && !LABOUR.matcher(t).find()) {
      // 我不是来告状的，想问问要办啥手续; 检测数据在哪里能看到; 装修噪音归你们管还是归物业管 (no place, no unit named): a
      // question, whatever it tells around it, where no danger is told and nothing is asked to be done (r28rest)
      return "info";
    }
    if (t.length() < 60 && base.field("polluter").isEmpty() && base.field("county").isEmpty()
        && Cues.any(t, "多一必非能可有会还要") && PROCEDURE_ASKED.matcher(t).find()) {
      return "info"; // 反映问题一般多久会有答复？是不是一定要留真实姓名？ (r22rest)
    }
    if (base.field("polluter").isEmpty() && base.field("county").isEmpty() && !LABOUR.matcher(t).find()) {
      String d = dense(t);
      if ((d.length() < (english(t) ? 160 : 60) && REPORTING_ASKED.matcher(d).find() || d.length() < 36 && WHICH_OFFICE.matcher(d).find())
          && !TELLS.matcher(d).find()) {
        return "info"; // 投诉噪音是找你们还是找城管, do I need a Chinese ID card: how a report is made, not one
      }
    }
    if (t.length() < 40 && HUMAN.matcher(t).find()) {
      return "human";
    }
    if (base.kinds().isEmpty() && INFO.matcher(t).find() && !LABOUR.matcher(t).find() && !LITIGATION.matcher(t).find()) {
      return "info";
    }
    if (t.length() < (english(t) ? 120 : 60) && ASKS_WHERE.matcher(t).find() && base.field("polluter").isEmpty()
        && base.field("county").isEmpty()) {
      return "info"; // 请问去哪里查排污许可证: a question of procedure, whatever it names
    }
    if (t.length() < (english(t) ? 120 : 50) && base.field("polluter").isEmpty() && base.field("county").isEmpty()
        && !COMPLAINS.matcher(t).find() && (base.kinds().size() <= 1 && APP.matcher(t).find() || base.kinds().isEmpty() && ELSEWHERE.matcher(t).find())) {
      return "other"; // 你们这个app能不能加个夜间模式, 能办身份证吗, 填志愿报环境工程: no matter for this office
    }
    if (base.kinds().isEmpty() && OTHER_MATTER.matcher(t).find() && !COMPLAINS.matcher(t).find()) {
      return "other"; // 你们招不招志愿者, the website will not load: no report, query or question of procedure
    }
    return null;
  }

  private void intent(String text, boolean en, Classifiers.Text tokens, Extraction base, Extraction.Builder b) {
    String byRule = ruledIntent(text, base);
    if (byRule != null) {
      b.set("intent", byRule, 0.9, 0, text.length());
      return;
    }
    String ruled = "report";
    boolean longText = text.codePointCount(0, text.length()) > (en ? 80 : 30);
    if (longText && !base.kinds().isEmpty()) {
      // A long message about pollution that no rule reads as a query is a report: no need to ask the model.
      b.set("intent", "report", 0.9, 0, text.length());
      return;
    }
    Optional<Map.Entry<String, Double>> best = models.best("intent", tokens);
    String intent = ruled;
    double conf = 0.6;
    if (best.isPresent()) {
      intent = best.get().getKey();
      conf = best.get().getValue();
      if (!"report".equals(intent) && !"review".equals(intent) && !"status".equals(intent)
          && (!base.kinds().isEmpty() && (conf < 0.8 || longText) || ("greeting".equals(intent) || "other".equals(intent))
              && (longText || base.field("county").isPresent() || base.field("urgent").isPresent()))) {
        intent = "report"; // it tells of pollution at length, or where (祁东县的): a report, however it starts
      }
      if (("greeting".equals(intent) || "other".equals(intent)) && RUMOUR_ASKED.matcher(text).find()) {
        intent = "report"; // 听讲…水库啲水有毒，真唔真㗎: a harm heard of and asked about is a matter told (r29rest)
      }
      if ("status".equals(intent) && base.field("caseNumber").isEmpty() && Cues.find(EARLIER, text, EARLIER_FIRSTS) == null
          && Cues.find(STATUS_CUE, text, STATUS_CUE_FIRSTS) == null && !WAITING.matcher(text).find()) {
        // no case number, nothing told before and no question of progress (说那个沙场的事): a matter told, not a query
        intent = "report";
      }
      boolean complaint = longText && COMPLAINS.matcher(text).find() && !WHERE.matcher(text).find()
          || LABOUR.matcher(text).find();
      if (("info".equals(intent) || "other".equals(intent)) && complaint) {
        intent = "report"; // I want to complain about…, 拖欠社保找谁反映: a matter told, whatever else it asks
      }
      if ("info".equals(intent) && (base.field("urgent").isPresent() && !base.kinds().isEmpty() || (base.field("county").isPresent()
          || base.field("polluter").isPresent() || !base.kinds().isEmpty()) && RHETORICAL.matcher(text).find())) {
        // 大通县那个水泥厂…你们白天来查能查出什么: the office's use doubted of a matter told, where, is a report (r8 class);
        // so is a danger told, whatever it asks
        intent = "report";
      }
      if ("info".equals(intent) && longText && !ASKS.matcher(text).find()) {
        intent = "report"; // a matter told at length that asks nothing (加弹机二十四小时轰…我叫…电话…): no query (r22rest)
      }
    }
    b.set("intent", intent, Math.max(conf, 0.8), 0, text.length());
  }
}
