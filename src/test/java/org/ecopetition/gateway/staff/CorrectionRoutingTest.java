package org.ecopetition.gateway.staff;

import static org.assertj.core.api.Assertions.assertThat;

import io.vertx.core.buffer.Buffer;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.client.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import org.ecopetition.gateway.support.StaffClient;
import org.ecopetition.gateway.support.StaffGatewayExtension;
import org.ecopetition.gateway.support.TestClock;
import org.ecopetition.gateway.support.TestPostgres;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A corrected place, kind or category makes the routing proposal again, as registration makes it (the earlier cases
 * weighed without the case itself), recorded in the history; a matter corrected into an accusation gets the units it
 * accuses as registration gives them, so that Art 23 holds (never to the accused unit or under it). A provincial
 * deployment (32), real PostgreSQL and HTTP.
 */
class CorrectionRoutingTest {
  @RegisterExtension
  static final StaffGatewayExtension GW = new StaffGatewayExtension(null, env -> {
    env.put("GATEWAY_ROUTING_DIVISION_CODE", "32");
    StringBuilder tokens = new StringBuilder(env.get("GATEWAY_STAFF_TOKENS"));
    for (String role : new String[] {"intake", "handler", "supervisor"}) {
      tokens.append(',').append(StaffClient.tokenEntry(role + "3201", StaffClient.token(role + "3201"), role, "3201"));
    }
    env.put("GATEWAY_STAFF_TOKENS", tokens.toString());
  });
  static final StaffClient staff = GW.staff();

  /** A complaint by its own petitioner ({@code phone}) about its own polluter: no earlier case of another test weighs. */
  static JsonObject complaint(String phone) {
    return new JsonObject().put("channel", "letter").put("receivedOn", TestClock.TODAY.toString())
        .put("facts", "砂石料场整夜装卸，噪声吵得全村睡不着觉。").put("request", "请求夜间停工")
        .put("category", "申诉求决").put("name", "褚明远").put("phone", phone)
        .put("location", "江苏省南京市江宁区").put("kind", "noise").put("polluter", "砂石料场" + phone.substring(7));
  }

  static String column(String n, String column) {
    Object v = GW.value("SELECT " + column + "::text FROM cases WHERE case_number = '" + n + "'");
    return v == null ? null : v.toString();
  }

  static long version(String n) {
    return Long.parseLong(column(n, "version"));
  }

  /** The kinds of the case's history entries, in order. */
  static List<String> kinds(String n) {
    JsonArray events = staff.get("/cases/" + n + "/history").bodyAsJsonObject().getJsonArray("events");
    List<String> out = new ArrayList<>();
    events.forEach(e -> out.add(((JsonObject) e).getString("kind")));
    return out;
  }

  static HttpResponse<Buffer> correct(String n, JsonObject body) {
    HttpResponse<Buffer> r = staff.post("/cases/" + n + "/corrections", body.put("version", version(n)));
    assertThat(r.statusCode()).as(body.encode() + " " + r.bodyAsString()).isEqualTo(200);
    return r;
  }

  @Test
  void aCorrectedPlaceOrKindMakesTheProposalAgainAndTheHistorySaysSo() {
    String n = staff.enter(complaint("13700004455"));
    assertThat(column(n, "proposed_decision") + " " + column(n, "proposed_department")).isEqualTo("transfer 320115");
    // Look-alike: an identity corrected leaves the proposal and writes no routing entry.
    correct(n, new JsonObject().put("phone", "13700004456").put("reason", "电话末位误记"));
    assertThat(kinds(n).stream().filter("routing_proposed"::equals).count()).isEqualTo(1);
    assertThat(column(n, "proposed_department")).isEqualTo("320115");
    // The place was another county: proposed to that county's department, and the history says why, after the correction.
    correct(n, new JsonObject().put("location", "江苏省苏州市姑苏区").put("reason", "来信地址为苏州，登记误选江宁"));
    assertThat(column(n, "proposed_decision") + " " + column(n, "proposed_department")).isEqualTo("transfer 320508");
    assertThat(column(n, "proposal")).contains("320508");
    List<String> kinds = kinds(n);
    // The new destination is told to the petitioner (notice_queued) after the routing entry.
    assertThat(kinds.subList(kinds.size() - 3, kinds.size())).containsExactly("corrected", "routing_proposed",
        "notice_queued");
    assertThat(GW.value("SELECT reason FROM case_events WHERE kind = 'routing_proposed' AND case_id = (SELECT id FROM"
        + " cases WHERE case_number = '" + n + "') ORDER BY id DESC LIMIT 1").toString()).contains("姑苏");
    // A transfer as proposed now goes to the corrected place.
    staff.act(n, "transfer", version(n), new JsonObject());
    assertThat(column(n, "responsible_code")).isEqualTo("320508");
  }

