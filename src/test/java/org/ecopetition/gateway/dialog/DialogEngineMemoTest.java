package org.ecopetition.gateway.dialog;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.ecopetition.gateway.nlp.Gazetteer;
import org.ecopetition.gateway.nlp.RuleExtractor;
import org.ecopetition.gateway.support.TestClock;
import org.junit.jupiter.api.Test;

/**
 * Issue 16: within one call of the engine a text is keyed ({@link Text#key}: simplified, half-width, lower case)
 * once however often the call matches it, and nothing of the call is kept once it returns.
 */
class DialogEngineMemoTest {
  @Test
  void aCallKeysEachTextOnceAndKeepsNothing() {
    List<String> keyed = new ArrayList<>();
    Function<String, String> counting = s -> {
      keyed.add(s);
      return s.toLowerCase(java.util.Locale.ROOT);
    };
    String k = CallMemo.call(() -> {
      assertThat(CallMemo.active()).isTrue();
      CallMemo.key("確認提交", counting);
      CallMemo.key("確認提交", counting);
      // A call inside a call shares its memo.
      return CallMemo.call(() -> CallMemo.key("確認提交", counting) + CallMemo.key("Yes", counting));
    });
    assertThat(k).isEqualTo("確認提交yes");
    assertThat(keyed).containsExactly("確認提交", "Yes");
    assertThat(CallMemo.active()).isFalse();
    // Outside a call nothing is kept: each key is computed.
    CallMemo.key("Yes", counting);
    CallMemo.key("Yes", counting);
    assertThat(keyed).containsExactly("確認提交", "Yes", "Yes", "Yes");
    assertThat(Text.key("  確認提交！")).isEqualTo("确认提交");
  }

  @Test
  void noTurnLeavesAMemoBehind() {
    Gazetteer g = Gazetteer.bundled();
    DialogEngine engine = new DialogEngine(DialogLoader.load(Path.of("dialogs")), Map.of(), g::resolve,
        TestClock.CLOCK, Duration.ofMinutes(30));
    RuleExtractor x = new RuleExtractor(g);
    Turn t = engine.start("zh");
    assertThat(CallMemo.active()).isFalse();
    for (String say : List.of("工厂晚上往河里排废水，水都黑了", "是", "江苏省南京市江宁区秣陵街道", "1", "上个月",
        "南京某某化工有限公司", "20", "请尽快查处", "實名反映", "王建国", "南京市鼓楼区中山路1号", "13812345678",
        "不同意透露", "邮寄书面文书", "修改 诉求", "请依法处理", "确认提交")) {
      t = t.effect() != null ? engine.resume(t.state(), "registered", Map.of("caseNumber", "HB2026112900001"))
          : engine.handle(t.state(), new Input(say, x.extract(say), Duration.ZERO));
      assertThat(CallMemo.active()).as(say).isFalse();
    }
    assertThat(t.effect()).as("the script reached registration").isNotNull();
  }
}
