package org.ecopetition.gateway.channel.wecom;

import static org.assertj.core.api.Assertions.assertThat;

import io.vertx.core.Vertx;
import io.vertx.core.json.JsonObject;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Map;
import me.chanjar.weixin.common.util.crypto.SHA1;
import me.chanjar.weixin.cp.util.crypto.WxCpCryptUtil;
import me.chanjar.weixin.cp.config.impl.WxCpDefaultConfigImpl;
import org.ecopetition.gateway.Gateway;
import org.ecopetition.gateway.config.ConfigLoader;
import org.ecopetition.gateway.inbound.PgInboundRepository;
import org.ecopetition.gateway.support.TestClock;
import org.ecopetition.gateway.support.TestGateway;
import org.ecopetition.gateway.support.TestPostgres;
import org.ecopetition.gateway.support.WeChatStub;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * WeCom 微信客服 against a local server speaking WeCom's API: the URL verified by decrypting echostr, a
 * callback without content pulled by sync_msg from the cursor, replies by send_msg, repeated callbacks on
 * two instances reading each message once; and the self-built app's alert to a duty officer. Requests are
 * encrypted by WxJava's WeCom client.
 */
class WeComChannelTest {
  private static final String CORP = "ww0123456789abcdef";
  private static final String TOKEN = "wecomtoken";
  private static final String KEY = "abcdefghijklmnopqrstuvwxyz0123456789ABCDEFG";
  private static Vertx vertx;
  private static WeChatStub wecom;
  private static String db;
  private static Gateway a;
  private static Gateway b;
  private static WxCpCryptUtil crypt;
  private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

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
    env.put("GATEWAY_WECOM_AGENT_ID", "1000002");
    env.put("GATEWAY_WECOM_AGENT_SECRET", "agent-secret");
    env.put("GATEWAY_WECOM_API_BASE", wecom.base());
    a = TestGateway.start(env);
    b = TestGateway.start(env);
    WxCpDefaultConfigImpl cfg = new WxCpDefaultConfigImpl();
    cfg.setCorpId(CORP);
    cfg.setToken(TOKEN);
    cfg.setAesKey(KEY);
    crypt = new WxCpCryptUtil(cfg);
  }

  @AfterAll
  static void stop() {
    a.close();
    b.close();
    wecom.close();
    vertx.close().await();
  }

  private static String ts() {
    return Long.toString(TestClock.CLOCK.instant().getEpochSecond());
  }

  @Test
  void theUrlIsVerifiedByDecryptingEchostrAndReturningItAsItIs() throws Exception {
    String echo = crypt.encryptContext("5927782489442352469").getEncrypt();
    String ts = ts();
    String sig = SHA1.gen(TOKEN, ts, "1372623149", echo);
    HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + a.port()
        + "/wecom/callback?msg_signature=" + sig + "&timestamp=" + ts + "&nonce=1372623149&echostr="
        + URLEncoder.encode(echo, StandardCharsets.UTF_8))).GET().build(), HttpResponse.BodyHandlers.ofString());
    assertThat(r.statusCode()).isEqualTo(200);
    assertThat(r.body()).isEqualTo("5927782489442352469");
    // One hex digit changed (a replace of 'a' left a signature without one unchanged: 7% of runs passed it through).
    HttpResponse<String> forged = HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + a.port()
        + "/wecom/callback?msg_signature=" + (sig.charAt(0) == '0' ? "1" : "0") + sig.substring(1) + "&timestamp=" + ts + "&nonce=1372623149&echostr="
        + URLEncoder.encode(echo, StandardCharsets.UTF_8))).GET().build(), HttpResponse.BodyHandlers.ofString());
    assertThat(forged.statusCode()).isEqualTo(401);
  }

  private static int callback(Gateway g) throws Exception {
    String inner = "<xml><ToUserName><![CDATA[" + CORP + "]]></ToUserName><CreateTime>" + ts() + "</CreateTime>"
        + "<MsgType><![CDATA[event]]></MsgType><Event><![CDATA[kf_msg_or_event]]></Event><Token><![CDATA[ENCtoken]]>"
        + "</Token><OpenKfId><![CDATA[wkKF0001]]></OpenKfId></xml>";
    String enc = crypt.encryptContext(inner).getEncrypt();
    String ts = ts();
    String body = "<xml><ToUserName><![CDATA[" + CORP + "]]></ToUserName><Encrypt><![CDATA[" + enc
        + "]]></Encrypt><AgentID><![CDATA[]]></AgentID></xml>";
    return HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + g.port() + "/wecom/callback?msg_signature="
            + SHA1.gen(TOKEN, ts, "42", enc) + "&timestamp=" + ts + "&nonce=42"))
        .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString()).statusCode();
  }

  private static void enqueue(String msgId, String user, String text) {
    wecom.kfQueue.add(new JsonObject().put("msgid", msgId).put("open_kfid", "wkKF0001").put("external_userid", user)
        .put("send_time", TestClock.CLOCK.instant().getEpochSecond()).put("origin", 3).put("msgtype", "text")
        .put("text", new JsonObject().put("content", text)));
  }

  private static java.util.List<String> sentTo(String user) {
    return wecom.kfSent.stream().filter(m -> user.equals(m.getString("touser")))
        .map(m -> m.getJsonObject("text").getString("content")).toList();
  }

  @Test
  void aCallbackWithoutContentIsPulledOnceAcrossInstancesAndAnsweredBySendMsg() throws Exception {
    enqueue("msg-1", "wmUserA", "查询进度");
    enqueue("msg-2", "wmUserB", "信访渠道");
    enqueue("msg-3", "wmUserA", "HB2026061500001");
    // The same notification arrives on both instances, three times.
    assertThat(callback(a)).isEqualTo(200);
    assertThat(callback(b)).isEqualTo(200);
    assertThat(callback(a)).isEqualTo(200);
    for (int i = 0; i < 100 && (sentTo("wmUserA").stream().noneMatch(t -> t.contains("查询码"))
        || sentTo("wmUserB").isEmpty()); i++) {
      Thread.sleep(100);
    }
    // Every pull done: the cursor past the three messages and no instance holding it (a later pull starts there).
    for (int i = 0; i < 100 && !Boolean.TRUE.equals(TestPostgres.value(db, "SELECT cursor = '3' AND lease_owner IS NULL "
        + "FROM sync_cursors WHERE name = 'wecom-kf:wkKF0001'")); i++) {
      Thread.sleep(100);
    }
    assertThat(String.join("\n", sentTo("wmUserA"))).contains("案件编号").contains("查询码");
    assertThat(String.join("\n", sentTo("wmUserB"))).contains("信访");
    assertThat(wecom.kfSent).allMatch(m -> "wkKF0001".equals(m.getString("open_kfid")));
    assertThat(((Number) TestPostgres.value(db, "SELECT count(*) FROM messages WHERE direction = 'in'")).longValue())
        .as("three messages, each read once").isEqualTo(3);
    assertThat(TestPostgres.value(db, "SELECT cursor FROM sync_cursors WHERE name = 'wecom-kf:wkKF0001'"))
        .isEqualTo("3");
    assertThat(wecom.syncRequests).allMatch(r -> "ENCtoken".equals(r.getString("token")));
    assertThat(wecom.tokenCalls.get("wecom:kf-secret").get()).as("one token fetch for both instances").isEqualTo(1);
  }

  @Test
  void theSelfBuiltAppAlertsTheDutyOfficer() {
    var cfg = ConfigLoader.load(null, Map.of("GATEWAY_WECOM_CORP_ID", CORP, "GATEWAY_WECOM_AGENT_ID", "1000002",
        "GATEWAY_WECOM_AGENT_SECRET", "agent-secret", "GATEWAY_WECOM_API_BASE", wecom.base()));
    var pool = io.vertx.pgclient.PgBuilder.pool().connectingTo(org.ecopetition.gateway.db.PgUrl.parse(db).connectOptions())
        .using(vertx).build();
    WeComAlerts alerts = new WeComAlerts(vertx, cfg.wecom(), new PgInboundRepository(pool), TestClock.CLOCK);
    String id = alerts.send("zhangsan|lisi", "【紧急】会话 1234 有生命危险提示，请立即查看控制台。").await();
    assertThat(id).isNotEmpty();
    JsonObject sent = wecom.appMessages.get(wecom.appMessages.size() - 1);
    assertThat(sent.getString("touser")).isEqualTo("zhangsan|lisi");
    assertThat(sent.getLong("agentid")).isEqualTo(1000002L);
    assertThat(sent.getJsonObject("text").getString("content")).contains("生命危险");
    pool.close().await();
  }
}
