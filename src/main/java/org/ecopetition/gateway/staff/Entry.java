package org.ecopetition.gateway.staff;

import io.vertx.core.json.JsonObject;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.ecopetition.gateway.casefile.NewCase;
import org.ecopetition.gateway.nlp.Place;

/**
 * A matter staff enter from a letter, a call, a fax or a visit (Art 12, 14), or one transferred in by a
 * petition office or a higher department (Art 17): checked field by field, the first fault answered with
 * the field and a message in the clerk's language. Rejections are values.
 */
final class Entry {
  static final Set<String> CHANNELS = Set.of("letter", "phone", "fax", "visit", "web");
  static final Set<String> CATEGORIES = Set.of("申诉求决", "检举控告", "建议意见");
  /** Art 15: a group visiting with the same matter elects no more than five representatives. */
  static final int MAX_REPRESENTATIVES = 5;
  private static final int MAX_TEXT = 20_000;
  private static final long MAX_AFFECTED = 100_000_000L;
  private static final List<String> TEXT_FIELDS = List.of("channel", "category", "receivedOn", "name", "address",
      "phone", "location", "matter", "request", "facts", "kind", "since", "polluter", "accused", "transferredFrom",
      "lang", "lateReason");
  private static final Pattern PHONE = Pattern.compile("1[3-9]\\d{9}|0\\d{2,3}\\d{7,8}");
  /** The extraction contract's kinds: statistics and routing count by them, so no other word is stored. */
  static final Set<String> KINDS = Set.of("air", "water", "noise", "solid_waste", "soil", "radiation", "ecology", "other");
  /**
   * How far back a letter's day of receipt may be without a word: further is most often a mistyped year (its deadlines
   * long past at once), so it needs {@code lateReason} — why it is registered so late (old letters found in a
   * drawer): Art 17 owes every matter received its registration, and its deadlines run from receipt.
   */
  static final int MAX_DAYS_BACK = 366;
  /** The official calendar's first year: the clocks count no earlier day, and no letter that old is still unregistered. */
  static final LocalDate EARLIEST = LocalDate.of(2004, 1, 1);
  private static final int MAX_REASON = 500;

  sealed interface Parsed {}

  /** {@code lateReason}: why a matter received long ago is registered only now (null: not given). */
  record Valid(NewCase entry, String lateReason) implements Parsed {}

  record Invalid(String field, String zh, String en) implements Parsed {}

  private Entry() {}

  static Parsed parse(JsonObject b, LocalDate today, Function<String, Optional<Place>> places) {
    try {
      return check(b, today, places);
    } catch (ClassCastException e) {
      return new Invalid("body", "字段类型不正确。", "A field has the wrong type.");
    }
  }

