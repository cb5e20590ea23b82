package org.ecopetition.gateway.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * What a copy masked is read back from it and its original ({@link Redaction#maskedIn}): the third persons' names,
 * phones, ID numbers and addresses as well as the writer's, so that other texts of the case can be masked with them.
 */
class RedactionMaskedInTest {
  static final String LETTER = "我叫苗清禾，电话13706542198。楼上住的表哥钱立峰也受影响，钱立峰的手机15157390826，"
      + "身份证330106198811074210，住在桂花弄21号。证人是小区门卫孙德胜。楼下的汽修店天天喷漆，味道很冲。";

  static Identity span(String text, String value, String type, String whose, int nth) {
    int at = -1;
    for (int k = 0; k <= nth; k++) {
      at = text.indexOf(value, at + 1);
    }
    return new Identity(type, whose, at, at + value.length());
  }

  @Test
  void everyMaskedIdentityIsReadBackThirdPersonsIncluded() {
    List<Identity> spans = List.of(span(LETTER, "苗清禾", Identity.NAME, Identity.PETITIONER, 0),
        span(LETTER, "13706542198", Identity.PHONE, Identity.PETITIONER, 0),
        span(LETTER, "钱立峰", Identity.NAME, Identity.THIRD, 0), span(LETTER, "钱立峰", Identity.NAME, Identity.THIRD, 1),
        span(LETTER, "15157390826", Identity.PHONE, Identity.THIRD, 0),
        span(LETTER, "330106198811074210", Identity.ID, Identity.THIRD, 0),
        span(LETTER, "桂花弄21号", Identity.ADDRESS, Identity.THIRD, 0),
        span(LETTER, "孙德胜", Identity.NAME, Identity.THIRD, 0));
    String copy = Redaction.redact(LETTER, spans, Map.of(), null);
    Map<String, Set<String>> read = Redaction.maskedIn(LETTER, copy);
    assertThat(read.get(Identity.NAME)).containsExactly("苗清禾", "钱立峰", "孙德胜");
    assertThat(read.get(Identity.PHONE)).containsExactly("13706542198", "15157390826");
    assertThat(read.get(Identity.ID)).containsExactly("330106198811074210");
    assertThat(read.get(Identity.ADDRESS)).containsExactly("桂花弄21号");
    // What staff write later about the cousin is masked with them, however the phone is written.
    assertThat(Redaction.values(read).redact("经核实，钱立峰（151 5739 0826）住桂花弄21号，门卫孙德胜亦证实。"))
        .isEqualTo("经核实，【姓名】（【电话】）住【地址】，门卫【姓名】亦证实。");
  }

  @Test
  void aCopyRewrittenByAPersonIsReadUpToWhereItDiffers() {
    String original = "邻居冯远山说鱼塘死了鱼。冯远山的电话18923456701，他很着急。";
    String copy = "邻居【姓名】说鱼塘死了鱼。【姓名】的电话【电话】，着急。";
    assertThat(Redaction.maskedIn(original, copy)).isEqualTo(Map.of(Identity.NAME, Set.of("冯远山")));
    // Nothing masked, or nothing alike: nothing read.
    assertThat(Redaction.maskedIn(original, original)).isEmpty();
    assertThat(Redaction.maskedIn(original, "完全不同的文字【姓名】")).isEmpty();
    assertThat(Redaction.maskedIn(null, copy)).isEmpty();
  }

  @Test
  void twoPlaceholdersSideBySideAreSkippedTheRestRead() {
    String original = "联系人闻秀兰13877776543，另有邻居伍国栋。";
    String copy = "联系人【姓名】【电话】，另有邻居【姓名】。";
    assertThat(Redaction.maskedIn(original, copy)).isEqualTo(Map.of(Identity.NAME, Set.of("伍国栋")));
  }

  /**
   * The word between two placeholders also inside the first value (王和平, "和"): every cut that aligns the whole copy
   * is read, never only the first occurrence of the word (which read "王" and "平和孙德胜", and lost both names).
   */
  @Test
  void aWordBetweenTwoPlaceholdersThatAlsoOccursInTheFirstValueIsNoCut() {
    String original = "证人王和平和欧阳和也说，化工厂的电话0571-8888 6666和13905716688都打不通。";
    String copy = "证人【姓名】和【姓名】也说，化工厂的电话【电话】和【电话】都打不通。";
    Map<String, Set<String>> read = Redaction.maskedIn(original, copy);
    assertThat(read.get(Identity.NAME)).contains("王和平", "欧阳和");
    assertThat(read.get(Identity.PHONE)).contains("0571-8888 6666", "13905716688");
    // Whatever else is read lies inside what was masked: no word of the copy's own text.
    read.values().forEach(vs -> vs.forEach(v -> assertThat("王和平和欧阳和 0571-8888 6666和13905716688").contains(v)));
  }

  /** Generated letters, spans masked at random: each value masked alone between two literals is read back. */
  @Test
  void generatedCopiesAreReadBackExactly() {
    Random random = new Random(25);
    String[] names = {"钟雨桐", "贺文斌", "严秋菊", "欧阳明远"};
    String[] fillers = {"反映", "，", "。", "说", "家", "门口的", "化工厂", "排污", "电话", "住在", "和", "有"};
    for (int round = 0; round < 2000; round++) {
      StringBuilder text = new StringBuilder();
      List<Identity> spans = new ArrayList<>();
      List<String> values = new ArrayList<>();
      int pieces = 1 + random.nextInt(6);
      for (int p = 0; p < pieces; p++) {
        text.append(fillers[random.nextInt(fillers.length)]).append(fillers[random.nextInt(fillers.length)]);
        String v = random.nextBoolean() ? names[random.nextInt(names.length)]
            : "1" + (3 + random.nextInt(7)) + String.format("%09d", random.nextInt(1_000_000_000));
        String type = v.charAt(0) == '1' ? Identity.PHONE : Identity.NAME;
        spans.add(new Identity(type, Identity.THIRD, text.length(), text.length() + v.length()));
        values.add(v);
        text.append(v);
      }
      text.append("。");
      String t = text.toString();
      String copy = Redaction.redact(t, spans, Map.of(), null);
      Map<String, Set<String>> read = Redaction.maskedIn(t, copy);
      Set<String> all = new java.util.HashSet<>();
      read.values().forEach(all::addAll);
      // A value is lost only beside another placeholder (its literal empty); none is ever a wrong cut.
      assertThat(values).as(t + " → " + copy).containsAll(all);
      if (!copy.contains("】【")) {
        assertThat(all).as(t + " → " + copy).containsExactlyInAnyOrderElementsOf(new java.util.HashSet<>(values));
      }
    }
  }
}
