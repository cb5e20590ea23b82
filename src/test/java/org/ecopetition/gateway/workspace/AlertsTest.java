package org.ecopetition.gateway.workspace;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.vertx.core.Vertx;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.pgclient.PgBuilder;
import io.vertx.sqlclient.Pool;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Set;
import org.ecopetition.gateway.db.Housekeeping;
import org.ecopetition.gateway.db.PgUrl;
import org.ecopetition.gateway.notice.SmsGatewayStub;
import org.ecopetition.gateway.support.HttpChat;
import org.ecopetition.gateway.support.StaffClient;
import org.ecopetition.gateway.support.StaffGateway;
import org.ecopetition.gateway.support.TestClock;
import org.ecopetition.gateway.support.TestPostgres;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Alerts are durable (housekeeping never deletes them, the database refuses to), listed to the console until a person
 * acknowledges them, raised again when nobody does, and a danger to life reaches the duty officer by SMS too — with
 * nothing the petitioner said in it.
 */
class AlertsTest {
  static final String DUTY_PHONE = "13900001111";
  static Vertx vertx;
  static SmsGatewayStub sms;
  static org.ecopetition.gateway.support.WeChatStub wecom;
  static StaffGateway gw;
  static StaffClient staff;

  @BeforeAll
  static void start() {
    vertx = Vertx.vertx();
    sms = new SmsGatewayStub(vertx, Set.of(), Set.of());
    wecom = new org.ecopetition.gateway.support.WeChatStub(vertx);
    gw = StaffGateway.start(vertx, null, env -> {
      env.putAll(Map.of("GATEWAY_SMS_URL", sms.url(), "GATEWAY_SMS_TOKEN", SmsGatewayStub.TOKEN,
          "GATEWAY_WORKSPACE_ALERT_ESCALATE_MINUTES", "0"));
      // The officers on the roster are members of staff.
      StaffClient.configure(env, "zhao", "qian");
      // The deployment's WeCom app (no 微信客服): duty officers may be reached there too.
      env.putAll(Map.of("GATEWAY_WECOM_CORP_ID", "ww0123456789", "GATEWAY_WECOM_AGENT_ID", "1000002",
          "GATEWAY_WECOM_AGENT_SECRET", "agent-secret", "GATEWAY_WECOM_API_BASE", wecom.base()));
    });
    staff = gw.staff();
  }

  @AfterAll
  static void stop() {
    gw.close();
    sms.close();
    wecom.close();
    vertx.close().await();
  }

  static Object value(String sql) {
    return TestPostgres.value(gw.db(), sql);
  }

