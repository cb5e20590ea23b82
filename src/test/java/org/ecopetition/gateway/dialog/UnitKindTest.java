package org.ecopetition.gateway.dialog;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A unit named by its kind alone, and the look-alikes: the writer's own, a place they work at or go to, none, no kind. */
class UnitKindTest {
  @Test
  void kindsAlone() {
    String[][] cases = {{"村里的砖厂天天冒黑烟", "砖厂"}, {"村口那个工地半夜还在施工", "工地"}, {"河边的沙场天天拉沙", "沙场"},
        {"楼下的饭店油烟直接排到我家窗户", "饭店"}, {"隔壁的猪场臭死了", "猪场"}, {"楼下KTV每天唱到凌晨", "KTV"}, {"后山那个砖窑烧煤", "砖窑"}};
    for (String[] c : cases) {
      assertThat(UnitKind.in(c[0])).as(c[0]).contains(c[1]);
    }
  }

  @Test
  void englishKindsAloneOfAnyLength() {
    String[][] cases = {{"There is a brick kiln near my village", "brick kiln"}, {"The chemical plant east of our village dumps waste water", "chemical plant"},
        {"The restaurant downstairs blows its kitchen exhaust into our windows", "restaurant"}, {"A car repair shop sprays paint in the open", "car repair shop"},
        {"the KTV below us sings until 2 am", "KTV"}, {"The pig farm behind the hill smells terrible", "pig farm"},
        {"a construction site works all night", "construction site"}, {"The quarry blasts every afternoon", "quarry"},
        {"The Paper Mill dumps black water", "Paper Mill"}, {"the mine pollutes the stream", "mine"}};
    for (String[] c : cases) {
      assertThat(UnitKind.in(c[0])).as(c[0]).contains(c[1]);
    }
  }

  @Test
  void notTheWritersOwnNorWhereTheyWorkOrGoNorNoKind() {
    for (String s : new String[] {"我在工地上班，旁边的河被污染了", "我家是开饭店的", "附近没有砖厂，不知道哪来的烟", "昨天去饭店吃饭闻到的",
        "河水发黑，鱼都死了", "厂子晚上噪音很大", "那个工厂天天排废水", "一家公司在倒渣土", "宁平镇工地村的河", "My restaurant is next to the river and it smells",
        "I work at the construction site and the river nearby is black", "We went to the restaurant and smelled it",
        "There is no brick kiln here, I do not know where the smoke comes from", "The factory dumps waste water at night",
        "A company is dumping soil", "A friend of mine says the river is black", "Our paper mill was closed, now the river stinks"}) {
      assertThat(UnitKind.in(s)).as(s).isEmpty();
    }
  }

  @Test
  void aUnitWordWithNeitherNameNorKindNamesNoOne() {
    for (String s : new String[] {"工厂冒的烟", "就是一家公司", "附近的厂子", "那个厂排的废水", "他们厂", "Smoke from a factory", "a factory",
        "some company upstream", "the plant", "Fumes from some plant"}) {
      assertThat(UnitKind.kindless(s)).as(s).isTrue();
    }
    for (String s : new String[] {"村口的砖厂", "宏达化工厂", "砖厂冒的烟", "一家化工厂", "不清楚", "他们", "the chemical plant", "Hengda Plastics factory",
        "a brick kiln", "unknown", "the restaurant downstairs"}) {
      assertThat(UnitKind.kindless(s)).as(s).isFalse();
    }
  }
}
