package org.ecopetition.gateway.staff;

import static org.assertj.core.api.Assertions.assertThat;

import io.vertx.core.buffer.Buffer;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.client.HttpResponse;
import java.util.List;
import org.ecopetition.gateway.support.StaffClient;
import org.ecopetition.gateway.support.StaffGatewayExtension;
import org.ecopetition.gateway.support.TestClock;
import org.ecopetition.gateway.support.TestPostgres;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Red team, an ordinary member of staff (a handler) of a county branch accused as people name it ("六合分局的执法人员"),
 * in Nanjing's deployment (3201): the accusation is the city's, the branch barred. Every way an ordinary member of the
 * branch could reach the accuser is tried: the case and its history, documents and photos, a search by the accuser's
 * phone, the export in both forms, the statistics (JSON and file), the overdue lists and notices, the queue; and staff
 * of the city cannot send it to the branch by a transfer or a referral. Before the branch was read as a branch, the
 * accusation had no accused unit (it named no 生态环境局) and the city could transfer it to the branch.
 */
class RedTeamBranchStaffTest {
  @RegisterExtension
  static final StaffGatewayExtension GW = new StaffGatewayExtension(null, env -> {
    env.put("GATEWAY_ROUTING_DIVISION_CODE", "3201");
    env.put("GATEWAY_STAFF_TOKENS", env.get("GATEWAY_STAFF_TOKENS")
        + "," + StaffClient.tokenEntry("luhe", StaffClient.token("luhe"), "handler", "320116"));
  });
  static final StaffClient staff = GW.staff();
  static final String PHONE = "13951870264";

  static JsonObject accusation() {
    return new JsonObject().put("channel", "visit").put("category", "检举控告")
        .put("facts", "六合分局的执法人员收了化工园区企业的钱，夜里偷排从来不查，我拍到了他们一起吃饭。")
        .put("request", "请求查处受贿的执法人员").put("name", "隋德昌").put("phone", PHONE)
        .put("accused", "六合分局的执法人员").put("location", "江苏省南京市六合区雄州街道");
  }

  @Test
  void anOrdinaryMemberOfTheAccusedBranchReachesNothingOfTheAccuser() {
    String n = staff.enter(accusation());
    assertThat(GW.value("SELECT array_to_string(accused_codes, ',') FROM cases WHERE case_number = '" + n + "'"))
        .isEqualTo("320116");
    long version = (Long) GW.value("SELECT version FROM cases WHERE case_number = '" + n + "'");
    // The city cannot send it to the accused branch, by code or by name.
    JsonObject byCode = staff.refused(n, "transfer", version, new JsonObject().put("to", "320116"));
    assertThat(byCode.getString("article")).isEqualTo("第二十三条");
    JsonObject byName = staff.refused(n, "refer", version, new JsonObject().put("to", "南京市生态环境局六合区分局")
        .put("reason", "由属地办理"));
    assertThat(byName.getString("article")).isEqualTo("第二十三条");
    // Even held at the branch (a mistaken entry), its member sees nothing of it anywhere.
    TestPostgres.jdbc(GW.db(), c -> c.createStatement().execute(
        "UPDATE cases SET responsible_code = '320116' WHERE case_number = '" + n + "'"));
    StaffClient branch = staff.as("luhe");
    for (String path : List.of("/cases/" + n, "/cases/" + n + "/history", "/cases/" + n + "/photos",
        "/cases/" + n + "/documents/acceptance", "/cases/" + n + "/documents/acceptance?forReportedParty=true")) {
      assertThat(branch.get(path).statusCode()).as(path).isEqualTo(404);
    }
    String today = TestClock.TODAY.toString();
    for (String list : List.of("/cases?q=" + PHONE, "/cases", "/export?from=2020-01-01&to=" + today,
        "/export?from=2020-01-01&to=" + today + "&forReportedParty=true&format=csv", "/notices",
        "/supervision/overdue", "/stats/county?from=2020-01-01", "/stats/category?format=csv",
        "/workspace/conversations", "/workspace/alerts")) {
      HttpResponse<Buffer> r = branch.get(list);
      assertThat(r.bodyAsString()).as(list).doesNotContain(n).doesNotContain("隋德昌").doesNotContain(PHONE)
          .doesNotContain("检举控告");
    }
    // The city, the level above, holds it and sees it.
    assertThat(staff.get("/cases/" + n).statusCode()).isEqualTo(200);
  }
}
