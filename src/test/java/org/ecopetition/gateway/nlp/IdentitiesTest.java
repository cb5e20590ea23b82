package org.ecopetition.gateway.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Identity spans on the raw text, as the trained extractor gives them: masking them leaves no name, phone,
 * ID number or address to read, whatever way a number was written (Chinese numerals, spaces, +86, brackets,
 * full-width digits, traditional characters around it).
 */
class IdentitiesTest {
  static HanLpExtractor extractor;

  @BeforeAll
  static void load() {
    extractor = new HanLpExtractor(Gazetteer.bundled(), Classifiers.bundled());
  }

  static String masked(String raw) {
    return Identity.mask(raw, extractor.extract(raw).identities(), '*');
  }

  /** The text's digits as a reader would read them: Chinese numerals as digits, separators between digits gone. */
  static String digits(String s) {
    StringBuilder b = new StringBuilder();
    for (char c : s.toCharArray()) {
      int k = "零〇一二三四五六七八九幺两".indexOf(c);
      if (k >= 0) {
        b.append("00123456789".length() > k ? "00123456789".charAt(k) : "12".charAt(k - 11));
      } else if (c >= '０' && c <= '９') {
        b.append((char) (c - '０' + '0'));
      } else if (Character.isDigit(c)) {
        b.append(c);
      } else if (c != ' ' && c != '-' && c != '—') {
        b.append('|');
      }
    }
    return b.toString();
  }

  @Test
  void aPhoneWrittenAnyWayLeavesNoDigitsBehind() {
    for (String raw : List.of("廠子天天排污，電話：幺三九 八七六五 四三二一，找老鄧",
        "厂子天天排污，联系我：+86 139-8765-4321",
        "厂子天天排污，座机（0731）8876 5432",
        "厂子天天排污，手机１３９８７６５４３２１")) {
      String m = masked(raw);
      assertThat(digits(m)).as(m).doesNotContain("98765").doesNotContain("88765");
    }
  }

  @Test
  void everyMentionOfTheNameAndTheIdNumberIsMasked() {
    String raw = "我叫邝志远，身份证 110105 19850312 2331，厂子天天排污。邝志远 13987654321";
    String m = masked(raw);
    assertThat(m).doesNotContain("邝志远").doesNotContain("志远");
    assertThat(digits(m)).doesNotContain("19850312").doesNotContain("98765");
  }

  @Test
  void anIdNumberWithASpaceBetweenEveryDigitIsFoundAndMasked() {
    String raw = "厂子天天排污。举报人身份证 1 1 0 1 0 5 1 9 8 5 0 3 1 2 0 0 8 X，谢谢";
    String m = masked(raw);
    assertThat(digits(m)).doesNotContain("19850312");
    assertThat(m).doesNotContain("X");
    assertThat(extractor.extract(raw).field("idNumber").map(Extraction.Field::value)).contains("11010519850312008X");
  }

  @Test
  void spansIndexTheRawText() {
    String raw = "電話 +86 139 8765 4321，我叫龐國強";
    List<Identity> spans = extractor.extract(raw).identities();
    // The country code written before the number is in its span (branch r14fields; masking errs towards more).
    assertThat(spans).extracting(i -> raw.substring(i.start(), i.end())).contains("+86 139 8765 4321", "龐國強");
  }

  @Test
  void someoneElsesDetailsAreTheirs() {
    String raw = "业主代表：苗春生 13911112222\n业主代表：伏建英 13933334444\n小区旁边的厂子天天排污";
    List<Identity> spans = extractor.extract(raw).identities();
    assertThat(spans).filteredOn(i -> i.whose().equals(Identity.THIRD)).extracting(i -> raw.substring(i.start(), i.end()))
        .containsExactly("伏建英", "13933334444");
    assertThat(spans).filteredOn(i -> i.whose().equals(Identity.PETITIONER)).extracting(i -> raw.substring(i.start(), i.end()))
        .containsExactly("苗春生", "13911112222");
  }

