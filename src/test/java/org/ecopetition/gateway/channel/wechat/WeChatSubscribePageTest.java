package org.ecopetition.gateway.channel.wechat;

import static org.assertj.core.api.Assertions.assertThat;

import io.vertx.core.Vertx;
import io.vertx.core.json.JsonObject;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import me.chanjar.weixin.common.util.crypto.SHA1;
import org.ecopetition.gateway.Gateway;
import org.ecopetition.gateway.channel.webchat.WebChatFlowTestSupport;
import org.ecopetition.gateway.support.Chromium;
import org.ecopetition.gateway.support.TestGateway;
import org.ecopetition.gateway.support.TestPostgres;
import org.ecopetition.gateway.support.WeChatClient;
import org.ecopetition.gateway.support.WeChatStub;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The page that shows WeChat's subscribe popup: {@code wx.config}'s signature checked with WxJava's own helper (the one
 * its {@code WxMpService.createJsapiSignature} signs with) over the jsapi_ticket the local WeChat server issued, fetched
 * once for many pages; bad page addresses refused in the petitioner's language; the page in Chromium with a local fake
 * JS-SDK (allowed by that page's Content-Security-Policy only) whose open tag fires WeChat's success event; and the
 * receipt on WeChat linking the page.
 */
class WeChatSubscribePageTest {
  private static final String TEMPLATE = "tplCaseNotice_0123456789abcdefABCDEF-xyz";
  private static final String PAGE = "https://petition.example.gov.cn/wechat/subscribe.html";
  private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
  private static Vertx vertx;
  private static WeChatStub wechat;
  private static Gateway gateway;

  @BeforeAll
  static void start() {
    vertx = Vertx.vertx();
    wechat = new WeChatStub(vertx);
    Map<String, String> env = WeChatChannelTest.env(TestPostgres.freshDatabaseUrl(), TestGateway.newKey(), wechat.base());
    env.put("GATEWAY_WECHAT_NOTICE_TEMPLATE_ID", TEMPLATE);
    env.put("GATEWAY_WECHAT_JS_SDK_URL", wechat.base() + "/open/js/fake-jweixin.js");
    env.put("GATEWAY_WECHAT_SUBSCRIBE_PAGE_URL", PAGE);
    gateway = TestGateway.start(env);
  }

  @AfterAll
  static void stop() {
    gateway.close();
    wechat.close();
    vertx.close().await();
  }

  private static String base() {
    return "http://127.0.0.1:" + gateway.port();
  }

  private static HttpResponse<String> get(String path) {
    try {
      return HTTP.send(HttpRequest.newBuilder(URI.create(base() + path)).timeout(Duration.ofSeconds(20)).GET().build(),
          HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  /** What WxJava's createJsapiSignature computes for these values. */
  private static String wxJava(String ticket, JsonObject c, String url) {
    return SHA1.genWithAmple("jsapi_ticket=" + ticket, "noncestr=" + c.getString("nonceStr"),
        "timestamp=" + c.getValue("timestamp"), "url=" + url);
  }

  private static String ticket() {
    assertThat(wechat.jsapiTickets).hasSize(1);
    return wechat.jsapiTickets.values().iterator().next();
  }

  @Test
  void wxConfigIsSignedOverTheSharedTicketWithoutTheFragmentAndBadAddressesAreRefused() {
    String page = PAGE + "?from=receipt&case=HB2026061500001";
    List<CompletableFuture<HttpResponse<String>>> many = new ArrayList<>();
    for (int i = 0; i < 12; i++) {
      String url = page + (i % 2 == 0 ? "#part" + i : "");
      many.add(CompletableFuture.supplyAsync(() -> get("/wechat/jssdk-config?url="
          + URLEncoder.encode(url, StandardCharsets.UTF_8))));
    }
    for (CompletableFuture<HttpResponse<String>> f : many) {
      HttpResponse<String> r = f.join();
      assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
      assertThat(r.headers().firstValue("Cache-Control")).hasValue("no-store");
      JsonObject c = new JsonObject(r.body());
      assertThat(c.getString("appId")).isEqualTo(WeChatClient.APP_ID);
      assertThat(c.getString("nonceStr")).matches("[0-9a-f]{16}");
      assertThat(c.getLong("timestamp")).isCloseTo(WeChatClient.epochSeconds(), org.assertj.core.data.Offset.offset(30L));
      // Signed over the address without its fragment, as WxJava signs it.
      assertThat(c.getString("signature")).isEqualTo(wxJava(ticket(), c, page));
    }
    assertThat(wechat.ticketCalls.get()).as("one ticket for every page while it is valid").isEqualTo(1);

    for (String bad : new String[] {"", "javascript:alert(1)", "/wechat/subscribe.html", "ftp://example.com/x",
        "https://user:pw@example.com/", "https://example.com/a b"}) {
      HttpResponse<String> r = get("/wechat/jssdk-config?url=" + URLEncoder.encode(bad, StandardCharsets.UTF_8));
      assertThat(r.statusCode()).as(bad).isEqualTo(400);
      assertThat(new JsonObject(r.body()).getJsonObject("error").getString("message")).contains("页面地址不正确");
    }
    HttpResponse<String> en = get("/wechat/jssdk-config?lang=en");
    assertThat(en.statusCode()).isEqualTo(400);
    assertThat(new JsonObject(en.body()).getJsonObject("error").getString("message")).contains("page address");
  }

  @Test
  void theJsSdkIsAllowedOnTheSubscribePageOnly() {
    HttpResponse<String> page = get("/wechat/subscribe.html");
    assertThat(page.statusCode()).isEqualTo(200);
    String csp = page.headers().firstValue("Content-Security-Policy").orElseThrow();
    assertThat(csp).contains("script-src 'self' " + wechat.base() + ";").doesNotContain("unsafe-inline");
    assertThat(page.body()).contains("template=\"" + TEMPLATE + "\"").contains("src=\"" + wechat.base()
        + "/open/js/fake-jweixin.js\"").contains("接收案件办理通知").contains("/privacy.html");
    assertThat(get("/wechat/subscribe.html?lang=en").body()).contains("Receive notices about your case");
    assertThat(get("/").headers().firstValue("Content-Security-Policy").orElseThrow()).doesNotContain(wechat.base());
  }

  @Test
  void thePageSignsItsOwnAddressAndShowsTheChoiceOfWeChatsPopup() {
    WebDriver browser = Chromium.start("--window-size=390,844");
    try {
      String page = base() + "/wechat/subscribe.html?from=receipt&lang=zh";
      browser.get(page + "#top");
      WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(20));
      wait.until(b -> ((JavascriptExecutor) b).executeScript("return window.__wxConfig ? true : false").equals(true));
      @SuppressWarnings("unchecked")
      Map<String, Object> cfg = (Map<String, Object>) ((JavascriptExecutor) browser).executeScript(
          "return window.__wxConfig");
      JsonObject c = new JsonObject(cfg);
      assertThat(c.getString("appId")).isEqualTo(WeChatClient.APP_ID);
      assertThat(c.getJsonArray("openTagList").getList()).containsExactly("wx-open-subscribe");
      assertThat(c.getString("signature")).as("signed over the page's address without its fragment")
          .isEqualTo(wxJava(ticket(), c, page));
      assertThat(browser.findElement(By.id("subscribe")).getAttribute("template")).isEqualTo(TEMPLATE);
      browser.findElement(By.id("fake-allow")).click();
      wait.until(b -> b.findElement(By.id("status")).getText().contains("已订阅"));
    } finally {
      browser.quit();
    }
  }

  @Test
  void aReceiptOnWeChatLinksTheSubscribePage() {
    String user = "oSub" + UUID.randomUUID().toString().replace("-", "").substring(0, 20);
    WeChatClient client = new WeChatClient(gateway.port(), true);
    String transcript = WebChatFlowTestSupport.drive(t -> {
      int before = wechat.textsTo(user).size();
      WeChatClient.Answer a = client.push(WeChatClient.text(user, t, WeChatClient.nextMsgId()));
      List<JsonObject> out = new ArrayList<>();
      if (a.content() != null) {
        out.add(new JsonObject().put("text", a.content()));
      }
      settle(user, before, a.content() == null);
      wechat.textsTo(user).stream().skip(before).forEach(x -> out.add(new JsonObject().put("text", x)));
      return out;
    }, WebChatFlowTestSupport.FIRST, s -> {});
    assertThat(WebChatFlowTestSupport.CASE.matcher(transcript).find()).isTrue();
    assertThat(transcript).contains("请打开此页面并点击“接收通知”：" + PAGE);
    assertThat(transcript.indexOf(PAGE)).as("only on the receipt").isEqualTo(transcript.lastIndexOf(PAGE));
  }

  private static void settle(String user, int before, boolean replyExpected) {
    long end = System.nanoTime() + 10_000_000_000L;
    while (replyExpected && wechat.textsTo(user).size() == before && System.nanoTime() < end) {
      sleep(50);
    }
    int last = -1;
    for (int i = 0; i < 40 && wechat.textsTo(user).size() != last; i++) {
      last = wechat.textsTo(user).size();
      sleep(200);
    }
  }

  private static void sleep(long ms) {
    try {
      Thread.sleep(ms);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
