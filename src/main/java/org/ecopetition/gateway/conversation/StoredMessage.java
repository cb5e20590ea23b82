package org.ecopetition.gateway.conversation;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.time.Instant;
import java.util.List;
import org.ecopetition.gateway.dialog.Reply;

/** A message of a conversation as channels show it. */
public record StoredMessage(long id, String direction, String author, String text, List<Reply.Button> buttons,
    Instant at) {

  public JsonObject toJson() {
    return body(text, buttons).put("id", id).put("direction", direction)
        .put("author", author.startsWith("staff") ? "staff" : author).put("at", at.toString());
  }

  static JsonObject body(String text, List<Reply.Button> buttons) {
    JsonArray b = new JsonArray();
    buttons.forEach(x -> b.add(new JsonObject().put("label", x.label()).put("value", x.value())));
    return new JsonObject().put("text", text).put("buttons", b);
  }

  static List<Reply.Button> buttons(JsonObject body) {
    JsonArray b = body.getJsonArray("buttons", new JsonArray());
    return b.stream().map(o -> (JsonObject) o)
        .map(o -> new Reply.Button(o.getString("label"), o.getString("value"))).toList();
  }

  StoredMessage withText(String t) {
    return new StoredMessage(id, direction, author, t, buttons, at);
  }
}
