package org.ecopetition.gateway.channel.wechat;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import me.chanjar.weixin.common.util.crypto.WxCryptUtil;
import me.chanjar.weixin.mp.bean.message.WxMpXmlMessage;
import org.junit.jupiter.api.Test;

/**
 * The envelope against WeChat's documented values and against WxJava, an implementation nobody here wrote,
 * including each trap of docs/wechat-protocol.md.
 */
class WxCryptoTest {
  private static final String KEY = "abcdefghijklmnopqrstuvwxyz0123456789ABCDEFG";
  private static final String APP_ID = "wxb11529c136998cb6";
  private final WxCrypto ours = new WxCrypto("pamtest", KEY, APP_ID);
  private final WxCryptUtil theirs = new WxCryptUtil("pamtest", KEY, APP_ID);

  @Test
  void theSignatureSortsTheValuesNotTheNames() {
    assertThat(WxCrypto.sha1("AAAAA", "1714036504", "1514711492")).isEqualTo("f464b24fc39322e44b38aa78f5edd27bd1441696");
    assertThat(new WxCrypto("AAAAA", null, APP_ID).verify("f464b24fc39322e44b38aa78f5edd27bd1441696", "1714036504",
        "1514711492")).isTrue();
    assertThat(new WxCrypto("AAAAA", null, APP_ID).verify("f464b24fc39322e44b38aa78f5edd27bd1441697", "1714036504",
        "1514711492")).isFalse();
  }

  @Test
  void whatWeEncryptWxJavaDecryptsAndTheOtherWayRoundAtEveryLength() {
    // Lengths around the 32-byte block, where the pad is 32 (a whole extra block) or above 16.
    for (int n = 0; n < 80; n++) {
      String msg = "<xml>" + "水".repeat(n % 7) + "a".repeat(n) + "</xml>";
      assertThat(theirs.decrypt(ours.encrypt(msg))).isEqualTo(msg);
      assertThat(ours.decrypt(theirs.encryptContext(msg).getEncrypt())).contains(msg);
    }
  }

  @Test
  void aMessageForAnotherAppIdOrTamperedWithIsRefused() {
    String other = new WxCryptUtil("pamtest", KEY, "wx0000000000000000").encryptContext("<xml/>").getEncrypt();
    assertThat(ours.decrypt(other)).isEmpty();
    String good = ours.encrypt("<xml/>");
    assertThat(ours.decrypt(good.substring(0, good.length() - 8) + "AAAAAAA=")).isEmpty();
    assertThat(ours.decrypt("not base64 at all!")).isEmpty();
    assertThat(ours.decrypt("")).isEmpty();
  }

  @Test
  void theKeysLastCharacterCarriesLeftoverBitsThatAStrictDecoderWouldRefuse() {
    byte[] key = java.util.Base64.getDecoder().decode(KEY + "=");
    assertThat(key).hasSize(32);
    // The 'G' ends in bits that do not fit the 32 bytes: a strict decoder refuses the key, ours takes it.
    assertThat(new String(java.util.Base64.getEncoder().encode(key), StandardCharsets.US_ASCII)).isNotEqualTo(KEY + "=");
    org.apache.commons.codec.binary.Base64 strict = new org.apache.commons.codec.binary.Base64(0, null, false,
        org.apache.commons.codec.CodecPolicy.STRICT);
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> strict.decode(KEY + "="))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(new WxCrypto("pamtest", KEY, APP_ID).safeMode()).isTrue();
  }

  @Test
  void aDoctypeIsRefusedOnAnyXmlAndCdataEndingsCannotSmuggleAnElement() {
    assertThat(SafeXml.parse("<!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/hostname\">]><xml><A>&e;</A></xml>")).isEmpty();
    assertThat(SafeXml.parse("<xml><A>1</A><A>2</A></xml>")).isEmpty();
    assertThat(SafeXml.parse("<xml><A>1</A>")).isEmpty();
    String crafted = "hi]]></Content><MsgType><![CDATA[image]]></MsgType><Content><![CDATA[x";
    String xml = "<xml><MsgType><![CDATA[text]]></MsgType><Content>" + SafeXml.cdata(crafted) + "</Content></xml>";
    assertThat(SafeXml.parse(xml).orElseThrow()).containsEntry("Content", crafted).containsEntry("MsgType", "text");
    WxMpXmlMessage m = WxMpXmlMessage.fromXml(xml);
    assertThat(m.getMsgType()).isEqualTo("text");
    assertThat(m.getContent()).isEqualTo(crafted);
  }

  @Test
  void aMsgIdAbove2To53KeepsEveryDigit() {
    String id = "9007199254740993";
    var in = WeChatMessage.read(SafeXml.parse("<xml><ToUserName>gh</ToUserName><FromUserName>oUser123456</FromUserName>"
        + "<CreateTime>1714036504</CreateTime><MsgType>text</MsgType><Content>你好</Content><MsgId>" + id
        + "</MsgId></xml>").orElseThrow()).orElseThrow();
    assertThat(in.key()).isEqualTo("m" + id);
    assertThat((double) Long.parseLong(id)).isEqualTo((double) (Long.parseLong(id) - 1));
  }

  @Test
  void eventsInTheSameSecondAreTwoEventsWhenTheirKindOrKeyDiffers() {
    String base = "<xml><ToUserName>gh</ToUserName><FromUserName>oUser123456</FromUserName><CreateTime>1714036504"
        + "</CreateTime><MsgType>event</MsgType>";
    var subscribe = WeChatMessage.read(SafeXml.parse(base + "<Event>subscribe</Event></xml>").orElseThrow()).orElseThrow();
    var click = WeChatMessage.read(SafeXml.parse(base + "<Event>CLICK</Event><EventKey>进度查询</EventKey></xml>")
        .orElseThrow()).orElseThrow();
    assertThat(subscribe.key()).isNotEqualTo(click.key());
    assertThat(click.text()).isEqualTo("进度查询");
  }
}
