package org.ecopetition.gateway.channel.wechat;

import java.io.IOException;
import java.io.StringReader;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.xml.sax.ErrorHandler;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/**
 * WeChat's flat XML, read safely: a DOCTYPE is refused outright (so no entity, internal or external, is
 * ever expanded: XXE and entity bombs), and so are XInclude and external schemas. Used on the envelope and
 * again on the decrypted message, where the JDK's defaults would resolve {@code file://} entities too.
 */
public final class SafeXml {
  private static final DocumentBuilderFactory FACTORY = factory();
  private static final ThreadLocal<DocumentBuilder> BUILDER = ThreadLocal.withInitial(SafeXml::builder);
  private static final ErrorHandler QUIET = new ErrorHandler() {
    @Override
    public void warning(SAXParseException e) {}

    @Override
    public void error(SAXParseException e) throws SAXException {
      throw e;
    }

    @Override
    public void fatalError(SAXParseException e) throws SAXException {
      throw e;
    }
  };

  private SafeXml() {}

  private static DocumentBuilderFactory factory() {
    try {
      DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
      f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
      f.setFeature("http://xml.org/sax/features/external-general-entities", false);
      f.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
      f.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
      f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
      f.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
      f.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
      f.setXIncludeAware(false);
      f.setExpandEntityReferences(false);
      f.setNamespaceAware(false);
      return f;
    } catch (ParserConfigurationException e) {
      throw new IllegalStateException(e);
    }
  }

