package org.ecopetition.gateway.conversation;

import static org.assertj.core.api.Assertions.assertThat;

import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.client.WebClient;
import io.vertx.junit5.VertxExtension;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import org.ecopetition.gateway.Gateway;
import org.ecopetition.gateway.channel.webchat.WebChatFlowTestSupport;
import org.ecopetition.gateway.support.HttpChat;
import org.ecopetition.gateway.support.TestGateway;
import org.ecopetition.gateway.support.TestPostgres;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A turn is one transaction on one connection: its effects (a status query, a review request) run on the turn's
 * own connection, so a small pool never deadlocks, and a turn that fails leaves nothing of what it did.
 */
@ExtendWith(VertxExtension.class)
class TurnTransactionTest {
  static String db;
  static Gateway gateway;
  static WebClient http;

  @BeforeAll
  static void start(Vertx vertx) {
    db = TestPostgres.freshDatabaseUrl();
    Map<String, String> env = TestGateway.env(db, TestGateway.newKey());
    env.put("GATEWAY_DATABASE_POOL_SIZE", "2");
    gateway = TestGateway.start(env);
    http = WebClient.create(vertx);
  }

  @AfterAll
  static void stop() {
    gateway.close();
  }

  static String[] registered() {
    HttpChat chat = new HttpChat(http, gateway.port());
    String transcript = WebChatFlowTestSupport.drive(chat::say, WebChatFlowTestSupport.FIRST, s -> { });
    Matcher n = WebChatFlowTestSupport.CASE.matcher(transcript);
    Matcher c = WebChatFlowTestSupport.CODE.matcher(transcript);
    assertThat(n.find() && c.find()).isTrue();
    return new String[] {n.group(1), c.group(1)};
  }

  static Object value(String sql) {
    return TestPostgres.value(db, sql);
  }

  @Test
  void thirtyTwoStatusQueriesInChatAtOnceAllAnswerWithAPoolOfTwo() {
    String[] c = registered();
    List<HttpChat> chats = new ArrayList<>();
    for (int i = 0; i < 32; i++) {
      HttpChat chat = new HttpChat(http, gateway.port());
      chat.say("查询进度");
      chat.say(c[0]);
      chats.add(chat);
    }
    // Every conversation sends its query code at the same moment; each turn's status query needs the database.
    List<Future<io.vertx.ext.web.client.HttpResponse<io.vertx.core.buffer.Buffer>>> answers = chats.stream()
        .map(chat -> chat.sendLater(c[1])).toList();
    List<io.vertx.ext.web.client.HttpResponse<io.vertx.core.buffer.Buffer>> all = Future.all(answers).await().list();
    assertThat(all).hasSize(32).allSatisfy(r -> {
      assertThat(r.statusCode()).isEqualTo(200);
      assertThat(r.bodyAsString()).contains(c[0]).contains("已登记");
    });
  }

  @Test
  void aTurnThatFailsLeavesNothingOfItsEffects() {
    String[] c = registered();
    String where = " FROM cases WHERE case_number = '" + c[0] + "'";
    // An opinion letter delivered ten days ago: a review may be asked for.
    TestPostgres.jdbc(db, conn -> conn.createStatement().execute("UPDATE cases SET category = '申诉求决', subtype = 4, "
        + "state = 'opinion_issued', last_delivery = received_date" + where.replace(" FROM cases", "")));
    HttpChat chat = new HttpChat(http, gateway.port());
    chat.say("申请复查");
    chat.say(c[0]);
    chat.say(c[1]);
    Object versionBefore = value("SELECT version" + where);
    Object conversationsBefore = value("SELECT sum(version) FROM conversations");
    // The database refuses the turn's last write, after the review request has changed the case in the same turn.
    TestPostgres.jdbc(db, conn -> conn.createStatement().execute("""
        CREATE FUNCTION refuse_reply() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
          -- Texts are sealed at rest: the reply is known by the review request its own turn has just recorded.
          IF NEW.direction = 'out' AND EXISTS (SELECT 1 FROM case_events e JOIN cases c ON c.id = e.case_id
                                               WHERE e.kind = 'request_review' AND c.case_number = 'NUMBER') THEN
            RAISE EXCEPTION 'refused for the test';
          END IF;
          RETURN NEW;
        END $$;
        CREATE TRIGGER refuse_reply BEFORE INSERT ON messages FOR EACH ROW EXECUTE FUNCTION refuse_reply();""".replace("NUMBER", c[0])));
    assertThat(chat.send("处理意见我不服，申请复查").statusCode()).isEqualTo(500);
    assertThat(value("SELECT state" + where)).isEqualTo("opinion_issued");
    assertThat(value("SELECT version" + where)).isEqualTo(versionBefore);
    assertThat(value("SELECT count(*) FROM case_events e JOIN cases c ON c.id = e.case_id WHERE e.kind = "
        + "'request_review' AND c.case_number = '" + c[0] + "'")).isEqualTo(0L);
    assertThat(org.ecopetition.gateway.support.Sealed.messageTexts(db, gateway, "true")).noneMatch(t -> t.contains("我不服"));
    assertThat(value("SELECT sum(version) FROM conversations")).isEqualTo(conversationsBefore);

    // The same message once the database takes it again: one request, recorded once.
    TestPostgres.jdbc(db, conn -> conn.createStatement().execute("DROP TRIGGER refuse_reply ON messages"));
    assertThat(chat.text("处理意见我不服，申请复查")).contains("复查申请已登记");
    assertThat(value("SELECT state" + where)).isEqualTo("review_requested");
    assertThat(value("SELECT count(*) FROM case_events e JOIN cases c ON c.id = e.case_id WHERE e.kind = "
        + "'request_review' AND c.case_number = '" + c[0] + "'")).isEqualTo(1L);
  }
}
