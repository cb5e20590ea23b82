package org.ecopetition.gateway.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A county written without its level: after its city or province (德阳什邡, 北京昌平) it is that county; alone,
 * only a county-level city whose short name nothing else shares; a short name that is also a word is not read
 * as a county on its own.
 */
class ShortCountyNamesTest {
  static final Gazetteer GAZETTEER = Gazetteer.bundled();

  static String county(String text) {
    return GAZETTEER.resolve(text).map(Place::county).orElse(null);
  }

  @ParameterizedTest(name = "{0} → {1}")
  @CsvSource(delimiter = '|', value = {
      "浙江绍兴诸暨那边的河发黑了 | 诸暨市",
      "我们在湖南长沙浏阳，烟花厂的粉尘 | 浏阳市",
      "北京顺义这边有个料场 | 顺义区",
      "四川成都郫都那个厂 | 郫都区",
      "晋江这边的鞋厂天天烧胶 | 晋江市",
      "我在昆山打工，厂里偷排 | 昆山市",
      // round six's classes, in words of our own: a district's short name before one of its towns; a place taken back
      "顺德容桂那边的电镀厂半夜排水 | 顺德区",
      "南山蛇口有个工地天天打桩 | 南山区",
      "杭州西湖区 不对 是拱墅区 有个洗车店往雨水口倒污水 | 拱墅区"})
  void aCountyIsReadWithoutItsLevel(String text, String want) {
    assertThat(county(text)).isEqualTo(want);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "河边的厂天天冒烟，请尽快处理",
      "我们村东边的厂天天冒烟",
      "我叫欧阳春，河边的厂天天冒烟",
      "南山上面有个采石场天天放炮",
      "顺德人开的厂天天冒烟"})
  void noCountyWhereNoneIsNamed(String text) {
    assertThat(county(text)).isNull();
  }

  @ParameterizedTest(name = "{0} → {1}")
  @CsvSource(delimiter = '|', value = {
      "南山蛇口有个工地天天打桩 | 深圳市",
      "鼓楼区东街那边的饭店油烟很大 | 福州市",
      "杭州西湖区 不对 是拱墅区 有个洗车店往雨水口倒污水 | 杭州市"})
  void aTownTellsWhichCity(String text, String want) {
    assertThat(GAZETTEER.resolve(text).map(Place::city).orElse(null)).isEqualTo(want);
  }
}
