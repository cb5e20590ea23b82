package org.ecopetition.gateway.staff;

import static org.assertj.core.api.Assertions.assertThat;

import io.vertx.core.buffer.Buffer;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.client.HttpResponse;
import org.ecopetition.gateway.support.StaffClient;
import org.ecopetition.gateway.support.StaffGatewayExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Art 23 attacked as the accused unit's staff would: in a provincial deployment (32), an accusation against
 * 南京市生态环境局 (3201) about a plating works in 江宁. Staff of 3201 cannot read it; can they learn it exists — or
 * who wrote it — by registering matters of their own (the routing proposal they read back calls a matter a repeat
 * or a hotspot by the earlier cases) or by searching the petitioner's phone? Every answer must be the one they would
 * get if the accusation did not exist.
 */
class Art23NoOracleTest {
  static final String PHONE = "13951846620";
  static final String POLLUTER = "德隆电镀厂";
  @RegisterExtension
  static final StaffGatewayExtension GW = new StaffGatewayExtension(null, env -> {
    env.put("GATEWAY_ROUTING_DIVISION_CODE", "32");
    env.put("GATEWAY_STAFF_TOKENS", env.get("GATEWAY_STAFF_TOKENS")
        + "," + StaffClient.tokenEntry("lu3201", StaffClient.token("lu3201"), "intake", "3201"));
  });
  static final StaffClient staff = GW.staff();
  static final StaffClient accused = staff.as("lu3201");

  static JsonObject matter(String category, String phone) {
    return new JsonObject().put("channel", "phone").put("category", category)
        .put("facts", POLLUTER + "夜里把电镀废水排进秦淮河支流，水面泛着黄绿色。").put("request", "请求查处")
        .put("phone", phone).put("polluter", POLLUTER).put("location", "江苏省南京市江宁区湖熟街道");
  }

  @Test
  void registeringOrSearchingTellsTheAccusedUnitNothingOfTheAccusation() {
    String n = staff.enter(matter("检举控告", PHONE).put("name", "符清源")
        .put("facts", "南京市生态环境局执法人员收了" + POLLUTER + "的好处，对其夜里偷排电镀废水不闻不问。")
        .put("accused", "南京市生态环境局执法人员"));
    assertThat(staff.post("/cases/" + n + "/accused", new JsonObject().put("department", "3201")).statusCode())
        .isEqualTo(200);

    // The petitioner's phone and a random one: the same (empty) answer.
    for (String phone : new String[] {PHONE, "13877001234"}) {
      assertThat(accused.get("/cases?q=" + phone).bodyAsJsonObject().getJsonArray("cases")).as(phone).isEmpty();
    }
    // Two matters about the same works that the accused unit registers itself: with the accusation unseen, the second
    // is no hotspot (a hotspot takes three), and the one with the petitioner's phone is no repeat of anything.
    // (Named: a matter entered without a name is anonymous and keeps no phone, so it could never be a repeat.)
    HttpResponse<Buffer> first = accused.post("/cases", matter("申诉求决", PHONE).put("name", "符清源"));
    HttpResponse<Buffer> second = accused.post("/cases", matter("申诉求决", "13877001234"));
    for (HttpResponse<Buffer> r : java.util.List.of(first, second)) {
      assertThat(r.statusCode()).as(r.bodyAsString()).isEqualTo(201);
      assertThat(r.bodyAsString()).doesNotContain(n);
      JsonObject proposal = r.bodyAsJsonObject().getJsonObject("proposal");
      assertThat(proposal.getValue("duplicateOf")).as(r.bodyAsString()).isNull();
      assertThat(proposal.getBoolean("hotspot")).as(r.bodyAsString()).isFalse();
    }
    // A third they can see makes one, as it would anyway: the count is of what they may know of.
    HttpResponse<Buffer> third = accused.post("/cases", matter("申诉求决", "13877005678"));
    assertThat(third.bodyAsJsonObject().getJsonObject("proposal").getBoolean("hotspot")).isTrue();
    // The province, who handles the accusation, weighs it with the rest.
    HttpResponse<Buffer> province = staff.post("/cases", matter("申诉求决", "13877009999"));
    assertThat(province.bodyAsJsonObject().getJsonObject("proposal").getBoolean("hotspot")).isTrue();
    // And to the province the same phone, named, does make a repeat (of the latest such case): the path is real.
    HttpResponse<Buffer> again = staff.post("/cases", matter("申诉求决", PHONE).put("name", "符清源"));
    assertThat(again.bodyAsJsonObject().getJsonObject("proposal").getString("duplicateOf")).as(again.bodyAsString())
        .isIn(n, first.bodyAsJsonObject().getString("caseNumber"));
  }
}
