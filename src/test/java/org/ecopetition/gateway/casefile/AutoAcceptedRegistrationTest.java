package org.ecopetition.gateway.casefile;

import org.ecopetition.gateway.support.Web;
import static org.assertj.core.api.Assertions.assertThat;

import io.vertx.core.Vertx;
import io.vertx.core.json.JsonObject;
import io.vertx.junit5.VertxExtension;
import java.util.Map;
import java.util.regex.Matcher;
import org.ecopetition.gateway.Gateway;
import org.ecopetition.gateway.channel.webchat.WebChatFlowTestSupport;
import org.ecopetition.gateway.support.ChatClient;
import org.ecopetition.gateway.support.TestGateway;
import org.ecopetition.gateway.support.TestPostgres;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A deployment that accepts clear matters at registration (Dongguan's bureau, {@code routing.autoAccept}):
 * a pollution complaint in its own city is accepted in the registration's transaction with its handling
 * deadline, and the receipt says so; a matter for another department stays registered for staff.
 */
@ExtendWith(VertxExtension.class)
class AutoAcceptedRegistrationTest {
  static String db;
  static Gateway gateway;

  @BeforeAll
  static void start() {
    db = TestPostgres.freshDatabaseUrl();
    Map<String, String> env = TestGateway.env(db, TestGateway.newKey());
    env.put("GATEWAY_ROUTING_DIVISION_CODE", "4419");
    env.put("GATEWAY_ROUTING_AUTO_ACCEPT", "true");
    gateway = TestGateway.start(env);
  }

  @AfterAll
  static void stop() {
    gateway.close();
  }

  static String[] report(Vertx vertx, Map<String, String> overrides) {
    try (ChatClient chat = ChatClient.connect(vertx, gateway.port())) {
      chat.hello(null, "zh");
      chat.drain(300);
      String transcript = WebChatFlowTestSupport.drive(chat::say, WebChatFlowTestSupport.FIRST, overrides, s -> { });
      Matcher n = WebChatFlowTestSupport.CASE.matcher(transcript);
      Matcher c = WebChatFlowTestSupport.CODE.matcher(transcript);
      assertThat(n.find() && c.find()).isTrue();
      return new String[] {n.group(1), c.group(1), transcript};
    }
  }

  static String row(String sql) {
    return (String) TestPostgres.value(db, sql);
  }

  @Test
  void aClearComplaintInItsOwnCityIsAcceptedAtRegistration(Vertx vertx) {
    String[] r = report(vertx, Map.of("问题发生在哪里", "广东省东莞市长安镇锦厦村"));
    assertThat(r[2]).contains("并已由").contains("受理（第十七条）").contains("前办结并书面答复您")
        .doesNotContain("登记不等于受理");
    String where = "FROM cases WHERE case_number = '" + r[0] + "'";
    assertThat(row("SELECT state || ' ' || (accepted_date = received_date) || ' ' "
        + "|| (handling_due BETWEEN received_date + 60 AND received_date + 69) " + where))
        .isEqualTo("accepted true true");
    assertThat(row("SELECT string_agg(kind || ':' || actor, ',' ORDER BY id) FROM case_events WHERE case_id = "
        + "(SELECT id " + where + ")")).contains("accept:system:auto-accept").contains("notice_sent:");
    JsonObject status = Web.once(vertx, c -> c.get(gateway.port(), "127.0.0.1", "/api/v1/cases/" + r[0] + "/status")
        .putHeader("X-Query-Code", r[1]).send().await().bodyAsJsonObject());
    assertThat(status.getString("state")).isEqualTo("accepted");
  }

  @Test
  void aMatterForAnotherDepartmentWaitsForStaff(Vertx vertx) {
    String[] r = report(vertx, Map.of());
    assertThat(r[2]).contains("登记不等于受理");
    assertThat(row("SELECT state || ' ' || proposed_decision FROM cases WHERE case_number = '" + r[0] + "'"))
        .startsWith("registered ").doesNotEndWith(" accept");
  }
}
