package org.ecopetition.gateway.workspace;

import static org.assertj.core.api.Assertions.assertThat;

import io.vertx.core.Future;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.core.buffer.Buffer;
import io.vertx.ext.web.client.HttpResponse;
import java.util.List;
import org.ecopetition.gateway.support.HttpChat;
import org.ecopetition.gateway.support.StaffClient;
import org.ecopetition.gateway.support.StaffGatewayExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A petitioner who asks for a person is answered by one: the conversation waits in the queue with its reason, a
 * member of staff takes it over (one owner, the bot silent), messages cross both ways, notes stay with staff, and the
 * hand-back resumes the dialog where it stood.
 */
class TakeoverTest {
  @RegisterExtension
  static final StaffGatewayExtension GW = new StaffGatewayExtension(null, e -> StaffClient.configure(e, "li"));
  static final StaffClient wang = GW.staff();

  static HttpChat petitioner() {
    return new HttpChat(GW.http(), GW.gateway().port());
  }

  static JsonObject inQueue(String conversation) {
    JsonArray q = wang.get("/workspace/queue").bodyAsJsonObject().getJsonArray("conversations");
    return q.stream().map(o -> (JsonObject) o).filter(o -> o.getString("id").equals(conversation)).findFirst()
        .orElse(null);
  }

  /** The conversation id of a petitioner's chat, as the queue lists it (the newest one asking for a person). */
  static String waitingId() {
    JsonArray q = wang.get("/workspace/queue").bodyAsJsonObject().getJsonArray("conversations");
    return q.stream().map(o -> (JsonObject) o).filter(o -> "asked".equals(o.getString("reason")))
        .reduce((a, b) -> b).orElseThrow().getString("id");
  }

  @Test
  void aPetitionerWhoAsksForAPersonIsTakenOverAnsweredAndHandedBack() {
    HttpChat chat = petitioner();
    chat.say("工厂每天晚上排放刺鼻的废气");
    assertThat(chat.text("人工")).contains("转接人工服务");
    String id = waitingId();
    JsonObject waiting = inQueue(id);
    assertThat(waiting.getString("owner")).isEqualTo("queue");
    assertThat(waiting.getString("waitingSince")).isNotNull();
    assertThat(waiting.getJsonArray("last").encode()).contains("人工");
    assertThat(GW.value("SELECT count(*) FROM alerts WHERE kind = 'handoff' AND conversation_id = '" + id + "'"))
        .isEqualTo(1L);
    // While nobody has answered, a message is kept and acknowledged once, not answered by the bot each time.
    assertThat(chat.text("有人吗")).contains("已收到");
    assertThat(chat.say("还在等")).isEmpty();

    JsonObject claimed = wang.post("/workspace/conversations/" + id + "/claim", new JsonObject()).bodyAsJsonObject();
    assertThat(claimed.getString("owner")).isEqualTo("staff:wang");
    assertThat(inQueue(id).getString("reason")).isNull();
    // The bot is silent: the petitioner's message is for the member of staff.
    assertThat(chat.say("我家就在厂子旁边")).isEmpty();
    assertThat(wang.post("/workspace/conversations/" + id + "/messages", new JsonObject().put("text", "您好，请问工厂叫什么名字？"))
        .statusCode()).isEqualTo(200);
    assertThat(wang.post("/workspace/conversations/" + id + "/notes", new JsonObject().put("text", "疑似化工厂，需核实"))
        .statusCode()).isEqualTo(200);
    String seen = chat.text("叫某某化工");
    JsonObject view = wang.get("/workspace/conversations/" + id).bodyAsJsonObject();
    String transcript = view.getJsonArray("messages").encode();
    // Told that a person joined, not who (a login is half a credential).
    assertThat(view.getJsonArray("messages").stream().map(m -> ((JsonObject) m).getString("text"))
        .filter(t -> t.contains("已接入"))).containsExactly("工作人员已接入，将在这里回复您。");
    assertThat(transcript).contains("您好，请问工厂叫什么名字？").contains("叫某某化工")
        .doesNotContain("疑似化工厂");
    assertThat(view.getJsonArray("log").encode()).contains("claimed").contains("疑似化工厂");
    assertThat(seen).isEmpty();

    JsonObject back = wang.post("/workspace/conversations/" + id + "/release", new JsonObject()).bodyAsJsonObject();
    assertThat(back.getString("owner")).isEqualTo("bot");
    JsonArray after = wang.get("/workspace/conversations/" + id).bodyAsJsonObject().getJsonArray("messages");
    String last = after.getJsonObject(after.size() - 1).getString("text");
    assertThat(after.encode()).contains("工作人员已离开");
    // The bot asks its next question again, and answers the petitioner's next message itself.
    assertThat(last).isNotBlank();
    assertThat(chat.say("好的")).isNotEmpty();
    assertThat(GW.value("SELECT string_agg(kind, ',' ORDER BY id) FROM conversation_log WHERE conversation_id = '" + id
        + "' AND kind <> 'read'")).isEqualTo("queued,claimed,message,note,released");
  }

