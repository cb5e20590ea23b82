package org.ecopetition.gateway.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Phones told in speech and chat (issue 11/14: a petitioner's identity never reaches the party they report): read out
 * in Chinese numerals (幺 one, 两 two, 洞 zero), in groups parted by commas, dashes, pauses and fillers (嗯, 呃, 那个),
 * a group said again, the number said twice, corrected while or after it is said (both numbers are mentions), split
 * over two messages, in English words. Every mention must be a span covering the number as written, and the redacted
 * copy must leave none of its digits readable as RedactionEvaluationTest reads them. Sentences of our own; no
 * evaluation round's wording. The look-alikes (case, ID and licence numbers, money, dates, counts, decibels,
 * concentrations) must not become phones.
 */
class SpokenPhonesTest {
  static HanLpExtractor extractor;

  @BeforeAll
  static void load() {
    extractor = new HanLpExtractor(Gazetteer.bundled(), Classifiers.bundled());
  }

  /** A family, a text, and each mention of a number in it as written (every occurrence must be covered). */
  record Told(String family, String text, List<String> mentions) {
    @Override
    public String toString() {
      return family + ": " + text.replace("\n", "⏎");
    }
  }

  static Told told(String family, String text, String... mentions) {
    return new Told(family, text, List.of(mentions));
  }

