package org.ecopetition.gateway.dialog;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The validators behind the slot types. */
class SlotTypeTest {
  static final LocalDate TODAY = LocalDate.of(2026, 11, 29);
  static final SlotSpec ANY = new SlotSpec("x", SlotType.TEXT, 1, 100, List.of(), false, null, 1);

  static Optional<String> accept(SlotType t, String s) {
    return t.accept(s, new SlotSpec("x", t, t == SlotType.TEXT ? 2 : 1, t == SlotType.COUNT ? 10_000_000 : 10,
        List.of(), false, null, 1), TODAY);
  }

  @Test
  void phonesAreMainlandMobileOrLandlineAndStoredAsDigits() {
    assertThat(accept(SlotType.PHONE, "+86 138-1234-5678")).contains("13812345678");
    assertThat(accept(SlotType.PHONE, "０２５－８４４２１２３４")).contains("02584421234");
    assertThat(accept(SlotType.PHONE, "(0571)88231234")).contains("057188231234");
    assertThat(accept(SlotType.PHONE, "12345678901")).isEmpty();
    assertThat(accept(SlotType.PHONE, "1381234567")).isEmpty();
  }

  @Test
  void datesAbsoluteAndRelativeNeverInTheFuture() {
    assertThat(accept(SlotType.DATE, "2025年10月1日")).contains("2025-10-01");
    assertThat(accept(SlotType.DATE, "2025-3-7")).contains("2025-03-07");
    assertThat(accept(SlotType.DATE, "12月1日")).contains("2025-12-01");
    assertThat(accept(SlotType.DATE, "三天前")).contains("2026-11-26");
    assertThat(accept(SlotType.DATE, "两个月前")).contains("2026-09-29");
    assertThat(accept(SlotType.DATE, "上个月")).contains("2026-10-29");
    assertThat(accept(SlotType.DATE, "昨天晚上")).contains("2026-11-28");
    assertThat(accept(SlotType.DATE, "3 weeks ago")).contains("2026-11-08");
    assertThat(accept(SlotType.DATE, "2027年1月1日")).isEmpty();
    assertThat(accept(SlotType.DATE, "2025年2月30日")).isEmpty();
    assertThat(accept(SlotType.DATE, "很久了")).isEmpty();
  }

  @Test
  void dontKnowInItsTypedSlangAndDialectForms() {
    for (String said : java.util.List.of("不知道", "不知到", "布吉岛", "不清楚哎", "不晓得哦", "晓不得", "哪个晓得", "唔知", "唔清楚", "不道啊",
        "鬼知道", "我也不知道是谁", "bu zhi dao", "buqingchu", "bzd", "dont no", "don’t no", "idk", "IDK", "dunno", "i dunno",
        "no idea mate", "no idea, mate", "dunno, sorry", "beats me", "not a clue", "honestly no idea", "no idea who")) {
      assertThat(SlotType.dontKnow(said)).as(said).isTrue();
    }
    // Look-alikes that say something: a name holding the characters, a don't-know about another thing, a plain no.
    for (String said : java.util.List.of("不清除垃圾的物业", "不造成影响", "不知道店名", "不知道店名，就是楼下火锅店", "知道", "我知道是谁",
        "no", "I know who", "idk the name but it's the brick kiln", "不知道叫什么，村口砖厂")) {
      assertThat(SlotType.dontKnow(said)).as(said).isFalse();
    }
  }

