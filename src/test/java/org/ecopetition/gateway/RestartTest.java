package org.ecopetition.gateway;

import org.ecopetition.gateway.support.Web;
import static org.assertj.core.api.Assertions.assertThat;

import io.vertx.core.Vertx;
import io.vertx.core.json.JsonObject;
import io.vertx.junit5.VertxExtension;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import org.ecopetition.gateway.channel.webchat.WebChatFlowTestSupport;
import org.ecopetition.gateway.support.ChatClient;
import org.ecopetition.gateway.support.TestGateway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * The default set-up, no database configured: the gateway starts its own PostgreSQL, and a second start on
 * the same folder keeps every conversation and case (and the query-code key beside them).
 */
@ExtendWith(VertxExtension.class)
class RestartTest {

  @Test
  void aRestartKeepsConversationsAndCases(Vertx vertx, @TempDir Path dir) throws Exception {
    Map<String, String> env = new HashMap<>();
    env.put("GATEWAY_HTTP_PORT", "0");
    env.put("GATEWAY_METRICS_PORT", "0");
    env.put("GATEWAY_HTTP_HOST", "127.0.0.1");
    env.put("GATEWAY_DATABASE_EMBEDDED_DATA_DIR", dir.resolve("pg").toString());

    String token;
    String caseNumber;
    String code;
    long lastId;
    try (Gateway first = TestGateway.start(env); ChatClient chat = ChatClient.connect(vertx, first.port())) {
      token = chat.hello(null, "zh").getString("token");
      chat.drain(300);
      String receipt = WebChatFlowTestSupport.report(chat);
      Matcher n = WebChatFlowTestSupport.CASE.matcher(receipt);
      Matcher c = WebChatFlowTestSupport.CODE.matcher(receipt);
      assertThat(n.find() && c.find()).isTrue();
      caseNumber = n.group(1);
      code = c.group(1);
      // Start a second report and leave it half-way.
      chat.say("新的反映");
      List<JsonObject> r = chat.say("饭店的油烟直接排进小区，窗户都不能开");
      lastId = r.get(r.size() - 1).getLong("id");
    }
    assertThat(Files.exists(dir.resolve("query-code.key"))).isTrue();
    // The embedded server's password, made once beside its data: the second start connects with the same one.
    assertThat(Files.getPosixFilePermissions(dir.resolve("pg.password")))
        .isEqualTo(java.nio.file.attribute.PosixFilePermissions.fromString("rw-------"));
    String password = Files.readString(dir.resolve("pg.password"));

    try (Gateway second = TestGateway.start(env); ChatClient chat = ChatClient.connect(vertx, second.port())) {
      assertThat(Files.readString(dir.resolve("pg.password"))).isEqualTo(password);
      JsonObject welcome = chat.hello(token, "zh");
      assertThat(welcome.getString("type")).isEqualTo("welcome");
      assertThat(welcome.getBoolean("resumed")).isTrue();
      // The messages of the history; the socket's "seen" frame (its horizon) follows them.
      List<JsonObject> history = chat.drain(300).stream().filter(m -> m.containsKey("id")).toList();
      assertThat(history).extracting(m -> m.getString("text")).anyMatch(t -> t.contains("饭店的油烟"));
      assertThat(history.get(history.size() - 1).getLong("id")).isEqualTo(lastId);
      // The half-way report goes on where it stopped: the place it did not say is asked.
      assertThat(history.get(history.size() - 1).getString("text")).contains("问题发生在哪里");
      assertThat(WebChatFlowTestSupport.texts(chat.say("江苏省南京市江宁区秣陵街道"))).doesNotContain("问题发生在哪里");

      JsonObject status = Web.once(vertx, c -> c
          .get(second.port(), "127.0.0.1", "/api/v1/cases/" + caseNumber + "/status?code=" + code)
          .send().await().bodyAsJsonObject());
      assertThat(status.getString("caseNumber")).isEqualTo(caseNumber);
      assertThat(status.getString("state")).isEqualTo("registered");
    }
  }
}
