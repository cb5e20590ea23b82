package org.ecopetition.gateway.workspace;

import static org.assertj.core.api.Assertions.assertThat;

import io.vertx.core.Vertx;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.client.HttpResponse;
import io.vertx.ext.web.client.WebClient;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.ecopetition.gateway.Gateway;
import org.ecopetition.gateway.support.Axe;
import org.ecopetition.gateway.support.Chromium;
import org.ecopetition.gateway.support.StaffClient;
import org.ecopetition.gateway.support.TestGateway;
import org.ecopetition.gateway.support.TestPostgres;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The staff console end to end in a real browser (Debian's Chromium), against TWO gateway instances sharing one
 * PostgreSQL: the petitioner's phone page on one, the console on the other. The petitioner asks for a person; the
 * alert (with its sound and the page title) and the queue entry appear live on the console; the member of staff
 * signs in, takes over, messages cross both ways while the bot stays silent, hands back, and the bot asks its next
 * question. Then a clerk registers a letter from pasted text (the extractor fills the form, the clerk corrects and
 * confirms) and performs an act the procedure allows, pre-filled from the routing proposal. Screenshots are kept
 * under {@code target/console-e2e/}.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class StaffConsoleBrowserTest {
  static final String ADMIN = "token-of-the-console-admin-0123456789";
  static final String PASSWORD = "Qinhuai-river-2026!";
  static final Path SHOTS = Path.of("target", "console-e2e");

  static Vertx vertx;
  static WebClient http;
  static String db;
  static Gateway petitionerSide;
  static Gateway consoleSide;
  static WebDriver phone;
  static WebDriver desk;
  static String login;
  static String oneTimePassword;

  @BeforeAll
  static void start() throws Exception {
    // The two browsers start while the gateways do (separate processes; the slowest part of the setup).
    java.util.concurrent.CompletableFuture<WebDriver> phoneStarted = java.util.concurrent.CompletableFuture
        .supplyAsync(() -> Chromium.phone());
    java.util.concurrent.CompletableFuture<WebDriver> deskStarted = java.util.concurrent.CompletableFuture
        .supplyAsync(() -> Chromium.start("--window-size=1366,900", "--autoplay-policy=no-user-gesture-required"));

    db = TestPostgres.freshDatabaseUrl();
    String key = TestGateway.newKey();
    Map<String, String> env = TestGateway.env(db, key);
    StaffClient.configure(env);
    env.put("GATEWAY_STAFF_TOKENS", env.get("GATEWAY_STAFF_TOKENS") + "," + StaffClient.tokenEntry("root", ADMIN,
        "admin", ""));
    petitionerSide = TestGateway.start(new HashMap<>(env));
    consoleSide = TestGateway.start(new HashMap<>(env));
    vertx = Vertx.vertx();
    http = WebClient.create(vertx);
    login = "zhou.min";
    HttpResponse<io.vertx.core.buffer.Buffer> added = http.post(consoleSide.port(), "127.0.0.1", "/api/v1/staff/users")
        .putHeader("Authorization", "Bearer " + ADMIN).sendJsonObject(new JsonObject().put("login", login)
            .put("name", "周敏").put("role", "handler").put("department", "")).await();
    assertThat(added.statusCode()).as(added.bodyAsString()).isEqualTo(201);
    oneTimePassword = added.bodyAsJsonObject().getString("oneTimePassword");
    Files.createDirectories(SHOTS);
    phone = phoneStarted.join();
    desk = deskStarted.join();
  }

  @AfterAll
  static void stop() {
    for (WebDriver d : new WebDriver[] {phone, desk}) {
      if (d != null) {
        d.quit();
      }
    }
    if (petitionerSide != null) {
      petitionerSide.close();
    }
    if (consoleSide != null) {
      consoleSide.close();
    }
    if (vertx != null) {
      vertx.close().await();
    }
  }

  /** A bounded wait that tries again when the console redrew the element meanwhile (a loaded machine). */
  static WebDriverWait waiting(WebDriver d) {
    WebDriverWait w = new WebDriverWait(d, Duration.ofSeconds(20));
    w.ignoring(org.openqa.selenium.StaleElementReferenceException.class);
    return w;
  }

  /** Clicks the button of that row with that label once it is there, again if the row was redrawn meanwhile. */
  static void clickButton(WebDriver d, String row, String label) {
    waiting(d).until(x -> {
      x.findElements(By.cssSelector(row + " button")).stream().filter(b -> b.getText().equals(label)).findFirst()
          .orElseThrow(() -> new org.openqa.selenium.NoSuchElementException(label)).click();
      return true;
    });
  }

  static void shot(WebDriver d, String name) throws Exception {
    Files.write(SHOTS.resolve(name + ".png"), ((TakesScreenshot) d).getScreenshotAs(OutputType.BYTES));
  }

  static List<WebElement> phoneOut() {
    return phone.findElements(By.cssSelector("#messages .msg.out"));
  }

  static String phoneLast() {
    List<WebElement> out = phoneOut();
    return out.isEmpty() ? "" : out.get(out.size() - 1).getText();
  }

  static void phoneSays(String text) {
    int before = phoneOut().size();
    WebElement input = phone.findElement(By.id("input"));
    input.clear();
    input.sendKeys(text);
    phone.findElement(By.id("send")).click();
    waiting(phone).until(d -> d.findElement(By.id("messages")).getText().contains(text));
    assertThat(before).isGreaterThanOrEqualTo(0);
  }

  static Object js(WebDriver d, String script) {
    return ((JavascriptExecutor) d).executeScript(script);
  }

  @SuppressWarnings("unchecked")
  static List<String> texts(String selector) {
    return (List<String>) ((JavascriptExecutor) desk).executeScript("return Array.prototype.map.call("
        + "document.querySelectorAll(arguments[0]), function (e) { return e.textContent; });", selector);
  }

  static WebElement byId(String id) {
    return desk.findElement(By.id(id));
  }

  @Test
  @Order(1)
  void aPetitionerAsksForAPersonAndIsAnsweredFromTheOtherInstance() throws Exception {
    // The member of staff signs in on the console's instance, changing the one-time password first.
    desk.get("http://127.0.0.1:" + consoleSide.port() + "/console/");
    waiting(desk).until(d -> byId("login").isDisplayed());
    byId("loginName").sendKeys(login);
    byId("loginPassword").sendKeys(oneTimePassword, Keys.ENTER);
    waiting(desk).until(d -> byId("password").isDisplayed());
    byId("currentPassword").sendKeys(oneTimePassword);
    byId("newPassword").sendKeys(PASSWORD, Keys.ENTER);
    waiting(desk).until(d -> byId("app").isDisplayed() && byId("view-queue").isDisplayed());
    waiting(desk).until(d -> "on".equals(byId("live").getAttribute("data-state")));
    assertThat(byId("me").getText()).contains("周敏");
    assertThat((Long) js(desk, "return document.documentElement.scrollWidth")).isLessThanOrEqualTo(1366L);
    String title = desk.getTitle();
    assertThat(title).doesNotContain("警报");

    // The petitioner, on the other instance, reports and asks for a person.
    phone.get("http://127.0.0.1:" + petitionerSide.port() + "/");
    js(phone, "localStorage.clear()");
    phone.navigate().refresh();
    waiting(phone).until(d -> phoneLast().contains("请描述发生了什么"));
    int n = phoneOut().size();
    phoneSays("工厂每天晚上排放刺鼻的废气，熏得人头疼");
    waiting(phone).until(d -> phoneOut().size() > n);
    phoneSays("人工");
    waiting(phone).until(d -> phone.findElement(By.id("messages")).getText().contains("转接人工服务"));

    // Live on the console: the alert (title changed, a sound played) and the queue entry, without a reload.
    waiting(desk).until(d -> byId("alerts").isDisplayed() && byId("alerts").getText().contains("要求人工"));
    waiting(desk).until(d -> d.getTitle().matches("【\\d+条警报】.*"));
    waiting(desk).until(d -> d.findElements(By.cssSelector("#queueTable tbody tr")).stream()
        .anyMatch(r -> r.getText().contains("要求人工") && r.getText().contains("人工")));
    assertThat(desk.findElement(By.tagName("body")).getAttribute("data-beeped")).isNotNull();
    shot(desk, "1-alert-and-queue");
    shot(phone, "1-petitioner-waiting");

    // Keyboard: the row takes focus and Enter opens the conversation.
    WebElement row = desk.findElements(By.cssSelector("#queueTable tbody tr")).stream()
        .filter(r -> r.getText().contains("要求人工")).findFirst().orElseThrow();
    row.sendKeys(Keys.ENTER);
    waiting(desk).until(d -> byId("conversation").isDisplayed() && byId("transcript").getText().contains("刺鼻的废气"));
    byId("claim").click();
    waiting(desk).until(d -> ("staff:" + login).equals(byId("conversation").getAttribute("data-owner")));
    waiting(phone).until(d -> phoneLast().contains("已接入"));

    // Staff -> petitioner, across the instances.
    byId("sayText").sendKeys("您好，请问是哪家工厂？");
    byId("say").click();
    waiting(phone).until(d -> phoneLast().contains("请问是哪家工厂"));
    // Petitioner -> staff: shown live on the console; the bot says nothing.
    int beforeReply = phoneOut().size();
    phoneSays("是村东头的某某化工厂");
    waiting(desk).until(d -> byId("transcript").getText().contains("村东头的某某化工厂"));
    // A note stays with staff.
    byId("noteText").sendKeys("疑似化工厂，需核实");
    byId("note").click();
    waiting(desk).until(d -> byId("convLog").getText().contains("疑似化工厂"));
    assertThat(phone.findElement(By.id("messages")).getText()).doesNotContain("疑似化工厂");
    // A canned reply, chosen from the keyboard, edited and sent.
    new org.openqa.selenium.support.ui.Select(byId("canned")).selectByIndex(2);
    assertThat(byId("sayText").getAttribute("value")).isNotBlank();
    String canned = byId("sayText").getAttribute("value");
    byId("sayText").sendKeys(Keys.CONTROL, Keys.ENTER);
    waiting(phone).until(d -> phoneLast().contains(canned.substring(0, 8)));
    // The bot stayed silent while staff held the conversation: the one message out since the petitioner's answer
    // is the staff's (a bot reply to that answer would have reached the phone before it, on the same socket).
    assertThat(phoneOut()).as("the bot stays silent while staff hold the conversation").hasSize(beforeReply + 1);
    shot(desk, "2-taken-over");
    shot(phone, "2-petitioner-with-staff");

    // The alerts are acknowledged: gone from the console, the title as it was.
    waiting(desk).until(d -> {
      List<WebElement> acks = d.findElements(By.cssSelector("#alerts .alert button.ack"));
      if (!acks.isEmpty()) {
        try {
          acks.get(0).click();
        } catch (org.openqa.selenium.StaleElementReferenceException redrawn) {
          return false;
        }
      }
      return !byId("alerts").isDisplayed();
    });
    waiting(desk).until(d -> d.getTitle().equals(title));

    // Handed back: the petitioner is told, and the bot asks its next question.
    int beforeBack = phoneOut().size();
    byId("release").click();
    waiting(desk).until(d -> "bot".equals(byId("conversation").getAttribute("data-owner")));
    waiting(phone).until(d -> phoneOut().size() >= beforeBack + 2);
    List<WebElement> after = phoneOut().subList(beforeBack, phoneOut().size());
    assertThat(after.get(0).getText()).contains("工作人员已离开");
    String question = after.get(after.size() - 1).getText();
    assertThat(question).as("the bot's next question").containsAnyOf("？", "?", "吗");
    shot(phone, "3-bot-resumes");
    shot(desk, "3-handed-back");
  }

  @Test
  @Order(2)
  void aClerkRegistersALetterFromPastedTextAndActsOnIt() throws Exception {
    desk.get("http://127.0.0.1:" + consoleSide.port() + "/console/#register");
    waiting(desk).until(d -> byId("view-register").isDisplayed());
    byId("r-channel").sendKeys("来信");
    byId("pasteText").sendKeys("我叫李四，电话13987654321。南京市江宁区某某砖厂每天晚上排放黑烟，气味刺鼻，"
        + "已经一个多月了，请求环保部门尽快查处。");
    byId("extract").click();
    waiting(desk).until(d -> "13987654321".equals(byId("r-phone").getAttribute("value")));
    assertThat(byId("r-location").getAttribute("value")).contains("江宁");
    assertThat(byId("r-facts").getAttribute("value")).contains("排放黑烟");
    assertThat(TestPostgres.value(db, "SELECT count(*) FROM cases")).as("nothing saved before confirmation")
        .isEqualTo(0L);
    // The clerk corrects a field, sets the finer matter type and types how many are affected, then confirms.
    byId("r-name").clear();
    byId("r-name").sendKeys("李思");
    new org.openqa.selenium.support.ui.Select(byId("r-matter")).selectByValue("industrial_exhaust");
    byId("r-affected").clear();
    byId("r-affected").sendKeys("120");
    shot(desk, "4-registration-prefilled");
    byId("registerSubmit").click();
    waiting(desk).until(d -> byId("registered").getText().contains("已登记"));
    String number = desk.findElement(By.cssSelector("#registered a.caseLink")).getText();
    assertThat(number).startsWith("HB");
    assertThat(org.ecopetition.gateway.support.Sealed.caseText(db, consoleSide, number, "petitioner_name"))
        .isEqualTo("李思");
    // The matter type and the number the clerk typed are on the case, the number as a count of people.
    assertThat(TestPostgres.value(db, "SELECT matter || ' ' || affected || ' ' || affected_count FROM cases"
        + " WHERE case_number = '" + number + "'")).isEqualTo("industrial_exhaust 120 120");
    // A second letter: the count said in words stays as the words, and the form holds no earlier letter's matter.
    byId("pasteText").sendKeys("我们小区几百户居民被隔壁印染厂排放的废水臭味熏得不行，请求查处。");
    byId("extract").click();
    waiting(desk).until(d -> byId("r-facts").getAttribute("value").contains("印染厂"));
    assertThat(byId("r-matter").getAttribute("value")).isNotEqualTo("industrial_exhaust");
    assertThat(byId("r-affected").getAttribute("value")).isEqualTo("几百户");
    byId("registerSubmit").click();
    waiting(desk).until(d -> byId("registered").getText().contains("已登记")
        && !d.findElement(By.cssSelector("#registered a.caseLink")).getText().equals(number));
    String second = desk.findElement(By.cssSelector("#registered a.caseLink")).getText();
    assertThat(TestPostgres.value(db, "SELECT affected_text || ' ' || affected_unit || ' ' || coalesce(affected::text, '-')"
        + " FROM cases WHERE case_number = '" + second + "'")).isEqualTo("几百户 household -");

    // The case page: its deadlines, the proposal, and the acts allowed now with the refusals in place.
    desk.get("http://127.0.0.1:" + consoleSide.port() + "/console/#case/" + number);
    waiting(desk).until(d -> byId("view-case").isDisplayed() && byId("caseTitle").getText().contains(number));
    waiting(desk).until(d -> !d.findElements(By.cssSelector("#acts li[data-act]")).isEmpty());
    assertThat(byId("deadlines").getText()).contains("告知期限");
    assertThat(byId("proposal").getText()).isNotBlank();
    WebElement close = desk.findElement(By.cssSelector("#acts li[data-act='close']"));
    assertThat(close.findElement(By.tagName("button")).isEnabled()).isFalse();
    assertThat(close.findElement(By.cssSelector(".refusal")).getText()).contains("第");
    WebElement accept = desk.findElement(By.cssSelector("#acts li[data-act='accept'] button"));
    assertThat(accept.isEnabled()).isTrue();
    accept.click();
    waiting(desk).until(d -> byId("actForm").isDisplayed());
    WebElement reason = desk.findElement(By.cssSelector("#actFields textarea[name='reason']"));
    if (reason.getAttribute("value").isBlank()) {
      reason.sendKeys("属于本级职责");
    }
    shot(desk, "5-act-form");
    byId("actSubmit").click();
    waiting(desk).until(d -> byId("caseTitle").getText().contains("已受理"));
    waiting(desk).until(d -> byId("timeline").getText().contains("已受理"));
    assertThat(TestPostgres.value(db, "SELECT state FROM cases WHERE case_number = '" + number + "'"))
        .isEqualTo("accepted");
    // The acceptance notice is now among the documents, to open or print.
    waiting(desk).until(d -> byId("documents").getText().contains("受理告知书"));
    assertThat(desk.findElement(By.cssSelector("#documents a")).getAttribute("href"))
        .endsWith("/cases/" + number + "/documents/acceptance");
    shot(desk, "6-case-accepted");

    // The case list finds it by the phone number.
    desk.get("http://127.0.0.1:" + consoleSide.port() + "/console/#cases");
    waiting(desk).until(d -> byId("view-cases").isDisplayed());
    byId("f-q").sendKeys("13987654321", Keys.ENTER);
    waiting(desk).until(d -> d.findElements(By.cssSelector("#caseTable tbody tr[data-case]")).size() == 1
        && d.findElement(By.cssSelector("#caseTable tbody tr[data-case]")).getText().contains(number));
    shot(desk, "7-case-list");

    // The same letter again (sent twice): registered (Art 17 owes it), and the clerk is told at once that it repeats
    // the open case, with a link to it, not only on the case page later.
    desk.get("http://127.0.0.1:" + consoleSide.port() + "/console/#register");
    waiting(desk).until(d -> byId("view-register").isDisplayed());
    byId("pasteText").sendKeys("我叫李四，电话13987654321。南京市江宁区某某砖厂每天晚上排放黑烟，气味刺鼻，"
        + "已经一个多月了，请求环保部门尽快查处。");
    byId("extract").click();
    waiting(desk).until(d -> "13987654321".equals(byId("r-phone").getAttribute("value")));
    byId("registerSubmit").click();
    waiting(desk).until(d -> byId("registered").getText().contains("已登记")
        && !d.findElements(By.cssSelector("#registered a.duplicateOf")).isEmpty());
    assertThat(desk.findElement(By.cssSelector("#registered a.duplicateOf")).getText()).isEqualTo(number);
    assertThat(byId("registered").getText()).contains("重复信访");
    // Ready for the next letter: the paste box has the focus.
    assertThat(desk.switchTo().activeElement().getAttribute("id")).isEqualTo("pasteText");
    shot(desk, "7b-repeated-letter");
  }

  @Test
  @Order(3)
  void aHandlerConfirmsTheRedactedCopyBesideTheOriginalMaskingMore() throws Exception {
    StaffClient api = new StaffClient(vertx, consoleSide);
    String n = api.enter(new JsonObject().put("channel", "letter").put("category", "申诉求决")
        .put("facts", "我叫柏雪琴，电话13592846571。鑫达化工厂夜里排放刺鼻废气，我家孩子在实验小学读三年级，天天咳嗽。")
        .put("request", "请求查处鑫达化工厂").put("name", "柏雪琴").put("phone", "13592846571")
        .put("address", "河南省郑州市中牟县青年路8号").put("location", "河南省郑州市中牟县").put("polluter", "鑫达化工厂"));
    desk.get("http://127.0.0.1:" + consoleSide.port() + "/console/#case/" + n);
    waiting(desk).until(d -> byId("redactionBox").isDisplayed() && byId("redactionState").getText().contains("待确认"));
    // The copy beside the original: the placeholders marked in the copy, the spans they replaced in the original.
    // (Read in one script: the page may be drawn again by a live hint while it is read.)
    assertThat(texts("#redFacts mark")).contains("【姓名】", "【电话】");
    assertThat(texts("#origFacts mark")).contains("柏雪琴", "13592846571");
    assertThat(byId("redFacts").getText()).doesNotContain("柏雪琴").contains("实验小学");
    Axe.assertNoViolations(desk, "#view-case", "the case page with the redacted copy to confirm");
    shot(desk, "9-redaction-to-confirm");

    // A correction that puts the name back is refused, with the reason, and nothing is confirmed.
    WebElement facts = byId("rd-facts");
    facts.sendKeys(Keys.END, "柏雪琴");
    byId("redactionConfirm").click();
    waiting(desk).until(d -> byId("redactionError").getText().contains("仍含有"));
    assertThat(TestPostgres.value(db, "SELECT redaction_confirmed_at FROM cases WHERE case_number = '" + n + "'")).isNull();
    // The handler masks more: the school, which would point to the family, selected and masked as an address.
    facts.sendKeys(Keys.BACK_SPACE, Keys.BACK_SPACE, Keys.BACK_SPACE);
    js(desk, "var t = document.getElementById('rd-facts'); var i = t.value.indexOf('实验小学');"
        + "t.focus(); t.setSelectionRange(i, i + 4);");
    new org.openqa.selenium.support.ui.Select(byId("rd-mask")).selectByValue("【地址】");
    byId("rd-maskSelected").click();
    assertThat(facts.getAttribute("value")).contains("【地址】读三年级").doesNotContain("实验小学");
    byId("redactionConfirm").click();
    try {
      waiting(desk).until(d -> byId("redactionState").getText().startsWith("已由")
          || !byId("redactionError").getText().isEmpty());
    } catch (org.openqa.selenium.TimeoutException e) {
      shot(desk, "redaction-not-confirmed");
      throw new AssertionError("not confirmed: state " + byId("redactionState").getText() + ", error "
          + byId("redactionError").getText() + ", case error " + byId("caseError").getText() + ", signed out "
          + byId("login").isDisplayed() + ", button disabled " + js(desk,
          "return document.getElementById('redactionConfirm').disabled") + ", stored " + TestPostgres.value(db,
          "SELECT redaction_confirmed_by FROM cases WHERE case_number = '" + n + "'"), e);
    }
    assertThat(byId("redactionError").getText()).isEmpty();
    assertThat(byId("redactionState").getText()).matches("已由 " + login + " 于 .+ 确认。");
    assertThat(TestPostgres.value(db, "SELECT redaction_confirmed_by || ' ' || facts_redacted FROM cases "
        + "WHERE case_number = '" + n + "'")).asString().startsWith("staff:" + login + " ").contains("【地址】读三年级")
        .doesNotContain("柏雪琴");
    // The copy shown is the one confirmed, and the history says who confirmed it.
    waiting(desk).until(d -> byId("redFacts").getText().contains("【地址】读三年级"));
    waiting(desk).until(d -> byId("timeline").getText().contains("确认脱敏副本"));
    Axe.assertNoViolations(desk, "#view-case", "the case page with the redacted copy confirmed");
    shot(desk, "10-redaction-confirmed");
  }

  /**
   * A clerk puts right a mistyped date of receipt on the case page: the deadline shown moves, the timeline shows the
   * value before and after; once accepted, a fact correction is refused in place and the phone still corrected.
   */
  @Test
  @Order(3)
  void aClerkCorrectsTheDateReceivedAndThePhoneOnTheCasePage() throws Exception {
    StaffClient api = new StaffClient(vertx, consoleSide);
    String n = api.enter(new JsonObject().put("channel", "letter").put("category", "申诉求决")
        .put("facts", "河边的洗砂场把泥浆水排进小清河，河水浑浊发黄。").put("request", "请求责令整改")
        .put("name", "尤海燕").put("phone", "13622334455").put("location", "江苏省南京市江宁区").put("kind", "water")
        .put("receivedOn", org.ecopetition.gateway.support.TestClock.TODAY.toString()));
    desk.get("http://127.0.0.1:" + consoleSide.port() + "/console/#case/" + n);
    waiting(desk).until(d -> byId("view-case").isDisplayed() && byId("caseTitle").getText().contains(n)
        && byId("correctOpen").isDisplayed());
    String real = org.ecopetition.gateway.support.TestClock.TODAY.minusDays(6).toString();
    byId("correctOpen").click();
    waiting(desk).until(d -> byId("correctForm").isDisplayed());
    // Submitted without a reason: the server's 400 is shown in place, nothing changes.
    ((org.openqa.selenium.JavascriptExecutor) desk).executeScript(
        "document.getElementById('k-reason').removeAttribute('required');"
        + "document.getElementById('k-receivedOn').value = arguments[0];", real);
    byId("correctSubmit").click();
    waiting(desk).until(d -> byId("correctError").getText().contains("理由"));
    assertThat(TestPostgres.value(db, "SELECT version FROM cases WHERE case_number = '" + n + "'")).isEqualTo(0L);
    byId("k-reason").sendKeys("以信封邮戳日期为准");
    byId("correctSubmit").click();
    waiting(desk).until(d -> byId("timeline").getText().contains("更正登记内容"));
    waiting(desk).until(d -> byId("caseFacts").getText().contains(real));
    assertThat(byId("timeline").getText()).contains("收到日期：" + org.ecopetition.gateway.support.TestClock.TODAY
        + " → " + real).contains("以信封邮戳日期为准");
    String due = String.valueOf(TestPostgres.value(db, "SELECT notice_due::text FROM cases WHERE case_number = '" + n + "'"));
    waiting(desk).until(d -> byId("deadlines").getText().contains(due));
    shot(desk, "5c-correction");
    // Accepted: the date is refused with its article; the phone is still corrected.
    long version = (Long) TestPostgres.value(db, "SELECT version FROM cases WHERE case_number = '" + n + "'");
    api.act(n, "accept", version, new JsonObject().put("reason", "属于本级职责"));
    desk.navigate().refresh();
    waiting(desk).until(d -> byId("caseTitle").getText().contains("已受理") && byId("correctOpen").isDisplayed());
    byId("correctOpen").click();
    byId("k-reason").sendKeys("登记有误");
    ((org.openqa.selenium.JavascriptExecutor) desk).executeScript(
        "document.getElementById('k-receivedOn').value = arguments[0];", real);
    byId("correctSubmit").click();
    waiting(desk).until(d -> byId("correctError").getText().contains("第十七条"));
    byId("k-receivedOn").clear();
    ((org.openqa.selenium.JavascriptExecutor) desk).executeScript("document.getElementById('k-receivedOn').value = '';");
    byId("k-phone").sendKeys("13622334456");
    byId("correctSubmit").click();
    waiting(desk).until(d -> byId("caseFacts").getText().contains("13622334456"));
    assertThat(byId("timeline").getText()).contains("电话：13622334455 → 13622334456");
  }

  @Test
  @Order(4)
  void theAccusedUnitIsConfirmedFromTheDirectoryAndOnlyThenTheTransferIsOffered() throws Exception {
    StaffClient api = new StaffClient(vertx, consoleSide);
    String n = api.enter(new JsonObject().put("channel", "letter").put("category", "检举控告")
        .put("facts", "南京市生态环境局执法人员收受企业好处，对偷排废水不予查处。").put("request", "请求查处相关人员")
        .put("name", "严守正").put("phone", "13900002323").put("accused", "南京市生态环境局执法人员")
        .put("location", "江苏省南京市江宁区"));
    desk.get("http://127.0.0.1:" + consoleSide.port() + "/console/#case/" + n);
    waiting(desk).until(d -> byId("accusedBox").isDisplayed() && byId("accusedState").getText().contains("待确认"));
    // The proposed unit, named from the directory; no transfer before a person confirms it (Art 23).
    assertThat(texts("#accusedUnits li[data-code='3201']")).singleElement().asString()
        .contains("南京市生态环境局", "3201");
    waiting(desk).until(d -> !d.findElements(By.cssSelector("#acts li[data-act='transfer']")).isEmpty());
    assertThat(js(desk, "return document.querySelector(\"#acts li[data-act='transfer'] button\").disabled"))
        .isEqualTo(true);
    assertThat(texts("#acts li[data-act='transfer'] .refusal")).singleElement().asString().contains("第二十三条");
    // The directory answers as the unit is typed.
    byId("accusedCode").sendKeys("江宁");
    waiting(desk).until(d -> !d.findElements(By.cssSelector("#accusedOptions option[value='320115']")).isEmpty());
    String jiangning = desk.findElement(By.cssSelector("#accusedOptions option[value='320115']"))
        .getAttribute("textContent").replaceAll("（.*）$", "");
    assertThat(jiangning).startsWith("南京市").contains("江宁");
    Axe.assertNoViolations(desk, "#view-case", "the case page with the accused unit to confirm");
    shot(desk, "11-accused-to-confirm");

    waiting(desk).until(d -> {
      d.findElement(By.cssSelector("#accusedUnits li[data-code='3201'] button")).click();
      return true;
    });
    waiting(desk).until(d -> byId("accusedState").getText().matches("已由 " + login + " 于 .+ 确认。"));
    assertThat(TestPostgres.value(db, "SELECT accused_confirmed_by FROM cases WHERE case_number = '" + n + "'"))
        .isEqualTo("staff:" + login);
    // A unit under it, named in full as the directory names it, is added to those that never see the matter.
    byId("accusedCode").clear();
    byId("accusedCode").sendKeys(jiangning, Keys.ENTER);
    waiting(desk).until(d -> !d.findElements(By.cssSelector("#accusedUnits li[data-code='320115']")).isEmpty());
    assertThat(TestPostgres.value(db, "SELECT array_to_string(accused_codes, ',') FROM cases WHERE case_number = '"
        + n + "'")).isEqualTo("3201,320115");
    // Now the transfer is offered (to the level above the accused, never to it).
    waiting(desk).until(d -> d.findElement(By.cssSelector("#acts li[data-act='transfer'] button")).isEnabled());
    waiting(desk).until(d -> byId("timeline").getText().contains("确认被检举控告单位"));
    Axe.assertNoViolations(desk, "#view-case", "the case page with the accused unit confirmed");
    shot(desk, "12-accused-confirmed");
  }

  @Test
  @Order(5)
  void anAdministratorAddsReScopesAndDisablesAMemberOfStaff() throws Exception {
    HttpResponse<io.vertx.core.buffer.Buffer> added = http.post(consoleSide.port(), "127.0.0.1", "/api/v1/staff/users")
        .putHeader("Authorization", "Bearer " + ADMIN).sendJsonObject(new JsonObject().put("login", "wu.admin")
            .put("name", "吴管理").put("role", "admin").put("department", "")).await();
    String otp = added.bodyAsJsonObject().getString("oneTimePassword");
    desk.get("http://127.0.0.1:" + consoleSide.port() + "/console/");
    waiting(desk).until(d -> byId("app").isDisplayed());
    byId("logout").click();
    waiting(desk).until(d -> byId("login").isDisplayed());
    byId("loginName").sendKeys("wu.admin");
    byId("loginPassword").sendKeys(otp, Keys.ENTER);
    waiting(desk).until(d -> byId("password").isDisplayed());
    byId("currentPassword").sendKeys(otp);
    byId("newPassword").sendKeys(PASSWORD, Keys.ENTER);
    // An administrator's console opens on the staff screen; the queue is not theirs.
    waiting(desk).until(d -> byId("view-admin").isDisplayed());
    assertThat(desk.findElement(By.cssSelector("#nav a[data-view='queue']")).isDisplayed()).isFalse();
    byId("u-login").sendKeys("li.lei");
    byId("u-name").sendKeys("李雷");
    byId("u-department").sendKeys("32");
    byId("u-name").sendKeys(Keys.ENTER);
    waiting(desk).until(d -> byId("userResult").getText().contains("一次性密码"));
    waiting(desk).until(d -> !d.findElements(By.cssSelector("#userTable tr[data-user='li.lei']")).isEmpty());
    WebElement dept = desk.findElement(By.cssSelector("#userTable tr[data-user='li.lei'] input"));
    dept.clear();
    dept.sendKeys("3201");
    clickButton(desk, "#userTable tr[data-user='li.lei']", "调整部门");
    waiting(desk).until(d -> "3201".equals(TestPostgres.value(db,
        "SELECT department_code FROM staff_users WHERE login = 'li.lei'")));
    waiting(desk).until(d -> d.findElements(By.cssSelector("#userTable tr[data-user='li.lei'] button")).stream()
        .anyMatch(b -> b.getText().equals("停用")));
    clickButton(desk, "#userTable tr[data-user='li.lei']", "停用");
    waiting(desk).until(d -> Boolean.TRUE.equals(TestPostgres.value(db,
        "SELECT disabled FROM staff_users WHERE login = 'li.lei'")));
    waiting(desk).until(d -> d.findElement(By.cssSelector("#userTable tr[data-user='li.lei']")).getText().contains("已停用"));
    shot(desk, "8-staff-administration");
  }
  /**
   * A supervisor narrows the 超期 screen by a department code (that department and those below) and a clock, exports
   * what is shown as the API's CSV (a file saved by the browser), and a mistyped code shows the API's refusal beside
   * the field instead of an empty list (read as "nothing overdue").
   */
  @Test
  @Order(6)
  void aSupervisorFiltersTheOverdueListExportsItAndIsToldOfAMistypedCode() throws Exception {
    StaffClient api = new StaffClient(vertx, consoleSide);
    java.time.LocalDate today = org.ecopetition.gateway.support.TestClock.TODAY;
    // Sent to Zhejiang 85 days ago with its result report due in 10 days: overdue as "report" there.
    String zhejiang = api.enter(new JsonObject().put("channel", "letter").put("category", "申诉求决")
        .put("receivedOn", today.minusDays(90).toString()).put("facts", "印染厂夜里把污水排进河里，河水发黑发臭。")
        .put("request", "请求查处").put("name", "钱塘生").put("phone", "13900003434").put("location", "浙江省杭州市萧山区"));
    api.act(zhejiang, "transfer", 0, new JsonObject().put("on", today.minusDays(85).toString()).put("to", "33")
        .put("reportDays", 10).put("reason", "属地管理"));
    // Received 40 days ago in Nanjing and never answered: overdue as "notice" at home.
    String nanjing = api.enter(new JsonObject().put("channel", "letter").put("category", "申诉求决")
        .put("receivedOn", today.minusDays(40).toString()).put("facts", "搅拌站粉尘飘进小区，窗台一天一层灰。")
        .put("request", "请求整治").put("name", "秦淮安").put("phone", "13900004545").put("location", "江苏省南京市江宁区"));

    HttpResponse<io.vertx.core.buffer.Buffer> added = http.post(consoleSide.port(), "127.0.0.1", "/api/v1/staff/users")
        .putHeader("Authorization", "Bearer " + ADMIN).sendJsonObject(new JsonObject().put("login", "qian.du")
            .put("name", "钱督办").put("role", "supervisor").put("department", "")).await();
    assertThat(added.statusCode()).as(added.bodyAsString()).isEqualTo(201);
    String otp = added.bodyAsJsonObject().getString("oneTimePassword");
    desk.get("http://127.0.0.1:" + consoleSide.port() + "/console/");
    waiting(desk).until(d -> byId("app").isDisplayed() || byId("login").isDisplayed());
    if (byId("app").isDisplayed()) {
      byId("logout").click();
      waiting(desk).until(d -> byId("login").isDisplayed());
    }
    byId("loginName").sendKeys("qian.du");
    byId("loginPassword").sendKeys(otp, Keys.ENTER);
    waiting(desk).until(d -> byId("password").isDisplayed());
    byId("currentPassword").sendKeys(otp);
    byId("newPassword").sendKeys(PASSWORD, Keys.ENTER);
    waiting(desk).until(d -> byId("app").isDisplayed());
    desk.findElement(By.cssSelector("#nav a[data-view='overdue']")).click();
    waiting(desk).until(d -> byId("view-overdue").isDisplayed());
    waiting(desk).until(d -> texts("#overdueTable tbody tr[data-case] td:first-child").containsAll(List.of(zhejiang, nanjing)));

    // Zhejiang's department and those below, the result-report clock: the Nanjing case leaves the list.
    byId("o-department").sendKeys("33");
    new org.openqa.selenium.support.ui.Select(byId("o-clock")).selectByValue("report");
    desk.findElement(By.cssSelector("#overdueFilter button[type='submit']")).click();
    waiting(desk).until(d -> !texts("#overdueTable tbody tr[data-case] td:first-child").contains(nanjing));
    assertThat(texts("#overdueTable tbody tr[data-case] td:first-child")).contains(zhejiang).doesNotContain(nanjing);
    assertThat(texts("#overdueTable tbody tr[data-case='" + zhejiang + "'] td:nth-child(2)")).containsExactly("结果报告");
    Axe.assertNoViolations(desk, "#view-overdue", "the overdue screen filtered");
    shot(desk, "13-overdue-filtered");

    // 导出 CSV: the browser saves the API's CSV of what the filters show.
    Path downloads = SHOTS.resolve("downloads").toAbsolutePath();
    Files.createDirectories(downloads);
    Path file = downloads.resolve("overdue-" + today + ".csv");
    Files.deleteIfExists(file);
    ((org.openqa.selenium.chromium.ChromiumDriver) desk).executeCdpCommand("Browser.setDownloadBehavior",
        Map.of("behavior", "allow", "downloadPath", downloads.toString()));
    byId("overdueExport").click();
    waiting(desk).until(d -> Files.exists(file) && !Files.exists(Path.of(file + ".crdownload")));
    // Saved as the API sent it: UTF-8 with its BOM, so that Excel on a Chinese Windows does not read GBK.
    byte[] saved = Files.readAllBytes(file);
    assertThat(java.util.Arrays.copyOf(saved, 3)).isEqualTo(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
    List<String> lines = Files.readAllLines(file);
    assertThat(lines.get(0)).startsWith("\uFEFFcase_number,clock,due,state,department");
    assertThat(lines).anyMatch(l -> l.startsWith(zhejiang + ",report,")).noneMatch(l -> l.contains(nanjing));
    assertThat(byId("overdueError").getText()).isEmpty();

    // A mistyped code (the letter O for a zero) is refused in the API's words; no list is shown as if empty.
    byId("o-department").clear();
    byId("o-department").sendKeys("32O1", Keys.ENTER);
    waiting(desk).until(d -> byId("overdueError").getText().contains("部门代码为2、4或6位数字"));
    assertThat(texts("#overdueTable tbody tr")).isEmpty();
    assertThat(desk.switchTo().activeElement().getAttribute("id")).isEqualTo("o-department");
    shot(desk, "14-overdue-mistyped-code");
  }
}
