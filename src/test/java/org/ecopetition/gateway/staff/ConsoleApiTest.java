package org.ecopetition.gateway.staff;

import static org.assertj.core.api.Assertions.assertThat;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.util.List;
import org.ecopetition.gateway.support.StaffClient;
import org.ecopetition.gateway.support.StaffGatewayExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * What the console reads beyond the procedure's routes: the registration form pre-filled from pasted text (nothing
 * stored), the acts allowed now with the procedure's refusals in place (nothing applied), and the case list with
 * its filters and search.
 */
class ConsoleApiTest {
  @RegisterExtension
  static final StaffGatewayExtension GW = new StaffGatewayExtension();
  static final StaffClient wang = GW.staff();

  static JsonObject letter(String facts, String phone, String polluter) {
    return new JsonObject().put("channel", "letter").put("category", "申诉求决").put("facts", facts)
        .put("request", "请求查处").put("name", "钱多").put("phone", phone).put("polluter", polluter)
        .put("location", "江苏省南京市江宁区").put("kind", "air");
  }

  static List<String> listed(String query) {
    JsonArray a = wang.get("/cases" + query).bodyAsJsonObject().getJsonArray("cases");
    return a.stream().map(o -> ((JsonObject) o).getString("case_number")).toList();
  }

  @Test
  void pastedTextFillsTheRegistrationFormAndNothingIsStored() {
    Object before = GW.value("SELECT (SELECT count(*) FROM cases) || '/' || (SELECT count(*) FROM conversations)");
    String text = "我叫张三，电话13812345678。南京市江宁区某某砖厂每天晚上排放黑烟，气味刺鼻，已经一个多月了，"
        + "请求环保部门尽快查处。";
    var r = wang.post("/extract", new JsonObject().put("text", text));
    assertThat(r.statusCode()).as(r.bodyAsString()).isEqualTo(200);
    JsonObject f = r.bodyAsJsonObject().getJsonObject("fields");
    assertThat(f.getString("phone")).isEqualTo("13812345678");
    assertThat(f.getString("name")).isEqualTo("张三");
    assertThat(f.getString("location")).contains("江宁");
    assertThat(f.getString("kind")).isEqualTo("air");
    assertThat(f.getString("facts")).isEqualTo(text);
    assertThat(f.getString("lang")).isEqualTo("zh");
    // A letter in English is answered in English: the form says so, and the clerk may change it.
    JsonObject en = wang.post("/extract", new JsonObject().put("text", "Dear Sir, the dye works by our canal dumps "
        + "purple water every night. Please stop it. Tom, 13812345678")).bodyAsJsonObject().getJsonObject("fields");
    assertThat(en.getString("lang")).isEqualTo("en");
    // A Chinese letter quoting an English name is still Chinese.
    assertThat(wang.post("/extract", new JsonObject().put("text", "ABC Chemical公司夜里排放废气。")).bodyAsJsonObject()
        .getJsonObject("fields").getString("lang")).isEqualTo("zh");
    assertThat(r.bodyAsJsonObject().getJsonObject("confidence").getDouble("phone")).isGreaterThan(0.5);
    assertThat(GW.value("SELECT (SELECT count(*) FROM cases) || '/' || (SELECT count(*) FROM conversations)"))
        .isEqualTo(before);
    assertThat(wang.post("/extract", new JsonObject().put("text", " ")).statusCode()).isEqualTo(400);
    assertThat(wang.post("/extract", new JsonObject().put("text", 42)).statusCode()).isEqualTo(400);
  }

  @Test
  void theActsAllowedNowCarryTheProceduresRefusalsAndApplyNothing() {
    String n = wang.enter(letter("某化工厂偷排废水，河水发黑。", "13900001111", "某化工厂"));
    String before = GW.snapshot(n);
    JsonArray acts = wang.get("/cases/" + n + "/acts").bodyAsJsonObject().getJsonArray("acts");
    JsonObject accept = find(acts, "accept");
    assertThat(accept.getBoolean("allowed")).isTrue();
    assertThat(accept.getString("label")).isEqualTo("受理");
    JsonObject close = find(acts, "close");
    assertThat(close.getBoolean("allowed")).isFalse();
    assertThat(close.getString("refusal")).isNotBlank();
    assertThat(close.getString("article")).startsWith("第");
    assertThat(GW.snapshot(n)).isEqualTo(before);
    // After acceptance the answer changes with the case's state.
    wang.act(n, "accept", 0, new JsonObject().put("reason", "属于本级职责"));
    JsonArray after = wang.get("/cases/" + n + "/acts").bodyAsJsonObject().getJsonArray("acts");
    assertThat(find(after, "accept").getBoolean("allowed")).isFalse();
    assertThat(after.stream().map(o -> (JsonObject) o).filter(o -> o.getBoolean("allowed")).map(o -> o.getString("act")))
        .as(after.encode()).isNotEmpty().doesNotContain("accept", "not_accept");
    assertThat(wang.get("/cases/HB2020010100001/acts").statusCode()).isEqualTo(404);
  }

