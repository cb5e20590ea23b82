package org.ecopetition.gateway.staff;

import static org.assertj.core.api.Assertions.assertThat;

import io.vertx.core.buffer.Buffer;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.client.HttpResponse;
import java.time.LocalDate;
import org.ecopetition.gateway.calendar.WorkCalendar;
import org.ecopetition.gateway.support.StaffClient;
import org.ecopetition.gateway.support.StaffGatewayExtension;
import org.ecopetition.gateway.support.TestClock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A clerk corrects what was registered wrongly (a mistyped phone, the wrong category, the wrong date received): through
 * the lifecycle and the one repository, against real PostgreSQL and HTTP. The clocks follow the corrected receipt by the
 * calendar; a refused or faulty correction changes nothing; the history keeps old and new values (identity only for
 * those entitled); the reported party's copy never shows an identity; the petitioner is told only a moved deadline.
 */
class CaseCorrectionTest {
  @RegisterExtension
  static final StaffGatewayExtension GW = new StaffGatewayExtension(null, e -> e.put("GATEWAY_STAFF_TOKENS",
      e.get("GATEWAY_STAFF_TOKENS") + "," + StaffClient.tokenEntry("shen", StaffClient.token("shen"), "auditor")));
  static final StaffClient staff = GW.staff();
  static final WorkCalendar CALENDAR = WorkCalendar.official();

  static JsonObject letter(String receivedOn) {
    return new JsonObject().put("channel", "letter").put("receivedOn", receivedOn)
        .put("facts", "村东头的石材加工厂每天切割石板，粉尘落满菜地，晚上还在运转。").put("request", "请求查处粉尘污染")
        .put("category", "申诉求决").put("name", "乔玉兰").put("phone", "13912345678").put("address", "江宁区湖熟街道乔庄村12号")
        .put("location", "江苏省南京市江宁区").put("kind", "air");
  }

  /** Art 17's 15 days counted by hand: the day of receipt not counted, a last day off rolled to the next working day. */
  static LocalDate noticeDue(LocalDate received) {
    LocalDate d = received.plusDays(15);
    while (!CALENDAR.isWorkingDay(d)) {
      d = d.plusDays(1);
    }
    return d;
  }

  /** Five working days after receipt (Art 17: the objection of a matter transferred in). */
  static LocalDate objectionDue(LocalDate received) {
    LocalDate d = received;
    for (int n = 0; n < 5; ) {
      d = d.plusDays(1);
      if (CALENDAR.isWorkingDay(d)) {
        n++;
      }
    }
    return d;
  }

  /** A day of receipt within the last months whose fifteenth day is a day off: the roll-over must show. */
  static LocalDate receiptWhoseLastDayIsOff() {
    for (LocalDate d = TestClock.TODAY.minusDays(2); d.isAfter(TestClock.TODAY.minusDays(200)); d = d.minusDays(1)) {
      if (!CALENDAR.isWorkingDay(d.plusDays(15))) {
        return d;
      }
    }
    throw new AssertionError("no such day");
  }

  static String value(String sql) {
    Object v = GW.value(sql);
    return v == null ? null : v.toString();
  }

  static String column(String n, String column) {
    return value("SELECT " + column + "::text FROM cases WHERE case_number = '" + n + "'");
  }

  static HttpResponse<Buffer> correct(String n, JsonObject body) {
    return staff.post("/cases/" + n + "/corrections", body);
  }

  @Test
  void aCorrectedDateOfReceiptMovesTheClocksByTheCalendarAndTheHistoryKeepsBoth() {
    LocalDate typed = TestClock.TODAY;
    String n = staff.enter(letter(typed.toString()));
    assertThat(column(n, "notice_due")).isEqualTo(noticeDue(typed).toString());
    LocalDate real = receiptWhoseLastDayIsOff();
    HttpResponse<Buffer> r = correct(n, new JsonObject().put("version", 0).put("receivedOn", real.toString())
        .put("reason", "来信信封邮戳日期为准，登记时误填为当日"));
    assertThat(r.statusCode()).as(r.bodyAsString()).isEqualTo(200);
    LocalDate due = noticeDue(real);
    assertThat(due).isAfter(real.plusDays(15));
    assertThat(r.bodyAsJsonObject().getString("noticeDue")).isEqualTo(due.toString());
    assertThat(r.bodyAsJsonObject().getLong("version")).isEqualTo(1L);
    assertThat(column(n, "received_date")).isEqualTo(real.toString());
    assertThat(column(n, "notice_due")).isEqualTo(due.toString());
    // The public read model follows in the same transaction.
    assertThat(value("SELECT notice_due::text FROM case_status WHERE case_number = '" + n + "'"))
        .isEqualTo(due.toString());
    JsonObject corrected = corrected(staff, n);
    assertThat(corrected.getString("actor")).isEqualTo("staff:wang");
    assertThat(corrected.getString("reason")).contains("邮戳");
    assertThat(change(corrected, "receivedOn")).isEqualTo(new JsonObject().put("field", "receivedOn")
        .put("from", typed.toString()).put("to", real.toString()));
    assertThat(change(corrected, "noticeDue").getString("to")).isEqualTo(due.toString());
  }

