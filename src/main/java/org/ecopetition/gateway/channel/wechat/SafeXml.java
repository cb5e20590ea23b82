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
import javax.xml.parsers.SAXParserFactory;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.xml.sax.Attributes;
import org.xml.sax.ErrorHandler;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;
import org.xml.sax.XMLReader;
import org.xml.sax.helpers.DefaultHandler;

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

  /**
   * The root's child elements by name with their text (all text inside each, as DOM's {@code getTextContent}); empty
   * for anything malformed or unsafe. Read by SAX, with the same refusals as the DOM parser (the factory's features
   * below): a push's two documents are read into the map directly, without building a DOM tree first (which was
   * ≈ 23 KB and most of the XML's CPU per push).
   */
  public static Optional<Map<String, String>> parse(String xml) {
    if (xml == null || xml.isBlank()) {
      return Optional.empty();
    }
    Flat flat = FLAT.get();
    try {
      flat.reader.parse(new InputSource(new StringReader(xml)));
      return flat.duplicate ? Optional.empty() : Optional.of(flat.out);
    } catch (SAXException | IOException | RuntimeException e) {
      return Optional.empty();
    } finally {
      // The map went to the caller (or nowhere): the thread's reader starts the next document afresh.
      flat.out = null;
    }
  }

  private static final SAXParserFactory SAX = saxFactory();
  private static final ThreadLocal<Flat> FLAT = ThreadLocal.withInitial(Flat::new);

  private static SAXParserFactory saxFactory() {
    try {
      SAXParserFactory f = SAXParserFactory.newInstance();
      f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
      f.setFeature("http://xml.org/sax/features/external-general-entities", false);
      f.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
      f.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
      f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
      f.setXIncludeAware(false);
      f.setNamespaceAware(false);
      f.setValidating(false);
      return f;
    } catch (ParserConfigurationException | SAXException e) {
      throw new IllegalStateException(e);
    }
  }

  /** A thread's SAX reader, reused document after document, and what it collects: the root's children's texts. */
  private static final class Flat extends DefaultHandler {
    final XMLReader reader;
    Map<String, String> out;
    boolean duplicate;
    private int depth;
    private String name;
    private final StringBuilder text = new StringBuilder();

    Flat() {
      try {
        javax.xml.parsers.SAXParser p = SAX.newSAXParser();
        p.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        p.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
        reader = p.getXMLReader();
        reader.setContentHandler(this);
        reader.setErrorHandler(QUIET);
        reader.setEntityResolver((publicId, systemId) -> {
          throw new SAXException("external entities are refused");
        });
      } catch (ParserConfigurationException | SAXException e) {
        throw new IllegalStateException(e);
      }
    }

    @Override
    public void startDocument() {
      out = new LinkedHashMap<>();
      duplicate = false;
      depth = 0;
      name = null;
      text.setLength(0);
    }

    @Override
    public void startElement(String uri, String localName, String qName, Attributes attributes) {
      depth++;
      if (depth == 2) {
        name = qName;
        text.setLength(0);
      }
    }

    @Override
    public void characters(char[] ch, int start, int length) {
      if (depth >= 2) {
        text.append(ch, start, length);
      }
    }

    @Override
    public void endElement(String uri, String localName, String qName) {
      if (depth == 2 && out.putIfAbsent(name, text.toString()) != null) {
        // An element twice (two MsgType): not a message WeChat sends.
        duplicate = true;
      }
      depth--;
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
