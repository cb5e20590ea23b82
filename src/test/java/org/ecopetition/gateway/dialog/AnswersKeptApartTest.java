package org.ecopetition.gateway.dialog;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.ecopetition.gateway.nlp.Extractor;
import org.ecopetition.gateway.nlp.HanLpExtractor;
import org.ecopetition.gateway.nlp.Classifiers;
import org.junit.jupiter.api.Test;

/**
 * dialogfix12: what an answer holds besides the item asked is kept apart from it — the place before a unit's name, a
 * phone in an address, a bare name that holds a command word, "don't know" at an option question, a fear told of
 * someone else. Each class in sentences of our own, through the shipped dialogs with the rule extractor and the
 * gateway's own (the classifiers decide which questions are asked).
 */
class AnswersKeptApartTest {
  static final DialogEngine ENGINE = DialogConversationTest.ENGINE;
  static final List<Extractor> EXTRACTORS = List.of(DialogConversationTest.EXTRACTOR,
      new HanLpExtractor(DialogConversationTest.GAZETTEER, Classifiers.bundled()));

  record Walk(Turn last, String transcript) {
    Map<String, String> slots() {
      return last.state().current() == null ? Map.of() : last.state().current().slots();
    }
  }

  static Walk walk(Extractor ex, String lang, String... messages) {
    Turn t = ENGINE.start(lang);
    List<String> said = new ArrayList<>();
    for (String m : messages) {
      String l = t.state().lang();
      t = ENGINE.handle(t.state(), new Input(m, ex.extract(m), Duration.ZERO));
      said.add("YOU: " + m);
      for (Reply r : t.replies()) {
        said.add("BOT: " + ENGINE.plainText(r, l));
      }
    }
    return new Walk(t, String.join("\n", said));
  }

  /** A place before 那个/那家/的 when asked who causes it is where the unit is, not its name. */
  @Test
  void thePlaceBeforeAUnitIsNotItsName() {
    String[][] cases = {
        {"广州市白云区太和镇天天排黑烟，三个月了，二十多户受影响，希望查处", "太和镇那个宏达化工厂", "宏达化工厂"},
        {"广州市白云区太和镇天天排黑烟，三个月了，二十多户受影响，希望查处", "白云区那家宏达化工厂", "宏达化工厂"},
        {"南京市江宁区禄口街道的河里天天漂死鱼，上个月开始，全村都受影响，希望查处", "禄口街道的金陵化工厂", "金陵化工厂"},
        {"南京市江宁区禄口街道的河里天天漂死鱼，上个月开始，全村都受影响，希望查处", "就是禄口街道那家鑫源印染厂", "鑫源印染厂"},
        {"苏州市吴中区木渎镇晚上噪音很大，两个月了，十几户受影响，希望晚上停工", "木渎镇这家永兴石材加工厂", "永兴石材加工厂"},
        {"苏州市吴中区晚上噪音很大，两个月了，十几户受影响，希望晚上停工", "吴中区木渎镇那个永兴石材加工厂", "永兴石材加工厂"},
    };
    for (Extractor ex : EXTRACTORS) {
      for (String[] c : cases) {
        Walk w = walk(ex, "zh", c[0], c[1]);
        assertThat(w.slots()).as(w.transcript()).containsEntry("polluter", c[2]);
      }
    }
    // The lead, when finer than the place kept, makes it finer: the town said with the unit is the problem's town.
    Walk finer = walk(DialogConversationTest.EXTRACTOR, "zh", cases[5][0], cases[5][1]);
    assertThat(finer.slots()).as(finer.transcript()).containsEntry("location.town", "木渎镇");
  }

  /** Look-alikes: a registered name beginning with its place, or a unit in another place, stays whole. */
  @Test
  void aNameBeginningWithItsPlaceStaysWhole() {
    String first = "广州市白云区太和镇天天排黑烟，三个月了，二十多户受影响，希望查处";
    for (String[] c : new String[][] {{"广州市宏达化工有限公司", "广州市宏达化工有限公司"}, {"白云区太和宏达化工厂", "白云区太和宏达化工厂"},
        {"从化区那家鑫达化工厂", "从化区那家鑫达化工厂"}}) {
      Walk w = walk(DialogConversationTest.EXTRACTOR, "zh", first, c[0]);
      assertThat(w.slots()).as(w.transcript()).containsEntry("polluter", c[1]);
    }
  }

  /** A phone said in the address answer is the phone, never part of the address. */
  @Test
  void aPhoneInTheAddressIsThePhone() {
    String first = "广州市白云区太和镇的宏达化工厂天天排黑烟，三个月了，二十多户受影响，希望查处";
    String[][] cases = {
        {"幸福小区3栋，电话13800001111", "幸福小区3栋", "13800001111"},
        {"白云区太和镇幸福小区3栋 电话是13800001111", "白云区太和镇幸福小区3栋", "13800001111"},
        {"住在金沙街道和平路12号，手机号13912345678", "住在金沙街道和平路12号", "13912345678"},
        {"太和镇新村二巷5号，联系方式：139-1234-5678", "太和镇新村二巷5号", "13912345678"},
        {"13700002222，太和镇民主村18号", "太和镇民主村18号", "13700002222"},
        {"龙归街道南岭小区7栋302，有事打13600003333", "龙归街道南岭小区7栋302", "13600003333"},
    };
    for (Extractor ex : EXTRACTORS) {
      for (String[] c : cases) {
        Walk w = walk(ex, "zh", first, "实名", "王秀英", c[0]);
        assertThat(w.slots()).as(w.transcript()).containsEntry("address", c[1]).containsEntry("phone", c[2]);
      }
    }
    String en = "The chemical plant in 江苏省南京市江宁区秣陵街道 has poured black smoke every night since last month, about twenty "
        + "households, please investigate";
    String[][] english = {
        {"12 Lake Road, phone 13800001111", "12 Lake Road", "13800001111"},
        {"Flat 302, Building 5, Xingfu Estate, call me on 13912345678", "Flat 302, Building 5, Xingfu Estate", "13912345678"},
        {"No. 8 Shuanglong Avenue, my number is 139 1234 5678", "No. 8 Shuanglong Avenue", "13912345678"},
        {"Room 5, 18 Heping Road and mobile 13700002222", "Room 5, 18 Heping Road", "13700002222"},
        {"13600003333, 7 Minzhu Lane", "7 Minzhu Lane", "13600003333"},
    };
    for (Extractor ex : EXTRACTORS) {
      for (String[] c : english) {
        Walk w = walk(ex, "en", en, "Give my name", "Wang Jianguo", c[0]);
        assertThat(w.slots()).as(w.transcript()).containsEntry("address", c[1]).containsEntry("phone", c[2]);
      }
    }
  }