  @Test
  void aMatterTransferredInHasItsObjectionWindowCountedAgainInWorkingDays() {
    String n = staff.enter(letter(TestClock.TODAY.toString()).put("transferredFrom", "省信访局"));
    LocalDate real = TestClock.TODAY.minusDays(3);
    HttpResponse<Buffer> r = correct(n, new JsonObject().put("version", 0).put("receivedOn", real.toString())
        .put("reason", "转送函落款日期"));
    assertThat(r.statusCode()).as(r.bodyAsString()).isEqualTo(200);
    assertThat(column(n, "objection_due")).isEqualTo(objectionDue(real).toString());
    assertThat(column(n, "notice_due")).isEqualTo(noticeDue(real).toString());
  }

  @Test
  void theCategoryCorrectedBeforeTheDecisionChangesTheProcedure() {
    String n = staff.enter(letter(TestClock.TODAY.toString()).put("category", "建议意见"));
    HttpResponse<Buffer> r = correct(n, new JsonObject().put("version", 0).put("category", "申诉求决").put("subtype", 4)
        .put("reason", "来信要求撤销处罚决定，应为申诉求决第四项"));
    assertThat(r.statusCode()).as(r.bodyAsString()).isEqualTo(200);
    assertThat(column(n, "category") + "/" + column(n, "subtype")).isEqualTo("申诉求决/4");
    // Subtype (4) is concluded by an opinion letter: accepted, the 60-day handling limit runs.
    staff.act(n, "accept", 1, new JsonObject().put("reason", "属于本级职责"));
    assertThat(column(n, "handling_due")).isNotNull();
    // A suggestion corrected into an accusation can never again be anything else (Art 23).
    String m = staff.enter(letter(TestClock.TODAY.toString()).put("category", "检举控告").put("accused", "某县生态环境局"));
    JsonObject refused = refused(m, new JsonObject().put("version", 0).put("category", "建议意见").put("reason", "改类别"));
    assertThat(refused.getString("article")).isEqualTo("第二十三条");
    assertThat(column(m, "category")).isEqualTo("检举控告");
  }

  @Test
  void afterTheDecisionTheFactsAreRefusedButTheIdentityCanStillBeCorrected() {
    String n = staff.enter(letter(TestClock.TODAY.toString()));
    long v = staff.act(n, "accept", 0, new JsonObject().put("reason", "属于本级职责"));
    String before = column(n, "received_date") + column(n, "notice_due") + column(n, "handling_due") + column(n, "kind");
    long events = (Long) GW.value("SELECT count(*) FROM case_events");
    for (JsonObject facts : new JsonObject[] {new JsonObject().put("receivedOn", TestClock.TODAY.minusDays(5).toString()),
        new JsonObject().put("category", "建议意见"), new JsonObject().put("kind", "water"),
        new JsonObject().put("location", "江苏省南京市六合区")}) {
      JsonObject error = refused(n, facts.copy().put("version", v).put("reason", "登记有误"));
      assertThat(error.getString("message")).as(facts.encode()).contains("受理与否已作出决定");
      assertThat(error.getString("article")).isEqualTo("第十七条");
      HttpResponse<Buffer> en = staff.post("/cases/" + n + "/corrections?lang=en", facts.copy().put("version", v)
          .put("reason", "登记有误"));
      assertThat(en.bodyAsJsonObject().getJsonObject("error").getString("message")).contains("acceptance was decided")
          .doesNotContainPattern("\\p{IsHan}");
    }
    // Nothing changed: not the clocks, not the version, no history entry.
    assertThat(column(n, "received_date") + column(n, "notice_due") + column(n, "handling_due") + column(n, "kind"))
        .isEqualTo(before);
    assertThat(column(n, "version")).isEqualTo(String.valueOf(v));
    assertThat((Long) GW.value("SELECT count(*) FROM case_events")).isEqualTo(events);
    // The phone the notices go to can still be put right.
    HttpResponse<Buffer> r = correct(n, new JsonObject().put("version", v).put("phone", "139 1234 5679")
        .put("reason", "信访人来电告知登记的手机号末位有误"));
    assertThat(r.statusCode()).as(r.bodyAsString()).isEqualTo(200);
    assertThat(r.bodyAsJsonObject().getBoolean("noticeChanged")).isFalse();
    // Stored sealed, never in plain; its lookup hash follows (a repeat by the new phone is found).
    assertThat(column(n, "contact_phone")).doesNotContain("13912345679");
    JsonObject change = change(corrected(staff, n), "phone");
    assertThat(change.getString("from")).isEqualTo("13912345678");
    assertThat(change.getString("to")).isEqualTo("13912345679");
    // The auditor reads the history without the identity values.
    JsonObject audited = change(corrected(staff.as("shen"), n), "phone");
    assertThat(audited.encode()).doesNotContain("1391234567").contains("***");
    // The reported party's copy shows neither the old nor the new phone, nor the name.
    HttpResponse<Buffer> copy = staff.get("/cases/" + n + "/documents/acceptance?forReportedParty=true");
    assertThat(copy.bodyAsString()).doesNotContain("13912345678").doesNotContain("13912345679")
        .doesNotContain("乔玉兰");
    HttpResponse<Buffer> export = staff.get("/export?forReportedParty=true&from=2020-01-01&to=" + TestClock.TODAY);
    assertThat(export.bodyAsString()).doesNotContain("13912345678").doesNotContain("13912345679")
        .doesNotContain("乔玉兰");
    // No notice for a corrected phone: nothing the petitioner was told changed.
    assertThat(value("SELECT count(*) FROM notices WHERE act = 'received_corrected' AND case_id = "
        + "(SELECT id FROM cases WHERE case_number = '" + n + "')")).isEqualTo("0");
  }

