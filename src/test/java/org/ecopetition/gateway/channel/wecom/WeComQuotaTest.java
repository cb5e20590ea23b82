package org.ecopetition.gateway.channel.wecom;

import static org.assertj.core.api.Assertions.assertThat;

import io.vertx.core.Vertx;
import io.vertx.core.json.JsonObject;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import me.chanjar.weixin.common.util.crypto.SHA1;
import me.chanjar.weixin.cp.config.impl.WxCpDefaultConfigImpl;
import me.chanjar.weixin.cp.util.crypto.WxCpCryptUtil;
import org.ecopetition.gateway.Gateway;
import org.ecopetition.gateway.support.TestClock;
import org.ecopetition.gateway.support.TestGateway;
import org.ecopetition.gateway.support.TestPostgres;
import org.ecopetition.gateway.support.WeChatStub;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * 微信客服's window (correction 9, 10): 5 messages within 48 hours of the citizen's last message, and a reply cut
 * into parts uses one per part. What staff write beyond the quota waits for the citizen's next message, the last
 * part sent saying so; their next message opens a new window and the rest follows.
 */
class WeComQuotaTest {
  static final String CORP = "wwquota0123456789";
  static final String TOKEN = "quotaToken";
  static final String KEY = "jWmYm7qr5nMoAUwZRjGtBxmz3KA1tkAj3ykkR6q2B2C";
  static final String HINT = "（消息较多，其余内容将在您回复后发送。）";
  static Vertx vertx;
  static WeChatStub wecom;
  static String db;
  static Gateway gateway;
  static WxCpCryptUtil crypt;
  static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

  @BeforeAll
  static void start() {
    vertx = Vertx.vertx();
    wecom = new WeChatStub(vertx);
    db = TestPostgres.freshDatabaseUrl();
    Map<String, String> env = TestGateway.env(db, TestGateway.newKey());
    env.put("GATEWAY_WECOM_CORP_ID", CORP);
    env.put("GATEWAY_WECOM_TOKEN", TOKEN);
    env.put("GATEWAY_WECOM_ENCODING_AES_KEY", KEY);
    env.put("GATEWAY_WECOM_KF_SECRET", "kf-secret");
    env.put("GATEWAY_WECOM_API_BASE", wecom.base());
    gateway = TestGateway.start(env);
    WxCpDefaultConfigImpl cfg = new WxCpDefaultConfigImpl();
    cfg.setCorpId(CORP);
    cfg.setToken(TOKEN);
    cfg.setAesKey(KEY);
    crypt = new WxCpCryptUtil(cfg);
  }

  @AfterAll
  static void stop() {
    gateway.close();
    wecom.close();
    vertx.close().await();
  }

  static String ts() {
    return Long.toString(TestClock.CLOCK.instant().getEpochSecond());
  }

