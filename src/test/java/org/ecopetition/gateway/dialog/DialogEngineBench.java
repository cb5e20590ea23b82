package org.ecopetition.gateway.dialog;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.ecopetition.gateway.nlp.Gazetteer;
import org.ecopetition.gateway.nlp.RuleExtractor;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * The dialog engine alone (extraction done beforehand): one whole intake conversation of {@link #TURNS}
 * turns per invocation, so the score in ops/s times TURNS is turns per second. Run by bench/engine.sh.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class DialogEngineBench {
  static final int TURNS = 15;
  private DialogEngine engine;
  private final List<Input> inputs = new ArrayList<>();

  @Setup
  public void setUp() {
    Gazetteer g = Gazetteer.bundled();
    RuleExtractor x = new RuleExtractor(g);
    engine = new DialogEngine(DialogLoader.load(Path.of("dialogs")),
        Map.of("department", "测试市生态环境局", "departmentEn", "Test Bureau", "hotline", "12369", "address", "",
            "receptionHours", "9-17", "receptionPlace", "1 Road", "channels", "web"), g::resolve, Clock.fixed(java.time.Instant.parse("2026-06-15T02:00:00Z"), java.time.ZoneOffset.UTC), Duration.ofMinutes(30));
    for (String s : List.of("工厂晚上往河里排废水，水都黑了", "是", "江苏省南京市江宁区秣陵街道", "1", "上个月",
        "南京某某化工有限公司", "20", "请尽快查处", "实名反映", "王建国", "南京市鼓楼区中山路1号", "13812345678",
        "不同意透露", "邮寄书面文书", "确认提交")) {
      inputs.add(new Input(s, x.extract(s), Duration.ZERO));
    }
    if (inputs.size() != TURNS) {
      throw new IllegalStateException("TURNS must match the script");
    }
  }

  @Benchmark
  @OperationsPerInvocation(TURNS)
  public Turn wholeIntake() {
    Turn t = engine.start("zh");
    for (Input in : inputs) {
      t = t.effect() != null ? engine.resume(t.state(), "registered", Map.of("caseNumber", "HB2026112900001"))
          : engine.handle(t.state(), in);
    }
    if (t.effect() == null) {
      throw new IllegalStateException("the script did not reach registration");
    }
    return t;
  }
}
