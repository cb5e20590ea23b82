package org.ecopetition.gateway.staff;

import static org.assertj.core.api.Assertions.assertThat;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import org.ecopetition.gateway.support.StaffClient;
import org.ecopetition.gateway.support.StaffGatewayExtension;
import org.ecopetition.gateway.support.TestClock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Art 26 and 35 (mediation and reconciliation recorded and printed, the petitioner told), Art 36 (rewards for reports
 * of violations, information and suggestions that played an important role, under the applicable rules, with who
 * decided and when) and Art 34 (the polluters and places with repeated matters in a period, with their cases).
 */
class MediationRewardsHotspotsTest {
  @RegisterExtension
  static final StaffGatewayExtension GW = new StaffGatewayExtension();
  static final StaffClient staff = GW.staff();

  static JsonObject letter(String category, String polluter) {
    return new JsonObject().put("channel", "letter").put("category", category)
        .put("subtype", "申诉求决".equals(category) ? 3 : null).put("facts", "养殖场臭气熏天，影响周边居民生活。")
        .put("request", "请求处理").put("name", "郑和").put("address", "河北省保定市某村").put("polluter", polluter)
        .put("location", "河北省保定市莲池区").put("kind", "air");
  }

  static String ofCase(String n) {
    return "(SELECT id FROM cases WHERE case_number = '" + n + "')";
  }

  @Test
  void art26MediationIsRecordedPrintedAndToldToThePetitioner() {
    String n = staff.enter(letter("申诉求决", "某养殖场"));
    long v = staff.act(n, "accept", 0, new JsonObject());
    v = staff.act(n, "start_handling", v, new JsonObject());
    assertThat(GW.refusedUnchanged(n, "mediate", v, new JsonObject()).getString("article")).isEqualTo("第二十六条");
    GW.refusedUnchanged(n, "mediate", v, new JsonObject().put("agreement", "x").put("kind", "arbitration"));
    v = staff.act(n, "mediate", v, new JsonObject().put("kind", "reconciliation")
        .put("agreement", "养殖场于30日内加装除臭设施，信访人不再追究。").put("reason", "双方自愿和解"));
    assertThat(GW.value("SELECT state FROM cases WHERE case_number = '" + n + "'")).isEqualTo("mediated");
    assertThat((String) GW.value("SELECT text FROM notices WHERE act = 'mediate' AND case_id = " + ofCase(n)))
        .contains("和解协议").contains("加装除臭设施");
    String document = staff.get("/cases/" + n + "/documents/mediation").bodyAsString();
    assertThat(document).contains("和解协议书").contains("养殖场于30日内加装除臭设施，信访人不再追究。");
    staff.act(n, "close", v, new JsonObject());
    assertThat(GW.value("SELECT state FROM cases WHERE case_number = '" + n + "'")).isEqualTo("closed");
    // Only appeals and demands are mediated.
    String suggestion = staff.enter(letter("建议意见", null));
    long s = staff.act(suggestion, "accept", 0, new JsonObject());
    s = staff.act(suggestion, "start_handling", s, new JsonObject());
    GW.refusedUnchanged(suggestion, "mediate", s, new JsonObject().put("agreement", "x"));
  }

  @Test
  void art36AReportInformationOrSuggestionThatPlayedAnImportantRoleIsRewardedUnderTheRules() {
    String n = staff.enter(letter("建议意见", null));
    long v = staff.act(n, "accept", 0, new JsonObject());
    assertThat(GW.refusedUnchanged(n, "reward", v, new JsonObject().put("finding", "x").put("rule", "y")
        .put("decidedBy", "z")).getString("message")).contains("办结");
    v = staff.act(n, "start_handling", v, new JsonObject());
    v = staff.act(n, "reply", v, new JsonObject().put("publicText", "您的建议已被采纳。"));
    JsonObject reward = new JsonObject().put("finding", "建议推动全市养殖场臭气治理专项行动")
        .put("rule", "《某市生态环境有奖举报和建议奖励办法》第六条").put("decidedBy", "李局长");
    for (String missing : new String[] {"finding", "rule", "decidedBy"}) {
      JsonObject incomplete = reward.copy();
      incomplete.remove(missing);
      assertThat(GW.refusedUnchanged(n, "reward", v, incomplete).getString("article")).as(missing)
          .isEqualTo("第三十六条");
    }
    staff.act(n, "reward", v, reward);
    JsonObject detail = new JsonObject((String) GW.value("SELECT detail::text FROM case_events WHERE kind = 'reward' "
        + "AND case_id = " + ofCase(n)));
    assertThat(detail.getString("finding")).isEqualTo("建议推动全市养殖场臭气治理专项行动");
    assertThat(detail.getString("rule")).contains("第六条");
    assertThat(detail.getString("decidedBy")).isEqualTo("李局长");
    assertThat(GW.value("SELECT actor || ' ' || (at AT TIME ZONE 'Asia/Shanghai')::date FROM case_events "
        + "WHERE kind = 'reward' AND case_id = " + ofCase(n))).isEqualTo("staff:wang " + TestClock.TODAY);
    assertThat((String) GW.value("SELECT text FROM notices WHERE act = 'reward' AND case_id = " + ofCase(n)))
        .contains("重要推动作用").contains("第六条");
  }

  @Test
  void art34SupervisorsSeeThePollutersAndPlacesWithRepeatedMattersAndTheirCases() {
    String a = staff.enter(letter("申诉求决", "保定市某热电厂"));
    String b = staff.enter(letter("申诉求决", "保定市某热电厂"));
    String c = staff.enter(letter("申诉求决", "保定市 某热电厂"));
    JsonArray hotspots = staff.get("/supervision/hotspots?from=" + TestClock.TODAY + "&to=" + TestClock.TODAY)
        .bodyAsJsonObject().getJsonArray("hotspots");
    JsonObject plant = hotspots.stream().map(o -> (JsonObject) o)
        .filter(o -> "polluter".equals(o.getString("by")) && "保定市某热电厂".equals(o.getString("key")))
        .findFirst().orElseThrow();
    assertThat(plant.getJsonArray("numbers").getList()).containsExactly(a, b, c);
    assertThat(plant.getLong("cases")).isEqualTo(3L);
    JsonObject place = hotspots.stream().map(o -> (JsonObject) o).filter(o -> "place".equals(o.getString("by")))
        .findFirst().orElseThrow();
    assertThat(place.getString("key")).contains("莲池区");
    assertThat(place.getString("kind")).isEqualTo("air");
    assertThat(place.getJsonArray("numbers").getList()).contains(a, b, c);
    // Fewer matters than asked for, or another period: no hotspot.
    assertThat(staff.get("/supervision/hotspots?min=50").bodyAsJsonObject().getJsonArray("hotspots")).isEmpty();
    assertThat(staff.get("/supervision/hotspots?to=" + TestClock.TODAY.minusDays(1)).bodyAsJsonObject()
        .encode()).doesNotContain(a);
    assertThat(staff.get("/supervision/hotspots?min=x").statusCode()).isEqualTo(400);
  }
}
