package org.ecopetition.gateway.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.ecopetition.gateway.Gateway;
import org.ecopetition.gateway.ops.MetricsProbe;
import org.ecopetition.gateway.support.Chromium;
import org.ecopetition.gateway.support.TcpProxy;
import org.ecopetition.gateway.support.TestGateway;
import org.ecopetition.gateway.support.TestPostgres;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A deployment in a real browser: two gateways on one database behind a relay standing in for the balancer.
 * The page talks to the first; the relay then sends new connections to the second and the first is stopped.
 * Its drain closes the page's socket with 1012, the page reconnects at once over WebSocket (to the second),
 * and the petitioner goes on with the same conversation.
 */
class ChatPageReconnectBrowserTest {

  @Test
  void thePageReconnectsElsewhereWhenItsGatewayStops() throws Exception {
    Map<String, String> env = TestGateway.env(TestPostgres.freshDatabaseUrl(), TestGateway.newKey());
    Gateway first = TestGateway.start(env);
    Gateway second = TestGateway.start(env);
    WebDriver browser = Chromium.start();
    try (TcpProxy balancer = new TcpProxy(first.port())) {
      browser.get("http://127.0.0.1:" + balancer.port() + "/");
      WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(15));
      wait.until(d -> "connected".equals(d.findElement(By.id("status")).getAttribute("data-state")));
      int before = bot(browser).size();
      type(browser, "工地晚上十一点以后还在打桩施工，噪声很大");
      wait.until(d -> bot(d).size() > before);
      assertThat(MetricsProbe.value(first, "gateway_websockets_open")).isEqualTo(1);

      balancer.retarget(second.port());
      long t0 = System.nanoTime();
      first.close();
      wait.until(d -> MetricsProbe.value(second, "gateway_websockets_open") == 1
          && "connected".equals(d.findElement(By.id("status")).getAttribute("data-state")));
      long reconnectMs = (System.nanoTime() - t0) / 1_000_000;
      assertThat(reconnectMs).as("reconnected at once, not after a back-off").isLessThan(5_000);

      int after = bot(browser).size();
      String asked = bot(browser).get(after - 1).getText();
      type(browser, "江苏省南京市江宁区秣陵街道");
      wait.until(d -> bot(d).size() > after);
      assertThat(bot(browser).get(bot(browser).size() - 1).getText()).isNotEqualTo(asked);
      assertThat(browser.findElements(By.cssSelector("#messages .msg.in")).stream().map(WebElement::getText).toList())
          .anyMatch(t -> t.contains("打桩施工")).anyMatch(t -> t.contains("秣陵街道"));
    } finally {
      browser.quit();
      first.close();
      second.close();
    }
  }

  private static List<WebElement> bot(WebDriver d) {
    return d.findElements(By.cssSelector("#messages .msg.out"));
  }

  private static void type(WebDriver browser, String text) {
    WebElement input = browser.findElement(By.id("input"));
    input.clear();
    input.sendKeys(text);
    browser.findElement(By.id("send")).click();
  }
}
