package org.ecopetition.gateway.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A dialog's short answers (a kind, a polluter, a time) are read on every turn: too short for the urgency classifier
 * to judge by meaning, they raise no urgent flag — or every conversation would page the duty officer — while a short
 * message the frames recognise still does.
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

  @ParameterizedTest
  @ValueSource(strings = {"着火了", "煤气泄漏了", "鱼全死了", "有人晕倒了"})
  void aShortMessageTheFramesKnowIsStillUrgent(String message) {
    assertThat(extractor.extract(message).field("urgent")).as(message).isPresent();
  }
}
