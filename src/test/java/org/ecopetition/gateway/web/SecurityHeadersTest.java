package org.ecopetition.gateway.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.ext.web.client.HttpResponse;
import io.vertx.ext.web.client.WebClient;
import io.vertx.junit5.VertxExtension;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.ecopetition.gateway.Gateway;
import org.ecopetition.gateway.support.TestGateway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Every answer carries a strict CSP (no inline script or style), frame-ancestors 'none' and no-referrer; answers of
 * the API are never stored; pages and scripts are revalidated, never cached as immutable; the pages themselves hold
 * no inline script, style or handler (the CSP would block them).
 */
@ExtendWith(VertxExtension.class)
class SecurityHeadersTest {

  @Test
  void everyAnswerCarriesTheHeaders(Vertx vertx) {
    try (Gateway g = TestGateway.start()) {
      WebClient http = WebClient.create(vertx);
      for (String path : List.of("/", "/index.html", "/status.html", "/chat.js", "/chat.css", "/api/v1/info",
          "/api/v1/cases/HB2026061500001/status?code=ABCDEFGH", "/no-such-page", "/api/v1/openapi.yaml",
          "/api/v1/staff/cases")) {
        HttpResponse<Buffer> r = http.get(g.port(), "127.0.0.1", path).send().await();
        String csp = r.getHeader("Content-Security-Policy");
        assertThat(csp).as(path).contains("script-src 'self'").contains("style-src 'self'")
            .contains("frame-ancestors 'none'").contains("object-src 'none'").doesNotContain("unsafe-inline")
            .doesNotContain("unsafe-eval");
        assertThat(r.getHeader("Referrer-Policy")).as(path).isEqualTo("no-referrer");
        assertThat(r.getHeader("X-Content-Type-Options")).as(path).isEqualTo("nosniff");
        String cache = r.getHeader("Cache-Control");
        if (path.startsWith("/api/")) {
          assertThat(cache).as(path).isEqualTo("no-store");
        } else if (r.statusCode() == 200) {
          assertThat(cache).as(path).isEqualTo("no-cache").doesNotContain("immutable");
        }
      }
      // Revalidation is cheap: an unchanged page is a 304.
      HttpResponse<Buffer> page = http.get(g.port(), "127.0.0.1", "/status.html").send().await();
      String modified = page.getHeader("Last-Modified");
      assertThat(modified).isNotNull();
      assertThat(http.get(g.port(), "127.0.0.1", "/status.html").putHeader("If-Modified-Since", modified).send().await()
          .statusCode()).isEqualTo(304);
    }
  }

  @Test
  void aDocumentsInlineStyleIsAllowedByItsHashAndNothingElse() throws Exception {
    org.ecopetition.gateway.documents.Documents d = org.ecopetition.gateway.documents.Documents.bundled();
    String html = d.html("acceptance", "受理告知书", java.util.Map.of());
    java.util.regex.Matcher style = Pattern.compile("<style>(.*?)</style>", Pattern.DOTALL).matcher(html);
    assertThat(style.find()).isTrue();
    String hash = java.util.Base64.getEncoder().encodeToString(java.security.MessageDigest.getInstance("SHA-256")
        .digest(style.group(1).getBytes(StandardCharsets.UTF_8)));
    assertThat(d.contentSecurityPolicy()).contains("style-src 'sha256-" + hash + "'").contains("default-src 'none'")
        .contains("frame-ancestors 'none'").doesNotContain("unsafe-inline");
  }

  @Test
  void thePagesHaveNoInlineScriptStyleOrHandler() throws Exception {
    Pattern inline = Pattern.compile("<script(?![^>]*\\bsrc=)[^>]*>|<style|\\sstyle=|\\son[a-z]+=|javascript:",
        Pattern.CASE_INSENSITIVE);
    try (Stream<Path> files = Files.list(Path.of("src/main/resources/webroot"))) {
      for (Path f : files.filter(p -> p.toString().endsWith(".html")).toList()) {
        assertThat(inline.matcher(Files.readString(f, StandardCharsets.UTF_8)).find()).as(f.toString()).isFalse();
      }
    }
    try (Stream<Path> files = Files.list(Path.of("src/main/resources/webroot"))) {
      for (Path f : files.filter(p -> p.toString().endsWith(".js")).toList()) {
        String js = Files.readString(f, StandardCharsets.UTF_8);
        assertThat(js).as(f.toString()).doesNotContain("eval(").doesNotContain("new Function(")
            .doesNotContain("setAttribute('style'").doesNotContain(".innerHTML");
      }
    }
  }
}
