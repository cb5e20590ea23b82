package org.ecopetition.gateway.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** How the evaluation compares a polluter with its label (nlp-models/eval/README.md, "polluter"). */
class ExtractionScoreTest {

  @Test
  void aQuotedNameBeforeItsUnitWordIsRightWithOrWithoutTheUnitWord() {
    String text = "小区对面的“金嗓子”KTV每天唱到凌晨";
    assertThat(ExtractionScore.samePolluter("金嗓子KTV", "金嗓子", text)).isTrue();
    assertThat(ExtractionScore.samePolluter("金嗓子", "“金嗓子”KTV", text)).isTrue();
    assertThat(ExtractionScore.samePolluter("「老码头」火锅店", "老码头", "那家「老码头」火锅店的油烟")).isTrue();
  }

  @Test
  void aTraditionalTextsQuotedNameIsRightWithItsUnitWordInSimplified() {
    String text = "我家樓下的「華興」洗衣廠每天排熱氣";
    assertThat(ExtractionScore.samePolluter("华兴洗衣厂", "华兴", text)).isTrue();
    assertThat(ExtractionScore.samePolluter("华兴洗衣", "华兴", "我家樓下的華興洗衣廠每天排熱氣")).isFalse();
  }

  @Test
  void quoteMarksAreNoPartOfAName() {
    assertThat(ExtractionScore.samePolluter("麦霸KTV", "“麦霸”KTV", "镇上新开的“麦霸”KTV")).isTrue();
  }

  @Test
  void withoutTheQuotesInTheTextTheUnitWordCounts() {
    assertThat(ExtractionScore.samePolluter("金嗓子KTV", "金嗓子", "小区对面的金嗓子KTV每天唱到凌晨")).isFalse();
    assertThat(ExtractionScore.samePolluter("金嗓子", "金嗓子KTV", "小区对面的金嗓子KTV每天唱到凌晨")).isFalse();
  }

  @Test
  void onlyAUnitWordMayFollowTheQuotedName() {
    String text = "“金嗓子”娱乐服务有限责任公司夜里扰民";
    assertThat(ExtractionScore.samePolluter("金嗓子娱乐服务有限责任公司", "金嗓子", text)).isFalse();
    assertThat(ExtractionScore.samePolluter("金嗓", "“金嗓子”KTV", "“金嗓子”KTV")).isFalse();
    assertThat(ExtractionScore.samePolluter("嗓子KTV", "金嗓子KTV", "“金嗓子”KTV")).isFalse();
  }
}
