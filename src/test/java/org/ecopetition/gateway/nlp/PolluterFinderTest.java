package org.ecopetition.gateway.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The learned polluter finder (nlp-models/README.md, "A learned polluter finder, cheap enough to wire in"), with
 * sentences of our own: units the rules do not name (a unit word no list holds with a proper head, an owner's works, a
 * capitalised name before a kind in lower case), each given at 0.5 so that the dialog asks; look-alikes naming no firm
 * where it adds nothing; the shape gate; the windows.
 */
class PolluterFinderTest {
  static HanLpExtractor rules;
  static HanLpExtractor both;
  static PolluterFinder finder;

  @BeforeAll
  static void load() {
    finder = PolluterFinder.bundled();
    rules = new HanLpExtractor(Gazetteer.bundled(), Classifiers.bundled(), LearnedNames.bundled(),
        HanLpExtractor.LEARNED_NAME_AT, null);
    both = new HanLpExtractor(Gazetteer.bundled(), Classifiers.bundled());
  }

  static String polluter(HanLpExtractor x, String text) {
    return x.extract(text).field("polluter").map(Extraction.Field::value).orElse(null);
  }

  @Test
  void findsUnitsTheRulesDoNotName() {
    for (String[] c : new String[][] {
        {"后山上的青峰林场在烧枝条，烟大得很。", "青峰林场"},
        {"老赵家的粉条坊天天往沟里倒废水，臭死了。", "老赵家的粉条坊"},
        {"Every morning Lvyuan fish farm behind the village pumps its pond water into our well.", "Lvyuan fish farm"},
        {"The Dongfeng brick kiln west of town sends black smoke over the school.", "Dongfeng brick kiln"}}) {
      assertThat(polluter(rules, c[0])).as("the rules alone: %s", c[0]).isNotEqualTo(c[1]);
      Extraction.Field f = both.extract(c[0]).field("polluter").orElseThrow();
      assertThat(f.value()).as(c[0]).isEqualTo(c[1]);
      assertThat(f.confidence()).as("asked, as a kind is: %s", c[0]).isEqualTo(0.5);
    }
  }

  @Test
  void addsNothingWhereNoFirmIsNamed() {
    for (String text : List.of(
        "我住在阳光花园小区，楼下的烧烤店油烟很大。",
        "The factory near our village burns plastic every night.",
        "A car wash on our street drains soapy water into the storm drain.",
        "张大爷家的孙子在城里开出租车，晚上回来很吵。",
        "请问办理排污许可证要去哪个部门？",
        "我们街道的菜市场垃圾没人清理，苍蝇到处飞。",
        "I live in Chaoyang District, Beijing. The noise from the construction site is unbearable.",
        "对面的加油站晚上卸油，一股汽油味。",
        "There's a noodle shop under my flat and its fan roars all night.")) {
      assertThat(polluter(both, text)).as(text).isEqualTo(polluter(rules, text));
    }
  }

  @Test
  void aNamedUnitOfTheRulesIsNeverReplaced() {
    String text = "河对岸的宏发石材加工部把废水直接排进河里。";
    Extraction.Field f = both.extract(text).field("polluter").orElseThrow();
    assertThat(f.value()).isEqualTo("宏发石材加工部");
    assertThat(f.confidence()).isEqualTo(0.8);
  }

  @Test
  void theShapeGateKeepsNamesAndDropsKindsPlacesAndClauses() {
    for (String name : List.of("青峰林场", "老赵家的粉条坊", "Dongfeng brick kiln", "Golden Wheat Bakery")) {
      assertThat(finder.shaped(name, 0, name.length())).as(name).isTrue();
    }
    for (String no : List.of("洗砂场", "金色花园", "A bakery", "There is a bar", "There's a noodle shop",
        "It's a laundry", "城关镇砖厂", "长兴某砖厂", "我们厂",
        "天然气", "Beijing", "养猪场")) {
      assertThat(finder.shaped(no, 0, no.length())).as(no).isFalse();
    }
  }

  @Test
  void readsOnlyWindowsEndingAtAUnitWordOrACapitalisedRun() {
    // no unit word and no capital: not one token is read
    assertThat(finder.find("半夜以后还在叮叮当当地响，吵得老人睡不着觉", 0.0)).isEmpty();
    // over the whole text at probability 0 every token is in a span; in windows only those near the unit word
    String text = "半夜以后还在叮叮当当地响，吵得老人睡不着觉，就是后山上的青峰林场在烧枝条";
    int unit = text.indexOf("林场") + 1; // the token where the unit word ends
    assertThat(finder.findAll(text, 0.0).get(0).start()).isEqualTo(0);
    for (PolluterFinder.Found f : finder.find(text, 0.0)) {
      assertThat(f.start()).isGreaterThanOrEqualTo(unit - PolluterFinder.BEFORE);
    }
  }

  @Test
  void trainingMarksEveryMentionOfTheLabel() {
    PolluterFeatures pf = finder.features();
    List<opennlp.tools.ml.model.Event> e = TrainModels.polluterEvents(pf, "青峰林场烧枝条，青峰林场不管", "“青峰林场”");
    StringBuilder outcomes = new StringBuilder();
    e.forEach(x -> outcomes.append(x.getOutcome()));
    assertThat(outcomes.toString()).isEqualTo("sccc" + "oooo" + "sccc" + "oo");
    assertThat(TrainModels.polluterEvents(pf, "没有这个名字", "青峰林场")).isNull();
  }
}
