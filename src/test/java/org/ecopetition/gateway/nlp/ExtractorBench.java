package org.ecopetition.gateway.nlp;

import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * One whole extraction (normalisation, patterns, HanLP segmentation with recognition, gazetteer, the four
 * classifiers, situations, persons, polluter, counts, identity spans) of 100–200-character messages, one thread. Run by bench/jmh.sh ExtractorBench: throughput,
 * then sample time for the percentiles.
 */
@State(Scope.Thread)
@OutputTimeUnit(TimeUnit.SECONDS)
public class ExtractorBench {
  static final List<String> MESSAGES = List.of(
      "我叫王建国，电话13812345678，住在江苏省南京市江宁区秣陵街道。附近的南京某某化工有限公司每天晚上偷排废水，河里的鱼都死了，希望环保局尽快查处。",
      "杭州市西湖区文三路的地铁工地晚上11点以后还在施工，噪音特别大，严重影响休息，已经持续两个多星期了。联系人陈晓明，电话0571-88231234，希望尽快处理。",
      "廣州天河區體育西路華庭小區樓下的老張川菜館油煙直接排到小區裡，窗戶都不敢開，家裡老人小孩都受不了，反映過好幾次了都沒人管。劉芳 18922334455",
      "举报苏州市吴中区生态环境局的执法人员，对苏州恒达纺织印染有限公司的偷排问题视而不见，我们多次反映都没有结果，我怀疑有利益输送，请上级部门调查，请为我保密。",
      "I want to report that a paper mill in Fuzhou Minhou County is dumping wastewater into the Min River every night. It smells awful and the fish are dying. - Anna Schmidt, +86 138 5001 2345",
      "我们村后山有个采石场天天放炮，粉尘大得很，晾的衣服都是灰，房子墙也震裂了，村民去找过好几次都不管用，地址是河北省保定市涞源县银坊镇，电话一三九八七六五四三二一。",
      "南昌高新区的江西艾科化工有限公司储罐泄漏，现在一股很浓的氨水味，已经有人晕倒了！周围好几个小区的人都闻到了，请你们马上派人来，我的电话是15870001234。",
      "建议苏州市在太湖沿岸多设几个水质自动监测站，并把监测数据向社会公开，让老百姓也能随时查到水质情况，这样大家也好一起监督，谢谢。我是苏州市民张一鸣。");

  private HanLpExtractor extractor;
  private int i;

  @Setup
  public void setUp() {
    extractor = new HanLpExtractor(Gazetteer.bundled(), Classifiers.bundled());
  }

  @Benchmark
  @BenchmarkMode({Mode.Throughput, Mode.SampleTime})
  public Extraction extract() {
    i = (i + 1) & 7;
    return extractor.extract(MESSAGES.get(i));
  }
}
