package org.ecopetition.gateway.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.ecopetition.gateway.config.ConfigLoader;
import org.junit.jupiter.api.Test;

/** The offline commands: JSON lines in, one JSON line out per input, bad lines answered and skipped. */
class CommandsTest {
  static final ObjectMapper JSON = new ObjectMapper();

  static List<JsonNode> lines(ByteArrayOutputStream out) throws Exception {
    List<JsonNode> l = new ArrayList<>();
    for (String s : out.toString(StandardCharsets.UTF_8).split("\n")) {
      if (!s.isBlank()) {
        l.add(JSON.readTree(s));
      }
    }
    return l;
  }

  static ByteArrayInputStream in(String s) {
    return new ByteArrayInputStream(s.getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void extractWritesTheContractForEveryLine() throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    Commands.extract(in("""
        {"id":"a","text":"我叫王建国，电话13812345678，住在江苏省南京市江宁区秣陵街道。附近的南京某某化工有限公司每天晚上偷排废水，河里的鱼都死了，希望环保局尽快查处。"}
        not json
        {"id":"b","text":""}
        {"id":"c","text":"%s"}
        """.formatted("噪".repeat(100_000))), out);
    List<JsonNode> l = lines(out);
    assertThat(l).hasSize(4);
    JsonNode a = l.get(0);
    assertThat(a.get("id").asText()).isEqualTo("a");
    assertThat(a.get("phone").asText()).isEqualTo("13812345678");
    assertThat(a.get("name").asText()).isEqualTo("王建国");
    assertThat(a.get("kinds").get(0).asText()).isEqualTo("water");
    assertThat(a.get("category").asText()).isEqualTo("申诉求决");
    assertThat(a.get("urgent").asBoolean()).isTrue();
    for (String field : List.of("intent", "idNumber", "address", "province", "city", "county", "town", "ambiguousPlace",
        "polluter", "matter", "subtype", "accused", "referral", "lifeSafety", "confidentialityRequested", "lang",
        "caseNumber", "request", "facts", "affected", "identities", "situations")) {
      assertThat(a.has(field)).as(field).isTrue();
    }
    assertThat(l.get(1).has("error")).isTrue();
    assertThat(l.get(2).get("intent").asText()).isNotBlank();
    assertThat(l.get(3).get("id").asText()).isEqualTo("c");
  }

  @Test
  void routePrintsOneProposalPerLine() throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    Commands.route(ConfigLoader.load(null, Map.of("GATEWAY_ROUTING_DIVISION_CODE", "32")), in("""
        {"id":"t","province":"江苏省","city":"南京市","county":"江宁区","category":"申诉求决","kinds":["water"],"matter":"industrial_wastewater","urgent":true}
        {"id":"r","province":"浙江省","city":"杭州市","county":"西湖区","category":"申诉求决","kinds":["noise"],"matter":"construction_noise"}
        {"id":"v","channel":"visit","province":"江苏省","city":"南京市","county":"江宁区","category":"申诉求决","kinds":["water"]}
        {"id":"a","county":"鼓楼区","ambiguousPlace":true,"category":"申诉求决"}
        {"id":"d","province":"江苏省","city":"南京市","county":"江宁区","category":"申诉求决","kinds":["water"],"phone":"13812345678","polluter":"某某化工有限公司","priorCases":[{"caseNumber":"HB2026112000011","phone":"13812345678","polluter":"某某化工有限公司","open":true}]}
        """), out, org.ecopetition.gateway.support.TestClock.TODAY);
    List<JsonNode> l = lines(out);
    assertThat(l).extracting(n -> n.get("decision").asText())
        .containsExactly("transfer", "refer", "not_accepted", "more_info", "repeat");
    JsonNode t = l.get(0);
    assertThat(t.get("departmentName").asText()).isEqualTo("南京市生态环境局江宁区分局");
    assertThat(t.get("level").asText()).isEqualTo("county");
    assertThat(t.get("reportRequired").asBoolean()).isTrue();
    assertThat(t.get("articles").toString()).contains("第十七条");
    assertThat(t.get("reason").asText()).contains("转送");
    assertThat(l.get(1).get("referral").asText()).isEqualTo("住建");
    // A visit to the province about a county matter skips the city: Art 18(2).
    assertThat(l.get(2).get("articles").toString()).contains("第十八条第二项");
    assertThat(l.get(4).get("duplicateOf").asText()).isEqualTo("HB2026112000011");
  }
}
