package org.ecopetition.gateway.bench;

import static org.assertj.core.api.Assertions.assertThat;

import io.vertx.core.Vertx;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.junit5.VertxExtension;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.ecopetition.gateway.Gateway;
import org.ecopetition.gateway.support.ChatClient;
import org.ecopetition.gateway.support.TestGateway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The benchmarks' petitioner walks the shipped dialogs over the real WebSocket: whole intakes from a free-text
 * report to the receipt, with a correction of the summary and button answers, then a status query of the new
 * case, without getting stuck. When a dialog changes so that it cannot, this fails (and bench/chat.sh would
 * measure nothing), instead of a benchmark silently measuring something else. Turns end at the ack's "last".
 */
@ExtendWith(VertxExtension.class)
class PetitionerWalkTest {

  @Test
  void walksIntakesToTheirReceiptsAndQueriesThem(Vertx vertx) {
    Map<Petitioner.Kind, Integer> kinds = new EnumMap<>(Petitioner.Kind.class);
    try (Gateway g = TestGateway.start(); ChatClient chat = ChatClient.connect(vertx, g.port())) {
      chat.send(new JsonObject().put("type", "hello").put("lang", "zh"));
      chat.next("welcome");
      List<Petitioner.Reply> replies = new ArrayList<>();
      Petitioner p = new Petitioner(42);
      for (int turn = 0; turn < 120 && p.statusAnswers() < 3; turn++) {
        Petitioner.Say say = p.next(replies);
        kinds.merge(say.kind(), 1, Integer::sum);
        replies = turn(chat, say.text());
        if (System.getenv("WALK_DEBUG") != null) {
          System.out.println(">> " + say + "\n<< " + replies.stream().map(r -> r.text().replace("\n", " / ") + " " + r.buttons().stream().map(Petitioner.Button::label).toList()).toList());
        }
      }
      assertThat(p.receipts()).hasSizeGreaterThanOrEqualTo(3);
      assertThat(p.statusAnswers()).isEqualTo(3);
      assertThat(p.stuck()).isZero();
      assertThat(kinds).containsKeys(Petitioner.Kind.REPORT, Petitioner.Kind.BUTTON, Petitioner.Kind.CORRECTION,
          Petitioner.Kind.CONFIRM, Petitioner.Kind.ANSWER, Petitioner.Kind.COMMAND);
    }
  }

  /** One message and the bot's replies to it, up to the message the ack names as the turn's last. */
  static List<Petitioner.Reply> turn(ChatClient chat, String text) {
    chat.send(new JsonObject().put("type", "message").put("text", text).put("clientMsgId", UUID.randomUUID().toString()));
    JsonObject ack = chat.next("ack", "error");
    assertThat(ack.getString("type")).as(ack.encode()).isEqualTo("ack");
    long last = ack.getLong("last");
    List<Petitioner.Reply> out = new ArrayList<>();
    long seen = ack.getLong("id");
    while (seen < last) {
      JsonObject m = chat.next("message");
      seen = m.getLong("id");
      if ("out".equals(m.getString("direction"))) {
        out.add(reply(m));
      }
    }
    return out;
  }

  static Petitioner.Reply reply(JsonObject m) {
    List<Petitioner.Button> buttons = new ArrayList<>();
    JsonArray b = m.getJsonArray("buttons", new JsonArray());
    for (int i = 0; i < b.size(); i++) {
      buttons.add(new Petitioner.Button(b.getJsonObject(i).getString("label"), b.getJsonObject(i).getString("value")));
    }
    return new Petitioner.Reply(m.getString("text"), buttons);
  }
}
