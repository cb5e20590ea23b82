package org.ecopetition.gateway.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Round nine's class (and rounds five to eight's), in words of our own: a report typed in pinyin is Chinese. */
class PinyinTextTest {
  @ParameterizedTest(name = "{0} → {1}")
  @CsvSource(delimiter = '|', value = {
      "women xiaoqu pangbian you ge huagong chang tiantian pai feiqi | true",
      "NANJING JIANGNING QU YOU JIA ZHIYAO CHANG WANSHANG TOU PAI | true",
      "The factory next to our school burns plastic every night | false",
      "Hi I am in Wuhan | false",
      "ok | false"})
  void pinyinIsToldFromEnglish(String text, boolean want) {
    assertThat(PinyinText.is(text)).isEqualTo(want);
  }
}
