package org.ecopetition.gateway.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The classes of place the misses of round twenty-nine showed (branch r29county), in sentences of our own with other
 * places than the round's: each failed on the branch point (5e033f7e) except where marked as a look-alike kept.
 */
class PlaceRound29ClassesTest {
  private static final HanLpExtractor X = new HanLpExtractor(Gazetteer.bundled(), Classifiers.bundled());

  @ParameterizedTest(name = "{0} → {1}")
  @CsvSource(delimiter = '|', value = {
      // a city's 市 that is also its district's first character: the city's short name and 市中区/市北区
      "乐山市中区有个搅拌站粉尘很大 | 四川省/乐山市/市中区",
      "青岛市北区一家汽修厂晚上喷漆 | 山东省/青岛市/市北区",
      // a town whose name is one character and 镇
      "我们是薛镇的，村边的砖厂天天冒黑烟 | 陕西省/渭南市/富平县",
      "在翟镇一带有个养鸡场臭得很 | 山东省/泰安市/新泰市",
      // a town whose name begins with a city's, written twice
      "南阳堡镇有个化工厂夜里偷排，我家就在南阳堡镇东头 | 河北省/邯郸市/广平县",
      // a road-named subdistrict several counties have: the road tells no county of a shared name
      "海州区幸福路菜场后面有人烧垃圾 | -/-/海州区/amb",
      // Minnan 阮兜X这边, X庄头; Cantonese X条涌
      "阮兜安海这边有间厂排黑水 | 福建省/泉州市/晋江市",
      "阮深沪庄头彼间厂臭甲袂擋 | 福建省/泉州市/晋江市",
      "小榄条涌啲水臭到死 | 广东省/中山市/-",
      // where one came from, then where one lives now
      "我是攸县那边嫁过来的，现在住安海镇，隔壁鞋厂天天烧胶 | 福建省/泉州市/晋江市",
      // a town's pinyin: the level said, where the province named leaves several
      "A dye works near Anren town, Sichuan, dumps red water. | 四川省/成都市/大邑县",
      // no level word: under the city named, or one county's long reading
      "Loud music in Xili, Shenzhen every night. | 广东省/深圳市/南山区",
      "The quarry near Baxiangshan blasts every day. | 广东省/梅州市/丰顺县"})
  void aPlaceOfTheseClassesIsPlaced(String text, String want) {
    assertThat(placeOf(text)).isEqualTo(want);
  }

  /** Look-alikes that must stay as they were (each as on the branch point). */
  @ParameterizedTest(name = "{0} → {1}")
  @CsvSource(delimiter = '|', value = {
      "张镇长说会来处理，到现在没人来 | -/-/-",
      "我知道镇上有个厂偷排 | -/-/-",
      "我叫张镇，楼下饭店油烟太大 | -/-/-",
      "普陀区长寿路有家饭店油烟大 | 上海市/上海市/普陀区",
      "海州区幸福路街道有个厂排烟 | 江苏省/连云港市/海州区",
      "我是登封人，在新密打工，厂里粉尘大 | 河南省/郑州市/新密市",
      "Shajing town has a smelly factory. | -/-/-/amb",
      "The factory in Shajing town, Bao'an smells. | 广东省/深圳市/宝安区",
      "I live in Xinbu Road, Haikou, and a bar is noisy. | 海南省/海口市/-",
      "We moved to Haikou in March. The factory near Jinji smells. | 海南省/海口市/-"})
  void aLookAlikeIsLeftAsItWas(String text, String want) {
    assertThat(placeOf(text)).isEqualTo(want);
  }

  private static String placeOf(String text) {
    Extraction e = X.extract(text);
    return String.join("/", dash(PlaceFamiliesTest.value(e, "province")), dash(PlaceFamiliesTest.value(e, "city")),
        dash(PlaceFamiliesTest.value(e, "county"))) + ("true".equals(PlaceFamiliesTest.value(e, "ambiguousPlace")) ? "/amb" : "");
  }

  private static String dash(String s) {
    return s == null ? "-" : s;
  }
}