  /**
   * Closing forgets the report being collected: one whose facts were told and that no case came from is closed only
   * once registered (or linked), or with a reason kept on the log; a conversation that told nothing closes at once.
   */
  @Test
  void aReportNoCaseCameFromIsNotClosedAwayWithoutAReason() {
    HttpChat chat = petitioner();
    chat.say("河对岸的砖瓦厂天天烧废轮胎，黑烟呛人");
    chat.say("人工");
    String id = waitingId();
    wang.post("/workspace/conversations/" + id + "/claim", new JsonObject());
    HttpResponse<Buffer> refused = wang.post("/workspace/conversations/" + id + "/close", new JsonObject());
    assertThat(refused.statusCode()).as(refused.bodyAsString()).isEqualTo(409);
    assertThat(refused.bodyAsJsonObject().getJsonObject("error").getString("code")).isEqualTo("unregistered_report");
    assertThat(refused.bodyAsJsonObject().getJsonObject("error").getString("message")).contains("尚未登记");
    // Nothing changed: still held, the report still there to register.
    assertThat(GW.value("SELECT owner FROM conversations WHERE id = '" + id + "'")).isEqualTo("staff:wang");
    JsonObject prefill = wang.get("/workspace/conversations/" + id + "/prefill").bodyAsJsonObject();
    assertThat(prefill.getString("facts")).contains("砖瓦厂");
    // The case registered from it answers the petitioner in the conversation's language.
    assertThat(prefill.getString("lang")).isEqualTo("zh");
    assertThat(wang.post("/workspace/conversations/" + id + "/close", new JsonObject().put("reason", " "))
        .statusCode()).isEqualTo(400);

    HttpResponse<Buffer> registered = wang.post("/cases", new JsonObject().put("channel", "web").put("category", "申诉求决")
        .put("facts", prefill.getString("facts")).put("conversationId", id));
    assertThat(registered.statusCode()).as(registered.bodyAsString()).isEqualTo(201);
    assertThat(wang.post("/workspace/conversations/" + id + "/close", new JsonObject()).statusCode()).isEqualTo(200);

    // Told again after the close, closed with a reason: kept on the log.
    chat.say("另外村口的养猪场粪水直排小河");
    chat.say("人工");
    wang.post("/workspace/conversations/" + id + "/claim", new JsonObject());
    assertThat(wang.post("/workspace/conversations/" + id + "/close", new JsonObject()).statusCode()).isEqualTo(409);
    assertThat(wang.post("/workspace/conversations/" + id + "/close", new JsonObject().put("reason", "已在电话中登记"))
        .statusCode()).isEqualTo(200);
    assertThat(GW.value("SELECT text FROM conversation_log WHERE kind = 'closed' AND conversation_id = '" + id
        + "' ORDER BY id DESC LIMIT 1")).isEqualTo("已在电话中登记");

    // Nothing told: closes at once.
    HttpChat other = petitioner();
    other.say("人工");
    String quiet = waitingId();
    wang.post("/workspace/conversations/" + quiet + "/claim", new JsonObject());
    assertThat(wang.post("/workspace/conversations/" + quiet + "/close", new JsonObject()).statusCode()).isEqualTo(200);
  }

