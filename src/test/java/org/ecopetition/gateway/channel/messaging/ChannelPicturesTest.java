package org.ecopetition.gateway.channel.messaging;

import static org.assertj.core.api.Assertions.assertThat;

import com.drew.imaging.ImageMetadataReader;
import com.drew.metadata.Metadata;
import com.drew.metadata.exif.ExifIFD0Directory;
import com.drew.metadata.exif.GpsDirectory;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.client.HttpResponse;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.BooleanSupplier;
import java.util.regex.Matcher;
import me.chanjar.weixin.common.util.crypto.SHA1;
import me.chanjar.weixin.cp.config.impl.WxCpDefaultConfigImpl;
import me.chanjar.weixin.cp.util.crypto.WxCpCryptUtil;
import org.ecopetition.gateway.channel.webchat.WebChatFlowTestSupport;
import org.ecopetition.gateway.support.StaffGatewayExtension;
import org.ecopetition.gateway.support.TestClock;
import org.ecopetition.gateway.support.TestPhotos;
import org.ecopetition.gateway.support.TestPostgres;
import org.ecopetition.gateway.support.WeChatClient;
import org.ecopetition.gateway.support.WeChatStub;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Pictures sent on WeChat and WeCom 微信客服 kept as evidence photos (issue 12 §5): pushes built, signed and encrypted by
 * WxJava; the media fetched from a local server speaking WeChat's media/get (the file with its headers, or the JSON
 * error); the stored copy read back through the staff photo routes with metadata-extractor.
 */
class ChannelPicturesTest {
  private static final String CORP = "ww0123456789abcdef";
  private static final String WECOM_TOKEN = "wecomtoken";
  private static final String KEY = WeChatClient.AES_KEY;
  private static final Vertx VERTX = Vertx.vertx();
  private static final WeChatStub STUB = new WeChatStub(VERTX);

  @RegisterExtension
  static final StaffGatewayExtension GW = new StaffGatewayExtension(null, env -> {
    env.put("GATEWAY_WECHAT_TOKEN", WeChatClient.TOKEN);
    env.put("GATEWAY_WECHAT_ENCODING_AES_KEY", WeChatClient.AES_KEY);
    env.put("GATEWAY_WECHAT_APP_ID", WeChatClient.APP_ID);
    env.put("GATEWAY_WECHAT_APP_SECRET", "app-secret-for-tests");
    env.put("GATEWAY_WECHAT_API_BASE", STUB.base());
    env.put("GATEWAY_WECHAT_PASSIVE_REPLY_MILLIS", "1500");
    env.put("GATEWAY_WECOM_CORP_ID", CORP);
    env.put("GATEWAY_WECOM_TOKEN", WECOM_TOKEN);
    env.put("GATEWAY_WECOM_ENCODING_AES_KEY", KEY);
    env.put("GATEWAY_WECOM_KF_SECRET", "kf-secret");
    env.put("GATEWAY_WECOM_API_BASE", STUB.base());
  });

  @AfterAll
  static void stop() {
    STUB.close();
    VERTX.close().await();
  }

  private static WeChatClient wechat() {
    return new WeChatClient(GW.gateway().port(), true);
  }

  private static String openId() {
    return "oPic" + UUID.randomUUID().toString().replace("-", "").substring(0, 20);
  }

  /** What the petitioner reads after a push: the passive reply, then the customer-service messages that follow. */
  private static List<JsonObject> push(String openId, String xml) {
    int before = STUB.textsTo(openId).size();
    WeChatClient.Answer answer = wechat().push(xml);
    assertThat(answer.status()).isEqualTo(200);
    List<JsonObject> out = new ArrayList<>();
    if (answer.content() != null) {
      out.add(new JsonObject().put("text", answer.content()));
    } else {
      await(() -> STUB.textsTo(openId).size() > before, "a customer-service reply");
    }
    settle(() -> STUB.textsTo(openId).size());
    STUB.textsTo(openId).stream().skip(before).forEach(t -> out.add(new JsonObject().put("text", t)));
    return out;
  }

  private static List<JsonObject> say(String openId, String text) {
    return push(openId, WeChatClient.text(openId, text, WeChatClient.nextMsgId()));
  }

  private static String picture(String openId, String mediaId) {
    return WebChatFlowTestSupport.texts(push(openId, WeChatClient.image(openId, mediaId, WeChatClient.nextMsgId())));
  }

  /** Waits (bounded: a loaded machine is slow) until a condition holds. */
  private static void await(BooleanSupplier done, String what) {
    long end = System.nanoTime() + 20_000_000_000L;
    while (!done.getAsBoolean()) {
      if (System.nanoTime() > end) {
        throw new AssertionError("waited 20 s for " + what);
      }
      sleep(50);
    }
  }

