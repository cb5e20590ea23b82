package org.ecopetition.gateway.staff;

import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.RoutingContext;
import io.vertx.sqlclient.Pool;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.ecopetition.gateway.casefile.CaseActions;
import org.ecopetition.gateway.casefile.PgCaseRepository;
import org.ecopetition.gateway.http.Requests;
import org.ecopetition.gateway.lifecycle.Correction;
import org.ecopetition.gateway.nlp.Place;

/**
 * {@code POST /cases/{n}/corrections}: a clerk corrects what was registered — the petitioner's name, phone or address,
 * the category and subtype, the date received, the place, the kind — with a reason. Read and checked here (a fault is a
 * 400 naming the field, in the clerk's language, and changes nothing); decided by the lifecycle and applied by the one
 * repository through {@link CaseActions#correct}, in one transaction. Values are never logged.
 */
final class CaseCorrections {
  /** The fields a correction may carry: each a text, as at registration. */
  private static final List<String> TEXT_FIELDS = List.of("reason", "name", "phone", "address", "category",
      "receivedOn", "location", "kind");
  private static final Pattern PHONE = Pattern.compile("1[3-9]\\d{9}|0\\d{2,3}\\d{7,8}");
  private static final int MAX_REASON = 500;
  private static final int MAX_IDENTITY = 200;

  private final Pool pool;
  private final CaseActions actions;
  private final Function<String, Optional<Place>> places;
  private final java.util.function.Supplier<LocalDate> today;

  CaseCorrections(Pool pool, CaseActions actions, Function<String, Optional<Place>> places,
      java.util.function.Supplier<LocalDate> today) {
    this.pool = pool;
    this.actions = actions;
    this.places = places;
    this.today = today;
  }