  @Test
  void theCaseListFiltersAndFindsByNumberOrPhone() {
    String a = wang.enter(letter("甲厂夜间排放异味气体。", "13911112222", "甲某某化工有限公司"));
    String b = wang.enter(letter("甲厂又在排放异味。", "13933334444", "甲某某化工有限公司"));
    String a3 = wang.enter(letter("甲厂排放的气体很呛。", "13977778888", "甲某某化工有限公司"));
    String c = wang.enter(letter("乙厂噪声扰民。", "13955556666", "乙某某机械厂").put("urgent", true)
        .put("kind", "noise"));
    wang.act(c, "accept", 0, new JsonObject().put("reason", "属于本级职责"));
    assertThat(listed("?q=13933334444")).containsExactly(b);
    // Art 42: the search tied a phone to a case, a read of personal data kept in the access log.
    assertThat(GW.value("SELECT count(*) FROM access_log a JOIN cases c ON c.id = a.case_id WHERE a.what = "
        + "'search by phone' AND c.case_number = '" + b + "'").toString()).isEqualTo("1");
    assertThat(listed("?q=139-3333-4444")).containsExactly(b);
    assertThat(listed("?q=" + a)).containsExactly(a);
    assertThat(listed("?urgent=true")).contains(c).doesNotContain(a, b);
    assertThat(listed("?state=accepted")).contains(c).doesNotContain(a, b);
    assertThat(listed("?clock=handling")).contains(c).doesNotContain(a, b);
    assertThat(listed("?clock=notice")).contains(a, b).doesNotContain(c);
    assertThat(listed("?channel=letter&category=" + java.net.URLEncoder.encode("申诉求决", java.nio.charset.StandardCharsets.UTF_8))).contains(a, b, c);
    assertThat(listed("?channel=visit")).doesNotContain(a, b, c);
    // Three matters about one polluter in the period make it a hotspot (routing.hotspotCases, 3 by default).
    assertThat(listed("?hotspot=true")).contains(a, b, a3).doesNotContain(c);
    JsonObject row = wang.get("/cases?q=" + a).bodyAsJsonObject().getJsonArray("cases").getJsonObject(0);
    assertThat(row.getString("clock")).isEqualTo("notice");
    assertThat(row.getString("due")).isNotNull();
    assertThat(wang.get("/cases?clock=someday").statusCode()).isEqualTo(400);
    // Every filter of a list names a value it cannot hold (an empty list read as "nothing there" otherwise).
    for (String[] bad : new String[][] {{"/cases?state=acepted", "state"}, {"/cases?channel=email", "channel"},
        {"/cases?category=投诉", "category"}, {"/cases?urgent=yes", "urgent"}, {"/notices?status=waiting", "status"},
        {"/notices?channel=post", "channel"}}) {
      var r = wang.get(bad[0]);
      assertThat(r.statusCode()).as(bad[0]).isEqualTo(400);
      assertThat(r.bodyAsJsonObject().getJsonObject("error").getString("field")).as(bad[0]).isEqualTo(bad[1]);
    }
    var good = wang.get("/cases?state=accepted&channel=letter&category=" + java.net.URLEncoder.encode("申诉求决",
        java.nio.charset.StandardCharsets.UTF_8) + "&urgent=false");
    assertThat(good.statusCode()).as(good.bodyAsString()).isEqualTo(200);
    assertThat(wang.get("/notices?status=pending&channel=letter").statusCode()).isEqualTo(200);
    assertThat(wang.get("/cases?from=2026-13-01").statusCode()).isEqualTo(400);
  }

  static JsonObject find(JsonArray acts, String act) {
    return acts.stream().map(o -> (JsonObject) o).filter(o -> act.equals(o.getString("act"))).findFirst()
        .orElseThrow(() -> new AssertionError(act + " not in " + acts.encode()));
  }
}
