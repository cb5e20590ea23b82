package org.ecopetition.gateway.routing;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.ecopetition.gateway.nlp.Gazetteer;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Routing decisions per second on one thread, over a mix of cases (transfers, referrals, accusations,
 * duplicates with prior cases, ambiguous places). Places are resolved beforehand, as the extractor does.
 * Run by bench/jmh.sh RouterBench.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class RouterBench {
  private Router router;
  private final List<RoutingCase> cases = new ArrayList<>();
  private List<PriorCase> priors;
  private int i;

  @Setup
  public void setUp() {
    Gazetteer g = Gazetteer.bundled();
    router = new Router(DepartmentDirectory.bundled(g), g, RoutingRules.bundled(), new RoutingPolicy("32", 3, 30, 15, 60));
    LocalDate today = LocalDate.of(2026, 11, 29);
    String[][] mix = {
        {"南京市江宁区秣陵街道", "申诉求决", "industrial_wastewater", null, "化工厂偷排废水"},
        {"浙江省杭州市西湖区", "申诉求决", "construction_noise", null, "工地夜间施工"},
        {"苏州市吴中区", "检举控告", null, "苏州市吴中区生态环境局的执法人员", "举报执法人员包庇，利益输送"},
        {"广州市天河区", "申诉求决", "catering_fumes", null, "饭店油烟"},
        {"南京市鼓楼区", "申诉求决", "odor", null, "垃圾站臭味"},
        {"湖北省仙桃市", "申诉求决", "industrial_exhaust", null, "工厂冒黑烟"},
        {"无锡市滨湖区", "申诉求决", "industrial_wastewater", null, "太湖边的工厂排污"},
        {"徐州市铜山区", "建议意见", null, null, "建议增加监测点"}};
    for (String[] m : mix) {
      cases.add(new RoutingCase("webchat", g.resolve(m[0]).orElseThrow(), true, m[1], 3, m[3], m[2], null, false,
          "某某有限公司", "13812345678", "water", m[4], today));
    }
    priors = List.of(new PriorCase("HB2026112000011", "13900000000", "另一家有限公司", "320115", "air", true, false,
        null, false, today.minusDays(3)));
  }

  @Benchmark
  public Proposal decide() {
    i = (i + 1) & 7;
    return router.propose(cases.get(i), priors);
  }
}