  /** Waits until a count stops growing for a moment. */
  private static void settle(java.util.function.IntSupplier count) {
    int last = -1;
    for (int i = 0; i < 40 && count.getAsInt() != last; i++) {
      last = count.getAsInt();
      sleep(200);
    }
  }

  private static void sleep(long ms) {
    try {
      Thread.sleep(ms);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private static long count(String sql) {
    return ((Number) TestPostgres.value(GW.db(), sql)).longValue();
  }

  private static String media(String mediaId, String column) {
    return String.valueOf(TestPostgres.value(GW.db(), "SELECT " + column + " FROM channel_media WHERE media_id = '"
        + mediaId + "'"));
  }

  private static void kept(String mediaId) {
    await(() -> "kept".equals(media(mediaId, "state")), mediaId + " kept");
  }

  @Test
  void aPictureOnWeChatIsAStrippedJpegOnTheRegisteredCaseSeenThroughTheStaffRoutes() throws Exception {
    String user = openId();
    byte[] camera = TestPhotos.jpegWithGps(64, 48);
    assertThat(ImageMetadataReader.readMetadata(new ByteArrayInputStream(camera))
        .getFirstDirectoryOfType(GpsDirectory.class)).as("the test photo carries GPS").isNotNull();
    String mediaId = "MEDIA" + UUID.randomUUID().toString().replace("-", "");
    STUB.media.put(mediaId, camera);

    String transcript = WebChatFlowTestSupport.drive(t -> say(user, t), WebChatFlowTestSupport.FIRST, summary -> {
      // At the summary the petitioner sends a photo: answered at once, fetched afterwards, before the confirmation.
      assertThat(picture(user, mediaId)).contains("已收到照片");
      kept(mediaId);
    });
    Matcher n = WebChatFlowTestSupport.CASE.matcher(transcript);
    assertThat(n.find()).as(transcript).isTrue();
    assertThat(STUB.mediaRequests).contains(mediaId);

    JsonArray listed = GW.staff().get("/cases/" + n.group(1) + "/photos").bodyAsJsonObject().getJsonArray("photos");
    assertThat(listed).hasSize(1);
    HttpResponse<Buffer> img = GW.staff().get(listed.getJsonObject(0).getString("href").substring("/api/v1/staff".length()));
    assertThat(img.statusCode()).isEqualTo(200);
    assertThat(img.getHeader("Content-Type")).isEqualTo("image/jpeg");
    Metadata m = ImageMetadataReader.readMetadata(new ByteArrayInputStream(img.body().getBytes()));
    assertThat(m.getFirstDirectoryOfType(GpsDirectory.class)).as("no GPS kept").isNull();
    assertThat(m.getFirstDirectoryOfType(ExifIFD0Directory.class)).as("no EXIF kept").isNull();
    assertThat(javax.imageio.ImageIO.read(new ByteArrayInputStream(img.body().getBytes())).getWidth()).isEqualTo(64);
  }

  @Test
  void theSeventhPictureOfAReportIsRefusedPolitely() {
    String user = openId();
    say(user, WebChatFlowTestSupport.FIRST);
    List<String> first = new ArrayList<>();
    for (int i = 0; i < 6; i++) {
      String id = "SIX" + i + UUID.randomUUID().toString().replace("-", "");
      first.add(id);
      STUB.media.put(id, TestPhotos.picture(i % 2 == 0 ? "jpg" : "png", 40, 30));
      assertThat(picture(user, id)).contains("已收到照片");
      kept(id);
    }
    String seventh = "SEVENTH" + UUID.randomUUID().toString().replace("-", "");
    STUB.media.put(seventh, TestPhotos.picture("jpg", 40, 30));
    assertThat(picture(user, seventh)).contains("已附 6 张照片").doesNotContain("已收到照片");
    assertThat(count("SELECT count(*) FROM channel_media WHERE media_id = '" + seventh + "'")).isZero();
    assertThat(STUB.mediaRequests).doesNotContain(seventh);
    String conversation = media(first.get(0), "conversation_id");
    assertThat(count("SELECT count(*) FROM evidence_photos WHERE conversation_id = '" + conversation + "'")).isEqualTo(6);
  }

  @Test
  void aFailedDownloadIsRetriedAndABadMediaIdIsRecordedWithoutLosingTheMessage() {
    String user = openId();
    say(user, WebChatFlowTestSupport.FIRST);
    // WeChat busy once: the message is answered at once, the fetch is tried again and the photo kept.
    String busy = "BUSY" + UUID.randomUUID().toString().replace("-", "");
    STUB.media.put(busy, TestPhotos.picture("jpg", 40, 30));
    STUB.mediaBusy.set(1);
    assertThat(picture(user, busy)).contains("已收到照片");
    kept(busy);
    assertThat(STUB.mediaRequests.stream().filter(busy::equals)).hasSize(2);
    assertThat(media(busy, "attempts")).isEqualTo("2");

    // A media_id WeChat does not know: recorded with its errcode, the petitioner asked to send it again.
    String bad = "GONE" + UUID.randomUUID().toString().replace("-", "");
    int before = STUB.textsTo(user).size();
    assertThat(picture(user, bad)).contains("已收到照片");
    await(() -> "failed".equals(media(bad, "state")), "the bad media recorded");
    assertThat(media(bad, "last_error")).isEqualTo("errcode 40007");
    await(() -> STUB.textsTo(user).stream().skip(before).anyMatch(t -> t.contains("请重新发送")), "the petitioner told");

    // The conversation goes on: the next message is a turn of the same report.
    assertThat(WebChatFlowTestSupport.texts(say(user, "江苏省南京市江宁区秣陵街道"))).isNotBlank();
    assertThat(count("SELECT count(DISTINCT conversation_id) FROM channel_media WHERE media_id IN ('" + busy + "', '"
        + bad + "')")).isEqualTo(1);
  }

  @Test
  void aPictureOnWeComIsFetchedWithTheCorpTokenAndKept() throws Exception {
    String id = "WECOM" + UUID.randomUUID().toString().replace("-", "");
    String user = "wmPic" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
    STUB.media.put(id, TestPhotos.jpegWithGps(64, 48));
    STUB.kfQueue.add(new JsonObject().put("msgid", "pic-" + id).put("open_kfid", "wkKF0001").put("external_userid", user)
        .put("send_time", TestClock.CLOCK.instant().getEpochSecond()).put("origin", 3).put("msgtype", "image")
        .put("image", new JsonObject().put("media_id", id)));
    String bad = "WECOMGONE" + UUID.randomUUID().toString().replace("-", "");
    STUB.kfQueue.add(new JsonObject().put("msgid", "pic-" + bad).put("open_kfid", "wkKF0001").put("external_userid", user)
        .put("send_time", TestClock.CLOCK.instant().getEpochSecond()).put("origin", 3).put("msgtype", "image")
        .put("image", new JsonObject().put("media_id", bad)));
    assertThat(wecomCallback()).isEqualTo(200);
    kept(id);
    await(() -> "failed".equals(media(bad, "state")), "the bad WeCom media recorded");
    assertThat(media(bad, "last_error")).isEqualTo("errcode 40007");
    await(() -> STUB.kfSent.stream().filter(m -> user.equals(m.getString("touser")))
        .map(m -> m.getJsonObject("text").getString("content")).anyMatch(t -> t.contains("请重新发送")), "told on WeCom");
    assertThat(STUB.kfSent.stream().filter(m -> user.equals(m.getString("touser")))
        .map(m -> m.getJsonObject("text").getString("content"))).anyMatch(t -> t.contains("已收到照片"));
    byte[] stored = (byte[]) TestPostgres.value(GW.db(), "SELECT p.bytes FROM evidence_photos p JOIN channel_media m "
        + "ON m.photo_id = p.id WHERE m.media_id = '" + id + "'");
    assertThat(ImageMetadataReader.readMetadata(new ByteArrayInputStream(stored))
        .getFirstDirectoryOfType(GpsDirectory.class)).isNull();
  }

  private static int wecomCallback() throws Exception {
    WxCpDefaultConfigImpl cfg = new WxCpDefaultConfigImpl();
    cfg.setCorpId(CORP);
    cfg.setToken(WECOM_TOKEN);
    cfg.setAesKey(KEY);
    String ts = Long.toString(TestClock.CLOCK.instant().getEpochSecond());
    String inner = "<xml><ToUserName><![CDATA[" + CORP + "]]></ToUserName><CreateTime>" + ts + "</CreateTime>"
        + "<MsgType><![CDATA[event]]></MsgType><Event><![CDATA[kf_msg_or_event]]></Event><Token><![CDATA[ENCtoken]]>"
        + "</Token><OpenKfId><![CDATA[wkKF0001]]></OpenKfId></xml>";
    String enc = new WxCpCryptUtil(cfg).encryptContext(inner).getEncrypt();
    String body = "<xml><ToUserName><![CDATA[" + CORP + "]]></ToUserName><Encrypt><![CDATA[" + enc
        + "]]></Encrypt><AgentID><![CDATA[]]></AgentID></xml>";
    return HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build().send(HttpRequest.newBuilder(
            URI.create("http://127.0.0.1:" + GW.gateway().port() + "/wecom/callback?msg_signature="
                + SHA1.gen(WECOM_TOKEN, ts, "42", enc) + "&timestamp=" + ts + "&nonce=42"))
        .POST(HttpRequest.BodyPublishers.ofString(body)).build(), java.net.http.HttpResponse.BodyHandlers.ofString())
        .statusCode();
  }
}
