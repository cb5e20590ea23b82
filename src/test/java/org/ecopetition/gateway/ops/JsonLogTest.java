package org.ecopetition.gateway.ops;

import static org.assertj.core.api.Assertions.assertThat;

import io.vertx.core.Vertx;
import io.vertx.core.json.JsonObject;
import io.vertx.junit5.VertxExtension;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import org.ecopetition.gateway.Gateway;
import org.ecopetition.gateway.channel.webchat.WebChatFlowTestSupport;
import org.ecopetition.gateway.support.ChatClient;
import org.ecopetition.gateway.support.TestGateway;
import org.ecopetition.gateway.support.TestPostgres;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * {@code logging.format: json}: the console carries one JSON object per line, with the conversation's id in
 * the MDC where a line is about one, and none of what the petitioner typed or holds (the device token) (name, phone, address, polluter,
 * the report itself), through a whole named report, a hand-off to staff and a malformed frame.
 */
@ExtendWith(VertxExtension.class)
class JsonLogTest {

  @Test
  void jsonLinesCarryIdsAndNoPersonalData(Vertx vertx) throws Exception {
    PrintStream original = System.out;
    ByteArrayOutputStream captured = new ByteArrayOutputStream();
    String token;
    System.setOut(new PrintStream(captured, true, StandardCharsets.UTF_8));
    try {
      LogFormat.apply("json");
      try (Gateway g = TestGateway.start(TestGateway.env(TestPostgres.freshDatabaseUrl(), TestGateway.newKey()));
          ChatClient chat = ChatClient.connect(vertx, g.port())) {
        token = chat.hello(null, "zh").getString("token");
        chat.drain(300);
        assertThat(WebChatFlowTestSupport.report(chat)).contains("案件编号");
        chat.say("人工");
        chat.sendRaw("{broken");
        chat.next("error");
      }
    } finally {
      LogFormat.apply("text");
      System.setOut(original);
    }
    String out = captured.toString(StandardCharsets.UTF_8);
    List<String> lines = out.lines().filter(l -> !l.isBlank()).toList();
    assertThat(lines).isNotEmpty();
    boolean alertWithId = false;
    for (String line : lines) {
      JsonObject o = new JsonObject(line);
      assertThat(o.getString("level")).isNotBlank();
      assertThat(o.getString("loggerName")).isNotBlank();
      assertThat(o.containsKey("formattedMessage")).isTrue();
      if (o.getString("formattedMessage").startsWith("alert handoff")) {
        String id = o.getJsonObject("mdc").getString("conversation");
        assertThat(UUID.fromString(id).toString()).isEqualTo(id);
        assertThat(o.getString("formattedMessage")).contains(id);
        alertWithId = true;
      }
    }
    assertThat(alertWithId).as("the hand-off alert carries its conversation in the MDC:\n" + out).isTrue();
    assertThat(out).as("the device token").doesNotContain(token)
        .doesNotContain("王建国").doesNotContain("13812345678").doesNotContain("138-1234-5678")
        .doesNotContain("某小区3栋").doesNotContain("电镀厂").doesNotContain("黄色的废水");
  }
}
