package org.ecopetition.gateway.json;

import io.vertx.core.json.EncodeException;
import io.vertx.core.json.JsonObject;
import io.vertx.core.json.jackson.JacksonCodec;

/**
 * JSON text of a {@link JsonObject} made of maps, lists, strings, numbers, booleans and null (a chat frame, a message
 * body, a conversation's state), written by Vert.x's streaming codec. With jackson-databind on the class path
 * {@link JsonObject#encode()} goes through an ObjectMapper, which looks a serializer up for every value of every map
 * (issue 16: a chat turn's JSON was ≈ a tenth of the event loops' samples, much of it those look-ups); the text is the
 * same, character for character ({@code JsonTextTest}). What the streaming codec does not know (a record, a UUID) is
 * left to {@link JsonObject#encode()}, as before.
 */
public final class JsonText {
  private static final JacksonCodec STREAMING = new JacksonCodec();

  private JsonText() {}

  public static String of(JsonObject o) {
    try {
      return STREAMING.toString(o, false);
    } catch (EncodeException | ClassCastException unknown) {
      return o.encode();
    }
  }
}
