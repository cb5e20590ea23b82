package org.ecopetition.gateway.channel.webchat;

import org.ecopetition.gateway.support.Web;
import static org.assertj.core.api.Assertions.assertThat;

import io.vertx.core.Vertx;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.client.HttpResponse;
import io.vertx.ext.web.client.WebClient;
import io.vertx.core.buffer.Buffer;
import io.vertx.junit5.VertxExtension;
import java.sql.ResultSet;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.ecopetition.gateway.Gateway;
import org.ecopetition.gateway.support.ChatClient;
import org.ecopetition.gateway.support.TestGateway;
import org.ecopetition.gateway.support.TestPostgres;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The whole path over a real WebSocket: chat → case registered → status with the code, 404 without. */
@ExtendWith(VertxExtension.class)
class WebChatFlowTest {
  static final Pattern CASE = WebChatFlowTestSupport.CASE;
  static final Pattern CODE = WebChatFlowTestSupport.CODE;

  static String dbUrl;
  static Gateway gateway;

  @BeforeAll
  static void start() {
    dbUrl = TestPostgres.freshDatabaseUrl();
    gateway = TestGateway.start(TestGateway.env(dbUrl, TestGateway.newKey()));
  }

  @AfterAll
  static void stop() {
    gateway.close();
  }

  static String texts(List<JsonObject> replies) {
    return WebChatFlowTestSupport.texts(replies);
  }

  static String report(ChatClient chat) {
    return WebChatFlowTestSupport.report(chat);
  }

  @Test
  void petitionerRegistersACaseAndQueriesItsStatus(Vertx vertx) {
    try (ChatClient chat = ChatClient.connect(vertx, gateway.port())) {
      JsonObject welcome = chat.hello(null, "zh");
      assertThat(welcome.getString("type")).isEqualTo("welcome");
      assertThat(welcome.getString("token")).hasSize(43);
      List<JsonObject> greeting = chat.drain(300);
      assertThat(texts(greeting)).contains("测试市生态环境局").contains("请描述发生了什么");

      String receipt = report(chat);
      assertThat(receipt).contains("已登记").contains("登记不等于受理").doesNotContain("已受理");
      Matcher n = CASE.matcher(receipt);
      Matcher c = CODE.matcher(receipt);
      assertThat(n.find()).as(receipt).isTrue();
      assertThat(c.find()).as(receipt).isTrue();
      String caseNumber = n.group(1);
      String code = c.group(1);

      WebClient http = WebClient.create(vertx);
      HttpResponse<Buffer> ok = http.get(gateway.port(), "127.0.0.1", "/api/v1/cases/" + caseNumber + "/status")
          .putHeader("X-Query-Code", code).send().await();
      assertThat(ok.statusCode()).isEqualTo(200);
      JsonObject status = ok.bodyAsJsonObject();
      assertThat(status.getString("caseNumber")).isEqualTo(caseNumber);
      assertThat(status.getString("state")).isEqualTo("registered");
      assertThat(status.getString("department")).isEqualTo("测试市生态环境局");
      assertThat(status.getJsonObject("dates").getMap()).containsKey("登记日期");
      // Never personal data in a status answer.
      assertThat(status.encode()).doesNotContain("王建国").doesNotContain("13812345678").doesNotContain("秣陵街道某小区");

      HttpResponse<Buffer> noCode = http.get(gateway.port(), "127.0.0.1",
          "/api/v1/cases/" + caseNumber + "/status").send().await();
      assertThat(noCode.statusCode()).isEqualTo(404);
      HttpResponse<Buffer> unknown = http.get(gateway.port(), "127.0.0.1",
          "/api/v1/cases/HB2020010100001/status?code=" + code).send().await();
      assertThat(unknown.statusCode()).isEqualTo(404);
      assertThat(unknown.bodyAsString()).isEqualTo(noCode.bodyAsString());

      // The same case from the chat's 查询进度.
      chat.say("查询进度");
      chat.say(caseNumber);
      String answer = texts(chat.say(code.toLowerCase()));
      assertThat(answer).contains(caseNumber).contains("已登记").contains("测试市生态环境局");
      assertThat(answer).doesNotContain("王建国");
    }
  }

  @Test
  void readinessSaysHowFarTheOfficialCalendarReaches(Vertx vertx) {
    JsonObject ready = Web.once(vertx, c -> c.get(gateway.port(), "127.0.0.1", "/health/ready").send().await()
        .bodyAsJsonObject());
    JsonObject calendar = ready.getJsonObject("parts").getJsonObject("calendar");
    assertThat(calendar.getInteger("lastYear")).isEqualTo(2026);
    // Today + 90 days is in 2027 or later: beyond the calendar shipped, so the warning must be there.
    boolean beyond = org.ecopetition.gateway.support.TestClock.estimated(org.ecopetition.gateway.support.TestClock.TODAY.plusDays(90));
    assertThat(calendar.getBoolean("coversNext90Days")).isEqualTo(!beyond);
    if (beyond) {
      assertThat(calendar.getString("warning")).contains("2027");
    }
  }

