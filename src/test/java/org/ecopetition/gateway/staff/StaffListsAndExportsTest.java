package org.ecopetition.gateway.staff;

import static org.assertj.core.api.Assertions.assertThat;

import io.vertx.core.buffer.Buffer;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.client.HttpResponse;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.ecopetition.gateway.support.StaffClient;
import org.ecopetition.gateway.support.StaffGatewayExtension;
import org.ecopetition.gateway.support.TestClock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * What a supervisor and an auditor meet on the lists: every CSV opens in Excel on a Chinese Windows (UTF-8 with its
 * BOM, not read as GBK), a mistyped department code or page size is named rather than answered with an empty or
 * silently changed list, in the caller's language.
 */
class StaffListsAndExportsTest {
  @RegisterExtension
  static final StaffGatewayExtension GW = new StaffGatewayExtension(null, e -> e.put("GATEWAY_STAFF_TOKENS",
      e.get("GATEWAY_STAFF_TOKENS") + "," + StaffClient.tokenEntry("shen", StaffClient.token("shen"), "auditor")));
  static final StaffClient staff = GW.staff();
  static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

  static JsonObject letter(String receivedOn) {
    return new JsonObject().put("channel", "letter").put("receivedOn", receivedOn)
        .put("facts", "镇上的印染厂把蓝色废水直接排进东沙河，河面泛着泡沫。").put("request", "请求责令停止排污")
        .put("category", "申诉求决").put("name", "龚雪梅").put("location", "江苏省南京市江宁区").put("kind", "water");
  }

