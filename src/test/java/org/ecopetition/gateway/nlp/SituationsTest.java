package org.ecopetition.gateway.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The Art 19 situations as frames over word lists: each frame recognised in words no fixed phrase lists,
 * and the look-alikes that are not urgent (a figure of speech, a past event, a fear, a rumour, a number alone).
 */
class SituationsTest {
  static final Situations SITUATIONS = Situations.bundled();

  static List<String> found(String text) {
    return SITUATIONS.find(Normaliser.normalise(text)).stream().map(Situations.Hit::situation).distinct().toList();
  }

  static boolean life(String text) {
    return SITUATIONS.find(Normaliser.normalise(text)).stream().anyMatch(Situations.Hit::lifeSafety);
  }

  @ParameterizedTest(name = "{1}: {0}")
  @CsvSource(delimiter = '|', value = {
      "屯子里那口水井今天抽上来的水发浑，一股子煤油味 | drinking_water",
      "小区水龙头放出来的水是黄的，这还能喝吗 | drinking_water",
      "河湾里的鹅一下子死了好几十只 | mass_death",
      "塘里的鲫鱼全翻白了 | mass_death",
      "dozens of sheep died near the stream this week | mass_death",
      "一辆槽车在桥上侧翻，车上的液体往桥下淌，流到了河里 | spill_leak",
      "有人把几桶废酸倒进了村边的水渠 | spill_leak",
      "卫生所把带血的针头扔在操场边，小孩在那儿玩 | hazardous_waste",
      "幼儿园隔壁有人烧旧轮胎，黑烟飘进了教室 | school",
      "车间里好多工人都说头晕，一股怪味 | people_ill",
      "几十个村民在镇政府门口静坐，不让车进出 | crowd",
      "我们明天准备一起去市政府上访 | crowd",
      "油库冒起大火了 | fire",
      "罐区那边轰的一声巨响，玻璃全碎了 | explosion",
      "再这样下去我就从他们厂房顶上跳下去 | threat",
      "急！！！河边有人在倒东西 | emergency",
      "县医院旁边那个厂天天排废气，病房里都闻得到 | school",
      "敬老院隔壁在烧垃圾，黑烟往屋里飘 | school",
      "全村都吃水窖里的水，这几天水发黑还发臭 | drinking_water",
      "楼顶水塔放出来的水有股怪味 | drinking_water",
      "那个厂再不关我就去他们门口喝药 | threat",
      "I will take my own life if they keep dumping | threat"})
  void aFrameIsFoundWhateverTheWords(String text, String situation) {
    assertThat(found(text)).contains(situation);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "我奶奶喝了那口井的水，上吐下泻，已经送到卫生院了",
      "化工厂的氯气管道破了，气味飘过来，大家捂着嘴往外跑",
      "他吃了塘里捞的鱼以后抽搐",
      "有个工人掉进了污水池",
      "加油站着火了"})
  void aDangerToLifeIsSeen(String text) {
    assertThat(life(text)).isTrue();
  }

  @Test
  void fouledDrinkingWaterAndSomeoneIllIsAPoisoningWhereverBothAreTold() {
    assertThat(life("我们这边的自来水有股汽油味。昨天晚上开始，我家老人肚子痛")).isTrue();
    assertThat(life("我们这边的自来水有股汽油味")).isFalse();
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "楼下的烧烤店吵死了，臭死了",
      "隔壁的狗天天叫，烦死了",
      "去年那个厂爆炸过一次，现在还在生产",
      "2018年那次泄漏以后厂里一直说整改",
      "加油站离学校这么近，万一着火怎么办",
      "网上有人说化工厂要爆炸了，是真的吗",
      "过年放烟花，烟太大了",
      "我们小区几百户人家都受到噪声影响",
      "上千名群众签名，要求搬迁搅拌站",
      "物业把我的个人信息泄露给了装修公司",
      "楼上漏水，把我家天花板泡坏了",
      "这个味道让人恶心，太难闻了",
      "村里有几个老人得了癌症，好多人都在生病，怀疑跟厂有关",
      "工地把渣土倒在公园里，树都被埋了",
      "猪场把死猪扔在沟里，臭得很",
      "早上校车、公交车堵在一起按喇叭，吵得很",
      "there was an explosion at the plant years ago and we still worry"})
  void aLookAlikeIsNotUrgent(String text) {
    assertThat(found(text)).isEmpty();
  }

  @Test
  void theClassifierReadsKindsOfWordsAndNothingOfAFigureOfSpeech() {
    assertThat(SITUATIONS.features("井水发黑")).contains("@supply", "@foul", "@supply+foul");
    assertThat(SITUATIONS.features("吵死了")).isEmpty();
    assertThat(SITUATIONS.features("去年爆炸")).contains("@guarded").doesNotContain("@explosion");
  }
}
