package org.ecopetition.gateway.channel.wechat;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.vertx.core.Vertx;
import io.vertx.core.json.JsonObject;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.ecopetition.gateway.config.ConfigLoader;
import org.ecopetition.gateway.support.TestClock;
import org.ecopetition.gateway.support.WeChatStub;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The menu file of the repository is published as it is; a malformed one is refused before anything is sent. */
class WeChatMenuTest {

  @Test
  void theMenuFileIsPublishedWithItsCommandKeys(@TempDir Path dir) throws Exception {
    Vertx vertx = Vertx.vertx();
    try (WeChatStub stub = new WeChatStub(vertx)) {
      var cfg = ConfigLoader.load(null, Map.of("GATEWAY_WECHAT_TOKEN", "t", "GATEWAY_WECHAT_APP_ID", "wxapp",
          "GATEWAY_WECHAT_APP_SECRET", "s", "GATEWAY_WECHAT_API_BASE", stub.base(),
          "GATEWAY_WECHAT_MENU_FILE", "deploy/wechat-menu.json"));
      JsonObject answer = WeChatMenu.publish(cfg, TestClock.CLOCK);
      assertThat(answer.getInteger("errcode")).isZero();
      assertThat(stub.menus).hasSize(1);
      assertThat(stub.menus.get(0).getJsonArray("button").stream().map(b -> ((JsonObject) b).getString("key")))
          .containsExactly("我要反映", "进度查询", "人工服务");
      Path bad = dir.resolve("menu.json");
      Files.writeString(bad, "{\"button\":[{\"name\":\"a\",\"type\":\"click\"}]}");
      var badCfg = ConfigLoader.load(null, Map.of("GATEWAY_WECHAT_TOKEN", "t", "GATEWAY_WECHAT_APP_ID", "wxapp",
          "GATEWAY_WECHAT_APP_SECRET", "s", "GATEWAY_WECHAT_API_BASE", stub.base(),
          "GATEWAY_WECHAT_MENU_FILE", bad.toString()));
      assertThatThrownBy(() -> WeChatMenu.publish(badCfg, TestClock.CLOCK)).hasMessageContaining("needs a key");
      assertThat(stub.menus).hasSize(1);
    } finally {
      vertx.close().await();
    }
  }
}
