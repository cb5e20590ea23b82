package org.ecopetition.gateway.http;

import io.vertx.core.json.JsonObject;
import org.ecopetition.gateway.text.Catalogue;
import org.ecopetition.gateway.text.Msg;

/** Refusals a client can receive, each with its HTTP status; the words are in the message catalogue. */
public enum ApiError {
  BAD_JSON(400, Msg.ERROR_BAD_JSON),
  BAD_DATE(400, Msg.ERROR_BAD_DATE),
  UNKNOWN_TYPE(400, Msg.ERROR_UNKNOWN_TYPE),
  EMPTY_MESSAGE(400, Msg.ERROR_EMPTY_MESSAGE),
  MESSAGE_TOO_LONG(413, Msg.ERROR_MESSAGE_TOO_LONG),
  BAD_CLIENT_MSG_ID(400, Msg.ERROR_BAD_CLIENT_MSG_ID),
  UNKNOWN_CONVERSATION(404, Msg.ERROR_UNKNOWN_CONVERSATION),
  NOT_STARTED(400, Msg.ERROR_NOT_STARTED),
  NOT_FOUND(404, Msg.ERROR_NOT_FOUND),
  /**
   * The same 404 on the staff side, in words for staff: a case, notice or alert that does not exist or lies outside
   * their scope (the public words speak of a query code, which staff never give).
   */
  STAFF_NOT_FOUND(404, Msg.ERROR_STAFF_NOT_FOUND, "not_found"),
  TOO_MANY_ATTEMPTS(429, Msg.ERROR_TOO_MANY_ATTEMPTS),
  TOO_MANY_CONVERSATIONS(429, Msg.ERROR_TOO_MANY_CONVERSATIONS),
  /** More turns waiting behind one conversation than it may hold (a flood): nothing of the refused one stored. */
  TOO_FAST(429, Msg.ERROR_TOO_FAST),
  URI_TOO_LONG(414, Msg.ERROR_URI_TOO_LONG),
  HEADERS_TOO_LARGE(431, Msg.ERROR_HEADERS_TOO_LARGE),
  FORBIDDEN_ORIGIN(403, Msg.ERROR_FORBIDDEN_ORIGIN),
  BAD_ENCODING(400, Msg.ERROR_BAD_ENCODING),
  BODY_TOO_LARGE(413, Msg.ERROR_BODY_TOO_LARGE),
  NO_SUCH_PAGE(404, Msg.ERROR_NO_SUCH_PAGE),
  BAD_PAGE_URL(400, Msg.ERROR_BAD_PAGE_URL),
  PHOTO_EMPTY(400, Msg.ERROR_PHOTO_EMPTY),
  PHOTO_TOO_LARGE(413, Msg.ERROR_PHOTO_TOO_LARGE),
  PHOTO_TYPE(415, Msg.ERROR_PHOTO_TYPE),
  PHOTO_UNREADABLE(400, Msg.ERROR_PHOTO_UNREADABLE),
  TOO_MANY_PHOTOS(409, Msg.ERROR_TOO_MANY_PHOTOS),
  UNAVAILABLE(503, Msg.ERROR_UNAVAILABLE),
  NOT_READY(503, Msg.ERROR_NOT_READY),
  INTERNAL(500, Msg.ERROR_INTERNAL);

  private final int status;
  private final Msg message;
  private final String code;

  ApiError(int status, Msg message) {
    this(status, message, null);
  }

  ApiError(int status, Msg message, String code) {
    this.status = status;
    this.message = message;
    this.code = code;
  }

  public int status() {
    return status;
  }

  public String code() {
    return code != null ? code : name().toLowerCase();
  }

  public String message(Catalogue words, String lang) {
    return words.text(message, lang);
  }

  public JsonObject body(Catalogue words, String lang) {
    return new JsonObject().put("error", new JsonObject().put("code", code()).put("message", message(words, lang)));
  }
}
