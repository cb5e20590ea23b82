package org.ecopetition.gateway.channel.wechat;

import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.RoutingContext;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.HexFormat;
import java.util.Optional;
import org.ecopetition.gateway.channel.messaging.ChannelTexts;
import org.ecopetition.gateway.config.GatewayConfig;
import org.ecopetition.gateway.http.ApiError;
import org.ecopetition.gateway.http.Requests;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The page that shows WeChat's subscribe popup (订阅通知 on a 服务号 web page): {@code /wechat/subscribe.html} carries the
 * open tag {@code wx-open-subscribe} with the notice template, the JS-SDK ({@code wechat.jsSdkUrl}, allowed by this
 * page's Content-Security-Policy only) and its script; {@code /wechat/jssdk-config?url=} answers the {@code wx.config}
 * parameters for a page address, signed over the shared jsapi_ticket. The choice itself is recorded from WeChat's
 * {@code subscribe_msg_popup_event}: nothing on the page is trusted for it.
 */
final class SubscribePage {
  private static final Logger LOG = LoggerFactory.getLogger(SubscribePage.class);
  private static final String[] KEYS = {"title", "intro", "button", "done", "refused", "failed", "outside", "privacy"};

  private final GatewayConfig.WeChat cfg;
  private final WeChatApi api;
  private final ChannelTexts texts;
  private final Clock clock;
  private final String template = resource("/channels/subscribe.html");
  private final String script = resource("/channels/subscribe.js");
  private final String csp;
  private final SecureRandom random = new SecureRandom();

  SubscribePage(GatewayConfig.WeChat cfg, WeChatApi api, ChannelTexts texts, Clock clock) {
    this.cfg = cfg;
    this.api = api;
    this.texts = texts;
    this.clock = clock;
    String sdk = JsSdk.origin(cfg.jsSdkUrl()).orElseThrow(() ->
        new IllegalArgumentException("wechat.jsSdkUrl must be an absolute address, not " + cfg.jsSdkUrl()));
    this.csp = "default-src 'self'; script-src 'self' " + sdk + "; style-src 'self'; img-src 'self' data:; "
        + "connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";
  }

  void page(RoutingContext ctx) {
    String lang = Requests.lang(ctx);
    String html = template.replace("{{htmlLang}}", "en".equals(lang) ? "en" : "zh-CN")
        .replace("{{templates}}", escape(cfg.noticeTemplateId() == null ? "" : cfg.noticeTemplateId()))
        .replace("{{sdk}}", escape(cfg.jsSdkUrl()));
    for (String k : KEYS) {
      html = html.replace("{{" + k + "}}", escape(texts.get("subscribe_" + k, lang)));
    }
    ctx.response().putHeader("Content-Type", "text/html; charset=utf-8").putHeader("Content-Security-Policy", csp)
        .putHeader("Cache-Control", "no-cache").end(html);
  }

  void script(RoutingContext ctx) {
    ctx.response().putHeader("Content-Type", "text/javascript; charset=utf-8").putHeader("Cache-Control", "no-cache")
        .end(script);
  }

  /** {@code GET /wechat/jssdk-config?url=}: appId, timestamp, nonceStr, signature for that page address. */
  void config(RoutingContext ctx) {
    Optional<String> page = JsSdk.page(ctx.request().getParam("url"));
    if (page.isEmpty()) {
      Requests.fail(ctx, ApiError.BAD_PAGE_URL, Requests.lang(ctx));
      return;
    }
    byte[] n = new byte[8];
    random.nextBytes(n);
    String nonce = HexFormat.of().formatHex(n);
    long timestamp = clock.instant().getEpochSecond();
    api.jsapiTicket().map(ticket -> new JsonObject().put("appId", cfg.appId()).put("timestamp", timestamp)
            .put("nonceStr", nonce).put("signature", JsSdk.signature(ticket, nonce, timestamp, page.get())))
        .onSuccess(o -> ctx.response().putHeader("Content-Type", "application/json; charset=utf-8")
            .putHeader("Cache-Control", "no-store").end(o.encode()))
        .onFailure(err -> {
          LOG.warn("jsapi_ticket not available: {}", err.getMessage());
          Requests.fail(ctx, ApiError.UNAVAILABLE, Requests.lang(ctx));
        });
  }

  private static String escape(String s) {
    StringBuilder b = new StringBuilder(s.length());
    for (char c : s.toCharArray()) {
      switch (c) {
        case '&' -> b.append("&amp;");
        case '<' -> b.append("&lt;");
        case '>' -> b.append("&gt;");
        case '"' -> b.append("&quot;");
        case '\'' -> b.append("&#39;");
        default -> b.append(c);
      }
    }
    return b.toString();
  }

  private static String resource(String name) {
    try (InputStream in = SubscribePage.class.getResourceAsStream(name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
