package org.ecopetition.gateway.channel.wechat;

import io.vertx.core.Vertx;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import org.ecopetition.gateway.config.GatewayConfig;
import org.ecopetition.gateway.inbound.MemoryTokenStore;

/**
 * {@code java -jar petition-gateway.jar wechat-menu}: publishes the menu file ({@code wechat.menuFile}, WeChat's
 * own JSON: up to 3 buttons, each a {@code click} whose key is a command such as 我要反映, or a {@code view}
 * with a URL, or up to 5 {@code sub_button}s) to the Official Account.
 */
public final class WeChatMenu {
  private WeChatMenu() {}

  /** Checks and publishes; returns WeChat's answer. */
  public static JsonObject publish(GatewayConfig cfg, Clock clock) throws IOException {
    if (!cfg.wechat().enabled() || cfg.wechat().appSecret() == null || cfg.wechat().appSecret().isBlank()) {
      throw new IllegalArgumentException("set wechat.token, wechat.appId and wechat.appSecret first");
    }
    JsonObject menu = read(Path.of(cfg.wechat().menuFile()));
    Vertx vertx = Vertx.vertx();
    try {
      return new WeChatApi(vertx, cfg.wechat(), new MemoryTokenStore(), clock).createMenu(menu).await();
    } finally {
      vertx.close().await();
    }
  }

  /** The menu file, checked against WeChat's limits before anything is sent. */
  static JsonObject read(Path file) throws IOException {
    JsonObject menu;
    try {
      menu = new JsonObject(Files.readString(file, StandardCharsets.UTF_8));
    } catch (RuntimeException e) {
      throw new IllegalArgumentException(file + ": not a JSON object");
    }
    JsonArray buttons = menu.getJsonArray("button");
    if (buttons == null || buttons.isEmpty() || buttons.size() > 3) {
      throw new IllegalArgumentException(file + ": 'button' must hold 1 to 3 buttons");
    }
    for (Object o : buttons) {
      JsonObject b = (JsonObject) o;
      JsonArray sub = b.getJsonArray("sub_button");
      if (sub != null) {
        if (sub.size() > 5) {
          throw new IllegalArgumentException(file + ": at most 5 sub_buttons under '" + b.getString("name") + "'");
        }
        sub.forEach(s -> check(file, (JsonObject) s));
      } else {
        check(file, b);
      }
    }
    return menu;
  }

  private static void check(Path file, JsonObject b) {
    String name = b.getString("name");
    String type = b.getString("type");
    if (name == null || name.isBlank() || type == null) {
      throw new IllegalArgumentException(file + ": every button needs a name and a type");
    }
    if (type.equals("click") && (b.getString("key") == null || b.getString("key").getBytes(StandardCharsets.UTF_8).length > 128)) {
      throw new IllegalArgumentException(file + ": click button '" + name + "' needs a key of at most 128 bytes");
    }
    if (type.equals("view") && b.getString("url") == null) {
      throw new IllegalArgumentException(file + ": view button '" + name + "' needs a url");
    }
  }
}
