package org.ecopetition.gateway.http;

import io.vertx.ext.web.RoutingContext;
import io.vertx.core.json.JsonObject;
import org.ecopetition.gateway.dialog.ConversationState;
import org.ecopetition.gateway.lifecycle.Outcome;
import org.ecopetition.gateway.text.Catalogue;

/** What every handler needs to know of a request: the client's language and who the client is. */
public final class Requests {
  /** Where the HTTP server keeps the message catalogue on each request. */
  public static final String WORDS = "catalogue";

  private Requests() {}

  /** {@code lang} parameter first, then Accept-Language; Chinese by default. */
  public static String lang(RoutingContext ctx) {
    String p = ctx.request().getParam("lang");
    if (p != null) {
      return ConversationState.normaliseLang(p);
    }
    String accept = ctx.request().getHeader("Accept-Language");
    return accept != null && accept.toLowerCase().startsWith("en") ? "en" : "zh";
  }

  /** The message catalogue the HTTP server put on every request. */
  public static Catalogue words(RoutingContext ctx) {
    return ctx.get(WORDS);
  }

  public static void fail(RoutingContext ctx, ApiError e, String lang) {
    ctx.response().setStatusCode(e.status())
        .putHeader("Content-Type", "application/json; charset=utf-8")
        .putHeader("Cache-Control", "no-store")
        .end(e.body(words(ctx), lang).encode());
  }

  /** 422: the procedure refuses the act, with its reason in the caller's language and the article. */
  public static void refused(RoutingContext ctx, Outcome.Rejected why) {
    ctx.response().setStatusCode(422).putHeader("Content-Type", "application/json; charset=utf-8")
        .end(new JsonObject().put("error", new JsonObject().put("code", "refused")
            .put("message", words(ctx).text(why.reason(), lang(ctx), why.vars()))
            .put("article", why.article())).encode());
  }

  /** The request body as a JSON object; null when it is missing, not JSON, or not an object. */
  public static io.vertx.core.json.JsonObject jsonBody(RoutingContext ctx) {
    try {
      return ctx.body().asJsonObject();
    } catch (RuntimeException e) {
      return null;
    }
  }

  /** A refusal with its own status and code, the message in the caller's language; never cached. */
  public static void refuse(RoutingContext ctx, int status, String code, String zh, String en) {
    ctx.response().setStatusCode(status).putHeader("Content-Type", "application/json; charset=utf-8")
        .putHeader("Cache-Control", "no-store")
        .end(new io.vertx.core.json.JsonObject().put("error", new io.vertx.core.json.JsonObject().put("code", code)
            .put("message", "en".equals(lang(ctx)) ? en : zh)).encode());
  }

  /**
   * A page of a log, newest first: {@code from}, {@code to} (Beijing days, inclusive; null open-ended), {@code before}
   * (an id to page back from; null the newest) and {@code limit} (1–1000, 200 by default).
   */
  public record Page(java.time.LocalDate from, java.time.LocalDate to, Long before, int limit) {
    /** The first moment of {@code from} in Beijing, or null. */
    public java.time.OffsetDateTime start() {
      return from == null ? null : from.atStartOfDay().atOffset(java.time.ZoneOffset.ofHours(8));
    }

    /** The first moment after {@code to} in Beijing, or null. */
    public java.time.OffsetDateTime end() {
      return to == null ? null : to.plusDays(1).atStartOfDay().atOffset(java.time.ZoneOffset.ofHours(8));
    }

    /** The id to ask the next page with: the last of a full page, null at the end. */
    public Long next(io.vertx.core.json.JsonArray rows) {
      return rows.size() < limit ? null : rows.getJsonObject(rows.size() - 1).getLong("id");
    }
  }

  /** The page size when none is asked for, and the most a page holds (openapi.yaml's maximum). */
  public static final int DEFAULT_LIMIT = 200;
  public static final int MAX_LIMIT = 1000;

  /**
   * {@code ?from=&to=&before=&limit=} read, or refused with a 400 naming the field (and null returned). A limit that
   * is no whole number, or below 1, is refused (it was read as 1: a page of one case looked like a list of one); one
   * above {@link #MAX_LIMIT}, however large, is that maximum, as the API documents.
   */
  public static Page page(RoutingContext ctx) {
    String from = ctx.request().getParam("from");
    String to = ctx.request().getParam("to");
    String before = ctx.request().getParam("before");
    String limit = ctx.request().getParam("limit");
    java.time.LocalDate start;
    java.time.LocalDate end;
    try {
      start = from == null ? null : java.time.LocalDate.parse(from);
      end = to == null ? null : java.time.LocalDate.parse(to);
    } catch (java.time.format.DateTimeParseException e) {
      fail(ctx, ApiError.BAD_DATE, lang(ctx));
      return null;
    }
    // A period that ends before it starts answered an empty page, read as "nothing in that period".
    if (start != null && end != null && start.isAfter(end)) {
      invalidField(ctx, "from", "开始日期（from）晚于结束日期（to），请核对。", "from is after to: check the period.");
      return null;
    }
    if (before != null && !before.strip().matches("[0-9]{1,18}")) {
      invalidField(ctx, "before", "before 须为上一页给出的 next（整数）。", "before is the next value a page gave (a whole number).");
      return null;
    }
    int size = DEFAULT_LIMIT;
    if (limit != null) {
      String l = limit.strip();
      if (!l.matches("[0-9]+") || l.matches("0+")) {
        invalidField(ctx, "limit", "limit 须为 1 至 " + MAX_LIMIT + " 的整数（每页条数）。",
            "limit is a whole number from 1 to " + MAX_LIMIT + " (rows per page).");
        return null;
      }
      size = l.replaceFirst("^0+", "").length() > 4 ? MAX_LIMIT : Math.min(Integer.parseInt(l), MAX_LIMIT);
    }
    return new Page(start, end, before == null ? null : Long.valueOf(before.strip()), size);
  }

  /** A 400 naming the field at fault, with the message in the caller's language. */
  public static void invalidField(RoutingContext ctx, String field, String zh, String en) {
    ctx.response().setStatusCode(400).putHeader("Content-Type", "application/json; charset=utf-8")
        .end(new io.vertx.core.json.JsonObject().put("error", new io.vertx.core.json.JsonObject()
            .put("code", "invalid_field").put("field", field).put("message", "en".equals(lang(ctx)) ? en : zh)).encode());
  }

  /**
   * Why staff read personal data, where the console asks ({@code ?purpose=}, at most 200 characters), or null: kept in
   * the access log (Art 42).
   */
  public static String purpose(RoutingContext ctx) {
    String p = ctx.request().getParam("purpose");
    if (p == null || p.isBlank()) {
      return null;
    }
    p = p.strip();
    return p.length() > 200 ? p.substring(0, 200) : p;
  }
}
