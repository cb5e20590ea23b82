package org.ecopetition.gateway.dialog;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.ecopetition.gateway.nlp.Extraction;

/**
 * The petitioner's wish that the reported party not learn who reported ("不想让他们知道是我", "别说是我举报的", "don't
 * tell them it was me"), in words the extractor's {@code confidentialityRequested} (保密, 不要透露, confidential) does
 * not read: the same flag, so that a slot filled by it ({@code flagged}) takes its value, wherever it is said. The
 * words name the party or say "it was me": "我不想知道", "别让他们再排了", "他们不想让人知道排了什么" are no such wish.
 */
final class Confidential {
  private Confidential() {}

  static final String FIELD = "confidentialityRequested";

  /** Whom the petitioner does not want to know (the reported party in everyday words). */
  private static final String PARTY = "(?:他们|他家|他|她|对方|厂里|厂家|厂子|工厂|老板|企业|公司|单位|店家|店里|工地|人家|别人|那边|那家|"
      + "被投诉(?:的)?(?:单位|企业|人|方|那家)?|被举报(?:的)?(?:单位|企业|人|方)?|邻居|村里|村干部)";
  private static final String LEAD = "(?:千万|一定)?(?:不想|不要|别|不能|不愿意|不愿|不希望|不可以|莫)";
  private static final String ME = "(?:是我(?:反映|举报|投诉|报|打电话|说|告)?(?:的)?)";
  private static final String EN_PARTY = "(?:them|him|her|anyone|the (?:factory|company|owner|boss|plant|farm|shop|site|polluter|"
      + "neighbou?rs?))";
  static final Pattern WISH = Pattern.compile(
      LEAD + "(?:让|叫|被)" + PARTY + "(?:知道|晓得|发现)" + ME + "?"
          + "|" + LEAD + PARTY + "(?:知道|晓得)" + ME
          + "|" + LEAD + "(?:跟" + PARTY + ")?(?:说|讲|告诉" + PARTY + "?|透露给" + PARTY + ")" + ME
          + "|" + LEAD + "(?:暴露|泄露|公开|透露)(?:我的?(?:身份|名字|姓名|信息|电话)?|身份|姓名|名字)"
          + "|怕(?:让|被)?" + PARTY + "(?:知道|晓得)" + ME
          // Fear of what the party would do once they know ("我怕被老板知道开除我", "怕被打击报复"): the same wish.
          + "|怕(?:让|被)?" + PARTY + "(?:知道|晓得)(?:了)?(?:会|要|就|以后)?(?:开除|辞退|炒|报复|找我麻烦|给我穿小鞋)"
          + "|怕(?:被)?" + PARTY + "?(?:打击)?报复"
          + "|(?i:(?:afraid|scared|worried|fear)\\s+(?:of\\s+)?(?:retaliation|reprisals?|being\\s+fired|losing\\s+my\\s+job)"
          + "|(?:afraid|scared|worried)\\s+(?:that\\s+)?(?:they|my\\s+boss|the\\s+boss|my\\s+employer)\\s+(?:will|would|might)\\s+"
          + "(?:fire\\s+me|find\\s+out|retaliate))"
          + "|(?i:(?:please\\s+)?(?:don[’']?t|do not|never)\\s+(?:tell\\s+" + EN_PARTY + "(?!\\s+to\\b)|let\\s+" + EN_PARTY
          + "\\s+know)(?:\\s+(?:that\\s+)?(?:it was|it's|it is|who)\\s+(?:me|i am|reported(?: it)?))?"
          + "|keep\\s+(?:my\\s+(?:name|identity|details)|me)\\s+(?:secret|private|confidential|hidden)(?:\\s+from\\s+them)?"
          + "|(?:don[’']?t|do not)\\s+(?:reveal|disclose|share|give\\s+(?:them|out))\\s+my\\s+(?:name|identity|details))");

  /** Whether {@code text} says the wish in the words above (naming the party or "it was me"), not only "保密". */
  static boolean says(String text) {
    String t = Text.halfWidth(Text.simplified(text));
    return mayWish(t) && own(t).isPresent();
  }

  /**
   * The first saying of the wish in {@code t} that is the writer's own. A fear ("怕被报复", "afraid of retaliation") is
   * the writer's unless someone else is the one afraid: the last person named before it in its clause ("他们怕被报复",
   * "邻居们都怕被报复", "工人说怕被开除", "the workers are afraid of retaliation") — told of them, it is theirs, not the
   * writer's wish; "我怕他们报复", "我们都怕被报复", "I'm afraid they will find out" are the writer's.
   */
  static Optional<java.util.regex.MatchResult> own(String t) {
    Matcher m = WISH.matcher(t);
    while (m.find()) {
      if (!FEAR.matcher(m.group()).lookingAt() || !fearOfOthers(t.substring(0, m.start()))) {
        return Optional.of(m.toMatchResult());
      }
    }
    return Optional.empty();
  }

