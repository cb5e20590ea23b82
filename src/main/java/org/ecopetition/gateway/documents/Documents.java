package org.ecopetition.gateway.documents;

import com.openhtmltopdf.pdfboxout.PDFontSupplier;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.fontbox.ttf.TrueTypeCollection;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * The department's documents, from templates kept as data ({@code documents/*.html}): printable HTML, and
 * PDF through openhtmltopdf with the CJK font shipped in the jar (subset-embedded). Every value is escaped.
 * Rendering a PDF is blocking work: callers run it on a worker pool.
 */
public final class Documents {
  /**
   * 受理告知书, 不予受理告知书, 转送/交办告知, 告知向其他机关提出 (Art 17(1)(3)), 延期告知, 信访处理意见书 (Art 25) and the
   * review and re-review opinions (Art 30, 31), 调解/和解协议书 (Art 26).
   */
  public static final List<String> TYPES = List.of("acceptance", "non_acceptance", "transfer", "referral", "extension",
      "opinion", "mediation");
  private static final Pattern FIELD = Pattern.compile("\\{\\{([a-zA-Z]+)}}");

  private final Map<String, String> templates = new LinkedHashMap<>();
  private final String page;
  private final String style;
  private final byte[] font;

  /**
   * The Content-Security-Policy of a document shown as HTML: nothing but its own inline style, named by its hash (the
   * style is inline so that the PDF renderer and a saved copy need nothing else).
   */
  public String contentSecurityPolicy() {
    try {
      byte[] h = java.security.MessageDigest.getInstance("SHA-256")
          .digest(style.getBytes(java.nio.charset.StandardCharsets.UTF_8));
      return "default-src 'none'; style-src 'sha256-" + java.util.Base64.getEncoder().encodeToString(h)
          + "'; img-src 'self' data:; frame-ancestors 'none'; base-uri 'none'; form-action 'none'";
    } catch (java.security.NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  private Documents() {
    for (String t : TYPES) {
      templates.put(t, resource("/documents/" + t + ".html"));
    }
    page = resource("/documents/page.html");
    style = resource("/documents/style.css");
    try (InputStream in = Documents.class.getResourceAsStream("/fonts/wqy-microhei.ttc")) {
      font = in.readAllBytes();
    } catch (IOException | NullPointerException e) {
      throw new IllegalStateException("fonts/wqy-microhei.ttc is missing from the class path", e);
    }
  }

  public static Documents bundled() {
    return new Documents();
  }

  private static String resource(String path) {
    try (InputStream in = Documents.class.getResourceAsStream(path)) {
      if (in == null) {
        throw new IllegalStateException(path + " is missing from the class path");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The document as a printable page; {@code values} fill its fields (missing ones print as blanks). */
  public String html(String type, String title, Map<String, String> values) {
    String body = fill(templates.get(type), values);
    Map<String, String> pageValues = new LinkedHashMap<>(values);
    pageValues.put("title", title);
    String filled = fill(page, pageValues);
    // The body and the style are ours, already escaped where needed: inserted as they are.
    return filled.replace("{{body}}", body).replace("{{style}}", style);
  }

  private static String fill(String template, Map<String, String> values) {
    Matcher m = FIELD.matcher(template);
    StringBuilder b = new StringBuilder();
    while (m.find()) {
      String key = m.group(1);
      String v = key.equals("body") || key.equals("style") ? "{{" + key + "}}" : escape(values.getOrDefault(key, "　　"));
      m.appendReplacement(b, Matcher.quoteReplacement(v));
    }
    m.appendTail(b);
    return b.toString();
  }

  static String escape(String s) {
    StringBuilder b = new StringBuilder(s.length());
    for (char c : s.toCharArray()) {
      switch (c) {
        case '<' -> b.append("&lt;");
        case '>' -> b.append("&gt;");
        case '&' -> b.append("&amp;");
        case '"' -> b.append("&quot;");
        default -> b.append(c);
      }
    }
    return b.toString();
  }

  /** A PDF of a page made by {@link #html}. */
  public byte[] pdf(String html) {
    try (PDDocument doc = new PDDocument();
        TrueTypeCollection ttc = new TrueTypeCollection(new java.io.ByteArrayInputStream(font));
        ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      TrueTypeFont ttf = ttc.getFontByName("WenQuanYiMicroHei");
      PdfRendererBuilder b = new PdfRendererBuilder();
      b.usePDDocument(doc);
      b.useFont(new PDFontSupplier(PDType0Font.load(doc, ttf, true)), "CJK");
      b.withHtmlContent(html, null);
      b.toStream(out);
      b.run();
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
