package org.ecopetition.gateway.channel.wechat;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;

/**
 * SafeXml reads a push's documents by SAX into the map the DOM parser gave before: the same fields and texts for the
 * shapes WeChat and WeCom send (and a few they do not), the same refusals, and one thread's reader reused document
 * after document without carrying anything from one to the next.
 */
class SafeXmlTest {
  private static final List<String> DOCUMENTS = List.of(
      "<xml><ToUserName><![CDATA[gh_1]]></ToUserName><FromUserName><![CDATA[oUser123456]]></FromUserName>"
          + "<CreateTime>1714036504</CreateTime><MsgType><![CDATA[text]]></MsgType>"
          + "<Content><![CDATA[村口的化工厂晚上排黑水]]></Content><MsgId>9007199254740993</MsgId></xml>",
      "<xml>\n  <ToUserName>gh</ToUserName>\n  <Encrypt><![CDATA[abc+/=]]></Encrypt>\n</xml>\n",
      "<?xml version=\"1.0\" encoding=\"UTF-8\"?><xml><A>a &amp; b &lt;c&gt; &#20320;&#x597D;</A><B></B><C/></xml>",
      "<xml><A>one<![CDATA[ two ]]>three</A><!-- a comment --><B>x<!-- inside -->y<?pi data?>z</B></xml>",
      "<xml><Outer>a<Inner>b<Deep>c</Deep></Inner>d</Outer><Next attr=\"v\">n</Next></xml>",
      "<xml><A>  spaced  </A><B>\n\tlines\n</B></xml>",
      "<root>text at the root<A>1</A>more</root>",
      "<xml><SubscribeMsgSentEvent><List><TemplateId>t1</TemplateId><ErrorCode>0</ErrorCode></List></SubscribeMsgSentEvent>"
          + "<MsgType>event</MsgType></xml>");

  @Test
  void readsEachDocumentAsTheDomParserDid() throws Exception {
    for (String xml : DOCUMENTS) {
      assertThat(SafeXml.parse(xml)).as(xml).contains(dom(xml));
    }
  }

  @Test
  void refusesWhatItRefusedBefore() {
    assertThat(SafeXml.parse("<!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/hostname\">]><xml><A>&e;</A></xml>")).isEmpty();
    assertThat(SafeXml.parse("<!DOCTYPE x [<!ENTITY a \"aaaaaaaaaa\"><!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;\">]>"
        + "<xml><A>&b;</A></xml>")).isEmpty();
    assertThat(SafeXml.parse("<!DOCTYPE xml SYSTEM \"http://127.0.0.1:1/x.dtd\"><xml><A>1</A></xml>")).isEmpty();
    assertThat(SafeXml.parse("<xml xmlns:xi=\"http://www.w3.org/2001/XInclude\"><A><xi:include href=\"file:///etc/hostname\""
        + " parse=\"text\"/></A></xml>")).contains(Map.of("A", ""));
    assertThat(SafeXml.parse("<xml><A>1</A><A>2</A></xml>")).isEmpty();
    assertThat(SafeXml.parse("<xml><A>1</A>")).isEmpty();
    assertThat(SafeXml.parse("<xml><A>&undeclared;</A></xml>")).isEmpty();
    assertThat(SafeXml.parse("not xml")).isEmpty();
    assertThat(SafeXml.parse("")).isEmpty();
    assertThat(SafeXml.parse(null)).isEmpty();
  }

  @Test
  void aDocumentRefusedHalfWayLeavesNothingToTheNext() {
    // The same thread's reader: a document that fails after two fields, one with a field twice, then a good one.
    assertThat(SafeXml.parse("<xml><A>1</A><B>2</B><C>unclosed</xml>")).isEmpty();
    assertThat(SafeXml.parse("<xml><A>1</A><A>2</A></xml>")).isEmpty();
    assertThat(SafeXml.parse("<xml><C>3</C></xml>")).contains(Map.of("C", "3"));
    Map<String, String> first = SafeXml.parse("<xml><A>1</A></xml>").orElseThrow();
    SafeXml.parse("<xml><B>2</B></xml>");
    assertThat(first).containsExactly(Map.entry("A", "1"));
  }

  /** What the DOM parser read: the root's child elements by name with their text content (the former reading). */
  private static Map<String, String> dom(String xml) throws Exception {
    Element root = DocumentBuilderFactory.newInstance().newDocumentBuilder()
        .parse(new InputSource(new StringReader(xml))).getDocumentElement();
    Map<String, String> out = new LinkedHashMap<>();
    NodeList children = root.getChildNodes();
    for (int i = 0; i < children.getLength(); i++) {
      Node n = children.item(i);
      if (n.getNodeType() == Node.ELEMENT_NODE) {
        out.putIfAbsent(n.getNodeName(), n.getTextContent());
      }
    }
    return out;
  }

  @Test
  void keepsTheOrderOfTheFields() {
    Optional<Map<String, String>> m = SafeXml.parse("<xml><Z>1</Z><A>2</A><M>3</M></xml>");
    assertThat(m.orElseThrow().keySet()).containsExactly("Z", "A", "M");
  }
}