  /**
   * An item the petitioner does not know is shown in the queue as their language says it (不清楚, "not known"), never as
   * the engine's mark "?", and is no value to register: the registration form's field is left empty.
   */
  @Test
  void anItemNotKnownIsShownInWordsAndNeverPrefilled() {
    HttpChat zh = petitioner();
    zh.say("河对岸的砖瓦厂天天烧废轮胎，黑烟呛人，江宁区");
    zh.say("去年");
    zh.say("不知道");
    zh.say("人工");
    String zhId = waitingId();
    JsonObject zhSlots = inQueue(zhId).getJsonObject("slots");
    assertThat(zhSlots.getString("affected")).isEqualTo("不清楚");
    assertThat(zhSlots.encode()).doesNotContain("\"?\"");
    JsonObject zhForm = wang.get("/workspace/conversations/" + zhId + "/prefill").bodyAsJsonObject();
    assertThat(zhForm.getString("affected")).isNull();
    assertThat(zhForm.getString("since")).isEqualTo("去年");

    HttpChat en = petitioner();
    en.say("Black smoke every night from a factory in Jiangning District, Nanjing");
    en.say("last year");
    en.say("no idea");
    en.say("human");
    String enId = waitingId();
    JsonObject enSlots = inQueue(enId).getJsonObject("slots");
    assertThat(enSlots.getString("polluter")).isEqualTo("not known");
    assertThat(enSlots.encode()).doesNotContain("\"?\"");
    assertThat(wang.get("/workspace/conversations/" + enId + "/prefill").bodyAsJsonObject().getString("polluter")).isNull();
  }

  @Test
  void twoMembersOfStaffClaimAtOnceAndExactlyOneHoldsIt() {
    HttpChat chat = petitioner();
    chat.say("人工");
    String id = waitingId();
    StaffClient li = wang.as("li");
    List<Future<HttpResponse<Buffer>>> claims = List.of(
        wang.postLater("/workspace/conversations/" + id + "/claim", new JsonObject()),
        li.postLater("/workspace/conversations/" + id + "/claim", new JsonObject()));
    List<HttpResponse<Buffer>> answers = Future.all(claims).await().list();
    assertThat(answers).extracting(HttpResponse::statusCode).containsExactlyInAnyOrder(200, 409);
    HttpResponse<Buffer> refused = answers.stream().filter(r -> r.statusCode() == 409).findFirst().orElseThrow();
    String holder = GW.value("SELECT owner FROM conversations WHERE id = '" + id + "'").toString();
    assertThat(holder).isIn("staff:wang", "staff:li");
    assertThat(refused.bodyAsJsonObject().getJsonObject("error").getString("holder"))
        .isEqualTo(holder.substring("staff:".length()));
    // Only the holder may write to the petitioner.
    StaffClient other = holder.equals("staff:wang") ? li : wang;
    assertThat(other.post("/workspace/conversations/" + id + "/messages", new JsonObject().put("text", "你好")).statusCode())
        .isEqualTo(409);
  }

  @Test
  void aConversationOutsideOnesScopeOrUnknownIsNotFoundAndBadInputIsRefused() {
    HttpResponse<Buffer> unknown = wang.post("/workspace/conversations/00000000-0000-0000-0000-000000000000/claim",
        new JsonObject());
    assertThat(unknown.statusCode()).isEqualTo(404);
    // In words about a conversation, not the status page's "case or query code".
    assertThat(unknown.bodyAsJsonObject().getJsonObject("error").getString("message")).contains("会话")
        .doesNotContain("查询码");
    assertThat(wang.post("/workspace/conversations/not-a-uuid/claim", new JsonObject()).statusCode()).isEqualTo(404);
    HttpChat chat = petitioner();
    chat.say("人工");
    String id = waitingId();
    wang.post("/workspace/conversations/" + id + "/claim", new JsonObject());
    assertThat(wang.post("/workspace/conversations/" + id + "/messages", new JsonObject().put("text", "")).statusCode())
        .isEqualTo(400);
    assertThat(wang.post("/workspace/conversations/" + id + "/messages", new JsonObject().put("text", 42)).statusCode())
        .isEqualTo(400);
    assertThat(wang.post("/workspace/conversations/" + id + "/release", new JsonObject().put("step", "no_such_step"))
        .statusCode()).isEqualTo(422);
    assertThat(GW.value("SELECT owner FROM conversations WHERE id = '" + id + "'")).isEqualTo("staff:wang");
  }
}
