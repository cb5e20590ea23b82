package org.ecopetition.gateway.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.regex.Matcher;
import org.ecopetition.gateway.Gateway;
import org.ecopetition.gateway.channel.webchat.WebChatFlowTestSupport;
import org.ecopetition.gateway.support.Chromium;
import org.ecopetition.gateway.support.TestGateway;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The mobile page in a real browser (Debian's Chromium, installed by .ci/run) at a phone's width: a
 * petitioner reports a problem by typing and tapping, survives a reload, and checks the status page.
 */
class MobileChatPageBrowserTest {
  static Gateway gateway;
  static WebDriver browser;
  static io.vertx.core.Vertx vertx;
  static org.ecopetition.gateway.support.StaffClient staff;

  @BeforeAll
  static void start() {
    java.util.Map<String, String> env = TestGateway.env(org.ecopetition.gateway.support.TestPostgres.freshDatabaseUrl(),
        TestGateway.newKey());
    org.ecopetition.gateway.support.StaffClient.configure(env);
    gateway = TestGateway.start(env);
    vertx = io.vertx.core.Vertx.vertx();
    staff = new org.ecopetition.gateway.support.StaffClient(vertx, gateway);
    browser = Chromium.phone();
    scriptTimeout();
  }

  @AfterAll
  static void stop() {
    if (browser != null) {
      browser.quit();
    }
    gateway.close();
    vertx.close().await();
  }

  static String base() {
    return "http://127.0.0.1:" + gateway.port();
  }

  static WebDriverWait waiting() {
    return new WebDriverWait(browser, Duration.ofSeconds(15));
  }

  static {
    // axe-core runs asynchronously in the page.
  }

  static void scriptTimeout() {
    browser.manage().timeouts().scriptTimeout(Duration.ofSeconds(60));
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

    photosAreRedrawnAndSentWithTheReport();

    String transcript = WebChatFlowTestSupport.drive(MobileChatPageBrowserTest::say, "河北省保定市清苑区某村北",
        java.util.Map.of("问题发生在哪里", "河北省保定市清苑区某村北", "愿意留下姓名", "匿名反映",
            "是谁造成的", "村北的砖厂", "怎样处理", "请派人来查，让砖厂停止冒黑烟"),
        summary -> {
          assertThat(summary).contains("问题发生地：河北省保定市清苑区某村北").contains("反映方式：匿名反映");
          theSummaryIsACardAndCancelAsksOnce();
        });
    Matcher n = WebChatFlowTestSupport.CASE.matcher(transcript);
    Matcher c = WebChatFlowTestSupport.CODE.matcher(transcript);
    assertThat(n.find() && c.find()).as(transcript).isTrue();
    // The anonymous receipt promises no notice it cannot give; it says how to check instead.
    assertThat(transcript).contains("匿名反映无法收到告知").doesNotContain("前告知您（第十七条）");

    // The emergency numbers and the hotline in the bot's words are tel: links.
    assertThat(browser.findElements(By.cssSelector("#messages .msg.out .bubble a.tel[href='tel:12369']"))).isNotEmpty();
    assertNoAxeViolations("the receipt card");
    // The photos went with the case: the receipt says so, staff see them without their metadata, capped in pixels.
    assertThat(browser.findElement(By.cssSelector(".receipt .rphotos")).getText()).contains("照片 1 张");
    assertThat(browser.findElement(By.id("tray")).isDisplayed()).isFalse();
    io.vertx.core.json.JsonArray listed = staff.get("/cases/" + n.group(1) + "/photos").bodyAsJsonObject()
        .getJsonArray("photos");
    assertThat(listed).hasSize(1);
    JsonObjectCheck.strippedAndCapped(staff.get(listed.getJsonObject(0).getString("href")
        .substring("/api/v1/staff".length())).body().getBytes());
    receiptCardKeepsTheCodeOnThisDeviceUntilSaved(n.group(1), c.group(1));

    browser.get(base() + "/status.html?case=" + n.group(1));
    assertThat(browser.findElement(By.id("caseNumber")).getAttribute("value")).isEqualTo(n.group(1));
    browser.findElement(By.id("code")).clear();
    browser.findElement(By.id("code")).sendKeys(c.group(1).toLowerCase());
    browser.findElement(By.id("query")).click();
    waiting().until(d -> d.findElement(By.id("result")).getText().contains("已登记"));
    assertThat(browser.findElement(By.id("result")).getText()).contains("照片 1 张");
    assertThat(browser.findElement(By.id("result")).getText()).contains(n.group(1)).contains("测试市生态环境局");
    aPhotoIsAddedAfterTheReceipt(n.group(1));

    browser.findElement(By.id("code")).clear();
    browser.findElement(By.id("code")).sendKeys("ABCDEFGH");
    browser.findElement(By.id("query")).click();
    waiting().until(d -> d.findElement(By.id("result")).getText().contains("查询码不正确"));
    assertNoAxeViolations("the status page");
  }

  /**
   * Issue 13 §11: the operator (deployment.departmentName) in the header, the privacy notice before any question
   * with the full text a tap away, the offline state as soon as the browser knows it, pending messages readable.
   */
  @Test
  void thePageSaysWhoRunsItWhatItKeepsAndWhenItIsOffline() {
    browser.get(base() + "/");
    ((JavascriptExecutor) browser).executeScript("localStorage.clear()");
    browser.navigate().refresh();
    waitForBot("请描述发生了什么");
    WebElement operator = waiting().until(d -> d.findElement(By.id("operator")));
    waiting().until(d -> operator.getText().equals("测试市生态环境局"));
    WebElement privacy = waiting().until(d -> d.findElement(By.cssSelector("#messages > .privacy:first-child")));
    assertThat(privacy.getText()).contains("个人信息说明").contains("第二十三、二十四条").contains("第四十二条")
        .contains("测试市生态环境局");
    // Before the first question: it comes first in the conversation.
    Boolean first = (Boolean) ((JavascriptExecutor) browser).executeScript(
        "var p = document.getElementById('privacy'), m = document.querySelector('#messages .msg');"
            + "return !!(p.compareDocumentPosition(m) & Node.DOCUMENT_POSITION_FOLLOWING);");
    assertThat(first).isTrue();
    assertNoAxeViolations("the chat page");

    // A message written while the phone is offline: the state shows at once, the message waits, readable.
    org.openqa.selenium.chromium.ChromiumNetworkConditions off = new org.openqa.selenium.chromium.ChromiumNetworkConditions();
    off.setOffline(true);
    ChromeDriver chrome = (ChromeDriver) browser;
    chrome.setNetworkConditions(off);
    try {
      waiting().until(d -> "offline".equals(d.findElement(By.id("status")).getAttribute("data-state")));
      assertThat(browser.findElement(By.id("offline")).isDisplayed()).isTrue();
      assertThat(browser.findElement(By.id("offline")).getText()).contains("联网后自动发送");
    } finally {
      chrome.deleteNetworkConditions();
    }
    waiting().until(d -> !"offline".equals(d.findElement(By.id("status")).getAttribute("data-state")));
    assertThat(browser.findElement(By.id("offline")).isDisplayed()).isFalse();
    ((JavascriptExecutor) browser).executeScript(
        "var d = document.createElement('div'); d.className = 'msg in pending'; d.id = 'probe';"
            + "d.innerHTML = '<div class=\"bubble\">测试</div><div class=\"meta\"><span class=\"state\">发送中…</span></div>';"
            + "document.getElementById('messages').appendChild(d);");
    assertThat(contrast("#probe .bubble")).isGreaterThanOrEqualTo(4.5);
    assertThat(contrast("#probe .meta")).isGreaterThanOrEqualTo(4.5);
    assertNoAxeViolations("a pending message");
    ((JavascriptExecutor) browser).executeScript("document.getElementById('probe').remove()");

    // The full privacy text, from the catalogue.
    browser.findElement(By.cssSelector("#privacy a")).click();
    waiting().until(d -> d.findElement(By.id("text")).getText().contains("第四十二条"));
    assertThat(browser.findElement(By.id("text")).getText()).contains("运营方：测试市生态环境局").contains("12369");
    assertNoAxeViolations("the privacy page");
  }

  /**
   * Issue 13 §12: a 3000×2000 camera JPEG with GPS chosen on the page is redrawn as a JPEG under the pixel cap and
   * uploaded; a file that is not a photo is refused on the page; the tray counts what will go with the report and
   * survives a reload (the server keeps the photos with the conversation).
   */
  static void photosAreRedrawnAndSentWithTheReport() {
    try {
      java.nio.file.Path dir = java.nio.file.Files.createTempDirectory("photos");
      java.nio.file.Path camera = java.nio.file.Files.write(dir.resolve("IMG_0001.jpg"),
          org.ecopetition.gateway.support.TestPhotos.jpegWithGps(3000, 2000));
      java.nio.file.Path text = java.nio.file.Files.writeString(dir.resolve("notes.txt"), "not a photo");
      browser.findElement(By.id("photo")).sendKeys(text.toString());
      waiting().until(d -> d.findElement(By.id("messages")).getText().contains("只能添加 JPEG、PNG、HEIC 或 WebP 照片"));
      browser.findElement(By.id("photo")).sendKeys(camera.toString());
      waiting().until(d -> d.findElement(By.id("tray")).getText().contains("照片 1 张，将随反映一并提交"));
      assertThat(browser.findElements(By.cssSelector("#tray .shot.sent img"))).hasSize(1);
      browser.navigate().refresh();
      waiting().until(d -> d.findElement(By.id("tray")).getText().contains("照片 1 张"));
      waitForBot("问题发生在哪里");
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  /**
   * Issue 13 §12 after the receipt: on the status page, with the case found by its number and code, a camera JPEG
   * with GPS is redrawn under the pixel cap and added to the case; the card then says 照片 2 张, and staff see it
   * without its metadata.
   */
  static void aPhotoIsAddedAfterTheReceipt(String caseNumber) {
    try {
      java.nio.file.Path dir = java.nio.file.Files.createTempDirectory("later");
      java.nio.file.Path camera = java.nio.file.Files.write(dir.resolve("IMG_0002.jpg"),
          org.ecopetition.gateway.support.TestPhotos.jpegWithGps(3000, 2000));
      assertThat(browser.findElement(By.id("result")).getText()).contains("还可以补充 5 张照片");
      browser.findElement(By.id("addPhoto")).sendKeys(camera.toString());
      waiting().until(d -> d.findElement(By.id("result")).getText().contains("照片已补充到本案件"));
      assertThat(browser.findElement(By.id("result")).getText()).contains("照片 2 张").contains("还可以补充 4 张照片");
      assertNoAxeViolations("the status page with the photo box");
      io.vertx.core.json.JsonArray listed = staff.get("/cases/" + caseNumber + "/photos").bodyAsJsonObject()
          .getJsonArray("photos");
      assertThat(listed).hasSize(2);
      JsonObjectCheck.strippedAndCapped(staff.get(listed.getJsonObject(1).getString("href")
          .substring("/api/v1/staff".length())).body().getBytes());
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  /** The stored photo: no GPS, no EXIF, and at most 2048 px a side and 4 MP. */
  static final class JsonObjectCheck {
    static void strippedAndCapped(byte[] stored) {
      try {
        com.drew.metadata.Metadata m = com.drew.imaging.ImageMetadataReader.readMetadata(
            new java.io.ByteArrayInputStream(stored));
        assertThat(m.getFirstDirectoryOfType(com.drew.metadata.exif.GpsDirectory.class)).isNull();
        assertThat(m.getFirstDirectoryOfType(com.drew.metadata.exif.ExifIFD0Directory.class)).isNull();
        java.awt.image.BufferedImage img = javax.imageio.ImageIO.read(new java.io.ByteArrayInputStream(stored));
        assertThat(Math.max(img.getWidth(), img.getHeight())).isLessThanOrEqualTo(2048).isGreaterThan(1000);
        assertThat((long) img.getWidth() * img.getHeight()).isLessThanOrEqualTo(4_000_000L);
      } catch (Exception e) {
        throw new AssertionError(e);
      }
    }
  }

  /** The summary is a card with 确认提交 as the primary button; 取消 asks once and 返回核对 shows it again. */
  static void theSummaryIsACardAndCancelAsksOnce() {
    WebElement card = waiting().until(d -> {
      List<WebElement> s = d.findElements(By.cssSelector("#messages .msg.out.summary"));
      return s.isEmpty() ? null : s.get(s.size() - 1);
    });
    assertThat(card.findElement(By.cssSelector("button.quick.primary-q")).getText()).isEqualTo("确认提交");
    assertNoAxeViolations("the summary card");
    card.findElement(By.cssSelector("button.quick.cancel-q")).click();
    waitForBot("确定要取消吗");
    int cards = browser.findElements(By.cssSelector("#messages .msg.out.summary")).size();
    tap("返回核对");
    waiting().until(d -> d.findElements(By.cssSelector("#messages .msg.out.summary")).size() == cards + 1);
    assertThat(lastBotText()).contains("请核对").doesNotContain("已取消");
  }

  /** The WCAG contrast ratio of an element's text against its background. */
  static double contrast(String selector) {
    Number r = (Number) ((JavascriptExecutor) browser).executeScript(
        "function rgb(s){var m=s.match(/[\\d.]+/g);return [+m[0],+m[1],+m[2]];}"
            + "function lum(c){var a=c.map(function(v){v/=255;return v<=0.03928?v/12.92:Math.pow((v+0.055)/1.055,2.4);});"
            + "return 0.2126*a[0]+0.7152*a[1]+0.0722*a[2];}"
            + "var e=document.querySelector(arguments[0]),cs=getComputedStyle(e),bg=null,x=e;"
            + "while(x){var b=getComputedStyle(x).backgroundColor;if(b&&b!=='transparent'&&!/,\\s*0\\)$/.test(b)){bg=b;break;}x=x.parentElement;}"
            + "if(+cs.opacity<1)return 0;"
            + "var l1=lum(rgb(cs.color)),l2=lum(rgb(bg||'rgb(255,255,255)'));"
            + "return (Math.max(l1,l2)+0.05)/(Math.min(l1,l2)+0.05);", selector);
    return r.doubleValue();
  }

  /** axe-core (vendored as a test resource, never served) finds no violation on the page as it is now. */
  static void assertNoAxeViolations(String what) {
    JavascriptExecutor js = (JavascriptExecutor) browser;
    if (!Boolean.TRUE.equals(js.executeScript("return !!window.axe"))) {
      try (var in = MobileChatPageBrowserTest.class.getResourceAsStream("/axe/axe.min.js")) {
        js.executeScript(new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8));
      } catch (java.io.IOException e) {
        throw new java.io.UncheckedIOException(e);
      }
    }
    Object out = js.executeAsyncScript(
        "var done = arguments[arguments.length - 1];"
            + "axe.run(document, {resultTypes: ['violations']}).then(function (r) {"
            + "  done(JSON.stringify(r.violations.map(function (v) { return {id: v.id, impact: v.impact,"
            + "    nodes: v.nodes.map(function (n) { return n.target.join(' ') + ': ' + n.failureSummary; })}; })));"
            + "}, function (e) { done('error: ' + e); });");
    assertThat(String.valueOf(out)).as("axe-core violations on " + what).isEqualTo("[]");
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
