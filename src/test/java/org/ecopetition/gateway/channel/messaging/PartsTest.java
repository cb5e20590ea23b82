package org.ecopetition.gateway.channel.messaging;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class PartsTest {
  private final Parts wechat = new Parts(2048, Parts.Unit.UTF8_BYTES);

  @Test
  void aLongSummaryIsCutBetweenLinesWithinTwoThousandAndFortyEightBytes() {
    List<String> lines = new ArrayList<>();
    for (int i = 0; i < 60; i++) {
      lines.add("第" + i + "项：村口电镀厂夜间向河道排放黄色废水，河水发黑发臭。");
    }
    String summary = String.join("\n", lines);
    List<String> parts = wechat.split(summary);
    assertThat(parts.size()).isGreaterThan(1);
    assertThat(parts).allMatch(p -> p.getBytes(StandardCharsets.UTF_8).length <= 2048);
    assertThat(String.join("\n", parts)).isEqualTo(summary);
    for (String p : parts) {
      assertThat(lines).containsAll(List.of(p.split("\n")));
    }
  }

  @Test
  void onlyALineLongerThanAPartIsCutInsideAndNeverInsideACharacter() {
    String line = "水".repeat(1000) + "😀".repeat(10);
    List<String> parts = wechat.split(line);
    assertThat(parts).allMatch(p -> p.getBytes(StandardCharsets.UTF_8).length <= 2048);
    assertThat(String.join("", parts)).isEqualTo(line);
    assertThat(parts).noneMatch(p -> Character.isHighSurrogate(p.charAt(p.length() - 1)));
  }

  @Test
  void smsCountsCharacters() {
    Parts sms = new Parts(70, Parts.Unit.CHARACTERS);
    assertThat(sms.split("短".repeat(70))).hasSize(1);
    assertThat(sms.split("短".repeat(71))).hasSize(2);
    assertThat(sms.fitsTogether("a".repeat(30), "b".repeat(38))).isTrue();
    assertThat(sms.fitsTogether("a".repeat(30), "b".repeat(39))).isFalse();
  }
}
