package org.ecopetition.gateway.conversation;

import static org.assertj.core.api.Assertions.assertThat;

import io.vertx.core.Vertx;
import io.vertx.core.http.HttpServer;
import io.vertx.core.json.JsonObject;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.ecopetition.gateway.Gateway;
import org.ecopetition.gateway.cli.KeyCommands;
import org.ecopetition.gateway.config.ConfigLoader;
import org.ecopetition.gateway.support.TestGateway;
import org.ecopetition.gateway.support.TestPostgres;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Issue 11 §6, correction 7: a messaging sender (here an SMS number, through a local server speaking the SMS
 * gateway's protocol) is sealed and hashed under the data key; one sealed before V24 under the query-code key is
 * moved under the data key; {@code keys rotate} seals and hashes every sender again, and with the new key alone each
 * sender still reaches their own conversation and gets the reply.
 */
class ChannelSendersAtRestTest {
  private static final String INBOUND = "inbound-token-0123456789";
  private static final String A = "13912340001";
  private static final String B = "13912340002";
  private static Vertx vertx;
  private static HttpServer smsGateway;
  private static final List<JsonObject> SENT = new CopyOnWriteArrayList<>();
  private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

  @BeforeAll
  static void start() {
    vertx = Vertx.vertx();
    smsGateway = vertx.createHttpServer().requestHandler(req -> req.body().onSuccess(b -> {
      SENT.add(b.toJsonObject());
      req.response().putHeader("Content-Type", "application/json").end("{\"id\":\"sms-" + SENT.size() + "\"}");
    })).listen(0, "127.0.0.1").await();
  }

  @AfterAll
  static void stop() {
    smsGateway.close().await();
    vertx.close().await();
  }

  static Map<String, String> env(String db, String key) {
    Map<String, String> env = TestGateway.env(db, key);
    env.put("GATEWAY_SMS_URL", "http://127.0.0.1:" + smsGateway.actualPort() + "/sms");
    env.put("GATEWAY_SMS_TOKEN", "out-token");
    env.put("GATEWAY_SMS_INBOUND_TOKEN", INBOUND);
    return env;
  }

  static void say(Gateway g, String from, String text, String id) throws Exception {
    int before = textsTo(from);
    String body = new JsonObject().put("from", from).put("text", text).put("id", id).encode();
    int status = HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + g.port() + "/api/v1/sms/inbound"))
        .header("Authorization", "Bearer " + INBOUND).header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString()).statusCode();
    assertThat(status).isEqualTo(202);
    for (int i = 0; i < 200 && textsTo(from) == before; i++) {
      Thread.sleep(50);
    }
    assertThat(textsTo(from)).as("answered by SMS to the sender's number").isGreaterThan(before);
  }

  static int textsTo(String phone) {
    return (int) SENT.stream().filter(m -> phone.equals(m.getString("to"))).count();
  }

  static long count(String db, String sql) {
    return ((Number) TestPostgres.value(db, sql)).longValue();
  }

  static Map<String, String> conversations(String db) {
    return TestPostgres.jdbc(db, c -> {
      Map<String, String> out = new HashMap<>();
      var rs = c.createStatement().executeQuery("SELECT encode(key_hash, 'hex'), conversation_id::text FROM channel_identities");
      while (rs.next()) {
        out.put(rs.getString(1), rs.getString(2));
      }
      return out;
    });
  }

  static long plain(String db, String number) {
    return count(db, "SELECT count(*) FROM channel_identities WHERE coalesce(sealed_address, '') LIKE '%" + number
        + "%' OR position(convert_to('" + number + "', 'UTF8') in coalesce(address, ''::bytea)) > 0")
        + count(db, "SELECT count(*) FROM messages WHERE body::text LIKE '%" + number + "%'")
        + count(db, "SELECT count(*) FROM conversations WHERE state::text LIKE '%" + number + "%'")
        + count(db, "SELECT count(*) FROM status_failures WHERE key LIKE '%" + number + "%'");
  }

  @Test
  void sendersAreSealedUnderTheDataKeyMovedFromBeforeAndRotated() throws Exception {
    String db = TestPostgres.freshDatabaseUrl();
    String key = TestGateway.newKey();
    Map<String, String> env = env(db, key);
    try (Gateway g = TestGateway.start(env)) {
      say(g, A, "南京市镇上的造纸厂把黑水排进河里好几天了", "a-1");
      say(g, B, "河边的工厂晚上冒黑烟", "b-1");
      // A opts out of SMS (退订): found by the number's keyed hash, which a rotation must carry over.
      say(g, A, "退订", "a-stop");
      assertThat(count(db, "SELECT count(*) FROM sms_opt_outs WHERE opted_out AND phone LIKE 'k1:%'")).isEqualTo(1);
      assertThat(count(db, "SELECT count(*) FROM channel_identities WHERE sealed_address LIKE 'k1:%' AND address IS NULL"))
          .isEqualTo(2);
      assertThat(plain(db, A) + plain(db, B)).isZero();
      // B as a release before V24 stored it: sealed and hashed under keys derived from the query-code key.
      AddressSeal legacy = new AddressSeal(Gateway.queryCodeKey(ConfigLoader.load(null, env)));
      TestPostgres.jdbc(db, c -> {
        var u = c.prepareStatement("UPDATE channel_identities SET key_hash = ?, address = ?, sealed_address = NULL "
            + "WHERE conversation_id = (SELECT conversation_id FROM messages WHERE direction = 'in' ORDER BY id DESC LIMIT 1)");
        u.setBytes(1, legacy.key("sms", B));
        u.setBytes(2, legacy.seal(B));
        return u.executeUpdate();
      });
      assertThat(count(db, "SELECT count(*) FROM channel_identities WHERE sealed_address IS NULL")).isEqualTo(1);
    }
    Map<String, String> before = conversations(db);

    Map<String, String> rotated = env(db, key);
    rotated.put("GATEWAY_SECURITY_DATA_KEY", "2:" + TestGateway.newKey());
    rotated.put("GATEWAY_SECURITY_PREVIOUS_DATA_KEYS", "1:" + TestGateway.dataKeyFor(key));
    ByteArrayOutputStream said = new ByteArrayOutputStream();
    assertThat(KeyCommands.rotate(ConfigLoader.load(null, rotated), new PrintStream(said, true))).isZero();
    assertThat(said.toString()).contains("and 2 channel senders under data key version 2")
        .contains("1 SMS opt-outs hashed again");
    assertThat(count(db, "SELECT count(*) FROM sms_opt_outs WHERE opted_out AND phone LIKE 'k2:%'")).isEqualTo(1);
    assertThat(count(db, "SELECT count(*) FROM channel_identities WHERE sealed_address LIKE 'k2:%' AND address IS NULL"))
        .isEqualTo(2);
    Map<String, String> after = conversations(db);
    assertThat(after.values()).containsExactlyInAnyOrderElementsOf(before.values());
    assertThat(after.keySet()).doesNotContainAnyElementsOf(before.keySet());

    Map<String, String> only = env(db, key);
    only.put("GATEWAY_SECURITY_DATA_KEY", rotated.get("GATEWAY_SECURITY_DATA_KEY"));
    try (Gateway g = TestGateway.start(only)) {
      say(g, A, "帮助", "a-2");
      say(g, B, "帮助", "b-2");
      assertThat(conversations(db)).as("each sender found their own conversation again").isEqualTo(after);
      assertThat(count(db, "SELECT count(*) FROM conversations")).isEqualTo(2);
      assertThat(plain(db, A) + plain(db, B)).isZero();
      // With the new key alone, A's opt-out is still A's: opting back in changes that row, it adds none.
      say(g, A, "订阅", "a-start");
      assertThat(count(db, "SELECT count(*) FROM sms_opt_outs")).isEqualTo(1);
      assertThat(count(db, "SELECT count(*) FROM sms_opt_outs WHERE NOT opted_out")).isEqualTo(1);
    }
  }
}
