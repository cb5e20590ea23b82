package org.ecopetition.gateway.staff;

import static org.assertj.core.api.Assertions.assertThat;

import io.vertx.core.json.JsonObject;
import java.util.List;
import org.ecopetition.gateway.support.StaffClient;
import org.ecopetition.gateway.support.StaffGatewayExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Art 24(2) (and the rule of Art 23(2)): an appeal or demand (申诉求决) whose reported party is an eco-environment
 * department itself is proposed for the level above that department, never transferred to it or under it — a transfer,
 * a referral inside the system by code or by name are 422 naming 第二十四条第二款 and change nothing — while a firm with
 * 环保 in its name is an ordinary polluter, transferred as before. Jiangsu's department (32) registers.
 */
class Art24AppealAgainstABureauTest {
  @RegisterExtension
  static final StaffGatewayExtension GW = new StaffGatewayExtension(null, env -> {
    env.put("GATEWAY_ROUTING_DIVISION_CODE", "32");
    StaffClient.configure(env);
    env.put("GATEWAY_STAFF_TOKENS", env.get("GATEWAY_STAFF_TOKENS")
        + "," + StaffClient.tokenEntry("jiangning", StaffClient.token("jiangning"), "supervisor", "320115")
        + "," + StaffClient.tokenEntry("nanjing", StaffClient.token("nanjing"), "handler", "3201")
        + "," + StaffClient.tokenEntry("luhe", StaffClient.token("luhe"), "supervisor", "320116"));
  });
  static final StaffClient staff = GW.staff();

  static long version(String n) {
    return (Long) GW.value("SELECT version FROM cases WHERE case_number = '" + n + "'");
  }

  static Object of(String n, String column) {
    return GW.value("SELECT " + column + " FROM cases WHERE case_number = '" + n + "'");
  }

  static JsonObject appeal(String polluter, String facts) {
    return new JsonObject().put("channel", "letter").put("category", "申诉求决").put("subtype", 3)
        .put("facts", facts).put("request", "请求上级督促依法处理").put("name", "鲍立群").put("phone", "13770512864")
        .put("polluter", polluter).put("location", "江苏省南京市江宁区秣陵街道");
  }

  @Test
  void anAppealAgainstTheCountyBureauGoesToTheCityAndNeverToTheBureau() {
    String n = staff.enter(appeal("南京市生态环境局江宁区分局",
        "秣陵街道的印染厂夜里偷排，我打了三次电话给江宁区分局，分局的人来了一趟就走了，再也没有下文。"));
    assertThat(of(n, "proposal ->> 'decision'")).isEqualTo("escalate");
    assertThat(of(n, "proposal ->> 'departmentCode'")).isEqualTo("3201");
    assertThat(of(n, "array_to_string(accused_codes, ',')")).isEqualTo("320115");
    assertThat(of(n, "proposal ->> 'reason'").toString()).contains("上一级").contains("不得转送");
    String before = GW.snapshot(n);
    for (String to : List.of("320115")) {
      JsonObject e = staff.refused(n, "transfer", version(n), new JsonObject().put("to", to));
      assertThat(e.getString("article")).isEqualTo("第二十四条第二款");
      assertThat(e.getString("message")).contains("申诉求决").contains("上一级");
    }
    JsonObject byName = staff.refused(n, "refer", version(n), new JsonObject().put("to", "南京市生态环境局江宁区分局")
        .put("reason", "由其办理"));
    assertThat(byName.getString("article")).isEqualTo("第二十四条第二款");
    assertThat(GW.snapshot(n)).isEqualTo(before);
    // The level above it may take it.
    staff.act(n, "transfer", version(n), new JsonObject().put("to", "3201"));
  }

  /**
   * A branch named as people write it ("南京市生态环境局六合分局", no 区) is the branch: the city, the level above it, holds
   * and sees the appeal; the branch's staff get 404 and no count. It was read as the city bureau, so the city's staff
   * lost the case to the province.
   */
  @Test
  void aBranchNamedWithoutItsDistrictIsTheBranchAndItsCitySeesTheAppeal() {
    JsonObject body = appeal("南京市生态环境局六合分局", "六合分局对化工园区的夜间偷排一直不处理，我打了五次电话。")
        .put("location", "江苏省南京市六合区雄州街道");
    String n = staff.enter(body);
    assertThat(of(n, "proposal ->> 'decision'")).isEqualTo("escalate");
    assertThat(of(n, "proposal ->> 'departmentCode'")).isEqualTo("3201");
    assertThat(of(n, "array_to_string(accused_codes, ',')")).isEqualTo("320116");
    staff.act(n, "transfer", version(n), new JsonObject().put("to", "3201"));
    assertThat(staff.as("nanjing").get("/cases/" + n).statusCode()).isEqualTo(200);
    StaffClient branch = staff.as("luhe");
    assertThat(branch.get("/cases/" + n).statusCode()).isEqualTo(404);
    String today = org.ecopetition.gateway.support.TestClock.TODAY.toString();
    assertThat(branch.get("/export?from=2020-01-01&to=" + today).bodyAsString()).doesNotContain(n);
  }

  @Test
  void theBureauComplainedOfSeesNothingOfTheAppealEvenWhereItWouldHoldIt() {
    String n = staff.enter(appeal("南京市生态环境局江宁区分局",
        "江宁区分局批了小区旁边搅拌站的环评，我去分局问了两次都说不归他们管。"));
    // Held at the bureau itself (a county deployment, or a mistaken transfer from before this rule).
    org.ecopetition.gateway.support.TestPostgres.jdbc(GW.db(), c -> c.createStatement().execute(
        "UPDATE cases SET responsible_code = '320115' WHERE case_number = '" + n + "'"));
    StaffClient bureau = staff.as("jiangning");
    String today = org.ecopetition.gateway.support.TestClock.TODAY.toString();
    for (String path : List.of("/cases/" + n, "/cases/" + n + "/history", "/cases/" + n + "/documents/acceptance")) {
      assertThat(bureau.get(path).statusCode()).as(path).isEqualTo(404);
    }
    for (String list : List.of("/notices", "/export?from=2020-01-01&to=" + today,
        "/export?from=2020-01-01&to=" + today + "&forReportedParty=true", "/supervision/overdue", "/stats/category")) {
      assertThat(bureau.get(list).bodyAsString()).as(list).doesNotContain(n).doesNotContain("鲍立群");
    }
    // The city above it sees and handles it.
    assertThat(staff.as("nanjing").get("/cases/" + n).statusCode()).isEqualTo(200);
  }

  @Test
  void aFirmWithEnvironmentInItsNameIsAnOrdinaryPolluter() {
    String n = staff.enter(appeal("南京绿源环保科技有限公司",
        "秣陵街道的绿源环保科技公司把收来的废活性炭堆在露天，下雨天黑水流进河里。"));
    assertThat(of(n, "proposal ->> 'decision'")).isEqualTo("transfer");
    assertThat(of(n, "array_to_string(accused_codes, ',')")).isEqualTo("");
    staff.act(n, "transfer", version(n), new JsonObject().put("to", "320115"));
    // Its case at the county: the county's staff see it.
    assertThat(staff.as("jiangning").get("/cases/" + n).statusCode()).isEqualTo(200);
  }
}
