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
      "杭州西湖区 不对 是拱墅区 有个洗车店往雨水口倒污水 | 拱墅区",
      // round seven's class, in words of our own: a district or county said alone where the words make it a place
      "綦江这边有个砖厂天天冒黑烟 | 綦江区",
      "合川那个洗沙场把泥浆水往江里放 | 合川区",
      "阿拉奉贤小区后头有只厂夜里排废气 | 奉贤区",
      "鄞州阿拉村里个河浜发臭了 | 鄞州区",
      "汾阳俺们村口的洗煤厂黑烟滚滚 | 汾阳市",
      "我姓向，涪陵的，屋后头石场天天放炮 | 涪陵区",
      "我住璧山，厂里天天排黑水 | 璧山区",
      "龙海阮厝边的溪仔变乌了 | 龙海区",
      "萧山印花厂的水排到河里 | 萧山区",
      "投诉一下 就是北碚大学城那边的工地 | 北碚区",
      // a short name that is also a word, with a place word at once; a shared one made one by its city in the text
      "平安那边的砖厂冒黑烟 | 平安区",
      "江北这边有个厂偷排废水，我们是宁波的 | 江北区",
      "朝阳区有个工地夜里施工，长春这边的 | 朝阳区",
      // a city misspelt by one character before a county that several cities have; a county misspelt after its city
      "广洲白云区有个厂偷排 | 白云区",
      "杭洲西湖区一家饭店油烟大 | 西湖区",
      "杭州萧珊区有个厂偷排 | 萧山区",
      // round eight's classes, in words of our own: a county misspelt alone with its level, by a character that
      // sounds alike (before one of its towns even one character long); northern and Wu words for "there"; a
      // short name that is a word before "that works"; a reservoir named after its county
      "肇冬市有个化工厂半夜排气 | 肇东市",
      "桐相市那个羊毛衫厂排水 | 桐乡市",
      "我住在浏杨市，烟花厂的粉尘 | 浏阳市",
      "配县龙固镇有个煤矸石堆冒烟 | 沛县",
      "肇东那嘎达有个酒精厂冒黑烟 | 肇东市",
      "米脂这搭有个炼油厂 | 米脂县",
      "桐乡个印染厂夜里排水 | 桐乡市",
      "双城那个酒厂往河里放水 | 双城区",
      "密云水库边上有人烧垃圾 | 密云区",
      // round nine's classes, in words of our own: Cantonese 喺 (at) and 嘅 (of), Minnan 遐 (there), 那旮瘩, a WeChat
      // face after the name; the level typed as a character that sounds the same (区 → 去, 市 → 是, 县 → 现), before a
      // town or a locative; a county become a city still called 县 and misspelt; a city misspelt before a county
      "有间厂成日排烟，喺恩平。 | 恩平市",
      "呢度啲烟好大，我哋系喺顺德嘅。 | 顺德区",
      "溪仔的水攏变黑，南安遐的。 | 南安市",
      "农安那旮瘩有个屠宰场往沟里排血水 | 农安县",
      "砖厂的烟囱又冒黑烟了 在灵璧[流泪] | 灵璧县",
      "在江宁去那边有个工地半夜打桩 | 江宁区",
      "在义乌是佛堂镇有个厂往河里排水 | 义乌市",
      "在睢宁现那边有个养猪场 | 睢宁县",
      "瑞按县有个皮革厂往河里排水 | 瑞安市",
      "在湖洲吴兴有个厂偷排 | 吴兴区"})
  void aCountyIsReadWithoutItsLevel(String text, String want) {
    assertThat(county(text)).isEqualTo(want);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "河边的厂天天冒烟，请尽快处理",
      "我们村东边的厂天天冒烟",
      "我叫欧阳春，河边的厂天天冒烟",
      "南山上面有个采石场天天放炮",
      "顺德人开的厂天天冒烟",
      // words that are also counties' short names, and short names inside a person's name
      "祝大家平安，河边的厂天天冒烟",
      "我们前进村旁边的厂天天冒烟",
      "光明正大地偷排，没人管",
      "南山那个采石场天天放炮",
      "我叫李孝义，河边的厂天天冒烟",
      "江北这边有个厂偷排废水",
      // a neighbouring county, a county's office, a big city: no misspelt county
      "邻县的化工厂天天排黑水",
      "由县里来人看过，还是冒烟",
      "在大城市里空气也不好",
      "我们这个城市的河太臭",
      // a short name that is a word, before a misspelt level: no county
      "长寿是个好地方，河边的厂天天冒烟"})
  void noCountyWhereNoneIsNamed(String text) {
    assertThat(county(text)).isNull();
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "西边长安区有个厂偷排", // 西边 is no misspelt 西安: 边 does not sound like 安
      "长安区有个厂偷排"})
  void aCountyOfSeveralCitiesIsNoGuess(String text) {
    assertThat(GAZETTEER.resolve(text).map(Place::ambiguous)).contains(true);
  }

  @ParameterizedTest(name = "{0} → {1}")
  @CsvSource(delimiter = '|', value = {
      "沛县城区一家饭店油烟大 | 徐州市",
      "义乌市郊区有人烧垃圾 | 金华市"})
  void aCountysTownIsNoDistrict(String text, String want) {
    assertThat(GAZETTEER.resolve(text).map(Place::ambiguous)).contains(false);
    assertThat(GAZETTEER.resolve(text).map(Place::city).orElse(null)).isEqualTo(want);
  }

  @ParameterizedTest(name = "{0} → {1}")
  @CsvSource(delimiter = '|', value = {
      "南山蛇口有个工地天天打桩 | 深圳市",
      "鼓楼区东街那边的饭店油烟很大 | 福州市",
      "杭州西湖区 不对 是拱墅区 有个洗车店往雨水口倒污水 | 杭州市",
      "江北这边有个厂偷排废水，我们是宁波的 | 宁波市",
      "朝阳区有个工地夜里施工，长春这边的 | 长春市",
      "广洲白云区有个厂偷排 | 广州市",
      "綦江这边有个砖厂天天冒黑烟 | 重庆市"})
  void aTownTellsWhichCity(String text, String want) {
    assertThat(GAZETTEER.resolve(text).map(Place::city).orElse(null)).isEqualTo(want);
  }

  /** Round nine's classes, in words of our own: a city misspelt with its level; speech telling which of two. */
  @ParameterizedTest(name = "{0} → {1}")
  @CsvSource(delimiter = '|', value = {
      "安瞬市有个水泥厂天天冒灰 | 安顺市",
      "我哋住喺鹤山，隔篱间厂成日排烟 | 江门市",
      "阿拉长宁个弄堂里有爿饭店油烟老大 | 上海市",
      "海边的鱼塭攏臭去了，东山遐的 | 漳州市"})
  void aCityIsReadMisspeltOrByItsSpeech(String text, String want) {
    assertThat(GAZETTEER.resolve(text).map(Place::city).orElse(null)).isEqualTo(want);
  }
}