  /** The body's first bytes are the BOM, the rest UTF-8 that Commons CSV reads back with its header. */
  static List<CSVRecord> csv(HttpResponse<Buffer> r, String path) throws Exception {
    assertThat(r.statusCode()).as(path + " " + r.bodyAsString()).isEqualTo(200);
    assertThat(r.getHeader("Content-Type")).as(path).isEqualTo("text/csv; charset=utf-8");
    assertThat(r.getHeader("Content-Disposition")).as(path).startsWith("attachment; filename=\"").endsWith(".csv\"");
    byte[] bytes = r.body().getBytes();
    assertThat(java.util.Arrays.copyOf(bytes, 3)).as(path).isEqualTo(BOM);
    String text = new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);
    assertThat(text).as(path).doesNotStartWith("\uFEFF");
    return CSVFormat.DEFAULT.builder().setHeader().get().parse(new StringReader(text)).getRecords();
  }

  @Test
  void everyCsvStartsWithTheUtf8ByteOrderMark() throws Exception {
    String n = staff.enter(letter(TestClock.TODAY.minusDays(40).toString()));
    String today = TestClock.TODAY.toString();
    List<CSVRecord> overdue = csv(staff.get("/supervision/overdue?format=csv"), "overdue");
    assertThat(overdue).extracting(r -> r.get("case_number")).contains(n);
    // An empty list still has its header, after the BOM.
    assertThat(csv(staff.get("/supervision/overdue?format=csv&clock=review"), "empty overdue")).isEmpty();
    List<CSVRecord> export = csv(staff.get("/export?format=csv&from=2020-01-01&to=" + today), "export");
    assertThat(export).extracting(r -> r.get("case_number")).contains(n);
    assertThat(export.toString()).contains("印染厂");
    List<CSVRecord> months = csv(staff.get("/stats/month?format=csv"), "stats");
    assertThat(months).extracting(r -> r.get("month")).contains(TestClock.TODAY.minusDays(40).toString().substring(0, 7));
    assertThat(csv(staff.get("/stats/county?format=csv&from=2020-01-01"), "county stats").toString()).contains("江宁区");
  }

  @Test
  void aDepartmentCodeNotInTheDirectoryIsNamedInTheCallersLanguage() {
    String n = staff.enter(letter(TestClock.TODAY.toString()));
    // A code of the directory is a filter (this deployment's cases are the ministry's own: none below 32).
    assertThat(staff.get("/cases?department=32").statusCode()).isEqualTo(200);
    assertThat(staff.get("/cases").bodyAsJsonObject().getJsonArray("cases").encode()).contains(n);
    for (String path : new String[] {"/cases?department=3299", "/cases?department=329999", "/cases?department=99",
        "/cases?department=32O1", "/cases?department=江宁", "/supervision/overdue?department=329999",
        "/supervision/late?department=3299", "/supervision/late?department=32O1"}) {
      HttpResponse<Buffer> zh = staff.get(path);
      assertThat(zh.statusCode()).as(path + " " + zh.bodyAsString()).isEqualTo(400);
      JsonObject error = zh.bodyAsJsonObject().getJsonObject("error");
      assertThat(error.getString("field")).as(path).isEqualTo("department");
      assertThat(error.getString("message")).as(path).contains("部门");
      HttpResponse<Buffer> en = staff.get(path + "&lang=en");
      assertThat(en.statusCode()).as(path).isEqualTo(400);
      assertThat(en.bodyAsJsonObject().getJsonObject("error").getString("message")).as(path).contains("department")
          .doesNotContainPattern("\\p{IsHan}{2}");
    }
    // The overdue list still takes a department's name as listed, and a code of the directory.
    assertThat(staff.get("/supervision/overdue?department=3201").statusCode()).isEqualTo(200);
    assertThat(staff.get("/supervision/late?department=3201").statusCode()).isEqualTo(200);
  }

  @Test
  void aPageSizeOutOfRangeIsNamedAndAHugeOneIsTheDocumentedMaximum() {
    StaffClient auditor = staff.as("shen");
    for (String route : new String[] {"/cases", "/audit/access", "/audit/staff-changes"}) {
      StaffClient who = route.startsWith("/audit") ? auditor : staff;
      for (String bad : new String[] {"-5", "0", "ten", "2.5", ""}) {
        String path = route + "?limit=" + bad;
        HttpResponse<Buffer> zh = who.get(path);
        assertThat(zh.statusCode()).as(path + " " + zh.bodyAsString()).isEqualTo(400);
        JsonObject error = zh.bodyAsJsonObject().getJsonObject("error");
        assertThat(error.getString("field")).as(path).isEqualTo("limit");
        assertThat(error.getString("message")).as(path).contains("1").contains("1000").containsPattern("\\p{IsHan}");
        HttpResponse<Buffer> en = who.get(path + "&lang=en");
        assertThat(en.bodyAsJsonObject().getJsonObject("error").getString("message")).as(path)
            .contains("limit").doesNotContainPattern("\\p{IsHan}");
      }
      // A period that ends before it starts is named, as on the export and the statistics, not answered "nothing".
      HttpResponse<Buffer> backwards = who.get(route + "?from=2026-06-10&to=2026-06-01");
      assertThat(backwards.statusCode()).as(route + " " + backwards.bodyAsString()).isEqualTo(400);
      assertThat(backwards.bodyAsJsonObject().getJsonObject("error").getString("field")).as(route).isEqualTo("from");
      assertThat(who.get(route + "?from=2026-06-10&to=2026-06-01&lang=en").bodyAsJsonObject().getJsonObject("error")
          .getString("message")).as(route).contains("from").doesNotContainPattern("\\p{IsHan}");
      // A bad `before` is named as itself, not as the limit.
      HttpResponse<Buffer> before = who.get(route + "?before=abc");
      assertThat(before.statusCode()).as(route).isEqualTo(400);
      assertThat(before.bodyAsJsonObject().getJsonObject("error").getString("field")).as(route).isEqualTo("before");
      // Larger than the maximum, however large: the maximum (as openapi.yaml says), never a 400 or a 500.
      for (String huge : new String[] {"1001", "5000", "99999999999999999999"}) {
        HttpResponse<Buffer> r = who.get(route + "?limit=" + huge);
        assertThat(r.statusCode()).as(route + " " + huge + " " + r.bodyAsString()).isEqualTo(200);
      }
      assertThat(who.get(route + "?limit=1").statusCode()).as(route).isEqualTo(200);
    }
  }

  /**
   * Art 17: every matter received is registered, its deadlines counted from the day it was received. A clerk who finds
   * old letters in a drawer registers them with that day and says why they come late; the reason is on the history,
   * and the notice owed long ago is overdue at once. Without a reason an old day is still taken for a mistyped year.
   */
  @Test
  void anOldLetterFoundInADrawerIsRegisteredWithTheReasonOnTheHistory() {
    String old = TestClock.TODAY.minusYears(2).minusDays(3).toString();
    long before = (Long) GW.value("SELECT count(*) FROM cases");
    HttpResponse<Buffer> zh = staff.post("/cases", letter(old));
    assertThat(zh.statusCode()).as(zh.bodyAsString()).isEqualTo(400);
    assertThat(zh.bodyAsJsonObject().getJsonObject("error").getString("field")).isEqualTo("receivedOn");
    assertThat(zh.bodyAsJsonObject().getJsonObject("error").getString("message")).contains("年份").contains("lateReason");
    HttpResponse<Buffer> en = staff.post("/cases?lang=en", letter(old).put("lateReason", "  "));
    assertThat(en.statusCode()).isEqualTo(400);
    assertThat(en.bodyAsJsonObject().getJsonObject("error").getString("message")).contains("year").contains("lateReason")
        .doesNotContainPattern("\\p{IsHan}");
    assertThat(staff.post("/cases", letter(old).put("lateReason", 7)).statusCode()).isEqualTo(400);
    assertThat(staff.post("/cases", letter("1999-02-30").put("lateReason", "旧信")).statusCode()).isEqualTo(400);
    HttpResponse<Buffer> ancient = staff.post("/cases?lang=en", letter("1203-05-01").put("lateReason", "旧信"));
    assertThat(ancient.statusCode()).isEqualTo(400);
    assertThat(ancient.bodyAsJsonObject().getJsonObject("error").getString("field")).isEqualTo("receivedOn");
    assertThat(GW.value("SELECT count(*) FROM cases")).isEqualTo(before);

    HttpResponse<Buffer> r = staff.post("/cases", letter(old).put("lateReason", "整理档案柜时发现的未登记来信"));
    assertThat(r.statusCode()).as(r.bodyAsString()).isEqualTo(201);
    String n = r.bodyAsJsonObject().getString("caseNumber");
    // The deadlines run from receipt (Art 17): the notice was owed within 15 days of it, so it is overdue now.
    assertThat(r.bodyAsJsonObject().getString("noticeDue")).isLessThan(TestClock.TODAY.toString());
    assertThat(GW.value("SELECT received_date::text FROM cases WHERE case_number = '" + n + "'")).isEqualTo(old);
    assertThat(GW.value("SELECT reason || '|' || actor FROM case_events WHERE kind = 'registered_late' AND case_id = "
        + "(SELECT id FROM cases WHERE case_number = '" + n + "')")).isEqualTo("整理档案柜时发现的未登记来信|staff:wang");
    assertThat(staff.get("/cases/" + n + "/history").bodyAsString()).contains("registered_late").contains("整理档案柜");
    assertThat(staff.get("/supervision/overdue").bodyAsJsonObject().encode()).contains(n);
    // A letter of this year needs no reason.
    assertThat(staff.post("/cases", letter(TestClock.TODAY.minusDays(30).toString())).statusCode()).isEqualTo(201);
  }

  /**
   * A supervisor who must not miss a deadline sees what runs out soon, not only what already ran out (Art 38–41):
   * {@code within=N} adds the clocks that run out in the next N days, soonest first, on screen and in the CSV.
   */
  @Test
  void theOverdueListAlsoShowsWhatRunsOutWithinTheDaysAsked() throws Exception {
    String soon = staff.enter(letter(TestClock.TODAY.minusDays(10).toString()));
    String due = (String) GW.value("SELECT notice_due::text FROM cases WHERE case_number = '" + soon + "'");
    assertThat(due).isGreaterThanOrEqualTo(TestClock.TODAY.toString());
    long days = java.time.temporal.ChronoUnit.DAYS.between(TestClock.TODAY, java.time.LocalDate.parse(due));
    assertThat(staff.get("/supervision/overdue").bodyAsString()).doesNotContain(soon);
    assertThat(staff.get("/supervision/overdue?within=" + (days - 1)).bodyAsString()).doesNotContain(soon);
    JsonObject within = staff.get("/supervision/overdue?within=" + days + "&clock=notice").bodyAsJsonObject();
    assertThat(within.getJsonArray("cases").stream().map(o -> ((JsonObject) o).getString("case_number")))
        .contains(soon);
    // Soonest first: what already ran out before what runs out soon.
    List<String> dues = within.getJsonArray("cases").stream().map(o -> ((JsonObject) o).getString("due")).toList();
    assertThat(dues).isSorted();
    assertThat(csv(staff.get("/supervision/overdue?format=csv&within=" + days), "due soon"))
        .extracting(r -> r.get("case_number")).contains(soon);
    for (String bad : new String[] {"-1", "abc", "367", "1.5"}) {
      HttpResponse<Buffer> zh = staff.get("/supervision/overdue?within=" + bad);
      assertThat(zh.statusCode()).as(bad).isEqualTo(400);
      assertThat(zh.bodyAsJsonObject().getJsonObject("error").getString("field")).isEqualTo("within");
      assertThat(zh.bodyAsJsonObject().getJsonObject("error").getString("message")).containsPattern("\\p{IsHan}");
      assertThat(staff.get("/supervision/overdue?lang=en&within=" + bad).bodyAsJsonObject().getJsonObject("error")
          .getString("message")).contains("within").doesNotContainPattern("\\p{IsHan}");
    }
  }

  /**
   * The summary takes the list's {@code within=N}: it counts exactly the clocks the list shows for the same N (a
   * supervisor's first look agrees with the list behind it), and refuses the same bad values in the caller's language.
   */
  @Test
  void theOverdueSummaryCountsWhatRunsOutWithinTheDaysAskedAsTheListDoes() {
    String soon = staff.enter(letter(TestClock.TODAY.minusDays(9).toString()));
    String due = (String) GW.value("SELECT notice_due::text FROM cases WHERE case_number = '" + soon + "'");
    long days = java.time.temporal.ChronoUnit.DAYS.between(TestClock.TODAY, java.time.LocalDate.parse(due));
    assertThat(days).isPositive();
    for (String q : new String[] {"", "?within=0", "?within=" + (days - 1), "?within=" + days, "?within=366"}) {
      long listed = staff.get("/supervision/overdue" + q).bodyAsJsonObject().getJsonArray("cases").size();
      assertThat(summed(q)).as(q).isEqualTo(listed);
    }
    // The case due in `days` days is counted from that horizon on, and not before.
    assertThat(summed("?within=" + days)).isGreaterThan(summed("?within=" + (days - 1)));
    assertThat(summed("?within=" + days)).isGreaterThan(summed(""));
    for (String bad : new String[] {"-1", "abc", "367", "1.5", "1e2"}) {
      HttpResponse<Buffer> zh = staff.get("/supervision/overdue/summary?within=" + bad);
      assertThat(zh.statusCode()).as(bad).isEqualTo(400);
      assertThat(zh.bodyAsJsonObject().getJsonObject("error").getString("field")).isEqualTo("within");
      assertThat(zh.bodyAsJsonObject().getJsonObject("error").getString("message")).containsPattern("\\p{IsHan}");
      assertThat(staff.get("/supervision/overdue/summary?lang=en&within=" + bad).bodyAsJsonObject()
          .getJsonObject("error").getString("message")).contains("within").doesNotContainPattern("\\p{IsHan}");
    }
  }

  private static long summed(String query) {
    HttpResponse<Buffer> r = staff.get("/supervision/overdue/summary" + query);
    assertThat(r.statusCode()).as(query + " " + r.bodyAsString()).isEqualTo(200);
    return r.bodyAsJsonObject().getJsonArray("summary").stream().mapToLong(o -> ((JsonObject) o).getLong("cases"))
        .sum();
  }
}
