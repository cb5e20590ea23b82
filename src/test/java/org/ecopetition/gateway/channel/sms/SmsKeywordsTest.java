package org.ecopetition.gateway.channel.sms;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** 退订 / 订阅 as people type them on a phone, and the words of a report that only look like them. */
class SmsKeywordsTest {
  @Test
  void theKeywordAloneInAnyCaseWidthSpacingOrPunctuationIsAChoice() {
    for (String out : new String[] {"退订", " 退 订！", "“退订”", "退訂", "TD", "td", "ＴＤ", "T", "t。", "STOP", "Stop!",
        "ｓｔｏｐ", "取消短信", "取消 短信。", "【退订】"}) {
      assertThat(SmsKeywords.of(out)).as(out).hasValueSatisfying(k -> assertThat(k.choice())
          .isEqualTo(SmsKeywords.Choice.OPT_OUT));
    }
    for (String in : new String[] {"订阅", "“订阅”", "訂閱", "START", "start", "ＳＴＡＲＴ", " Start. "}) {
      assertThat(SmsKeywords.of(in)).as(in).hasValueSatisfying(k -> assertThat(k.choice())
          .isEqualTo(SmsKeywords.Choice.OPT_IN));
    }
    assertThat(SmsKeywords.of("STOP").orElseThrow().lang()).isEqualTo("en");
    assertThat(SmsKeywords.of("退订").orElseThrow().lang()).isEqualTo("zh");
  }

  @Test
  void wordsInsideAReportOrAnAnswerAreNotAChoice() {
    for (String report : new String[] {"工厂说要退订单", "我想退订阅的报纸", "请停止排污 STOP", "STOP dumping waste",
        "T恤厂排污水", "TDS超标", "取消短信通知以后还能查吗", "1", "是", "人工", "订阅号上看到的", "start again?"}) {
      assertThat(SmsKeywords.of(report)).as(report).isEmpty();
    }
  }
}
