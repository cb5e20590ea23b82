package org.ecopetition.gateway.dialog;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.ecopetition.gateway.nlp.Extraction;
import org.junit.jupiter.api.Test;

/** The engine alone, on the shipped dialogs: pure, no database, no Vert.x. Properties over random walks. */
class DialogEngineTest {
  static final DialogEngine ENGINE = DialogConversationTest.ENGINE;

  static Turn say(Turn t, String text) {
    return ENGINE.handle(t.state(), new Input(text, DialogConversationTest.EXTRACTOR.extract(text), Duration.ZERO));
  }

  static String text(Turn t) {
    return String.join("\n", t.replies().stream().map(Reply::text).toList());
  }

  /** A valid answer for whatever the dialog waits for, chosen at random among the options. */
  static String validAnswer(Turn t, Random r) {
    ConversationState s = t.state();
    Dialog d = DialogConversationTest.DIALOGS.dialogs().get(s.current().dialog());
    Step step = d.step(s.current().step());
    Reply last = t.replies().get(t.replies().size() - 1);
    if (!last.buttons().isEmpty() && (step.kind() == Step.Kind.CONFIRM || s.current().checking() != null
        || d.slots().get(step.arg()).type() == SlotType.ENUM)) {
      if (step.kind() == Step.Kind.CONFIRM) {
        return r.nextInt(4) == 0 ? "修改 " + labelOfSomeSlot(d, step, r) : "确认提交";
      }
      return last.buttons().get(r.nextInt(last.buttons().size())).value();
    }
    SlotSpec spec = d.slots().get(step.arg());
    return switch (spec.type()) {
      case PHONE -> r.nextBoolean() ? "139" + (10_000_000 + r.nextInt(89_999_999)) : "025-8442" + (1000 + r.nextInt(8999));
      case PLACE -> List.of("江苏省南京市江宁区秣陵街道", "杭州市余杭区", "北京市朝阳区三里屯街道", "湖北省仙桃市").get(r.nextInt(4));
      case COUNT -> String.valueOf(1 + r.nextInt(500));
      case DATE, WHEN -> "三天前";
      case CASE_NUMBER -> "HB2026112900001";
      case QUERY_CODE -> "ABCDEFGH";
      case YES_NO -> r.nextBoolean() ? "是" : "否";
      default -> "这是一段足够长的回答文字" + r.nextInt(1000);
    };
  }

  static String labelOfSomeSlot(Dialog d, Step confirm, Random r) {
    String slot = confirm.confirmSlots().get(r.nextInt(3));
    return d.prompts().get("zh-CN").get("label_" + slot);
  }

  /** Someone in the water or trapped now: the petitioner is told to call 119 and not to go in alone, in their language. */
  @Test
  void someoneInTheWaterIsAnsweredWithWhatToDoNow() {
    String zh = text(say(ENGINE.start("zh"), "河边翻了一条小船，两个钓鱼的人落水了，现在还没上来"));
    assertThat(zh).contains("119").contains("不要独自下水");
    String en = text(say(ENGINE.start("en"), "A man fell into the river by the paper mill and is still in the water."));
    assertThat(en).contains("119").contains("do not go into the water");
  }

  @Test
  void everyWalkThroughTheIntakeAsksEveryItemOnItsPathBeforeSubmitting() {
    Dialog intake = DialogConversationTest.DIALOGS.dialogs().get("intake");
    for (int seed = 0; seed < 300; seed++) {
      Random r = new Random(seed);
      Turn t = ENGINE.start(r.nextBoolean() ? "zh" : "en");
      t = say(t, "工厂往河里排放废水，河水发黑发臭" + seed);
      int guard = 0;
      while (t.effect() == null && guard++ < 80) {
        t = say(t, validAnswer(t, r));
      }
      assertThat(t.effect()).as("seed " + seed + " reached submit").isNotNull();
      Map<String, String> slots = t.effect().slots();
      String category = slots.get("category");
      List<String> required = new ArrayList<>(List.of("facts", "category", "request", "anonymous"));
      if (!"建议意见".equals(category)) {
        required.add("location");
      }
      if ("anonymous".equals(slots.get("anonymous"))) {
        assertThat(slots).as("seed " + seed).doesNotContainKeys("name", "address", "phone", "disclose");
      } else {
        required.addAll(List.of("name", "address", "phone"));
      }
      if ("申诉求决".equals(category)) {
        required.addAll(List.of("kind", "since", "polluter", "affected"));
      }
      if ("检举控告".equals(category)) {
        required.add("accused");
        assertThat(slots).as("seed " + seed + ": never asked to disclose an accuser").doesNotContainKey("disclose");
      }
      assertThat(slots).as("seed " + seed + " " + slots).containsKeys(required.toArray(String[]::new));
      // Everything submitted is a slot of the dialog, a value derived from one (location.city), or what the
      // extractor derived for routing (_x.matter).
      assertThat(intake.slots().keySet()).containsAll(slots.keySet().stream()
          .filter(k -> !k.startsWith(DialogEngine.NLP_PREFIX)).map(k -> k.split("\\.")[0]).toList());
    }
  }

