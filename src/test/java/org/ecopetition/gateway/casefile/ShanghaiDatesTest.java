package org.ecopetition.gateway.casefile;

import static org.assertj.core.api.Assertions.assertThat;

import io.vertx.core.Vertx;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.client.WebClient;
import io.vertx.junit5.VertxExtension;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.regex.Matcher;
import org.ecopetition.gateway.Gateway;
import org.ecopetition.gateway.channel.webchat.WebChatFlowTestSupport;
import org.ecopetition.gateway.config.ConfigLoader;
import org.ecopetition.gateway.support.ChatClient;
import org.ecopetition.gateway.support.TestGateway;
import org.ecopetition.gateway.support.TestPostgres;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Dates are Beijing dates whatever the server's zone (the test JVM runs in America/Los_Angeles): a matter
 * received at 00:30 on 1 January in Beijing is numbered and counted from that day, and a deadline beyond
 * the official calendar is said to be an estimate.
 */
@ExtendWith(VertxExtension.class)
class ShanghaiDatesTest {

  @Test
  void aMatterReceivedJustAfterMidnightInBeijingIsDatedInBeijing(Vertx vertx) throws Exception {
    Clock clock = Clock.fixed(Instant.parse("2026-12-31T16:30:00Z"), ZoneId.of("America/Los_Angeles"));
    var env = TestGateway.env(TestPostgres.freshDatabaseUrl(), TestGateway.newKey());
    try (Gateway g = Gateway.start(ConfigLoader.load(null, env), clock);
        ChatClient chat = ChatClient.connect(vertx, g.port())) {
      chat.hello(null, "zh");
      chat.drain(300);
      String receipt = WebChatFlowTestSupport.report(chat);
      Matcher n = WebChatFlowTestSupport.CASE.matcher(receipt);
      Matcher c = WebChatFlowTestSupport.CODE.matcher(receipt);
      assertThat(n.find() && c.find()).isTrue();
      assertThat(n.group(1)).startsWith("HB20270101");
      // 2027-01-01 + 15 = 01-16, a Saturday: rolled to Monday 01-18, and beyond the 2026 calendar.
      assertThat(receipt).contains("2027年1月18日（预计）");
      JsonObject status = WebClient.create(vertx)
          .get(g.port(), "127.0.0.1", "/api/v1/cases/" + n.group(1) + "/status?code=" + c.group(1))
          .send().await().bodyAsJsonObject();
      assertThat(status.getString("receivedDate")).isEqualTo("2027-01-01");
      assertThat(status.getString("noticeDue")).isEqualTo("2027-01-18");
      assertThat(status.getBoolean("noticeDueEstimated")).isTrue();
    }
  }
}