  private static DocumentBuilder builder() {
    try {
      DocumentBuilder b = FACTORY.newDocumentBuilder();
      b.setErrorHandler(QUIET);
      b.setEntityResolver((publicId, systemId) -> {
        throw new SAXException("external entities are refused");
      });
      return b;
    } catch (ParserConfigurationException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The root's child elements by name with their text; empty for anything malformed or unsafe. */
  public static Optional<Map<String, String>> parse(String xml) {
    if (xml == null || xml.isBlank()) {
      return Optional.empty();
    }
    Map<String, String> flat = flat(xml);
    return flat != null ? Optional.of(flat) : dom(xml);
  }

  /** {@link #parse} by the DOM parser alone. */
  static Optional<Map<String, String>> dom(String xml) {
    try {
      DocumentBuilder b = BUILDER.get();
      Element root = b.parse(new InputSource(new StringReader(xml))).getDocumentElement();
      Map<String, String> out = new LinkedHashMap<>();
      NodeList children = root.getChildNodes();
      for (int i = 0; i < children.getLength(); i++) {
        Node n = children.item(i);
        if (n.getNodeType() == Node.ELEMENT_NODE) {
          if (out.putIfAbsent(n.getNodeName(), n.getTextContent()) != null) {
            // An element twice (two MsgType): not a message WeChat sends.
            return Optional.empty();
          }
        }
      }
      return Optional.of(out);
    } catch (SAXException | IOException | RuntimeException e) {
      return Optional.empty();
    }
  }

  /**
   * WeChat's own shape, read without the DOM parser (which cost more than the AES and the signatures together, two
   * documents a push): {@code <xml>} at the very start, then only child elements named in ASCII, each holding
   * character data and CDATA sections, and whitespace between them. Null for anything else — a declaration, a DOCTYPE,
   * a comment, an attribute, a nested or empty element, an entity or character reference, a carriage return, a
   * character XML does not allow, an element twice, text after the root — which the DOM parser then decides
   * (refusing DOCTYPEs and entities as above). So what this returns is what the DOM parser returns for the same text.
   */
  static Map<String, String> flat(String x) {
    int n = x.length();
    if (!x.startsWith("<xml>")) {
      return null;
    }
    Map<String, String> out = new LinkedHashMap<>();
    int i = 5;
    while (true) {
      i = spaces(x, i);
      if (i >= n || x.charAt(i) != '<') {
        return null;
      }
      if (x.startsWith("</xml>", i)) {
        i = spaces(x, i + 6);
        return i == n ? out : null;
      }
      int nameEnd = name(x, i + 1);
      if (nameEnd < 0 || nameEnd >= n || x.charAt(nameEnd) != '>') {
        return null;
      }
      String name = x.substring(i + 1, nameEnd);
      StringBuilder text = new StringBuilder();
      i = nameEnd + 1;
      while (true) {
        int lt = x.indexOf('<', i);
        if (lt < 0 || !chars(x, i, lt, false)) {
          return null;
        }
        text.append(x, i, lt);
        if (x.startsWith("<![CDATA[", lt)) {
          int end = x.indexOf("]]>", lt + 9);
          if (end < 0 || !chars(x, lt + 9, end, true)) {
            return null;
          }
          text.append(x, lt + 9, end);
          i = end + 3;
          continue;
        }
        // Only the element's own end tag: anything else (a child, a comment) is left to the DOM parser.
        if (lt + 1 >= n || x.charAt(lt + 1) != '/' || !x.startsWith(name, lt + 2)
            || !x.startsWith(">", lt + 2 + name.length())) {
          return null;
        }
        i = lt + 3 + name.length();
        break;
      }
      if (out.putIfAbsent(name, text.toString()) != null) {
        return null;
      }
    }
  }

  private static int spaces(String x, int i) {
    while (i < x.length() && (x.charAt(i) == ' ' || x.charAt(i) == '\n' || x.charAt(i) == '\t')) {
      i++;
    }
    return i;
  }

  /** The end of an ASCII element name starting at {@code i}, or -1. */
  private static int name(String x, int i) {
    int j = i;
    while (j < x.length()) {
      char c = x.charAt(j);
      boolean letter = c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z' || c == '_';
      if (!(letter || j > i && (c >= '0' && c <= '9' || c == '-' || c == '.'))) {
        break;
      }
      j++;
    }
    return j > i ? j : -1;
  }

  /**
   * Whether {@code x[from, to)} holds only characters XML allows, with no carriage return (the DOM parser normalises
   * line ends) and, outside CDATA, no reference ({@code &}) and no {@code ]]>}.
   */
  private static boolean chars(String x, int from, int to, boolean cdata) {
    for (int k = from; k < to; k++) {
      char c = x.charAt(k);
      if (c < 0x20 ? c != '\n' && c != '\t' : c == 0xFFFE || c == 0xFFFF) {
        return false;
      }
      if (!cdata && (c == '&' || c == '>' && k >= from + 2 && x.charAt(k - 1) == ']' && x.charAt(k - 2) == ']')) {
        return false;
      }
      if (Character.isSurrogate(c)) {
        if (!Character.isHighSurrogate(c) || k + 1 >= to || !Character.isLowSurrogate(x.charAt(k + 1))) {
          return false;
        }
        k++;
      }
    }
    return true;
  }

  /**
   * The {@code <List>} items under the root's element {@code parent} (WeChat's subscribe-message events carry one
   * per template), each as its child elements by name with their text; empty for anything malformed or unsafe.
   */
  public static Optional<java.util.List<Map<String, String>>> items(String xml, String parent) {
    if (xml == null || xml.isBlank()) {
      return Optional.empty();
    }
    try {
      Element root = BUILDER.get().parse(new InputSource(new StringReader(xml))).getDocumentElement();
      java.util.List<Map<String, String>> out = new java.util.ArrayList<>();
      NodeList top = root.getChildNodes();
      for (int i = 0; i < top.getLength(); i++) {
        Node p = top.item(i);
        if (p.getNodeType() != Node.ELEMENT_NODE || !p.getNodeName().equals(parent)) {
          continue;
        }
        NodeList lists = p.getChildNodes();
        for (int j = 0; j < lists.getLength() && out.size() < 20; j++) {
          Node l = lists.item(j);
          if (l.getNodeType() == Node.ELEMENT_NODE && l.getNodeName().equals("List")) {
            Map<String, String> item = new LinkedHashMap<>();
            NodeList fields = l.getChildNodes();
            for (int k = 0; k < fields.getLength(); k++) {
              Node f = fields.item(k);
              if (f.getNodeType() == Node.ELEMENT_NODE) {
                item.putIfAbsent(f.getNodeName(), f.getTextContent().strip());
              }
            }
            out.add(item);
          }
        }
      }
      return Optional.of(out);
    } catch (SAXException | IOException | RuntimeException e) {
      return Optional.empty();
    }
  }

  /** A CDATA section holding any text: a {@code ]]>} inside is split across two sections. */
  public static String cdata(String text) {
    return "<![CDATA[" + text.replace("]]>", "]]]]><![CDATA[>") + "]]>";
  }
}
