package org.ecopetition.gateway.casefile;

import static org.assertj.core.api.Assertions.assertThat;

import io.vertx.core.json.JsonObject;
import org.ecopetition.gateway.support.StaffClient;
import org.ecopetition.gateway.support.StaffGatewayExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Issue 16 §4: the public status is read from one row per case (V30 {@code case_status}), kept in the same
 * transaction as every change it shows — the case's state and dates, its public steps and replies, a referral's
 * reason, a photo added or removed by whoever writes photos — so an uncached query answers what the tables say.
 */
class StatusReadModelTest {
  @RegisterExtension
  static final StaffGatewayExtension GW = new StaffGatewayExtension(null,
      e -> {
        e.put("GATEWAY_ROUTING_DIVISION_CODE", "3201");
        e.put("GATEWAY_STATUS_CACHE_SECONDS", "0");
      });
  static final StaffClient staff = GW.staff();

  static JsonObject letter() {
    return new JsonObject().put("channel", "letter").put("category", "申诉求决").put("subtype", 3)
        .put("facts", "小区旁的砖厂夜间焚烧垃圾，浓烟呛人。").put("request", "请求查处").put("name", "周红")
        .put("address", "江苏省南京市玄武区某路1号").put("location", "江苏省南京市");
  }

  /** Cases whose stored status differs from the one computed from the tables now (or is missing). */
  static long stale() {
    return (Long) GW.value("SELECT count(*) FROM case_status_live l FULL JOIN case_status s USING (id) "
        + "WHERE l.id IS NULL OR s.id IS NULL OR l::text IS DISTINCT FROM s::text");
  }

  static String id(String n) {
    return "(SELECT id FROM cases WHERE case_number = '" + n + "')";
  }

  @Test
  void theStoredStatusFollowsEveryChangeItShows() {
    JsonObject entered = staff.post("/cases", letter()).bodyAsJsonObject();
    String n = entered.getString("caseNumber");
    String code = entered.getString("queryCode");
    assertThat(stale()).isZero();
    JsonObject registered = GW.status(n, code, "zh");
    assertThat(registered.getString("state")).isEqualTo("registered");
    assertThat(registered.getInteger("photos")).isZero();
    int steps = registered.getJsonArray("timeline").size();

    // A photo written by another repository (here directly) counts at once, and its removal too.
    Object photo = GW.value("INSERT INTO evidence_photos (case_id, content_type, bytes, size, width, height, sha256, "
        + "created_at) VALUES (" + id(n) + ", 'image/jpeg', '\\x00', 1, 1, 1, '\\x00', '2026-01-05T08:00:00Z') "
        + "RETURNING id");
    assertThat(GW.status(n, code, "zh").getInteger("photos")).isEqualTo(1);
    assertThat(stale()).isZero();
    GW.value("DELETE FROM evidence_photos WHERE id = " + photo + " RETURNING id");
    assertThat(GW.status(n, code, "zh").getInteger("photos")).isZero();

    staff.act(n, "accept", 0, new JsonObject().put("reason", "属于本级职责"));
    JsonObject accepted = GW.status(n, code, "zh");
    assertThat(accepted.getString("state")).isEqualTo("accepted");
    assertThat(accepted.getJsonArray("timeline").size()).isGreaterThan(steps);
    assertThat(accepted.getString("handlingDue")).isNotNull();
    assertThat(stale()).isZero();

    String referred = staff.enter(letter());
    staff.act(referred, "refer", 0, new JsonObject().put("to", "南京市城市管理局").put("reason", "餐饮油烟由城管部门监管"));
    assertThat(GW.value("SELECT referral_reason FROM case_status WHERE id = " + id(referred)))
        .isEqualTo("餐饮油烟由城管部门监管");
    assertThat(GW.value("SELECT referred_to FROM case_status WHERE id = " + id(referred)))
        .isEqualTo("南京市城市管理局");
    assertThat(stale()).isZero();
  }
}
