package org.ecopetition.gateway.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The matter that decides a referral outside the environment system (nlp-models/routing/referrals.tsv), in words of
 * our own: round nine's classes — a works that makes fireworks or a works' own loudspeaker is no neighbour's noise
 * for the police; a product bought or sold is market regulation's.
 */
class MattersTest {
  static HanLpExtractor extractor;

  @BeforeAll
  static void load() {
    extractor = new HanLpExtractor(Gazetteer.bundled(), Classifiers.bundled());
  }

  static String matter(String text) {
    return extractor.extract(text).field("matter").map(Extraction.Field::value).orElse("none");
  }

  @ParameterizedTest(name = "{0} → {1}")
  @CsvSource(delimiter = '|', value = {
      "村外那个鞭炮厂刚才起火了，一直在噼里啪啦地响 | none",
      "镇上有人做烟花的小作坊中午炸了，屋顶都掀了 | none",
      "工厂的高音喇叭天天早上六点就开始喊 | none",
      "楼下邻居天天半夜放鞭炮 | social_life_noise",
      "网上买的除甲醛喷雾，商家说一喷就好，结果屋里味道更大了 | food_safety",
      "在小卖部买的酱油有股怪味，吃了肚子疼 | food_safety"})
  void theMatterIsWhatTheWordsMakePlain(String text, String want) {
    assertThat(matter(text)).isEqualTo(want);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "楼下超市的冷柜外机整夜嗡嗡响",
      "卖烧烤的摊子油烟太大了"})
  void aShopNamedIsNoProductBought(String text) {
    assertThat(matter(text)).isNotEqualTo("food_safety");
  }
}
