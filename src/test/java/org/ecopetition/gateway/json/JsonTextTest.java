package org.ecopetition.gateway.json;

import static org.assertj.core.api.Assertions.assertThat;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import org.ecopetition.gateway.dialog.ConversationState;
import org.ecopetition.gateway.dialog.DialogEngine;
import org.ecopetition.gateway.dialog.DialogLoader;
import org.ecopetition.gateway.dialog.Places;
import org.ecopetition.gateway.dialog.Turn;
import org.ecopetition.gateway.security.AtRest;
import org.ecopetition.gateway.support.TestClock;
import org.junit.jupiter.api.Test;

/** The streaming writer gives the text {@link JsonObject#encode()} gives, for what a chat turn encodes and more. */
class JsonTextTest {
  @Test
  void sameTextAsTheDatabindEncoderForFramesBodiesAndStates() {
    List<JsonObject> objects = new ArrayList<>();
    // A frame as the web chat sends it: a message with buttons, a receipt, an ack, an error.
    objects.add(new JsonObject().put("type", "message").put("id", 123456789012L).put("direction", "out")
        .put("author", "bot").put("at", "2026-12-07T06:00:00Z").put("text", "请问污染发生在哪里？\n例如：某区某街道")
        .put("buttons", new JsonArray().add(new JsonObject().put("label", "是").put("value", "是"))
            .add(new JsonObject().put("label", "No \"thanks\"").put("value", "no\\")))
        .put("receipt", new JsonObject().put("caseNumber", "HB2026120700001").put("queryCode", "ABCD2345")));
    objects.add(new JsonObject().put("type", "ack").put("clientMsgId", "c-1").put("id", 7).put("last", 9L));
    objects.add(new JsonObject().put("type", "error").put("code", "too_fast").put("retryAfter", 1).put("x", null)
        .put("ok", true).put("ratio", 0.85).put("small", 1.0E-7).put("big", 12345678901234.5).put("f", 1.5f));
    // Texts: control characters, quotes, backslashes, surrogate pairs, line separators, full-width forms.
    Random r = new Random(16);
    char[] odd = {'\u0000', '\u0001', '\b', '\t', '\n', '\f', '\r', '\u001f', '"', '\\', '/', '\u007f', '\u2028',
        '\u2029', '\ufeff', '\u00e9', '中', '，', 'Ａ', '\ud83d', '\ude00', 'a', ' '};
    for (int i = 0; i < 200; i++) {
      StringBuilder b = new StringBuilder();
      for (int k = r.nextInt(40); k > 0; k--) {
        b.append(odd[r.nextInt(odd.length)]);
      }
      objects.add(new JsonObject().put("text", b.toString()).put(b.toString(), i));
    }
    // Conversation states as a turn stores them: an intake walked through the shipped dialogs, masked as stored.
    DialogEngine engine = new DialogEngine(DialogLoader.load(Path.of("dialogs")), Map.of("department", "测试市生态环境局",
        "departmentEn", "Test Bureau", "hotline", "12369", "address", "", "receptionHours", "9-17", "receptionPlace",
        "1 Road", "channels", "web"), Places.of(t -> java.util.Optional.empty()), TestClock.CLOCK,
        java.time.Duration.ofMinutes(30));
    Turn t = engine.start("zh");
    for (String said : List.of("工厂晚上往河里排废水，水都黑了，身份证110101199003074512", "是", "江苏省南京市江宁区秣陵街道",
        "1", "上个月", "南京某某化工有限公司", "20", "请尽快查处", "实名反映", "王建国", "13812345678")) {
      t = engine.handle(t.state(), said);
      objects.add(new JsonObject(AtRest.stateAsStored(t.state().toMap())));
      objects.add(new JsonObject(t.state().toMap()));
    }
    // Nested plain maps and lists, as a state's map holds them (not wrapped in JsonObject / JsonArray).
    Map<String, Object> nested = new LinkedHashMap<>();
    nested.put("list", new ArrayList<>(Arrays.asList(1, 2L, "三", null, Map.of("k", List.of(true, false)))));
    nested.put("at", Instant.parse("2026-12-07T06:00:00.123Z"));
    objects.add(new JsonObject(nested));
    for (JsonObject o : objects) {
      assertThat(JsonText.of(o)).isEqualTo(o.encode());
    }
  }

  @Test
  void whatTheStreamingWriterDoesNotKnowIsLeftToTheDatabindEncoder() {
    record Point(int x, int y) {}
    JsonObject o = new JsonObject().put("id", UUID.fromString("00000000-0000-0000-0000-000000000016"))
        .put("p", new Point(1, 2));
    assertThat(JsonText.of(o)).isEqualTo(o.encode()).contains("00000000-0000-0000-0000-000000000016");
  }
}
