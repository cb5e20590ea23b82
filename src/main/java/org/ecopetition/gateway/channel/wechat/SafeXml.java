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
