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
    return mayWish(t) && WISH.matcher(t).find();
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
    Matcher m = WISH.matcher(t);
    if (!m.find()) {
      return x;
    }
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
