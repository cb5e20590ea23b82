package org.ecopetition.gateway.workspace;

import static org.assertj.core.api.Assertions.assertThat;

import io.vertx.core.Vertx;
import io.vertx.core.json.JsonObject;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Set;
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
 * Art 19: a danger to life is never missed because the lookup of who may see its alert fails. The duty officer here is
 * a staff account; the lookup reads the accounts table, which is made unreachable in the real database (renamed) while
 * the alert is raised: the officer on duty still gets an SMS, content-free ("有紧急信访待处理，请登录查看" and the alert's
 * number, no word of the matter), and the raising is recorded on the alert for the consoles. With the table back, the
 * next alert is told as ever.
 */
class AlertLookupFailureTest {
  static final String ZHAO_PHONE = "13922223333";
  static Vertx vertx;
  static SmsGatewayStub sms;
  static StaffGateway gw;
  static StaffClient staff;

  @BeforeAll
  static void start() {
    vertx = Vertx.vertx();
    sms = new SmsGatewayStub(vertx, Set.of(), Set.of());
    gw = StaffGateway.start(vertx, null, env -> {
      env.put("GATEWAY_ROUTING_DIVISION_CODE", "3201");
      StaffClient.configure(env);
      env.putAll(Map.of("GATEWAY_SMS_URL", sms.url(), "GATEWAY_SMS_TOKEN", SmsGatewayStub.TOKEN));
    });
    staff = gw.staff();
  }

  @AfterAll
  static void stop() {
    gw.close();
    sms.close();
    vertx.close().await();
  }

  static void sql(String statement) {
    TestPostgres.jdbc(gw.db(), c -> c.createStatement().execute(statement));
  }

  static boolean smsTo(String phone, String contains) {
    return sms.received.stream().anyMatch(m -> phone.equals(m.getString("to")) && m.getString("text").contains(contains));
  }

  static void waitFor(String what, java.util.function.BooleanSupplier done) {
    long until = System.nanoTime() + Duration.ofSeconds(40).toNanos();
    while (!done.getAsBoolean()) {
      if (System.nanoTime() > until) {
        throw new AssertionError("not within 40 s: " + what);
      }
      try {
        Thread.sleep(200);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
  }

  @Test
  void aFailedEntitlementLookupStillSendsAContentFreeAlertAndRecordsIt() {
    sql("INSERT INTO staff_users (login, display_name, role, department_code, password_hash, must_change_password, "
        + "created_at, updated_at) VALUES ('zhao', '赵值班', 'supervisor', '3201', 'x', false, '2026-01-01T00:00:00Z', '2026-01-01T00:00:00Z')");
    Instant now = TestClock.CLOCK.instant();
    assertThat(staff.post("/workspace/duty", new JsonObject().put("login", "zhao").put("phone", ZHAO_PHONE)
        .put("from", now.minusSeconds(3600).toString()).put("to", now.plusSeconds(7200).toString())).statusCode())
        .isEqualTo(201);
    HttpChat chat = new HttpChat(io.vertx.ext.web.client.WebClient.create(vertx), gw.gateway().port());
    long alert;
    sql("ALTER TABLE staff_users RENAME TO staff_users_unreachable");
    try {
      chat.say("沙河边的农药厂氯气罐漏了，我家孩子和老人都在咳血，喘不上气");
      alert = (Long) TestPostgres.value(gw.db(), "SELECT max(id) FROM alerts WHERE kind = 'life_safety'");
      waitFor("the content-free alert to zhao", () -> smsTo(ZHAO_PHONE, "编号" + alert + "）"));
    } finally {
      sql("ALTER TABLE staff_users_unreachable RENAME TO staff_users");
    }
    String text = sms.received.stream().filter(m -> ZHAO_PHONE.equals(m.getString("to"))).findFirst().orElseThrow()
        .getString("text");
    assertThat(text).contains("有紧急信访待处理，请登录查看").doesNotContain("氯气").doesNotContain("沙河")
        .doesNotContain("农药");
    assertThat(TestPostgres.value(gw.db(), "SELECT array_to_string(blind_raisings, ',') FROM alerts WHERE id = " + alert))
        .isEqualTo("0");
    JsonObject shown = staff.get("/workspace/alerts").bodyAsJsonObject().getJsonArray("alerts").stream()
        .map(o -> (JsonObject) o).filter(a -> a.getLong("id") == alert).findFirst().orElseThrow();
    assertThat(shown.getBoolean("toldWithoutCheck")).isTrue();

    // The look-alike: the lookup works again, and the next danger is told with the check, as ever.
    HttpChat other = new HttpChat(io.vertx.ext.web.client.WebClient.create(vertx), gw.gateway().port());
    other.say("化工厂储罐爆炸起火了，有工人被烧伤倒在地上");
    long next = (Long) TestPostgres.value(gw.db(), "SELECT max(id) FROM alerts WHERE kind = 'life_safety'");
    assertThat(next).isNotEqualTo(alert);
    waitFor("zhao told of the next alert", () -> smsTo(ZHAO_PHONE, "编号" + next + "，"));
    assertThat(TestPostgres.value(gw.db(), "SELECT cardinality(blind_raisings) FROM alerts WHERE id = " + next))
        .isEqualTo(0);
  }
}