  @Test
  void theIdentityOfAnAnonymousMatterIsNeverAddedByACorrection() {
    String n = staff.enter(letter(TestClock.TODAY.toString()).put("name", null).put("phone", null).put("address", null));
    JsonObject error = refused(n, new JsonObject().put("version", 0).put("phone", "13800001111").put("reason", "补录"));
    assertThat(error.getString("article")).isEqualTo("第二十三条");
    assertThat(column(n, "contact_phone")).isNull();
    // The facts of an anonymous matter can still be corrected.
    assertThat(correct(n, new JsonObject().put("version", 0).put("kind", "noise").put("reason", "实为噪声"))
        .statusCode()).isEqualTo(200);
  }

  @Test
  void badInputIsA400NamingTheFieldInTheClerksLanguageAndChangesNothing() {
    String n = staff.enter(letter(TestClock.TODAY.toString()));
    JsonObject ok = new JsonObject().put("version", 0).put("reason", "登记有误");
    JsonObject[] bodies = {
        new JsonObject().put("version", 0).put("kind", "water"),
        ok.copy().put("phone", "12345"),
        ok.copy().put("receivedOn", "2026/06/01"),
        ok.copy().put("receivedOn", TestClock.TODAY.plusDays(1).toString()),
        ok.copy().put("receivedOn", "1999-12-31"),
        ok.copy().put("category", "投诉"),
        ok.copy().put("subtype", 7),
        ok.copy().put("category", "建议意见").put("subtype", 2),
        ok.copy().put("kind", "smell"),
        ok.copy().put("location", "鼓楼区"),
        ok.copy().put("phone", 13912345670L),
        ok.copy(),
        new JsonObject().put("reason", "登记有误").put("kind", "water"),
    };
    String[] fields = {"reason", "phone", "receivedOn", "receivedOn", "receivedOn", "category", "subtype", "subtype",
        "kind", "location", "phone", "body", "version"};
    long events = (Long) GW.value("SELECT count(*) FROM case_events");
    for (int i = 0; i < bodies.length; i++) {
      HttpResponse<Buffer> zh = correct(n, bodies[i]);
      assertThat(zh.statusCode()).as(bodies[i].encode() + " " + zh.bodyAsString()).isEqualTo(400);
      JsonObject error = zh.bodyAsJsonObject().getJsonObject("error");
      assertThat(error.getString("field")).as(bodies[i].encode()).isEqualTo(fields[i]);
      assertThat(error.getString("message")).as(bodies[i].encode()).containsPattern("\\p{IsHan}");
      HttpResponse<Buffer> en = staff.post("/cases/" + n + "/corrections?lang=en", bodies[i]);
      assertThat(en.statusCode()).isEqualTo(400);
      // The categories keep their legal names in English too.
      assertThat(en.bodyAsJsonObject().getJsonObject("error").getString("message")
          .replaceAll("申诉求决|检举控告|建议意见", "")).as(bodies[i].encode()).doesNotContainPattern("\\p{IsHan}{2}");
    }
    // Not JSON at all.
    HttpResponse<Buffer> junk = GW.staff().post("/cases/" + n + "/corrections", null);
    assertThat(junk.statusCode()).isEqualTo(400);
    assertThat(column(n, "version")).isEqualTo("0");
    assertThat((Long) GW.value("SELECT count(*) FROM case_events")).isEqualTo(events);
    // A stale version is a 409 and changes nothing; an unknown case a 404.
    assertThat(correct(n, ok.copy().put("version", 5).put("kind", "water")).statusCode()).isEqualTo(409);
    assertThat(correct("HB2000010100001", ok.copy().put("kind", "water")).statusCode()).isEqualTo(404);
    assertThat(column(n, "kind")).isEqualTo("air");
  }