  /** A saying of the wish that is a fear. */
  private static final Pattern FEAR = Pattern.compile("怕|(?i:afraid|scared|worried|fear)");
  /** The clause before a fear. */
  private static final Pattern CLAUSE_END = Pattern.compile("[，,。.;；!！?？]");
  /** Who is afraid: the writer (我, we) or someone else (他们, 邻居, the workers); the last named before the fear. */
  private static final Pattern WHO = Pattern.compile(
      "(?<me>我们|我|俺们|俺|咱们|咱|本人|自己)|(?<other>他们|她们|他|她|人家|别人|大家|大伙儿?|邻居|街坊|乡亲|村民|居民|工人|员工|职工|"
          + "师傅|老百姓|群众|老人|孩子|家属|亲戚|朋友|同事|阿姨|大爷|大妈|大娘|老乡|村里人|好多人|很多人|不少人|有人)"
          + "|(?i:\\b(?<meEn>i|i'm|im|i am|we|we're|we are|me|us|myself)\\b|\\b(?<otherEn>they|they're|he|he's|she|she's|"
          + "workers?|neighbou?rs?|people|villagers?|residents?|everyone|everybody|others|staff|employees?|families|folks?)\\b)");

  private static boolean fearOfOthers(String before) {
    int cut = -1;
    Matcher end = CLAUSE_END.matcher(before);
    while (end.find()) {
      cut = end.end();
    }
    String clause = before.substring(Math.max(0, cut));
    Matcher who = WHO.matcher(clause);
    boolean other = false;
    while (who.find()) {
      other = who.group("other") != null || who.group("otherEn") != null;
    }
    return other;
  }

  /**
   * Whether {@link #WISH} can match in {@code t} at all: each of its Chinese forms holds 不, 别, 莫 or 怕 (a {@link #LEAD}
   * or 怕), each English one Latin letters. Many answers hold neither (a place, a time, a name, a count), and this is
   * cheaper than the search, which tries its alternatives at every position (issue 16: ≈ 5 % of the engine's time).
   */
  static boolean mayWish(String t) {
    for (int i = 0, n = t.length(); i < n; i++) {
      char c = t.charAt(i);
      if (c == '不' || c == '别' || c == '莫' || c == '怕' || c < 0x80 && Character.isLetter(c)) {
        return true;
      }
    }
    return false;
  }

  /** {@code x} with the flag raised where {@code text} says the wish in words the extractor missed. */
  static Extraction read(Extraction x, String text) {
    if (x.flag(FIELD)) {
      return x;
    }
    String t = Text.halfWidth(Text.simplified(text));
    if (!mayWish(t)) {
      return x;
    }
    Optional<java.util.regex.MatchResult> found = own(t);
    if (found.isEmpty()) {
      return x;
    }
    java.util.regex.MatchResult m = found.get();
    Map<String, Extraction.Field> fields = new LinkedHashMap<>(x.fields());
    fields.put(FIELD, new Extraction.Field("true", 0.9, m.start(), m.end()));
    return new Extraction(fields, x.kinds(), x.identities(), x.affected());
  }

  /** Joining words left at the edges once the wish is set aside ("愿意，但" → "愿意"). */
  private static final Pattern EDGE_WORDS = Pattern.compile(
      "^[\\s,，。.;；!！、]*(?:(?:但是|但|不过|只是|可是|就是|而且|并且|还有|另外|还是|那就|那|也|and|but|please)[\\s,，]*)*"
          + "|[\\s,，。.;；!！、]*(?:(?:但是|但|不过|只是|可是|就是|而且|并且|还有|另外|请|麻烦|务必|一定要|一定|你们|为我|替我|帮我|给我|also|and|but|just|"
          + "please)[\\s,，。.;；!！、]*)*$",
      Pattern.CASE_INSENSITIVE);

  /** What the message says besides the wish (its span in {@code x}), edges trimmed; empty when nothing else. */
  static Optional<String> rest(Extraction x, String field, String text) {
    Optional<Extraction.Field> f = x.field(field);
    if (f.isEmpty() || f.get().end() > text.length() || f.get().start() < 0) {
      return Optional.of(text);
    }
    String without = text.substring(0, f.get().start()) + "，" + text.substring(f.get().end());
    String trimmed = EDGE_WORDS.matcher(without.strip()).replaceAll("").strip();
    return Text.key(trimmed).isEmpty() ? Optional.empty() : Optional.of(trimmed);
  }
}
