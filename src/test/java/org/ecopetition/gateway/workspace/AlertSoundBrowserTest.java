package org.ecopetition.gateway.workspace;

import static org.assertj.core.api.Assertions.assertThat;

import io.vertx.core.Vertx;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.client.HttpResponse;
import io.vertx.ext.web.client.WebClient;
import java.time.Duration;
import org.ecopetition.gateway.support.Chromium;
import org.ecopetition.gateway.support.HttpChat;
import org.ecopetition.gateway.support.StaffClient;
import org.ecopetition.gateway.support.StaffGateway;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The duty officer's console rings for a danger to life even when it was reopened with a remembered session: a
 * browser keeps a page's sound off until someone clicks or types on it (Chromium's default policy, not the
 * StaffConsoleBrowserTest's "no gesture required"), so the console says the sound is off at once, in the header and
 * in the alert band, and the first click turns it on and rings for the alerts still open.
 */
class AlertSoundBrowserTest {
  static final String ADMIN = "token-of-the-sound-admin-0123456789";
  static final String PASSWORD = "Xuanwu-lake-2026!";
  static Vertx vertx;
  static StaffGateway gw;
  static WebDriver desk;

  @BeforeAll
  static void start() {
    java.util.concurrent.CompletableFuture<WebDriver> started = java.util.concurrent.CompletableFuture
        .supplyAsync(() -> Chromium.start("--window-size=1366,900"));
    vertx = Vertx.vertx();
    gw = StaffGateway.start(vertx, null, env -> env.put("GATEWAY_STAFF_TOKENS", env.get("GATEWAY_STAFF_TOKENS") + ","
        + StaffClient.tokenEntry("root", ADMIN, "admin", "")));
    desk = started.join();
  }

  @AfterAll
  static void stop() {
    if (desk != null) {
      desk.quit();
    }
    gw.close();
    vertx.close().await();
  }

  static WebDriverWait waiting() {
    WebDriverWait w = new WebDriverWait(desk, Duration.ofSeconds(20));
    w.ignoring(org.openqa.selenium.StaleElementReferenceException.class);
    return w;
  }

  static String body(String attribute) {
    return desk.findElement(By.tagName("body")).getAttribute(attribute);
  }

  @Test
  void aConsoleReopenedWithoutAClickSaysItsSoundIsOffAndTheFirstClickRingsTheOpenAlert() throws Exception {
    WebClient http = WebClient.create(vertx);
    int port = gw.gateway().port();
    HttpResponse<io.vertx.core.buffer.Buffer> added = http.post(port, "127.0.0.1", "/api/v1/staff/users")
        .putHeader("Authorization", "Bearer " + ADMIN).sendJsonObject(new JsonObject().put("login", "duty.li")
            .put("name", "李值班").put("role", "handler").put("department", "")).await();
    assertThat(added.statusCode()).as(added.bodyAsString()).isEqualTo(201);
    String otp = added.bodyAsJsonObject().getString("oneTimePassword");
    String console = "http://127.0.0.1:" + port + "/console/";
    desk.get(console);
    waiting().until(d -> d.findElement(By.id("login")).isDisplayed());
    desk.findElement(By.id("loginName")).sendKeys("duty.li");
    desk.findElement(By.id("loginPassword")).sendKeys(otp, Keys.ENTER);
    waiting().until(d -> d.findElement(By.id("password")).isDisplayed());
    desk.findElement(By.id("currentPassword")).sendKeys(otp);
    desk.findElement(By.id("newPassword")).sendKeys(PASSWORD, Keys.ENTER);
    waiting().until(d -> d.findElement(By.id("app")).isDisplayed());

    // The next shift opens the console again: the session is remembered, nobody has clicked yet.
    desk.navigate().refresh();
    waiting().until(d -> d.findElement(By.id("app")).isDisplayed() && "off".equals(body("data-sound")));
    assertThat(desk.findElement(By.id("soundOff")).isDisplayed()).isTrue();
    assertThat(desk.findElement(By.id("soundOff")).getText()).contains("提示音未开启");

    // A danger to life comes in: the band and the title show it, and say it did not ring.
    HttpChat chat = new HttpChat(WebClient.create(vertx), port);
    assertThat(chat.text("化工厂储罐泄漏，邻居家老人晕倒了，快来人")).contains("120");
    waiting().until(d -> d.findElement(By.id("alerts")).isDisplayed()
        && d.findElement(By.id("alerts")).getText().contains("生命危险"));
    assertThat(desk.getTitle()).contains("条警报");
    assertThat(desk.findElement(By.id("alerts")).getText()).contains("提示音未开启");
    assertThat(body("data-beeped")).as("no sound was played, none is counted").isNull();

    // One click on the button: the sound is on, and the alert still open rings.
    desk.findElement(By.id("soundOff")).click();
    waiting().until(d -> "on".equals(body("data-sound")) && body("data-beeped") != null);
    assertThat(desk.findElement(By.id("soundOff")).isDisplayed()).isFalse();
    assertThat(((JavascriptExecutor) desk).executeScript("return document.querySelector('#alerts').textContent"))
        .asString().doesNotContain("提示音未开启");
  }
}
