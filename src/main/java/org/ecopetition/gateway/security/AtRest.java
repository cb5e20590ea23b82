package org.ecopetition.gateway.security;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * What personal data looks like at rest (issue 11 §6, correction 7): the one codec used where SQL parameters are
 * built and rows are read, so that the SQL keeps its shape. Texts are sealed by {@link DataKeys} under the column they
 * belong to; an ID number typed anywhere is masked before (the gateway does not collect them); null and the empty
 * string stay as they are (they say nothing, and SQL tests {@code = ''}). JSON columns keep their type: a
 * conversation's state is {@code {"sealed": …}}, a message body keeps its buttons and kind with its {@code text}
 * sealed. Rows from before are read as they are until the start-up step seals them.
 */
public final class AtRest {
  public static final String NAME = "cases.petitioner_name";
  public static final String ADDRESS = "cases.petitioner_address";
  public static final String PHONE = "cases.contact_phone";
  public static final String FACTS = "cases.facts";
  public static final String REQUEST = "cases.request";
  public static final String STATE = "conversations.state";
  public static final String MESSAGE = "messages.body";
  /** A messaging channel's sender (OpenID, external user, mobile number): only to reply. */
  public static final String CHANNEL_ADDRESS = "channel_identities.sealed_address";
  /** The case's columns sealed as text, in the order the re-sealing step reads them. */
  public static final List<String> CASE_TEXTS = List.of(NAME, ADDRESS, PHONE, FACTS, REQUEST);

  /** What may stand between an ID number's digits: a space (also full-width), a dash (also full-width), a line break. */
  private static final String ID_SEPARATOR = "(?:[ \\-\u3000－\t]|\r?\n)";

  /**
   * A resident ID number (18 characters, the last may be X, or the old 15 digits), also written in groups, in
   * full-width digits, or broken over a line (a letter typed from paper: "３３０１０６…", "330106199001\n011234");
   * not a part of a longer run of digits or letters. What the extractor's identity spans call an ID, without its checksum.
   */
  static final Pattern ID_NUMBER = Pattern.compile(
      "(?<![0-9０-９A-Za-zＡ-Ｚａ-ｚ])(?:[0-9０-９](?:" + ID_SEPARATOR + "?[0-9０-９]){16}" + ID_SEPARATOR
          + "?[0-9０-９XxＸｘ]|[0-9０-９](?:" + ID_SEPARATOR + "?[0-9０-９]){14})(?![0-9０-９A-Za-zＡ-Ｚａ-ｚ])");
  static final String ID_MASK = "【身份证号】";

  private final DataKeys keys;

  public AtRest(DataKeys keys) {
    this.keys = keys;
  }

  public DataKeys keys() {
    return keys;
  }

  /** {@code text} with every ID number replaced by 【身份证号】 (null stays null). */
  public static String maskIdNumbers(String text) {
    return text == null || text.length() < 15 || !fifteenDigits(text) ? text
        : ID_NUMBER.matcher(text).replaceAll(ID_MASK);
  }

  /**
   * Whether {@code text} holds at least 15 digits (ASCII or full-width), as any match of {@link #ID_NUMBER} does: most texts (every
   * string of a conversation's state, every message, each turn) hold fewer, and counting is cheaper than the search.
   */
  private static boolean fifteenDigits(String text) {
    int digits = 0;
    for (int i = 0, n = text.length(); i < n; i++) {
      char c = text.charAt(i);
      if ((c >= '0' && c <= '9' || c >= '０' && c <= '９') && ++digits >= 15) {
        return true;
      }
    }
    return false;
  }

  /** A text as {@code column} stores it: ID numbers masked, then sealed; null and "" as they are. */
  public String seal(String column, String plain) {
    return plain == null || plain.isEmpty() ? plain : keys.seal(column, maskIdNumbers(plain));
  }

  /** What {@link #seal} stored (or a value from before sealing, as it is). */
  public String open(String column, String stored) {
    return stored == null || stored.isEmpty() ? stored : keys.open(column, stored);
  }

  /** A conversation's state (its map) as {@code conversations.state} stores it: every text with ID numbers masked. */
  public JsonObject sealState(Map<String, Object> state) {
    return sealStored(stateAsStored(state));
  }

  /**
   * A state already as stored ({@link #stateAsStored}: its texts masked) sealed for {@code conversations.state}: a turn
   * masks its state once, and the same map is sealed and kept as the state the row now holds.
   */
  public JsonObject sealStored(Map<String, Object> asStored) {
    return new JsonObject().put("sealed", keys.seal(STATE, new JsonObject(asStored).encode()));
  }

  /**
   * A conversation's state (its map) as {@link #openState} will read back what {@link #sealState} stores: every text
   * with ID numbers masked, in plain maps and lists — without sealing, encoding, opening and parsing it.
   */
  public static Map<String, Object> stateAsStored(Map<String, Object> state) {
    @SuppressWarnings("unchecked")
    Map<String, Object> out = (Map<String, Object>) plainMasked(state);
    return out;
  }

  private static Object plainMasked(Object v) {
    if (v instanceof String s) {
      return maskIdNumbers(s);
    }
    if (v instanceof JsonObject j) {
      return plainMasked(j.getMap());
    }
    if (v instanceof Map<?, ?> m) {
      Map<String, Object> out = new java.util.LinkedHashMap<>();
      m.forEach((k, x) -> out.put(String.valueOf(k), plainMasked(x)));
      return out;
    }
    if (v instanceof JsonArray a) {
      return plainMasked(a.getList());
    }
    if (v instanceof java.util.Collection<?> l) {
      List<Object> out = new java.util.ArrayList<>(l.size());
      l.forEach(x -> out.add(plainMasked(x)));
      return out;
    }
    return v;
  }

  /** The state's map from what is stored (sealed, or a row from before as it is). */
  public Map<String, Object> openState(JsonObject stored) {
    String sealed = stored.getString("sealed");
    return sealed == null || stored.size() != 1 ? stored.getMap() : new JsonObject(keys.open(STATE, sealed)).getMap();
  }

  /** A message body with its text sealed (the rest, buttons and kind, as it is). */
  public JsonObject sealBody(JsonObject body) {
    return body.copy().put("text", seal(MESSAGE, body.getString("text")));
  }

  /**
   * {@link #sealBody} for a body nobody else holds (made for this write): its text sealed in place, without the copy
   * of its buttons and the rest.
   */
  public JsonObject sealOwnBody(JsonObject body) {
    return body.put("text", seal(MESSAGE, body.getString("text")));
  }

  /** A message body as stored, with its text readable. */
  public JsonObject openBody(JsonObject stored) {
    return stored.copy().put("text", open(MESSAGE, stored.getString("text")));
  }
}