  @Test
  void theCaseIsNeverARepeatOfItself() {
    // The same petitioner's matter, same place and kind as the case itself: the case is not its own earlier case.
    String n = staff.enter(complaint("13700006601").put("category", "建议意见"));
    assertThat(column(n, "repeat_of")).isNull();
    correct(n, new JsonObject().put("category", "申诉求决").put("reason", "来信实为求决"));
    assertThat(column(n, "repeat_of")).isNull();
    assertThat(column(n, "proposed_decision")).isEqualTo("transfer");
    // Look-alike: a real earlier case of the same petitioner, place and kind still makes a later one a repeat of it.
    String later = staff.enter(complaint("13700006601").put("category", "建议意见"));
    correct(later, new JsonObject().put("category", "申诉求决").put("reason", "来信实为求决"));
    assertThat(column(later, "repeat_of")).isEqualTo(n);
  }

  @Test
  void aMatterCorrectedIntoAnAccusationNeverReachesTheAccusedUnit() {
    JsonObject m = complaint("13700007702").put("facts", "南京市生态环境局执法人员收受砂石料场好处，对夜间噪声扰民不予查处。")
        .put("accused", "南京市生态环境局执法人员").put("category", "建议意见");
    // Registered as a suggestion (an appeal against the bureau would already keep it, Art 24(2)): no accused unit.
    String n = staff.enter(m);
    assertThat(column(n, "accused_codes")).isEqualTo("{}");
    correct(n, new JsonObject().put("category", "检举控告").put("reason", "来信检举执法人员，登记误作建议"));
    // As registration gives an accusation: the accused unit kept, the level above it proposed (Art 23).
    assertThat(column(n, "accused_codes")).isEqualTo("{3201}");
    assertThat(column(n, "proposed_decision") + " " + column(n, "proposed_department")).isEqualTo("escalate 32");
    // The accused unit's staff never see it, even were it held there.
    TestPostgres.jdbc(GW.db(), c -> c.createStatement().execute(
        "UPDATE cases SET responsible_code = '3201' WHERE case_number = '" + n + "'"));
    for (String role : new String[] {"intake", "handler", "supervisor"}) {
      StaffClient accused = staff.as(role + "3201");
      assertThat(accused.get("/cases/" + n).statusCode()).as(role).isEqualTo(404);
      assertThat(accused.get("/export?from=2020-01-01&to=" + TestClock.TODAY).bodyAsString()).as(role)
          .doesNotContain(n);
    }
    TestPostgres.jdbc(GW.db(), c -> c.createStatement().execute(
        "UPDATE cases SET responsible_code = '32' WHERE case_number = '" + n + "'"));
    // Nor does a transfer reach it or a unit under it.
    for (String to : List.of("3201", "320115")) {
      assertThat(staff.refused(n, "transfer", version(n), new JsonObject().put("to", to)).getString("article"))
          .isEqualTo("第二十三条");
    }
    // Look-alike: a complaint naming no environment department stays without accused units when re-categorised.
    String other = staff.enter(complaint("13700008803"));
    correct(other, new JsonObject().put("category", "检举控告").put("reason", "检举"));
    assertThat(column(other, "accused_codes")).isEqualTo("{}");
  }

  static String routingNotices(String n) {
    Object v = GW.value("SELECT string_agg(text, '|') FROM notices WHERE act = 'routing_corrected' AND case_id = "
        + "(SELECT id FROM cases WHERE case_number = '" + n + "')");
    return v == null ? "" : v.toString();
  }

  /**
   * Art 17: a correction that moves where the matter is proposed to go tells the petitioner the new destination
   * through their channel, from the message catalogue, in their language; one that leaves the routing as it was
   * (an identity, a kind handled by the same department) tells nothing, and neither does one of a matter transferred
   * in (we told it nothing).
   */
  @Test
  void aCorrectionThatMovesTheRoutingIsToldToThePetitionerInTheirLanguage() {
    String n = staff.enter(complaint("13700007711"));
    correct(n, new JsonObject().put("phone", "13700007712").put("reason", "电话末位误记"));
    correct(n, new JsonObject().put("kind", "air").put("reason", "粉尘而非噪声"));
    assertThat(column(n, "proposed_department")).isEqualTo("320115");
    assertThat(routingNotices(n)).isEmpty();
    correct(n, new JsonObject().put("location", "江苏省苏州市姑苏区").put("reason", "来信地址为苏州，登记误选江宁"));
    assertThat(routingNotices(n)).contains(n).contains("苏州市生态环境局姑苏区分局").contains("此前告知的去向作废");

    String en = staff.enter(complaint("13700007721").put("lang", "en"));
    correct(en, new JsonObject().put("location", "江苏省苏州市姑苏区").put("reason", "来信地址为苏州"));
    assertThat(routingNotices(en)).contains("case " + en).contains("proposed to be handled by")
        .doesNotContain("此前告知");

    String in = staff.enter(complaint("13700007731").put("transferredFrom", "市信访局"));
    correct(in, new JsonObject().put("location", "江苏省苏州市姑苏区").put("reason", "转来材料地址为苏州"));
    assertThat(column(in, "proposed_department")).isEqualTo("320508");
    assertThat(routingNotices(in)).isEmpty();
  }
}
