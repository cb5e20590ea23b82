package org.ecopetition.gateway.channel.wecom;

import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.json.JsonObject;
import java.time.Clock;
import org.ecopetition.gateway.config.GatewayConfig;
import org.ecopetition.gateway.inbound.TokenStore;

/**
 * Alerts to staff through the deployment's self-built WeCom app (应用消息, {@code message/send}): the duty
 * officer's phone rings with a danger-to-life or urgent matter outside the console. Citizens never write
 * here; they reach WeCom through 微信客服. The staff workspace decides who is on duty and calls this.
 */
public final class WeComAlerts {
  private final WeComApi api;
  private final String agentId;

  public WeComAlerts(Vertx vertx, GatewayConfig.WeCom cfg, TokenStore tokens, Clock clock) {
    this.api = new WeComApi(vertx, cfg.apiBase(), cfg.corpId(), cfg.agentSecret(), "app", tokens, clock);
    this.agentId = cfg.agentId();
  }

  /**
   * Sends a text to members of staff by their WeCom user ids ({@code a|b}); succeeds with WeCom's msgid
   * once accepted. The text is written for staff: ids and what to open, not the petitioner's data.
   */
  public Future<String> send(String userIds, String text) {
    JsonObject body = new JsonObject().put("touser", userIds).put("msgtype", "text")
        .put("agentid", Long.parseLong(agentId)).put("text", new JsonObject().put("content", text))
        .put("safe", 0).put("enable_duplicate_check", 1).put("duplicate_check_interval", 600);
    return api.post("/cgi-bin/message/send", body).map(b -> b.getString("msgid", ""));
  }
}