  @Test
  void countsInDigitsOrChineseNumerals() {
    assertThat(accept(SlotType.COUNT, "200人")).contains("200");
    assertThat(accept(SlotType.COUNT, "三千五百")).contains("3500");
    // An approximate number is kept as said, never shown as an exact one the petitioner did not say.
    assertThat(accept(SlotType.COUNT, "大概200人")).contains("大概200人");
    assertThat(accept(SlotType.COUNT, "两百来人")).contains("两百来人");
    assertThat(accept(SlotType.COUNT, "五十人左右")).contains("五十人左右");
    assertThat(accept(SlotType.COUNT, "五十上下")).contains("五十上下");
    assertThat(accept(SlotType.COUNT, "差不多三十个")).contains("差不多三十个");
    assertThat(accept(SlotType.COUNT, "将近100人")).contains("将近100人");
    assertThat(accept(SlotType.COUNT, "around 50")).contains("around 50");
    assertThat(accept(SlotType.COUNT, "over 100 people")).contains("over 100 people");
    assertThat(accept(SlotType.COUNT, "50 or so")).contains("50 or so");
    assertThat(accept(SlotType.COUNT, "50ish")).contains("50ish");
    // Exact ones stay numbers.
    assertThat(accept(SlotType.COUNT, "3个人")).contains("3");
    assertThat(accept(SlotType.COUNT, "two people")).contains("2");
    // Households, buildings and vague counts are kept as said, never made a number of people (issue 13 §6).
    assertThat(accept(SlotType.COUNT, "十几个")).contains("十几个");
    assertThat(accept(SlotType.COUNT, "几十户")).contains("几十户");
    assertThat(accept(SlotType.COUNT, "几百户。")).contains("几百户");
    assertThat(accept(SlotType.COUNT, "就我们这栋楼，四十多户")).contains("就我们这栋楼，四十多户");
    assertThat(accept(SlotType.COUNT, "🙂")).isEmpty();
    assertThat(accept(SlotType.COUNT, "只有我一个人")).contains("1");
    // "Many" saying whom is a count in words, kept as said; "很多", "a lot" alone say not whom.
    assertThat(accept(SlotType.COUNT, "很多人")).contains("很多人");
    assertThat(accept(SlotType.COUNT, "好多户")).contains("好多户");
    assertThat(accept(SlotType.COUNT, "many people")).contains("many people");
    assertThat(accept(SlotType.COUNT, "lots of families")).contains("lots of families");
    assertThat(accept(SlotType.COUNT, "很多")).isEmpty();
    assertThat(accept(SlotType.COUNT, "a lot")).isEmpty();
    // A whole community is a scope staff can find out: kept as said.
    assertThat(accept(SlotType.COUNT, "全村")).contains("全村");
    assertThat(accept(SlotType.COUNT, "整栋楼都受影响")).contains("整栋楼都受影响");
    assertThat(accept(SlotType.COUNT, "the whole village")).contains("the whole village");
    assertThat(accept(SlotType.COUNT, "our whole compound")).contains("our whole compound");
    assertThat(accept(SlotType.COUNT, "the whole street")).contains("the whole street");
    assertThat(accept(SlotType.COUNT, "everyone on our street")).contains("everyone on our street");
    // A numeral in a name or an order is no count; one that ends the answer after hedges only is.
    assertThat(accept(SlotType.COUNT, "张家老三")).isEmpty();
    assertThat(accept(SlotType.COUNT, "张三")).isEmpty();
    assertThat(accept(SlotType.COUNT, "第三家")).isEmpty();
    assertThat(accept(SlotType.COUNT, "老三家")).isEmpty();
    assertThat(accept(SlotType.COUNT, "大概三十")).contains("大概三十");
    assertThat(accept(SlotType.COUNT, "兩百多人")).contains("两百多人");
    assertThat(accept(SlotType.COUNT, "三十")).contains("30");
    assertThat(accept(SlotType.COUNT, "我们村二十多户")).contains("我们村二十多户");
    assertThat(accept(SlotType.COUNT, "一百多人")).contains("一百多人");
    // English words, as the question's examples give them.
    assertThat(accept(SlotType.COUNT, "about fifty people")).contains("about fifty people");
    assertThat(accept(SlotType.COUNT, "fifty people")).contains("50");
    assertThat(accept(SlotType.COUNT, "twenty-five")).contains("25");
    assertThat(accept(SlotType.COUNT, "two thousand three hundred")).contains("2300");
    assertThat(accept(SlotType.COUNT, "several hundred households")).contains("several hundred households");
    // "no one knows" is no count of one: a don't-know (the engine makes it unknown).
    assertThat(SlotType.dontKnow("no one knows")).isTrue();
    assertThat(accept(SlotType.COUNT, "hundreds of families downstream")).contains("hundreds of families downstream");
    assertThat(accept(SlotType.COUNT, "dozens of people")).contains("dozens of people");
  }

