package org.ecopetition.gateway.conversation;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.time.Instant;
import java.util.List;
import org.ecopetition.gateway.dialog.Reply;

/**
 * A message of a conversation as channels show it. {@code receipt} marks the message that registered a case (its
 * case number; the query code only in the turn that made it, never when read back from storage), else null.
 */
public record StoredMessage(long id, String direction, String author, String text, List<Reply.Button> buttons,
    Instant at, Receipt receipt, String kind) {

  /** The case a receipt message registered, and its query code while it is still shown in clear (else null). */
  public record Receipt(String caseNumber, String queryCode) {
    JsonObject toJson() {
      JsonObject o = new JsonObject().put("caseNumber", caseNumber);
      return queryCode == null ? o : o.put("queryCode", queryCode);
    }
  }

  public StoredMessage(long id, String direction, String author, String text, List<Reply.Button> buttons, Instant at) {
    this(id, direction, author, text, buttons, at, null, null);
  }

  public JsonObject toJson() {
    JsonObject o = body(text, buttons, null, kind).put("id", id).put("direction", direction)
        .put("author", author.startsWith("staff") ? "staff" : author).put("at", at.toString());
    return receipt == null ? o : o.put("receipt", receipt.toJson());
  }

  static JsonObject body(String text, List<Reply.Button> buttons, String receiptCase, String kind) {
    JsonArray b = new JsonArray();
    buttons.forEach(x -> b.add(new JsonObject().put("label", x.label()).put("value", x.value())));
    JsonObject o = new JsonObject().put("text", text).put("buttons", b);
    if (kind != null) {
      o.put("kind", kind);
    }
    return receiptCase == null ? o : o.put("receipt", new JsonObject().put("caseNumber", receiptCase));
  }

  static List<Reply.Button> buttons(JsonObject body) {
    JsonArray b = body.getJsonArray("buttons", new JsonArray());
    return b.stream().map(o -> (JsonObject) o)
        .map(o -> new Reply.Button(o.getString("label"), o.getString("value"))).toList();
  }

  /** The receipt marker kept in a stored body (the case number only). */
  static Receipt receipt(JsonObject body) {
    JsonObject r = body.getJsonObject("receipt");
    return r == null || r.getString("caseNumber") == null ? null : new Receipt(r.getString("caseNumber"), null);
  }

  StoredMessage withText(String t) {
    return new StoredMessage(id, direction, author, t, buttons, at, receipt, kind);
  }

  StoredMessage withReceipt(Receipt r) {
    return new StoredMessage(id, direction, author, text, buttons, at, r, kind);
  }
}
