package org.ecopetition.gateway.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;

/** axe-core (vendored as a test resource, never served) run in a page as it is now. */
public final class Axe {
  private Axe() {}

  /** No violation in the part of the page {@code selector} names (what is hidden is not checked). */
  public static void assertNoViolations(WebDriver browser, String selector, String what) {
    browser.manage().timeouts().scriptTimeout(Duration.ofSeconds(60));
    JavascriptExecutor js = (JavascriptExecutor) browser;
    if (!Boolean.TRUE.equals(js.executeScript("return !!window.axe"))) {
      try (var in = Axe.class.getResourceAsStream("/axe/axe.min.js")) {
        js.executeScript(new String(in.readAllBytes(), StandardCharsets.UTF_8));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    Object out = js.executeAsyncScript(
        "var done = arguments[arguments.length - 1];"
            + "axe.run(document.querySelector(arguments[0]), {resultTypes: ['violations']}).then(function (r) {"
            + "  done(JSON.stringify(r.violations.map(function (v) { return {id: v.id, impact: v.impact,"
            + "    nodes: v.nodes.map(function (n) { return n.target.join(' ') + ': ' + n.failureSummary; })}; })));"
            + "}, function (e) { done('error: ' + e); });", selector);
    assertThat(String.valueOf(out)).as("axe-core violations on " + what).isEqualTo("[]");
  }
}