  /** A given name that holds a command word (管, 办, 拆…), typed alone at the name or the anonymity question, is a name. */
  @Test
  void aBareNameHoldingACommandWordIsAName() {
    String first = "广州市白云区太和镇的宏达化工厂天天排黑烟，三个月了，二十多户受影响，希望查处";
    for (Extractor ex : EXTRACTORS) {
      for (String name : List.of("王管英", "李办", "刘拆", "孙查", "赵停云", "陈罚", "周搬", "吴办林")) {
        Walk atName = walk(ex, "zh", first, "实名", name);
        assertThat(atName.slots()).as(atName.transcript()).containsEntry("name", name);
        Walk atChoice = walk(ex, "zh", first, name);
        assertThat(atChoice.slots()).as(atChoice.transcript()).containsEntry("name", name).containsEntry("anonymous", "named");
      }
      // Look-alikes: what should be done, typed alone at the anonymity question, is no name.
      for (String demand : List.of("严查", "关停", "管一下", "查一查", "管管", "快办", "重罚", "停工", "拆除")) {
        Walk w = walk(ex, "zh", first, demand);
        assertThat(w.slots()).as(w.transcript()).doesNotContainKey("name");
      }
    }
  }

  /** "I don't know" at the kind question, in either language: the catch-all kind, said so, and the intake goes on. */
  @Test
  void dontKnowAtTheKindQuestionGoesOn() {
    String[] zhFirst = {"广州市白云区太和镇我家附近有个情况，困扰我们很久了", "南京市江宁区禄口街道这边出了点状况，好几个月了"};
    for (String first : zhFirst) {
      for (String dunno : List.of("不知道", "不清楚", "说不清", "我也不晓得", "I don't know")) {
        Walk w = walk(DialogConversationTest.EXTRACTOR, "zh", first, dunno);
        assertThat(w.transcript()).as(w.transcript()).contains("主要是哪一类问题");
        assertThat(w.slots()).as(w.transcript()).containsEntry("kind", "other");
        assertThat(w.transcript()).contains("先按“其他”记下").doesNotContain("请从下面的选项中选择");
      }
    }
    String en = "Something has bothered us near our home in 南京市玄武区 for months";
    for (String dunno : List.of("I don't know", "not sure", "no idea", "dunno", "idk", "I really don't know")) {
      Walk w = walk(DialogConversationTest.EXTRACTOR, "en", en, dunno);
      assertThat(w.transcript()).as(w.transcript()).contains("What kind of problem");
      assertThat(w.slots()).as(w.transcript()).containsEntry("kind", "other");
      assertThat(w.transcript()).contains("noted as \"Other\"").doesNotContain("Please choose");
    }
  }

  /** Someone else's fear of retaliation, said in the story or at a question, chooses nothing for the writer. */
  @Test
  void aFearToldOfOthersLeavesTheDisclosureQuestion() {
    String base = "广州市白云区太和镇的宏达化工厂天天排黑烟，三个月了，二十多户受影响，希望查处";
    for (Extractor ex : EXTRACTORS) {
      for (String fear : List.of("，工人们都怕被报复", "，邻居们怕被打击报复，不敢出面", "，村里好多人怕被报复", "，厂里的工人说怕被老板知道了开除")) {
        Walk w = walk(ex, "zh", base + fear);
        assertThat(w.slots()).as(w.transcript()).doesNotContainKey("disclose");
      }
      Walk atQuestion = walk(ex, "zh", base, "他们怕被报复");
      assertThat(atQuestion.slots()).as(atQuestion.transcript()).doesNotContainKey("disclose");
      assertThat(atQuestion.transcript()).doesNotContain("已记下：向被投诉方透露身份");
      Walk own = walk(ex, "zh", base + "，我怕被报复");
      assertThat(own.slots()).as(own.transcript()).containsEntry("disclose", "no");
      String en = "The chemical plant in 江苏省南京市江宁区秣陵街道 has poured black smoke every night since last month, about twenty "
          + "households, please investigate";
      for (String fear : List.of(". The workers are afraid of retaliation.", ". My neighbours are scared of reprisals.")) {
        Walk w = walk(ex, "en", en + fear);
        assertThat(w.slots()).as(w.transcript()).doesNotContainKey("disclose");
      }
      Walk ownEn = walk(ex, "en", en + ". I'm afraid of retaliation.");
      assertThat(ownEn.slots()).as(ownEn.transcript()).containsEntry("disclose", "no");
    }
  }
}
