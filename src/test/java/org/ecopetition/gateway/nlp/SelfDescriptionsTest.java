package org.ecopetition.gateway.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The writer's description of themselves by their place at or beside the reported party is masked in the copy that
 * can reach it (conf2, item 1); what names no one — near my home, what I saw in their works — stays as written.
 */
class SelfDescriptionsTest {
  @ParameterizedTest
  @CsvSource(delimiter = '|', textBlock = """
      我是厂里的电工，天天看见他们往河里排。                | 【本人情况】，天天看见他们往河里排。
      我在他们车间上班，晚上偷偷排污水。                    | 【本人情况】，晚上偷偷排污水。
      我家就在厂门口第一家，臭得没法住。                    | 【本人情况】，臭得没法住。
      我家楼下的饭店油烟很大                                | 【本人情况】的饭店油烟很大
      我老公是他们厂的司机，说每天夜里往山沟里倒废渣        | 【本人情况】，说每天夜里往山沟里倒废渣
      本人在该厂上夜班三年了，亲眼所见                      | 【本人情况】三年了，亲眼所见
      俺家跟养猪场一墙之隔，苍蝇成群                        | 【本人情况】，苍蝇成群
      我是老板的亲戚，但实在看不下去了                      | 【本人情况】，但实在看不下去了
      I work night shifts there and see them dump waste.   | 【本人情况】 and see them dump waste.
      I'm a driver for them. They dump at night.            | 【本人情况】. They dump at night.
      My house is right next to the plant, it stinks.       | 【本人情况】, it stinks.
      我是一个出租车司机我每天经过那个化工厂门口              | 【本人情况】我每天经过那个化工厂门口
      我们单位好几个同事恶心呕吐                            | 【本人情况】恶心呕吐
      """)
  void theWritersPlaceAtThePolluterIsMasked(String text, String masked) {
    assertThat(SelfDescriptions.mask(text)).isEqualTo(masked);
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', textBlock = """
      我家附近的化工厂天天排黑烟
      我看到他们的司机半夜往河里倒东西
      我看见车间里的工人把废液倒进下水道
      我们村的河被染成了红色
      我每天上午都闻到刺鼻的气味
      I saw their workers dump barrels into the river.
      We can smell it from the school.
      他们厂的员工都不敢说
      我不是工人，就住在这个村
      我姓戚 亲戚的戚
      我们在地里干活闻到一股怪味
      我觉得是车间的废气
      我们家三个人都拉肚子 隔壁也是
      我们小区住的大多是上班族和老人
      """)
  void whatNamesNoOneStays(String text) {
    assertThat(SelfDescriptions.mask(text)).isEqualTo(text);
  }
}