  void correct(RoutingContext ctx) {
    JsonObject b = Requests.jsonBody(ctx);
    if (b == null || !(b.getValue("version") instanceof Number version) || version.longValue() != version.doubleValue()) {
      Requests.invalidField(ctx, "version", "须提供所见案件的版本号（version，整数）。",
          "version (a whole number: the case's version as seen) is required.");
      return;
    }
    for (String field : TEXT_FIELDS) {
      Object v = b.getValue(field);
      if (v != null && !(v instanceof String)) {
        Requests.invalidField(ctx, field, "字段 " + field + " 须为文字。", field + " must be text.");
        return;
      }
    }
    String reason = text(b, "reason");
    if (reason == null || reason.length() > MAX_REASON) {
      Requests.invalidField(ctx, "reason", "请写明更正理由（不超过500字），记入案件记录。",
          "Give the reason for the correction (at most 500 characters); it is kept on the case's record.");
      return;
    }
    Set<String> identity = new LinkedHashSet<>();
    String name = text(b, "name");
    String address = text(b, "address");
    String phone = text(b, "phone");
    for (String field : List.of("name", "address")) {
      String v = text(b, field);
      if (v != null && v.length() > MAX_IDENTITY) {
        Requests.invalidField(ctx, field, "字段 " + field + " 过长（不超过200字）。", field + " is too long (at most 200).");
        return;
      }
    }
    if (phone != null) {
      phone = phone.replaceAll("[\\s\\-()（）]", "").replaceFirst("^(\\+86|0086)", "");
      if (!PHONE.matcher(phone).matches()) {
        Requests.invalidField(ctx, "phone", "电话号码格式不正确（手机11位，或带区号的固定电话）。",
            "The phone number is not valid (11-digit mobile, or a landline with its area code).");
        return;
      }
    }
    if (name != null) {
      identity.add("name");
    }
    if (phone != null) {
      identity.add("phone");
    }
    if (address != null) {
      identity.add("address");
    }
    String category = text(b, "category");
    if (category != null && !Entry.CATEGORIES.contains(category)) {
      Requests.invalidField(ctx, "category", "类别须为 申诉求决、检举控告 或 建议意见。",
          "category must be 申诉求决, 检举控告 or 建议意见.");
      return;
    }
    Integer subtype = null;
    if (b.getValue("subtype") != null) {
      if (!(b.getValue("subtype") instanceof Integer s) || s < 1 || s > 4
          || category != null && !"申诉求决".equals(category)) {
        Requests.invalidField(ctx, "subtype", "细类只适用于申诉求决类事项，须为第二十四条第一款第一至四项之一（1-4）。",
            "subtype is for 申诉求决 only and must be 1 to 4 (Art 24(1)).");
        return;
      }
      subtype = s;
    }
    LocalDate received = null;
    if (text(b, "receivedOn") != null) {
      try {
        received = LocalDate.parse(text(b, "receivedOn"));
      } catch (DateTimeParseException e) {
        Requests.invalidField(ctx, "receivedOn", "收到日期须写成“年-月-日”，例如 2026-11-29。",
            "receivedOn is written YYYY-MM-DD.");
        return;
      }
      if (received.isAfter(today.get())) {
        Requests.invalidField(ctx, "receivedOn", "收到日期不能晚于今天。", "receivedOn cannot be in the future.");
        return;
      }
      if (received.isBefore(Entry.EARLIEST)) {
        Requests.invalidField(ctx, "receivedOn", "收到日期早于2004年，请核对年份。", "receivedOn is before 2004: check the year.");
        return;
      }
    }
    String location = text(b, "location");
    Place place = null;
    if (location != null) {
      // A place corrected must be one place: an ambiguous or unknown name would leave the case less exact than before.
      place = places.apply(location).filter(p -> !p.ambiguous()).orElse(null);
      if (place == null) {
        Requests.invalidField(ctx, "location", "地点无法确定到县级行政区（或有重名），请写明省、市、县（区）。",
            "The place cannot be resolved to one county: give the province, city and county (district).");
        return;
      }
    }
    String kind = text(b, "kind");
    if (kind != null && !Entry.KINDS.contains(kind)) {
      Requests.invalidField(ctx, "kind", "污染类型须为 air、water、noise、solid_waste、soil、radiation、ecology 或 other 之一。",
          "kind must be one of air, water, noise, solid_waste, soil, radiation, ecology, other.");
      return;
    }
    if (identity.isEmpty() && category == null && subtype == null && received == null && place == null
        && kind == null) {
      Requests.invalidField(ctx, "body", "没有要更正的内容：可更正 name、phone、address、category、subtype、receivedOn、location、kind。",
          "Nothing to correct: give name, phone, address, category, subtype, receivedOn, location or kind.");
      return;
    }
    Correction k = new Correction(ctx.get("staff"), reason, identity, category, subtype, received, place != null,
        kind != null);
    PgCaseRepository.Corrections values = new PgCaseRepository.Corrections(name, phone, address, location,
        place == null ? null : place.province(), place == null ? null : place.city(),
        place == null ? null : place.county(), place == null ? null : place.town(),
        place == null ? null : place.code(), kind);
    String lang = Requests.lang(ctx);
    pool.withTransaction(conn -> actions.correct(conn, ctx.pathParam("caseNumber"), version.longValue(), k, values))
        .onSuccess(result -> answer(ctx, lang, result)).onFailure(ctx::fail);
  }

  private static void answer(RoutingContext ctx, String lang, CaseActions.Result result) {
    if (result instanceof CaseActions.Result.Corrected d) {
      Correction.Corrected u = d.change();
      ctx.json(new JsonObject().put("version", d.version()).put("category", u.category()).put("subtype", u.subtype())
          .put("receivedOn", u.receivedOn() == null ? null : u.receivedOn().toString())
          .put("noticeDue", u.noticeDue() == null ? null : u.noticeDue().toString())
          .put("noticeDueEstimated", u.noticeDueEstimated())
          .put("objectionDue", u.objectionDue() == null ? null : u.objectionDue().toString())
          .put("noticeChanged", u.noticeChanged()).put("article", u.article()));
    } else {
      CaseActs.answerUnsettled(ctx, lang, result);
    }
  }

  private static String text(JsonObject b, String key) {
    String s = b.getString(key);
    return s == null || s.isBlank() ? null : s.strip();
  }
}
