package org.ecopetition.gateway.channel.wechat;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The flat reader of WeChat's XML ({@link SafeXml#flat}) answers only for documents of WeChat's own shape, and then
 * exactly as the DOM parser does; everything else (DOCTYPEs, entities, comments, nesting) is left to the DOM parser
 * and its refusals.
 */
class WeChatSafeXmlTest {
  private static final String PUSH = "<xml><ToUserName><![CDATA[gh_0123456789ab]]></ToUserName>\n"
      + "<FromUserName><![CDATA[oUser_123456]]></FromUserName>\n<CreateTime>1733380000</CreateTime>\n"
      + "<MsgType><![CDATA[text]]></MsgType>\n<Content><![CDATA[河边的化工厂\t夜里排污 😀 ]]]]><![CDATA[> a > b]]></Content>\n"
      + "<MsgId>24000000000000000007</MsgId>\n</xml>";

  @Test
  void aPushOfWeChatsShapeIsReadWithoutTheDomParserAndAsItWouldReadIt() {
    assertThat(SafeXml.flat(PUSH)).isNotNull();
    assertThat(SafeXml.parse(PUSH)).isEqualTo(SafeXml.dom(PUSH));
    assertThat(SafeXml.parse(PUSH).orElseThrow()).containsEntry("Content", "河边的化工厂\t夜里排污 😀 ]]> a > b")
        .containsEntry("MsgId", "24000000000000000007").containsEntry("MsgType", "text");
    String envelope = "<xml>\n  <ToUserName><![CDATA[gh_0123456789ab]]></ToUserName>\n  <Encrypt><![CDATA[AbC+/=]]>"
        + "</Encrypt>\n</xml>\n";
    assertThat(SafeXml.flat(envelope)).isNotNull();
    assertThat(SafeXml.parse(envelope)).isEqualTo(SafeXml.dom(envelope));
  }

  @Test
  void anythingElseIsLeftToTheDomParserWhichStillRefusesDoctypesAndEntities() {
    List<String> others = List.of(
        "<!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/hostname\">]><xml><A>&e;</A></xml>",
        "<?xml version=\"1.0\"?><!DOCTYPE xml [<!ENTITY a \"aaaaaaaaaa\"><!ENTITY b \"&a;&a;&a;&a;\">]><xml><A>&b;</A></xml>",
        "<xml><A>&e;</A></xml>",
        "<xml><!DOCTYPE x><A>1</A></xml>",
        "<xml><A>a &amp; b &#x4E2D;</A></xml>",
        "<xml><A>1</A><!-- c --><B>2</B></xml>",
        "<xml><ScanCodeInfo><ScanType>qrcode</ScanType><ScanResult>1</ScanResult></ScanCodeInfo></xml>",
        "<xml><A>line\r\nnext</A></xml>",
        "<xml><A/><B>x</B></xml>",
        "<xml><A x=\"1\">v</A></xml>",
        "<xml><A>v</A ></xml>",
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?><xml><A>v</A></xml>",
        "<xml><A>bad ]]> text</A></xml>",
        "<xml><A>\u0001</A></xml>",
        "<xml><A>\uD83D</A></xml>",
        "<xml><A>1</A><A>2</A></xml>",
        "<xml><A>1</A>",
        "<xml><A>1</B></xml>",
        "<xml>text<A>1</A></xml>",
        "<xml><A>1</A></xml><xml/>",
        "<xml><A>1</A></xml><!-- after -->");
    for (String x : others) {
      assertThat(SafeXml.flat(x)).as(x).isNull();
      assertThat(SafeXml.parse(x)).as(x).isEqualTo(SafeXml.dom(x));
    }
    assertThat(SafeXml.parse(others.get(0))).isEmpty();
    assertThat(SafeXml.parse(others.get(1))).isEmpty();
    assertThat(SafeXml.parse(others.get(2))).isEmpty();
    assertThat(SafeXml.parse(others.get(4)).orElseThrow()).containsEntry("A", "a & b 中");
  }

  @Test
  void onDocumentsBuiltAtRandomTheFlatReaderNeverAnswersOtherwiseThanTheDomParser() {
    String[] pieces = {"x", "中", "😀", " ", "\n", "\t", "\r", ">", "]", "]]>", "&", "&amp;", "&#65;", "<", "<![CDATA[",
        "<![CDATA[a]]>", "<![CDATA[]]]]><![CDATA[>]]>", "<B>", "</B>", "<B/>", "<!--c-->", "\uD83D", "\uDE00", "\u0000",
        "\uFFFE", "<!DOCTYPE x>", "</A >", "<?p?>"};
    String[] names = {"A", "MsgType", "Content", "a1", "x-y", "A.b", "1A", "A:b", "xml"};
    Random r = new Random(12);
    int flat = 0;
    for (int t = 0; t < 5_000; t++) {
      StringBuilder b = new StringBuilder(r.nextInt(20) == 0 ? pieces[r.nextInt(pieces.length)] : "");
      b.append(r.nextInt(30) == 0 ? "<xml >" : "<xml>");
      int children = r.nextInt(4);
      for (int c = 0; c < children; c++) {
        b.append(r.nextBoolean() ? "\n" : "");
        String name = names[r.nextInt(names.length)];
        b.append('<').append(name).append('>');
        int k = r.nextInt(4);
        for (int p = 0; p < k; p++) {
          b.append(r.nextInt(3) == 0 ? pieces[r.nextInt(pieces.length)] : pieces[r.nextInt(6)]);
        }
        b.append(r.nextInt(25) == 0 ? "</" + names[r.nextInt(names.length)] + ">" : "</" + name + ">");
      }
      b.append(r.nextInt(30) == 0 ? "" : "</xml>");
      b.append(r.nextInt(10) == 0 ? pieces[r.nextInt(pieces.length)] : "");
      String x = b.toString();
      flat += SafeXml.flat(x) != null ? 1 : 0;
      assertThat(SafeXml.parse(x)).as(x).isEqualTo(SafeXml.dom(x));
    }
    // Both paths were exercised.
    assertThat(flat).isBetween(500, 4_500);
  }
}
