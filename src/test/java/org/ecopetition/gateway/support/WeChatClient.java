package org.ecopetition.gateway.support;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import me.chanjar.weixin.common.util.crypto.SHA1;
import me.chanjar.weixin.common.util.crypto.WxCryptUtil;
import me.chanjar.weixin.mp.bean.message.WxMpXmlMessage;

/**
 * WeChat's side of the callback, built with WxJava (code nobody here wrote): pushes signed and, in safe mode,
 * encrypted as WeChat sends them, over HTTP/1.1 as WeChat speaks it, and the gateway's passive replies
 * checked and decrypted. Timestamps come from the suite's clock, which the gateway also reads.
 */
public final class WeChatClient {
  public static final String TOKEN = "pamtest";
  public static final String AES_KEY = "abcdefghijklmnopqrstuvwxyz0123456789ABCDEFG";
  public static final String APP_ID = "wxb11529c136998cb6";
  public static final String ACCOUNT = "gh_0123456789ab";
  private static final Pattern FIELD = Pattern.compile("<(Encrypt|MsgSignature|TimeStamp|Nonce)>(?:<!\\[CDATA\\[)?(.*?)(?:]]>)?</\\1>");
  private static final AtomicLong MSG_IDS = new AtomicLong(24_000_000_000_000_000L);

  private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
      .connectTimeout(Duration.ofSeconds(5)).build();
  private final WxCryptUtil crypt = new WxCryptUtil(TOKEN, AES_KEY, APP_ID);
  private final int port;
  private final boolean safe;

  public WeChatClient(int port, boolean safe) {
    this.port = port;
    this.safe = safe;
  }

  /** A MsgId above 2^53, as WeChat's are. */
  public static String nextMsgId() {
    return Long.toString(MSG_IDS.incrementAndGet() * 7);
  }

  public static String text(String openId, String content, String msgId) {
    return "<xml><ToUserName><![CDATA[" + ACCOUNT + "]]></ToUserName><FromUserName><![CDATA[" + openId
        + "]]></FromUserName><CreateTime>" + epochSeconds() + "</CreateTime><MsgType><![CDATA[text]]></MsgType><Content><![CDATA["
        + content + "]]></Content><MsgId>" + msgId + "</MsgId></xml>";
  }

  /** A picture as WeChat pushes it: PicUrl on WeChat's CDN and the MediaId to fetch it by. */
  public static String image(String openId, String mediaId, String msgId) {
    return "<xml><ToUserName><![CDATA[" + ACCOUNT + "]]></ToUserName><FromUserName><![CDATA[" + openId
        + "]]></FromUserName><CreateTime>" + epochSeconds() + "</CreateTime><MsgType><![CDATA[image]]></MsgType><PicUrl><![CDATA["
        + "http://mmbiz.qpic.cn/mmbiz_jpg/" + mediaId + "/0]]></PicUrl><MediaId><![CDATA[" + mediaId
        + "]]></MediaId><MsgId>" + msgId + "</MsgId></xml>";
  }

  public static String event(String openId, String event, String key, long created) {
    return "<xml><ToUserName><![CDATA[" + ACCOUNT + "]]></ToUserName><FromUserName><![CDATA[" + openId
        + "]]></FromUserName><CreateTime>" + created + "</CreateTime><MsgType><![CDATA[event]]></MsgType><Event><![CDATA["
        + event + "]]></Event><EventKey><![CDATA[" + key + "]]></EventKey></xml>";
  }

  /** WeChat's timestamps (seconds since the epoch) by the tests' fixed clock, never the wall clock. */
  public static long epochSeconds() {
    return TestClock.CLOCK.instant().getEpochSecond();
  }

  /** The gateway's answer: status, raw body, and the reply's text when it replied passively. */
  public record Answer(int status, String body, String content, String msgType) {}

  /** Pushes a message as WeChat does now. */
  public Answer push(String xml) {
    return push(xml, epochSeconds(), TOKEN);
  }

  /** Pushes with a given timestamp and token (a wrong token signs wrongly). */
  public Answer push(String xml, long timestamp, String token) {
    String ts = Long.toString(timestamp);
    String nonce = Long.toString(System.nanoTime() % 1_000_000_000L);
    String signature = SHA1.gen(token, ts, nonce);
    String query = "signature=" + signature + "&timestamp=" + ts + "&nonce=" + nonce + "&openid=x";
    String body = xml;
    if (safe) {
      String encrypted = crypt.encryptContext(xml).getEncrypt();
      query += "&encrypt_type=aes&msg_signature=" + SHA1.gen(token, ts, nonce, encrypted);
      body = "<xml><ToUserName><![CDATA[" + ACCOUNT + "]]></ToUserName><Encrypt><![CDATA[" + encrypted
          + "]]></Encrypt></xml>";
    }
    return post(query, body);
  }

  /** Posts exactly this query and body. */
  public Answer post(String query, String body) {
    try {
      HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port
              + "/wechat/callback?" + query)).timeout(Duration.ofSeconds(10))
          .header("Content-Type", "text/xml").POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8))
          .build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
      return read(r.statusCode(), r.body());
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  public HttpResponse<String> verify(String echostr, long timestamp, String token) {
    String ts = Long.toString(timestamp);
    String nonce = "7788";
    try {
      return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/wechat/callback?signature="
          + SHA1.gen(token, ts, nonce) + "&timestamp=" + ts + "&nonce=" + nonce + "&echostr="
          + URLEncoder.encode(echostr, StandardCharsets.UTF_8))).GET().build(), HttpResponse.BodyHandlers.ofString());
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  private Answer read(int status, String body) {
    if (status != 200 || body.equals("success") || body.isEmpty()) {
      return new Answer(status, body, null, null);
    }
    String plain = body;
    if (safe) {
      String sig = field(body, "MsgSignature");
      // WxJava checks the reply's signature over its own TimeStamp and Nonce, then decrypts it.
      plain = crypt.decryptXml(sig, field(body, "TimeStamp"), field(body, "Nonce"), body);
    }
    WxMpXmlMessage m = WxMpXmlMessage.fromXml(plain);
    return new Answer(status, body, m.getContent(), m.getMsgType());
  }

  private static String field(String xml, String name) {
    Matcher m = FIELD.matcher(xml);
    while (m.find()) {
      if (m.group(1).equals(name)) {
        return m.group(2);
      }
    }
    throw new AssertionError("no " + name + " in " + xml);
  }
}