  static Stream<Told> told() {
    return Stream.of(
        // Chinese numerals, 幺 for one, 两 for two, 洞/零/〇 for zero
        told("numerals", "我手机号是幺三九八七六五四三二幺，有事打给我", "幺三九八七六五四三二幺"),
        told("numerals", "电话一五零两六六八洞洞七三，白天都在家", "一五零两六六八洞洞七三"),
        told("numerals", "我的号码 幺八六 洞洞三二 七七四五 随时打", "幺八六 洞洞三二 七七四五"),
        told("numerals", "联系方式一三六〇五七一二八四九，姓什么就不说了", "一三六〇五七一二八四九"),
        told("numerals", "打这个号 一八九 两两四七 幺幺三六 就行", "一八九 两两四七 幺幺三六"),
        // groups parted by commas, enumeration commas, dots, dashes, slashes, ellipses
        told("groups", "我电话是一三九，八七六五，四三二一", "一三九，八七六五，四三二一"),
        told("groups", "号码 一五八、零二三一、七七六四 你记一下", "一五八、零二三一、七七六四"),
        told("groups", "手机：138，2046，5519", "138，2046，5519"),
        told("groups", "我手机号是 139.0571.2846 找我就行", "139.0571.2846"),
        told("groups", "电话一三七——八八五二——六六一零", "一三七——八八五二——六六一零"),
        told("groups", "我号码一八六…七七二零…三九一五", "一八六…七七二零…三九一五"),
        told("groups", "电话：一三九/八七六五/四三二一", "一三九/八七六五/四三二一"),
        // fillers between groups
        told("fillers", "我电话是一三九，嗯，八七六五，呃，四三二一", "一三九，嗯，八七六五，呃，四三二一"),
        told("fillers", "手机号码幺五二 那个 六六三八 那个 零九四七", "幺五二 那个 六六三八 那个 零九四七"),
        told("fillers", "我的电话呢是一八八嗯零五四二嗯七六三一", "一八八嗯零五四二嗯七六三一"),
        told("fillers", "号码是一三五 然后是 二八六七 然后 四零一九", "一三五 然后是 二八六七 然后 四零一九"),
        told("fillers", "电话就是 一七七 额 三二零八 额 五五六二 好吧", "一七七 额 三二零八 额 五五六二"),
        told("fillers", "我手机一五九，就是，三三七一，就是，八零二六，晚上打", "一五九，就是，三三七一，就是，八零二六"),
        // Arabic digits and numerals mixed
        told("mixed", "我电话139 八七六五 4321", "139 八七六五 4321"),
        told("mixed", "手机号是 一三八 2046 五五一九", "一三八 2046 五五一九"),
        told("mixed", "你打 188 零五四二 7631 就能找到我", "188 零五四二 7631"),
        told("mixed", "号码是幺三六0571二八四九", "幺三六0571二八四九"),
        told("mixed", "我的手机 1 5 0 两六六八 0073", "1 5 0 两六六八 0073"),
        // a group said again, the number said twice
        told("repeated", "电话是一三九 一三九 八七六五 四三二一", "一三九 一三九 八七六五 四三二一"),
        told("repeated", "我手机一五八，一五八零二三一，七七六四", "一五八，一五八零二三一，七七六四"),
        told("repeated", "号码是 一八六 零零三二 零零三二 七七四五", "一八六 零零三二 零零三二 七七四五"),
        told("repeated", "我电话一三九八七六五四三二一，一三九八七六五四三二一，记一下", "一三九八七六五四三二一"),
        told("repeated", "手机 幺五二六六三八零九四七 我再说一遍 幺五二六六三八零九四七", "幺五二六六三八零九四七"),
        told("repeated", "电话一七七三二零八五五六二，重复一遍，一七七 三二零八 五五六二", "一七七三二零八五五六二",
            "一七七 三二零八 五五六二"),
        // corrected while or after it is said: the wrong and the right number are both mentions
        told("corrected", "我电话一三九八七，不对，一三八八七六五四三二一", "一三九八七", "一三八八七六五四三二一"),
        told("corrected", "号码是幺五二六六三八零九四七，说错了，是幺五二六六三八零九四六", "幺五二六六三八零九四七",
            "幺五二六六三八零九四六"),
        told("corrected", "手机一八六零零三二七七四五，不对不对，最后是七七五四", "一八六零零三二七七四五", "七七五四"),
        told("corrected", "我电话是一三九 八七六五，呃不是，一三九 八七六六 四三二一", "一三九 八七六五", "一三九 八七六六 四三二一"),
        told("corrected", "电话188 0542 7631，错了，188 0542 7613", "188 0542 7631", "188 0542 7613"),
        told("corrected", "手机一五零两六，重说一遍，一五零两六六八零零七三", "一五零两六", "一五零两六六八零零七三"),
        told("corrected", "联系电话一三七八八五二六六一零应该是一三七八八五二六六零一", "一三七八八五二六六一零", "一三七八八五二六六零一"),
        told("corrected", "我电话一三九，八七六五……不是，八七六六，四三二一", "一三九，八七六五", "八七六六，四三二一"),
        told("corrected", "手机号一八八 零五四二，呃，说错了，零五四三 七六三一", "一八八 零五四二", "零五四三 七六三一"),
        told("corrected", "号码一五九三三七一八零，不对，八零二六", "一五九三三七一八零", "八零二六"),
        // more words between the groups: 的, 对, a spoken dash (杠), a transcript's note, 么 typed for 幺
        told("fillers", "我电话是幺三九的，八七六五的，四三二一", "幺三九的，八七六五的，四三二一"),
        told("fillers", "手机一八六，对，零零三二，对，七七四五", "一八六，对，零零三二，对，七七四五"),
        told("fillers", "座机零五七一杠八八二三一二三四", "零五七一杠八八二三一二三四"),
        told("fillers", "号码一三九（停顿）八七六五（停顿）四三二一", "一三九（停顿）八七六五（停顿）四三二一"),
        told("fillers", "电话么三九八七六五四三二么，打不通就发短信", "么三九八七六五四三二么"),
        told("fillers", "手机号就是说一五八，就是说零二三一，七七六四", "一五八，就是说零二三一，七七六四"),
        // full-width digits
        told("fullwidth", "电话：１３９ ８７６５ ４３２１", "１３９ ８７６５ ４３２１"),
        told("fullwidth", "手机号１５８，０２３１，７７６４", "１５８，０２３１，７７６４"),
        told("fullwidth", "联系我　１８６　零零三二　７７４５", "１８６　零零三二　７７４５"),
        // with the country code
        told("plus86", "我手机加八六 一三九八七六五四三二一", "一三九八七六五四三二一"),
        told("plus86", "电话 +86 139，8765，4321", "139，8765，4321"),
        told("plus86", "打 86-188-0542-7631 找我", "188-0542-7631"),
        told("plus86", "手机号加86 一五八 零二三一 七七六四", "一五八 零二三一 七七六四"),
        // the country code written with the number is in its span (branch r14fields): +86 then a space
        told("plus86", "My number is +86 138 1234 5678, the river stinks", "+86 138 1234 5678"),
        told("plus86", "有事打 +86 15902318846 找我", "+86 15902318846"),
        // landlines with their area code, a local number after a phone word
        told("landline", "区号零五七一，电话八八二三一二三四", "零五七一", "八八二三一二三四"),
        told("landline", "家里座机 零二一 六四三八 七七二九", "零二一 六四三八 七七二九"),
        told("landline", "办公室电话是区号0371，然后 6593 2210", "0371", "6593 2210"),
        told("landline", "座机号码 八八二三，嗯，一二三四", "八八二三，嗯，一二三四"),
        told("landline", "固话零七五五，两六八四，五五一三", "零七五五，两六八四，五五一三"),
        // a phone's last four digits (尾号): personal data, masked as a phone
        told("tail", "我手机尾号三八七六，你们打过来我就知道", "三八七六"),
        told("tail", "就是尾号是4321的那个号码打的", "4321"),
        told("tail", "电话后四位是七七六四，前面的不方便说", "七七六四"),
        told("tail", "the caller's number, last four digits 7764, rang me twice", "7764"),
        // one number over two messages (a transcript of two voice messages, a chat sent in two lines)
        told("split", "[语音] 我电话是一三九八七\n[语音] 六五四三二一 记一下", "一三九八七", "六五四三二一"),
        told("split", "我手机一八六零零三二\n刚才没说完，后面是七七四五", "一八六零零三二", "七七四五"),
        told("split", "号码：139 8765\n接上条：4321", "139 8765", "4321"),
        told("split", "电话一五零，两六六八\n……\n零零七三", "一五零，两六六八", "零零七三"),
        told("split", "来电人：我电话一三九八七\n来电人：六五四三二一", "一三九八七", "六五四三二一"),
        told("split", "用户: 号码是 一五零两六\n用户: 六八零零七三", "一五零两六", "六八零零七三"),
        // English
        told("english", "My number is one three nine eight seven six five four three two one.",
            "one three nine eight seven six five four three two one"),
        told("english", "Phone: 139 8765 4321, call after six", "139 8765 4321"),
        told("english", "you can reach me on one eight six, double oh three two, seven seven four five",
            "one eight six, double oh three two, seven seven four five"),
        told("english", "my phone is 139, uh, 8765, um, 4321", "139, uh, 8765, um, 4321"),
        told("english", "call me at one five eight oh two three one seven seven six four",
            "one five eight oh two three one seven seven six four"),
        told("english", "my number is one three nine eight seven six five four three two one, sorry, I mean one three"
            + " nine eight seven six five four three two six", "one three nine eight seven six five four three two one",
            "one three nine eight seven six five four three two six"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("told")
  void everyToldNumberIsASpanAndNoneOfItIsLeftReadable(Told t) {
    Extraction x = extractor.extract(t.text());
    List<Identity> phones = x.identities().stream().filter(i -> i.type().equals(Identity.PHONE)).toList();
    for (String mention : t.mentions()) {
      assertThat(t.text()).contains(mention);
      for (int at = t.text().indexOf(mention); at >= 0; at = t.text().indexOf(mention, at + 1)) {
        for (int k = at; k < at + mention.length(); k++) {
          int c = k;
          boolean separator = Character.isWhitespace(t.text().charAt(k)) || " -—–".indexOf(t.text().charAt(k)) >= 0;
          assertThat(separator || phones.stream().anyMatch(i -> i.start() <= c && c < i.end()))
              .as("%s: %s, character %d of %s not in a phone span; spans %s", t, mention, k - at, mention,
                  spans(t.text(), x.identities()))
              .isTrue();
        }
      }
      String redacted = Redaction.redact(t.text(), x.identities(), known(x), null);
      String digits = Redaction.Digits.read(english(mention)).replaceAll("[^0-9]", "");
      String tail = digits.length() > 7 ? digits.substring(digits.length() - 7) : digits;
      assertThat(RedactionEvaluationTest.readDigits(english(redacted))).as(redacted).doesNotContain(tail);
      assertThat(redacted).doesNotContain(mention);
    }
  }

  /** The fields the gateway also masks wherever they occur again (RedactionEvaluationTest's). */
  static Map<String, String> known(Extraction x) {
    Map<String, String> known = new HashMap<>();
    known.put(Identity.NAME, x.field("name").map(Extraction.Field::value).orElse(null));
    known.put(Identity.PHONE, x.field("phone").map(Extraction.Field::value).orElse(null));
    known.put(Identity.ID, x.field("idNumber").map(Extraction.Field::value).orElse(null));
    return known;
  }

  static List<String> spans(String text, List<Identity> spans) {
    return spans.stream().map(i -> i.type() + ":" + text.substring(i.start(), i.end())).toList();
  }

  /** English digit words read as digits, for the readability check (a reader reads "one three nine" too). */
  static String english(String s) {
    String[] words = {"zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"};
    String out = s.replaceAll("(?i)\\boh\\b", "0").replaceAll("(?i)\\bdouble (\\w+)", "$1 $1");
    for (int d = 0; d < 10; d++) {
      out = out.replaceAll("(?i)\\b" + words[d] + "\\b", String.valueOf(d));
    }
    return out;
  }

  /** The number the writer means: the one said last when they correct it, the groups joined. */
  @ParameterizedTest(name = "{0} → {1}")
  @org.junit.jupiter.params.provider.CsvSource(delimiter = '|', value = {
      "我电话是一三九，嗯，八七六五，呃，四三二一 | 13987654321",
      "我电话139 八七六五 4321 | 13987654321",
      "电话是一三九 一三九 八七六五 四三二一 | 13987654321",
      "号码是幺五二六六三八零九四七，说错了，是幺五二六六三八零九四六 | 15266380946",
      "我电话一三九八七，不对，一三八八七六五四三二一 | 13887654321",
      "手机一八六零零三二七七四五，不对不对，最后是七七五四 | 18600327754",
      "我电话一三九，八七六五……不是，八七六六，四三二一 | 13987664321",
      "号码一五九三三七一八零，不对，八零二六 | 15933718026",
      "电话么三九八七六五四三二么，打不通就发短信 | 13987654321",
      "电话一五零两六六八洞洞七三，白天都在家 | 15026680073",
      "My number is one three nine eight seven six five four three two one. | 13987654321",
      "区号零五七一，电话八八二三一二三四 | 057188231234"})
  void thePhoneFieldIsTheNumberMeant(String text, String phone) {
    assertThat(extractor.extract(text).field("phone").map(Extraction.Field::value)).contains(phone);
  }

  /** A text and what in it must not be read as a phone. */
  @ParameterizedTest(name = "{0}")
  @org.junit.jupiter.params.provider.CsvSource(delimiter = '|', value = {
      "我的案子HB2026120500123到现在没动静 | HB2026120500123",
      "上回给的编号是HB二零二六一二零五零零一二三，查一下 | 二零二六一二零五零零一二三",
      "案件编号 HB 2026 1205 00123 麻烦看看 | 2026 1205 00123",
      "这个厂的排污许可证编号是91330106MA27XY5R3K001P，早就过期了 | 91330106MA27XY5R3K001P",
      "营业执照上的统一社会信用代码 91440300MA5G2BXK7Q | 91440300MA5G2BXK7Q",
      "罚款才罚了两万三千五百块，根本不管用 | 两万三千五百",
      "他们说赔了3,500,000元，一分没见着 | 3,500,000",
      "二零二六年十二月五号晚上十一点还在响 | 二零二六",
      "从2026年3月14日到2026.11.30一直在排 | 2026.11.30",
      "二零一九，二零二零，二零二一年都来查过 | 二零一九，二零二零，二零二一",
      "我们村一共三百八十七户，一千二百多人 | 三百八十七",
      "晚上噪音有七十八分贝，测了三次：七十八，八十二，八十五 | 七十八，八十二，八十五",
      "测出来 78.5 分贝，白天 65.2 分贝 | 78.5",
      "氨氮浓度一点三五毫克每升，化学需氧量一百二十 | 一点三五",
      "COD 135 mg/L，氨氮 12.6 mg/L，超标 3.2 倍 | 135 mg/L",
      "一三九路公交车站旁边，一两百米就闻到了 | 一三九",
      "打了三次12369都没人管 | 12369",
      "两三天来一次，五六辆车，七八个人 | 两三天",
      "为什么一三九路公交改道了，往前拐三个路口就是厂子 | 一三九",
      "这么多年了，三五户人家，一百二十个人 | 三五户"})
  void aLookAlikeIsNoPhone(String text, String notPhone) {
    Extraction x = extractor.extract(text);
    int at = text.indexOf(notPhone);
    assertThat(at).isNotNegative();
    assertThat(x.identities()).as(spans(text, x.identities()).toString())
        .noneMatch(i -> i.type().equals(Identity.PHONE) && i.start() < at + notPhone.length() && at < i.end());
    assertThat(x.field("phone")).isEmpty();
  }

  /** An ID number read out with pauses is an ID span, not a phone, and masked whole. */
  @ParameterizedTest(name = "{0}")
  @org.junit.jupiter.params.provider.CsvSource(delimiter = '|', value = {
      "身份证号一一零一零五一九八五零三一二二三三三 | 一一零一零五一九八五零三一二二三三三",
      "身份证 一一零一零五，嗯，一九八五零三一二，二三三三 | 一一零一零五，嗯，一九八五零三一二，二三三三",
      "我身份证号码是 110105，19850312，2333 | 110105，19850312，2333"})
  void anIdNumberToldInGroupsIsAnIdSpan(String text, String id) {
    Extraction x = extractor.extract(text);
    int at = text.indexOf(id);
    assertThat(x.identities()).as(spans(text, x.identities()).toString())
        .anyMatch(i -> i.type().equals(Identity.ID) && i.start() <= at && at + id.length() <= i.end())
        .noneMatch(i -> i.type().equals(Identity.PHONE));
    assertThat(x.field("idNumber").map(Extraction.Field::value)).contains("110105198503122333");
  }

  @Test
  void thereAreSixtyToldNumbersAtLeast() {
    assertThat(told().count()).isGreaterThanOrEqualTo(60);
  }
}
