package org.ecopetition.gateway.workspace;

import static org.assertj.core.api.Assertions.assertThat;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.time.LocalDateTime;
import org.ecopetition.gateway.support.HttpChat;
import org.ecopetition.gateway.support.StaffClient;
import org.ecopetition.gateway.support.StaffGatewayExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Waiting for a person on a Saturday night: the petitioner is told when staff will answer and what to do in an
 * emergency; a bot that cannot understand three answers in a row offers a person and puts the conversation on the
 * queue; a case registered from a conversation staff hold is linked to it.
 */
class WaitingTest {
  /** Saturday 13 June 2026, 22:30 in Beijing: no reception until Monday 09:00. */
  @RegisterExtension
  static final StaffGatewayExtension GW = new StaffGatewayExtension().at(LocalDateTime.of(2026, 6, 13, 22, 30));
  static final StaffClient staff = GW.staff();

  static JsonObject newest(String reason) {
    JsonArray q = staff.get("/workspace/queue").bodyAsJsonObject().getJsonArray("conversations");
    return q.stream().map(o -> (JsonObject) o).filter(o -> reason.equals(o.getString("reason")))
        .reduce((a, b) -> b).orElseThrow();
  }

  @Test
  void outsideOfficeHoursThePetitionerIsToldWhenSomeoneWillAnswerAndWhatToDoInAnEmergency() {
    HttpChat chat = new HttpChat(GW.http(), GW.gateway().port());
    String said = chat.text("人工");
    assertThat(said).contains("非工作时间").contains("6月15日09:00").contains("120").contains("110");
    assertThat(newest("asked").getString("owner")).isEqualTo("queue");
  }

  @Test
  void threeAnswersTheBotCannotUnderstandOfferAPersonAndShowTheConversationWaiting() {
    HttpChat chat = new HttpChat(GW.http(), GW.gateway().port());
    chat.say("河里有很多泡沫，颜色发黄");
    String last = "";
    for (int i = 0; i < 6 && !last.contains("人工服务"); i++) {
      last = chat.text("嗯嗯嗯");
    }
    assertThat(last).contains("人工服务");
    JsonObject waiting = newest("misunderstood");
    // The bot goes on; staff see the conversation and may take it over.
    assertThat(waiting.getString("owner")).isEqualTo("bot");
    assertThat(GW.value("SELECT count(*) FROM alerts WHERE kind = 'misunderstood' AND conversation_id = '"
        + waiting.getString("id") + "'")).isEqualTo(1L);
    assertThat(chat.text("人工服务")).contains("转接人工服务");
    assertThat(GW.value("SELECT owner FROM conversations WHERE id = '" + waiting.getString("id") + "'")).isEqualTo("queue");
  }

  @Test
  void aCaseRegisteredFromAConversationIsLinkedToItAndItsNoticesGoThere() {
    HttpChat chat = new HttpChat(GW.http(), GW.gateway().port());
    chat.say("小区旁边的工地晚上一直施工，噪音很大");
    chat.say("人工");
    String id = newest("asked").getString("id");
    staff.post("/workspace/conversations/" + id + "/claim", new JsonObject());
    JsonObject prefill = staff.get("/workspace/conversations/" + id + "/prefill").bodyAsJsonObject();
    assertThat(prefill.getString("conversationId")).isEqualTo(id);
    JsonObject entry = prefill.copy().put("channel", "web").put("facts", "小区旁边的工地晚上一直施工，噪音很大")
        .put("request", "请求查处夜间施工").put("category", "申诉求决").put("subtype", 3).put("name", "孙丽")
        .put("phone", "13700002222").put("place", "江苏省南京市鼓楼区");
    var answer = staff.post("/cases", entry);
    assertThat(answer.statusCode()).isEqualTo(201);
    String number = answer.bodyAsJsonObject().getString("caseNumber");
    assertThat(GW.value("SELECT conversation_id::text FROM cases WHERE case_number = '" + number + "'")).isEqualTo(id);
    assertThat(GW.value("SELECT text FROM conversation_log WHERE kind = 'case_registered' AND conversation_id = '"
        + id + "'")).isEqualTo(number);
    assertThat(staff.post("/cases", entry.copy().put("conversationId", "00000000-0000-0000-0000-000000000000"))
        .statusCode()).isEqualTo(400);
  }
}