  static void waitFor(java.util.function.BooleanSupplier done) {
    long until = System.nanoTime() + Duration.ofSeconds(20).toNanos();
    while (!done.getAsBoolean()) {
      if (System.nanoTime() > until) {
        throw new AssertionError("not done within 20 s");
      }
      try {
        Thread.sleep(100);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
  }

  @Test
  void aDangerToLifeRaisesADurableAlertTheDutyOfficerIsToldAndItIsRaisedAgainUntilAcknowledged() {
    Instant now = TestClock.CLOCK.instant();
    assertThat(staff.post("/workspace/duty", new JsonObject().put("login", "zhao").put("phone", DUTY_PHONE)
        .put("from", now.minusSeconds(3600).toString()).put("to", now.plusSeconds(8 * 3600).toString())).statusCode())
        .isEqualTo(201);
    assertThat(staff.post("/workspace/duty", new JsonObject().put("login", "qian").put("wecomUser", "QianDuty")
        .put("from", now.minusSeconds(3600).toString()).put("to", now.plusSeconds(8 * 3600).toString())).statusCode())
        .isEqualTo(201);
    HttpChat chat = new HttpChat(io.vertx.ext.web.client.WebClient.create(vertx), gw.gateway().port());
    assertThat(chat.text("化工厂储罐泄漏，邻居家老人晕倒了，我叫张三丰")).contains("120");

    JsonArray open = staff.get("/workspace/alerts").bodyAsJsonObject().getJsonArray("alerts");
    JsonObject life = open.stream().map(o -> (JsonObject) o).filter(a -> "life_safety".equals(a.getString("kind")))
        .findFirst().orElseThrow();
    long id = life.getLong("id");
    // The duty officer's SMS names the alert, never what the petitioner wrote or who they are.
    waitFor(() -> sms.received.stream().anyMatch(m -> DUTY_PHONE.equals(m.getString("to"))));
    JsonObject told = sms.received.stream().filter(m -> DUTY_PHONE.equals(m.getString("to"))).findFirst().orElseThrow();
    assertThat(told.getString("text")).contains("危及生命安全").contains(String.valueOf(id))
        .doesNotContain("张三丰").doesNotContain("储罐");
    // The officer reached by the WeCom app gets the same, as an app message to their WeCom user.
    waitFor(() -> wecom.appMessages.stream().anyMatch(m -> "QianDuty".equals(m.getString("touser"))));
    JsonObject app = wecom.appMessages.stream().filter(m -> "QianDuty".equals(m.getString("touser"))).findFirst()
        .orElseThrow();
    assertThat(app.getJsonObject("text").getString("content")).contains("危及生命安全").doesNotContain("张三丰");
    // Not acknowledged: raised again (escalation every period, here at once) and told again.
    waitFor(() -> ((Number) value("SELECT escalations FROM alerts WHERE id = " + id)).intValue() >= 1);
    waitFor(() -> sms.received.stream().filter(m -> DUTY_PHONE.equals(m.getString("to"))).count() >= 2);

    // Housekeeping deletes what only matters for a while; never an alert.
    Pool pool = PgBuilder.pool().connectingTo(PgUrl.parse(gw.db()).connectOptions()).using(vertx).build();
    new Housekeeping(pool, 60, 30, TestClock.at(TestClock.TODAY.plusDays(400))).run().await();
    pool.close().await();
    assertThat(value("SELECT count(*) FROM alerts WHERE id = " + id)).isEqualTo(1L);
    assertThatThrownBy(() -> TestPostgres.jdbc(gw.db(), c -> c.createStatement().execute("DELETE FROM alerts")))
        .hasMessageContaining("never deleted");

    assertThat(staff.post("/workspace/alerts/" + id + "/ack", new JsonObject()).statusCode()).isEqualTo(200);
    assertThat(staff.post("/workspace/alerts/" + id + "/ack", new JsonObject()).statusCode()).isEqualTo(409);
    assertThat(staff.post("/workspace/alerts/999999/ack", new JsonObject()).statusCode()).isEqualTo(404);
    assertThat(value("SELECT acknowledged_by FROM alerts WHERE id = " + id)).isEqualTo("staff:wang");
    assertThat(staff.get("/workspace/alerts").bodyAsJsonObject().getJsonArray("alerts").stream()
        .map(o -> ((JsonObject) o).getLong("id"))).doesNotContain(id);
    assertThatThrownBy(() -> TestPostgres.jdbc(gw.db(), c -> c.createStatement().execute(
        "UPDATE alerts SET acknowledged_by = 'someone else' WHERE id = " + id)))
        .hasMessageContaining("keeps what was raised");
  }

  @Test
  void aDutyShiftNeedsAMobileNumberAndAnEndAfterItsStart() {
    Instant now = TestClock.CLOCK.instant();
    assertThat(staff.post("/workspace/duty", new JsonObject().put("login", "zhao").put("phone", "12345")
        .put("from", now.toString()).put("to", now.plusSeconds(60).toString())).statusCode()).isEqualTo(400);
    assertThat(staff.post("/workspace/duty", new JsonObject().put("login", "zhao").put("phone", DUTY_PHONE)
        .put("from", now.toString()).put("to", now.minusSeconds(60).toString())).statusCode()).isEqualTo(400);
    assertThat(staff.post("/workspace/duty", new JsonObject().put("login", "zhao").put("phone", DUTY_PHONE)
        .put("from", "tomorrow").put("to", now.toString())).statusCode()).isEqualTo(400);
    assertThat(staff.post("/workspace/duty", new JsonObject().put("login", "zhao")
        .put("from", now.toString()).put("to", now.plusSeconds(60).toString())).statusCode()).isEqualTo(400);
    // No member of staff by that login: nobody could sign in to acknowledge what the phone is told.
    var stranger = staff.post("/workspace/duty", new JsonObject().put("login", "zhaoo").put("phone", DUTY_PHONE)
        .put("from", now.toString()).put("to", now.plusSeconds(60).toString()));
    assertThat(stranger.statusCode()).isEqualTo(400);
    assertThat(stranger.bodyAsJsonObject().getJsonObject("error").getString("field")).isEqualTo("login");
  }
}
