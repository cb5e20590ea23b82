package org.ecopetition.gateway.staff;

import static org.assertj.core.api.Assertions.assertThat;

import io.vertx.core.buffer.Buffer;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.client.HttpResponse;
import java.time.LocalDate;
import java.util.Map;
import org.ecopetition.gateway.support.StaffClient;
import org.ecopetition.gateway.support.TestClock;
import org.ecopetition.gateway.support.StaffGatewayExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A clerk enters letters, calls and visits (Art 12, 14, 15): registered at once with a number, a query
 * code, the place resolved and the routing proposed; each fault answered with its field in the clerk's
 * language, and nothing stored.
 */
class StaffEntryTest {
  static final LocalDate TODAY = TestClock.TODAY;
  @RegisterExtension
  static final StaffGatewayExtension GW = new StaffGatewayExtension();
  static final StaffClient staff = GW.staff();

  static JsonObject visit() {
    return new JsonObject().put("channel", "visit").put("facts", "工业园区的化工厂夜间排放刺鼻气体，周边居民头晕恶心。")
        .put("request", "请求查处并公开监测数据").put("category", "申诉求决").put("name", "吴刚")
        .put("phone", "+86 138-0000-1111").put("address", "浙江省杭州市萧山区某小区").put("location", "杭州萧山区")
        .put("representatives", 3).put("kind", "air");
  }

  @Test
  void aVisitIsRegisteredWithItsPlaceResolvedAndAQueryCode() {
    HttpResponse<Buffer> r = staff.post("/cases", visit());
    assertThat(r.statusCode()).as(r.bodyAsString()).isEqualTo(201);
    JsonObject body = r.bodyAsJsonObject();
    String n = body.getString("caseNumber");
    assertThat(n).startsWith("HB");
    assertThat(body.getString("queryCode")).hasSize(8);
    assertThat(body.getString("noticeDue")).isNotNull();
    assertThat(body.getJsonObject("proposal").getString("decision")).isNotBlank();
    String row = "FROM cases WHERE case_number = '" + n + "'";
    assertThat(GW.value("SELECT concat_ws('/', province, city, county) " + row))
        .isEqualTo("浙江省/杭州市/萧山区");
    // The phone is stored sealed (issue 11 §6), a mobile, with its lookup hash.
    assertThat(GW.value("SELECT (contact_phone LIKE 'k1:%' AND contact_phone NOT LIKE '%13800001111%' AND contact_mobile "
        + "AND contact_phone_hash IS NOT NULL) || ':' || representatives || ':' || channel " + row))
        .isEqualTo("true:3:visit");
    // Who entered it is on the history; the code is stored only as its HMAC.
    assertThat(GW.value("SELECT actor FROM case_events WHERE kind = 'entered' AND case_id = (SELECT id "
        + row + ")")).isEqualTo("staff:wang");
    assertThat(GW.value("SELECT count(*) " + row + " AND query_code_hmac::text LIKE '%"
        + body.getString("queryCode") + "%'")).isEqualTo(0L);
    // An accusation never carries consent to disclosure, whatever the form says (Art 23).
    String accusation = staff.enter(visit().put("category", "检举控告").put("accused", "某镇环保所所长")
        .put("disclosureConsent", true).putNull("representatives").put("channel", "letter"));
    assertThat(GW.value("SELECT disclosure_consent FROM cases WHERE case_number = '" + accusation + "'"))
        .isEqualTo(false);
  }