  @Test
  void aResidenceIsAnAddressButTheProblemsPlaceIsNot() {
    String raw = "我家住在滨江花园5栋2单元801，小区门口那家饭店油烟太大。饭店在杭州市上城区解放路。";
    List<Identity> spans = extractor.extract(raw).identities();
    assertThat(spans).filteredOn(i -> i.type().equals(Identity.ADDRESS)).extracting(i -> raw.substring(i.start(), i.end()))
        .containsExactly("滨江花园5栋2单元801");
  }

  /**
   * Branch r24rest: round twenty-four's address classes, in sentences of our own: 我在…住 says where one lives; a compound
   * or a village named, then 我就住那里. Look-alike: living in a works' dormitory, no place named.
   */
  @org.junit.jupiter.params.ParameterizedTest(name = "{0} → {1}")
  @org.junit.jupiter.params.provider.CsvSource(delimiter = '|', nullValues = "-", value = {
      "镇上那个淀粉厂的废水排到河里了。我在青山镇东风街住，姓李，手机15212345678。 | 青山镇东风街",
      "那个养猪场就在路边，我们在柳树屯住着，臭味天天飘过来。 | 柳树屯",
      "化工厂西边是幸福小区，我就住那里。名字：周文，手机：13811112222。 | 幸福小区",
      "砖厂北面有个红星村，我家就住那儿，烟全往村里飘。 | 红星村",
      "我在这个厂里上班住宿舍，老板不让说。 | -"})
  void roundTwentyFoursHomes(String raw, String want) {
    List<Identity> spans = extractor.extract(raw).identities();
    List<String> homes = spans.stream().filter(i -> i.type().equals(Identity.ADDRESS)).map(i -> raw.substring(i.start(), i.end())).toList();
    if (want == null) {
      assertThat(homes).isEmpty();
    } else {
      assertThat(homes).containsExactly(want);
    }
  }

  /** Round six's class, in words of our own: a number the writer calls a case or order number, in another office's format. */
  @org.junit.jupiter.params.ParameterizedTest(name = "{0} → {1}")
  @org.junit.jupiter.params.provider.CsvSource(delimiter = '|', nullValues = "-", value = {
      "去年九月打过12345，工单号GZ20250914-1188，到现在没人回 | GZ20250914-1188",
      "上次的受理编号是 NB-2025-3307，麻烦查下进度 | NB-2025-3307",
      "My reference number is HZ-ENV-2025-0093, what is the progress? | HZ-ENV-2025-0093",
      "帮我查一下HB2025110300123办到哪了 | HB2025110300123",
      "桶上有编号，河边还有一堆 | -",
      "车间编号A3的烟囱天天冒黑烟 | -",
      // round seven's classes, in words of our own: an official document's number, a number said in Chinese numerals
      "我不服你们的答复，答复书编号：某环函〔2025〕第88号，要求复查 | 某环函〔2025〕第88号",
      "上次打电话给的编号是 是二零二五零三一二零一七 到现在没人来 | 二零二五零三一二零一七",
      // round nine's class, in words of our own: this office's letters in another format, with no cue at all
      "我的事是HB-2025-204117，查一下到哪一步了 | HB-2025-204117",
      "Complaint HB-2025-77031 from May, still nothing? | HB-2025-77031",
      "我 上回 拿到的 HB2025071422 现在咋样了 | HB2025071422"})
  void aCaseNumberIsWhatTheWriterCallsOne(String text, String want) {
    assertThat(extractor.extract(text).field("caseNumber").map(Extraction.Field::value).orElse(null)).isEqualTo(want);
  }

  @Test
  void anotherOfficesNumberMakesAStatusQuery() {
    assertThat(extractor.extract("My reference number is HZ-ENV-2025-0093, any update?").field("intent")
        .map(Extraction.Field::value)).contains("status");
  }
}
