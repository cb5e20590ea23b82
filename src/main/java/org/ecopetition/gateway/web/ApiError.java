package org.ecopetition.gateway.web;

import io.vertx.core.json.JsonObject;

/** Refusals a client can receive, each with its HTTP status and a message in Chinese and English. */
public enum ApiError {
  BAD_JSON(400, "消息格式不正确，请重试。", "The message is not valid JSON. Please try again."),
  BAD_DATE(400, "日期须写成“年-月-日”，例如 2026-11-29。", "Dates are written YYYY-MM-DD, e.g. 2026-11-29."),
  UNKNOWN_TYPE(400, "无法识别的请求类型。", "Unknown request type."),
  EMPTY_MESSAGE(400, "消息不能为空。", "The message is empty."),
  MESSAGE_TOO_LONG(413, "消息太长了，请分几次发送（每条不超过约1300个汉字）。",
      "The message is too long. Please split it (at most about 4000 letters each)."),
  BAD_CLIENT_MSG_ID(400, "消息编号不正确。", "The message id is not valid."),
  UNKNOWN_CONVERSATION(404, "会话已失效或不存在，已为您开始新的会话。",
      "This conversation is unknown or has expired; a new one will be started."),
  NOT_STARTED(400, "请先建立会话。", "Please start a conversation first."),
  NOT_FOUND(404, "未找到该案件，或查询码不正确。", "No case found, or the query code is wrong."),
  TOO_MANY_ATTEMPTS(429, "查询失败次数过多，请稍后再试。", "Too many failed attempts. Please try again later."),
  BODY_TOO_LARGE(413, "请求太大。", "The request is too large."),
  NO_SUCH_PAGE(404, "没有这个地址。", "No such address."),
  UNAVAILABLE(503, "服务暂时无法处理，请稍后再试；您未成功发送的内容不会丢失，页面会自动重发。",
      "The service is briefly unavailable. Please try again shortly; what was not sent is kept and sent again."),
  NOT_READY(503, "服务正在启动，请稍后再试。", "The service is starting. Please try again shortly."),
  INTERNAL(500, "系统繁忙，请稍后再试，您已提交的内容不会丢失。",
      "The service is busy. Please try again; nothing you already sent is lost.");

  private final int status;
  private final String zh;
  private final String en;

  ApiError(int status, String zh, String en) {
    this.status = status;
    this.zh = zh;
    this.en = en;
  }

  public int status() {
    return status;
  }

  public String code() {
    return name().toLowerCase();
  }

  public String message(String lang) {
    return "en".equals(lang) ? en : zh;
  }

  public JsonObject body(String lang) {
    return new JsonObject().put("error", new JsonObject().put("code", code()).put("message", message(lang)));
  }
}