  /** 微信客服's content-free notification that messages wait. */
  static int callback() throws Exception {
    String inner = "<xml><ToUserName><![CDATA[" + CORP + "]]></ToUserName><CreateTime>" + ts() + "</CreateTime>"
        + "<MsgType><![CDATA[event]]></MsgType><Event><![CDATA[kf_msg_or_event]]></Event><Token><![CDATA[T]]>"
        + "</Token><OpenKfId><![CDATA[wkKF0009]]></OpenKfId></xml>";
    String enc = crypt.encryptContext(inner).getEncrypt();
    String ts = ts();
    String body = "<xml><ToUserName><![CDATA[" + CORP + "]]></ToUserName><Encrypt><![CDATA[" + enc
        + "]]></Encrypt><AgentID><![CDATA[]]></AgentID></xml>";
    return HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + gateway.port()
            + "/wecom/callback?msg_signature=" + SHA1.gen(TOKEN, ts, "7", enc) + "&timestamp=" + ts + "&nonce=7"))
        .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString()).statusCode();
  }

  static void write(String user, String text) throws Exception {
    wecom.kfQueue.add(new JsonObject().put("msgid", UUID.randomUUID().toString()).put("open_kfid", "wkKF0009")
        .put("external_userid", user).put("send_time", TestClock.CLOCK.instant().getEpochSecond()).put("origin", 3)
        .put("msgtype", "text").put("text", new JsonObject().put("content", text)));
    assertThat(callback()).isEqualTo(200);
  }

  static List<String> sentTo(String user) {
    return wecom.kfSent.stream().filter(m -> user.equals(m.getString("touser")))
        .map(m -> m.getJsonObject("text").getString("content")).toList();
  }

  static int settle(String user) throws InterruptedException {
    int last = -1;
    for (int i = 0; i < 60 && sentTo(user).size() != last; i++) {
      last = sentTo(user).size();
      Thread.sleep(150);
    }
    return sentTo(user).size();
  }

  @Test
  void aReplyCutIntoPartsUsesOneMessageOfTheQuotaPerPartAndTheRestWaitsForTheCitizen() throws Exception {
    String user = "wmQuota01";
    write(user, "人工");
    for (int i = 0; i < 60 && sentTo(user).isEmpty(); i++) {
      Thread.sleep(100);
    }
    int answered = settle(user);
    assertThat(answered).as("the hand-off was answered").isPositive();
    UUID conversation = (UUID) TestPostgres.value(db, "SELECT conversation_id FROM channel_identities WHERE channel = 'wecom'");
    // Staff write one long message: 24 lines of 150 characters (450 bytes each) cut into parts of 2,048 bytes.
    StringBuilder longText = new StringBuilder();
    for (int line = 0; line < 24; line++) {
      longText.append(String.format("%02d", line)).append("检".repeat(148)).append('\n');
    }
    String body = new JsonObject().put("text", longText.toString().strip()).put("buttons", new io.vertx.core.json.JsonArray())
        .encode().replace("'", "''");
    TestPostgres.jdbc(db, c -> {
      try (Statement s = c.createStatement()) {
        s.execute("UPDATE conversations SET owner = 'staff:alice' WHERE id = '" + conversation + "'");
        s.execute("INSERT INTO messages (conversation_id, channel, direction, author, body, created_at) VALUES ('"
            + conversation + "', 'wecom', 'out', 'staff:alice', '" + body + "', " + TestClock.sqlNow() + ")");
        s.execute("INSERT INTO events (kind, conversation_id, at) VALUES ('conversation_message', '" + conversation
            + "', " + TestClock.sqlNow() + ")");
      }
      return null;
    });
    for (int i = 0; i < 150 && sentTo(user).size() < 5; i++) {
      Thread.sleep(100);
    }
    // No sixth: once the window's count is 5 and no sender holds the outbox, the next claim finds the quota spent.
    String settled = "SELECT sent_in_window = 5 AND lease_owner IS NULL FROM channel_outbox WHERE conversation_id = '"
        + conversation + "'";
    for (int i = 0; i < 150 && !Boolean.TRUE.equals(TestPostgres.value(db, settled)); i++) {
      Thread.sleep(100);
    }
    // While the quota is spent the outbox is left alone until the citizen writes: it was claimed, found nothing it may
    // send, released with messages still waiting and so woken again, without end (each claim a new row version).
    String version = "SELECT xmin::text FROM channel_outbox WHERE conversation_id = '" + conversation + "'";
    java.util.Set<Object> versions = new java.util.HashSet<>();
    for (int i = 0; i < 10; i++) {
      versions.add(TestPostgres.value(db, version));
      Thread.sleep(100);
    }
    assertThat(versions).as("versions of the outbox row while the quota is spent (a sweep may claim once)")
        .hasSizeLessThanOrEqualTo(2);
    List<String> first = sentTo(user);
    assertThat(first).as("5 messages in the window, the hand-off's answer included").hasSize(5);
    assertThat(first.get(4)).endsWith(HINT);
    assertThat(first.subList(answered, 5)).allMatch(p -> p.getBytes(java.nio.charset.StandardCharsets.UTF_8).length <= 2048);
    assertThat(((Number) TestPostgres.value(db, "SELECT sent_in_window FROM channel_outbox WHERE conversation_id = '"
        + conversation + "'")).intValue()).isEqualTo(5);

    // The citizen writes again (the bot stays silent: staff own the conversation): a new window, the rest follows.
    write(user, "好的，我看到了");
    for (int i = 0; i < 150 && !String.join("\n", sentTo(user)).contains("23检"); i++) {
      Thread.sleep(100);
    }
    settle(user);
    String all = String.join("\n", sentTo(user).subList(answered, sentTo(user).size())).replace(HINT, "");
    for (int line = 0; line < 24; line++) {
      String start = String.format("%02d", line) + "检";
      assertThat(all.split(start, -1).length - 1).as("line %d delivered once (no part sent again)", line).isEqualTo(1);
    }
    assertThat(all).doesNotContain("智能助手");
  }
}