  private static Parsed check(JsonObject b, LocalDate today, Function<String, Optional<Place>> places) {
    for (String field : TEXT_FIELDS) {
      Object v = b.getValue(field);
      if (v != null && !(v instanceof String)) {
        // A number where a name or a phone belongs is a client's fault, never a name "123".
        return new Invalid(field, "字段 " + field + " 须为文字。", field + " must be text.");
      }
    }
    Object affected = b.getValue("affected");
    // Digits in quotes are the same number ("0" was stored as a count of none).
    if (affected instanceof String s && s.strip().matches("[0-9]{1,12}")) {
      affected = Long.valueOf(s.strip());
    }
    if (affected instanceof Number n && (!(n instanceof Integer || n instanceof Long) || n.longValue() < 1
        || n.longValue() > MAX_AFFECTED)) {
      return new Invalid("affected", "受影响人数须为1至1亿之间的整数，或照信访人原话填写（如“几百户”）。",
          "affected is a whole number from 1 to 100,000,000, or the petitioner's words (\"several hundred households\").");
    }
    String transferredFrom = text(b, "transferredFrom");
    String channel = b.getString("channel", transferredFrom != null ? "transfer" : null);
    if (channel == null || !CHANNELS.contains(channel) && !"transfer".equals(channel)) {
      return new Invalid("channel", "渠道须为 letter（书信）、phone（电话）、fax（传真）、visit（走访）或 web（网络）之一。",
          "channel must be one of letter, phone, fax, visit, web.");
    }
    String facts = text(b, "facts");
    if (facts == null) {
      return new Invalid("facts", "请填写信访事项的事实和情况。", "Enter the facts of the matter.");
    }
    if (facts.length() > MAX_TEXT || length(b, "request") > MAX_TEXT) {
      return new Invalid("facts", "内容过长（不超过2万字），请分段登记或作为附件保存。",
          "The text is too long (at most 20,000 characters).");
    }
    String category = b.getString("category");
    if (category == null || !CATEGORIES.contains(category)) {
      return new Invalid("category", "类别须为 申诉求决、检举控告 或 建议意见。",
          "category must be 申诉求决, 检举控告 or 建议意见.");
    }
    Integer subtype = null;
    if ("申诉求决".equals(category)) {
      subtype = b.getInteger("subtype", 3);
      if (subtype < 1 || subtype > 4) {
        return new Invalid("subtype", "申诉求决类事项的细类须为第二十四条第一款第一至四项之一（1-4）。",
            "subtype must be 1 to 4 (Art 24(1)).");
      }
    }
    LocalDate received;
    try {
      received = b.getString("receivedOn") == null ? today : LocalDate.parse(b.getString("receivedOn"));
    } catch (DateTimeParseException e) {
      return new Invalid("receivedOn", "收到日期须写成“年-月-日”，例如 2026-11-29。", "receivedOn is written YYYY-MM-DD.");
    }
    if (received.isAfter(today)) {
      return new Invalid("receivedOn", "收到日期不能晚于今天。", "receivedOn cannot be in the future.");
    }
    String lateReason = text(b, "lateReason");
    if (lateReason != null && lateReason.length() > MAX_REASON) {
      return new Invalid("lateReason", "迟延登记原因不超过500字。", "lateReason is at most 500 characters.");
    }
    if (received.isBefore(EARLIEST)) {
      return new Invalid("receivedOn", "收到日期早于2004年，请核对年份。", "receivedOn is before 2004: check the year.");
    }
    if (received.isBefore(today.minusDays(MAX_DAYS_BACK)) && lateReason == null) {
      return new Invalid("receivedOn", "收到日期早于一年前，请核对年份；如确为当时收到而未登记的来信，请在“迟延登记原因”"
          + "（lateReason）中写明原因后登记，期限仍自收到之日起计算。",
          "receivedOn is more than a year ago: check the year. If the matter was truly received then and never "
          + "registered, say why in lateReason and register it; its deadlines still run from receipt.");
    }
    String kind = text(b, "kind");
    if (kind != null && !KINDS.contains(kind)) {
      return new Invalid("kind", "污染类型须为 air、water、noise、solid_waste、soil、radiation、ecology 或 other 之一。",
          "kind must be one of air, water, noise, solid_waste, soil, radiation, ecology, other.");
    }
    // A matter is not held to nlp-models/routing/matters.md: a deployment names its own (lifecycle.performPeriods).
    String matter = text(b, "matter");
    Integer representatives = b.getInteger("representatives");
    if (representatives != null && (representatives < 1 || representatives > MAX_REPRESENTATIVES)) {
      return new Invalid("representatives", "多人走访提出同一信访事项的，应当推选代表，代表人数不超过5人。",
          "A group visiting with one matter elects representatives, no more than five.");
    }
    if (representatives != null && !"visit".equals(channel)) {
      return new Invalid("representatives", "只有走访才登记代表人数。", "Representatives are recorded for visits only.");
    }
    String name = text(b, "name");
    boolean anonymous = b.getBoolean("anonymous", false) || name == null;
    String phone = text(b, "phone");
    if (phone != null) {
      phone = phone.replaceAll("[\\s\\-()（）]", "").replaceFirst("^(\\+86|0086)", "");
      if (!PHONE.matcher(phone).matches()) {
        return new Invalid("phone", "电话号码格式不正确（手机11位，或带区号的固定电话）。",
            "The phone number is not valid (11-digit mobile, or a landline with its area code).");
      }
    }
    if (transferredFrom != null && transferredFrom.length() > 200) {
      return new Invalid("transferredFrom", "转送机关名称过长。", "transferredFrom is too long.");
    }
    String location = text(b, "location");
    Place place = location == null ? null : places.apply(location).filter(p -> !p.ambiguous()).orElse(null);
    boolean consent = !anonymous && !"检举控告".equals(category) && b.getBoolean("disclosureConsent", false);
    String lang = b.getString("lang") == null ? "zh" : b.getString("lang");
    if (!"zh".equals(lang) && !"en".equals(lang)) {
      // Replies go out in Chinese or English only: another value was stored as zh without a word to the clerk.
      return new Invalid("lang", "回复语言须为 zh（中文）或 en（英文）。", "lang is zh (Chinese) or en (English).");
    }
    return new Valid(new NewCase(channel, null, anonymous, anonymous ? null : name,
        anonymous ? null : text(b, "address"), anonymous ? null : phone, location,
        place == null ? null : place.province(), place == null ? null : place.city(),
        place == null ? null : place.county(), place == null ? null : place.town(), place == null ? null : place.code(),
        matter, b.getString("request", ""), facts, category, subtype, kind, text(b, "since"),
        text(b, "polluter"), affected(b), text(b, "accused"), consent, b.getBoolean("urgent", false), lang,
        new NewCase.Origin(received, transferredFrom, representatives), false), lateReason);
  }

  /** How many are affected: a number of people, or the words as the petitioner said them ("几百户"). */
  private static org.ecopetition.gateway.casefile.AffectedCount affected(JsonObject b) {
    Object v = b.getValue("affected");
    return v instanceof Number n ? org.ecopetition.gateway.casefile.AffectedCount.people(n.intValue())
        : org.ecopetition.gateway.casefile.AffectedCount.said(text(b, "affected"));
  }

  private static String text(JsonObject b, String key) {
    String s = b.getString(key);
    return s == null || s.isBlank() ? null : s.strip();
  }

  private static int length(JsonObject b, String key) {
    String s = b.getString(key);
    return s == null ? 0 : s.length();
  }
}