  @Test
  void caseNumbersAndQueryCodes() {
    assertThat(accept(SlotType.CASE_NUMBER, "hb 2026 1129 00001")).contains("HB2026112900001");
    assertThat(accept(SlotType.CASE_NUMBER, "HB20261129001")).isEmpty();
    assertThat(accept(SlotType.QUERY_CODE, "abcd efgh")).contains("ABCDEFGH");
    assertThat(accept(SlotType.QUERY_CODE, "ABCDEFG0")).isEmpty();
  }

  /** Typed where there are no fields (SMS, WeChat): the one number or code in a sentence is the answer. */
  @Test
  void aCaseNumberOrQueryCodeWithWordsAroundItIsTheOneFound() {
    assertThat(accept(SlotType.CASE_NUMBER, "查询 HB2026112900001")).contains("HB2026112900001");
    assertThat(accept(SlotType.CASE_NUMBER, "我的编号是hb2026112900001，谢谢")).contains("HB2026112900001");
    assertThat(accept(SlotType.CASE_NUMBER, "check HB 2026112900001 please")).contains("HB2026112900001");
    assertThat(accept(SlotType.QUERY_CODE, "查询码是K7M2XQ9A")).contains("K7M2XQ9A");
    assertThat(accept(SlotType.QUERY_CODE, "my code is k7m2xq9a")).contains("K7M2XQ9A");
    // A code of letters only (about one in eleven codes): the only Latin word of a Chinese sentence, or after "code".
    assertThat(accept(SlotType.QUERY_CODE, "查询码是KMNPQRST")).contains("KMNPQRST");
    assertThat(accept(SlotType.QUERY_CODE, "我的是 kmnpqrst 谢谢")).contains("KMNPQRST");
    assertThat(accept(SlotType.QUERY_CODE, "my code is: kmnpqrst")).contains("KMNPQRST");
    // Look-alikes: two numbers or codes, a number too long, an English word of eight code letters, no code at all.
    assertThat(accept(SlotType.CASE_NUMBER, "HB2026112900001和HB2026112900002")).isEmpty();
    assertThat(accept(SlotType.CASE_NUMBER, "编号 HB20261129000012")).isEmpty();
    assertThat(accept(SlotType.CASE_NUMBER, "编号忘了")).isEmpty();
    assertThat(accept(SlotType.QUERY_CODE, "K7M2XQ9A 还是 K7M2XQ9B")).isEmpty();
    assertThat(accept(SlotType.QUERY_CODE, "please check MESSAGES")).isEmpty();
    assertThat(accept(SlotType.QUERY_CODE, "MESSAGES please")).isEmpty();
    assertThat(accept(SlotType.QUERY_CODE, "查询码忘了")).isEmpty();
    assertThat(accept(SlotType.QUERY_CODE, "HB2026112900001")).isEmpty();
  }

  @Test
  void textBounds() {
    assertThat(SlotType.TEXT.accept("  一个字 ", ANY, TODAY)).contains("一个字");
    assertThat(accept(SlotType.TEXT, "一")).isEmpty();
    // Facts with no words are re-asked: emoji, punctuation (issue 13 §6).
    assertThat(accept(SlotType.TEXT, "😀😀")).isEmpty();
    assertThat(accept(SlotType.TEXT, "？！。")).isEmpty();
    assertThat(accept(SlotType.TEXT, "工厂😀")).contains("工厂😀");
  }

  @Test
  void timesAreKeptAsSaidButMustReadAsTimes() {
    assertThat(accept(SlotType.WHEN, "去年夏天")).contains("去年夏天");
    assertThat(accept(SlotType.WHEN, "last month")).contains("last month");
    assertThat(accept(SlotType.WHEN, "2025-3-7")).contains("2025-3-7");
    assertThat(accept(SlotType.WHEN, "不清楚")).contains("不清楚");
    assertThat(accept(SlotType.WHEN, "😀")).isEmpty();
    assertThat(accept(SlotType.WHEN, "1")).isEmpty();
    assertThat(accept(SlotType.WHEN, "是")).isEmpty();
    assertThat(accept(SlotType.WHEN, "化工厂")).isEmpty();
  }
}
