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

  @Test
  void theUtf8LengthIsCountedAsTheEncoderWouldEncode() {
    java.util.Random r = new java.util.Random(12);
    String[] pieces = {"a", "水", "é", "😀", "\n", " ", "\ud800", "\udc00", "Ω"};
    for (int n = 0; n < 2_000; n++) {
      StringBuilder b = new StringBuilder();
      for (int i = r.nextInt(40); i > 0; i--) {
        b.append(pieces[r.nextInt(pieces.length)]);
      }
      String s = b.toString();
      assertThat(Parts.utf8Length(s)).as(s).isEqualTo(s.getBytes(StandardCharsets.UTF_8).length);
    }
  }

  @Test
  void aTextWithinOnePartIsOnePartAsItIs() {
    String reply = "请问污染发生在哪里？\n\n1. 村口\n2. 河边";
    assertThat(wechat.split(reply)).containsExactly(reply);
    assertThat(wechat.split("")).containsExactly("");
  }

  @Test
  void longTextsAreCutAsTheLineByLineMeasureCutThem() {
    java.util.Random r = new java.util.Random(7);
    Parts sms = new Parts(70, Parts.Unit.CHARACTERS);
    String[] lines = {"第一项：河水发黑。", "", "夜间排放黄色废水，味道刺鼻，" .repeat(3), "ok", "😀".repeat(30),
        "水".repeat(700), "a".repeat(2047)};
    for (int n = 0; n < 300; n++) {
      StringBuilder b = new StringBuilder(lines[0]);
      for (int i = r.nextInt(30); i > 0; i--) {
        b.append('\n').append(lines[r.nextInt(lines.length)]);
      }
      String text = b.toString();
      for (Parts p : List.of(wechat, sms)) {
        assertThat(p.split(text)).as(text).isEqualTo(lineByLine(p, p == sms ? 70 : 2048, text));
      }
    }
  }

  /** The former cut (each candidate part measured whole, line by line), as the reference for the one kept running. */
  private static List<String> lineByLine(Parts p, int limit, String text) {
    List<String> parts = new ArrayList<>();
    StringBuilder current = new StringBuilder();
    for (String line : text.split("\n", -1)) {
      String candidate = current.length() == 0 ? line : current + "\n" + line;
      if (p.size(candidate) <= limit) {
        current.setLength(0);
        current.append(candidate);
        continue;
      }
      if (current.length() > 0) {
        parts.add(current.toString());
        current.setLength(0);
      }
      String rest = line;
      while (p.size(rest) > limit) {
        List<String> cut = p.split(rest);
        parts.addAll(cut.subList(0, cut.size() - 1));
        rest = cut.get(cut.size() - 1);
      }
      current.append(rest);
    }
    if (current.length() > 0 || parts.isEmpty()) {
      parts.add(current.toString());
    }
    return parts;
  }
}
