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
    assertThat(first).contains("对吗");
    browser.navigate().refresh();
    waiting().until(d -> d.findElement(By.id("messages")).getText().contains("小区北边的砖厂"));
    waitForBot("对吗");

    String transcript = WebChatFlowTestSupport.drive(MobileChatPageBrowserTest::say, "是",
        java.util.Map.of("问题发生在哪里", "河北省保定市清苑区某村北", "愿意留下姓名", "匿名反映",
            "是谁造成的", "村北的砖厂", "怎样处理", "请派人来查，让砖厂停止冒黑烟"),
        summary -> assertThat(summary).contains("问题发生地：河北省保定市清苑区某村北").contains("反映方式：匿名反映"));
    Matcher n = WebChatFlowTestSupport.CASE.matcher(transcript);
    Matcher c = WebChatFlowTestSupport.CODE.matcher(transcript);
    assertThat(n.find() && c.find()).as(transcript).isTrue();
    // The anonymous receipt promises no notice it cannot give; it says how to check instead.
    assertThat(transcript).contains("匿名反映无法收到告知").doesNotContain("前告知您（第十七条）");

    receiptCardKeepsTheCodeOnThisDeviceUntilSaved(n.group(1), c.group(1));

    browser.get(base() + "/status.html?case=" + n.group(1));
    assertThat(browser.findElement(By.id("caseNumber")).getAttribute("value")).isEqualTo(n.group(1));
    browser.findElement(By.id("code")).clear();
    browser.findElement(By.id("code")).sendKeys(c.group(1).toLowerCase());
    browser.findElement(By.id("query")).click();
    waiting().until(d -> d.findElement(By.id("result")).getText().contains("已登记"));
    assertThat(browser.findElement(By.id("result")).getText()).contains(n.group(1)).contains("测试市生态环境局");

    browser.findElement(By.id("code")).clear();
    browser.findElement(By.id("code")).sendKeys("ABCDEFGH");
    browser.findElement(By.id("query")).click();
    waiting().until(d -> d.findElement(By.id("result")).getText().contains("查询码不正确"));
  }

  /**
   * Issue 13 §10: the receipt card shows the case number and the code in large type with copy buttons, draws a
   * receipt picture, links to the status page with the case filled in; after a reload the code is still on the card
   * (from this browser's storage: the server's copy is masked) until the petitioner says it is saved.
   */
  static void receiptCardKeepsTheCodeOnThisDeviceUntilSaved(String caseNumber, String code) {
    JavascriptExecutor js = (JavascriptExecutor) browser;
    WebElement card = waiting().until(d -> d.findElement(By.cssSelector(".receipt[data-case='" + caseNumber + "']")));
    assertThat(card.findElement(By.cssSelector(".rcase .rval")).getText()).isEqualTo(caseNumber);
    assertThat(card.findElement(By.cssSelector(".rcode .rval")).getText().replace(" ", "")).isEqualTo(code);
    assertThat(card.findElements(By.cssSelector("button.copy"))).hasSize(2);
    Number big = (Number) js.executeScript(
        "return parseFloat(getComputedStyle(document.querySelector('.rcode .rval')).fontSize)");
    assertThat(big.doubleValue()).isGreaterThanOrEqualTo(26);
    card.findElement(By.cssSelector(".rcode button.copy")).click();
    waiting().until(d -> card.findElement(By.cssSelector(".rcode button.copy")).getText().matches("已复制|请长按文字手动复制"));
    card.findElement(By.cssSelector("button.rsave")).click();
    WebElement img = waiting().until(d -> card.findElement(By.cssSelector(".rpic img")));
    assertThat(img.getAttribute("src")).startsWith("data:image/png;base64,");
    Number drawn = (Number) js.executeScript("return document.querySelector('.rpic img').naturalWidth");
    assertThat(drawn.intValue()).isEqualTo(720);
    assertThat(card.findElement(By.cssSelector("a.rcheck")).getAttribute("href"))
        .endsWith("/status.html?case=" + caseNumber);

    // WeChat reloads the page when one switches apps to write the code down: the card keeps it.
    browser.navigate().refresh();
    WebElement again = waiting().until(d -> d.findElement(By.cssSelector(".receipt[data-case='" + caseNumber + "']")));
    assertThat(again.findElement(By.cssSelector(".rcode .rval")).getText().replace(" ", "")).isEqualTo(code);
    // ... the server's copy of the message is masked: the code came from this device.
    assertThat(browser.findElement(By.id("messages")).getText()).contains("查询码：********");
    // The status page is filled in from the card.
    browser.get(base() + "/status.html?case=" + caseNumber);
    assertThat(browser.findElement(By.id("code")).getAttribute("value")).isEqualTo(code);
    browser.navigate().back();

    // "I have saved it" asks once, then removes the code from the device for good.
    WebElement last = waiting().until(d -> d.findElement(By.cssSelector(".receipt[data-case='" + caseNumber + "']")));
    last.findElement(By.cssSelector("button.rsaved")).click();
    assertThat(browser.findElements(By.cssSelector(".receipt .rcode"))).hasSize(1);
    browser.findElement(By.cssSelector(".receipt button.rsaved")).click();
    waiting().until(d -> d.findElements(By.cssSelector(".receipt .rcode")).isEmpty());
    assertThat(browser.findElement(By.cssSelector(".receipt .rnote.gone")).getText()).contains("已从本机清除");
    browser.navigate().refresh();
    waiting().until(d -> d.findElement(By.cssSelector(".receipt[data-case='" + caseNumber + "'] .rnote.gone")));
    assertThat(browser.findElements(By.cssSelector(".receipt .rcode"))).isEmpty();
    assertThat((String) js.executeScript("return localStorage.getItem('ecopetition.receipt." + caseNumber + "')"))
        .isNull();
  }

  static String texts(List<io.vertx.core.json.JsonObject> l) {
    return WebChatFlowTestSupport.texts(l);
  }
}