  @Test
  void theQueryCodeIsStoredOnlyAsAnHmac(Vertx vertx) {
    try (ChatClient chat = ChatClient.connect(vertx, gateway.port())) {
      chat.hello(null, "zh");
      chat.drain(300);
      String receipt = report(chat);
      Matcher c = CODE.matcher(receipt);
      assertThat(c.find()).isTrue();
      String code = c.group(1);
      Map<String, Object> stored = TestPostgres.jdbc(dbUrl, conn -> {
        ResultSet rs = conn.createStatement().executeQuery(
            "SELECT (SELECT count(*) FROM messages WHERE body::text LIKE '%" + code + "%') AS in_messages,"
                + " (SELECT count(*) FROM conversations WHERE state::text LIKE '%" + code + "%') AS in_state,"
                + " (SELECT length(query_code_hmac) FROM cases ORDER BY id DESC LIMIT 1) AS hmac_len");
        rs.next();
        return Map.of("messages", rs.getLong(1), "state", rs.getLong(2), "hmac", rs.getInt(3));
      });
      assertThat(stored).containsEntry("messages", 0L).containsEntry("state", 0L).containsEntry("hmac", 32);
      // Sealed at rest (issue 11 §6): opened, the stored texts and states hold no code either.
      assertThat(org.ecopetition.gateway.support.Sealed.messageTexts(dbUrl, gateway, "true"))
          .isNotEmpty().noneMatch(t -> t.contains(code));
      assertThat(org.ecopetition.gateway.support.Sealed.states(dbUrl, gateway, "true"))
          .isNotEmpty().noneMatch(t -> t.contains(code));
    }
  }

  @Test
  void anAnonymousReportKeepsNoIdentityAndSaysWhatFollows(Vertx vertx) {
    try (ChatClient chat = ChatClient.connect(vertx, gateway.port())) {
      chat.hello(null, "zh");
      chat.drain(300);
      String transcript = WebChatFlowTestSupport.drive(chat::say, "小区旁边的工地每天凌晨两点还在打桩，噪声很大",
          Map.of("问题发生在哪里", "浙江省杭州市西湖区文三路", "愿意留下姓名", "匿名反映", "主要是哪一类", "噪声",
              "怎样处理", "要求夜间停止施工"),
          summary -> assertThat(summary).contains("事情经过").contains("反映方式：匿名反映")
              .doesNotContain("姓名：").doesNotContain("联系电话："));
      assertThat(transcript).contains("无法收到书面告知").contains("案件编号和查询码").contains("案件编号：");
      Map<String, Object> row = TestPostgres.jdbc(dbUrl, conn -> {
        ResultSet rs = conn.createStatement().executeQuery(
            "SELECT anonymous, petitioner_name, contact_phone, location FROM cases ORDER BY id DESC LIMIT 1");
        rs.next();
        return Map.of("anonymous", rs.getBoolean(1), "name", String.valueOf(rs.getString(2)),
            "phone", String.valueOf(rs.getString(3)), "location", rs.getString(4));
      });
      assertThat(row).containsEntry("anonymous", true).containsEntry("name", "null").containsEntry("phone", "null")
          .containsEntry("location", "浙江省杭州市西湖区文三路");
    }
  }

  @Test
  void anEnglishSpeakingPetitionerIsAnsweredInEnglish(Vertx vertx) {
    try (ChatClient chat = ChatClient.connect(vertx, gateway.port())) {
      chat.hello(null, "en");
      assertThat(texts(chat.drain(300))).contains("Test City Ecology and Environment Bureau").contains("What happened?");
      assertThat(texts(chat.say("中文"))).contains("已切换为中文").contains("请描述发生了什么");
      assertThat(texts(chat.say("English"))).contains("Switched to English");
    }
  }

  /** Round six's class: a status question with another office's number is told kindly that it is none of ours. */
  @Test
  void aNumberFromAnotherOfficeIsSaidToBeNoneOfOurs(Vertx vertx) {
    try (ChatClient chat = ChatClient.connect(vertx, gateway.port())) {
      chat.hello(null, "zh");
      chat.drain(300);
      String reply = texts(chat.say("上个月打12345反映过，工单号GZ20251020-0457，现在进度怎么样了"));
      assertThat(reply).contains("GZ20251020-0457").contains("不是本平台的案件编号").contains("请输入案件编号");
    }
    try (ChatClient chat = ChatClient.connect(vertx, gateway.port())) {
      chat.hello(null, "en");
      chat.drain(300);
      String reply = texts(chat.say("I called the city hotline about dust, reference number NB-2025-7731. What is the status of my complaint?"));
      assertThat(reply).contains("NB-2025-7731").contains("is not one of this service's case numbers")
          .contains("Please enter the case number");
    }
  }
}