  @Test
  void thePetitionerIsToldOnlyWhenTheDayTheyWereToldMoves() {
    String n = staff.enter(letter(TestClock.TODAY.toString()));
    // A phone alone: no notice.
    assertThat(correct(n, new JsonObject().put("version", 0).put("name", "乔玉岚").put("reason", "姓名笔误"))
        .statusCode()).isEqualTo(200);
    String notices = "SELECT count(*) FROM notices WHERE act = 'received_corrected' AND case_id = "
        + "(SELECT id FROM cases WHERE case_number = '" + n + "')";
    assertThat(value(notices)).isEqualTo("0");
    // The date received moved a day the petitioner was told: one notice on each channel that reaches them, with the new day.
    LocalDate real = TestClock.TODAY.minusDays(4);
    HttpResponse<Buffer> r = correct(n, new JsonObject().put("version", 1).put("receivedOn", real.toString())
        .put("reason", "邮戳日期"));
    assertThat(r.statusCode()).as(r.bodyAsString()).isEqualTo(200);
    assertThat(r.bodyAsJsonObject().getBoolean("noticeChanged")).isTrue();
    assertThat(Long.parseLong(value(notices))).isPositive();
    assertThat(value("SELECT string_agg(text, '|') FROM notices WHERE act = 'received_corrected' AND case_id = "
        + "(SELECT id FROM cases WHERE case_number = '" + n + "')")).contains(real.toString())
        .contains(noticeDue(real).toString().substring(0, 4));
    // A letter transferred in was never told a day by us: no notice.
    String t = staff.enter(letter(TestClock.TODAY.toString()).put("transferredFrom", "市信访局"));
    assertThat(correct(t, new JsonObject().put("version", 0).put("receivedOn", real.toString()).put("reason", "转送日期"))
        .statusCode()).isEqualTo(200);
    assertThat(value("SELECT count(*) FROM notices WHERE act = 'received_corrected' AND case_id = "
        + "(SELECT id FROM cases WHERE case_number = '" + t + "')")).isEqualTo("0");
  }

  @Test
  void aCorrectedIdentityIsMaskedInTheRedactedCopyAndInEveryCopyOthersRead() {
    // Registered with the house number and the phone mistyped; the facts hold the real ones, the address in words the
    // extractor does not read as one (no "我住在"): only the known value masks it.
    String n = staff.enter(letter(TestClock.TODAY.toString()).put("address", "湖熟街道石塘村21号")
        .put("phone", "13912340000")
        .put("facts", "石材加工厂的粉尘把湖熟街道石塘村12号的院子都盖住了，菜叶上全是白灰。"));
    assertThat(column(n, "facts_redacted")).contains("石塘村12号");
    HttpResponse<Buffer> r = correct(n, new JsonObject().put("version", 0).put("address", "湖熟街道石塘村12号")
        .put("reason", "门牌号登记时颠倒"));
    assertThat(r.statusCode()).as(r.bodyAsString()).isEqualTo(200);
    // The copy every other copy starts from (the one a person confirms) is made again with the corrected address.
    String copy = column(n, "facts_redacted");
    assertThat(copy).doesNotContain("石塘村12号").doesNotContain("石塘村21号").contains("【地址】").contains("白灰");
    assertThat(staff.get("/cases/" + n).bodyAsJsonObject().getString("facts_redacted")).isEqualTo(copy);
    // A role without need of the identity (the auditor) reads neither the old nor the new address.
    assertThat(staff.as("shen").get("/cases/" + n).bodyAsString()).doesNotContain("石塘村12号")
        .doesNotContain("石塘村21号");
    // Accepted and its copy confirmed, the copies for the reported party hold neither.
    staff.act(n, "accept", 1, new JsonObject().put("reason", "属于本级职责"));
    assertThat(staff.post("/cases/" + n + "/redaction", new JsonObject()).statusCode()).isEqualTo(200);
    HttpResponse<Buffer> doc = staff.get("/cases/" + n + "/documents/acceptance?forReportedParty=true");
    assertThat(doc.statusCode()).as(doc.bodyAsString()).isEqualTo(200);
    assertThat(doc.bodyAsString()).doesNotContain("石塘村12号").doesNotContain("石塘村21号");
    String export = staff.get("/export?forReportedParty=true&from=2020-01-01&to=" + TestClock.TODAY).bodyAsString();
    assertThat(export).contains(n).doesNotContain("石塘村12号").doesNotContain("石塘村21号");
    // A copy a person confirmed stays theirs, masked further: the clerk's own copy holding the real phone (not yet
    // known: the registered one was mistyped) has it masked once the phone is corrected, and the confirmation stands.
    HttpResponse<Buffer> mine = staff.post("/cases/" + n + "/redaction", new JsonObject()
        .put("facts", copy + "请回电13912345678。"));
    assertThat(mine.statusCode()).as(mine.bodyAsString()).isEqualTo(200);
    String confirmedAt = column(n, "redaction_confirmed_at");
    long v = Long.parseLong(column(n, "version"));
    assertThat(correct(n, new JsonObject().put("version", v).put("phone", "13912345678").put("reason", "电话末四位误记"))
        .statusCode()).isEqualTo(200);
    assertThat(column(n, "facts_redacted")).startsWith(copy).doesNotContain("13912345678").endsWith("请回电【电话】。");
    assertThat(column(n, "redaction_confirmed_at")).isEqualTo(confirmedAt);
  }

