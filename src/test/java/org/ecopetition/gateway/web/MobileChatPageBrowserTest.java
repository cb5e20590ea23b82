package org.ecopetition.gateway.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.time.Duration;
import java.util.List;
import java.util.regex.Matcher;
import org.ecopetition.gateway.Gateway;
import org.ecopetition.gateway.channel.webchat.WebChatFlowTestSupport;
import org.ecopetition.gateway.support.TestGateway;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The mobile page in a real browser (Debian's Chromium, installed by .ci/run) at a phone's width: a
 * petitioner reports a problem by typing and tapping, survives a reload, and checks the status page.
 */
class MobileChatPageBrowserTest {
  static Gateway gateway;
  static WebDriver browser;

  @BeforeAll
  static void start() {
    gateway = TestGateway.start();
    File driver = new File("/usr/bin/chromedriver");
    assertThat(driver).as("chromium-driver is installed (apt-get install chromium chromium-driver)").exists();
    ChromeOptions options = new ChromeOptions();
    options.setBinary("/usr/bin/chromium");
    options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync",
        "--lang=zh-CN");
    options.setExperimentalOption("mobileEmulation", java.util.Map.of(
        "deviceMetrics", java.util.Map.of("width", 390, "height", 844, "pixelRatio", 2.0),
        "userAgent", "Mozilla/5.0 (Linux; Android 10; Mobile) AppleWebKit/537.36 Chrome/120 Mobile Safari/537.36"));
    ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(driver).usingAnyFreePort()
        .build();
    browser = new ChromeDriver(service, options);
  }

  @AfterAll
  static void stop() {
    if (browser != null) {
      browser.quit();
    }
    gateway.close();
  }

  static String base() {
    return "http://127.0.0.1:" + gateway.port();
  }

  static WebDriverWait waiting() {
    return new WebDriverWait(browser, Duration.ofSeconds(15));
  }

  static String lastBotText() {
    List<WebElement> out = browser.findElements(By.cssSelector("#messages .msg.out"));
    return out.isEmpty() ? "" : out.get(out.size() - 1).getText();
  }

  static void waitForBot(String contains) {
    waiting().until(d -> lastBotText().contains(contains));
  }

  static void type(String text) {
    WebElement input = browser.findElement(By.id("input"));
    input.clear();
    input.sendKeys(text);
    browser.findElement(By.id("send")).click();
  }

  static void tap(String label) {
    waiting().until(d -> d.findElements(By.cssSelector("button.quick")).stream()
        .anyMatch(b -> b.isEnabled() && b.getText().contains(label)));
    browser.findElements(By.cssSelector("button.quick")).stream()
        .filter(b -> b.isEnabled() && b.getText().contains(label)).reduce((a, b) -> b).orElseThrow().click();
  }

  /** Types a message, or taps the quick reply with that label; returns the bot's messages that followed. */
  static List<io.vertx.core.json.JsonObject> say(String text) {
    int before = browser.findElements(By.cssSelector("#messages .msg.out")).size();
    List<WebElement> quick = browser.findElements(By.cssSelector("button.quick")).stream()
        .filter(b -> b.isEnabled() && b.getText().strip().equals(text)).toList();
    if (!quick.isEmpty()) {
      quick.get(quick.size() - 1).click();
    } else {
      type(text);
    }
    waiting().until(d -> d.findElements(By.cssSelector("#messages .msg.out")).size() > before);
    int[] seen = {-1};
    new WebDriverWait(browser, Duration.ofSeconds(10)).pollingEvery(Duration.ofMillis(400)).until(d -> {
      int n = d.findElements(By.cssSelector("#messages .msg.out")).size();
      boolean stable = n == seen[0];
      seen[0] = n;
      return stable;
    });
    List<WebElement> out = browser.findElements(By.cssSelector("#messages .msg.out"));
    return out.subList(before, out.size()).stream()
        .map(e -> new io.vertx.core.json.JsonObject().put("text", e.getText())).toList();
  }

  @Test
  void aPetitionerReportsFromAPhoneAndChecksTheStatus() {
    browser.get(base() + "/");
    ((JavascriptExecutor) browser).executeScript("localStorage.clear()");
    browser.navigate().refresh();
    waitForBot("请描述发生了什么");
    assertThat(browser.findElement(By.tagName("html")).getAttribute("lang")).startsWith("zh");
    // Nothing overflows a 390 px screen.
    Long width = (Long) ((JavascriptExecutor) browser).executeScript("return window.innerWidth");
    Long scrollWidth = (Long) ((JavascriptExecutor) browser).executeScript("return document.documentElement.scrollWidth");
    assertThat(width).isEqualTo(390);
    assertThat(scrollWidth).isLessThanOrEqualTo(width);

    // The first answer, then a reload in the middle: the conversation is kept.
    String first = texts(say("小区北边的砖厂每天傍晚冒黑烟，气味刺鼻，已经持续一个月了"));
    assertThat(first).contains("问题发生在哪里");
    browser.navigate().refresh();
    waiting().until(d -> d.findElement(By.id("messages")).getText().contains("小区北边的砖厂"));
    waitForBot("问题发生在哪里");

    String transcript = WebChatFlowTestSupport.drive(MobileChatPageBrowserTest::say, "河北省保定市清苑区某村北",
        java.util.Map.of("问题发生在哪里", "河北省保定市清苑区某村北", "愿意留下姓名", "匿名反映",
            "是谁造成的", "村北的砖厂", "怎样处理", "请派人来查，让砖厂停止冒黑烟"),
        summary -> assertThat(summary).contains("问题发生地：河北省保定市清苑区某村北").contains("反映方式：匿名反映"));
    Matcher n = WebChatFlowTestSupport.CASE.matcher(transcript);
    Matcher c = WebChatFlowTestSupport.CODE.matcher(transcript);
    assertThat(n.find() && c.find()).as(transcript).isTrue();

    browser.get(base() + "/status.html?case=" + n.group(1));
    assertThat(browser.findElement(By.id("caseNumber")).getAttribute("value")).isEqualTo(n.group(1));
    browser.findElement(By.id("code")).sendKeys(c.group(1).toLowerCase());
    browser.findElement(By.id("query")).click();
    waiting().until(d -> d.findElement(By.id("result")).getText().contains("已登记"));
    assertThat(browser.findElement(By.id("result")).getText()).contains(n.group(1)).contains("测试市生态环境局");

    browser.findElement(By.id("code")).clear();
    browser.findElement(By.id("code")).sendKeys("ABCDEFGH");
    browser.findElement(By.id("query")).click();
    waiting().until(d -> d.findElement(By.id("result")).getText().contains("查询码不正确"));
  }

  static String texts(List<io.vertx.core.json.JsonObject> l) {
    return WebChatFlowTestSupport.texts(l);
  }
}