  @Test
  void eachFaultIsAnsweredWithItsFieldAndNothingIsStored() {
    long before = (Long) GW.value("SELECT count(*) FROM cases");
    Map<String, JsonObject> bad = Map.of(
        "representatives", visit().put("representatives", 6),
        "facts", visit().put("facts", "   "),
        "phone", visit().put("phone", "12345"),
        "receivedOn", visit().put("receivedOn", TODAY.plusDays(1).toString()),
        "category", visit().put("category", "闲聊"),
        "channel", visit().put("channel", "pigeon"),
        "subtype", visit().put("subtype", 7),
        "name", visit().put("name", 123),
        "affected", visit().put("affected", -5));
    bad.forEach((field, body) -> {
      HttpResponse<Buffer> r = staff.post("/cases", body);
      assertThat(r.statusCode()).as(field).isEqualTo(400);
      assertThat(r.bodyAsJsonObject().getJsonObject("error").getString("field")).isEqualTo(field);
    });
    HttpResponse<Buffer> six = staff.post("/cases", visit().put("representatives", 6));
    assertThat(six.bodyAsJsonObject().getJsonObject("error").getString("message")).contains("不超过5人");
    HttpResponse<Buffer> english = staff.post("/cases?lang=en", visit().put("receivedOn", "29/11/2026"));
    assertThat(english.bodyAsJsonObject().getJsonObject("error").getString("message")).contains("YYYY-MM-DD");
    assertThat(staff.post("/cases", new JsonObject().put("facts", 42)).statusCode()).isEqualTo(400);
    // A count past any matter's, or not whole, is no count; the petitioner's words are kept as said.
    assertThat(staff.post("/cases", visit().put("affected", 1e20)).statusCode()).isEqualTo(400);
    assertThat(staff.post("/cases", visit().put("affected", 2.5)).statusCode()).isEqualTo(400);
    // Each field of the wrong type or outside its vocabulary is named, in the clerk's words (it was "字段类型不正确"
    // naming no field, or stored: a kind "smell" counted in the statistics, a year typed 1999 overdue at once). A matter
    // is the deployment's to name (lifecycle.performPeriods keys its own), so it is not held to a list.
    Map<String, JsonObject> named = Map.of(
        "subtype", visit().put("subtype", "3"),
        "urgent", visit().put("urgent", "yes"),
        "anonymous", visit().put("anonymous", "no"),
        "kind", visit().put("kind", "smell"),
        "receivedOn", visit().put("receivedOn", TODAY.minusYears(2).toString()),
        "affected", visit().put("affected", "0"),
        "lang", visit().put("lang", "fr"));
    named.forEach((field, body) -> {
      HttpResponse<Buffer> r = staff.post("/cases", body);
      assertThat(r.statusCode()).as(field).isEqualTo(400);
      assertThat(r.bodyAsJsonObject().getJsonObject("error").getString("field")).as(field).isEqualTo(field);
      assertThat(r.bodyAsJsonObject().getJsonObject("error").getString("message")).as(field)
          .doesNotContain("字段类型不正确");
    });

    assertThat(GW.value("SELECT count(*) FROM cases")).isEqualTo(before);
    assertThat(staff.post("/cases", visit().put("affected", 300)).statusCode()).isEqualTo(201);
    assertThat(staff.post("/cases", visit().put("affected", "几百户")).statusCode()).isEqualTo(201);
    assertThat(staff.post("/cases", visit().put("kind", "noise").put("matter", "social_life_noise")
        .put("receivedOn", TODAY.minusDays(300).toString())).statusCode()).isEqualTo(201);
  }

  /**
   * The form and {@code /extract} tell the clerk "不超过2万字": a long letter under that is registered whole (it was
   * refused as "最多 20000 字节" past ≈ 6,700 Chinese characters), and one over it is refused in the same words.
   */
  @Test
  void aLetterOfUpToTwentyThousandCharactersIsRegisteredWhole() {
    String letter = visit().getString("facts") + "另：" + "河水发黑发臭，夜里排污。".repeat(1500);
    assertThat(letter.length()).isBetween(15_000, 20_000);
    HttpResponse<Buffer> r = staff.post("/cases", visit().put("facts", letter));
    assertThat(r.statusCode()).as(r.bodyAsString()).isEqualTo(201);
    HttpResponse<Buffer> over = staff.post("/cases", visit().put("facts", "河".repeat(20_001)));
    assertThat(over.statusCode()).isEqualTo(400);
    assertThat(over.bodyAsJsonObject().getJsonObject("error").getString("message")).contains("不超过2万字");
  }
}
