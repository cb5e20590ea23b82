package org.ecopetition.gateway.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A dialog's short answers (a kind, a polluter, a time) are read on every turn: too short for the urgency classifier
 * to judge by meaning, they raise no urgent flag — or every conversation would page the duty officer — while a short
 * message the frames recognise still does. A place alone names no person.
 */
class ShortAnswersTest {
  static HanLpExtractor extractor;

  @BeforeAll
  static void load() {
    extractor = new HanLpExtractor(Gazetteer.bundled(), Classifiers.bundled());
  }

  @ParameterizedTest
  @ValueSource(strings = {"化工厂", "水污染", "大气污染", "上个月", "村口的电镀厂", "镇上的化肥厂", "去年开始的", "一个多月了"})
  void aShortAnswerIsNotUrgent(String answer) {
    assertThat(extractor.extract(answer).field("urgent")).as(answer).isEmpty();
  }

  /**
   * The place question answered with a county's short name alone ("江宁", "海淀。"): a place, no person's name — read as
   * one, it was masked as 【姓名】 when the petitioner then chose anonymity, and the case's place with it. A name
   * alone stays a name.
   */
  @ParameterizedTest
  @ValueSource(strings = {"江宁", "海淀。", "曹县", "江宁区", "鼓楼"})
  void aPlaceAloneNamesNoOne(String answer) {
    Extraction x = extractor.extract(answer);
    assertThat(x.identities()).as(answer).isEmpty();
    assertThat(x.field("name")).as(answer).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {"王芳", "欧阳春", "江宁 13912345678"})
  void aNameAloneOrBesideAPhoneIsStillOne(String answer) {
    assertThat(extractor.extract(answer).field("name")).as(answer).isPresent();
  }

  /** 废物 naming waste (the kind of problem itself) is no insult; said of people it is. */
  @ParameterizedTest
  @ValueSource(strings = {"固体废物", "化工厂偷倒危险废物", "工业废物乱堆在河边", "医疗废物没人管"})
  void wasteIsNoInsult(String text) {
    assertThat(extractor.extract(text).field("abusive")).as(text).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {"你们这帮废物", "废物", "一群废物，什么都不管"})
  void anInsultIsStillOne(String text) {
    assertThat(extractor.extract(text).field("abusive")).as(text).isPresent();
  }

  @ParameterizedTest
  @ValueSource(strings = {"着火了", "煤气泄漏了", "鱼全死了", "有人晕倒了"})
  void aShortMessageTheFramesKnowIsStillUrgent(String message) {
    assertThat(extractor.extract(message).field("urgent")).as(message).isPresent();
  }
}
