package org.ecopetition.gateway.workspace;

import static org.assertj.core.api.Assertions.assertThat;

import io.vertx.core.http.WebSocket;
import io.vertx.core.http.WebSocketClient;
import io.vertx.core.http.WebSocketConnectOptions;
import io.vertx.core.json.JsonObject;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.ecopetition.gateway.support.HttpChat;
import org.ecopetition.gateway.support.StaffClient;
import org.ecopetition.gateway.support.StaffGatewayExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Art 21 and 23 on the alerts: an open alert lists the conversation and case it is about, so it follows the one rule
 * of the case lists and the queue. In Nanjing's bureau (3201): a member of staff recused from a case, and every member
 * of the bureau once a conversation became an accusation against the bureau's own staff, get neither the alert in the
 * list nor an answer to acknowledging it other than "missing"; the console's live hint names no conversation; a
 * colleague not recused still sees the first. (The accusation is the province's, 32: no staff of this deployment see it.)
 */
class AlertsBarredTest {
  @RegisterExtension
  static final StaffGatewayExtension GW = new StaffGatewayExtension(null, env -> {
    env.put("GATEWAY_ROUTING_DIVISION_CODE", "3201");
    env.put("GATEWAY_STAFF_TOKENS", env.get("GATEWAY_STAFF_TOKENS")
        + "," + StaffClient.tokenEntry("qian", StaffClient.token("qian"), "supervisor", "3201"));
  });
  static final StaffClient staff = GW.staff();
  static final StaffClient qian = staff.as("qian");

  /** A conversation that asked for a person (an alert on it); its id. */
  static String askedForAPerson() {
    new HttpChat(GW.http(), GW.gateway().port()).say("我要找人工客服");
    String id = String.valueOf(GW.value("SELECT conversation_id FROM alerts ORDER BY id DESC LIMIT 1"));
    assertThat(GW.value("SELECT count(*) FROM alerts WHERE acknowledged_at IS NULL AND conversation_id = '" + id + "'"))
        .isEqualTo(1L);
    return id;
  }

  static long alertOf(String conversation) {
    return (Long) GW.value("SELECT id FROM alerts WHERE conversation_id = '" + conversation + "'");
  }

  static List<String> listed(StaffClient who) {
    var r = who.get("/workspace/alerts");
    assertThat(r.statusCode()).isEqualTo(200);
    return r.bodyAsJsonObject().getJsonArray("alerts").stream()
        .map(o -> ((JsonObject) o).getString("conversationId")).toList();
  }

  static int ack(StaffClient who, long id) {
    return who.post("/workspace/alerts/" + id + "/ack", new JsonObject()).statusCode();
  }

  @Test
  void anAlertOfABarredCaseIsAsMissingToThoseBarredAndNamesNoConversationLive() throws Exception {
    // A recusal (Art 21): a complaint entered from the conversation, qian recused from it.
    String recusal = askedForAPerson();
    String complaint = staff.enter(new JsonObject().put("channel", "phone").put("category", "申诉求决")
        .put("facts", "栖霞区八卦洲的沥青搅拌站天天冒黑烟，晾的衣服都是黑点。").put("request", "请求查处")
        .put("name", "甘玉兰").put("phone", "13605172384").put("polluter", "八卦洲沥青搅拌站")
        .put("location", "江苏省南京市栖霞区八卦洲街道").put("conversationId", recusal));
    assertThat(staff.post("/cases/" + complaint + "/recusals", new JsonObject().put("login", "qian")
        .put("reason", "被投诉单位负责人系其配偶")).statusCode()).isEqualTo(201);
    // An accusation against the bureau's own staff (Art 23), entered from another conversation.
    String accusation = askedForAPerson();
    String accused = staff.enter(new JsonObject().put("channel", "phone").put("category", "检举控告")
        .put("facts", "南京市生态环境局的执法人员每次检查前都给八卦洲沥青搅拌站通风报信。").put("request", "请求调查处理")
        .put("name", "阙志明").put("phone", "13851906472").put("accused", "南京市生态环境局执法人员")
        .put("location", "江苏省南京市栖霞区八卦洲街道").put("conversationId", accusation));
    assertThat(GW.value("SELECT array_to_string(accused_codes, ',') FROM cases WHERE case_number = '" + accused + "'"))
        .isEqualTo("3201");
    // The cases themselves: 404 (recused: 403) as before.
    assertThat(qian.get("/cases/" + complaint).statusCode()).isIn(403, 404);
    assertThat(staff.get("/cases/" + accused).statusCode()).isEqualTo(404);

    // The alerts list: the one rule.
    assertThat(listed(qian)).doesNotContain(recusal, accusation);
    assertThat(listed(staff)).contains(recusal).doesNotContain(accusation);
    assertThat(GW.value("SELECT count(*) FROM alerts WHERE acknowledged_at IS NULL AND conversation_id IN ('" + recusal
        + "', '" + accusation + "')")).isEqualTo(2L);
    assertThat(qian.get("/workspace/alerts").bodyAsString()).doesNotContain(complaint).doesNotContain(accused);
    assertThat(staff.get("/workspace/alerts").bodyAsString()).doesNotContain(accused);
    // Acknowledging: "missing", exactly as an alert that does not exist; nothing changes.
    assertThat(ack(qian, alertOf(recusal))).isEqualTo(404);
    assertThat(ack(staff, alertOf(accusation))).isEqualTo(404);
    assertThat(ack(staff, 987654)).isEqualTo(404);
    assertThat(GW.value("SELECT count(*) FROM alerts WHERE acknowledged_at IS NOT NULL")).isEqualTo(0L);

    // The live console (every console gets the hint): an alert is hinted without naming its conversation or itself;
    // each console fetches the list, where the rule applies.
    io.vertx.core.Vertx vertx = io.vertx.core.Vertx.vertx();
    try {
      WebSocketClient client = vertx.createWebSocketClient();
      BlockingQueue<JsonObject> frames = new LinkedBlockingQueue<>();
      WebSocket ws = client.connect(new WebSocketConnectOptions().setHost("127.0.0.1").setPort(GW.gateway().port())
              .setURI("/api/v1/staff/workspace/live").addHeader("Authorization", "Bearer " + StaffClient.TOKEN))
          .map(w -> w.textMessageHandler(t -> frames.add(new JsonObject(t)))).await();
      assertThat(frames.poll(10, TimeUnit.SECONDS).getString("type")).isEqualTo("hello");
      new HttpChat(GW.http(), GW.gateway().port()).say("我要找人工客服");
      JsonObject hint = null;
      long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(15);
      while (System.nanoTime() < until && (hint == null || !"alert".equals(hint.getString("type")))) {
        hint = frames.poll(1, TimeUnit.SECONDS);
      }
      assertThat(hint).as("an alert hint").isNotNull();
      assertThat(hint.getValue("conversationId")).isNull();
      assertThat(hint.getValue("detail")).isNull();
      ws.close().await();
    } finally {
      vertx.close().await();
    }
  }
}
