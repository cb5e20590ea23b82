package org.ecopetition.gateway.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The main kind from the main complaint (nlp-models/README.md, "Kinds"), in words of our own. */
class KindsTest {
  static HanLpExtractor extractor;

  @BeforeAll
  static void load() {
    extractor = new HanLpExtractor(Gazetteer.bundled(), Classifiers.bundled());
  }

  @ParameterizedTest(name = "{0} → {1}")
  @CsvSource(delimiter = '|', value = {
      // a word that only holds a kind's word votes for nothing: 烟台 is no smoke, 国土所 no soil, 水产 no water
      "烟台芝罘区那家水产冷库的制冷机组整夜嗡嗡响 | noise",
      "山被挖得乱七八糟，问了国土所也不管，昆明西山区 | ecology",
      // fireworks, barking and light
      "小区里天天有人放烟花，孩子一晚上被吵醒好几回 | noise",
      "隔壁院子里的几条狗一到晚上就叫个不停 | noise",
      "楼对面酒店的招牌灯太亮了，照进卧室没法睡 | other",
      // a liquid flowing into a ditch is water, a radioactive source lost is radiation
      "仓库的储罐破了，废液流进了门口的排水沟 | water",
      "工地上探伤用的放射源不见了 | radiation",
      // water told by what is seen in it, a smell told of it: dark water, fish belly up, an oil sheen, a liquid in a stream
      "小区后面那条沟乌水翻滚，刺鼻的臭味熏得人头疼 | water",
      "路边水渠里漂着好多翻白的鱼，一股刺鼻的味道，气味很大 | water",
      "那口老井冒油花，一股子汽油味 | water",
      "化工厂的液体漏进小河，刺鼻的气味飘了好远 | water",
  })
  void theMainKindIsTheMainComplaint(String text, String kind) {
    assertThat(extractor.extract(text).kinds()).first().isEqualTo(kind);
  }

  @Test
  void aSmellOfTapWaterIsNoSecondKind() {
    assertThat(extractor.extract("自来水一开就一股臭味，颜色发黄").kinds()).containsExactly("water");
    // a chat message sent in pieces: the line after the tap water is still about it
    assertThat(extractor.extract("我家自来水今天放出来是黄的\n一股臭味\n小孩喝了一口").kinds()).containsExactly("water");
  }

  @Test
  void whatWasDoneYearsAgoWeighsLessThanWhatIsDoneNow() {
    RuleExtractor.KindVotes v = new RuleExtractor(Gazetteer.bundled()).kindVotes("前几年那个厂往沟里排过污水，现在又在山坳里偷倒废渣");
    assertThat(v.shares().keySet()).first().isEqualTo("solid_waste");
  }

  @Test
  void aLetterWithSeveralMattersIsReadByItsFirstComplaint() {
    String letter = "领导好：\n（一）化工厂晚上通过暗管往河里排废水，河水发黑，鱼都死了；\n"
        + "（二）烟囱也冒黑烟，有股刺鼻的气味；\n（三）风机的噪声很大。\n请派人夜里来查。";
    assertThat(extractor.extract(letter).kinds()).first().isEqualTo("water");
  }
}
