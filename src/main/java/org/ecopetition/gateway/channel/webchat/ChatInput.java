package org.ecopetition.gateway.channel.webchat;

import io.vertx.core.json.JsonObject;
import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;
import org.ecopetition.gateway.http.ApiError;

/** A petitioner's message as sent by the web chat, checked before anything is stored. */
record ChatInput(String text, String clientMsgId) {
  private static final Pattern CLIENT_ID = Pattern.compile("[A-Za-z0-9_.:-]{1,64}");
  private static final Pattern CONTROL = Pattern.compile("[\\p{Cc}&&[^\\n\\t]]");

  /** Either a valid input or the refusal to send back. */
  sealed interface Checked permits Ok, Refused {}

  record Ok(ChatInput input) implements Checked {}

  record Refused(ApiError error) implements Checked {}

  static Checked check(JsonObject msg, int maxBytes) {
    Object t = msg.getValue("text");
    Object id = msg.getValue("clientMsgId");
    if (t != null && !(t instanceof String) || id != null && !(id instanceof String)) {
      return new Refused(ApiError.BAD_JSON);
    }
    String text = t == null ? "" : CONTROL.matcher((String) t).replaceAll("").strip();
    if (text.isEmpty()) {
      return new Refused(ApiError.EMPTY_MESSAGE);
    }
    if (text.getBytes(StandardCharsets.UTF_8).length > maxBytes) {
      return new Refused(ApiError.MESSAGE_TOO_LONG);
    }
    if (id != null && !CLIENT_ID.matcher((String) id).matches()) {
      return new Refused(ApiError.BAD_CLIENT_MSG_ID);
    }
    return new Ok(new ChatInput(text, (String) id));
  }
}
