package org.ecopetition.gateway.staff;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.RoutingContext;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Set;
import org.ecopetition.gateway.http.Requests;

/**
 * What every staff request body must be before a handler sees it, so that staff input never becomes a 500 (issue 11
 * §7): a JSON object; no NUL character anywhere (PostgreSQL refuses it in text); no string longer than the index and
 * columns take (2,000 bytes), the free texts at most 20,000 characters (what the console and {@code /extract} tell the
 * clerk: "不超过2万字"; counted in bytes, a letter of 6,700 Chinese characters was refused); counts and versions as whole
 * numbers, yes-or-no fields as true or false; dates as ISO dates between 1990 and 2099. A 400 names the field at fault.
 */
final class StaffInput {
  static final int MAX_BYTES = 2000;
  static final int MAX_TEXT_CHARS = 20_000;
  private static final Set<String> TEXTS = Set.of("facts", "request", "text", "publicText", "reason", "findings",
      "basis", "outcome", "note", "notes", "summary", "content", "body", "letter");
  private static final Set<String> WHOLE = Set.of("version", "days", "reportDays", "representatives", "count",
      "extensionDays", "limit", "affectedCount", "subtype");
  /** Yes-or-no fields: "yes" or "true" in quotes was answered "字段类型不正确" naming no field, or "消息格式不正确". */
  private static final Set<String> FLAGS = Set.of("urgent", "anonymous", "disclosureConsent", "disabled");
  private static final LocalDate EARLIEST = LocalDate.of(1990, 1, 1);
  private static final LocalDate LATEST = LocalDate.of(2099, 12, 31);

  private StaffInput() {}

  static void check(RoutingContext ctx) {
    String raw = ctx.body() == null || ctx.body().buffer() == null ? "" : ctx.body().asString().strip();
    if (raw.isEmpty() || raw.equals("null")) {
      ctx.next();
      return;
    }
    JsonObject body = Requests.jsonBody(ctx);
    if (body == null) {
      Requests.invalidField(ctx, "body", "请求体须为 JSON 对象（UTF-8）。", "The body must be a JSON object (UTF-8).");
      return;
    }
    String bad = fault(body, "");
    if (bad != null) {
      String[] f = bad.split("\\|", 2);
      Requests.invalidField(ctx, f[0], "字段 " + f[0] + " 不正确：" + f[1].split("/")[0] + "。",
          "The field " + f[0] + " is not valid: " + f[1].split("/")[1] + ".");
      return;
    }
    ctx.next();
  }

  /** "field|中文/English" of the first fault, or null. */
  private static String fault(Object v, String path) {
    String name = path.contains(".") ? path.substring(path.lastIndexOf('.') + 1) : path;
    if (v instanceof JsonObject o) {
      for (String k : o.fieldNames()) {
        if (k.indexOf('\0') >= 0) {
          return (path.isEmpty() ? "" : path + ".") + "?|字段名含空字符/a name holds a NUL character";
        }
        String f = fault(o.getValue(k), path.isEmpty() ? k : path + "." + k);
        if (f != null) {
          return f;
        }
      }
      return null;
    }
    if (v instanceof JsonArray a) {
      for (int i = 0; i < a.size(); i++) {
        String f = fault(a.getValue(i), path + "[" + i + "]");
        if (f != null) {
          return f;
        }
      }
      return null;
    }
    if (WHOLE.contains(name) && v != null && !(v instanceof Integer || v instanceof Long)) {
      return path + "|须为整数/it must be a whole number";
    }
    if (FLAGS.contains(name) && v != null && !(v instanceof Boolean)) {
      return path + "|须为 true 或 false/it must be true or false";
    }
    if (v instanceof String s) {
      if (s.indexOf('\0') >= 0) {
        return path + "|含空字符（\\u0000）/it holds a NUL character";
      }
      if (TEXTS.contains(name)) {
        if (s.codePointCount(0, s.length()) > MAX_TEXT_CHARS) {
          return path + "|过长（不超过2万字），请分段登记或作为附件保存/it is too long (at most 20,000 characters)";
        }
      } else if (s.getBytes(StandardCharsets.UTF_8).length > MAX_BYTES) {
        return path + "|过长（最多 " + MAX_BYTES + " 字节）/it is too long (at most " + MAX_BYTES + " bytes)";
      }
      if (isDate(name) && !s.isEmpty()) {
        try {
          LocalDate d = LocalDate.parse(s.length() > 10 && s.charAt(10) == 'T' ? s.substring(0, 10) : s);
          if (d.isBefore(EARLIEST) || d.isAfter(LATEST)) {
            return path + "|日期超出范围（1990–2099）/the date is out of range (1990–2099)";
          }
        } catch (DateTimeParseException e) {
          return path + "|日期须写成“年-月-日”/dates are written YYYY-MM-DD";
        }
      }
    }
    return null;
  }

  private static boolean isDate(String name) {
    return name.endsWith("On") || name.endsWith("Date") || name.equals("date") || name.equals("due");
  }
}