  @Test
  void aCorrectionThatChangesNothingIsRefusedAndNothingIsRecorded() {
    String n = staff.enter(letter(TestClock.TODAY.toString()));
    long events = (Long) GW.value("SELECT count(*) FROM case_events");
    JsonObject same = new JsonObject().put("version", 0).put("reason", "核对").put("name", "乔玉兰")
        .put("phone", "139 1234 5678").put("category", "申诉求决").put("kind", "air")
        .put("receivedOn", TestClock.TODAY.toString()).put("location", "江苏省南京市江宁区");
    for (JsonObject body : new JsonObject[] {same, new JsonObject().put("version", 0).put("reason", "核对")
        .put("kind", "air")}) {
      JsonObject error = refused(n, body);
      assertThat(error.getString("message")).as(body.encode()).contains("与登记内容相同");
      HttpResponse<Buffer> en = staff.post("/cases/" + n + "/corrections?lang=en", body);
      assertThat(en.statusCode()).isEqualTo(422);
      assertThat(en.bodyAsJsonObject().getJsonObject("error").getString("message")).contains("nothing to correct")
          .doesNotContainPattern("\\p{IsHan}");
    }
    assertThat(column(n, "version")).isEqualTo("0");
    assertThat((Long) GW.value("SELECT count(*) FROM case_events")).isEqualTo(events);
    // Look-alike: one value that differs among equal ones is a correction, and only that value is recorded.
    HttpResponse<Buffer> r = correct(n, same.copy().put("kind", "noise"));
    assertThat(r.statusCode()).as(r.bodyAsString()).isEqualTo(200);
    JsonArray changes = corrected(staff, n).getJsonArray("changes");
    assertThat(changes.size()).as(changes.encode()).isEqualTo(1);
    assertThat(changes.getJsonObject(0).getString("field")).isEqualTo("kind");
  }

  private static JsonObject refused(String n, JsonObject body) {
    HttpResponse<Buffer> r = correct(n, body);
    assertThat(r.statusCode()).as(body.encode() + " " + r.bodyAsString()).isEqualTo(422);
    return r.bodyAsJsonObject().getJsonObject("error");
  }

  private static JsonObject corrected(StaffClient who, String n) {
    HttpResponse<Buffer> h = who.get("/cases/" + n + "/history");
    assertThat(h.statusCode()).as(h.bodyAsString()).isEqualTo(200);
    JsonArray events = h.bodyAsJsonObject().getJsonArray("events");
    JsonObject last = null;
    for (Object o : events) {
      if ("corrected".equals(((JsonObject) o).getString("kind"))) {
        last = (JsonObject) o;
      }
    }
    assertThat(last).as(events.encode()).isNotNull();
    return last;
  }

  private static JsonObject change(JsonObject event, String field) {
    for (Object o : event.getJsonArray("changes")) {
      if (field.equals(((JsonObject) o).getString("field"))) {
        return (JsonObject) o;
      }
    }
    throw new AssertionError(field + " not in " + event.encode());
  }
}