  @Test
  void randomInputNeverThrowsAndTheStateSurvivesStorage() {
    Random r = new Random(7);
    List<String> samples = List.of("", " ", "\u0000\u0007", "😀😀😀", "x".repeat(10_000), "ＨＢ２０２６", "修改",
        "修改 不存在", "1", "3", "9", "yes", "确认", "取消", "English", "中文", "查询进度", "؟", "\n\n", "人工",
        "返回上一步", "申请复查", "评价", "信访渠道", "帮助", "重新开始", "是", "否", "你妈的", "有人晕倒了",
        "مرحبا Привет 안녕", "\uD83D", "江苏省南京市江宁区", "HB2026112900001", "ABCDEFGH");
    Turn t = ENGINE.start("zh");
    for (int i = 0; i < 5000; i++) {
      String in = samples.get(r.nextInt(samples.size()));
      Extraction x = DialogConversationTest.EXTRACTOR.extract(in);
      t = t.effect() == null
          ? ENGINE.handle(t.state(), new Input(in, x, Duration.ofMinutes(r.nextInt(3) == 0 ? 90 : 0)))
          : ENGINE.resume(t.state(), switch (t.effect().action()) {
            case Effect.REGISTER_CASE -> "registered";
            case Effect.QUERY_STATUS -> List.of("found", "not_found", "limited").get(r.nextInt(3));
            default -> List.of("recorded", "not_found", "limited", "not_allowed").get(r.nextInt(4));
          }, DialogConversationTest.vars(t.effect().action()));
      if (t.effect() == null) {
        assertThat(t.replies()).as("input " + in).isNotEmpty();
      }
      assertThat(ConversationState.fromMap(t.state().toMap())).isEqualTo(t.state());
    }
  }

  @Test
  void switchingToAnonymousDropsTheIdentityAlreadyGiven() {
    Turn t = ENGINE.start("zh");
    for (String in : List.of("工地夜间施工噪声很大，吵得睡不着", "杭州市西湖区文三路", "继续在这里登记", "两个月前", "不清楚",
        "5", "停止夜间施工", "实名反映", "李四", "杭州市某小区", "13712345678", "不同意透露", "修改 反映方式", "匿名反映")) {
      t = say(t, in);
    }
    assertThat(text(t)).contains("无法收到书面告知").contains("反映方式：匿名反映").doesNotContain("李四");
    t = say(t, "确认提交");
    assertThat(t.effect().slots()).doesNotContainKeys("name", "address", "phone", "disclose", "delivery")
        .containsEntry("anonymous", "anonymous");
  }

  @Test
  void theQueryCodeIsASecretAndIsForgottenAfterTheLookup() {
    Turn t = say(say(ENGINE.start("zh"), "查询进度"), "HB2026010100001");
    assertThat(ENGINE.awaitsSecret(t.state())).isTrue();
    t = say(t, "ABCDEFGH");
    Turn after = ENGINE.resume(t.state(), "limited", Map.of());
    assertThat(text(after)).contains("次数过多");
    assertThat(after.state().toString()).doesNotContain("ABCDEFGH");
  }

  @Test
  void aLongPauseAsksBeforeGoingOn() {
    Turn t = say(ENGINE.start("zh"), "河水发臭好几天了，鱼也少了");
    Turn back = ENGINE.handle(t.state(), new Input("是", Extraction.NONE, Duration.ofHours(3)));
    assertThat(text(back)).contains("您上次的反映还没提交完，要继续吗？");
    Turn go = ENGINE.handle(back.state(), Input.of("是"));
    assertThat(text(go)).contains("接着来").contains("问题发生在哪里");
  }
}
