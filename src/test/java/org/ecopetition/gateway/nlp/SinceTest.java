package org.ecopetition.gateway.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** When the matter began, as the text says it: the intake's "since when?" is not asked again once told. */
class SinceTest {

  @ParameterizedTest(name = "{0} → {1}")
  @CsvSource(delimiter = '|', value = {
      // a start said as one
      "村后的养猪场从今年三月开始天天往河沟里放粪水|从今年三月开始|0.9",
      "自去年冬天起，砖厂的烟就没断过|自去年冬天起|0.9",
      "工地打从上个礼拜就开始夜里施工|打从上个礼拜就开始|0.9",
      "五月份以来河水一直发黑|五月份以来|0.9",
      "这家烧烤店从2025年10月到现在一直占道经营油烟很大|从2025年10月到现在|0.9",
      "搅拌站上周末开始夜里也干活|上周末开始|0.9",
      // a time ago
      "化工厂三个多月前装了新设备，之后天天有怪味|三个多月前|0.9",
      "半年前河边来了个洗沙场|半年前|0.9",
      // a stretch up to now
      "这个味道有小半年了，晚上根本不敢开窗|有小半年了|0.85",
      "噪音已经持续两个多月了|已经持续两个多月了|0.85",
      "臭了一年多了也没人管|一年多了|0.85",
      "这股焦糊味有三个月，一直没人管|有三个月|0.85",
      // a river or a well run dry is the matter, no years of work (干了十年)
      "从去年开始河水都干了，上游的小电站截流|从去年开始|0.9",
      "自打前年起村里的井全干了，旁边在挖矿|自打前年起|0.9",
      // one taken to hospital is the matter, no time one lived somewhere (住了十年)
      "从上周开始好几个人住了院，都说是厂里漏气|从上周开始|0.9",
      // a past time the matter is told at: less sure
      "昨天晚上十点多厂里往河里排黑水，整条河都是臭的|昨天晚上|0.7",
      "最近小区后面总有一股烧塑料的味道|最近|0.7",
      // English
      "The dye works has been dumping red water into the river since last month|since last month|0.9",
      "They have been burning rubbish at night for three weeks|for three weeks|0.9",
      "The smell started 2 weeks ago|2 weeks ago|0.9",
      "Last night the plant released a cloud of yellow smoke|Last night|0.7",
      // a stretch up to now, as people say it (有三个来月了; "it's been…", "going on…", "for about half a year")
      "烧烤摊的油烟这都两个来月了，天天熏到三楼|都两个来月了|0.85",
      "The piggery by the canal has stunk for about half a year now and nobody comes|for about half a year|0.85",
      "Grey dust from the quarry, it's been three months already, our cars are covered|three months already|0.85",
      "The kiln smoke has been going on for almost a year|for almost a year|0.85",
      "Diesel fumes from the depot every morning, going on a year now|a year now|0.85",
      "The creek has been like this for the past year, brown and foamy|for the past year|0.85"})
  void theStartIsFoundAsWritten(String text, String since, double confidence) {
    Since.Found f = Since.find(text);
    assertThat(f).as(text).isNotNull();
    assertThat(f.text()).isEqualTo(since);
    assertThat(f.confidence()).isEqualTo(confidence);
    assertThat(text.substring(f.start(), f.end()).strip()).isEqualTo(since);
  }

  @ParameterizedTest
  @ValueSource(strings = {
      // a habit is no start
      "饭店每天晚上油烟很大，熏得人没法开窗",
      "工地天天夜里打桩",
      // times of the complaint, the hotline, an inspection, or of the writer's own life
      "去年就投诉过，到现在也没人管，厂子还在排",
      "上周打了12345，说会来查，结果没人来",
      "环保局三个月前来检查过，罚了款就走了",
      "我在这个小区住了十年了，从没这么臭过",
      "我在这个厂干了十几年了，从没见过这么排的",
      // a day or a few the story tells of (有一天晚上), no stretch up to now
      "有一天晚上下班回家，看见河面上漂满了死鱼",
      "有两天夜里臭得根本睡不着，楼下饭店的油烟太大",
      "We complained last month and nobody came",
      // "since then" hangs on another time
      "The pipe broke and the creek has smelled since then",
      // an age, a season that comes back every year, the nearest houses, a time since another event
      "我今年七十三了，厂里的粉尘天天落在院子里",
      // a rough age, as the elderly say it
      "我今年七十多了，屋后那家砖厂的烟呛得人直咳嗽",
      "老伴今年快八十了，石料厂的粉尘落得满院子都是",
      "我今年都六十好几了，楼下饭馆的油烟把窗户熏得发黑",
      "我爸今年八十出头，腿脚不便，养鸭场的臭味他天天闻",
      "养殖场建在河边，夏天臭得不得了",
      "锅炉房一到冬天就冒黑烟",
      "我们住得最近的几家晚上根本睡不着",
      // a time the matter came back, not when it began
      "搅拌站的扬尘还是很严重，昨天又有几十辆渣土车进出",
      "The plant released that yellow smoke again last night",
      // a week or a year of something else: the writer's life, a closure, a complaint
      "The sawmill was shut for a week in May and nobody minded",
      "I have lived here for about ten years and it was never this bad",
      "We have complained for almost a year about the dust",
      // no time at all
      "河里全是死鱼，臭得很",
      "自来水发黄有怪味"})
  void noTimeOfTheMatterIsNone(String text) {
    assertThat(Since.find(text)).as(text).isNull();
  }

  @ParameterizedTest
  @ValueSource(strings = {
      // a start is preferred to a time told in passing, wherever it stands
      "昨天又闻到了，这个厂从去年夏天开始就偷排",
      // a complaint's time is passed over for the matter's
      "去年投诉过一次，从今年开春开始又偷排了"})
  void aStartSaidAsOneWinsOverOtherTimes(String text) {
    Since.Found f = Since.find(text);
    assertThat(f).as(text).isNotNull();
    assertThat(f.text()).startsWith("从");
  }
}
