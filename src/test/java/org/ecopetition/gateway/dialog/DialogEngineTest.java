package org.ecopetition.gateway.dialog;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The engine alone, on the shipped dialogs: pure, no database, no Vert.x. */
class DialogEngineTest {
  static DialogEngine engine;

  @BeforeAll
  static void load() {
    engine = new DialogEngine(DialogLoader.load(Path.of("dialogs")),
        Map.of("department", "某市生态环境局", "departmentEn", "City Bureau", "hotline", "12369",
            "address", "", "receptionHours", "9-17", "channels", "web"));
  }

  static String text(Turn t) {
    return String.join("\n", t.replies().stream().map(Reply::text).toList());
  }

  static Turn run(Turn t, String... inputs) {
    for (String in : inputs) {
      assertThat(t.effect()).as("no effect pending before " + in).isNull();
      t = engine.handle(t.state(), in);
    }
    return t;
  }

  @Test
  void aNamedReportAsksEveryArticle14ItemAndSubmitsOnlyAfterConfirmation() {
    Turn t = run(engine.start("zh"), "工厂排放废水", "南京市江宁区", "查处", "1", "张三", "南京市鼓楼区某路1号",
        "13912345678");
    assertThat(t.effect()).isNull();
    assertThat(text(t)).contains("请核对").contains("姓名：张三").contains("联系电话：13912345678");
    t = engine.handle(t.state(), "确认");
    assertThat(t.effect()).isNotNull();
    assertThat(t.effect().action()).isEqualTo(Effect.REGISTER_CASE);
    assertThat(t.effect().slots()).containsEntry("facts", "工厂排放废水").containsEntry("location", "南京市江宁区")
        .containsEntry("request", "查处").containsEntry("anonymous", "named").containsEntry("name", "张三")
        .containsEntry("address", "南京市鼓楼区某路1号").containsEntry("phone", "13912345678");
    Turn done = engine.resume(t.state(), "registered",
        Map.of("caseNumber", "HB2026010100001", "queryCode", "ABCDEFGH", "noticeDue", "2026年1月16日"));
    assertThat(text(done)).contains("HB2026010100001").contains("ABCDEFGH").contains("2026年1月16日");
    assertThat(done.state().idle()).isTrue();
  }

  @Test
  void switchingToAnonymousDropsTheIdentityAlreadyGiven() {
    Turn t = run(engine.start("zh"), "工地夜间施工噪声", "杭州市西湖区", "停止夜间施工", "实名反映", "李四",
        "杭州市某小区", "13712345678", "修改 反映方式", "匿名反映");
    assertThat(text(t)).contains("无法收到书面告知").contains("反映方式：匿名反映").doesNotContain("李四");
    t = engine.handle(t.state(), "确认提交");
    assertThat(t.effect().slots()).doesNotContainKeys("name", "address", "phone")
        .containsEntry("anonymous", "anonymous");
  }

  @Test
  void aCorrectionReturnsToTheSummary() {
    Turn t = run(engine.start("zh"), "工厂排放废气呛人", "广州市天河区", "查处", "实名反映", "王五", "广州", "13612345678");
    t = engine.handle(t.state(), "修改");
    assertThat(text(t)).contains("修改哪一项");
    assertThat(t.replies().get(0).buttons()).extracting(Reply.Button::label).contains("联系电话", "姓名");
    t = engine.handle(t.state(), "修改 联系电话");
    assertThat(text(t)).contains("联系电话");
    t = engine.handle(t.state(), "020-87654321");
    assertThat(text(t)).contains("请核对").contains("联系电话：02087654321");
  }

  @Test
  void invalidAnswersAreExplainedAndChangeNothing() {
    Turn t = run(engine.start("zh"), "工厂废水排放到河里", "南京", "查处", "实名反映", "赵六", "南京");
    Turn bad = engine.handle(t.state(), "12345");
    assertThat(text(bad)).contains("电话号码格式不对");
    assertThat(bad.state()).isEqualTo(t.state());
    Turn badChoice = engine.handle(run(engine.start("zh"), "工厂废水排放到河里", "南京", "查处").state(), "随便");
    assertThat(text(badChoice)).contains("请选择");
    assertThat(badChoice.replies().get(0).buttons()).hasSize(2);
  }

  @Test
  void globalCommandsWorkAtAnyStep() {
    Turn mid = run(engine.start("zh"), "河水发臭好几天了");
    Turn help = engine.handle(mid.state(), "帮助");
    assertThat(text(help)).contains("查询进度").contains("12369").contains("问题发生在哪里");
    Turn status = engine.handle(mid.state(), "查询进度");
    assertThat(text(status)).contains("案件编号");
    Turn back = run(status, "HB2026010100001", "ABCDEFGH");
    assertThat(back.effect().action()).isEqualTo(Effect.QUERY_STATUS);
    Turn after = engine.resume(back.state(), "not_found", Map.of());
    assertThat(text(after)).contains("未找到").contains("继续刚才的反映").contains("问题发生在哪里");
    assertThat(after.state().current().slots()).containsEntry("facts", "河水发臭好几天了");

    Turn cancelled = engine.handle(mid.state(), "取消");
    assertThat(cancelled.state().idle()).isTrue();
    Turn restarted = engine.handle(mid.state(), "重新开始");
    assertThat(restarted.state().current().slots()).isEmpty();
    Turn english = engine.handle(mid.state(), "English");
    assertThat(text(english)).contains("Switched to English").contains("Where is the problem?");
    assertThat(english.state().lang()).isEqualTo("en");
  }

  @Test
  void theQueryCodeIsASecretAndIsForgottenAfterTheLookup() {
    Turn t = run(engine.start("zh"), "查询进度", "HB2026010100001");
    assertThat(engine.awaitsSecret(t.state())).isTrue();
    t = engine.handle(t.state(), "ABCDEFGH");
    Turn after = engine.resume(t.state(), "limited", Map.of());
    assertThat(text(after)).contains("次数过多");
    assertThat(after.state().toString()).doesNotContain("ABCDEFGH");
  }

  @Test
  void randomInputNeverThrows() {
    Random r = new Random(7);
    List<String> samples = List.of("", " ", "\u0000\u0007", "😀😀😀", "x".repeat(10_000), "ＨＢ２０２６", "修改",
        "修改 不存在", "1", "3", "yes", "确认", "取消", "English", "中文", "查询进度", "؟", "\n\n");
    Turn t = engine.start("zh");
    for (int i = 0; i < 2000; i++) {
      String in = samples.get(r.nextInt(samples.size()));
      t = t.effect() == null ? engine.handle(t.state(), in)
          : engine.resume(t.state(), t.effect().action().equals(Effect.QUERY_STATUS) ? "not_found" : "registered",
              Map.of("caseNumber", "HB2026010100001", "queryCode", "ABCDEFGH", "noticeDue", "x"));
      assertThat(t.replies()).isNotEmpty();
      assertThat(ConversationState.fromMap(t.state().toMap())).isEqualTo(t.state());
    }
  }
}
